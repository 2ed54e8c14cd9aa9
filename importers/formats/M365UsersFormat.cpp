// SPDX-License-Identifier: GPL-3.0-or-later
// Microsoft 365 admin center → Users → Active users → "Export users" CSV: display-cased headers,
// "Block credential" (the inverse of enabled), multi-valued "Proxy addresses", "2022-03-18 19:49:35Z".
#include "CsvFormat.h"

#include <QRegularExpression>

namespace Rollcall {

namespace {

// Header spellings (normalised): the admin center's and the older PowerShell (MSOnline) export's.
const auto Upn = {"userprincipalname"};
const auto ObjectId = {"objectid"};
const auto BlockCredential = {"blockcredential"};
const auto GivenName = {"firstname", "givenname"};
const auto Surname = {"lastname", "surname"};
const auto Created = {"whencreated"};
const auto SoftDeleted = {"softdeletiontimestamp"};
const QStringList TimestampFormats = {QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"), QStringLiteral("yyyy-MM-dd HH:mm:ss")};

QString first(const CsvRow& row, std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        if (row.has(QLatin1String(name)))
            return QLatin1String(name);
    }
    return QLatin1String(*names.begin());
}

class M365UsersFormat : public CsvFormat
{
    Q_DECLARE_TR_FUNCTIONS(M365UsersFormat)

public:
    QString id() const override { return QStringLiteral("m365-users"); }
    QString title() const override { return tr("Microsoft 365 admin center \"Export users\" CSV"); }
    SourceKind kind() const override { return SourceKind::Directory; }
    QString detectionRule() const override
    {
        return tr("CSV header with User principal name, Object Id and Block credential");
    }
    bool detect(const Sniff& sniff) const override
    {
        return hasAll(sniff, {"userprincipalname", "objectid", "blockcredential"});
    }

protected:
    bool readRow(const CsvRow& row, ImportSession& session) const override
    {
        ParseError error;
        IdentityRecord r;
        r.line = row.line();
        r.raw = row.text();
        if (!row.required(first(row, ObjectId), r.sourceKey, error) || !row.required(first(row, Upn), r.upn, error))
            return session.fail(error);
        r.externalIds.append(r.sourceKey);
        r.displayName = row.value("displayname");
        r.givenName = row.value(first(row, GivenName));
        r.surname = row.value(first(row, Surname));
        r.department = row.value("department");
        if (!readProxyAddresses(row, r, error))
            return session.fail(error);
        const QString home = guestHomeAddress(r.upn);
        if (!home.isEmpty() && !r.otherEmails.contains(home, Qt::CaseInsensitive))
            r.otherEmails.append(home);
        r.guest = r.upn.contains(QLatin1String("#EXT#"), Qt::CaseInsensitive);

        // "Block credential" True = sign-in blocked.
        std::optional<bool> blocked;
        if (!row.boolean(first(row, BlockCredential), blocked, error))
            return session.fail(error);
        r.status = blocked.value_or(false) ? IdentityStatus::Disabled : IdentityStatus::Active;
        // A user in the deleted-users list (a soft deletion time) is gone from the directory.
        std::optional<QDateTime> created;
        std::optional<QDateTime> deleted;
        if (!row.timestamp(first(row, Created), created, error, {}, TimestampFormats) ||
            !row.timestamp(first(row, SoftDeleted), deleted, error, {}, TimestampFormats))
            return session.fail(error);
        if (deleted) {
            r.status = IdentityStatus::Terminated;
            r.endDate = deleted->date();
        }
        return session.addIdentity(r);
    }

private:
    // "SMTP:jane@contoso.com+smtp:j.doe@contoso.com+SIP:jane@contoso.com": SMTP: is the primary
    // address, smtp: the aliases; other types (SIP, X500, SPO) are not e-mail.
    static bool readProxyAddresses(const CsvRow& row, IdentityRecord& r, ParseError& error)
    {
        static const QRegularExpression separator(QStringLiteral("[+;](?=[A-Za-z0-9]+:)"));
        static const QRegularExpression typed(QStringLiteral("^[A-Za-z0-9]+:\\S+$"));
        const QString value = row.value("proxyaddresses");
        if (value.isEmpty())
            return true;
        for (const QString& part : value.split(separator, Qt::SkipEmptyParts)) {
            const QString proxy = part.trimmed();
            if (!typed.match(proxy).hasMatch()) {
                error = row.fieldError("proxyaddresses",
                                       tr("addresses such as SMTP:jane@contoso.com+smtp:j.doe@contoso.com"));
                return false;
            }
            if (!proxy.startsWith(QLatin1String("smtp:"), Qt::CaseInsensitive))
                continue;
            const QString address = proxy.mid(5);
            if (proxy.startsWith(QLatin1String("SMTP:")) && r.email.isEmpty())
                r.email = address;
            else if (!r.otherEmails.contains(address, Qt::CaseInsensitive))
                r.otherEmails.append(address);
        }
        r.otherEmails.removeIf([&r](const QString& a) { return a.compare(r.email, Qt::CaseInsensitive) == 0; });
        return true;
    }
};

} // namespace

const Format* m365UsersFormat()
{
    static const M365UsersFormat format;
    return &format;
}

} // namespace Rollcall
