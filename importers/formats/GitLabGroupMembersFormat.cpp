// SPDX-License-Identifier: GPL-3.0-or-later
// GitLab group -> Manage -> Members -> "Export as CSV" (GitLab 17.x):
// Name,Username,Email,Path,Group or project name,Type,Role,Role type,Membership type,Membership status,
// Membership source,Access granted,Access expiration,Last activity. Before MR !170889 the expiry column was
// "Access expired" and the dates were plain dates. A member of several groups or projects has one row for each,
// folded here into one account; an e-mail invitation has no username and is keyed by its e-mail.
#include "ToolCsvSupport.h"

namespace Rollcall {

const Format* gitLabGroupMembersFormat();

namespace {

class GitLabGroupMembersFormat : public CsvFormat
{
    Q_DECLARE_TR_FUNCTIONS(GitLabGroupMembersFormat)

public:
    QString id() const override { return QStringLiteral("gitlab-group-members"); }
    QString title() const override { return tr("GitLab group members \"Export as CSV\""); }
    SourceKind kind() const override { return SourceKind::Tool; }
    QString detectionRule() const override
    {
        return tr("CSV header with Username, Role, Membership type and Access granted");
    }
    bool detect(const Sniff& sniff) const override
    {
        return hasAll(sniff, {"username", "role", "membershiptype", "accessgranted"});
    }

protected:
    // A member's rows are spread over the file: each is folded into the member's account (foldRow), written once
    // the whole file has been read. The tool role lists the memberships; the highest role decides the privilege.
    bool readRow(const CsvRow& row, ImportSession& session) const override
    {
        ParseError error;
        const QString username = row.value("username");
        const QString email = row.value("email");
        const QString key = username.isEmpty() ? email : username;
        if (key.isEmpty())
            return session.fail({row.line(), 0,
                                 tr("fields '%1' and '%2' are empty; expected a username or, for an invitation, an "
                                    "e-mail")
                                     .arg(row.headerName("username"), row.headerName("email"))});
        QString path;
        if (!row.required("path", path, error))
            return session.fail(error);

        // A custom role is built on a base role the export does not name: taken as a developer's.
        const QString roleName = row.value("role");
        const QString* privilege = row.value("roletype").compare(QLatin1String("custom"), Qt::CaseInsensitive) == 0
                                       ? &Privilege::Member
                                       : gitLabAccessPrivilege(roleName);
        if (!privilege) {
            return session.fail(row.fieldError(
                "role", tr("Owner, Maintainer, Developer, Reporter, Planner, Guest or Minimal Access (or a custom role "
                           "with Role type custom)")));
        }
        const QString status = row.value("membershipstatus").toLower();
        if (!status.isEmpty() && status != QLatin1String("approved") && status != QLatin1String("pending"))
            return session.fail(row.fieldError("membershipstatus", tr("approved or pending")));
        const bool approved = status != QLatin1String("pending");

        const char* expiryColumn = row.has(QStringLiteral("accessexpiration")) ? "accessexpiration" : "accessexpired";
        std::optional<QDateTime> granted, expiry, lastActivity;
        // ISO 8601 since GitLab 17.6, plain dates (UTC days) before.
        if (!row.timestamp("accessgranted", granted, error, {}) || !row.timestamp(expiryColumn, expiry, error, {}) ||
            !row.timestamp("lastactivity", lastActivity, error, {}))
            return session.fail(error);

        bool created = false;
        AccountRecord& r = foldRow(session, row, key, &created);
        if (created) {
            r.login = username;
            r.email = email;
            r.displayName = row.value("name");
            r.state = approved ? ToolState::Active : ToolState::Invited;
            r.stateExpiry = expiry ? std::optional<QDate>(expiry->date()) : std::nullopt;
        } else {
            // Active once any membership is approved; access lasts until the last membership expires, and a
            // membership without expiry never does.
            if (approved)
                r.state = ToolState::Active;
            if (!expiry)
                r.stateExpiry.reset();
            else if (r.stateExpiry && expiry->date() > *r.stateExpiry)
                r.stateExpiry = expiry->date();
        }
        if (granted && (!r.created || *granted < *r.created))
            r.created = granted;
        addGitLabMembership(session, r, path, roleName, *privilege, lastActivity);
        return true;
    }
};

} // namespace

const Format* gitLabGroupMembersFormat()
{
    static const GitLabGroupMembersFormat format;
    return &format;
}

} // namespace Rollcall
