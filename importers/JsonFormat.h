// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Format.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace Rollcall {

// One JSON object of an export (a user, a member, a binding) with its JSON path, and typed
// access that explains what it expected, as CsvRow does for CSV.
class JsonRecord
{
    Q_DECLARE_TR_FUNCTIONS(JsonRecord)

public:
    JsonRecord(const QJsonObject& object, const QString& path)
        : m_object(object)
        , m_path(path)
    {}

    const QJsonObject& object() const { return m_object; }
    const QString& path() const { return m_path; }
    // The record as compact JSON, kept verbatim as the raw record.
    QString raw() const;

    // A string at a dotted key path ("profile.email"); numbers are turned into text; empty if absent or null.
    QString string(const QString& keyPath) const;
    QJsonValue value(const QString& keyPath) const;
    bool required(const QString& keyPath, QString& out, ParseError& error) const;
    // true/false as JSON booleans or as the strings "true"/"false" (any case).
    bool boolean(const QString& keyPath, std::optional<bool>& out, ParseError& error) const;
    // ISO 8601 strings, or epoch milliseconds as a number; null or absent is "no timestamp".
    bool timestamp(const QString& keyPath, std::optional<QDateTime>& out, ParseError& error) const;
    ParseError fieldError(const QString& keyPath, const QString& expected) const;

private:
    QJsonObject m_object;
    QString m_path;
};

// A format whose file is one JSON document: read whole (up to a limit), parsed, then handed to
// readDocument(). Parse errors name the line and column.
class JsonFormat : public Format
{
    Q_DECLARE_TR_FUNCTIONS(JsonFormat)

public:
    static constexpr qint64 MaxFileSize = 512LL * 1024 * 1024;
    bool read(QIODevice& device, ImportSession& session) const override;

protected:
    virtual bool readDocument(const QJsonDocument& document, ImportSession& session) const = 0;
    // True when every `"key"` appears quoted in the sniffed text (a cheap test of the JSON's shape).
    static bool hasKeys(const Sniff& sniff, std::initializer_list<const char*> keys);
    // Each object of `array` as a JsonRecord at `path[i]`; a non-object element is an error.
    static bool forEachObject(const QJsonArray& array, const QString& path, ImportSession& session,
                              const std::function<bool(const JsonRecord&)>& visit);
};

} // namespace Rollcall
