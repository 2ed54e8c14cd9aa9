// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

class QPalette;

namespace Rollcall {

// One colour per class and a risk scale, shared by the table, the detail pane and the charts,
// chosen to stay apart for common colour-vision deficiencies and legible on light and dark themes.
namespace TriageStyle {
QColor classColor(const QString& cls);
// Green below 25, amber below 50, orange below 75, red above.
QColor riskColor(int risk);
// The colour of error text on `palette`'s window: a dark red on light themes, a light red on dark
// ones, so it keeps its contrast either way.
QColor errorColor(const QPalette& palette);
// `colour` made legible as text on `palette`'s window: darker on light themes, lighter on dark ones.
QColor textColor(const QColor& colour, const QPalette& palette);
// True when the palette's window is dark (a dark desktop theme).
bool isDark(const QPalette& palette);
// A short human name of a class for legends ("break-glass" stays as it is).
QString classTitle(const QString& cls);
} // namespace TriageStyle

} // namespace Rollcall
