// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"
#include "Format.h"

#include <QDateTime>

#include <optional>

namespace Rollcall {

// One CSV record with its header, and typed access that explains what it expected.
class CsvRow
{
    Q_DECLARE_TR_FUNCTIONS(CsvRow)

public:
    CsvRow(const CsvReader& reader, const CsvRecord& record, ImportSession* session = nullptr)
        : m_reader(reader)
        , m_record(record)
        , m_session(session)
    {}

    qint64 line() const { return m_record.line; }
    const QString& text() const { return m_record.text; }
    const QStringList& normalisedColumns() const { return m_reader.normalisedHeader(); }
    bool has(const QString& normalisedName) const { return m_reader.column(normalisedName) >= 0; }
    // The trimmed value of the first of these columns that the header has; empty if none. A
    // spreadsheet's text marker (a leading ' before = + - @ or a digit) is dropped.
    QString value(std::initializer_list<QAnyStringView> normalisedNames) const;
    QString value(QAnyStringView normalisedName) const { return value({normalisedName}); }
    // The same for a column by its index (0-based).
    QString valueAt(int column) const;
    // Columns whose header matches, e.g. an export's dynamic "<product> - <site>" columns.
    const QList<int>& columnsMatching(const QRegularExpression& pattern) const
    {
        return m_reader.columnsMatching(pattern);
    }
    QString headerAt(int column) const { return m_reader.header().at(column).trimmed(); }
    // The header's spelling of a column, for messages.
    QString headerName(QAnyStringView normalisedName) const;

    // These return false and fill `error` when the value is not what the format promises.
    bool required(QAnyStringView normalisedName, QString& out, ParseError& error) const;
    bool boolean(QAnyStringView normalisedName, std::optional<bool>& out, ParseError& error,
                 const QStringList& alsoNull = {}) const;
    // A timestamp in one of `formats` (ISO 8601 always accepted); `sentinels` mean "no timestamp".
    // Dates a spreadsheet rewrote in its locale (8/19/2021 1:25:31 PM, 19.08.2021) are accepted too,
    // and noted as a sign that the file was re-saved.
    bool timestamp(QAnyStringView normalisedName, std::optional<QDateTime>& out, ParseError& error,
                   const QStringList& sentinels, const QStringList& formats = {}) const;
    ParseError fieldError(QAnyStringView normalisedName, const QString& expected) const;

    static std::optional<QDateTime> parseTimestamp(const QString& value, const QStringList& formats);

private:
    const CsvReader& m_reader;
    const CsvRecord& m_record;
    ImportSession* m_session;
};

// A format whose file is CSV: the shared reading loop, one readRow() per format.
class CsvFormat : public Format
{
    Q_DECLARE_TR_FUNCTIONS(CsvFormat)

public:
    bool read(QIODevice& device, ImportSession& session) const override;

protected:
    virtual bool readRow(const CsvRow& row, ImportSession& session) const = 0;
    static bool hasAll(const Sniff& sniff, std::initializer_list<QAnyStringView> normalisedNames);
    static bool hasAny(const Sniff& sniff, std::initializer_list<QAnyStringView> normalisedNames);
};

} // namespace Rollcall
