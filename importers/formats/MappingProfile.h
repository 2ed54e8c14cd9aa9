// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ParseError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Rollcall {

// A YAML column mapping (`--mapping FILE`) for files without a built-in format: which column of the
// file holds which field, what its status and role values mean, how its dates are written.
// packaging/docs/mapping.md describes the file. Unknown keys are errors, so a typo never drops a column.
class MappingProfile
{
    Q_DECLARE_TR_FUNCTIONS(MappingProfile)

public:
    static QString hrCsv() { return QStringLiteral("hr-csv"); }
    static QString genericCsv() { return QStringLiteral("generic-csv"); }
    // The fields `columns` may map for a format, in the order the documentation lists them.
    static QStringList fieldsOf(const QString& format);

    // False with error() set ("LINE:COLUMN: message", 1-based, to be prefixed with the mapping's file name).
    [[nodiscard]] bool parse(const QString& yaml);
    const ParseError& error() const { return m_error; }

    // The format the mapping names; also set after a failed parse when the error came later in the file.
    const QString& format() const { return m_format; }
    // Mapped fields with the header text the mapping gives, in the mapping's order.
    const QList<std::pair<QString, QString>>& columns() const { return m_columns; }
    bool has(const QString& field) const { return !header(field).isEmpty(); }
    QString header(const QString& field) const;

    // What a file value stands for (case-insensitive, trimmed): an IdentityStatus name (hr-csv) or a
    // ToolState (generic-csv); empty when the mapping's list does not have it.
    QString statusFor(const QString& fileValue) const { return lookup(m_statusValues, fileValue); }
    // The file values status_values accepts, for messages.
    QStringList statusNames() const { return names(m_statusValues); }
    // A Privilege for a role of the file (generic-csv); empty when privilege_values does not have it.
    QString privilegeFor(const QString& fileValue) const { return lookup(m_privilegeValues, fileValue); }
    QStringList privilegeNames() const { return names(m_privilegeValues); }
    // Extra date formats (Qt notation, e.g. M/d/yyyy); ISO 8601 is always accepted.
    const QStringList& dateFormats() const { return m_dateFormats; }
    // Values that mean "no date" (0000-00-00 always does).
    const QStringList& emptyDates() const { return m_emptyDates; }
    // Values of last_activity that say the account was never used (generic-csv).
    const QStringList& neverValues() const { return m_neverValues; }

private:
    using ValueMap = QList<std::pair<QString, QString>>;
    static QString lookup(const ValueMap& map, const QString& value);
    static QStringList names(const ValueMap& map);

    QString m_format;
    QList<std::pair<QString, QString>> m_columns;
    ValueMap m_statusValues;
    ValueMap m_privilegeValues;
    QStringList m_dateFormats;
    QStringList m_emptyDates;
    QStringList m_neverValues;
    ParseError m_error;
};

} // namespace Rollcall
