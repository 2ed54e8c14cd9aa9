// SPDX-License-Identifier: GPL-3.0-or-later
// The directory formats of importers/formats/DirectoryFormats.cpp: Microsoft 365 "Export users",
// Google Workspace "Download users" and Active Directory LDIF (Entra ID is in TestImporters).
#include "Format.h"
#include "Importer.h"
#include "TempWorkspace.h"
#include "util/Clock.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Rollcall;

namespace {

const QString Directory = QStringLiteral("directory");

QString fixture(const QString& name)
{
    return QStringLiteral(ROLLCALL_TEST_DATA "/") + name;
}

QByteArray readFixture(const QString& name)
{
    QFile file(fixture(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// One identity by source key: every column a directory format fills.
QVariantMap identity(TempWorkspace& ws, const QString& sourceKey)
{
    QSqlQuery q(ws.store().database());
    q.prepare(QStringLiteral("SELECT email, upn, other_emails, display_name, given_name, surname, status, guest, "
                             "department, manager, end_date, employee_id, external_ids, last_sign_in, raw, line "
                             "FROM identity WHERE source_key = ?"));
    q.addBindValue(sourceKey);
    QVariantMap row;
    if (q.exec() && q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            row.insert(q.record().fieldName(i), q.value(i));
    }
    return row;
}

QString text(const QVariantMap& row, const char* column)
{
    return row.value(QLatin1String(column)).toString();
}

const QByteArray M365Header =
    "Block credential,City,Country/Region,Department,DirSyncEnabled,Display name,Fax,First name,Last dirsync time,"
    "Last name,Last password change time stamp,License assignment details,Licenses,Mobile Phone,Oath token meta "
    "data,Object Id,Office,Password never expires,Phone number,Postal code,Preferred data location,Preferred "
    "language,Proxy addresses,Release track,Soft deletion time stamp,State,Street address,Strong password "
    "required,Title,Usage location,User principal name,When created\n";

// A Microsoft 365 row with the values that matter; the others empty (32 fields).
QByteArray m365Row(const QByteArray& objectId, const QByteArray& block = "False", const QByteArray& proxy = {},
                   const QByteArray& created = "2022-03-18 19:49:35Z")
{
    return block + ",,,,,Jo Doe,,Jo,,Doe,,,Unlicensed,,," + objectId + ",,,,,,," + proxy +
           ",,,,,,,,jo.doe@fernhill.example," + created + "\n";
}

const QByteArray GoogleHeader =
    "First Name [Required],Last Name [Required],Email Address [Required],Password [Required],Password Hash Function "
    "[UPLOAD ONLY],Org Unit Path [Required],New Primary Email [UPLOAD ONLY],Status [READ ONLY],Last Sign In [READ "
    "ONLY],Recovery Email,Home Secondary Email,Work Secondary Email,Recovery Phone [MUST BE IN THE E.164 "
    "FORMAT],Work Phone,Home Phone,Mobile Phone,Work Address,Home Address,Employee ID,Employee Type,Employee "
    "Title,Manager Email,Department,Cost Center,2sv Enrolled [READ ONLY],2sv Enforced [READ ONLY],Building "
    "ID,Floor Name,Floor Section,Email Usage [READ ONLY],Drive Usage [READ ONLY],Total Storage [READ "
    "ONLY],Change Password at Next Sign-In,New Status [UPLOAD ONLY]\n";

// A Google Workspace row (34 fields).
QByteArray googleRow(const QByteArray& email, const QByteArray& status = "Active",
                     const QByteArray& lastSignIn = "2024/05/06 08:15:00", const QByteArray& twoStep = "True")
{
    return "Jo,Doe," + email + ",****,,/,," + status + "," + lastSignIn + ",,,,,,,,,,,,,,,," + twoStep + "," + twoStep +
           ",,,,0GB,0GB,Unlimited,False,\n";
}

const QByteArray LdifUser = "dn: CN=Jo Doe,CN=Users,DC=oakridge,DC=example\n"
                            "objectClass: user\n"
                            "objectGUID:: AAECAwQFBgcICQoLDA0ODw==\n"
                            "userAccountControl: 512\n"
                            "userPrincipalName: jo.doe@oakridge.example\n";

} // namespace

class TestDirectoryFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Clock::setFixed(QDateTime(QDate(2025, 1, 15), QTime(12, 0), Qt::UTC)); }
    void cleanup() { Clock::setFixed({}); }

    void m365Fixture()
    {
        TempWorkspace ws;
        const ImportResult r =
            ws.importFile(fixture(QStringLiteral("m365-users/export-users.csv")), SourceKind::Directory, Directory);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.formatId, QStringLiteral("m365-users"));
        QCOMPARE(r.rows, qint64(4));

        const QVariantMap ada = identity(ws, QStringLiteral("3f2b6c1e-0a4d-4b7e-9c51-6d2e8f1a0b11"));
        QCOMPARE(text(ada, "upn"), QStringLiteral("ada.quill@fernhill.example"));
        QCOMPARE(text(ada, "email"), QStringLiteral("ada.quill@fernhill.example"));        // SMTP: is the primary
        QCOMPARE(text(ada, "other_emails"), QStringLiteral("ada+lists@fernhill.example")); // '+' inside an address
        QCOMPARE(text(ada, "display_name"), QStringLiteral("Ada Quill"));
        QCOMPARE(text(ada, "given_name"), QStringLiteral("Ada"));
        QCOMPARE(text(ada, "surname"), QStringLiteral("Quill"));
        QCOMPARE(text(ada, "department"), QStringLiteral("Research"));
        QCOMPARE(text(ada, "status"), QStringLiteral("active"));
        QCOMPARE(text(ada, "external_ids"), QStringLiteral("3f2b6c1e-0a4d-4b7e-9c51-6d2e8f1a0b11"));
        QCOMPARE(ada.value(QStringLiteral("guest")).toInt(), 0);
        QCOMPARE(ada.value(QStringLiteral("line")).toInt(), 2);
        QVERIFY(text(ada, "raw").startsWith(QStringLiteral("False,,,Research,False,Ada Quill,")));

        // Block credential TRUE: sign-in blocked.
        const QVariantMap bram = identity(ws, QStringLiteral("8a1c2d3e-4f50-4617-8a9b-0c1d2e3f4a52"));
        QCOMPARE(text(bram, "status"), QStringLiteral("disabled"));
        QCOMPARE(text(bram, "email"), QString());

        const QVariantMap guest = identity(ws, QStringLiteral("c0ffee00-1111-4222-8333-444455556666"));
        QCOMPARE(guest.value(QStringLiteral("guest")).toInt(), 1);
        QCOMPARE(text(guest, "email"), QStringLiteral("cleo.marsh@partnerco.example"));
        QCOMPARE(text(guest, "status"), QStringLiteral("active"));

        // In the deleted-users list: gone from the directory.
        const QVariantMap deleted = identity(ws, QStringLiteral("d3d3d3d3-aaaa-4bbb-8ccc-dddddddddddd"));
        QCOMPARE(text(deleted, "status"), QStringLiteral("terminated"));
        QCOMPARE(text(deleted, "end_date"), QStringLiteral("2024-02-01"));
        QCOMPARE(text(deleted, "display_name"), QStringLiteral("Dev Ops, Former"));
    }

    void googleFixture()
    {
        TempWorkspace ws;
        const ImportResult r = ws.importFile(fixture(QStringLiteral("google-workspace-users/download-users.csv")),
                                             SourceKind::Directory, Directory);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.formatId, QStringLiteral("google-workspace-users"));
        QCOMPARE(r.rows, qint64(3));

        const QVariantMap dana = identity(ws, QStringLiteral("dana.reyes@quillon.example"));
        QCOMPARE(text(dana, "email"), QStringLiteral("dana.reyes@quillon.example"));
        QCOMPARE(text(dana, "display_name"), QStringLiteral("Dana Reyes"));
        QCOMPARE(text(dana, "given_name"), QStringLiteral("Dana"));
        QCOMPARE(text(dana, "surname"), QStringLiteral("Reyes"));
        QCOMPARE(text(dana, "status"), QStringLiteral("active"));
        QCOMPARE(text(dana, "last_sign_in"), QStringLiteral("2024-05-06T08:15:00Z"));
        QCOMPARE(text(dana, "employee_id"), QStringLiteral("E100"));
        QCOMPARE(text(dana, "manager"), QStringLiteral("lee.park@quillon.example"));
        QCOMPARE(text(dana, "department"), QStringLiteral("Finance"));
        // The work secondary address; the personal recovery address is not the person's work identity.
        QCOMPARE(text(dana, "other_emails"), QStringLiteral("d.reyes@quillon.example"));
        QCOMPARE(dana.value(QStringLiteral("line")).toInt(), 2);

        const QVariantMap lee = identity(ws, QStringLiteral("lee.park@quillon.example"));
        QCOMPARE(text(lee, "status"), QStringLiteral("disabled"));   // Suspended
        QVERIFY(lee.value(QStringLiteral("last_sign_in")).isNull()); // Never logged in

        const QVariantMap mo = identity(ws, QStringLiteral("mo.ibarra@quillon.example"));
        QCOMPARE(text(mo, "status"), QStringLiteral("terminated")); // Archived
        QCOMPARE(text(mo, "last_sign_in"), QStringLiteral("2023-12-31T23:59:59Z"));
    }

    void ldifFixture()
    {
        TempWorkspace ws;
        const ImportResult r = ws.importFile(fixture(QStringLiteral("ldif-active-directory/users.ldif")),
                                             SourceKind::Directory, Directory);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.formatId, QStringLiteral("ldif-active-directory"));
        // Nell, Zoë, Pax and Quinn; not the domain, OU, computer, contact, group, dn-only entry or trailers.
        QCOMPARE(r.rows, qint64(4));
        QVERIFY(r.warnings.isEmpty());

        const QVariantMap nell = identity(ws, QStringLiteral("5b8f2c3a-9d41-4e6f-8a7b-1c2d3e4f5a6b"));
        QCOMPARE(text(nell, "email"), QStringLiteral("nell.quarry@oakridge.example"));
        QCOMPARE(text(nell, "upn"), QStringLiteral("nell.quarry@oakridge.example"));
        QCOMPARE(text(nell, "other_emails"), QStringLiteral("nq@oakridge.example")); // smtp: proxy address
        QCOMPARE(text(nell, "display_name"), QStringLiteral("Nell Quarry"));
        QCOMPARE(text(nell, "given_name"), QStringLiteral("Nell"));
        QCOMPARE(text(nell, "surname"), QStringLiteral("Quarry"));
        QCOMPARE(text(nell, "department"), QStringLiteral("Research"));
        QCOMPARE(text(nell, "manager"), QStringLiteral("CN=Orla Finch,OU=Staff,DC=oakridge,DC=example")); // folded
        QCOMPARE(text(nell, "employee_id"), QStringLiteral("E-2001"));
        QCOMPARE(text(nell, "status"), QStringLiteral("active"));
        QCOMPARE(text(nell, "last_sign_in"), QStringLiteral("2024-06-01T10:00:00Z"));
        QVERIFY(nell.value(QStringLiteral("end_date")).isNull()); // accountExpires 0
        QCOMPARE(text(nell, "external_ids"),
                 QStringLiteral("5b8f2c3a-9d41-4e6f-8a7b-1c2d3e4f5a6b\nS-1-5-21-1111111111-2222222222-333333333-"
                                "1104\nCN=Nell Quarry,OU=Staff,DC=oakridge,DC=example\nnquarry"));
        QCOMPARE(nell.value(QStringLiteral("line")).toInt(), 24);
        QVERIFY(text(nell, "raw")
                    .startsWith(QStringLiteral("dn: CN=Nell Quarry,OU=Staff,DC=oakridge,DC=example\n"
                                               "objectClass: top\n")));
        QVERIFY(text(nell, "raw").contains(QStringLiteral("manager: CN=Orla Finch,OU=Sta\n ff,DC=oakridge")));

        // base64 (non-ASCII) values and dn; disabled (514); the later of lastLogon and lastLogonTimestamp.
        const QVariantMap zoe = identity(ws, QStringLiteral("0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"));
        QCOMPARE(text(zoe, "display_name"), QStringLiteral("Zoë Ångström"));
        QCOMPARE(text(zoe, "surname"), QStringLiteral("Ångström"));
        QCOMPARE(text(zoe, "status"), QStringLiteral("disabled"));
        QCOMPARE(text(zoe, "last_sign_in"), QStringLiteral("2023-11-20T17:06:40Z"));
        QVERIFY(text(zoe, "external_ids").contains(QStringLiteral("CN=Zoë Ångström,OU=Staff,DC=oakridge,DC=example")));
        QCOMPARE(zoe.value(QStringLiteral("line")).toInt(), 53);

        // changetype: add is content; an accountExpires in the past disables the account.
        const QVariantMap pax = identity(ws, QStringLiteral("11111111-2222-4333-8444-555555555555"));
        QCOMPARE(text(pax, "status"), QStringLiteral("disabled"));
        QCOMPARE(text(pax, "end_date"), QStringLiteral("2023-01-01"));
        QCOMPARE(text(pax, "employee_id"), QStringLiteral("7007")); // employeeNumber
        QVERIFY(pax.value(QStringLiteral("last_sign_in")).isNull());

        // Without objectGUID the dn is the key; without displayName the cn is the name.
        const QVariantMap quinn = identity(ws, QStringLiteral("uid=quinn,ou=People,DC=oakridge,DC=example"));
        QCOMPARE(text(quinn, "email"), QStringLiteral("quinn.rowe@oakridge.example"));
        QCOMPARE(text(quinn, "display_name"), QStringLiteral("Quinn Rowe"));
        QCOMPARE(text(quinn, "status"), QStringLiteral("active"));
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM snapshot WHERE encoding = 'UTF-8' AND header = "
                                         "'version: 1'")),
                 qint64(1));
    }

    void ldifUtf16()
    {
        // ldifde -u writes UTF-16LE with a BOM.
        TempWorkspace ws;
        const QString ldif = QString::fromUtf8(LdifUser);
        QByteArray bytes("\xFF\xFE", 2);
        for (const QChar c : ldif) {
            bytes.append(char(c.unicode() & 0xFF));
            bytes.append(char(c.unicode() >> 8));
        }
        const QString path = ws.writeFile(QStringLiteral("export.ldf"), bytes);
        const ImportResult r = ws.importFile(path, SourceKind::Directory, Directory);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.formatId, QStringLiteral("ldif-active-directory"));
        QCOMPARE(text(identity(ws, QStringLiteral("03020100-0504-0706-0809-0a0b0c0d0e0f")), "upn"),
                 QStringLiteral("jo.doe@oakridge.example"));
    }

    void ldifSampleDoomops()
    {
        const QString sample = sharedSample(QStringLiteral("ldif/ldapsearch_ad_lab_doomops.ldif"));
        if (sample.isEmpty())
            QSKIP("../shared/data/samples is not here");
        TempWorkspace ws;
        const ImportResult r = ws.importFile(sample, SourceKind::Directory, Directory);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.formatId, QStringLiteral("ldif-active-directory"));
        // Guest and seven users; not the domain root, the dn-only Administrator and krbtgt, or the trailers.
        QCOMPARE(r.rows, qint64(8));
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM identity WHERE status = 'active'")), qint64(2));

        const QVariantMap revenant = identity(ws, QStringLiteral("a5f21850-058f-4c93-9e70-7cc626567976"));
        QCOMPARE(text(revenant, "upn"), QStringLiteral("revenant@DOOMOPS.LOCAL"));
        QCOMPARE(text(revenant, "display_name"), QStringLiteral("Revenant"));
        QCOMPARE(text(revenant, "status"), QStringLiteral("active")); // 4260352: no pre-auth, not disabled
        QCOMPARE(text(revenant, "last_sign_in"), QStringLiteral("2022-01-04T11:09:16Z"));
        QVERIFY(revenant.value(QStringLiteral("end_date")).isNull()); // accountExpires 9223372036854775807
        QCOMPARE(revenant.value(QStringLiteral("line")).toInt(), 57);

        const QVariantMap guest = identity(ws, QStringLiteral("e72a2f27-cdd9-4ab2-bc7f-71b7a54379dc"));
        QCOMPARE(text(guest, "status"), QStringLiteral("disabled")); // 66082
        QVERIFY(text(guest, "external_ids").contains(QStringLiteral("S-1-5-21-1663250433-20091270-1145847307-501")));
        QVERIFY(guest.value(QStringLiteral("last_sign_in")).isNull()); // lastLogon 0, no lastLogonTimestamp

        const QVariantMap cacodemon = identity(ws, QStringLiteral("71f5ff22-09b1-49d9-9d93-53a2df5ec9ec"));
        QCOMPARE(text(cacodemon, "status"), QStringLiteral("disabled")); // 66050
    }

    // A domain root and a domain controller's computer account: nothing to import, and it says why.
    void ldifSampleMegabank()
    {
        const QString sample = sharedSample(QStringLiteral("ldif/ldapsearch_LLL_ad_lab_megabank_folded.ldif"));
        if (sample.isEmpty())
            QSKIP("../shared/data/samples is not here");
        TempWorkspace ws;
        const Detection d = Importer::detect(sample, SourceKind::Directory);
        QVERIFY(d.format);
        QCOMPARE(d.format->id(), QStringLiteral("ldif-active-directory"));
        const ImportResult r = ws.importFile(sample, SourceKind::Directory, Directory);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, sample + QStringLiteral(": no user entries among 2 record(s) (1 computer(s), 1 other "
                                                  "object(s)); expected entries with objectClass user or person; "
                                                  "nothing was imported"));
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM snapshot")), qint64(0));
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM identity")), qint64(0));
    }

    void ldifChangeRecordsAreSkipped()
    {
        TempWorkspace ws;
        const QString path =
            ws.writeFile(QStringLiteral("changes.ldif"), LdifUser + "\n"
                                                                    "dn: CN=Old,CN=Users,DC=oakridge,DC=example\n"
                                                                    "changetype: modify\n"
                                                                    "replace: description\n"
                                                                    "description: left\n"
                                                                    "-\n"
                                                                    "add: info\n"
                                                                    "info: x\n"
                                                                    "-\n");
        const ImportResult r = ws.importFile(path, SourceKind::Directory, Directory);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rows, qint64(1));
        QCOMPARE(r.warnings,
                 QStringList{QStringLiteral("1 change record(s) (changetype modify, delete or modrdn) were skipped")});
    }

    void detection_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("format");

        QTest::newRow("m365") << readFixture(QStringLiteral("m365-users/export-users.csv"))
                              << QStringLiteral("m365-users");
        QTest::newRow("m365-powershell-names")
            << QByteArray("UserPrincipalName,DisplayName,ObjectId,BlockCredential\njo@x.example,Jo,1,False\n")
            << QStringLiteral("m365-users");
        // Entra stays Entra: its header has userPrincipalName and objectId too, but accountEnabled.
        QTest::newRow("entra") << QByteArray("userPrincipalName,displayName,objectId,accountEnabled\n"
                                             "jo@x.example,Jo,1,True\n")
                               << QStringLiteral("entra-users");
        QTest::newRow("google") << readFixture(QStringLiteral("google-workspace-users/download-users.csv"))
                                << QStringLiteral("google-workspace-users");
        QTest::newRow("google-reordered") << QByteArray("Status [READ ONLY],Email Address [Required],Last Sign In "
                                                        "[READ ONLY],Org Unit Path [Required]\nActive,a@x.example,"
                                                        "Never logged in,/\n")
                                          << QStringLiteral("google-workspace-users");
        QTest::newRow("ldif-version") << readFixture(QStringLiteral("ldif-active-directory/users.ldif"))
                                      << QStringLiteral("ldif-active-directory");
        QTest::newRow("ldif-lll") << LdifUser << QStringLiteral("ldif-active-directory");
        QTest::newRow("ldif-folded-comment")
            << "# a comment that ldapsearch\n folded\n\n" + LdifUser << QStringLiteral("ldif-active-directory");
        QTest::newRow("ldifde") << QByteArray("\r\ndn: CN=Jo,DC=x,DC=example\r\nchangetype: add\r\nobjectClass: "
                                              "user\r\n")
                                << QStringLiteral("ldif-active-directory");
        QTest::newRow("not-ldif-version") << QByteArray("version: 2\n\n") + LdifUser << QString();
        QTest::newRow("not-ldif-text") << QByteArray("objectClass: user\ndn: CN=Jo,DC=x\n") << QString();
    }

    void detection()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, format);
        TempWorkspace ws;
        const QString path = ws.writeFile(QStringLiteral("export.dat"), content);
        const Detection d = Importer::detect(path, SourceKind::Directory);
        QCOMPARE(d.format ? d.format->id() : QString(), format);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error"); // after "<path>"

        QTest::newRow("m365-ragged") << M365Header + m365Row("1") + "False,,,\n"
                                     << ":3: expected 32 field(s) as in the header, found 4";
        QTest::newRow("m365-block-credential")
            << M365Header + m365Row("1", "Maybe")
            << ":2: field 'Block credential': expected true or false, found \"Maybe\"";
        QTest::newRow("m365-proxy-addresses")
            << M365Header + m365Row("1", "False", "jo.doe@fernhill.example")
            << ":2: field 'Proxy addresses': expected addresses such as SMTP:jane@contoso.com+smtp:j.doe@contoso.com, "
               "found \"jo.doe@fernhill.example\"";
        QTest::newRow("m365-when-created")
            << M365Header + m365Row("1", "False", {}, "yesterday")
            << ":2: field 'When created': expected an ISO 8601 timestamp or yyyy-MM-dd HH:mm:ss'Z' or yyyy-MM-dd "
               "HH:mm:ss, found \"yesterday\"";
        QTest::newRow("m365-empty-object-id")
            << M365Header + m365Row("") << ":2: field 'Object Id' is empty; expected a value";
        QTest::newRow("m365-duplicate") << M365Header + m365Row("1") + m365Row("1")
                                        << ":3: identity '1' appears again (first at line 2); expected one record "
                                           "per identity";
        // Repeats are found once the rows are in; one earlier than the error that stopped the reading still wins.
        QTest::newRow("m365-duplicate-then-ragged")
            << M365Header + m365Row("1") + m365Row("2") + m365Row("1") + "False,,,\n"
            << ":4: identity '1' appears again (first at line 2); expected one record per identity";
        QTest::newRow("m365-ragged-then-duplicate") << M365Header + m365Row("1") + "False,,,\n" + m365Row("1")
                                                    << ":3: expected 32 field(s) as in the header, found 4";
        QTest::newRow("google-unterminated-quote")
            << GoogleHeader + googleRow("a@quillon.example") + "\"Jo,Doe,b@quillon.example\n"
            << ":3:1: quoted field is never closed; expected a closing '\"'";
        QTest::newRow("google-status") << GoogleHeader + googleRow("a@quillon.example", "Deleted")
                                       << ":2: field 'Status [READ ONLY]': expected Active, Suspended or Archived, "
                                          "found \"Deleted\"";
        QTest::newRow("google-last-sign-in")
            << GoogleHeader + googleRow("a@quillon.example", "Active", "last week")
            << ":2: field 'Last Sign In [READ ONLY]': expected an ISO 8601 timestamp or yyyy/MM/dd HH:mm:ss or "
               "yyyy/MM/dd H:mm:ss or \"Never logged in\", found \"last week\"";
        QTest::newRow("google-2sv") << GoogleHeader + googleRow("a@quillon.example", "Active", "Never logged in", "On")
                                    << ":2: field '2sv Enrolled [READ ONLY]': expected true or false, found \"On\"";
        QTest::newRow("ldif-invalid-base64") << QByteArray(LdifUser).replace("AAECAwQFBgcICQoLDA0ODw==", "AAEC!wQF")
                                             << ":3: attribute 'objectGUID': invalid base64";
        QTest::newRow("ldif-invalid-base64-folded")
            << QByteArray("version: 1\n\ndn: CN=Jo,DC=x,DC=example\nobjectClass: user\ncn:: Sm9\n Z=E\n")
            << ":5: attribute 'cn': invalid base64";
        QTest::newRow("ldif-guid-size") << QByteArray(LdifUser).replace("AAECAwQFBgcICQoLDA0ODw==", "AAECAw==")
                                        << ":3: attribute 'objectGUID': expected 16 bytes in base64, found 4 byte(s)";
        QTest::newRow("ldif-user-account-control")
            << QByteArray(LdifUser).replace("userAccountControl: 512", "userAccountControl: enabled")
            << ":4: attribute 'userAccountControl': expected a whole number such as 66048, found \"enabled\"";
        QTest::newRow("ldif-filetime") << LdifUser + "lastLogonTimestamp: 2024-01-01\n"
                                       << ":6: attribute 'lastLogonTimestamp': expected a FILETIME such as "
                                          "132857681563051008, or 0 for never, found \"2024-01-01\"";
        QTest::newRow("ldif-no-colon") << LdifUser + "this is not an attribute\n"
                                       << ":6: expected 'attribute: value', found \"this is not an attribute\"";
        QTest::newRow("ldif-orphan-continuation") << LdifUser + "\n folded onto nothing\n"
                                                  << ":7: a continued line (one starting with a space) follows no "
                                                     "line";
        QTest::newRow("ldif-two-dns") << LdifUser + "dn: CN=Other,DC=x\n"
                                      << ":6: a second dn in one record; expected a blank line between records";
        QTest::newRow("ldif-duplicate") << LdifUser + "\n" + LdifUser
                                        << ":7: identity '03020100-0504-0706-0809-0a0b0c0d0e0f' appears again (first "
                                           "at line 1); expected one record per identity";
        QTest::newRow("ldif-no-users") << QByteArray("version: 1\n\ndn: DC=x,DC=example\nobjectClass: domain\n\n"
                                                     "dn: CN=Users,DC=x,DC=example\n")
                                       << ": no user entries among 2 record(s) (1 without attributes, 1 other "
                                          "object(s)); expected entries with objectClass user or person; nothing "
                                          "was imported";
        QTest::newRow("unknown-header") << QByteArray("Name,Mailbox,Enabled\nJo,jo@x.example,yes\n")
                                        << ":1: not a format Rollcall recognises (header: Name, Mailbox, Enabled); "
                                           "`rollcall-cli formats` lists the formats and how each is recognised";
    }

    // A bad file names file, line and what was expected, and leaves the workspace as it was.
    void badInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        TempWorkspace ws;
        QVERIFY(ws.importFile(fixture(QStringLiteral("google-workspace-users/download-users.csv")),
                              SourceKind::Directory, Directory)
                    .ok);
        const QString path = ws.writeFile(QStringLiteral("bad-export"), content);
        const ImportResult r = ws.importFile(path, SourceKind::Directory, Directory);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, path + error);
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM snapshot")), qint64(1));
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM identity")), qint64(3));
    }
};

QTEST_GUILESS_MAIN(TestDirectoryFormats)
#include "TestDirectoryFormats.moc"
