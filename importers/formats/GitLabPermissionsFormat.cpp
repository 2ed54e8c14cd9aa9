// SPDX-License-Identifier: GPL-3.0-or-later
// GitLab Admin Area -> Users -> "Export permissions" (Premium+, self-managed):
// Username,Email,Type,Path,Access Level,Last Activity - one row per membership, folded into one account per user.
#include "ToolCsvSupport.h"

namespace Rollcall {

const Format* gitLabPermissionsFormat();

namespace {

class GitLabPermissionsFormat : public CsvFormat
{
    Q_DECLARE_TR_FUNCTIONS(GitLabPermissionsFormat)

public:
    QString id() const override { return QStringLiteral("gitlab-permissions"); }
    QString title() const override
    {
        return tr("GitLab \"Export permissions\" CSV (Admin Area, one row per membership)");
    }
    SourceKind kind() const override { return SourceKind::Tool; }
    QString detectionRule() const override { return tr("CSV header with Username, Type, Path and Access Level"); }
    bool detect(const Sniff& sniff) const override
    {
        return hasAll(sniff, {"username", "type", "path", "accesslevel"});
    }

protected:
    // A user's memberships are spread over the file: each row is folded into the user's account (foldRow), written
    // once the whole file has been read. The tool role lists them; the highest access level decides the privilege.
    bool readRow(const CsvRow& row, ImportSession& session) const override
    {
        ParseError error;
        QString username, path;
        if (!row.required("username", username, error) || !row.required("path", path, error))
            return session.fail(error);
        const QString levelName = row.value("accesslevel");
        const QString* privilege = gitLabAccessPrivilege(levelName);
        if (!privilege) {
            return session.fail(row.fieldError(
                "accesslevel", tr("Owner, Maintainer, Developer, Reporter, Planner, Guest or Minimal Access")));
        }
        // Last Activity is user.last_activity_on: a date (a UTC day), the same on every row of the user.
        std::optional<QDateTime> lastActivity;
        if (!row.timestamp("lastactivity", lastActivity, error, {}))
            return session.fail(error);

        AccountRecord& r = foldRow(session, row, username, nullptr);
        r.login = username;
        if (r.email.isEmpty())
            r.email = row.value("email");
        addGitLabMembership(session, r, path, levelName, *privilege, lastActivity);
        return true;
    }
};

} // namespace

const Format* gitLabPermissionsFormat()
{
    static const GitLabPermissionsFormat format;
    return &format;
}

} // namespace Rollcall
