// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvFormat.h"

#include <QLocale>

namespace Rollcall {

QString CsvRow::value(std::initializer_list<QAnyStringView> normalisedNames) const
{
    for (QAnyStringView name : normalisedNames) {
        const int i = m_reader.column(name.toString());
        if (i >= 0)
            return m_record.fields.at(i).trimmed();
    }
    return {};
}

QString CsvRow::headerName(QAnyStringView normalisedName) const
{
    const int i = m_reader.column(normalisedName.toString());
    return i >= 0 ? m_reader.header().at(i).trimmed() : normalisedName.toString();
}

ParseError CsvRow::fieldError(QAnyStringView normalisedName, const QString& expected) const
{
    return {
        line(), 0,
        tr("field '%1': expected %2, found \"%3\"").arg(headerName(normalisedName), expected, value(normalisedName))};
}

bool CsvRow::required(QAnyStringView normalisedName, QString& out, ParseError& error) const
{
    out = value(normalisedName);
    if (out.isEmpty()) {
        error = {line(), 0, tr("field '%1' is empty; expected a value").arg(headerName(normalisedName))};
        return false;
    }
    return true;
}

bool CsvRow::boolean(QAnyStringView normalisedName, std::optional<bool>& out, ParseError& error,
                     const QStringList& alsoNull) const
{
    const QString v = value(normalisedName).toLower();
    out.reset();
    if (v.isEmpty() || alsoNull.contains(v, Qt::CaseInsensitive))
        return true;
    if (v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("1")) {
        out = true;
        return true;
    }
    if (v == QLatin1String("false") || v == QLatin1String("no") || v == QLatin1String("0")) {
        out = false;
        return true;
    }
    error = fieldError(normalisedName, tr("true or false"));
    return false;
}

std::optional<QDateTime> CsvRow::parseTimestamp(const QString& value, const QStringList& formats)
{
    QDateTime dt = QDateTime::fromString(value, Qt::ISODate);
    if (dt.isValid())
        return dt.toUTC();
    for (const QString& format : formats) {
        dt = QLocale::c().toDateTime(value, format);
        if (!dt.isValid()) {
            const QDate date = QLocale::c().toDate(value, format);
            if (date.isValid())
                dt = QDateTime(date, QTime(0, 0), Qt::UTC);
        }
        if (dt.isValid()) {
            dt.setTimeSpec(Qt::UTC); // exports without a zone are taken as UTC
            return dt;
        }
    }
    return std::nullopt;
}

bool CsvRow::timestamp(QAnyStringView normalisedName, std::optional<QDateTime>& out, ParseError& error,
                       const QStringList& sentinels, const QStringList& formats) const
{
    const QString v = value(normalisedName);
    out.reset();
    if (v.isEmpty() || sentinels.contains(v, Qt::CaseInsensitive))
        return true;
    out = parseTimestamp(v, formats);
    if (out)
        return true;
    QStringList expected = {tr("an ISO 8601 timestamp")};
    for (const QString& f : formats)
        expected.append(f);
    for (const QString& s : sentinels)
        expected.append(QLatin1Char('"') + s + QLatin1Char('"'));
    error = fieldError(normalisedName, expected.join(tr(" or ")));
    return false;
}

bool CsvFormat::hasAll(const Sniff& sniff, std::initializer_list<QAnyStringView> normalisedNames)
{
    for (QAnyStringView name : normalisedNames) {
        if (!sniff.normalisedHeader.contains(name.toString()))
            return false;
    }
    return true;
}

bool CsvFormat::hasAny(const Sniff& sniff, std::initializer_list<QAnyStringView> normalisedNames)
{
    for (QAnyStringView name : normalisedNames) {
        if (sniff.normalisedHeader.contains(name.toString()))
            return true;
    }
    return false;
}

bool CsvFormat::read(QIODevice& device, ImportSession& session) const
{
    CsvReader reader(&device);
    if (!reader.readHeader())
        return session.fail(reader.error());
    session.header = reader.headerText();
    session.encoding = reader.encoding();
    CsvRecord record;
    while (reader.readRecord(record)) {
        if (session.cancelled())
            return false;
        if (!readRow(CsvRow(reader, record), session))
            return false;
    }
    if (reader.error().isSet())
        return session.fail(reader.error());
    return true;
}

} // namespace Rollcall
