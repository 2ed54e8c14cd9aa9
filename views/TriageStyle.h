// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

namespace Rollcall {

// One colour per class and a risk scale, shared by the table, the detail pane and the charts,
// chosen to stay apart for common colour-vision deficiencies and legible on light and dark themes.
namespace TriageStyle {
QColor classColor(const QString& cls);
// Green below 25, amber below 50, orange below 75, red above.
QColor riskColor(int risk);
// A short human name of a class for legends ("break-glass" stays as it is).
QString classTitle(const QString& cls);
} // namespace TriageStyle

} // namespace Rollcall
