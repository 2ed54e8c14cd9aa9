// SPDX-License-Identifier: GPL-3.0-or-later
#include "Format.h"
#include "Importer.h"
#include "TempWorkspace.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Rollcall;

namespace {
const QByteArray AwsHeader =
    "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,"
    "mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_"
    "region,"
    "access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,"
    "access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,"
    "cert_2_last_rotated\n";

QByteArray awsRow(const QByteArray& user, const QByteArray& mfa = "false")
{
    return user + ",arn:aws:iam::123456789012:user/" + user +
           ",2024-01-01T00:00:00Z,true,2024-06-01T00:00:00Z,N/A,N/A," + mfa +
           ",false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n";
}

QVariantMap accountRow(TempWorkspace& ws, const QString& where)
{
    QSqlQuery q(ws.store().database());
    QVariantMap row;
    if (q.exec(QStringLiteral("SELECT login, email, display_name, privilege, mfa, disabled_in_tool, last_activity, "
                              "never_used, created, raw, line FROM account WHERE ") +
               where) &&
        q.next()) {
        for (int i = 0; i < 11; ++i)
            row.insert(q.record().fieldName(i), q.value(i));
    }
    return row;
}
} // namespace

class TestImporters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void awsSample2023()
    {
        const QString sample = sharedSample(QStringLiteral("aws/credential_report_2023_JakubDziegielewski.csv"));
        if (sample.isEmpty())
            QSKIP("../shared/data/samples is not here");
        TempWorkspace ws;
        const ImportResult r = ws.importFile(sample, SourceKind::Tool, QStringLiteral("aws"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.formatId, QStringLiteral("aws-iam-credential-report"));
        QCOMPARE(r.rows, qint64(5));
        const QVariantMap root = accountRow(ws, QStringLiteral("login = '<root_account>'"));
        QCOMPARE(root.value(QStringLiteral("privilege")).toString(), QStringLiteral("owner"));
        QCOMPARE(root.value(QStringLiteral("mfa")).toInt(), 0);
        QCOMPARE(root.value(QStringLiteral("last_activity")).toString(), QStringLiteral("2022-12-21T16:19:23Z"));
        // Activity only through an access key still counts.
        const QVariantMap keyOnly = accountRow(ws, QStringLiteral("login = 'cloudgoat'"));
        QCOMPARE(keyOnly.value(QStringLiteral("last_activity")).toString(), QStringLiteral("2022-12-21T18:30:00Z"));
        QCOMPARE(keyOnly.value(QStringLiteral("disabled_in_tool")).toInt(), 0);
        // no_information: the password was never used.
        const QVariantMap never = accountRow(ws, QStringLiteral("login = 'test_account'"));
        QCOMPARE(never.value(QStringLiteral("never_used")).toInt(), 1);
        QVERIFY(never.value(QStringLiteral("last_activity")).isNull());
        QVERIFY(never.value(QStringLiteral("raw")).toString().startsWith(QStringLiteral("test_account,arn:aws:iam::")));
        QCOMPARE(never.value(QStringLiteral("line")).toInt(), 5);
    }

    void awsSample2025()
    {
        const QString sample = sharedSample(QStringLiteral("aws/credential_report_2025_cfech.csv"));
        if (sample.isEmpty())
            QSKIP("../shared/data/samples is not here");
        TempWorkspace ws;
        const ImportResult r = ws.importFile(sample, SourceKind::Tool, QStringLiteral("aws"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rows, qint64(3));
        const QVariantMap root = accountRow(ws, QStringLiteral("login = '<root_account>'"));
        QCOMPARE(root.value(QStringLiteral("mfa")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("created")).toString(), QStringLiteral("2025-01-28T17:25:12Z"));
    }

    void atlassianSample()
    {
        const QString sample = sharedSample(QStringLiteral("atlassian/export-users_2024_okram999.csv"));
        if (sample.isEmpty())
            QSKIP("../shared/data/samples is not here");
        TempWorkspace ws;
        const ImportResult r = ws.importFile(sample, SourceKind::Tool, QStringLiteral("atlassian"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.formatId, QStringLiteral("atlassian-users"));
        QCOMPARE(r.rows, qint64(4));
        const QVariantMap admin = accountRow(ws, QStringLiteral("email = 'niris+cli1@amazon.com'"));
        QCOMPARE(admin.value(QStringLiteral("privilege")).toString(), QStringLiteral("admin"));
        QCOMPARE(admin.value(QStringLiteral("last_activity")).toString(), QStringLiteral("2024-09-25T00:00:00Z"));
        QCOMPARE(admin.value(QStringLiteral("created")).toString(), QStringLiteral("2024-08-28T00:00:00Z"));
        const QVariantMap never = accountRow(ws, QStringLiteral("email = 'niris@okram.onmicrosoft.com'"));
        QCOMPARE(never.value(QStringLiteral("never_used")).toInt(), 1);
        QCOMPARE(never.value(QStringLiteral("privilege")).toString(), QStringLiteral("member"));
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM snapshot WHERE encoding = 'UTF-8' AND header LIKE "
                                         "'User id,User name,email,%'")),
                 qint64(1));
    }

    void entraSample()
    {
        const QString sample =
            sharedSample(QStringLiteral("entra/entra_download_users_2021_ysecurity_transcribed.csv"));
        if (sample.isEmpty())
            QSKIP("../shared/data/samples is not here");
        TempWorkspace ws;
        const ImportResult r = ws.importFile(sample, SourceKind::Directory, QStringLiteral("directory"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.formatId, QStringLiteral("entra-users"));
        QCOMPARE(r.rows, qint64(2));
        QSqlQuery q(ws.store().database());
        QVERIFY(q.exec(QStringLiteral("SELECT guest, other_emails, status, display_name FROM identity WHERE "
                                      "source_key = '7cc0c81b-f2a2-489a-8243-eda96da4214d'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1); // #EXT# in the UPN
        QVERIFY(q.value(1).toString().split(QLatin1Char('\n')).contains(QStringLiteral("MSOBBYSec@outlook.com")));
        QCOMPARE(q.value(2).toString(), QStringLiteral("active"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("=1+3 MSOBB")); // kept verbatim, never evaluated
    }

    void entraDocumentedHeader()
    {
        TempWorkspace ws;
        const QString path = ws.writeFile(
            QStringLiteral("users.csv"),
            "\xEF\xBB\xBFuserPrincipalName,displayName,surname,mail,givenName,objectId,userType,jobTitle,department,"
            "accountEnabled\r\nleft@acme.example,Left Person,Person,left@acme.example,Left,0001,Member,,,False\r\n");
        const ImportResult r = ws.importFile(path, SourceKind::Directory, QStringLiteral("directory"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM identity WHERE source_key = '0001' AND status = "
                                         "'disabled'")),
                 qint64(1));
    }

    void sameFileTwiceIsANoOp()
    {
        TempWorkspace ws;
        const QString path = ws.writeFile(QStringLiteral("aws.csv"), AwsHeader + awsRow("jane"));
        QVERIFY(ws.importFile(path, SourceKind::Tool, QStringLiteral("aws")).ok);
        const ImportResult again = ws.importFile(path, SourceKind::Tool, QStringLiteral("aws"));
        QVERIFY(again.ok);
        QVERIFY(again.alreadyImported);
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM snapshot")), qint64(1));
        // The same file for another tool instance is another snapshot.
        QVERIFY(!ws.importFile(path, SourceKind::Tool, QStringLiteral("aws-2")).alreadyImported);
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM snapshot")), qint64(2));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("error"); // after "<path>"

        QTest::newRow("bad-boolean") << AwsHeader + awsRow("a") + awsRow("b", "maybe") << int(SourceKind::Tool)
                                     << ":3: field 'mfa_active': expected true or false, found \"maybe\"";
        QTest::newRow("bad-date") << AwsHeader + awsRow("a").replace("2024-06-01T00:00:00Z", "yesterday")
                                  << int(SourceKind::Tool)
                                  << ":2: field 'password_last_used': expected an ISO 8601 timestamp or \"N/A\" or "
                                     "\"no_information\" or \"not_supported\", found \"yesterday\"";
        QTest::newRow("bad-arn") << AwsHeader + QByteArray(awsRow("a")).replace("arn:aws:iam::123456789012:user/a", "x")
                                 << int(SourceKind::Tool)
                                 << ":2: field 'arn': expected an ARN such as arn:aws:iam::123456789012:user/name, "
                                    "found \"x\"";
        QTest::newRow("duplicate") << AwsHeader + awsRow("a") + awsRow("b") + awsRow("a") << int(SourceKind::Tool)
                                   << ":4: account 'arn:aws:iam::123456789012:user/a' appears again (first at line 2); "
                                      "expected one record per account";
        // Rows are stored on a second thread while the next are read: a repeated key found there is still the
        // error reported when reading stops later at a bad row, in the same batch or thousands of rows on.
        QTest::newRow("duplicate-then-bad")
            << AwsHeader + awsRow("a") + awsRow("a") + awsRow("b", "maybe") << int(SourceKind::Tool)
            << ":3: account 'arn:aws:iam::123456789012:user/a' appears again (first at line 2); "
               "expected one record per account";
        QByteArray many = AwsHeader + awsRow("a") + awsRow("a");
        for (int i = 0; i < 3000; ++i)
            many += awsRow(QByteArray("u") + QByteArray::number(i));
        QTest::newRow("duplicate-then-bad-later")
            << many + awsRow("z", "maybe") << int(SourceKind::Tool)
            << ":3: account 'arn:aws:iam::123456789012:user/a' appears again (first at line 2); "
               "expected one record per account";
        QTest::newRow("bad-after-batches")
            << many.replace(awsRow("a") + awsRow("a"), awsRow("a")) + awsRow("z", "maybe") << int(SourceKind::Tool)
            << ":3003: field 'mfa_active': expected true or false, found \"maybe\"";
        QTest::newRow("ragged") << AwsHeader + awsRow("a") + "b,arn:aws:iam::1:user/b\n"
                                << int(SourceKind::Tool) << ":3: expected 22 field(s) as in the header, found 2";
        QTest::newRow("empty-file") << QByteArray() << int(SourceKind::Tool)
                                    << ": the file is empty; expected a tool export";
        QTest::newRow("header-only") << AwsHeader << int(SourceKind::Tool)
                                     << ": the file holds no accounts or identities; nothing was imported";
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << int(SourceKind::Tool)
                                << ": this is a binary file; expected a tool export as CSV or JSON text";
        QTest::newRow("unknown") << QByteArray("name,colour\nx,blue\n") << int(SourceKind::Tool)
                                 << ":1: not a format Rollcall recognises (header: name, colour); `rollcall-cli "
                                    "formats` lists the formats and how each is recognised";
        QTest::newRow("wrong-kind") << AwsHeader + awsRow("a") << int(SourceKind::Directory)
                                    << ": this is AWS IAM credential report CSV (a tool export), not a directory "
                                       "export; import it with --tool NAME";
        QTest::newRow("entra-empty-id") << QByteArray(
                                               "userPrincipalName,displayName,id,accountEnabled\na@x.example,A,,True\n")
                                        << int(SourceKind::Directory) << ":2: field 'id' is empty; expected a value";
    }

    // A bad file names file, line and field, and leaves the workspace exactly as it was.
    void badInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, kind);
        QFETCH(QString, error);
        TempWorkspace ws;
        const QString good = ws.writeFile(QStringLiteral("good.csv"), AwsHeader + awsRow("keep"));
        QVERIFY(ws.importFile(good, SourceKind::Tool, QStringLiteral("aws")).ok);
        const QString path = ws.writeFile(QStringLiteral("bad.csv"), content);
        const ImportResult r = ws.importFile(path, SourceKind(kind), QStringLiteral("aws"));
        QVERIFY(!r.ok);
        QCOMPARE(r.error, path + error);
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM snapshot")), qint64(1));
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM account")), qint64(1));
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM identity")), qint64(0));
    }

    // A 50 MB cell, JSON value or LDIF line is an error with its place, never a 100 MB string.
    void hugeValues_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("error");
        const QByteArray huge(50 * 1024 * 1024, 'x');
        QTest::newRow("csv") << AwsHeader + "a,arn:aws:iam::1:user/a,\"" + huge + "\"\n"
                             << int(SourceKind::Tool)
                             << ":2: field 'user_creation_time' is longer than 1 MiB; expected an export with ordinary "
                                "cells";
        QTest::newRow("json")
            << "[{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"id\":\"1\","
               "\"userName\":\"" +
                   huge + "\"}]"
            << int(SourceKind::Directory)
            << ": $[0].userName: the value is longer than 1 MiB; expected an export with ordinary values";
        QTest::newRow("ldif") << "dn: CN=a,DC=x\nobjectClass: user\ndescription: " + huge + "\n"
                              << int(SourceKind::Directory)
                              << ":3: the line is longer than 1 MiB; expected an LDIF export of ordinary values";
    }

    void hugeValues()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, kind);
        QFETCH(QString, error);
        TempWorkspace ws;
        const QString path = ws.writeFile(QStringLiteral("huge.txt"), content);
        const ImportResult r = ws.importFile(path, SourceKind(kind), QStringLiteral("x"));
        QVERIFY(!r.ok);
        QCOMPARE(r.error, path + error);
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM snapshot")), qint64(0));
    }

    // rollcall.yaml `limits`, kept in the workspace, tighten what an import accepts; each refusal names
    // its limit and leaves no snapshot.
    void configuredLimits_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::newRow("rows") << AwsHeader + awsRow("a") + awsRow("b") + awsRow("c") + awsRow("d")
                              << ":5: more than 3 rows; the limit is limits.max_rows in rollcall.yaml";
        QTest::newRow("field") << AwsHeader + "a,arn:aws:iam::1:user/a,\"" + QByteArray(2048, 'x') + "\"\n"
                               << ":2: field 'user_creation_time' is longer than 1 KiB; expected an export with "
                                  "ordinary cells";
        QTest::newRow("file") << AwsHeader + awsRow("a") + QByteArray(2 * 1024 * 1024, '\n')
                              << ": the file is 2049 KiB, larger than the limit of 1 MiB (limits.max_file_size_mb in "
                                 "rollcall.yaml); nothing was imported";
    }

    void configuredLimits()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        TempWorkspace ws;
        QVERIFY(ws.store().saveRulesText(
            QStringLiteral("limits:\n  max_rows: 3\n  max_field_length_kb: 1\n  max_file_size_mb: 1\n"),
            QStringLiteral("rollcall.yaml")));
        const QString path = ws.writeFile(QStringLiteral("limited.csv"), content);
        const ImportResult r = ws.importFile(path, SourceKind::Tool, QStringLiteral("x"));
        QVERIFY(!r.ok);
        QCOMPARE(r.error, path + error);
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM snapshot")), qint64(0));
    }

    void cancelKeepsNothing()
    {
        TempWorkspace ws;
        QByteArray content = AwsHeader;
        for (int i = 0; i < 3000; ++i)
            content += awsRow("user" + QByteArray::number(i));
        const QString path = ws.writeFile(QStringLiteral("big.csv"), content);
        std::atomic_bool cancel = false;
        Importer importer(ws.store());
        importer.setCancelFlag(&cancel);
        int calls = 0;
        importer.setProgressCallback([&](qint64, qint64) {
            if (++calls == 1)
                cancel = true;
        });
        const ImportResult r = importer.run({path, SourceKind::Tool, QStringLiteral("aws"), {}});
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("cancelled")));
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM account")), qint64(0));
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM snapshot")), qint64(0));
    }

    void detectionNeverUsesTheFileName()
    {
        TempWorkspace ws;
        const QString path = ws.writeFile(QStringLiteral("entra-users.csv"), AwsHeader + awsRow("a"));
        const Detection d = Importer::detect(path, SourceKind::Tool);
        QVERIFY(d.format);
        QCOMPARE(d.format->id(), QStringLiteral("aws-iam-credential-report"));
    }

    void everyFormatIsListedOnce()
    {
        QStringList ids;
        for (const Format* f : FormatRegistry::all()) {
            QVERIFY(!ids.contains(f->id()));
            QVERIFY(!f->detectionRule().isEmpty());
            ids.append(f->id());
        }
        QVERIFY(ids.contains(QStringLiteral("entra-users")));
        QVERIFY(ids.contains(QStringLiteral("aws-iam-credential-report")));
        QVERIFY(ids.contains(QStringLiteral("atlassian-users")));
    }
};

QTEST_GUILESS_MAIN(TestImporters)
#include "TestImporters.moc"
