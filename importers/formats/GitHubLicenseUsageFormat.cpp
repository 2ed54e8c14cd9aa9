// SPDX-License-Identifier: GPL-3.0-or-later
// GitHub Enterprise Cloud license usage report (Enterprise -> Settings -> Licensing -> CSV report): the current
// humanised header ("GitHub com login"), the older snake_case one (github_com_login) and the data-residency one
// ("GitHub login"). One row per person; "GitHub com member roles" holds "org:Owner, org:Member, ORG/REPO:Collaborator".
#include "ToolCsvSupport.h"

namespace Rollcall {

const Format* gitHubLicenseUsageFormat();

namespace {

// Each field under every normalised spelling: "GitHub com X" and github_com_x normalise alike, data residency
// drops "com", and a few fields were renamed between the two lists in GitHub's documentation.
const QStringList Login = {QStringLiteral("githubcomlogin"), QStringLiteral("githublogin")};
const QStringList Name = {QStringLiteral("githubcomname"), QStringLiteral("githubname")};
const QStringList MemberRoles = {QStringLiteral("githubcommemberroles"), QStringLiteral("githubmemberroles")};
const QStringList EnterpriseRoles = {QStringLiteral("githubcomenterpriseroles"),
                                     QStringLiteral("githubcomenterpriserole"), QStringLiteral("githubenterpriseroles"),
                                     QStringLiteral("githubenterpriserole")};
const QStringList VerifiedEmails = {QStringLiteral("githubcomverifieddomainemails"),
                                    QStringLiteral("githubverifieddomainemails")};
const QStringList SamlNameId = {QStringLiteral("githubcomsamlnameid"), QStringLiteral("githubcomsamlname"),
                                QStringLiteral("githubsamlnameid"), QStringLiteral("githubsamlname")};
const QStringList PendingInvites = {QStringLiteral("githubcomorgswithpendinginvites"),
                                    QStringLiteral("githuborgswithpendinginvites")};
const QStringList TwoFactor = {QStringLiteral("githubcomtwofactorauth"), QStringLiteral("githubtwofactorauth")};
const QStringList LicenseType = {QStringLiteral("licensetype")};
const QStringList ServerEmails = {QStringLiteral("enterpriseserverprimaryemails")};
const QStringList VisualStudioEmail = {QStringLiteral("visualstudiosubscriptionemail")};

class GitHubLicenseUsageFormat : public CsvFormat
{
    Q_DECLARE_TR_FUNCTIONS(GitHubLicenseUsageFormat)

public:
    QString id() const override { return QStringLiteral("github-license-usage"); }
    QString title() const override { return tr("GitHub Enterprise license usage report CSV"); }
    SourceKind kind() const override { return SourceKind::Tool; }
    QString detectionRule() const override
    {
        return tr("CSV header with License type and GitHub com login (or github_com_login, or GitHub login)");
    }
    bool detect(const Sniff& sniff) const override
    {
        return hasAll(sniff, {"licensetype"}) && hasAny(sniff, {"githubcomlogin", "githublogin"});
    }

protected:
    bool readRow(const CsvRow& row, ImportSession& session) const override
    {
        ParseError error;
        AccountRecord r;
        r.line = row.line();
        r.raw = row.text();
        r.login = firstValue(row, Login);
        r.displayName = firstValue(row, Name);
        r.externalId = firstValue(row, SamlNameId);

        // Addresses GitHub verified for the person: none of them is the account's own e-mail.
        for (const QStringList* names : {&VerifiedEmails, &ServerEmails, &VisualStudioEmail})
            addOtherEmails(r, firstValue(row, *names));
        // A seat used only on Enterprise Server or through Visual Studio has no GitHub.com login.
        r.accountKey = r.login;
        if (r.accountKey.isEmpty() && !r.otherEmails.isEmpty())
            r.accountKey = r.otherEmails.constFirst();
        if (r.accountKey.isEmpty()) {
            const QString loginColumn = firstColumn(row, Login);
            return session.fail({row.line(), 0,
                                 tr("field '%1' is empty; expected a login, or an Enterprise Server or Visual Studio "
                                    "subscription e-mail")
                                     .arg(row.headerName(loginColumn))});
        }

        if (!readRoles(row, r, error) || !readGitHubTwoFactor(row, firstColumn(row, TwoFactor), r.mfa, error))
            return session.fail(error);
        return session.addAccount(r);
    }

private:
    // "org:Owner, org:Member, ORG/REPO:Collaborator" plus the enterprise role: the highest one decides.
    bool readRoles(const CsvRow& row, AccountRecord& r, ParseError& error) const
    {
        const QString rolesColumn = firstColumn(row, MemberRoles);
        const QString roles = rolesColumn.isEmpty() ? QString() : row.value(rolesColumn);
        bool owner = false, member = false, billing = false, collaborator = false;
        for (const QString& entry : roles.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
            const QString role = colon > 0 ? entry.mid(colon + 1).trimmed().toLower() : QString();
            if (role == QLatin1String("owner")) {
                owner = true;
            } else if (role == QLatin1String("member")) {
                member = true;
            } else if (role == QLatin1String("billing manager")) {
                billing = true;
            } else if (role == QLatin1String("collaborator") || role == QLatin1String("outside collaborator")) {
                collaborator = true;
            } else {
                error = row.fieldError(rolesColumn, tr("a list such as org:Owner, org:Member, org/repo:Collaborator "
                                                       "(Owner, Member, Billing manager or Collaborator)"));
                return false;
            }
        }
        const QString enterprise = firstValue(row, EnterpriseRoles);
        if (enterprise.contains(QLatin1String("owner"), Qt::CaseInsensitive))
            owner = true;
        else if (enterprise.contains(QLatin1String("billing"), Qt::CaseInsensitive))
            billing = true;

        if (owner)
            r.privilege = Privilege::Owner;
        else if (member || collaborator)
            r.privilege = Privilege::Member;
        else if (billing)
            r.privilege = Privilege::Billing;
        else
            r.privilege = Privilege::None; // a licence without an organisation role

        // Only repository access: an outside collaborator. No role but a pending invitation: invited.
        if (collaborator && !owner && !member)
            r.state = ToolState::Guest;
        else if (!owner && !member && !billing && !firstValue(row, PendingInvites).isEmpty())
            r.state = ToolState::Invited;

        QStringList parts;
        if (!roles.isEmpty())
            parts.append(roles);
        if (!enterprise.isEmpty())
            parts.append(tr("enterprise: %1").arg(enterprise));
        const QString licence = firstValue(row, LicenseType);
        if (!licence.isEmpty())
            parts.append(tr("license: %1").arg(licence));
        r.toolRole = parts.join(QLatin1String("; "));
        return true;
    }
};

} // namespace

const Format* gitHubLicenseUsageFormat()
{
    static const GitHubLicenseUsageFormat format;
    return &format;
}

} // namespace Rollcall
