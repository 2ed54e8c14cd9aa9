// SPDX-License-Identifier: GPL-3.0-or-later
// SCIM 2.0 Users (RFC 7643) with the Enterprise User extension: a ListResponse, a bare array, or one User.
#include "JsonFormat.h"
#include "formats/Formats.h"

#include <QJsonDocument>

namespace Rollcall {

// JsonFormat::read, with UTF-16 and duplicate keys handled (JsonFormats.cpp).
bool readJsonExport(const JsonFormat& format, QIODevice& device, ImportSession& session);

namespace {

const QString CoreUser = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User");
const QString EnterpriseUser = QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
const QString ListResponse = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse");

// Attribute names are case-insensitive (RFC 7643 §2.1): "username" is userName, and so is the URN key of the
// enterprise extension. Keys are rewritten to these spellings before reading; the raw record keeps the file's.
QString canonicalKey(const QString& key)
{
    static const QHash<QString, QString> canonical = [] {
        QHash<QString, QString> h;
        for (const char* k :
             {"id",           "externalId", "userName",  "name",      "formatted",      "familyName", "givenName",
              "displayName",  "nickName",   "emails",    "value",     "type",           "primary",    "active",
              "userType",     "schemas",    "meta",      "Resources", "employeeNumber", "department", "manager",
              "organization", "division",   "costCenter"})
            h.insert(QString::fromLatin1(k).toLower(), QString::fromLatin1(k));
        h.insert(EnterpriseUser.toLower(), EnterpriseUser);
        return h;
    }();
    return canonical.value(key.toLower(), key);
}

QJsonValue canonicalised(const QJsonValue& value)
{
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(canonicalKey(it.key()), canonicalised(it.value()));
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& v : value.toArray())
            out.append(canonicalised(v));
        return out;
    }
    return value;
}

class ScimUsersFormat : public JsonFormat
{
    Q_DECLARE_TR_FUNCTIONS(ScimUsersFormat)

public:
    QString id() const override { return QStringLiteral("scim-users"); }
    QString title() const override { return tr("SCIM 2.0 Users JSON (ListResponse, array or one User)"); }
    SourceKind kind() const override { return SourceKind::Directory; }
    QString detectionRule() const override
    {
        return tr("JSON with the key schemas and the URN urn:ietf:params:scim:schemas:core:2.0:User or "
                  "urn:ietf:params:scim:api:messages:2.0:ListResponse (any case)");
    }
    bool detect(const Sniff& sniff) const override
    {
        if (!sniff.json || !sniff.headText.contains(QLatin1String("\"schemas\""), Qt::CaseInsensitive))
            return false;
        return sniff.headText.contains(QLatin1Char('"') + CoreUser + QLatin1Char('"'), Qt::CaseInsensitive) ||
               sniff.headText.contains(QLatin1Char('"') + ListResponse + QLatin1Char('"'), Qt::CaseInsensitive);
    }
    bool read(QIODevice& device, ImportSession& session) const override
    {
        return readJsonExport(*this, device, session);
    }

protected:
    bool readDocument(const QJsonDocument& document, ImportSession& session) const override
    {
        const auto visit = [&](const JsonRecord& record) { return readUser(record, session); };
        if (document.isArray())
            return forEachObject(document.array(), QStringLiteral("$"), session, visit);
        if (!document.isObject())
            return session.fail(
                {0, 0, tr("expected a SCIM ListResponse, an array of Users or one User"), QStringLiteral("$")});
        const QJsonObject top = document.object();
        const QString resources = resourcesKey(top);
        if (resources.isEmpty()) {
            if (isList(canonicalised(top).toObject()))
                return true; // an empty ListResponse: the importer reports that nothing was there
            return visit(JsonRecord(top, QStringLiteral("$")));
        }
        const QJsonValue list = top.value(resources);
        if (list.isNull())
            return true;
        if (!list.isArray())
            return session.fail(JsonRecord(top, QStringLiteral("$")).fieldError(resources, tr("an array of Users")));
        return forEachObject(list.toArray(), QStringLiteral("$.") + resources, session, visit);
    }

private:
    static bool isList(const QJsonObject& top)
    {
        for (const QJsonValue& schema : top.value(QLatin1String("schemas")).toArray()) {
            if (schema.toString().compare(ListResponse, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }

    // The file's own spelling of "Resources" (any case), or empty when it has none.
    static QString resourcesKey(const QJsonObject& top)
    {
        for (const QString& key : top.keys()) {
            if (key.compare(QLatin1String("Resources"), Qt::CaseInsensitive) == 0)
                return key;
        }
        return {};
    }

    bool readUser(const JsonRecord& original, ImportSession& session) const
    {
        const JsonRecord record(canonicalised(original.object()).toObject(), original.path());
        ParseError error;
        IdentityRecord r;
        r.jsonPath = record.path();
        r.raw = original.raw();

        const QJsonValue schemas = record.value(QStringLiteral("schemas"));
        if (!schemas.isUndefined()) {
            bool user = false;
            for (const QJsonValue& schema : schemas.toArray())
                user = user || schema.toString().compare(CoreUser, Qt::CaseInsensitive) == 0;
            if (!user)
                return session.fail(record.fieldError(QStringLiteral("schemas"), tr("a list with %1").arg(CoreUser)));
        }
        if (!record.required(QStringLiteral("id"), r.sourceKey, error) ||
            !record.required(QStringLiteral("userName"), r.upn, error))
            return session.fail(error);
        const QString externalId = record.string(QStringLiteral("externalId"));
        if (!externalId.isEmpty())
            r.externalIds.append(externalId);
        r.givenName = record.string(QStringLiteral("name.givenName"));
        r.surname = record.string(QStringLiteral("name.familyName"));
        r.displayName = record.string(QStringLiteral("displayName"));
        if (r.displayName.isEmpty())
            r.displayName = record.string(QStringLiteral("name.formatted"));
        r.guest = record.string(QStringLiteral("userType")).compare(QLatin1String("guest"), Qt::CaseInsensitive) == 0;

        std::optional<bool> active;
        if (!record.boolean(QStringLiteral("active"), active, error))
            return session.fail(error);
        r.status = active.value_or(true) ? IdentityStatus::Active : IdentityStatus::Disabled;

        if (!readEmails(record, r, session))
            return false;

        const QJsonValue enterprise = record.object().value(EnterpriseUser);
        if (!enterprise.isUndefined() && !enterprise.isNull()) {
            const QString path = record.path() + QStringLiteral("[\"%1\"]").arg(EnterpriseUser);
            if (!enterprise.isObject())
                return session.fail({0, 0, tr("expected an object"), path});
            const JsonRecord ext(enterprise.toObject(), path);
            r.employeeId = ext.string(QStringLiteral("employeeNumber"));
            r.department = ext.string(QStringLiteral("department"));
            // Entra sends the manager as a bare id string as well as {"value": id}.
            const QJsonValue manager = ext.value(QStringLiteral("manager"));
            if (manager.isString()) {
                r.manager = manager.toString().trimmed();
            } else if (manager.isObject()) {
                r.manager = ext.string(QStringLiteral("manager.displayName"));
                if (r.manager.isEmpty())
                    r.manager = ext.string(QStringLiteral("manager.value"));
            } else if (!manager.isUndefined() && !manager.isNull()) {
                return session.fail(
                    ext.fieldError(QStringLiteral("manager"), tr("an object with value and displayName, or an id")));
            }
        }
        return session.addIdentity(r);
    }

    // The primary address is the e-mail; the others are secondary addresses.
    bool readEmails(const JsonRecord& record, IdentityRecord& r, ImportSession& session) const
    {
        const QJsonValue emails = record.value(QStringLiteral("emails"));
        if (emails.isUndefined() || emails.isNull())
            return true;
        if (!emails.isArray())
            return session.fail(record.fieldError(QStringLiteral("emails"), tr("an array of e-mail objects")));
        QStringList all;
        qsizetype primary = -1;
        const QJsonArray list = emails.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = record.path() + QStringLiteral(".emails[%1]").arg(i);
            if (!list.at(i).isObject())
                return session.fail({0, 0, tr("expected an object with value"), path});
            const JsonRecord email(list.at(i).toObject(), path);
            ParseError error;
            std::optional<bool> isPrimary;
            if (!email.boolean(QStringLiteral("primary"), isPrimary, error))
                return session.fail(error);
            const QString value = email.string(QStringLiteral("value"));
            if (value.isEmpty())
                continue;
            if (isPrimary.value_or(false) && primary < 0)
                primary = all.size();
            all.append(value);
        }
        if (all.isEmpty())
            return true;
        r.email = all.takeAt(primary < 0 ? 0 : primary);
        for (const QString& other : std::as_const(all)) {
            if (other.compare(r.email, Qt::CaseInsensitive) != 0 && !r.otherEmails.contains(other, Qt::CaseInsensitive))
                r.otherEmails.append(other);
        }
        return true;
    }
};

} // namespace

const Format* scimUsersFormat()
{
    static const ScimUsersFormat format;
    return &format;
}

} // namespace Rollcall
