// SPDX-License-Identifier: GPL-3.0-or-later
// The tool exports in CSV: GitHub, GitLab, Atlassian (2021+ and legacy), Slack. Fixtures are in
// tests/data/<format-id>/, synthetic, with the quirks each format's notes in ../shared/data/formats/ describe.
#include "CsvReader.h"
#include "Format.h"
#include "Importer.h"
#include "TempWorkspace.h"

#include <QBuffer>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Rollcall;

namespace {

QString fixture(const char* relativePath)
{
    return QStringLiteral(ROLLCALL_TEST_DATA "/") + QString::fromUtf8(relativePath);
}

QByteArray fixtureBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Expected columns of one account row, as "column=value"; NULL for an SQL NULL.
QStringList fields(std::initializer_list<const char*> pairs)
{
    QStringList out;
    for (const char* pair : pairs)
        out.append(QString::fromUtf8(pair));
    return out;
}

// The sniff Importer::detect builds, so that every format of the registry can be asked.
Sniff sniffFile(const QString& path)
{
    Sniff sniff;
    sniff.head = fixtureBytes(path).left(64 * 1024);
    QBuffer buffer(&sniff.head);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    if (reader.readHeader()) {
        sniff.header = reader.header();
        sniff.normalisedHeader = reader.normalisedHeader();
    }
    sniff.headText = QString::fromUtf8(sniff.head);
    return sniff;
}

} // namespace

class TestToolCsvFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detection_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("formatId");
        QTest::addColumn<qint64>("rows"); // accounts after folding repeated rows

        QTest::newRow("github-org-members")
            << fixture("github-org-members/members.csv") << QStringLiteral("github-org-members") << qint64(4);
        QTest::newRow("github-org-members-humanised")
            << fixture("github-org-members/members-humanised.csv") << QStringLiteral("github-org-members") << qint64(2);
        QTest::newRow("github-license-humanised") << fixture("github-license-usage/license-humanised.csv")
                                                  << QStringLiteral("github-license-usage") << qint64(5);
        QTest::newRow("github-license-snake-case") << fixture("github-license-usage/license-snake-case.csv")
                                                   << QStringLiteral("github-license-usage") << qint64(2);
        QTest::newRow("github-license-data-residency") << fixture("github-license-usage/license-data-residency.csv")
                                                       << QStringLiteral("github-license-usage") << qint64(2);
        QTest::newRow("github-server-all-users")
            << fixture("github-server-users/all_users.csv") << QStringLiteral("github-server-users") << qint64(3);
        QTest::newRow("github-dormant-ghec") << fixture("github-server-users/dormant_users_ghec.csv")
                                             << QStringLiteral("github-server-users") << qint64(2);
        QTest::newRow("gitlab-permissions")
            << fixture("gitlab-permissions/permissions.csv") << QStringLiteral("gitlab-permissions") << qint64(5);
        QTest::newRow("gitlab-group-members")
            << fixture("gitlab-group-members/members.csv") << QStringLiteral("gitlab-group-members") << qint64(5);
        QTest::newRow("gitlab-group-members-access-expired")
            << fixture("gitlab-group-members/members-access-expired.csv") << QStringLiteral("gitlab-group-members")
            << qint64(1);
        QTest::newRow("atlassian-legacy") << fixture("atlassian-users-legacy/export-users.csv")
                                          << QStringLiteral("atlassian-users-legacy") << qint64(3);
        QTest::newRow("atlassian-legacy-2012") << fixture("atlassian-users-legacy/export-users-2012.csv")
                                               << QStringLiteral("atlassian-users-legacy") << qint64(1);
        QTest::newRow("atlassian-product-access")
            << fixture("atlassian-users/product-access.csv") << QStringLiteral("atlassian-users") << qint64(4);
        QTest::newRow("slack-10-columns")
            << fixture("slack-members/members.csv") << QStringLiteral("slack-members") << qint64(7);
        QTest::newRow("slack-9-columns") << fixture("slack-members/members-9-columns.csv")
                                         << QStringLiteral("slack-members") << qint64(2);
    }

    // The content decides, and exactly one format of the whole registry claims each file.
    void detection()
    {
        QFETCH(QString, path);
        QFETCH(QString, formatId);
        QFETCH(qint64, rows);
        const Detection d = Importer::detect(path, SourceKind::Tool);
        QVERIFY2(d.format, qPrintable(d.error));
        QCOMPARE(d.format->id(), formatId);

        const Sniff sniff = sniffFile(path);
        QStringList claimedBy;
        for (const Format* format : FormatRegistry::all()) {
            if (format->detect(sniff))
                claimedBy.append(format->id());
        }
        QCOMPARE(claimedBy, QStringList{formatId});

        // A tool export is refused as a directory export, with the reason.
        const Detection asDirectory = Importer::detect(path, SourceKind::Directory);
        QVERIFY(!asDirectory.format);
        QVERIFY2(asDirectory.error.contains(QStringLiteral("(a tool export), not a directory export")),
                 qPrintable(asDirectory.error));

        TempWorkspace ws;
        const ImportResult r = ws.importFile(path, SourceKind::Tool, QStringLiteral("tool"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.formatId, formatId);
        QCOMPARE(r.rows, rows);
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM account")), rows);
    }

    void accounts_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("accountKey");
        QTest::addColumn<QStringList>("expected");

        // GitHub organisation export (header unverified: aliases).
        const QString org = fixture("github-org-members/members.csv");
        QTest::newRow("org-owner") << org << QStringLiteral("octo-ada")
                                   << fields({"login=octo-ada", "display_name=Lindqvist, Ada", "privilege=owner",
                                              "tool_role=Owner", "mfa=1", "state=active",
                                              "last_activity=2026-11-20T09:15:00Z",
                                              "external_id=ada.lindqvist@larkspur.example",
                                              "other_emails=ada.lindqvist@larkspur.example", "line=2"});
        QTest::newRow("org-member-2fa-off")
            << org << QStringLiteral("octo-bruno")
            << fields({"privilege=member", "mfa=0", "other_emails=", "last_activity=2026-10-01T12:00:00Z"});
        QTest::newRow("org-outside-collaborator")
            << org << QStringLiteral("chen-contractco")
            << fields({"privilege=member", "state=guest", "tool_role=Outside collaborator",
                       "other_emails=chen@contractco.example\nwei.chen@contractco.example"});
        QTest::newRow("org-billing-never-active")
            << org << QStringLiteral("dana-billing")
            << fields({"privilege=billing", "never_used=1", "last_activity=NULL", "last_activity_raw=Never", "mfa=0"});
        const QString orgHumanised = fixture("github-org-members/members-humanised.csv");
        QTest::newRow("org-humanised-owner")
            << orgHumanised << QStringLiteral("octo-ada")
            << fields({"privilege=owner", "mfa=1", "last_activity=2026-11-20T09:15:00Z"});
        QTest::newRow("org-humanised-member") << orgHumanised << QStringLiteral("octo-hana")
                                              << fields({"privilege=member", "mfa=0", "last_activity=NULL",
                                                         "never_used=0", "other_emails=hana.sato@larkspur.example"});

        // GitHub Enterprise license usage report.
        const QString license = fixture("github-license-usage/license-humanised.csv");
        QTest::newRow("license-owner")
            << license << QStringLiteral("octo-ada")
            << fields({"login=octo-ada", "display_name=Lindqvist, Ada", "privilege=owner",
                       "tool_role=larkspur:Owner, larkspur-labs:Member; enterprise: Owner; license: Enterprise",
                       "mfa=1", "external_id=ada.lindqvist@larkspur.example",
                       "other_emails=ada.lindqvist@larkspur.example", "state=active", "email="});
        QTest::newRow("license-collaborator-only")
            << license << QStringLiteral("chen-contractco") << fields({"privilege=member", "state=guest", "mfa=0"});
        QTest::newRow("license-verified-emails")
            << license << QStringLiteral("octo-bruno")
            << fields({"privilege=member", "state=active", "mfa=0",
                       "other_emails=bruno.okafor@larkspur.example\nbruno@larkspurlabs.example"});
        QTest::newRow("license-pending-invite")
            << license << QStringLiteral("new-hire-2026") << fields({"privilege=none", "state=invited", "mfa=NULL"});
        QTest::newRow("license-server-only")
            << license << QStringLiteral("dana.kowalski@larkspur.example")
            << fields({"login=", "privilege=none", "other_emails=dana.kowalski@larkspur.example", "line=6"});
        const QString snake = fixture("github-license-usage/license-snake-case.csv");
        QTest::newRow("license-snake-owner")
            << snake << QStringLiteral("octo-ada")
            << fields({"privilege=owner", "tool_role=larkspur:Owner, larkspur-labs:Member; license: enterprise",
                       "mfa=NULL", "external_id=ada.lindqvist@larkspur.example"});
        QTest::newRow("license-snake-visual-studio")
            << snake << QStringLiteral("vs-eve") << fields({"privilege=member", "other_emails=eve@larkspur.example"});
        const QString residency = fixture("github-license-usage/license-data-residency.csv");
        QTest::newRow("license-data-residency")
            << residency << QStringLiteral("ada_larkspur")
            << fields({"privilege=owner", "mfa=1", "external_id=ada.lindqvist@larkspur.example"});
        QTest::newRow("license-data-residency-2fa-off")
            << residency << QStringLiteral("hana_larkspur") << fields({"privilege=member", "mfa=0"});

        // GitHub Enterprise Server site-admin report and the GHEC dormant users report.
        const QString server = fixture("github-server-users/all_users.csv");
        QTest::newRow("server-site-admin")
            << server << QStringLiteral("ghe-admin")
            << fields({"email=admin@larkspur.example", "privilege=admin", "tool_role=admin", "mfa=1", "state=active",
                       "created=2019-03-14T09:00:00Z", "last_activity=2026-11-26T08:00:00Z"});
        QTest::newRow("server-suspended-json-cell")
            << server << QStringLiteral("bruno-okafor")
            << fields({"privilege=member", "state=suspended", "disabled_in_tool=1", "mfa=0", "line=3",
                       "raw=2020-06-03T10:30:00Z,17,bruno-okafor,bruno.okafor@larkspur.example,user,true,10.0.0.9,12,0,"
                       "1,true,2025-01-15T16:45:00Z,\"{\"\"login\"\":\"\"Bruno.Okafor\"\",\"\"dn\"\":\"\"CN=Bruno "
                       "Okafor,OU=Users,DC=larkspur,DC=example\"\"}\",false"});
        QTest::newRow("server-ruby-timestamp")
            << server << QStringLiteral("svc-build") << fields({"created=2024-02-29T12:00:00Z", "last_activity=NULL"});
        const QString dormant = fixture("github-server-users/dormant_users_ghec.csv");
        QTest::newRow("dormant-ghec") << dormant << QStringLiteral("octo-fay")
                                      << fields({"privilege=member", "mfa=0",
                                                 "email=", "last_activity=2026-08-01T10:00:00Z"});

        // GitLab "Export permissions": one row per membership.
        const QString permissions = fixture("gitlab-permissions/permissions.csv");
        QTest::newRow("gitlab-permissions-owner")
            << permissions << QStringLiteral("ada")
            << fields({"login=ada", "email=ada.lindqvist@larkspur.example", "privilege=owner",
                       "tool_role=larkspur: Owner, larkspur/platform/api: Maintainer",
                       "last_activity=2026-11-20T00:00:00Z", "line=2",
                       "raw=ada,ada.lindqvist@larkspur.example,Group,larkspur,Owner,2026-11-20\n"
                       "ada,ada.lindqvist@larkspur.example,Project,larkspur/platform/api,Maintainer,2026-11-20"});
        QTest::newRow("gitlab-permissions-maintainer")
            << permissions << QStringLiteral("bruno")
            << fields({"privilege=admin", "tool_role=larkspur/platform: Developer, larkspur/website: Maintainer"});
        QTest::newRow("gitlab-permissions-guest")
            << permissions << QStringLiteral("chen")
            << fields({"privilege=read", "tool_role=larkspur/website: Guest", "last_activity=NULL", "mfa=NULL"});
        QTest::newRow("gitlab-permissions-reporter")
            << permissions << QStringLiteral("eve") << fields({"privilege=read", "email=eve+gitlab@larkspur.example"});
        QTest::newRow("gitlab-permissions-minimal")
            << permissions << QStringLiteral("fay") << fields({"privilege=none"});

        // GitLab group members export.
        const QString members = fixture("gitlab-group-members/members.csv");
        QTest::newRow("gitlab-members-owner")
            << members << QStringLiteral("ada")
            << fields({"display_name=Lindqvist, Ada", "privilege=owner", "created=2024-12-05T03:32:11Z",
                       "last_activity=2026-11-20T10:00:00Z", "state_expiry=NULL", "state=active"});
        QTest::newRow("gitlab-members-folded")
            << members << QStringLiteral("bruno")
            << fields({"privilege=admin", "tool_role=larkspur: Developer, larkspur/platform: Maintainer",
                       "created=2024-12-06T09:00:00Z", "state_expiry=NULL", "line=3"});
        QTest::newRow("gitlab-members-expiring")
            << members << QStringLiteral("chen")
            << fields({"privilege=read", "tool_role=larkspur/website: Guest, larkspur/docs: Reporter",
                       "state_expiry=2027-03-31"});
        QTest::newRow("gitlab-members-invitation")
            << members << QStringLiteral("new.hire@larkspur.example")
            << fields({"login=", "email=new.hire@larkspur.example", "privilege=member", "state=invited"});
        QTest::newRow("gitlab-members-custom-role")
            << members << QStringLiteral("fay") << fields({"privilege=member", "tool_role=larkspur: Security Auditor"});
        QTest::newRow("gitlab-members-access-expired")
            << fixture("gitlab-group-members/members-access-expired.csv") << QStringLiteral("chen")
            << fields({"state_expiry=2024-12-31", "created=2024-06-01T00:00:00Z", "last_activity=2024-10-10T00:00:00Z",
                       "privilege=read"});

        // Atlassian legacy export: one row per (group, user).
        const QString legacy = fixture("atlassian-users-legacy/export-users.csv");
        QTest::newRow("atlassian-legacy-site-admin")
            << legacy << QStringLiteral("ada")
            << fields({"login=ada", "display_name=Lindqvist, Ada", "email=ada.lindqvist@larkspur.example",
                       "privilege=admin", "tool_role=jira-software-users, site-admins, confluence-users",
                       "created=2017-07-13T00:00:00Z", "last_activity=2018-11-21T00:00:00Z",
                       "last_activity_raw=", "state=active", "line=2"});
        QTest::newRow("atlassian-legacy-deactivated")
            << legacy << QStringLiteral("bruno")
            << fields({"privilege=member", "state=deactivated", "disabled_in_tool=1",
                       "tool_role=confluence-users, jira-software-users", "last_activity=NULL",
                       "last_activity_raw=Not active in the last 180 days", "never_used=0"});
        QTest::newRow("atlassian-legacy-never")
            << legacy << QStringLiteral("chen")
            << fields({"privilege=member", "never_used=1", "last_activity_raw=Never logged in"});
        QTest::newRow("atlassian-legacy-2012")
            << fixture("atlassian-users-legacy/export-users-2012.csv") << QStringLiteral("hana")
            << fields({"privilege=admin", "tool_role=jira-administrators", "last_activity=2012-12-14T16:02:10Z",
                       "created=NULL"});

        // Atlassian 2021+ export with product access columns.
        const QString access = fixture("atlassian-users/product-access.csv");
        QTest::newRow("atlassian-product-admin")
            << access << QStringLiteral("712020:4f2a0c1e-0000-4000-8000-000000000001")
            << fields({"privilege=admin", "tool_role=Jira - larkspur: Product admin, Confluence - larkspur: User",
                       "last_activity=2026-11-26T00:00:00Z"});
        QTest::newRow("atlassian-product-user")
            << access << QStringLiteral("712020:4f2a0c1e-0000-4000-8000-000000000002")
            << fields({"privilege=member", "tool_role=Jira - larkspur: User"});
        QTest::newRow("atlassian-no-product") << access << QStringLiteral("712020:4f2a0c1e-0000-4000-8000-000000000003")
                                              << fields({"privilege=none", "tool_role=None", "never_used=1"});
        QTest::newRow("atlassian-org-admin") << access << QStringLiteral("712020:4f2a0c1e-0000-4000-8000-000000000004")
                                             << fields({"privilege=admin", "tool_role=Org Admin"});

        // Slack member list.
        const QString slack = fixture("slack-members/members.csv");
        QTest::newRow("slack-primary-owner")
            << slack << QStringLiteral("U01ADA0001")
            << fields({"login=ada", "email=ada.lindqvist@larkspur.example", "display_name=Lindqvist, Ada",
                       "privilege=owner", "tool_role=Primary Owner", "mfa=1", "state=active"});
        QTest::newRow("slack-admin-2fa-off")
            << slack << QStringLiteral("U01BRU0002") << fields({"privilege=admin", "mfa=0"});
        QTest::newRow("slack-sso") << slack << QStringLiteral("U01HAN0003") << fields({"privilege=member", "mfa=NULL"});
        QTest::newRow("slack-single-channel-guest")
            << slack << QStringLiteral("U01CHE0004")
            << fields({"privilege=member", "state=guest", "tool_role=Single-Channel Guest", "state_expiry=2027-01-15"});
        QTest::newRow("slack-deactivated") << slack << QStringLiteral("U01DAN0005")
                                           << fields({"privilege=none", "state=deactivated", "disabled_in_tool=1"});
        QTest::newRow("slack-bot") << slack << QStringLiteral("U01BOT0006")
                                   << fields({"email=", "tool_role=Bot", "state=active"});
        QTest::newRow("slack-multi-channel-guest")
            << slack << QStringLiteral("W01EVE0007")
            << fields({"state=guest", "state_expiry=2026-12-31", "display_name=Eve \"E\" Example", "mfa=1"});
        const QString slack9 = fixture("slack-members/members-9-columns.csv");
        QTest::newRow("slack-9-admin") << slack9 << QStringLiteral("U01MAR0001")
                                       << fields({"privilege=admin", "mfa=0", "state_expiry=NULL"});
        QTest::newRow("slack-9-owner-non-ascii")
            << slack9 << QStringLiteral("U01KIM0002")
            << fields({"privilege=owner", "login=김지수", "display_name=김지수, Platform", "mfa=1"});
    }

    void accounts()
    {
        QFETCH(QString, path);
        QFETCH(QString, accountKey);
        QFETCH(QStringList, expected);
        TempWorkspace ws;
        const ImportResult r = ws.importFile(path, SourceKind::Tool, QStringLiteral("tool"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QSqlQuery q(ws.store().database());
        q.prepare(QStringLiteral("SELECT * FROM account WHERE account_key = ?"));
        q.addBindValue(accountKey);
        QVERIFY(q.exec());
        QVERIFY2(q.next(), qPrintable(accountKey));
        for (const QString& pair : expected) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            const QString column = pair.left(eq);
            const int index = q.record().indexOf(column);
            QVERIFY2(index >= 0, qPrintable(column));
            const QVariant actual = q.value(index);
            const QString text = actual.isNull() ? QStringLiteral("NULL") : actual.toString();
            QVERIFY2(text == pair.mid(eq + 1),
                     qPrintable(QStringLiteral("%1: %2 is \"%3\"").arg(accountKey, column, text)));
        }
        QVERIFY(!q.next());
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("good");
        QTest::addColumn<QByteArray>("from"); // replaced in the good file; empty: `to` is appended
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("error"); // after "<path>"

        const QString org = fixture("github-org-members/members.csv");
        QTest::newRow("org-unknown-role") << org << QByteArray("Billing manager") << QByteArray("Superuser")
                                          << QStringLiteral(":5: field 'role': expected Owner, Member, Moderator, "
                                                            "Security manager, Billing manager or Outside "
                                                            "collaborator, found \"Superuser\"");
        QTest::newRow("org-bad-2fa") << org << QByteArray("Bruno Okafor,false") << QByteArray("Bruno Okafor,maybe")
                                     << QStringLiteral(":3: field '2fa_enabled': expected true, false, enabled or "
                                                       "disabled, found \"maybe\"");
        QTest::newRow("org-bad-date") << org << QByteArray("2026-10-01T12:00:00Z") << QByteArray("last tuesday")
                                      << QStringLiteral(
                                             ":3: field 'last_active': expected an ISO 8601 timestamp or yyyy-MM-dd "
                                             "HH:mm:ss UTC or \"Never\" or \"No activity\", "
                                             "found \"last tuesday\"");
        QTest::newRow("org-ragged") << org << QByteArray() << QByteArray("x,y\n")
                                    << QStringLiteral(":6: expected 7 field(s) as in the header, found 2");

        const QString license = fixture("github-license-usage/license-humanised.csv");
        QTest::newRow("license-unknown-role")
            << license << QByteArray("larkspur:Member,,") << QByteArray("larkspur:Janitor,,")
            << QStringLiteral(":4: field 'GitHub com member roles': expected a list such as org:Owner, org:Member, "
                              "org/repo:Collaborator (Owner, Member, Billing manager or Collaborator), found "
                              "\"larkspur:Janitor\"");
        QTest::newRow("license-bad-2fa") << license << QByteArray(",true,,platform")
                                         << QByteArray(",sometimes,,platform")
                                         << QStringLiteral(":2: field 'GitHub com two factor auth': expected true, "
                                                           "false, enabled or disabled, found \"sometimes\"");
        QTest::newRow("license-no-key") << license << QByteArray() << QByteArray(27, ',') + "\n"
                                        << QStringLiteral(":7: field 'GitHub com login' is empty; expected a login, or "
                                                          "an Enterprise Server or Visual Studio subscription e-mail");
        QTest::newRow("license-unterminated-quote")
            << license << QByteArray("\"bruno.okafor@larkspur.example, bruno@larkspurlabs.example\"")
            << QByteArray("\"bruno.okafor@larkspur.example, bruno@larkspurlabs.example")
            << QStringLiteral(":4:101: quoted field is never closed; expected a closing '\"'");

        const QString server = fixture("github-server-users/all_users.csv");
        QTest::newRow("server-unknown-role") << server << QByteArray(",admin,false,") << QByteArray(",root,false,")
                                             << QStringLiteral(":2: field 'role': expected admin or user (or, in the "
                                                               "dormant users report, owner, member or outside "
                                                               "collaborator), found \"root\"");
        QTest::newRow("server-bad-suspended")
            << server << QByteArray("user,true,10.0.0.9") << QByteArray("user,yes please,10.0.0.9")
            << QStringLiteral(":3: field 'suspended?': expected true or false, found \"yes please\"");
        QTest::newRow("server-duplicate")
            << server << QByteArray()
            << QByteArray("2019-03-14T09:00:00Z,4,ghe-admin,admin@larkspur.example,admin,false,10.0.0.5,3,1,2,false,"
                          "2026-11-26T08:00:00Z,{},true\n")
            << QStringLiteral(
                   ":5: account 'ghe-admin' appears again (first at line 2); expected one record per account");
        QTest::newRow("server-unterminated-json")
            << server << QByteArray("DC=example\"\"}\",false") << QByteArray("DC=example\"\"},false")
            << QStringLiteral(":3:120: quoted field is never closed; expected a closing '\"'");

        const QString permissions = fixture("gitlab-permissions/permissions.csv");
        QTest::newRow("gitlab-permissions-unknown-level")
            << permissions << QByteArray("Guest,") << QByteArray("Superuser,")
            << QStringLiteral(":6: field 'Access Level': expected Owner, Maintainer, Developer, Reporter, Planner, "
                              "Guest or Minimal Access, found \"Superuser\"");
        QTest::newRow("gitlab-permissions-no-username")
            << permissions << QByteArray("\neve,") << QByteArray("\n,")
            << QStringLiteral(":7: field 'Username' is empty; expected a value");
        QTest::newRow("gitlab-permissions-bad-date")
            << permissions << QByteArray("2026-09-30") << QByteArray("30/09/2026")
            << QStringLiteral(":7: field 'Last Activity': expected an ISO 8601 timestamp, found \"30/09/2026\"");
        QTest::newRow("gitlab-permissions-ragged")
            << permissions << QByteArray() << QByteArray("zed,z@x.example\n")
            << QStringLiteral(":9: expected 6 field(s) as in the header, found 2");

        const QString members = fixture("gitlab-group-members/members.csv");
        QTest::newRow("gitlab-members-unknown-role")
            << members << QByteArray("Security Auditor,custom") << QByteArray("Security Auditor,default")
            << QStringLiteral(":8: field 'Role': expected Owner, Maintainer, Developer, Reporter, Planner, Guest or "
                              "Minimal Access (or a custom role with Role type custom), found \"Security Auditor\"");
        QTest::newRow("gitlab-members-bad-status") << members << QByteArray("pending") << QByteArray("maybe")
                                                   << QStringLiteral(":7: field 'Membership status': expected "
                                                                     "approved or pending, found \"maybe\"");
        QTest::newRow("gitlab-members-bad-expiry")
            << members << QByteArray("2026-12-31T00:00:00Z") << QByteArray("soon")
            << QStringLiteral(":5: field 'Access expiration': expected an ISO 8601 timestamp, found \"soon\"");
        QTest::newRow("gitlab-members-no-key")
            << members << QByteArray(",,new.hire@larkspur.example,") << QByteArray(",,,")
            << QStringLiteral(":7: fields 'Username' and 'Email' are empty; expected a username or, for an "
                              "invitation, an e-mail");

        const QString legacy = fixture("atlassian-users-legacy/export-users.csv");
        QTest::newRow("atlassian-legacy-bad-active")
            << legacy << QByteArray("Yes,1 Oct 2018") << QByteArray("Maybe,1 Oct 2018")
            << QStringLiteral(":5: field 'active': expected true or false, found \"Maybe\"");
        QTest::newRow("atlassian-legacy-bad-date")
            << legacy << QByteArray("2 Feb 2016") << QByteArray("Feb 2nd")
            << QStringLiteral(":4: field 'created': expected an ISO 8601 timestamp or d MMM yyyy or d MMM yyyy "
                              "HH:mm:ss, found \"Feb 2nd\"");
        QTest::newRow("atlassian-legacy-ragged")
            << legacy << QByteArray() << QByteArray("site-admins,zed\r\n")
            << QStringLiteral(":8: expected 12 field(s) as in the header, found 2");

        const QString slack = fixture("slack-members/members.csv");
        QTest::newRow("slack-unknown-status")
            << slack << QByteArray("Admin,1,0,0") << QByteArray("Superhero,1,0,0")
            << QStringLiteral(":3: field 'status': expected Primary Owner, Owner, Admin, Member, Multi-Channel "
                              "Guest, Single-Channel Guest, Invited Member, Deactivated or Bot, found \"Superhero\"");
        QTest::newRow("slack-bad-2fa") << slack << QByteArray("Member,1,0,1") << QByteArray("Member,1,2,1")
                                       << QStringLiteral(":4: field 'has-2fa': expected true or false, found \"2\"");
        QTest::newRow("slack-bad-userid") << slack << QByteArray("U01BOT0006") << QByteArray("bot 6")
                                          << QStringLiteral(":7: field 'userid': expected a Slack member id such as "
                                                            "U0123ABCDE, found \"bot 6\"");
        QTest::newRow("slack-bad-expiry") << slack << QByteArray("1799971200") << QByteArray("next week")
                                          << QStringLiteral(":5: field 'expiration-timestamp': expected a Unix "
                                                            "timestamp in seconds or an ISO 8601 date, found \"next "
                                                            "week\"");
        QTest::newRow("slack-duplicate")
            << slack << QByteArray("W01EVE0007") << QByteArray("U01ADA0001")
            << QStringLiteral(
                   ":8: account 'U01ADA0001' appears again (first at line 2); expected one record per account");
        QTest::newRow("slack-unterminated-quote")
            << slack << QByteArray("Example\",eve") << QByteArray("Example,eve")
            << QStringLiteral(":8:65: quoted field is never closed; expected a closing '\"'");
    }

    // A bad file names file, line and field, and leaves the workspace exactly as it was.
    void badInput()
    {
        QFETCH(QString, good);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, error);
        TempWorkspace ws;
        const ImportResult first = ws.importFile(good, SourceKind::Tool, QStringLiteral("tool"));
        QVERIFY2(first.ok, qPrintable(first.error));
        const qint64 accounts = ws.count(QStringLiteral("SELECT count(*) FROM account"));

        QByteArray content = fixtureBytes(good);
        if (from.isEmpty()) {
            content += to;
        } else {
            QVERIFY2(content.contains(from), from.constData());
            content.replace(from, to);
        }
        const QString path = ws.writeFile(QStringLiteral("bad.csv"), content);
        const ImportResult r = ws.importFile(path, SourceKind::Tool, QStringLiteral("tool"));
        QVERIFY(!r.ok);
        QCOMPARE(r.error, path + error);
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM snapshot")), qint64(1));
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM account")), accounts);
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM identity")), qint64(0));
    }

    // Formats that fold rows keep their rows per import: the registry's instance holds nothing between imports.
    void foldingStartsCleanEachImport()
    {
        TempWorkspace ws;
        const QString path = fixture("gitlab-permissions/permissions.csv");
        QVERIFY(ws.importFile(path, SourceKind::Tool, QStringLiteral("gitlab-a")).ok);
        const ImportResult again = ws.importFile(path, SourceKind::Tool, QStringLiteral("gitlab-b"));
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.rows, qint64(5));
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM account WHERE tool = 'gitlab-b' AND account_key = "
                                         "'ada' AND tool_role = 'larkspur: Owner, larkspur/platform/api: Maintainer'")),
                 qint64(1));
    }

    // A formula-like cell on any of a user's rows flags that user's folded account, and only it.
    void foldedFormulaCells()
    {
        TempWorkspace ws;
        QByteArray content = fixtureBytes(fixture("gitlab-permissions/permissions.csv"));
        content.replace("larkspur/platform/api", "=HYPERLINK(\"x\")");
        const QString path = ws.writeFile(QStringLiteral("permissions.csv"), content);
        const ImportResult r = ws.importFile(path, SourceKind::Tool, QStringLiteral("gitlab"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM account WHERE formula_cells = 1")), qint64(1));
        QCOMPARE(ws.count(QStringLiteral("SELECT formula_cells FROM account WHERE account_key = 'ada'")), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestToolCsvFormats)
#include "TestToolCsvFormats.moc"
