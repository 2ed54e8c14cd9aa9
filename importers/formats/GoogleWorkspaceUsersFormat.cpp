// SPDX-License-Identifier: GPL-3.0-or-later
// Google Workspace Admin console → Users → "Download users" CSV: `[Required]` / `[READ ONLY]` header
// suffixes (dropped by the header normalisation), `yyyy/MM/dd HH:mm:ss` without zone, "Never logged in".
#include "CsvFormat.h"

namespace Rollcall {

namespace {

const QStringList SignInFormats = {QStringLiteral("yyyy/MM/dd HH:mm:ss"), QStringLiteral("yyyy/MM/dd H:mm:ss")};
const QStringList NeverSignedIn = {QStringLiteral("Never logged in")};

class GoogleWorkspaceUsersFormat : public CsvFormat
{
    Q_DECLARE_TR_FUNCTIONS(GoogleWorkspaceUsersFormat)

public:
    QString id() const override { return QStringLiteral("google-workspace-users"); }
    QString title() const override { return tr("Google Workspace \"Download users\" CSV"); }
    SourceKind kind() const override { return SourceKind::Directory; }
    QString detectionRule() const override
    {
        return tr("CSV header with Email Address, Org Unit Path, Status and Last Sign In ([Required] and [READ "
                  "ONLY] suffixes ignored)");
    }
    bool detect(const Sniff& sniff) const override
    {
        return hasAll(sniff, {"emailaddress", "orgunitpath", "status", "lastsignin"});
    }

protected:
    bool readRow(const CsvRow& row, ImportSession& session) const override
    {
        ParseError error;
        IdentityRecord r;
        r.line = row.line();
        r.raw = row.text();
        if (!row.required("emailaddress", r.email, error))
            return session.fail(error);
        r.sourceKey = r.email.toLower(); // the export has no user id; the primary address is the key
        r.upn = r.email;
        r.givenName = row.value("firstname");
        r.surname = row.value("lastname");
        r.displayName = QStringList{r.givenName, r.surname}.join(QLatin1Char(' ')).trimmed();
        // Secondary addresses; the recovery address is a personal one used to reset the password.
        for (const char* column : {"worksecondaryemail", "homesecondaryemail"}) {
            const QString address = row.value(column);
            if (!address.isEmpty() && address.compare(r.email, Qt::CaseInsensitive) != 0 &&
                !r.otherEmails.contains(address, Qt::CaseInsensitive))
                r.otherEmails.append(address);
        }
        r.employeeId = row.value("employeeid");
        r.manager = row.value("manageremail");
        r.department = row.value("department");

        QString status;
        if (!row.required("status", status, error))
            return session.fail(error);
        if (status.compare(QLatin1String("Active"), Qt::CaseInsensitive) == 0)
            r.status = IdentityStatus::Active;
        else if (status.compare(QLatin1String("Suspended"), Qt::CaseInsensitive) == 0)
            r.status = IdentityStatus::Disabled;
        else if (status.compare(QLatin1String("Archived"), Qt::CaseInsensitive) == 0)
            r.status = IdentityStatus::Terminated; // a former employee's account kept for its data
        else
            return session.fail(row.fieldError("status", tr("Active, Suspended or Archived")));
        if (!row.timestamp("lastsignin", r.lastSignIn, error, NeverSignedIn, SignInFormats))
            return session.fail(error);
        // 2-Step Verification flags: not kept for identities, but a value that is not a boolean means
        // the columns are not what this format promises.
        std::optional<bool> twoStep;
        if (!row.boolean("2svenrolled", twoStep, error) || !row.boolean("2svenforced", twoStep, error))
            return session.fail(error);
        return session.addIdentity(r);
    }
};

} // namespace

const Format* googleWorkspaceUsersFormat()
{
    static const GoogleWorkspaceUsersFormat format;
    return &format;
}

} // namespace Rollcall
