// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParseError.h"

namespace Rollcall {

QString ParseError::format(const QString& fileName) const
{
    QString where = file.isEmpty() ? fileName : file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    if (!path.isEmpty())
        where += QLatin1String(": ") + path;
    return where + QLatin1String(": ") + message;
}

} // namespace Rollcall
