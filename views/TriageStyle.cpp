// SPDX-License-Identifier: GPL-3.0-or-later
#include "TriageStyle.h"

#include <QCoreApplication>

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
        return QColor(0x37, 0x47, 0x4f);
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

QString classTitle(const QString& cls)
{
    return cls.isEmpty() ? QCoreApplication::translate("TriageStyle", "not reconciled") : cls;
}

} // namespace Rollcall::TriageStyle
