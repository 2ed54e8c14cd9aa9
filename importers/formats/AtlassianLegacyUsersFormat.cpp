// SPDX-License-Identifier: GPL-3.0-or-later
// Atlassian Cloud "Export users" before 10 Sep 2021: group_name,username,full_name,email,active,created,
// Last active in <product>..., <product>... (or the older last_login,last_session). One row per (group, user),
// folded into one account whose tool role lists the groups; Yes/No; dates "13 Jul 2017" or "14 Dec 2012 15:31:57";
// "Never logged in", "Not active in the last 180 days", "Before 11 Feb 2017".
#include "ToolCsvSupport.h"

#include <QRegularExpression>

namespace Rollcall {

const Format* atlassianLegacyUsersFormat();

namespace {

// Groups that administer the site or a product: site-admins, administrators, jira-administrators...
bool isAdminGroup(const QString& group)
{
    static const QRegularExpression admin(
        QStringLiteral("^(site-admins|org-admins|administrators|.+-administrators|.+-admins)$"),
        QRegularExpression::CaseInsensitiveOption);
    return admin.match(group).hasMatch();
}

class AtlassianLegacyUsersFormat : public CsvFormat
{
    Q_DECLARE_TR_FUNCTIONS(AtlassianLegacyUsersFormat)

public:
    QString id() const override { return QStringLiteral("atlassian-users-legacy"); }
    QString title() const override { return tr("Atlassian Cloud \"Export users\" CSV (before September 2021)"); }
    SourceKind kind() const override { return SourceKind::Tool; }
    QString detectionRule() const override
    {
        return tr("CSV header with group_name, username, full_name and active, and no User id");
    }
    bool detect(const Sniff& sniff) const override
    {
        return hasAll(sniff, {"groupname", "username", "fullname", "active"}) && !hasAny(sniff, {"userid"});
    }

protected:
    // A user's groups are spread over the file: each row is folded into the user's account (foldRow), written once
    // the whole file has been read. The tool role lists the groups; an administrators' group makes an admin.
    bool readRow(const CsvRow& row, ImportSession& session) const override
    {
        ParseError error;
        QString username;
        if (!row.required("username", username, error))
            return session.fail(error);
        const QString group = row.value("groupname");
        // Every row is checked, though the first row of a user stands for the user's details.
        AccountRecord details;
        details.line = row.line();
        details.raw = row.text();
        details.accountKey = username;
        details.login = username;
        details.email = row.value("email");
        details.displayName = row.value("fullname");
        details.privilege = Privilege::Member;
        std::optional<bool> active;
        if (!row.boolean("active", active, error) ||
            !row.timestamp("created", details.created, error, {}, atlassianDateFormats()) ||
            !readAtlassianActivity(row, QStringLiteral("lastactivein"),
                                   {QStringLiteral("lastlogin"), QStringLiteral("lastsession")}, details, error))
            return session.fail(error);
        details.state = active.value_or(true) ? ToolState::Active : ToolState::Deactivated;

        bool created = false;
        AccountRecord& r = foldRow(session, row, username, &created);
        if (created)
            r = details;
        QStringList& groups = session.foldedMemberships(username);
        if (!group.isEmpty() && !groups.contains(group)) {
            groups.append(group);
            if (isAdminGroup(group))
                r.privilege = Privilege::Admin;
        }
        return true;
    }
};

} // namespace

const Format* atlassianLegacyUsersFormat()
{
    static const AtlassianLegacyUsersFormat format;
    return &format;
}

} // namespace Rollcall
