// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON formats, and what they share on top of JsonFormat::read:
// - UTF-16 with a BOM is read (Windows PowerShell 5 writes `ConvertTo-Json > users.json` that way);
// - a key given twice in one object is an error. QJsonDocument keeps the last value silently, so
//   {"status":"ACTIVE","status":"DEPROVISIONED"} would import as whichever came last.
#include "JsonFormat.h"
#include "formats/Formats.h"

#include <QBuffer>
#include <QHash>
#include <QIODevice>
#include <QStringDecoder>

namespace Rollcall {

const Format* oktaUsersFormat();
const Format* scimUsersFormat();
const Format* gitHubMembersApiFormat();
const Format* gitLabUsersApiFormat();
const Format* gcpIamPolicyFormat();
const Format* jenkinsPeopleFormat();

// Each JSON format's read(): declared in each of their files.
bool readJsonExport(const JsonFormat& format, QIODevice& device, ImportSession& session);

QList<const Format*> jsonFormats()
{
    return {oktaUsersFormat(),      scimUsersFormat(),    gitHubMembersApiFormat(),
            gitLabUsersApiFormat(), gcpIamPolicyFormat(), jenkinsPeopleFormat()};
}

namespace {

// One open object or array while scanning.
struct Frame
{
    bool object = false;
    bool expectKey = false;         // in an object: the next string is a key
    qint64 index = 0;               // in an array: the element being read
    QByteArray key;                 // in an object: the member being read
    QHash<QByteArray, qint64> keys; // key -> line it was first seen on
};

QString pathOf(const QList<Frame>& stack)
{
    QString path = QStringLiteral("$");
    for (qsizetype i = 0; i + 1 < stack.size(); ++i) {
        const Frame& f = stack.at(i);
        if (f.object)
            path += QLatin1Char('.') + QString::fromUtf8(f.key);
        else
            path += QStringLiteral("[%1]").arg(f.index);
    }
    return path;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Reads the string starting at bytes[pos] == '"'; pos ends after the closing quote. The key is decoded, so
// "\u0065mail" and "email" are the same key. False when the text is not valid JSON there.
bool readString(const QByteArray& bytes, qsizetype& pos, QByteArray& out)
{
    out.clear();
    const qsizetype n = bytes.size();
    ++pos;
    while (pos < n) {
        const char c = bytes.at(pos);
        if (c == '"') {
            ++pos;
            return true;
        }
        if (c == '\n')
            return false;
        if (c != '\\') {
            out.append(c);
            ++pos;
            continue;
        }
        if (pos + 1 >= n)
            return false;
        const char e = bytes.at(pos + 1);
        pos += 2;
        switch (e) {
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 't':
            out.append('\t');
            break;
        case 'u': {
            QString units;
            // One \uXXXX, or a surrogate pair of two.
            for (int k = 0; k < 2; ++k) {
                if (pos + 4 > n)
                    return false;
                int unit = 0;
                for (int d = 0; d < 4; ++d) {
                    const int h = hexValue(bytes.at(pos + d));
                    if (h < 0)
                        return false;
                    unit = unit * 16 + h;
                }
                pos += 4;
                units.append(QChar(char16_t(unit)));
                if (!QChar::isHighSurrogate(char16_t(unit)) || pos + 6 > n || bytes.at(pos) != '\\' ||
                    bytes.at(pos + 1) != 'u')
                    break;
                pos += 2;
            }
            out.append(units.toUtf8());
            break;
        }
        default:
            out.append(e);
            break; // \" \\ \/
        }
    }
    return false;
}

// False with the session failed at the first key that appears twice in one object.
bool rejectDuplicateKeys(const QByteArray& bytes, ImportSession& session)
{
    QList<Frame> stack;
    qint64 line = 1;
    qsizetype lineStart = 0;
    qsizetype pos = 0;
    QByteArray text;
    const qsizetype n = bytes.size();
    // Anything that is not JSON stops the scan: JsonFormat::read then names the line and column.
    while (pos < n) {
        const char c = bytes.at(pos);
        switch (c) {
        case '\n':
            ++line;
            lineStart = pos + 1;
            ++pos;
            break;
        case '{':
        case '[': {
            Frame frame;
            frame.object = c == '{';
            frame.expectKey = frame.object;
            stack.append(frame);
            ++pos;
            break;
        }
        case '}':
        case ']':
            if (stack.isEmpty())
                return true;
            stack.removeLast();
            ++pos;
            break;
        case ',':
            if (stack.isEmpty())
                return true;
            if (stack.last().object)
                stack.last().expectKey = true;
            else
                ++stack.last().index;
            ++pos;
            break;
        case '"': {
            const qsizetype at = pos;
            if (!readString(bytes, pos, text))
                return true;
            if (stack.isEmpty() || !stack.last().object || !stack.last().expectKey)
                break;
            Frame& frame = stack.last();
            frame.expectKey = false;
            const auto first = frame.keys.constFind(text);
            if (first != frame.keys.constEnd()) {
                return session.fail(
                    {line, at - lineStart + 1,
                     QCoreApplication::translate("JsonFormats", "key \"%1\" appears again in this object (first at "
                                                                "line %2); expected each key once")
                         .arg(QString::fromUtf8(text))
                         .arg(*first),
                     pathOf(stack)});
            }
            frame.keys.insert(text, line);
            frame.key = text;
            break;
        }
        default:
            ++pos;
            break;
        }
    }
    return true;
}

} // namespace

bool readJsonExport(const JsonFormat& format, QIODevice& device, ImportSession& session)
{
    // Oversized and unseekable input goes straight to JsonFormat::read, which reports the size.
    if (device.isSequential() || device.size() > JsonFormat::MaxFileSize)
        return format.JsonFormat::read(device, session);
    const qint64 start = device.pos();
    QByteArray bytes = device.readAll();
    QString encoding;
    const bool littleEndian = bytes.startsWith("\xFF\xFE");
    if (littleEndian || bytes.startsWith("\xFE\xFF")) {
        encoding = littleEndian ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        QStringDecoder decoder(littleEndian ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(QByteArrayView(bytes).sliced(2));
        if (decoder.hasError())
            return session.fail({0, 0, JsonFormat::tr("invalid JSON: the file is not valid %1").arg(encoding)});
        bytes = text.toUtf8();
    }
    if (!rejectDuplicateKeys(bytes, session))
        return false;
    bool ok = false;
    if (encoding.isEmpty()) {
        bytes.clear();
        device.seek(start);
        ok = format.JsonFormat::read(device, session);
    } else {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        ok = format.JsonFormat::read(buffer, session);
        session.encoding = encoding;
    }
    return ok;
}

} // namespace Rollcall
