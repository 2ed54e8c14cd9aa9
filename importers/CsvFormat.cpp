// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvFormat.h"

#include "util/Timestamps.h"

namespace Rollcall {

namespace {
// Dates as spreadsheets rewrite them in common locales: US month first, or day first with dots.
const QStringList SpreadsheetDateFormats = {
    QStringLiteral("M/d/yyyy h:mm:ss AP"), QStringLiteral("M/d/yyyy h:mm AP"), QStringLiteral("M/d/yyyy H:mm:ss"),
    QStringLiteral("M/d/yyyy H:mm"),       QStringLiteral("M/d/yyyy"),         QStringLiteral("d.M.yyyy H:mm:ss"),
    QStringLiteral("d.M.yyyy H:mm"),       QStringLiteral("d.M.yyyy")};
} // namespace

QString CsvRow::value(std::initializer_list<QAnyStringView> normalisedNames) const
{
    for (QAnyStringView name : normalisedNames) {
        const int i = m_reader.column(name);
        if (i >= 0)
            return valueAt(i);
    }
    return {};
}

QString CsvRow::valueAt(int column) const
{
    QString v = m_record.fields.at(column).trimmed();
    if (v.size() > 1 && v.at(0) == QLatin1Char('\'')) {
        const QChar next = v.at(1);
        if (next.isDigit() || QStringView(u"=+-@").contains(next)) {
            v.remove(0, 1);
            if (m_session)
                m_session->noteSpreadsheetSign(tr("leading apostrophes"));
        }
    }
    return v;
}

QString CsvRow::headerName(QAnyStringView normalisedName) const
{
    const int i = m_reader.column(normalisedName);
    return i >= 0 ? headerAt(i) : normalisedName.toString();
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
    return Rollcall::parseTimestamp(value, formats);
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
    out = parseTimestamp(v, SpreadsheetDateFormats);
    if (out) {
        if (m_session)
            m_session->noteSpreadsheetSign(tr("locale dates such as \"%1\"").arg(v));
        return true;
    }
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
    reader.setMaxFieldLength(session.limits.maxFieldLength);
    if (!reader.readHeader())
        return session.fail(reader.error());
    session.header = reader.headerText();
    session.encoding = reader.encoding();
    if (reader.encoding().startsWith(QLatin1String("UTF-16")))
        session.noteSpreadsheetSign(tr("UTF-16 text"));
    else if (reader.encoding() == QLatin1String("UTF-8 with BOM"))
        session.noteSpreadsheetSign(tr("a byte order mark"));
    else if (!reader.encoding().startsWith(QLatin1String("UTF-8")))
        session.noteSpreadsheetSign(tr("%1 text").arg(reader.encoding()));
    if (reader.delimiter() == QLatin1Char(';'))
        session.noteSpreadsheetSign(tr("semicolons"));
    CsvRecord record;
    while (reader.readRecord(record)) {
        if (session.cancelled())
            return false;
        bool formula = false;
        for (const QString& field : std::as_const(record.fields)) {
            if (!field.isEmpty() && QStringView(u"=+-@\t").contains(field.at(0))) {
                formula = true;
                break;
            }
        }
        session.setRecordHasFormulaCells(formula);
        if (!readRow(CsvRow(reader, record, &session), session))
            return false;
    }
    if (reader.error().isSet())
        return session.fail(reader.error());
    return session.writeFoldedAccounts();
}

} // namespace Rollcall
