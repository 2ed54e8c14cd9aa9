// SPDX-License-Identifier: GPL-3.0-or-later
// GitHub REST GET /orgs/{org}/members: a JSON array of "simple user" objects (github.md §4).
#include "JsonFormat.h"
#include "formats/Formats.h"

#include <QJsonDocument>

namespace Rollcall {

// JsonFormat::read, with UTF-16 and duplicate keys handled (JsonFormats.cpp).
bool readJsonExport(const JsonFormat& format, QIODevice& device, ImportSession& session);

namespace {

class GitHubMembersApiFormat : public JsonFormat
{
    Q_DECLARE_TR_FUNCTIONS(GitHubMembersApiFormat)

public:
    QString id() const override { return QStringLiteral("github-members-api"); }
    QString title() const override { return tr("GitHub REST organization members JSON (GET /orgs/{org}/members)"); }
    SourceKind kind() const override { return SourceKind::Tool; }
    QString detectionRule() const override { return tr("JSON with the keys login, node_id and site_admin"); }
    bool detect(const Sniff& sniff) const override { return hasKeys(sniff, {"login", "node_id", "site_admin"}); }
    bool read(QIODevice& device, ImportSession& session) const override
    {
        return readJsonExport(*this, device, session);
    }

protected:
    bool readDocument(const QJsonDocument& document, ImportSession& session) const override
    {
        if (!document.isArray())
            return session.fail({0, 0, tr("expected an array of organization members"), QStringLiteral("$")});
        return forEachObject(document.array(), QStringLiteral("$"), session,
                             [&](const JsonRecord& record) { return readMember(record, session); });
    }

private:
    bool readMember(const JsonRecord& record, ImportSession& session) const
    {
        ParseError error;
        AccountRecord r;
        r.jsonPath = record.path();
        r.raw = record.raw();
        // The numeric id survives renames; the login does not.
        if (!record.required(QStringLiteral("id"), r.accountKey, error) ||
            !record.required(QStringLiteral("login"), r.login, error))
            return session.fail(error);
        for (const QChar c : std::as_const(r.accountKey)) {
            if (!c.isDigit())
                return session.fail(record.fieldError(QStringLiteral("id"), tr("a numeric user id")));
        }
        // Newer "simple user" objects may carry the public name and e-mail (often null).
        r.displayName = record.string(QStringLiteral("name"));
        r.email = record.string(QStringLiteral("email"));

        // The endpoint lists members; it says nothing of the org role (owners come from ?role=admin), 2FA
        // (?filter=2fa_disabled) or activity, so mfa and lastActivity stay unknown.
        r.privilege = Privilege::Member;
        QStringList role = {QStringLiteral("member")};
        const QString type = record.string(QStringLiteral("type"));
        if (!type.isEmpty() && type.compare(QLatin1String("User"), Qt::CaseInsensitive) != 0)
            role.append(type); // "Bot", "Organization"
        // site_admin is not an org role. On github.com it marks GitHub staff; on GitHub Enterprise Server it is a
        // site administrator of the whole instance, who can make themselves owner of any organization there.
        // Either way it is an account with power beyond plain membership, so it is reviewed as an admin.
        std::optional<bool> siteAdmin;
        if (!record.boolean(QStringLiteral("site_admin"), siteAdmin, error))
            return session.fail(error);
        if (siteAdmin.value_or(false)) {
            r.privilege = Privilege::Admin;
            role.append(QStringLiteral("site_admin"));
        }
        r.toolRole = role.join(QLatin1String(", "));
        return session.addAccount(r);
    }
};

} // namespace

const Format* gitHubMembersApiFormat()
{
    static const GitHubMembersApiFormat format;
    return &format;
}

} // namespace Rollcall
