// SPDX-License-Identifier: GPL-3.0-or-later
// Active Directory (or any LDAP directory) as LDIF, RFC 2849: `ldapsearch -L/-LLL` output and `ldifde` exports.
// Person and user entries become identities; computers, contacts, groups and containers are counted and skipped.
#include "Format.h"
#include "formats/LdifReader.h"
#include "util/Clock.h"

#include <QIODevice>
#include <QUuid>

namespace Rollcall {

namespace {

constexpr qint64 AccountDisable = 0x2;
constexpr qint64 FiletimeNever = 9223372036854775807LL;    // 0x7FFFFFFFFFFFFFFF
constexpr qint64 FiletimeUnixEpoch = 116444736000000000LL; // 1970-01-01 in 100-ns ticks since 1601-01-01

// objectGUID bytes as GUID text: the first three groups are little-endian.
QString guidText(const QByteArray& b)
{
    const auto u = [&b](int i) { return uchar(b.at(i)); };
    const QUuid uuid(uint(u(0) | u(1) << 8 | u(2) << 16 | uint(u(3)) << 24), ushort(u(4) | u(5) << 8),
                     ushort(u(6) | u(7) << 8), u(8), u(9), u(10), u(11), u(12), u(13), u(14), u(15));
    return uuid.toString(QUuid::WithoutBraces);
}

// objectSid bytes as S-1-5-21-...; empty when they are not a SID.
QString sidText(const QByteArray& b)
{
    if (b.size() < 8 || b.size() != 8 + 4 * uchar(b.at(1)))
        return {};
    quint64 authority = 0;
    for (int i = 2; i < 8; ++i)
        authority = authority << 8 | uchar(b.at(i));
    QString sid = QStringLiteral("S-%1-%2").arg(uchar(b.at(0))).arg(authority);
    for (int i = 8; i < b.size(); i += 4) {
        const quint32 sub =
            uchar(b.at(i)) | uchar(b.at(i + 1)) << 8 | uchar(b.at(i + 2)) << 16 | quint32(uchar(b.at(i + 3))) << 24;
        sid += QLatin1Char('-') + QString::number(sub);
    }
    return sid;
}

class LdifActiveDirectoryFormat : public Format
{
    Q_DECLARE_TR_FUNCTIONS(LdifActiveDirectoryFormat)

public:
    QString id() const override { return QStringLiteral("ldif-active-directory"); }
    QString title() const override { return tr("Active Directory / LDAP LDIF (ldapsearch, ldifde)"); }
    SourceKind kind() const override { return SourceKind::Directory; }
    QString detectionRule() const override
    {
        return tr("text whose first line that is not a comment is 'dn:' or 'version: 1'");
    }
    bool detect(const Sniff& sniff) const override
    {
        if (sniff.json)
            return false;
        for (QStringView line : QStringView(sniff.headText).split(QLatin1Char('\n'))) {
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            // Blank lines, comments and their continuations come before the first record.
            if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(' ')))
                continue;
            if (line.startsWith(QLatin1String("dn:"), Qt::CaseInsensitive))
                return true;
            if (!line.startsWith(QLatin1String("version:"), Qt::CaseInsensitive))
                return false;
            return line.mid(8).trimmed() == QLatin1String("1");
        }
        return false;
    }

    bool read(QIODevice& device, ImportSession& session) const override
    {
        LdifReader reader(&device);
        reader.setMaxLength(session.limits.maxFieldLength);
        LdifRecord record;
        qint64 users = 0;
        qint64 entries = 0;
        qint64 computers = 0;
        qint64 empty = 0;
        qint64 changes = 0;
        qint64 urls = 0;
        while (reader.readRecord(record)) {
            if (session.cancelled())
                return false;
            if (session.header.isEmpty() && !reader.version().isEmpty())
                session.header = QStringLiteral("version: ") + reader.version();
            ++entries;
            if (record.attributes.isEmpty()) {
                ++empty; // a dn without attributes: a limited bind's view, not a deleted entry
                continue;
            }
            const QString changeType = record.value(u"changetype").toLower();
            if (!changeType.isEmpty() && changeType != QLatin1String("add")) {
                ++changes;
                continue;
            }
            for (const LdifAttribute& attribute : std::as_const(record.attributes))
                urls += attribute.url ? 1 : 0;
            const QStringList classes = record.values(u"objectClass");
            const QString sam = record.value(u"sAMAccountName");
            if (classes.contains(QLatin1String("computer"), Qt::CaseInsensitive) || sam.endsWith(QLatin1Char('$'))) {
                ++computers;
                continue;
            }
            if (!isPerson(record, classes))
                continue;
            IdentityRecord identity;
            if (!readEntry(record, identity, session))
                return false;
            if (!session.addIdentity(identity))
                return false;
            ++users;
        }
        session.encoding = reader.encoding();
        if (reader.error().isSet())
            return session.fail(reader.error());
        if (changes > 0) {
            session.warn(
                tr("%n change record(s) (changetype modify, delete or modrdn) were skipped", nullptr, int(changes)));
        }
        if (urls > 0) {
            session.warn(tr("%n value(s) given by URL (attr:< URL) were not read", nullptr, int(urls)));
        }
        if (users == 0) {
            QStringList seen;
            if (computers > 0)
                seen.append(tr("%n computer(s)", nullptr, int(computers)));
            if (empty > 0)
                seen.append(tr("%n without attributes", nullptr, int(empty)));
            if (changes > 0)
                seen.append(tr("%n change record(s)", nullptr, int(changes)));
            const qint64 other = entries - computers - empty - changes;
            if (other > 0)
                seen.append(tr("%n other object(s)", nullptr, int(other)));
            const QString summary =
                seen.isEmpty() ? QString() : QStringLiteral(" (") + seen.join(QLatin1String(", ")) + QLatin1Char(')');
            return session.fail({0, 0,
                                 tr("no user entries among %n record(s)%1; expected entries with objectClass user or "
                                    "person; nothing was imported",
                                    nullptr, int(entries))
                                     .arg(summary)});
        }
        return true;
    }

private:
    static bool isPerson(const LdifRecord& record, const QStringList& classes)
    {
        if (classes.isEmpty()) // an export of chosen attributes without objectClass
            return !record.value(u"sAMAccountName").isEmpty() || !record.value(u"userPrincipalName").isEmpty();
        if (classes.contains(QLatin1String("contact"), Qt::CaseInsensitive)) // mail contacts cannot sign in
            return false;
        for (const char* personClass : {"user", "person", "inetOrgPerson", "organizationalPerson"}) {
            if (classes.contains(QLatin1String(personClass), Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

    static ParseError attributeError(const LdifRecord& record, QStringView name, const QString& expected)
    {
        const LdifAttribute* attribute = record.first(name);
        const QString found = attribute ? QString::fromUtf8(attribute->value) : QString();
        return {attribute ? attribute->line : record.line, 0,
                tr("attribute '%1': expected %2, found \"%3\"")
                    .arg(attribute ? attribute->name : name.toString(), expected, found)};
    }

    // A FILETIME (100-ns ticks since 1601-01-01 UTC); 0 and 0x7FFFFFFFFFFFFFFF mean never.
    static bool filetime(const LdifRecord& record, QStringView name, std::optional<QDateTime>& out, ParseError& error)
    {
        out.reset();
        const QString v = record.value(name);
        if (v.isEmpty())
            return true;
        bool ok = false;
        const qint64 ticks = v.toLongLong(&ok);
        if (!ok || ticks < 0) {
            error = attributeError(record, name, tr("a FILETIME such as 132857681563051008, or 0 for never"));
            return false;
        }
        if (ticks == 0 || ticks == FiletimeNever)
            return true;
        out = QDateTime::fromMSecsSinceEpoch((ticks - FiletimeUnixEpoch) / 10000, Qt::UTC);
        return true;
    }

    static bool readEntry(const LdifRecord& e, IdentityRecord& r, ImportSession& session)
    {
        ParseError error;
        r.line = e.line;
        r.raw = e.text;
        if (const LdifAttribute* guid = e.first(u"objectGUID"); guid && !guid->url) {
            if (guid->value.size() != 16) {
                return session.fail({guid->line, 0,
                                     tr("attribute 'objectGUID': expected 16 bytes in base64, found %n byte(s)",
                                        nullptr, int(guid->value.size()))});
            }
            r.sourceKey = guidText(guid->value);
            r.externalIds.append(r.sourceKey);
        } else {
            r.sourceKey = e.dn;
        }
        if (const LdifAttribute* sid = e.first(u"objectSid"); sid && !sid->url) {
            const QString text = sidText(sid->value);
            if (!text.isEmpty())
                r.externalIds.append(text);
        }
        r.externalIds.append(e.dn); // the id LDAP-bound tools keep (GitLab extern_uid)
        r.upn = e.value(u"userPrincipalName");
        r.email = e.value(u"mail");
        // proxyAddresses: SMTP: is the primary address, smtp: the others.
        for (const QString& proxy : e.values(u"proxyAddresses")) {
            if (!proxy.startsWith(QLatin1String("smtp:"), Qt::CaseInsensitive))
                continue;
            const QString address = proxy.mid(5).trimmed();
            if (proxy.startsWith(QLatin1String("SMTP:")) && r.email.isEmpty())
                r.email = address;
            else if (address.compare(r.email, Qt::CaseInsensitive) != 0 &&
                     !r.otherEmails.contains(address, Qt::CaseInsensitive))
                r.otherEmails.append(address);
        }
        const QString sam = e.value(u"sAMAccountName");
        if (!sam.isEmpty())
            r.externalIds.append(sam);
        r.givenName = e.value(u"givenName");
        r.surname = e.value(u"sn");
        r.displayName = e.value(u"displayName");
        if (r.displayName.isEmpty())
            r.displayName = e.value(u"cn");
        r.department = e.value(u"department");
        r.manager = e.value(u"manager");
        r.employeeId = e.value(u"employeeID");
        if (r.employeeId.isEmpty())
            r.employeeId = e.value(u"employeeNumber");

        const QString uac = e.value(u"userAccountControl");
        if (!uac.isEmpty()) {
            bool ok = false;
            const qint64 flags = uac.toLongLong(&ok);
            if (!ok)
                return session.fail(attributeError(e, u"userAccountControl", tr("a whole number such as 66048")));
            if (flags & AccountDisable)
                r.status = IdentityStatus::Disabled;
        }
        // The last sign-in: lastLogonTimestamp is replicated but lags up to 14 days; lastLogon is
        // exact for the DC that answered. The later of the two.
        std::optional<QDateTime> replicated;
        std::optional<QDateTime> local;
        if (!filetime(e, u"lastLogonTimestamp", replicated, error) || !filetime(e, u"lastLogon", local, error))
            return session.fail(error);
        r.lastSignIn = replicated;
        if (local && (!r.lastSignIn || *local > *r.lastSignIn))
            r.lastSignIn = local;
        std::optional<QDateTime> expires;
        if (!filetime(e, u"accountExpires", expires, error))
            return session.fail(error);
        if (expires) {
            r.endDate = expires->date();
            if (*expires <= Clock::nowUtc() && r.status == IdentityStatus::Active)
                r.status = IdentityStatus::Disabled; // an expired account cannot sign in
        }
        return true;
    }
};

} // namespace

const Format* ldifActiveDirectoryFormat()
{
    static const LdifActiveDirectoryFormat format;
    return &format;
}

} // namespace Rollcall
