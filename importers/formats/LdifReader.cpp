// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/LdifReader.h"

#include "CsvReader.h"
#include "domain/Rules.h"

#include <QIODevice>

namespace Rollcall {

namespace {
constexpr qsizetype QuoteLimit = 60;

QString quoted(const QString& text)
{
    return QLatin1Char('"') + (text.size() > QuoteLimit ? text.left(QuoteLimit) + QStringLiteral("…") : text) +
           QLatin1Char('"');
}

bool isBlank(const QString& line)
{
    return line.trimmed().isEmpty();
}
} // namespace

const LdifAttribute* LdifRecord::first(QStringView name) const
{
    for (const LdifAttribute& attribute : attributes) {
        if (attribute.name.compare(name, Qt::CaseInsensitive) == 0)
            return &attribute;
    }
    return nullptr;
}

QString LdifRecord::value(QStringView name) const
{
    const LdifAttribute* attribute = first(name);
    return attribute && !attribute->url ? QString::fromUtf8(attribute->value).trimmed() : QString();
}

QStringList LdifRecord::values(QStringView name) const
{
    QStringList result;
    for (const LdifAttribute& attribute : attributes) {
        if (!attribute.url && attribute.name.compare(name, Qt::CaseInsensitive) == 0)
            result.append(QString::fromUtf8(attribute.value).trimmed());
    }
    return result;
}

LdifReader::LdifReader(QIODevice* device)
{
    const QByteArray head = device->peek(4);
    QStringConverter::Encoding encoding = QStringConverter::Utf8;
    m_encoding = QStringLiteral("UTF-8");
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_encoding = QStringLiteral("UTF-8 with BOM");
    } else if (head.startsWith("\xFF\xFE")) {
        encoding = QStringConverter::Utf16LE;
        m_encoding = QStringLiteral("UTF-16LE");
    } else if (head.startsWith("\xFE\xFF")) {
        encoding = QStringConverter::Utf16BE;
        m_encoding = QStringLiteral("UTF-16BE");
    }
    m_stream.setDevice(device);
    m_stream.setAutoDetectUnicode(false);
    m_stream.setEncoding(encoding);
}

bool LdifReader::setError(qint64 line, const QString& message)
{
    m_error = {line, 0, message};
    return false;
}

bool LdifReader::nextPhysical(QString& out)
{
    if (m_hasPending) {
        out = m_pending;
        m_hasPending = false;
        return true;
    }
    // Read at most one byte over the cell limit: a 50 MB line is an error, not a 100 MB string.
    if (!m_stream.readLineInto(&out, m_maxLength + 1))
        return false;
    if (out.size() > m_maxLength)
        return setError(m_physical + 1, tr("the line is longer than %1; expected an LDIF export of ordinary values")
                                            .arg(ImportLimits::sizeText(m_maxLength)));
    if (m_physical == 0)
        out.remove(QChar(0xFEFF));
    if (out.endsWith(QLatin1Char('\r')))
        out.chop(1);
    ++m_physical;
    return true;
}

bool LdifReader::nextLine(Line& out)
{
    QString physical;
    if (!nextPhysical(physical))
        return false;
    out.number = m_physical;
    out.text = physical;
    out.raw = physical;
    if (isBlank(physical)) {
        out.text.clear();
        return true;
    }
    if (physical.startsWith(QLatin1Char(' ')))
        return setError(out.number, tr("a continued line (one starting with a space) follows no line"));
    // A line starting with one space continues the line before it, without that space.
    QString next;
    while (nextPhysical(next)) {
        if (!next.startsWith(QLatin1Char(' '))) {
            m_pending = next;
            m_hasPending = true;
            break;
        }
        out.text += QStringView(next).mid(1);
        out.raw += QLatin1Char('\n') + next;
        if (out.text.size() > m_maxLength)
            return setError(out.number, tr("the value is longer than %1; expected an LDIF export of ordinary values")
                                            .arg(ImportLimits::sizeText(m_maxLength)));
    }
    return true;
}

bool LdifReader::parseAttribute(const Line& line, LdifAttribute& out)
{
    const QString& text = line.text;
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString name = colon > 0 ? text.left(colon) : QString();
    if (name.isEmpty() || name.contains(QLatin1Char(' ')))
        return setError(line.number, tr("expected 'attribute: value', found %1").arg(quoted(text)));
    out.name = name;
    out.line = line.number;
    out.url = false;
    QStringView rest = QStringView(text).mid(colon + 1);
    if (rest.startsWith(QLatin1Char(':'))) {
        const QStringView encoded = rest.mid(1).trimmed();
        bool alphabet = true;
        for (const QChar c : encoded) {
            const char16_t u = c.unicode();
            alphabet = alphabet && ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') ||
                                    u == '+' || u == '/' || u == '=');
        }
        const auto decoded =
            QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!alphabet || !decoded)
            return setError(line.number, tr("attribute '%1': invalid base64").arg(name));
        out.value = *decoded;
        return true;
    }
    if (rest.startsWith(QLatin1Char('<'))) {
        out.url = true;
        out.value = rest.mid(1).trimmed().toUtf8();
        return true;
    }
    while (rest.startsWith(QLatin1Char(' ')))
        rest = rest.mid(1);
    out.value = rest.toUtf8();
    return true;
}

bool LdifReader::readRecord(LdifRecord& out)
{
    while (!m_error.isSet()) {
        Line line;
        bool found = false;
        while (nextLine(line)) {
            if (!line.text.isEmpty() && !line.text.startsWith(QLatin1Char('#'))) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
        if (!m_started) {
            m_started = true;
            if (line.text.startsWith(QLatin1String("version:"), Qt::CaseInsensitive)) {
                m_version = line.text.mid(8).trimmed();
                if (m_version != QLatin1String("1"))
                    return setError(line.number, tr("expected 'version: 1', found %1").arg(quoted(line.text)));
                continue;
            }
        }
        QList<Line> lines = {line};
        while (nextLine(line) && !line.text.isEmpty())
            lines.append(line);
        if (m_error.isSet())
            return false;

        // Records without a dn (search references, result trailers) are not entries.
        const Line& head = lines.first();
        if (!head.text.startsWith(QLatin1String("dn:"), Qt::CaseInsensitive))
            continue;
        out = LdifRecord();
        out.line = head.number;
        QStringList raw;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const Line& l = lines.at(i);
            raw.append(l.raw);
            if (l.text.startsWith(QLatin1Char('#')) || l.text == QLatin1String("-"))
                continue;
            LdifAttribute attribute;
            if (!parseAttribute(l, attribute))
                return false;
            if (i == 0) {
                if (attribute.url)
                    return setError(l.number, tr("a dn given by URL (dn:< ...); expected the dn itself"));
                out.dn = QString::fromUtf8(attribute.value).trimmed();
                continue;
            }
            if (attribute.name.compare(QLatin1String("dn"), Qt::CaseInsensitive) == 0)
                return setError(l.number, tr("a second dn in one record; expected a blank line between records"));
            out.attributes.append(attribute);
        }
        out.text = raw.join(QLatin1Char('\n'));
        return true;
    }
    return false;
}

} // namespace Rollcall
