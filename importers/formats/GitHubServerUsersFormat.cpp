// SPDX-License-Identifier: GPL-3.0-or-later
// GitHub Enterprise Server site-admin user reports (stafftools/reports/{all,active,dormant,suspended}_users.csv):
// created_at,id,login,email,role,suspended?,last_logged_ip,repos,ssh_keys,org_memberships,dormant?,last_active,
// raw_login,2fa_enabled? - and the GHEC "Dormant users" report, the same without email, repos, ssh_keys,
// org_memberships and raw_login. Columns are mapped by name: newer GHES builds append some.
#include "CsvFormat.h"

namespace Rollcall {

const Format* gitHubServerUsersFormat();

namespace {

class GitHubServerUsersFormat : public CsvFormat
{
    Q_DECLARE_TR_FUNCTIONS(GitHubServerUsersFormat)

public:
    QString id() const override { return QStringLiteral("github-server-users"); }
    QString title() const override { return tr("GitHub Enterprise Server user report or GHEC dormant users CSV"); }
    SourceKind kind() const override { return SourceKind::Tool; }
    QString detectionRule() const override
    {
        return tr("CSV header with login, role, suspended?, dormant? and last_logged_ip");
    }
    bool detect(const Sniff& sniff) const override
    {
        return hasAll(sniff, {"login", "role", "lastloggedip"}) && hasAny(sniff, {"suspended?", "suspended"}) &&
               hasAny(sniff, {"dormant?", "dormant"});
    }

protected:
    bool readRow(const CsvRow& row, ImportSession& session) const override
    {
        // Ruby's Time#to_s ("2021-06-30 17:39:55 UTC") besides ISO 8601.
        static const QStringList formats = {QStringLiteral("yyyy-MM-dd HH:mm:ss UTC")};
        auto name = [&row](const char* withMark) {
            const QString marked = QString::fromLatin1(withMark);
            return row.has(marked) ? marked : QString(marked).remove(QLatin1Char('?'));
        };
        ParseError error;
        AccountRecord r;
        r.line = row.line();
        r.raw = row.text(); // raw_login may hold JSON: it is kept here and not interpreted
        if (!row.required("login", r.login, error))
            return session.fail(error);
        // The login, as in GitHub's other exports of the same instance; the numeric id stays in raw.
        r.accountKey = r.login;
        r.email = row.value("email");

        r.toolRole = row.value("role");
        const QString role = r.toolRole.toLower();
        if (role == QLatin1String("admin")) {
            r.privilege = Privilege::Admin; // site administrator
        } else if (role == QLatin1String("user") || role == QLatin1String("member")) {
            r.privilege = Privilege::Member;
        } else if (role == QLatin1String("owner")) {
            r.privilege = Privilege::Owner;
        } else if (role == QLatin1String("outside collaborator") || role == QLatin1String("collaborator")) {
            r.privilege = Privilege::Member;
            r.state = ToolState::Guest;
        } else {
            return session.fail(row.fieldError(
                "role", tr("admin or user (or, in the dormant users report, owner, member or outside collaborator)")));
        }

        std::optional<bool> suspended, dormant;
        if (!row.boolean(name("suspended?"), suspended, error) || !row.boolean(name("dormant?"), dormant, error) ||
            !row.boolean(name("2faenabled?"), r.mfa, error) ||
            !row.timestamp("createdat", r.created, error, {}, formats) ||
            !row.timestamp("lastactive", r.lastActivity, error, {}, formats))
            return session.fail(error);
        if (suspended.value_or(false))
            r.state = ToolState::Suspended;
        return session.addAccount(r);
    }
};

} // namespace

const Format* gitHubServerUsersFormat()
{
    static const GitHubServerUsersFormat format;
    return &format;
}

} // namespace Rollcall
