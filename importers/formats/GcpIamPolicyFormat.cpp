// SPDX-License-Identifier: GPL-3.0-or-later
// Google Cloud IAM allow policy JSON (gcloud ... get-iam-policy --format=json), and the array of
// {id, type, policy} that `gcloud beta projects get-ancestors-iam-policy --format=json` prints.
// The policy maps roles to members; it is turned around into one account per member with all its roles.
#include "JsonFormat.h"
#include "formats/Formats.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace Rollcall {

// JsonFormat::read, with UTF-16 and duplicate keys handled (JsonFormats.cpp).
bool readJsonExport(const JsonFormat& format, QIODevice& device, ImportSession& session);

namespace {

int privilegeRank(const QString& privilege)
{
    static const QStringList order = {Privilege::None,    Privilege::Read,  Privilege::Member,
                                      Privilege::Billing, Privilege::Admin, Privilege::Owner};
    return int(order.indexOf(privilege));
}

// Basic roles by name; predefined and custom roles by the parts of their last path segment
// ("iam.securityAdmin", "compute.instanceAdmin.v1").
QString rolePrivilege(const QString& role)
{
    const QString name = role.section(QLatin1Char('/'), -1).toLower();
    if (role == QLatin1String("roles/owner"))
        return Privilege::Owner;
    if (name.startsWith(QLatin1String("billing.")))
        return Privilege::Billing;
    const QStringList parts = name.split(QLatin1Char('.'));
    const auto anyPartEndsWith = [&](std::initializer_list<const char*> suffixes) {
        for (const QString& part : parts) {
            for (const char* suffix : suffixes) {
                if (part.endsWith(QLatin1String(suffix)))
                    return true;
            }
        }
        return false;
    };
    if (role == QLatin1String("roles/editor") || anyPartEndsWith({"admin"}))
        return Privilege::Admin;
    if (anyPartEndsWith({"viewer", "browser", "reader", "reviewer"}))
        return Privilege::Read;
    return Privilege::Member;
}

// The end of a temporary grant: a condition such as request.time < timestamp("2025-01-01T00:00:00Z").
std::optional<QDate> conditionExpiry(const QString& expression)
{
    static const QRegularExpression until(
        QStringLiteral("request\\.time\\s*<=?\\s*timestamp\\(\\s*[\"']([^\"']+)[\"']\\s*\\)"));
    const QRegularExpressionMatch m = until.match(expression);
    if (!m.hasMatch())
        return std::nullopt;
    // Access ends at that instant (UTC); its date is the expiry.
    const QDate date = QDate::fromString(m.captured(1).trimmed().left(10), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString describe(const QJsonValue& v)
{
    if (v.isUndefined())
        return JsonRecord::tr("nothing");
    if (v.isNull())
        return QStringLiteral("null");
    if (v.isObject())
        return JsonRecord::tr("an object");
    if (v.isArray())
        return JsonRecord::tr("an array");
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return QLatin1Char('"') + v.toString() + QLatin1Char('"');
}

// One principal, gathered over every binding that names it.
struct Principal
{
    AccountRecord account;
    QStringList roles;
    QJsonArray bindings; // for the raw record
    std::optional<QDate> expiry;
    bool permanent = false; // some binding has no end
};

class GcpIamPolicyFormat : public JsonFormat
{
    Q_DECLARE_TR_FUNCTIONS(GcpIamPolicyFormat)

public:
    QString id() const override { return QStringLiteral("gcp-iam-policy"); }
    QString title() const override { return tr("Google Cloud IAM policy JSON (get-iam-policy --format=json)"); }
    SourceKind kind() const override { return SourceKind::Tool; }
    QString detectionRule() const override { return tr("JSON with the keys bindings, role and members"); }
    bool detect(const Sniff& sniff) const override { return hasKeys(sniff, {"bindings", "role", "members"}); }
    bool read(QIODevice& device, ImportSession& session) const override
    {
        return readJsonExport(*this, device, session);
    }

protected:
    bool readDocument(const QJsonDocument& document, ImportSession& session) const override
    {
        QList<Principal> principals;
        QHash<QString, qsizetype> index;
        if (document.isObject()) {
            if (!readPolicy(JsonRecord(document.object(), QStringLiteral("$")), {}, principals, index, session))
                return false;
        } else {
            // get-ancestors-iam-policy: the role is qualified with the resource that grants it.
            const bool ok = forEachObject(document.array(), QStringLiteral("$"), session, [&](const JsonRecord& r) {
                ParseError error;
                QString type;
                QString id;
                if (!r.required(QStringLiteral("type"), type, error) || !r.required(QStringLiteral("id"), id, error))
                    return session.fail(error);
                if (!r.value(QStringLiteral("policy")).isObject())
                    return session.fail(r.fieldError(QStringLiteral("policy"), tr("an IAM policy object")));
                const JsonRecord policy(r.value(QStringLiteral("policy")).toObject(),
                                        r.path() + QStringLiteral(".policy"));
                return readPolicy(policy, type + QLatin1Char('/') + id, principals, index, session);
            });
            if (!ok)
                return false;
        }
        for (Principal& p : principals) {
            p.account.toolRole = p.roles.join(QLatin1String(", "));
            // Only when every grant of the member is temporary does the membership itself end.
            if (!p.permanent)
                p.account.stateExpiry = p.expiry;
            p.account.raw =
                QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("member"), p.account.accountKey},
                                                            {QStringLiteral("bindings"), p.bindings}})
                                      .toJson(QJsonDocument::Compact));
            if (!session.addAccount(p.account))
                return false;
        }
        return true;
    }

private:
    bool readPolicy(const JsonRecord& policy, const QString& resource, QList<Principal>& principals,
                    QHash<QString, qsizetype>& index, ImportSession& session) const
    {
        const QJsonValue bindings = policy.value(QStringLiteral("bindings"));
        if (bindings.isUndefined())
            return true; // an empty policy has no bindings at all
        if (!bindings.isArray())
            return session.fail(policy.fieldError(QStringLiteral("bindings"), tr("an array of bindings")));
        return forEachObject(
            bindings.toArray(), policy.path() + QStringLiteral(".bindings"), session,
            [&](const JsonRecord& binding) { return readBinding(binding, resource, principals, index, session); });
    }

    bool readBinding(const JsonRecord& binding, const QString& resource, QList<Principal>& principals,
                     QHash<QString, qsizetype>& index, ImportSession& session) const
    {
        ParseError error;
        QString role;
        if (!binding.required(QStringLiteral("role"), role, error))
            return session.fail(error);
        const QJsonValue members = binding.value(QStringLiteral("members"));
        if (!members.isArray())
            return session.fail(binding.fieldError(QStringLiteral("members"), tr("an array of members")));
        QString label = role;
        const QString condition = binding.string(QStringLiteral("condition.title"));
        if (!condition.isEmpty())
            label += tr(" (condition: %1)").arg(condition);
        else if (binding.value(QStringLiteral("condition")).isObject())
            label += tr(" (conditional)");
        if (!resource.isEmpty())
            label += tr(" on %1").arg(resource);
        QJsonObject grant{{QStringLiteral("role"), role}};
        if (binding.object().contains(QLatin1String("condition")))
            grant.insert(QStringLiteral("condition"), binding.value(QStringLiteral("condition")));
        if (!resource.isEmpty())
            grant.insert(QStringLiteral("resource"), resource);

        const std::optional<QDate> expiry = conditionExpiry(binding.string(QStringLiteral("condition.expression")));
        const QJsonArray list = members.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = binding.path() + QStringLiteral(".members[%1]").arg(i);
            const QString member = list.at(i).toString().trimmed();
            auto it = index.constFind(member);
            if (it == index.constEnd()) {
                Principal p;
                p.account.jsonPath = path;
                p.account.accountKey = member;
                if (!readMember(list.at(i), path, p.account, session))
                    return false;
                it = index.insert(member, principals.size());
                principals.append(p);
            }
            Principal& p = principals[*it];
            if (!p.roles.contains(label)) {
                p.roles.append(label);
                p.bindings.append(grant);
            }
            if (expiry)
                p.expiry = std::max(p.expiry.value_or(*expiry), *expiry);
            else
                p.permanent = true;
            const QString privilege = rolePrivilege(role);
            if (privilegeRank(privilege) > privilegeRank(p.account.privilege))
                p.account.privilege = privilege;
        }
        return true;
    }

    // The member grammar of gcp-iam-policy.md. The account key is the member string as written, deleted:
    // prefix and ?uid= included: a deleted user and a new account with the same address are two principals.
    bool readMember(const QJsonValue& value, const QString& path, AccountRecord& r, ImportSession& session) const
    {
        const auto bad = [&] {
            return session.fail({0, 0,
                                 tr("expected a member such as user:name@example.com, serviceAccount:…, group:…, "
                                    "domain:…, deleted:user:…?uid=…, allUsers or principal://…, found %1")
                                     .arg(describe(value)),
                                 path});
        };
        if (!value.isString())
            return bad();
        QString rest = value.toString().trimmed();
        if (rest.startsWith(QLatin1String("deleted:"))) {
            r.state = ToolState::Deactivated;
            rest = rest.mid(8);
            // Kept in the key and the raw record for the report; matching uses the bare address.
            const qsizetype uid = rest.indexOf(QLatin1String("?uid="));
            if (uid >= 0)
                rest.truncate(uid);
        }
        if (rest == QLatin1String("allUsers")) {
            r.login = rest;
            r.displayName = tr("Anyone on the internet");
            return true;
        }
        if (rest == QLatin1String("allAuthenticatedUsers")) {
            r.login = rest;
            r.displayName = tr("Anyone with a Google account");
            return true;
        }
        if (rest.startsWith(QLatin1String("principal://")) || rest.startsWith(QLatin1String("principalSet://"))) {
            if (r.state == ToolState::Deactivated)
                return bad();
            r.login = rest;
            return true;
        }
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        const QString kind = rest.left(colon);
        const QString address = rest.mid(colon + 1).trimmed();
        if (colon <= 0 || address.isEmpty())
            return bad();
        if (kind == QLatin1String("user")) {
            r.login = address;
            r.email = address;
        } else if (kind == QLatin1String("serviceAccount")) {
            // The prefix stays in the login so that reviewers and service patterns see what it is.
            r.login = rest;
            r.email = address.contains(QLatin1Char('@')) ? address : QString();
        } else if (kind == QLatin1String("group") || kind == QLatin1String("domain")) {
            r.login = rest; // a set of people, not one person: no e-mail to match an owner by
        } else if (r.state != ToolState::Deactivated &&
                   (kind == QLatin1String("projectOwner") || kind == QLatin1String("projectEditor") ||
                    kind == QLatin1String("projectViewer"))) {
            r.login = rest; // legacy convenience values of bucket policies
        } else {
            return bad();
        }
        return true;
    }
};

} // namespace

const Format* gcpIamPolicyFormat()
{
    static const GcpIamPolicyFormat format;
    return &format;
}

} // namespace Rollcall
