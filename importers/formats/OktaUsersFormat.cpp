// SPDX-License-Identifier: GPL-3.0-or-later
// Okta Users API (GET /api/v1/users): a JSON array of user objects, each with status and a profile.
#include "JsonFormat.h"
#include "formats/Formats.h"

#include <QJsonDocument>

namespace Rollcall {

// JsonFormat::read, with UTF-16 and duplicate keys handled (JsonFormats.cpp).
bool readJsonExport(const JsonFormat& format, QIODevice& device, ImportSession& session);

namespace {

// API status names, and the Admin Console labels of the same states (okta.md), lower case.
// SUSPENDED is an admin's reversible hold; DEPROVISIONED ("Deactivated") is where leavers end up.
// Staged, pending, password-reset, expired and locked-out users are still people of the organisation.
std::optional<IdentityStatus> oktaStatus(const QString& status)
{
    static const QHash<QString, IdentityStatus> statuses = {
        {QStringLiteral("active"), IdentityStatus::Active},
        {QStringLiteral("staged"), IdentityStatus::Active},
        {QStringLiteral("provisioned"), IdentityStatus::Active},
        {QStringLiteral("pending user action"), IdentityStatus::Active},
        {QStringLiteral("recovery"), IdentityStatus::Active},
        {QStringLiteral("password reset"), IdentityStatus::Active},
        {QStringLiteral("password_expired"), IdentityStatus::Active},
        {QStringLiteral("password expired"), IdentityStatus::Active},
        {QStringLiteral("locked_out"), IdentityStatus::Active},
        {QStringLiteral("locked out"), IdentityStatus::Active},
        {QStringLiteral("suspended"), IdentityStatus::Disabled},
        {QStringLiteral("deprovisioned"), IdentityStatus::Terminated},
        {QStringLiteral("deactivated"), IdentityStatus::Terminated},
    };
    const auto it = statuses.constFind(status.toLower());
    if (it == statuses.constEnd())
        return std::nullopt;
    return *it;
}

class OktaUsersFormat : public JsonFormat
{
    Q_DECLARE_TR_FUNCTIONS(OktaUsersFormat)

public:
    QString id() const override { return QStringLiteral("okta-users-api"); }
    QString title() const override { return tr("Okta Users API JSON (GET /api/v1/users)"); }
    SourceKind kind() const override { return SourceKind::Directory; }
    QString detectionRule() const override
    {
        return tr("JSON with the keys status, profile and login, and no SCIM schemas");
    }
    bool detect(const Sniff& sniff) const override
    {
        return hasKeys(sniff, {"status", "profile", "login"}) && !hasKeys(sniff, {"schemas"});
    }
    bool read(QIODevice& device, ImportSession& session) const override
    {
        return readJsonExport(*this, device, session);
    }

protected:
    bool readDocument(const QJsonDocument& document, ImportSession& session) const override
    {
        const auto visit = [&](const JsonRecord& record) { return readUser(record, session); };
        if (document.isObject() && document.object().contains(QLatin1String("profile")))
            return visit(JsonRecord(document.object(), QStringLiteral("$")));
        if (!document.isArray())
            return session.fail({0, 0, tr("expected an array of Okta users"), QStringLiteral("$")});
        return forEachObject(document.array(), QStringLiteral("$"), session, visit);
    }

private:
    bool readUser(const JsonRecord& record, ImportSession& session) const
    {
        ParseError error;
        IdentityRecord r;
        r.jsonPath = record.path();
        r.raw = record.raw();
        if (!record.required(QStringLiteral("id"), r.sourceKey, error))
            return session.fail(error);
        if (!record.value(QStringLiteral("profile")).isObject())
            return session.fail(record.fieldError(QStringLiteral("profile"), tr("an object")));
        if (!record.required(QStringLiteral("profile.login"), r.upn, error))
            return session.fail(error);
        QString status;
        if (!record.required(QStringLiteral("status"), status, error))
            return session.fail(error);
        const std::optional<IdentityStatus> mapped = oktaStatus(status);
        if (!mapped) {
            return session.fail(record.fieldError(QStringLiteral("status"),
                                                  tr("ACTIVE, STAGED, PROVISIONED, RECOVERY, PASSWORD_EXPIRED, "
                                                     "LOCKED_OUT, SUSPENDED or DEPROVISIONED")));
        }
        r.status = *mapped;
        r.email = record.string(QStringLiteral("profile.email"));
        const QString second = record.string(QStringLiteral("profile.secondEmail"));
        if (!second.isEmpty() && second.compare(r.email, Qt::CaseInsensitive) != 0)
            r.otherEmails.append(second);
        r.givenName = record.string(QStringLiteral("profile.firstName"));
        r.surname = record.string(QStringLiteral("profile.lastName"));
        r.displayName = record.string(QStringLiteral("profile.displayName"));
        if (r.displayName.isEmpty())
            r.displayName = QStringList{r.givenName, r.surname}.join(QLatin1Char(' ')).trimmed();
        r.department = record.string(QStringLiteral("profile.department"));
        r.manager = record.string(QStringLiteral("profile.manager"));
        if (r.manager.isEmpty())
            r.manager = record.string(QStringLiteral("profile.managerId"));
        r.employeeId = record.string(QStringLiteral("profile.employeeNumber"));
        r.guest =
            record.string(QStringLiteral("profile.userType")).compare(QLatin1String("guest"), Qt::CaseInsensitive) == 0;
        // Okta's user id is what Okta sends as the SCIM externalId to the apps it provisions.
        r.externalIds.append(r.sourceKey);
        if (!record.timestamp(QStringLiteral("lastLogin"), r.lastSignIn, error))
            return session.fail(error);
        return session.addIdentity(r);
    }
};

} // namespace

const Format* oktaUsersFormat()
{
    static const OktaUsersFormat format;
    return &format;
}

} // namespace Rollcall
