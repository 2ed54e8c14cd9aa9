// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"
#include "ParseError.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

class QIODevice;

namespace Rollcall {

struct LdifAttribute
{
    QString name;     // as written, with any options ("cn;lang-de")
    QByteArray value; // decoded: base64 values are bytes, others UTF-8
    bool url = false; // `attr:< URL`: the value is the URL, not the content
    qint64 line = 0;
};

// One LDIF record that has a dn, with its attributes in file order.
struct LdifRecord
{
    QString dn;
    qint64 line = 0; // line of the dn
    QString text;    // the record's lines as they stood in the file
    QList<LdifAttribute> attributes;

    // The first value of an attribute (any case; "cn" is not "cn;lang-de"), as text; empty if absent.
    QString value(QStringView name) const;
    QStringList values(QStringView name) const;
    const LdifAttribute* first(QStringView name) const;
};

// A streaming RFC 2849 reader: folded lines, `attr:: base64`, `attr:< URL`, comments, an optional
// `version: 1` line, `-` separators of change records, CRLF or LF, UTF-8 or UTF-16 with a BOM.
// Records without a dn (ldapsearch's `ref:`, `search:` and `result:` trailers) are skipped.
class LdifReader
{
    Q_DECLARE_TR_FUNCTIONS(LdifReader)

public:
    explicit LdifReader(QIODevice* device);

    // The next record with a dn. False at the end or on an error (then error().isSet()).
    [[nodiscard]] bool readRecord(LdifRecord& out);
    const ParseError& error() const { return m_error; }
    QString encoding() const { return m_encoding; }
    // The `version:` line's value, when the file has one.
    QString version() const { return m_version; }

    // A line or value longer than this many characters is an error (limits.max_field_length_kb).
    void setMaxLength(qsizetype length) { m_maxLength = length; }

private:
    qsizetype m_maxLength = CsvReader::MaxFieldLength;
    struct Line
    {
        QString text; // unfolded
        QString raw;  // as in the file, folds included
        qint64 number = 0;
    };
    bool nextPhysical(QString& out);
    // The next unfolded line; false at the end or on an error.
    bool nextLine(Line& out);
    bool parseAttribute(const Line& line, LdifAttribute& out);
    bool setError(qint64 line, const QString& message);

    QTextStream m_stream;
    QString m_encoding;
    QString m_version;
    QString m_pending; // a physical line read ahead
    bool m_hasPending = false;
    qint64 m_physical = 0; // number of the last physical line read
    bool m_started = false;
    ParseError m_error;
};

} // namespace Rollcall
