// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextTable.h"

namespace Rollcall {

void printTable(QTextStream& out, const QStringList& headers, const QList<QStringList>& rows)
{
    QList<int> widths;
    for (const QString& h : headers)
        widths.append(int(h.size()));
    for (const QStringList& row : rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(row.at(i).size()));
    }
    auto line = [&](const QStringList& cells) {
        QStringList padded;
        for (int i = 0; i < cells.size(); ++i)
            padded.append(i + 1 == cells.size() ? cells.at(i) : cells.at(i).leftJustified(widths.at(i)));
        out << padded.join(QLatin1String("  ")).trimmed() << '\n';
    };
    line(headers);
    QStringList rule;
    for (int w : widths)
        rule.append(QString(w, QLatin1Char('-')));
    line(rule);
    for (const QStringList& row : rows)
        line(row);
}

} // namespace Rollcall
