// SPDX-License-Identifier: GPL-3.0-or-later
// GitLab REST GET /api/v4/users as an admin sees it (gitlab.md §1). The group and project members API
// (GET /groups/:id/members[/all]) has the same user keys plus access_level and expires_at, and is read too.
#include "JsonFormat.h"
#include "formats/Formats.h"

#include <QJsonDocument>

namespace Rollcall {

// JsonFormat::read, with UTF-16 and duplicate keys handled (JsonFormats.cpp).
bool readJsonExport(const JsonFormat& format, QIODevice& device, ImportSession& session);

namespace {

// Member access levels (GitLab's Gitlab::Access): name and normalised privilege.
struct AccessLevel
{
    int level;
    const char* name;
    const QString& privilege;
};
const AccessLevel AccessLevels[] = {
    {50, "Owner", Privilege::Owner},        {40, "Maintainer", Privilege::Admin}, {30, "Developer", Privilege::Member},
    {20, "Reporter", Privilege::Read},      {15, "Planner", Privilege::Read},     {10, "Guest", Privilege::Read},
    {5, "Minimal Access", Privilege::None}, {0, "No access", Privilege::None},
};

// The provider whose extern_uid names the owner best: SAML first (the NameID), then LDAP, then SCIM.
int providerRank(const QString& provider)
{
    const QString p = provider.toLower();
    if (p.contains(QLatin1String("saml")))
        return 0;
    if (p.startsWith(QLatin1String("ldap")))
        return 1;
    if (p == QLatin1String("scim"))
        return 2;
    return 3;
}

class GitLabUsersApiFormat : public JsonFormat
{
    Q_DECLARE_TR_FUNCTIONS(GitLabUsersApiFormat)

public:
    QString id() const override { return QStringLiteral("gitlab-users-api"); }
    QString title() const override { return tr("GitLab REST users JSON (GET /api/v4/users, or the members API)"); }
    SourceKind kind() const override { return SourceKind::Tool; }
    QString detectionRule() const override { return tr("JSON with the keys username, state and web_url"); }
    bool detect(const Sniff& sniff) const override { return hasKeys(sniff, {"username", "state", "web_url"}); }
    bool read(QIODevice& device, ImportSession& session) const override
    {
        return readJsonExport(*this, device, session);
    }

protected:
    bool readDocument(const QJsonDocument& document, ImportSession& session) const override
    {
        if (!document.isArray())
            return session.fail({0, 0, tr("expected an array of GitLab users"), QStringLiteral("$")});
        QStringList unknownStates;
        const bool ok = forEachObject(document.array(), QStringLiteral("$"), session, [&](const JsonRecord& record) {
            return readUser(record, session, unknownStates);
        });
        if (ok && !unknownStates.isEmpty()) {
            session.warn(
                tr("unknown user state(s) %1 were read as active").arg(unknownStates.join(QLatin1String(", "))));
        }
        return ok;
    }

private:
    bool readUser(const JsonRecord& record, ImportSession& session, QStringList& unknownStates) const
    {
        ParseError error;
        AccountRecord r;
        r.jsonPath = record.path();
        r.raw = record.raw();
        if (!record.required(QStringLiteral("id"), r.accountKey, error) ||
            !record.required(QStringLiteral("username"), r.login, error))
            return session.fail(error);
        r.displayName = record.string(QStringLiteral("name"));
        r.email = record.string(QStringLiteral("email"));
        for (const char* key : {"public_email", "commit_email"}) {
            const QString other = record.string(QLatin1String(key));
            if (r.email.isEmpty())
                r.email = other;
            else if (!other.isEmpty() && other.compare(r.email, Qt::CaseInsensitive) != 0 &&
                     !r.otherEmails.contains(other, Qt::CaseInsensitive))
                r.otherEmails.append(other);
        }
        if (!readRole(record, r, session) || !readState(record, r, session, unknownStates) ||
            !readActivity(record, r, session) || !readExternalId(record, r, session))
            return false;
        if (!record.boolean(QStringLiteral("two_factor_enabled"), r.mfa, error) ||
            !record.timestamp(QStringLiteral("created_at"), r.created, error))
            return session.fail(error);
        return session.addAccount(r);
    }

    // Instance role from the users API (is_admin, is_auditor), or the membership's access level.
    bool readRole(const JsonRecord& record, AccountRecord& r, ImportSession& session) const
    {
        ParseError error;
        QStringList role;
        const QJsonValue access = record.value(QStringLiteral("access_level"));
        if (!access.isUndefined() && !access.isNull()) {
            const AccessLevel* found = nullptr;
            for (const AccessLevel& level : AccessLevels) {
                if (access.isDouble() && access.toDouble() == level.level)
                    found = &level;
            }
            if (!found) {
                return session.fail(record.fieldError(QStringLiteral("access_level"),
                                                      tr("an access level such as 50, 40, 30, 20, 15, 10, 5 or 0")));
            }
            r.privilege = found->privilege;
            role.append(QStringLiteral("%1 (%2)").arg(QLatin1String(found->name)).arg(found->level));
        } else {
            std::optional<bool> admin;
            std::optional<bool> auditor;
            if (!record.boolean(QStringLiteral("is_admin"), admin, error) ||
                !record.boolean(QStringLiteral("is_auditor"), auditor, error))
                return session.fail(error);
            r.privilege = Privilege::Member;
            if (admin.value_or(false)) {
                r.privilege = Privilege::Admin;
                role.append(QStringLiteral("Administrator"));
            } else if (auditor.value_or(false)) {
                r.privilege = Privilege::Read;
                role.append(QStringLiteral("Auditor"));
            } else if (admin) {
                role.append(QStringLiteral("Regular"));
            }
        }
        std::optional<bool> bot;
        if (!record.boolean(QStringLiteral("bot"), bot, error))
            return session.fail(error);
        if (bot.value_or(false))
            role.append(QStringLiteral("bot"));
        r.toolRole = role.join(QLatin1String(", "));
        return true;
    }

    bool readState(const JsonRecord& record, AccountRecord& r, ImportSession& session, QStringList& unknown) const
    {
        ParseError error;
        QString state;
        if (!record.required(QStringLiteral("state"), state, error))
            return session.fail(error);
        state = state.toLower();
        if (state == QLatin1String("active")) {
            r.state = ToolState::Active;
        } else if (state == QLatin1String("deactivated")) {
            r.state = ToolState::Deactivated;
        } else if (state == QLatin1String("blocked_pending_approval")) {
            // Signed up, waiting for an administrator: not admitted yet, like an open invitation.
            r.state = ToolState::Invited;
        } else if (state.contains(QLatin1String("blocked")) || state == QLatin1String("banned")) {
            r.state = ToolState::Blocked; // blocked, ldap_blocked, banned
        } else {
            // gitlab.md: the state machine may grow; an unknown state is not taken as a reason to disable.
            r.state = ToolState::Active;
            if (!unknown.contains(state))
                unknown.append(state);
        }
        // External users see only what they are given explicitly: collaborators, not staff.
        std::optional<bool> external;
        if (!record.boolean(QStringLiteral("external"), external, error))
            return session.fail(error);
        if (external.value_or(false) && r.state == ToolState::Active)
            r.state = ToolState::Guest;
        const QJsonValue expires = record.value(QStringLiteral("expires_at"));
        if (expires.isString() && !expires.toString().trimmed().isEmpty()) {
            const QString text = expires.toString().trimmed();
            QDate date = QDate::fromString(text.left(10), Qt::ISODate);
            if (!date.isValid())
                return session.fail(record.fieldError(QStringLiteral("expires_at"), tr("a date such as 2025-12-31")));
            r.stateExpiry = date;
        } else if (!expires.isUndefined() && !expires.isNull()) {
            return session.fail(record.fieldError(QStringLiteral("expires_at"), tr("a date such as 2025-12-31")));
        }
        return true;
    }

    // last_activity_on (a date: web, API or Git use) and the sign-in times: the latest of them.
    bool readActivity(const JsonRecord& record, AccountRecord& r, ImportSession& session) const
    {
        ParseError error;
        bool anyKey = false;
        for (const char* key : {"last_activity_on", "current_sign_in_at", "last_sign_in_at"}) {
            const QString name = QLatin1String(key);
            anyKey = anyKey || !record.value(name).isUndefined();
            std::optional<QDateTime> at;
            if (!record.timestamp(name, at, error))
                return session.fail(error);
            if (at && (!r.lastActivity || *at > *r.lastActivity))
                r.lastActivity = at;
        }
        // The admin API says null for "never": without the keys (a non-admin token) nothing is known.
        if (anyKey && !r.lastActivity) {
            r.neverUsed = true;
            r.lastActivityRaw = QStringLiteral("Never signed in");
        }
        return true;
    }

    // What the IdP calls this person: the membership's group_saml_identity, else the best of identities[].
    bool readExternalId(const JsonRecord& record, AccountRecord& r, ImportSession& session) const
    {
        r.externalId = record.string(QStringLiteral("group_saml_identity.extern_uid"));
        const QJsonValue identities = record.value(QStringLiteral("identities"));
        if (identities.isUndefined() || identities.isNull())
            return true;
        if (!identities.isArray())
            return session.fail(record.fieldError(QStringLiteral("identities"), tr("an array of identities")));
        QString best;
        int bestRank = 99;
        const QJsonArray list = identities.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = record.path() + QStringLiteral(".identities[%1]").arg(i);
            if (!list.at(i).isObject())
                return session.fail({0, 0, tr("expected an object with provider and extern_uid"), path});
            const JsonRecord identity(list.at(i).toObject(), path);
            const QString uid = identity.string(QStringLiteral("extern_uid"));
            const int rank = providerRank(identity.string(QStringLiteral("provider")));
            if (!uid.isEmpty() && rank < bestRank) {
                bestRank = rank;
                best = uid;
            }
        }
        if (r.externalId.isEmpty())
            r.externalId = best;
        return true;
    }
};

} // namespace

const Format* gitLabUsersApiFormat()
{
    static const GitLabUsersApiFormat format;
    return &format;
}

} // namespace Rollcall
