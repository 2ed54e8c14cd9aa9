// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include "domain/Rules.h"

#include <QIODevice>
#include <QRegularExpression>

namespace Rollcall {

namespace {
constexpr qint64 ChunkSize = 64 * 1024;
constexpr qsizetype CompactAfter = 256 * 1024;
const QChar Quote = QLatin1Char('"');
} // namespace

CsvReader::CsvReader(QIODevice* device)
    : m_device(device)
{}

QString CsvReader::normaliseHeader(const QString& name)
{
    static const QRegularExpression bracketSuffix(QStringLiteral("\\s*\\[[^\\]]*\\]\\s*$"));
    static const QRegularExpression separators(QStringLiteral("[\\s_\\-]+"));
    QString n = name;
    n.remove(QChar(0xFEFF));
    n = n.trimmed();
    // "Name [displayName] Required" style headers keep their bracketed key; a plain suffix is dropped.
    n.remove(bracketSuffix);
    n = n.toLower();
    n.remove(separators);
    return n;
}

bool CsvReader::setError(qint64 line, qint64 column, const QString& message)
{
    m_error = {line, column, message};
    return false;
}

void CsvReader::detectEncoding()
{
    const QByteArray head = m_device->peek(ChunkSize);
    auto use = [this](QStringConverter::Encoding encoding, const QString& name) {
        m_decoder = QStringDecoder(encoding);
        m_encoding = name;
    };
    if (head.startsWith("\xEF\xBB\xBF")) {
        use(QStringConverter::Utf8, QStringLiteral("UTF-8 with BOM"));
    } else if (head.startsWith("\xFF\xFE")) {
        use(QStringConverter::Utf16LE, QStringLiteral("UTF-16LE"));
    } else if (head.startsWith("\xFE\xFF")) {
        use(QStringConverter::Utf16BE, QStringLiteral("UTF-16BE"));
    } else {
        // The sniffed bytes may end inside a multi-byte sequence: allow up to three cut bytes.
        bool utf8 = false;
        for (qsizetype cut = 0; cut <= 3 && cut <= head.size() && !utf8; ++cut)
            utf8 = QByteArrayView(head).chopped(cut).isValidUtf8();
        if (utf8) {
            use(QStringConverter::Utf8, QStringLiteral("UTF-8"));
        } else {
            m_decoder = QStringDecoder("windows-1252");
            m_encoding = QStringLiteral("Windows-1252");
            if (!m_decoder.isValid())
                use(QStringConverter::Latin1, QStringLiteral("ISO-8859-1"));
        }
    }
}

bool CsvReader::fill()
{
    if (m_atEnd)
        return false;
    const QByteArray chunk = m_device->read(ChunkSize);
    if (chunk.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    const QString text = m_decoder.decode(chunk);
    m_buffer += text;
    // Qt 6.4's decoder does not always raise hasError() on bad UTF-8; it always substitutes U+FFFD.
    const bool replaced = text.contains(QChar::ReplacementCharacter) && !chunk.contains("\xEF\xBF\xBD");
    if (m_decoder.hasError() || (replaced && m_encoding.startsWith(QLatin1String("UTF-8")))) {
        m_atEnd = true;
        return setError(
            m_line, 0,
            tr("the file is not valid %1 after this line; save it as UTF-8 and import it again").arg(m_encoding));
    }
    return true;
}

bool CsvReader::ensure(qsizetype size)
{
    while (m_buffer.size() - m_pos < size) {
        if (!fill())
            return false;
    }
    return true;
}

void CsvReader::sniffDelimiter()
{
    // Look at the first line only; the header never has quoted line breaks in these exports.
    qsizetype newline = -1;
    while ((newline = m_buffer.indexOf(QLatin1Char('\n'), m_pos)) < 0 && m_buffer.size() < 4 * 1024 * 1024) {
        if (!fill())
            break;
    }
    const QString first = m_buffer.mid(m_pos, newline < 0 ? -1 : newline - m_pos);
    int counts[3] = {0, 0, 0};
    const QChar candidates[3] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    bool quoted = false;
    for (const QChar c : first) {
        if (c == Quote)
            quoted = !quoted;
        for (int i = 0; i < 3 && !quoted; ++i)
            counts[i] += c == candidates[i] ? 1 : 0;
    }
    int best = 0;
    for (int i = 1; i < 3; ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    m_delimiter = candidates[best];
}

bool CsvReader::readHeader()
{
    detectEncoding();
    if (!ensure(1)) {
        if (!m_error.isSet())
            setError(0, 0, tr("the file is empty; expected a header row"));
        return false;
    }
    sniffDelimiter();
    if (m_error.isSet())
        return false;
    qint64 line = 0;
    switch (parseRecord(m_header, m_headerText, line)) {
    case Parse::Error:
        return false;
    case Parse::End:
        return setError(0, 0, tr("the file is empty; expected a header row"));
    case Parse::Record:
        break;
    }
    for (qsizetype i = 0; i < m_header.size(); ++i) {
        const QString& name = m_header.at(i);
        for (const QChar c : name) {
            if (c.category() == QChar::Other_Control && c != QLatin1Char('\t'))
                return setError(line, 0, tr("the header contains control characters; expected a CSV text file"));
        }
        m_normalisedHeader.append(normaliseHeader(name));
    }
    return true;
}

bool CsvReader::readRecord(CsvRecord& out)
{
    if (m_error.isSet())
        return false;
    const Parse result = parseRecord(out.fields, out.text, out.line);
    if (result != Parse::Record)
        return false;
    if (out.fields.size() != m_header.size()) {
        return setError(out.line, 0,
                        tr("expected %n field(s) as in the header, found %1", nullptr, int(m_header.size()))
                            .arg(out.fields.size()));
    }
    return true;
}

CsvReader::Parse CsvReader::parseRecord(QStringList& fields, QString& text, qint64& line)
{
    if (m_pos >= CompactAfter) {
        m_buffer.remove(0, m_pos);
        m_lineStart -= m_pos;
        m_pos = 0;
    }
    fields.clear();
    qsizetype start = m_pos;
    line = m_line;
    QString field;
    bool quoted = false;     // the current field opened with a quote
    bool inQuotes = false;   // between its quotes
    bool afterQuote = false; // its closing quote was read
    qint64 quoteLine = 0;
    qint64 quoteColumn = 0;
    const char16_t delimiter = m_delimiter.unicode();
    auto column = [this] { return qint64(m_pos - m_lineStart + 1); };

    while (true) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (m_error.isSet())
                return Parse::Error;
            if (inQuotes) {
                setError(quoteLine, quoteColumn, tr("quoted field is never closed; expected a closing '\"'"));
                return Parse::Error;
            }
            text = m_buffer.mid(start, m_pos - start);
            if (fields.isEmpty() && field.isEmpty() && text.isEmpty())
                return Parse::End;
            fields.append(field);
            return Parse::Record;
        }
        const char16_t* data = reinterpret_cast<const char16_t*>(m_buffer.constData());
        const qsizetype size = m_buffer.size();
        if (inQuotes) {
            // Copy up to the next quote in one piece, counting the line breaks inside.
            qsizetype end = m_pos;
            while (end < size && data[end] != u'"') {
                if (data[end] == u'\n') {
                    ++m_line;
                    m_lineStart = end + 1;
                }
                ++end;
            }
            field.append(QStringView(data + m_pos, end - m_pos));
            m_pos = end;
            if (field.size() > m_maxFieldLength)
                return fieldTooLong(quoteLine, fields.size() + 1);
            if (end == size)
                continue; // more input, still inside the quotes
            if (ensure(2) && m_buffer.at(m_pos + 1) == Quote) {
                field += Quote;
                m_pos += 2;
                continue;
            }
            if (m_error.isSet())
                return Parse::Error;
            inQuotes = false;
            afterQuote = true;
            ++m_pos;
            continue;
        }
        const char16_t c = data[m_pos];
        if (c == delimiter) {
            fields.append(field);
            field.clear();
            quoted = afterQuote = false;
            ++m_pos;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            const qsizetype end = m_pos;
            ++m_pos;
            if (c == u'\r' && ensure(1) && m_buffer.at(m_pos) == QLatin1Char('\n'))
                ++m_pos;
            if (m_error.isSet())
                return Parse::Error;
            ++m_line;
            m_lineStart = m_pos;
            if (fields.isEmpty() && field.isEmpty() && end == start) {
                // A blank line between records carries no data.
                start = m_pos;
                line = m_line;
                continue;
            }
            fields.append(field);
            text = m_buffer.mid(start, end - start);
            return Parse::Record;
        }
        if (afterQuote) {
            setError(m_line, column(),
                     tr("expected a delimiter or the end of the line after a closing quote, found '%1'").arg(QChar(c)));
            return Parse::Error;
        }
        if (c == u'"' && field.isEmpty() && !quoted) {
            quoted = inQuotes = true;
            quoteLine = m_line;
            quoteColumn = column();
            ++m_pos;
            continue;
        }
        // An unquoted run: up to the next delimiter or line break, in one piece.
        qsizetype end = m_pos;
        while (end < size) {
            const char16_t d = data[end];
            if (d == delimiter || d == u'\r' || d == u'\n')
                break;
            if (d == 0) {
                m_pos = end;
                setError(m_line, column(), tr("found a NUL byte; expected a CSV text file"));
                return Parse::Error;
            }
            ++end;
        }
        field.append(QStringView(data + m_pos, end - m_pos));
        m_pos = end;
        if (field.size() > m_maxFieldLength)
            return fieldTooLong(m_line, fields.size() + 1);
    }
}

CsvReader::Parse CsvReader::fieldTooLong(qint64 line, qsizetype fieldNumber)
{
    const QString name = fieldNumber <= m_header.size() ? m_header.at(fieldNumber - 1) : QString::number(fieldNumber);
    setError(line, 0,
             tr("field '%1' is longer than %2; expected an export with ordinary cells")
                 .arg(name, ImportLimits::sizeText(m_maxFieldLength)));
    return Parse::Error;
}

const QList<int>& CsvReader::columnsMatching(const QRegularExpression& pattern) const
{
    const QString key = pattern.pattern() + QLatin1Char('\n') + QString::number(pattern.patternOptions().toInt());
    auto found = m_matching.constFind(key);
    if (found == m_matching.cend()) {
        QList<int> columns;
        for (qsizetype i = 0; i < m_header.size(); ++i) {
            if (pattern.match(m_header.at(i).trimmed()).hasMatch())
                columns.append(int(i));
        }
        found = m_matching.insert(key, columns);
    }
    return *found;
}

} // namespace Rollcall
