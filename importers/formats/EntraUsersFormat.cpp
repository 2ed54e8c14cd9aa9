// SPDX-License-Identifier: GPL-3.0-or-later
// Microsoft Entra ID "Download users" CSV: the documented (objectId) and the observed 2021 (id) header.
#include "CsvFormat.h"
#include "formats/Formats.h"

namespace Rollcall {

namespace {

class EntraUsersFormat : public CsvFormat
{
    Q_DECLARE_TR_FUNCTIONS(EntraUsersFormat)

public:
    QString id() const override { return QStringLiteral("entra-users"); }
    QString title() const override { return tr("Microsoft Entra ID \"Download users\" CSV"); }
    SourceKind kind() const override { return SourceKind::Directory; }
    QString detectionRule() const override
    {
        return tr("CSV header with userPrincipalName, accountEnabled and id (2021+) or objectId (documented)");
    }
    bool detect(const Sniff& sniff) const override
    {
        return hasAll(sniff, {"userprincipalname", "accountenabled"}) && hasAny(sniff, {"id", "objectid"});
    }

protected:
    bool readRow(const CsvRow& row, ImportSession& session) const override
    {
        ParseError error;
        IdentityRecord r;
        r.line = row.line();
        r.raw = row.text();
        const char* idColumn = row.has(QStringLiteral("id")) ? "id" : "objectid";
        if (!row.required(idColumn, r.sourceKey, error) || !row.required("userprincipalname", r.upn, error))
            return session.fail(error);
        r.email = row.value("mail");
        r.displayName = row.value("displayname");
        r.givenName = row.value("givenname");
        r.surname = row.value("surname");
        r.department = row.value("department");
        const QString alternate = row.value("alternateemailaddress");
        if (!alternate.isEmpty())
            r.otherEmails.append(alternate);
        const QString home = guestHomeAddress(r.upn);
        if (!home.isEmpty() && !r.otherEmails.contains(home, Qt::CaseInsensitive))
            r.otherEmails.append(home);
        const QString userType = row.value("usertype");
        if (!userType.isEmpty() && userType.compare(QLatin1String("member"), Qt::CaseInsensitive) != 0 &&
            userType.compare(QLatin1String("guest"), Qt::CaseInsensitive) != 0)
            return session.fail(row.fieldError("usertype", tr("Member or Guest")));
        r.guest = userType.compare(QLatin1String("guest"), Qt::CaseInsensitive) == 0 || !home.isEmpty();
        std::optional<bool> enabled;
        if (!row.boolean("accountenabled", enabled, error))
            return session.fail(error);
        r.status = enabled.value_or(true) ? IdentityStatus::Active : IdentityStatus::Disabled;
        return session.addIdentity(r);
    }
};

} // namespace

const Format* entraUsersFormat()
{
    static const EntraUsersFormat format;
    return &format;
}

} // namespace Rollcall
