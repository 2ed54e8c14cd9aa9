// SPDX-License-Identifier: GPL-3.0-or-later
// GitHub organisation People -> Export (CSV). GitHub documents the content, not the column names, so every field
// is found through an alias table (github.md section 1). Confirm against a real export before relying on it.
#include "ToolCsvSupport.h"

#include <QRegularExpression>

namespace Rollcall {

const Format* gitHubOrgMembersFormat();

namespace {

// Candidate spellings of each field, normalised (lower case; spaces, `_` and `-` removed).
const QStringList Login = {QStringLiteral("login"), QStringLiteral("username"), QStringLiteral("githubcomlogin"),
                           QStringLiteral("githublogin")};
const QStringList Name = {QStringLiteral("name"), QStringLiteral("displayname"), QStringLiteral("fullname"),
                          QStringLiteral("githubcomname"), QStringLiteral("githubname")};
const QStringList Role = {QStringLiteral("role"), QStringLiteral("orgrole"), QStringLiteral("organizationrole"),
                          QStringLiteral("organisationrole")};
const QStringList LastActive = {QStringLiteral("lastactive"), QStringLiteral("lastactivity"),
                                QStringLiteral("lastactiveat"), QStringLiteral("lastactivityat")};
const QStringList SamlNameId = {QStringLiteral("samlnameid"), QStringLiteral("samlname"),
                                QStringLiteral("githubcomsamlnameid"), QStringLiteral("githubsamlnameid")};
const QStringList Email = {QStringLiteral("email"), QStringLiteral("primaryemail")};
// Addresses that identify the person without being the account's own e-mail.
const QStringList OtherEmails = {
    QStringLiteral("verifieddomainemails"),       QStringLiteral("githubcomverifieddomainemails"),
    QStringLiteral("githubverifieddomainemails"), QStringLiteral("enterpriseserverprimaryemails"),
    QStringLiteral("ghesprimaryemails"),          QStringLiteral("visualstudiosubscriptionemail")};
// Columns of the other GitHub CSV reports: a file with any of them is not an organisation export.
const QStringList OtherReports = {QStringLiteral("licensetype"), QStringLiteral("lastloggedip"),
                                  QStringLiteral("suspended?"), QStringLiteral("dormant?")};

bool hasColumn(const QStringList& header, const QStringList& names)
{
    for (const QString& name : names) {
        if (header.contains(name))
            return true;
    }
    return false;
}

// 2fa*, two_factor*, "GitHub com two factor auth" - but not "two factor required by date".
QString twoFactorColumn(const QStringList& header)
{
    static const QRegularExpression prefix(QStringLiteral("^(githubcom|github)?(2fa|twofactor)"));
    for (const QString& name : header) {
        if (prefix.match(name).hasMatch() && !name.contains(QLatin1String("required")) &&
            !name.contains(QLatin1String("date")))
            return name;
    }
    return {};
}

class GitHubOrgMembersFormat : public CsvFormat
{
    Q_DECLARE_TR_FUNCTIONS(GitHubOrgMembersFormat)

public:
    QString id() const override { return QStringLiteral("github-org-members"); }
    QString title() const override { return tr("GitHub organization People export CSV (header unverified)"); }
    SourceKind kind() const override { return SourceKind::Tool; }
    QString detectionRule() const override
    {
        return tr("CSV header with a login (login, username, GitHub com login), a role and a 2FA column (2fa..., "
                  "two factor...), and none of License type, last_logged_ip, suspended?, dormant?");
    }
    bool detect(const Sniff& sniff) const override
    {
        const QStringList& header = sniff.normalisedHeader;
        return hasColumn(header, Login) && hasColumn(header, Role) && !twoFactorColumn(header).isEmpty() &&
               !hasColumn(header, OtherReports);
    }

protected:
    bool readRow(const CsvRow& row, ImportSession& session) const override
    {
        static const QStringList never = {QStringLiteral("Never"), QStringLiteral("No activity")};
        static const QStringList formats = {QStringLiteral("yyyy-MM-dd HH:mm:ss UTC")};
        ParseError error;
        AccountRecord r;
        r.line = row.line();
        r.raw = row.text();
        if (!row.required(firstColumn(row, Login), r.login, error))
            return session.fail(error);
        r.accountKey = r.login;
        r.displayName = firstValue(row, Name);
        r.email = firstValue(row, Email);
        r.externalId = firstValue(row, SamlNameId);
        for (const QString& name : OtherEmails)
            addOtherEmails(r, row.value(name));

        const QString roleColumn = firstColumn(row, Role);
        r.toolRole = row.value(roleColumn);
        const QString role = r.toolRole.toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
        if (role == QLatin1String("owner") || role == QLatin1String("admin")) {
            r.privilege = Privilege::Owner;
        } else if (role == QLatin1String("member") || role == QLatin1String("moderator")) {
            r.privilege = Privilege::Member;
        } else if (role == QLatin1String("security manager")) {
            r.privilege = Privilege::Admin;
        } else if (role == QLatin1String("billing manager")) {
            r.privilege = Privilege::Billing;
        } else if (role == QLatin1String("outside collaborator") || role == QLatin1String("collaborator")) {
            r.privilege = Privilege::Member;
            r.state = ToolState::Guest;
        } else {
            return session.fail(row.fieldError(
                roleColumn, tr("Owner, Member, Moderator, Security manager, Billing manager or Outside collaborator")));
        }

        if (!readGitHubTwoFactor(row, twoFactorColumn(row.normalisedColumns()), r.mfa, error))
            return session.fail(error);

        const QString lastColumn = firstColumn(row, LastActive);
        if (!lastColumn.isEmpty()) {
            if (!row.timestamp(lastColumn, r.lastActivity, error, never, formats))
                return session.fail(error);
            const QString last = row.value(lastColumn);
            if (never.contains(last, Qt::CaseInsensitive)) {
                r.neverUsed = true;
                r.lastActivityRaw = last;
            }
        }
        return session.addAccount(r);
    }
};

} // namespace

const Format* gitHubOrgMembersFormat()
{
    static const GitHubOrgMembersFormat format;
    return &format;
}

} // namespace Rollcall
