// SPDX-License-Identifier: GPL-3.0-or-later
// Any tool's user list as CSV, read through a YAML column mapping: for tools without a built-in format.
#include "formats/MappedCsvFormat.h"

namespace Rollcall {

namespace {

class GenericCsvFormat : public MappedCsvFormat
{
    Q_DECLARE_TR_FUNCTIONS(GenericCsvFormat)

public:
    QString id() const override { return MappingProfile::genericCsv(); }
    QString title() const override { return tr("Tool user list CSV read through a --mapping file"); }
    SourceKind kind() const override { return SourceKind::Tool; }
    QString detectionRule() const override
    {
        return tr("a --mapping file with format: generic-csv, given with a CSV file (whose header must have every "
                  "column the mapping names)");
    }

    bool readMappedRow(const MappedRow& row, ImportSession& session) const override
    {
        ParseError error;
        AccountRecord r;
        r.line = row.csv().line();
        r.raw = row.csv().text();
        if (!row.required(QStringLiteral("account_key"), r.accountKey, error))
            return session.fail(error);
        r.login = row.value(QStringLiteral("login"));
        r.email = row.value(QStringLiteral("email"));
        r.displayName = row.value(QStringLiteral("display_name"));
        r.externalId = row.value(QStringLiteral("external_id"));

        const QString role = QStringLiteral("role");
        r.toolRole = row.value(role);
        if (!r.toolRole.isEmpty()) {
            r.privilege = row.profile().privilegeFor(r.toolRole);
            if (r.privilege.isEmpty()) {
                return session.fail(
                    row.fieldError(role, tr("one of %1 (privilege_values in the --mapping file)")
                                             .arg(row.profile().privilegeNames().join(QLatin1String(", ")))));
            }
        }
        if (!row.boolean(QStringLiteral("mfa"), r.mfa, error))
            return session.fail(error);

        const QString state = QStringLiteral("state");
        if (row.has(state)) {
            r.state = row.profile().statusFor(row.value(state));
            if (r.state.isEmpty()) {
                return session.fail(
                    row.fieldError(state, tr("one of %1 (status_values in the --mapping file)")
                                              .arg(row.profile().statusNames().join(QLatin1String(", ")))));
            }
        }

        const QString lastActivity = QStringLiteral("last_activity");
        const QString activity = row.value(lastActivity);
        if (row.profile().neverValues().contains(activity, Qt::CaseInsensitive)) {
            r.neverUsed = true;
            r.lastActivityRaw = activity;
        } else {
            if (!row.timestamp(lastActivity, r.lastActivity, error))
                return session.fail(error);
            if (!r.lastActivity)
                r.lastActivityRaw = activity; // an empty_dates value, kept in the source's words
        }
        if (!row.timestamp(QStringLiteral("created"), r.created, error))
            return session.fail(error);
        return session.addAccount(r);
    }
};

} // namespace

const Format* genericCsvFormat()
{
    static const GenericCsvFormat format;
    return &format;
}

} // namespace Rollcall
