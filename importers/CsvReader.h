// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ParseError.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace Rollcall {

struct CsvRecord
{
    QStringList fields;
    qint64 line = 0; // physical line the record starts on
    QString text;    // the record exactly as it stood in the file, without its line break
};

// One RFC 4180 reader for every CSV format. Streams the device in chunks: quotes, doubled
// quotes, embedded delimiters and line breaks, CRLF or LF, UTF-8 with or without BOM,
// UTF-16LE/BE with BOM, Windows-1252 when the bytes are not UTF-8, and a sniffed delimiter
// (`,` `;` or tab). Every record must have as many fields as the header.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // No cell of a real export comes near this; a larger one is an error, not an allocation.
    static constexpr qsizetype MaxFieldLength = 1024 * 1024;

    explicit CsvReader(QIODevice* device);
    // A cell longer than this many characters is an error (rollcall.yaml limits.max_field_length_kb).
    void setMaxFieldLength(qsizetype length) { m_maxFieldLength = length; }

    // Reads the header row. False on an empty or undecodable file.
    [[nodiscard]] bool readHeader();
    // Reads the next record. False at the end or on an error (then error().isSet()).
    [[nodiscard]] bool readRecord(CsvRecord& out);

    const QStringList& header() const { return m_header; }
    const QString& headerText() const { return m_headerText; }
    // The header names normalised as normaliseHeader() does, same order as header().
    const QStringList& normalisedHeader() const { return m_normalisedHeader; }
    // Index of a column by its normalised name, or -1. Formats ask several times a row: no allocation.
    int column(QAnyStringView normalisedName) const
    {
        for (qsizetype i = 0; i < m_normalisedHeader.size(); ++i) {
            if (QAnyStringView::equal(normalisedName, m_normalisedHeader.at(i)))
                return int(i);
        }
        return -1;
    }
    // The columns whose header (as written, trimmed) matches, in order; worked out once per file.
    const QList<int>& columnsMatching(const QRegularExpression& pattern) const;
    QChar delimiter() const { return m_delimiter; }
    QString encoding() const { return m_encoding; }
    const ParseError& error() const { return m_error; }

    // Trim, drop U+FEFF, lower case, drop bracketed suffixes (" [READ ONLY]"), drop spaces, `_` and `-`.
    static QString normaliseHeader(const QString& name);

private:
    enum class Parse
    {
        Record,
        End,
        Error
    };
    Parse parseRecord(QStringList& fields, QString& text, qint64& line);
    Parse fieldTooLong(qint64 line, qsizetype fieldNumber);
    bool fill();                 // decodes the next chunk into m_buffer; false at end of input
    bool ensure(qsizetype size); // at least `size` characters from m_pos, unless the input ends
    void detectEncoding();
    void sniffDelimiter();
    bool setError(qint64 line, qint64 column, const QString& message);

    QIODevice* m_device;
    QStringDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_atEnd = false;
    qint64 m_line = 1;
    qint64 m_lineStart = 0; // m_buffer offset of the current line's first character (may go negative after compaction)
    QChar m_delimiter = QLatin1Char(',');
    qsizetype m_maxFieldLength = MaxFieldLength;
    QString m_encoding;
    QStringList m_header;
    QStringList m_normalisedHeader;
    QString m_headerText;
    mutable QHash<QString, QList<int>> m_matching; // columnsMatching(), by pattern
    ParseError m_error;
};

} // namespace Rollcall
