// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonFormat.h"

#include "CsvReader.h"

#include "domain/Rules.h"

#include <QIODevice>
#include <QJsonDocument>

#include "util/Timestamps.h"

namespace Rollcall {

QString JsonRecord::raw() const
{
    return QString::fromUtf8(QJsonDocument(m_object).toJson(QJsonDocument::Compact));
}

QJsonValue JsonRecord::value(const QString& keyPath) const
{
    QJsonValue v = m_object;
    for (const QString& key : keyPath.split(QLatin1Char('.'))) {
        if (!v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(key);
    }
    return v;
}

QString JsonRecord::string(const QString& keyPath) const
{
    const QJsonValue v = value(keyPath);
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

ParseError JsonRecord::fieldError(const QString& keyPath, const QString& expected) const
{
    const QJsonValue v = value(keyPath);
    QString found;
    if (v.isUndefined())
        found = tr("nothing");
    else if (v.isNull())
        found = QStringLiteral("null");
    else if (v.isObject() || v.isArray())
        found = v.isObject() ? tr("an object") : tr("an array");
    else
        found = QLatin1Char('"') + string(keyPath) + QLatin1Char('"');
    ParseError e;
    e.path = m_path + QLatin1Char('.') + keyPath;
    e.message = tr("expected %1, found %2").arg(expected, found);
    return e;
}

bool JsonRecord::required(const QString& keyPath, QString& out, ParseError& error) const
{
    out = string(keyPath);
    if (out.isEmpty()) {
        error = fieldError(keyPath, tr("a value"));
        return false;
    }
    return true;
}

bool JsonRecord::boolean(const QString& keyPath, std::optional<bool>& out, ParseError& error) const
{
    const QJsonValue v = value(keyPath);
    out.reset();
    if (v.isUndefined() || v.isNull())
        return true;
    if (v.isBool()) {
        out = v.toBool();
        return true;
    }
    const QString s = v.toString().trimmed().toLower();
    if (v.isString() && (s == QLatin1String("true") || s == QLatin1String("false"))) {
        out = s == QLatin1String("true");
        return true;
    }
    error = fieldError(keyPath, tr("true or false"));
    return false;
}

bool JsonRecord::timestamp(const QString& keyPath, std::optional<QDateTime>& out, ParseError& error) const
{
    const QJsonValue v = value(keyPath);
    out.reset();
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
        return true;
    if (v.isDouble()) {
        out = QDateTime::fromMSecsSinceEpoch(qint64(v.toDouble()), Qt::UTC);
        return true;
    }
    if (v.isString()) {
        out = parseIsoTimestamp(v.toString().trimmed());
        if (out)
            return true;
    }
    error = fieldError(keyPath, tr("an ISO 8601 timestamp or epoch milliseconds"));
    return false;
}

bool JsonFormat::hasKeys(const Sniff& sniff, std::initializer_list<const char*> keys)
{
    if (!sniff.json)
        return false;
    for (const char* key : keys) {
        if (!sniff.headText.contains(QLatin1Char('"') + QLatin1String(key) + QLatin1Char('"')))
            return false;
    }
    return true;
}

namespace {
// The path of the first string value longer than the CSV reader's cell limit, or an empty string.
QString oversizedValue(const QJsonValue& value, const QString& path, qsizetype limit)
{
    if (value.isString())
        return value.toString().size() > limit ? path : QString();
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString found = oversizedValue(it.value(), path + QLatin1Char('.') + it.key(), limit);
            if (!found.isEmpty())
                return found;
        }
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString found = oversizedValue(a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), limit);
            if (!found.isEmpty())
                return found;
        }
    }
    return {};
}
} // namespace

bool JsonFormat::forEachObject(const QJsonArray& array, const QString& path, ImportSession& session,
                               const std::function<bool(const JsonRecord&)>& visit)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (session.cancelled())
            return false;
        const QString here = QStringLiteral("%1[%2]").arg(path).arg(i);
        const QJsonValue v = array.at(i);
        if (!v.isObject()) {
            ParseError e;
            e.path = here;
            e.message = tr("expected an object");
            return session.fail(e);
        }
        const QString oversized = oversizedValue(v, here, session.limits.maxFieldLength);
        if (!oversized.isEmpty()) {
            return session.fail({0, 0,
                                 tr("the value is longer than %1; expected an export with ordinary values")
                                     .arg(ImportLimits::sizeText(session.limits.maxFieldLength)),
                                 oversized});
        }
        if (!visit(JsonRecord(v.toObject(), here)))
            return false;
    }
    return true;
}

bool JsonFormat::read(QIODevice& device, ImportSession& session) const
{
    if (device.size() > MaxFileSize) {
        return session.fail({0, 0,
                             tr("the file is %1 MiB; JSON exports are read whole and may be at most %2 MiB")
                                 .arg(device.size() / (1024 * 1024))
                                 .arg(MaxFileSize / (1024 * 1024))});
    }
    const QByteArray bytes = device.readAll();
    session.encoding = QStringLiteral("UTF-8");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Turn the byte offset into a line and column.
        const QByteArray before = bytes.left(parseError.offset);
        const qint64 line = before.count('\n') + 1;
        const qint64 column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        return session.fail({line, column, tr("invalid JSON: %1").arg(parseError.errorString())});
    }
    return readDocument(document, session) && session.writeFoldedAccounts();
}

} // namespace Rollcall
