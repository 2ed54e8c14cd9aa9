// SPDX-License-Identifier: GPL-3.0-or-later
// HR exports (Workday custom reports, BambooHR reports...) read through a YAML column mapping:
// headers are chosen per tenant, so the --mapping file says which column is which.
#include "formats/MappedCsvFormat.h"
#include "util/Clock.h"

namespace Rollcall {

namespace {

class HrCsvFormat : public MappedCsvFormat
{
    Q_DECLARE_TR_FUNCTIONS(HrCsvFormat)

public:
    QString id() const override { return MappingProfile::hrCsv(); }
    QString title() const override { return tr("HR export CSV read through a --mapping file"); }
    SourceKind kind() const override { return SourceKind::Directory; }
    QString detectionRule() const override
    {
        return tr("a --mapping file with format: hr-csv, given with a CSV file (whose header must have every "
                  "column the mapping names)");
    }

    bool readMappedRow(const MappedRow& row, ImportSession& session) const override
    {
        ParseError error;
        IdentityRecord r;
        r.line = row.csv().line();
        r.raw = row.csv().text();
        const QString employeeId = QStringLiteral("employee_id");
        const QString email = QStringLiteral("email");
        if (row.has(employeeId)) {
            if (!row.required(employeeId, r.employeeId, error))
                return session.fail(error);
            r.sourceKey = r.employeeId;
            r.email = row.value(email);
        } else {
            if (!row.required(email, r.email, error))
                return session.fail(error);
            r.sourceKey = r.email.toLower();
        }
        r.upn = row.value(QStringLiteral("upn"));
        r.givenName = row.value(QStringLiteral("given_name"));
        r.surname = row.value(QStringLiteral("surname"));
        r.displayName = row.value(QStringLiteral("display_name"));
        if (r.displayName.isEmpty())
            r.displayName = QStringList{r.givenName, r.surname}.join(QLatin1Char(' ')).trimmed();
        r.department = row.value(QStringLiteral("department"));
        r.manager = row.value(QStringLiteral("manager"));

        const QString statusField = QStringLiteral("status");
        if (row.has(statusField)) {
            const auto status = identityStatusFromName(row.profile().statusFor(row.value(statusField)));
            if (!status) {
                return session.fail(
                    row.fieldError(statusField, tr("one of %1 (status_values in the --mapping file)")
                                                    .arg(row.profile().statusNames().join(QLatin1String(", ")))));
            }
            r.status = *status;
        }
        if (!row.date(QStringLiteral("end_date"), r.endDate, error))
            return session.fail(error);
        // A future end date on an active person is a scheduled leaver: active until then. Once the
        // date has passed the person has left, whatever the export still says.
        if (r.status == IdentityStatus::Active && r.endDate && *r.endDate < Clock::nowUtc().date())
            r.status = IdentityStatus::Terminated;
        return session.addIdentity(r);
    }
};

} // namespace

const Format* hrCsvFormat()
{
    static const HrCsvFormat format;
    return &format;
}

} // namespace Rollcall
