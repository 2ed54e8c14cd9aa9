// SPDX-License-Identifier: GPL-3.0-or-later
#include "TriageStyle.h"

#include "domain/Records.h"

#include <QCoreApplication>
#include <QPalette>

namespace Rollcall::TriageStyle {

QColor classColor(const QString& cls)
{
    if (cls == QLatin1String("managed"))
        return QColor(0x4c, 0x8c, 0x4a);
    if (cls == QLatin1String("orphaned"))
        return QColor(0xc6, 0x28, 0x28);
    if (cls == QLatin1String("unmanaged"))
        return QColor(0xef, 0x8a, 0x17);
    if (cls == QLatin1String("external"))
        return QColor(0x7b, 0x52, 0xab);
    if (cls == QLatin1String("service"))
        return QColor(0x1f, 0x78, 0xb4);
    if (cls == QLatin1String("break-glass"))
        return QColor(0x70, 0x80, 0x90); // slate grey: 3:1 or more on light and dark windows alike
    if (cls == QLatin1String("ambiguous"))
        return QColor(0xc9, 0xa2, 0x27);
    return QColor(0x9e, 0x9e, 0x9e);
}

QColor riskColor(int risk)
{
    if (risk < 0)
        return QColor(0x9e, 0x9e, 0x9e);
    if (risk < 25)
        return QColor(0x4c, 0x8c, 0x4a);
    if (risk < 50)
        return QColor(0xc9, 0xa2, 0x27);
    if (risk < 75)
        return QColor(0xef, 0x8a, 0x17);
    return QColor(0xc6, 0x28, 0x28);
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor textColor(const QColor& colour, const QPalette& palette)
{
    return isDark(palette) ? colour.lighter(140) : colour.darker(130);
}

QColor errorColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c);
}

QString classTitle(const QString& cls)
{
    return accountClassTitle(cls);
}

} // namespace Rollcall::TriageStyle
