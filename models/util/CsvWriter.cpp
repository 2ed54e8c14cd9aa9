// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"

namespace Rollcall {

namespace {
// What a spreadsheet evaluates when a cell starts with it.
bool startsFormula(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}
} // namespace

QString csvField(const QString& value)
{
    QString v = value;
    if (!v.isEmpty() && startsFormula(v.at(0)))
        v.prepend(QLatin1Char('\''));
    const bool quote = v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')) ||
                       v.contains(QLatin1Char('\r')) || (!v.isEmpty() && (v.front().isSpace() || v.back().isSpace()));
    if (!quote)
        return v;
    v.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QString unguardCsvField(const QString& cell)
{
    if (cell.size() >= 2 && cell.at(0) == QLatin1Char('\'') && startsFormula(cell.at(1)))
        return cell.mid(1);
    return cell;
}

QString csvRecord(const QStringList& fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields)
        out.append(csvField(f));
    return out.join(QLatin1Char(','));
}

} // namespace Rollcall
