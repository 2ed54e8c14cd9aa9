// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON formats of importers/formats/JsonFormats.cpp: Okta, SCIM, GitHub, GitLab, GCP IAM, Jenkins.
#include "Format.h"
#include "Importer.h"
#include "TempWorkspace.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Rollcall;

namespace {

QString fixture(const QString& relative)
{
    return QStringLiteral(ROLLCALL_TEST_DATA "/") + relative;
}

// One row of `table` as column -> value; empty when no row matches.
QVariantMap row(TempWorkspace& ws, const QString& table, const QString& where)
{
    QSqlQuery q(ws.store().database());
    QVariantMap values;
    if (q.exec(QStringLiteral("SELECT * FROM %1 WHERE %2").arg(table, where)) && q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            values.insert(q.record().fieldName(i), q.value(i));
    }
    return values;
}

QVariantMap account(TempWorkspace& ws, const QString& key)
{
    return row(ws, QStringLiteral("account"), QStringLiteral("account_key = '%1'").arg(key));
}

QVariantMap identity(TempWorkspace& ws, const QString& key)
{
    return row(ws, QStringLiteral("identity"), QStringLiteral("source_key = '%1'").arg(key));
}

ImportResult importAs(TempWorkspace& ws, const QString& path, SourceKind kind, const QString& formatId)
{
    Importer importer(ws.store());
    return importer.run(
        {path, kind, kind == SourceKind::Directory ? QStringLiteral("directory") : QStringLiteral("tool"), formatId});
}

QString text(const QVariantMap& values, const char* column)
{
    return values.value(QLatin1String(column)).toString();
}

const QByteArray OktaUser = R"({"id":"00u1","status":"ACTIVE","profile":{"login":"a@x.example"}})";
const QByteArray ScimUser =
    R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"s1","userName":"a@x.example"})";
const QByteArray GithubMember = R"({"login":"octo","id":1,"node_id":"MDQ6","type":"User","site_admin":false})";
const QByteArray GitlabUser = R"({"id":1,"username":"ann","name":"Ann","state":"active","web_url":"https://g/ann"})";
const QByteArray JenkinsUser = R"({"lastChange":null,"user":{"absoluteUrl":"https://ci/user/ann","fullName":"Ann"}})";

QByteArray list(const QByteArray& first, const QByteArray& second = {})
{
    return "[" + first + (second.isEmpty() ? QByteArray() : ",\n" + second) + "]";
}

QByteArray scimList(const QByteArray& first, const QByteArray& second = {})
{
    return R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"Resources":)" + list(first, second) +
           "}";
}

QByteArray policy(const QByteArray& bindings)
{
    return R"({"bindings":)" + bindings + R"(,"etag":"BwWWja0YfJA=","version":1})";
}

QByteArray people(const QByteArray& first, const QByteArray& second = {})
{
    return R"({"_class":"hudson.model.View$AsynchPeople$People","users":)" + list(first, second) + "}";
}

} // namespace

// moc reads "//" inside a raw string literal as a comment: URLs in the JSON below are written with \/.
class TestJsonFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every fixture imports whole, is recognised as its format, and is refused as the other kind.
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("formatId");
        QTest::addColumn<qint64>("rows");

        QTest::newRow("okta") << "okta-users-api/users.json" << int(SourceKind::Directory) << "okta-users-api"
                              << qint64(5);
        QTest::newRow("scim") << "scim-users/list-response.json" << int(SourceKind::Directory) << "scim-users"
                              << qint64(4);
        QTest::newRow("github") << "github-members-api/members.json" << int(SourceKind::Tool) << "github-members-api"
                                << qint64(3);
        QTest::newRow("gitlab") << "gitlab-users-api/users.json" << int(SourceKind::Tool) << "gitlab-users-api"
                                << qint64(7);
        QTest::newRow("gcp") << "gcp-iam-policy/policy.json" << int(SourceKind::Tool) << "gcp-iam-policy" << qint64(9);
        QTest::newRow("jenkins") << "jenkins-people/people.json" << int(SourceKind::Tool) << "jenkins-people"
                                 << qint64(4);
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(int, kind);
        QFETCH(QString, formatId);
        QFETCH(qint64, rows);
        const QString path = fixture(file);
        const Detection detection = Importer::detect(path, SourceKind(kind));
        QVERIFY2(detection.format, qPrintable(detection.error));
        QCOMPARE(detection.format->id(), formatId);
        const SourceKind other = SourceKind(kind) == SourceKind::Tool ? SourceKind::Directory : SourceKind::Tool;
        const Detection wrongKind = Importer::detect(path, other);
        QVERIFY(!wrongKind.format);
        QVERIFY(wrongKind.otherKind);
        QCOMPARE(wrongKind.otherKind->id(), formatId);

        TempWorkspace ws;
        const ImportResult r = ws.importFile(path, SourceKind(kind), QStringLiteral("tool"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.formatId, formatId);
        QCOMPARE(r.rows, rows);
        QCOMPARE(r.warnings, QStringList());
        // JSON records carry no line; the raw record is the object itself.
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM account WHERE line <> 0 OR raw NOT LIKE '{%}'")) +
                     ws.count(QStringLiteral("SELECT count(*) FROM identity WHERE line <> 0 OR raw NOT LIKE '{%}'")),
                 qint64(0));
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM snapshot WHERE encoding = 'UTF-8'")), qint64(1));
    }

    void okta()
    {
        TempWorkspace ws;
        const ImportResult r = ws.importFile(fixture(QStringLiteral("okta-users-api/users.json")),
                                             SourceKind::Directory, QStringLiteral("directory"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QVariantMap ada = identity(ws, QStringLiteral("00u1active0000000001"));
        QCOMPARE(text(ada, "email"), QStringLiteral("ada.quill@fernwood.example"));
        QCOMPARE(text(ada, "upn"), QStringLiteral("ada.quill@fernwood.example"));
        QCOMPARE(text(ada, "other_emails"), QStringLiteral("ada.quill@home.example"));
        QCOMPARE(text(ada, "display_name"), QStringLiteral("Ada Quill"));
        QCOMPARE(text(ada, "given_name"), QStringLiteral("Ada"));
        QCOMPARE(text(ada, "surname"), QStringLiteral("Quill"));
        QCOMPARE(text(ada, "status"), QStringLiteral("active"));
        QCOMPARE(text(ada, "department"), QStringLiteral("Platform"));
        QCOMPARE(text(ada, "manager"), QStringLiteral("Boris Lint"));
        QCOMPARE(text(ada, "employee_id"), QStringLiteral("E1001"));
        QCOMPARE(text(ada, "external_ids"), QStringLiteral("00u1active0000000001"));
        QCOMPARE(text(ada, "last_sign_in"), QStringLiteral("2024-05-04T19:50:52Z"));
        QCOMPARE(ada.value(QStringLiteral("guest")).toInt(), 0);
        QVERIFY(text(ada, "raw").contains(QLatin1String("\"ACTIVE_DIRECTORY\"")));

        const QVariantMap suspended = identity(ws, QStringLiteral("00u1suspended0000002"));
        QCOMPARE(text(suspended, "status"), QStringLiteral("disabled"));
        QCOMPARE(text(suspended, "manager"), QStringLiteral("00u1manager000000001")); // managerId when no manager
        QCOMPARE(text(suspended, "other_emails"), QString());                         // secondEmail null

        const QVariantMap gone = identity(ws, QStringLiteral("00u1deprov0000000003"));
        QCOMPARE(text(gone, "status"), QStringLiteral("terminated"));
        QCOMPARE(text(gone, "upn"), QStringLiteral("dvale"));
        QCOMPARE(text(gone, "display_name"), QStringLiteral("Dora V."));
        QCOMPARE(gone.value(QStringLiteral("guest")).toInt(), 1);
        QVERIFY(gone.value(QStringLiteral("last_sign_in")).isNull());

        // A staged user with nothing but a login.
        const QVariantMap staged = identity(ws, QStringLiteral("00u1staged0000000004"));
        QCOMPARE(text(staged, "status"), QStringLiteral("active"));
        QCOMPARE(text(staged, "email"), QString());
        QCOMPARE(text(staged, "display_name"), QString());
        QCOMPARE(text(identity(ws, QStringLiteral("00u1locked0000000005")), "status"), QStringLiteral("active"));
    }

    void scim()
    {
        TempWorkspace ws;
        const ImportResult r = ws.importFile(fixture(QStringLiteral("scim-users/list-response.json")),
                                             SourceKind::Directory, QStringLiteral("directory"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QVariantMap hana = identity(ws, QStringLiteral("a1f0c2d4-0001-4000-8000-000000000001"));
        QCOMPARE(text(hana, "upn"), QStringLiteral("hana.birch@larchmont.example"));
        QCOMPARE(text(hana, "email"), QStringLiteral("hana.birch@larchmont.example")); // the primary one
        QCOMPARE(text(hana, "other_emails"), QStringLiteral("hana@personal.example"));
        QCOMPARE(text(hana, "display_name"), QStringLiteral("Hana Birch"));
        QCOMPARE(text(hana, "given_name"), QStringLiteral("Hana"));
        QCOMPARE(text(hana, "surname"), QStringLiteral("Birch"));
        QCOMPARE(text(hana, "status"), QStringLiteral("active"));
        QCOMPARE(text(hana, "employee_id"), QStringLiteral("2001"));
        QCOMPARE(text(hana, "department"), QStringLiteral("Finance"));
        QCOMPARE(text(hana, "manager"), QStringLiteral("Ivo Reed"));
        QCOMPARE(text(hana, "external_ids"), QStringLiteral("E2001"));

        // "active": "False" as a string (Entra), and the manager as a bare id.
        const QVariantMap jonas = identity(ws, QStringLiteral("a1f0c2d4-0001-4000-8000-000000000002"));
        QCOMPARE(text(jonas, "status"), QStringLiteral("disabled"));
        QCOMPARE(text(jonas, "email"), QStringLiteral("jonas.pike@larchmont.example"));
        QCOMPARE(text(jonas, "manager"), QStringLiteral("a1f0c2d4-0001-4000-8000-000000000009"));

        // Only id and userName.
        const QVariantMap kit = identity(ws, QStringLiteral("a1f0c2d4-0001-4000-8000-000000000003"));
        QCOMPARE(text(kit, "status"), QStringLiteral("active"));
        QCOMPARE(text(kit, "email"), QString());
        QCOMPARE(text(kit, "external_ids"), QString());

        // Attribute names in any case; a guest; no primary address: the first one.
        const QVariantMap lena = identity(ws, QStringLiteral("a1f0c2d4-0001-4000-8000-000000000004"));
        QCOMPARE(text(lena, "upn"), QStringLiteral("lena.marsh@larchmont.example"));
        QCOMPARE(text(lena, "email"), QStringLiteral("lena.marsh@partner.example"));
        QCOMPARE(text(lena, "department"), QStringLiteral("Audit"));
        QCOMPARE(lena.value(QStringLiteral("guest")).toInt(), 1);
        QVERIFY(text(lena, "raw").contains(QLatin1String("\"username\""))); // raw keeps the file's spelling
    }

    void scimSample()
    {
        const QString sample = sharedSample(QStringLiteral("scim/rfc7643-8.3-enterprise_user.scim2-models.json"));
        if (sample.isEmpty())
            QSKIP("../shared/data/samples is not here");
        TempWorkspace ws;
        const ImportResult r = ws.importFile(sample, SourceKind::Directory, QStringLiteral("directory"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.formatId, QStringLiteral("scim-users"));
        QCOMPARE(r.rows, qint64(1));
        const QVariantMap b = identity(ws, QStringLiteral("2819c223-7f76-453a-919d-413861904646"));
        QCOMPARE(text(b, "upn"), QStringLiteral("bjensen@example.com"));
        QCOMPARE(text(b, "email"), QStringLiteral("bjensen@example.com"));
        QCOMPARE(text(b, "other_emails"), QStringLiteral("babs@jensen.org"));
        QCOMPARE(text(b, "display_name"), QStringLiteral("Babs Jensen"));
        QCOMPARE(text(b, "given_name"), QStringLiteral("Barbara"));
        QCOMPARE(text(b, "surname"), QStringLiteral("Jensen"));
        QCOMPARE(text(b, "status"), QStringLiteral("active"));
        QCOMPARE(text(b, "employee_id"), QStringLiteral("701984"));
        QCOMPARE(text(b, "external_ids"), QStringLiteral("701984"));
        QCOMPARE(text(b, "department"), QStringLiteral("Tour Operations"));
        QCOMPARE(text(b, "manager"), QStringLiteral("John Smith"));
    }

    // A bare array of Users, and one User on its own.
    void scimShapes()
    {
        TempWorkspace ws;
        const QString array =
            ws.writeFile(QStringLiteral("array.json"),
                         list(ScimUser, QByteArray(ScimUser).replace("\"s1\"", "\"s2\"").replace("a@x", "b@x")));
        ImportResult r = ws.importFile(array, SourceKind::Directory, QStringLiteral("directory"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rows, qint64(2));
        const QString single = ws.writeFile(QStringLiteral("single.json"), QByteArray(ScimUser).replace("s1", "s3"));
        r = ws.importFile(single, SourceKind::Directory, QStringLiteral("directory-2"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rows, qint64(1));
        QCOMPARE(text(identity(ws, QStringLiteral("s3")), "upn"), QStringLiteral("a@x.example"));
    }

    void github()
    {
        TempWorkspace ws;
        const ImportResult r = ws.importFile(fixture(QStringLiteral("github-members-api/members.json")),
                                             SourceKind::Tool, QStringLiteral("github"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QVariantMap ada = account(ws, QStringLiteral("1001"));
        QCOMPARE(text(ada, "login"), QStringLiteral("octo-ada"));
        QCOMPARE(text(ada, "privilege"), QStringLiteral("member"));
        QCOMPARE(text(ada, "tool_role"), QStringLiteral("member"));
        QCOMPARE(text(ada, "state"), QStringLiteral("active"));
        QVERIFY(ada.value(QStringLiteral("mfa")).isNull()); // the endpoint does not say
        QVERIFY(ada.value(QStringLiteral("last_activity")).isNull());
        QCOMPARE(text(account(ws, QStringLiteral("2002")), "tool_role"), QStringLiteral("member, Bot"));
        const QVariantMap admin = account(ws, QStringLiteral("3003"));
        QCOMPARE(text(admin, "privilege"), QStringLiteral("admin"));
        QCOMPARE(text(admin, "tool_role"), QStringLiteral("member, site_admin"));
        QCOMPARE(text(admin, "display_name"), QStringLiteral("Greta Hale"));
        QCOMPARE(text(admin, "email"), QStringLiteral("greta.hale@quarry.example"));
    }

    void gitlab()
    {
        TempWorkspace ws;
        const ImportResult r = ws.importFile(fixture(QStringLiteral("gitlab-users-api/users.json")), SourceKind::Tool,
                                             QStringLiteral("gitlab"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QVariantMap mira = account(ws, QStringLiteral("11"));
        QCOMPARE(text(mira, "login"), QStringLiteral("mira.holt"));
        QCOMPARE(text(mira, "display_name"), QStringLiteral("Mira Holt"));
        QCOMPARE(text(mira, "email"), QStringLiteral("mira.holt@quarry.example"));
        QCOMPARE(text(mira, "other_emails"), QStringLiteral("mira@public.example"));
        QCOMPARE(text(mira, "external_id"), QStringLiteral("mira.holt@quarry.example")); // SAML before LDAP
        QCOMPARE(text(mira, "privilege"), QStringLiteral("admin"));
        QCOMPARE(text(mira, "tool_role"), QStringLiteral("Administrator"));
        QCOMPARE(mira.value(QStringLiteral("mfa")).toInt(), 1);
        QCOMPARE(text(mira, "state"), QStringLiteral("active"));
        QCOMPARE(text(mira, "last_activity"), QStringLiteral("2024-05-03T00:00:00Z")); // the latest, a date
        QCOMPARE(text(mira, "created"), QStringLiteral("2020-02-03T10:11:12Z"));

        const QVariantMap ned = account(ws, QStringLiteral("12"));
        QCOMPARE(text(ned, "state"), QStringLiteral("blocked"));
        QCOMPARE(ned.value(QStringLiteral("disabled_in_tool")).toInt(), 1);
        QCOMPARE(text(ned, "tool_role"), QStringLiteral("Regular"));
        QCOMPARE(ned.value(QStringLiteral("mfa")).toInt(), 0);
        QCOMPARE(text(ned, "external_id"), QString());
        QCOMPARE(text(account(ws, QStringLiteral("13")), "state"), QStringLiteral("deactivated"));
        QCOMPARE(text(account(ws, QStringLiteral("14")), "state"), QStringLiteral("guest")); // external: true

        const QVariantMap bot = account(ws, QStringLiteral("15"));
        QCOMPARE(text(bot, "tool_role"), QStringLiteral("Regular, bot"));
        QCOMPARE(bot.value(QStringLiteral("never_used")).toInt(), 1);
        QCOMPARE(text(bot, "last_activity_raw"), QStringLiteral("Never signed in"));

        const QVariantMap pending = account(ws, QStringLiteral("16"));
        QCOMPARE(text(pending, "state"), QStringLiteral("invited"));
        QCOMPARE(text(pending, "privilege"), QStringLiteral("read"));
        QCOMPARE(text(pending, "tool_role"), QStringLiteral("Auditor"));
        QVERIFY(pending.value(QStringLiteral("mfa")).isNull());

        // Keys a non-admin token leaves out: nothing is known about activity, not "never used".
        const QVariantMap ldap = account(ws, QStringLiteral("17"));
        QCOMPARE(text(ldap, "state"), QStringLiteral("blocked"));
        QCOMPARE(ldap.value(QStringLiteral("never_used")).toInt(), 0);
        QCOMPARE(text(ldap, "tool_role"), QString());
    }

    // The members API: access_level, expires_at and group_saml_identity; an unknown state is kept active.
    void gitlabMembers()
    {
        TempWorkspace ws;
        const QString path = ws.writeFile(
            QStringLiteral("members.json"),
            R"([{"id":21,"username":"sol","name":"Sol","state":"active","web_url":"https:\/\/g\/sol","access_level":40,)"
            R"("expires_at":"2025-03-31","group_saml_identity":{"provider":"group_saml","extern_uid":"sol@q.example"}},)"
            R"({"id":22,"username":"tam","name":"Tam","state":"frozen","web_url":"https:\/\/g\/tam","access_level":5}])");
        const ImportResult r = ws.importFile(path, SourceKind::Tool, QStringLiteral("gitlab"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QVariantMap sol = account(ws, QStringLiteral("21"));
        QCOMPARE(text(sol, "privilege"), QStringLiteral("admin"));
        QCOMPARE(text(sol, "tool_role"), QStringLiteral("Maintainer (40)"));
        QCOMPARE(text(sol, "state_expiry"), QStringLiteral("2025-03-31"));
        QCOMPARE(text(sol, "external_id"), QStringLiteral("sol@q.example"));
        const QVariantMap tam = account(ws, QStringLiteral("22"));
        QCOMPARE(text(tam, "privilege"), QStringLiteral("none"));
        QCOMPARE(text(tam, "tool_role"), QStringLiteral("Minimal Access (5)"));
        QCOMPARE(text(tam, "state"), QStringLiteral("active"));
        QCOMPARE(r.warnings, QStringList{QStringLiteral("unknown user state(s) frozen were read as active")});
    }

    void gcp()
    {
        TempWorkspace ws;
        const ImportResult r = ws.importFile(fixture(QStringLiteral("gcp-iam-policy/policy.json")), SourceKind::Tool,
                                             QStringLiteral("gcp"));
        QVERIFY2(r.ok, qPrintable(r.error));
        // Roles gathered per member; the strongest decides the privilege.
        const QVariantMap sam = account(ws, QStringLiteral("user:sam.ortiz@harbor.example"));
        QCOMPARE(text(sam, "login"), QStringLiteral("sam.ortiz@harbor.example"));
        QCOMPARE(text(sam, "email"), QStringLiteral("sam.ortiz@harbor.example"));
        QCOMPARE(text(sam, "privilege"), QStringLiteral("owner"));
        QCOMPARE(text(sam, "tool_role"), QStringLiteral("roles/owner, roles/viewer"));
        QCOMPARE(text(sam, "raw"), QStringLiteral(R"({"bindings":[{"role":"roles/owner"},{"role":"roles/viewer"}],)"
                                                  R"("member":"user:sam.ortiz@harbor.example"})"));

        const QVariantMap deleted =
            account(ws, QStringLiteral("deleted:user:tess.gone@harbor.example?uid=123456789012345678901"));
        QCOMPARE(text(deleted, "state"), QStringLiteral("deactivated"));
        QCOMPARE(text(deleted, "login"), QStringLiteral("tess.gone@harbor.example"));
        QCOMPARE(text(deleted, "email"), QStringLiteral("tess.gone@harbor.example"));
        QCOMPARE(text(deleted, "privilege"), QStringLiteral("read"));

        const QVariantMap sa =
            account(ws, QStringLiteral("serviceAccount:ci-deployer@harbor-prod.iam.gserviceaccount.com"));
        QCOMPARE(text(sa, "login"), QStringLiteral("serviceAccount:ci-deployer@harbor-prod.iam.gserviceaccount.com"));
        QCOMPARE(text(sa, "email"), QStringLiteral("ci-deployer@harbor-prod.iam.gserviceaccount.com"));
        QCOMPARE(text(sa, "privilege"), QStringLiteral("admin"));
        QCOMPARE(text(sa, "tool_role"), QStringLiteral("roles/iam.securityAdmin, roles/secretmanager.secretAccessor"));

        const QVariantMap group = account(ws, QStringLiteral("group:platform-team@harbor.example"));
        QCOMPARE(text(group, "privilege"), QStringLiteral("admin")); // roles/editor
        QCOMPARE(text(group, "email"), QString());
        QCOMPARE(text(account(ws, QStringLiteral("domain:harbor.example")), "privilege"), QStringLiteral("read"));
        QCOMPARE(text(account(ws, QStringLiteral("user:uma.ledger@harbor.example")), "privilege"),
                 QStringLiteral("billing"));
        const QVariantMap everyone = account(ws, QStringLiteral("allUsers"));
        QCOMPARE(text(everyone, "privilege"), QStringLiteral("read"));
        QCOMPARE(text(everyone, "display_name"), QStringLiteral("Anyone on the internet"));

        // A conditional, temporary grant.
        const QVariantMap temp = account(ws, QStringLiteral("user:vic.temp@contractco.example"));
        QCOMPARE(text(temp, "privilege"), QStringLiteral("admin"));
        QCOMPARE(text(temp, "tool_role"),
                 QStringLiteral("roles/compute.instanceAdmin.v1 (condition: expires_2025_01_01)"));
        QCOMPARE(text(temp, "state_expiry"), QStringLiteral("2025-01-01"));
        QVERIFY(sam.value(QStringLiteral("state_expiry")).isNull());
    }

    // gcloud beta projects get-ancestors-iam-policy: roles qualified by the resource granting them.
    void gcpAncestors()
    {
        TempWorkspace ws;
        const QString path = ws.writeFile(
            QStringLiteral("ancestors.json"),
            R"([{"id":"harbor-prod","type":"project","policy":{"bindings":[{"role":"roles/viewer",)"
            R"("members":["user:a@h.example"]}]}},{"id":"123456789","type":"organization","policy":{"bindings":[)"
            R"({"role":"roles/resourcemanager.organizationAdmin","members":["user:a@h.example"]}],"etag":"x"}}])");
        const ImportResult r = ws.importFile(path, SourceKind::Tool, QStringLiteral("gcp"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rows, qint64(1));
        const QVariantMap a = account(ws, QStringLiteral("user:a@h.example"));
        QCOMPARE(text(a, "privilege"), QStringLiteral("admin"));
        QCOMPARE(text(a, "tool_role"),
                 QStringLiteral("roles/viewer on project/harbor-prod, "
                                "roles/resourcemanager.organizationAdmin on organization/123456789"));
    }

    void jenkins()
    {
        TempWorkspace ws;
        const ImportResult r = ws.importFile(fixture(QStringLiteral("jenkins-people/people.json")), SourceKind::Tool,
                                             QStringLiteral("jenkins"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QVariantMap wes = account(ws, QStringLiteral("wes.park"));
        QCOMPARE(text(wes, "login"), QStringLiteral("wes.park"));
        QCOMPARE(text(wes, "display_name"), QStringLiteral("Wes Park"));
        QCOMPARE(text(wes, "last_activity"), QStringLiteral("2023-11-21T12:18:14Z")); // epoch ms
        QCOMPARE(text(wes, "privilege"), QString());                                  // the list does not say

        // The id from the URL, decoded; keys are case-insensitive as Jenkins ids are.
        const QVariantMap jorg = account(ws, QString::fromUtf8("jörg.berg"));
        QCOMPARE(text(jorg, "login"), QString::fromUtf8("Jörg.Berg"));
        QVERIFY(jorg.value(QStringLiteral("last_activity")).isNull());
        QCOMPARE(text(jorg, "last_activity_raw"), QStringLiteral("No SCM change seen"));
        QCOMPARE(jorg.value(QStringLiteral("never_used")).toInt(), 0);

        // depth=1: the id and the Mailer property's address.
        const QVariantMap xena = account(ws, QStringLiteral("xena"));
        QCOMPARE(text(xena, "login"), QStringLiteral("Xena"));
        QCOMPARE(text(xena, "email"), QStringLiteral("xena.cole@harbor.example"));
        QCOMPARE(text(account(ws, QStringLiteral("system")), "display_name"), QStringLiteral("SYSTEM"));
    }

    // Shapes that are close to one format must be recognised as the right one, or as none.
    void detect_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("formatId"); // empty: not recognised

        QTest::newRow("okta") << list(OktaUser) << int(SourceKind::Directory) << "okta-users-api";
        QTest::newRow("okta-single") << OktaUser << int(SourceKind::Directory) << "okta-users-api";
        QTest::newRow("scim-single") << ScimUser << int(SourceKind::Directory) << "scim-users";
        QTest::newRow("scim-list-upper-case")
            << QByteArray(scimList(ScimUser)).toUpper().replace("RESOURCES", "Resources") << int(SourceKind::Directory)
            << "scim-users";
        QTest::newRow("github") << list(GithubMember) << int(SourceKind::Tool) << "github-members-api";
        QTest::newRow("gitlab") << list(GitlabUser) << int(SourceKind::Tool) << "gitlab-users-api";
        QTest::newRow("gitlab-members")
            << list(QByteArray(GitlabUser).replace("}", R"(,"access_level":30,"expires_at":null})"))
            << int(SourceKind::Tool) << "gitlab-users-api";
        QTest::newRow("gcp") << policy(R"([{"role":"roles/viewer","members":["user:a@x.example"]}])")
                             << int(SourceKind::Tool) << "gcp-iam-policy";
        QTest::newRow("jenkins") << people(JenkinsUser) << int(SourceKind::Tool) << "jenkins-people";
        // Near misses.
        QTest::newRow("okta-in-scim") << QByteArray(ScimUser).replace("}", R"(,"profile":{},"status":"x","login":"y"})")
                                      << int(SourceKind::Directory) << "scim-users";
        QTest::newRow("jenkins-single-user")
            << QByteArray(
                   R"({"_class":"hudson.model.User","absoluteUrl":"https:\/\/ci\/user\/a","fullName":"A","id":"a"})")
            << int(SourceKind::Tool) << "";
        QTest::newRow("github-consumed-licenses")
            << QByteArray(
                   R"({"total_seats_consumed":1,"users":[{"github_com_login":"a","license_type":"Enterprise"}]})")
            << int(SourceKind::Tool) << "";
        QTest::newRow("scim-group") << QByteArray(R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"]})")
                                    << int(SourceKind::Directory) << "";
        QTest::newRow("csv-with-json-words")
            << QByteArray("login,node_id,site_admin\na,b,false\n") << int(SourceKind::Tool) << "";
    }

    void detect()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, kind);
        QFETCH(QString, formatId);
        TempWorkspace ws;
        const Detection d = Importer::detect(ws.writeFile(QStringLiteral("export.json"), content), SourceKind(kind));
        QCOMPARE(d.format ? d.format->id() : QString(), formatId);
        if (formatId.isEmpty())
            QVERIFY(!d.otherKind || !d.otherKind->id().contains(QLatin1String("-api")));
    }

    // A bad file fails with FILE[:LINE:COLUMN]: [$path: ]message, and the workspace is exactly as before.
    void badInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("formatId"); // empty: detected
        QTest::addColumn<QString>("error");    // after the file name

        const int dir = int(SourceKind::Directory);
        const int tool = int(SourceKind::Tool);
        const QByteArray okta2 = QByteArray(OktaUser).replace("00u1", "00u2");

        // Okta
        QTest::newRow("okta-truncated") << list(OktaUser, okta2).chopped(20) << dir << ""
                                        << ":2:48: invalid JSON: unterminated string";
        QTest::newRow("okta-not-object") << list(OktaUser, "\"00u2\"") << dir << ""
                                         << ": $[1]: expected an object";
        QTest::newRow("okta-missing-id") << list(OktaUser, QByteArray(okta2).replace(R"("id":"00u2",)", "")) << dir
                                         << ""
                                         << ": $[1].id: expected a value, found nothing";
        QTest::newRow("okta-id-object") << list(QByteArray(OktaUser).replace(R"("00u1")", "{}")) << dir << ""
                                        << ": $[0].id: expected a value, found an object";
        QTest::newRow("okta-bad-status")
            << list(OktaUser, QByteArray(okta2).replace("ACTIVE", "RETIRED")) << dir << ""
            << ": $[1].status: expected ACTIVE, STAGED, PROVISIONED, RECOVERY, PASSWORD_EXPIRED, LOCKED_OUT, "
               "SUSPENDED or DEPROVISIONED, found \"RETIRED\"";
        QTest::newRow("okta-bad-last-login")
            << list(QByteArray(OktaUser).replace(R"("status")", R"("lastLogin":"yesterday","status")")) << dir << ""
            << ": $[0].lastLogin: expected an ISO 8601 timestamp or epoch milliseconds, found \"yesterday\"";
        QTest::newRow("okta-profile-string")
            << list(R"({"id":"1","status":"ACTIVE","profile":"login"})") << dir << "okta-users-api"
            << ": $[0].profile: expected an object, found \"login\"";
        QTest::newRow("okta-duplicate-key")
            << list(OktaUser,
                    QByteArray(okta2).replace(R"("status":"ACTIVE")", R"("status":"ACTIVE","status":"DEPROVISIONED")"))
            << dir << ""
            << ":2:32: $[1]: key \"status\" appears again in this object (first at line 2); expected each key once";
        QTest::newRow("okta-duplicate-nested-key")
            << QByteArray("[\n" + QByteArray(OktaUser).replace("}}", ",\n\"\\u006cogin\":\"b@x.example\"}}") + "]")
            << dir << ""
            << ":3:1: $[0].profile: key \"login\" appears again in this object (first at line 2); expected each key "
               "once";
        QTest::newRow("okta-duplicate-user") << list(OktaUser, OktaUser) << dir << ""
                                             << ": $[1]: identity '00u1' appears again (first at $[0]); expected one "
                                                "record per identity";
        QTest::newRow("okta-object") << QByteArray(R"({"users":[]})") << dir << "okta-users-api"
                                     << ": $: expected an array of Okta users";

        // SCIM
        QTest::newRow("scim-truncated") << scimList(ScimUser).chopped(3) << dir << ""
                                        << ":1:172: invalid JSON: unterminated string";
        QTest::newRow("scim-not-object") << scimList(ScimUser, "42") << dir << ""
                                         << ": $.Resources[1]: expected an object";
        QTest::newRow("scim-missing-user-name")
            << scimList(ScimUser, QByteArray(ScimUser).replace(R"("userName":"a@x.example")", R"("userName":null)"))
            << dir << ""
            << ": $.Resources[1].userName: expected a value, found null";
        QTest::newRow("scim-missing-id") << scimList(QByteArray(ScimUser).replace(R"("id":"s1",)", "")) << dir << ""
                                         << ": $.Resources[0].id: expected a value, found nothing";
        QTest::newRow("scim-bad-active") << scimList(QByteArray(ScimUser).replace("}", R"(,"active":"maybe"})")) << dir
                                         << ""
                                         << ": $.Resources[0].active: expected true or false, found \"maybe\"";
        QTest::newRow("scim-group")
            << scimList(QByteArray(ScimUser).replace("2.0:User", "2.0:Group")) << dir << ""
            << ": $.Resources[0].schemas: expected a list with urn:ietf:params:scim:schemas:core:2.0:User, found an "
               "array";
        QTest::newRow("scim-emails-object")
            << scimList(QByteArray(ScimUser).replace("}", R"(,"emails":{"value":"a"}})")) << dir << ""
            << ": $.Resources[0].emails: expected an array of e-mail objects, found an "
               "object";
        QTest::newRow("scim-resources-object")
            << QByteArray(scimList(ScimUser)).replace(":[{", ":{\"x\":{").replace("}]}", "}}}") << dir << ""
            << ": $.Resources: expected an array of Users, found an object";
        QTest::newRow("scim-duplicate-key")
            << scimList(QByteArray(ScimUser).replace(R"("id":"s1")", R"("id":"s1","id":"s2")")) << dir << ""
            << ":1:148: $.Resources[0]: key \"id\" appears again in this object (first at line 1); expected each key "
               "once";

        // GitHub
        const QByteArray member2 = QByteArray(GithubMember).replace(":1,", ":2,").replace("octo", "cat");
        QTest::newRow("github-truncated") << list(GithubMember, member2).chopped(2) << tool << ""
                                          << ":2:68: invalid JSON: illegal value";
        QTest::newRow("github-not-object") << list(GithubMember, "[]") << tool << ""
                                           << ": $[1]: expected an object";
        QTest::newRow("github-missing-id")
            << list(GithubMember, QByteArray(member2).replace(R"("id":2,)", "")) << tool << ""
            << ": $[1].id: expected a value, found nothing";
        QTest::newRow("github-text-id") << list(QByteArray(GithubMember).replace(R"("id":1)", R"("id":"octo")")) << tool
                                        << ""
                                        << ": $[0].id: expected a numeric user id, found \"octo\"";
        QTest::newRow("github-bad-site-admin")
            << list(QByteArray(GithubMember).replace("false", "\"no\"")) << tool << ""
            << ": $[0].site_admin: expected true or false, found \"no\"";
        QTest::newRow("github-duplicate-member") << list(GithubMember, GithubMember) << tool << ""
                                                 << ": $[1]: account '1' appears again (first at $[0]); expected one "
                                                    "record per account";
        QTest::newRow("github-duplicate-key")
            << list(QByteArray(GithubMember).replace(R"("id":1,)", R"("id":1,"id":2,)")) << tool << ""
            << ":1:25: $[0]: key \"id\" appears again in this object (first at line "
               "1); expected each key once";
        QTest::newRow("github-object") << GithubMember << tool << ""
                                       << ": $: expected an array of organization members";

        // GitLab
        const QByteArray gitlab2 = QByteArray(GitlabUser).replace(":1,", ":2,").replace("ann", "bob");
        QTest::newRow("gitlab-truncated") << list(GitlabUser, gitlab2).chopped(1) << tool << ""
                                          << ":2:82: invalid JSON: unterminated array";
        QTest::newRow("gitlab-not-object") << list(GitlabUser, "null") << tool << ""
                                           << ": $[1]: expected an object";
        QTest::newRow("gitlab-missing-id")
            << list(GitlabUser, QByteArray(gitlab2).replace(R"("id":2,)", "")) << tool << ""
            << ": $[1].id: expected a value, found nothing";
        QTest::newRow("gitlab-missing-state")
            << list(QByteArray(GitlabUser).replace(R"("state":"active",)", "")) << tool << "gitlab-users-api"
            << ": $[0].state: expected a value, found nothing";
        QTest::newRow("gitlab-bad-date")
            << list(QByteArray(GitlabUser).replace("}", R"(,"last_activity_on":"last week"})")) << tool << ""
            << ": $[0].last_activity_on: expected an ISO 8601 timestamp or epoch milliseconds, found \"last week\"";
        QTest::newRow("gitlab-bad-2fa") << list(QByteArray(GitlabUser).replace("}", R"(,"two_factor_enabled":1})"))
                                        << tool << ""
                                        << ": $[0].two_factor_enabled: expected true or false, found \"1\"";
        QTest::newRow("gitlab-bad-access-level")
            << list(QByteArray(GitlabUser).replace("}", R"(,"access_level":45})")) << tool << ""
            << ": $[0].access_level: expected an access level such as 50, 40, 30, 20, 15, 10, 5 or 0, found \"45\"";
        QTest::newRow("gitlab-bad-expiry")
            << list(QByteArray(GitlabUser).replace("}", R"(,"expires_at":"soon"})")) << tool << ""
            << ": $[0].expires_at: expected a date such as 2025-12-31, found \"soon\"";
        QTest::newRow("gitlab-identities-object")
            << list(QByteArray(GitlabUser).replace("}", R"(,"identities":{"provider":"ldapmain"}})")) << tool << ""
            << ": $[0].identities: expected an array of identities, found an object";
        QTest::newRow("gitlab-identity-not-object")
            << list(QByteArray(GitlabUser).replace("}", R"(,"identities":["ldapmain"]})")) << tool << ""
            << ": $[0].identities[0]: expected an object with provider and extern_uid";

        // GCP
        QTest::newRow("gcp-truncated")
            << policy(R"([{"role":"roles/viewer","members":["user:a@x.example"]}])").chopped(25) << tool << ""
            << ":1:80: invalid JSON: unterminated string";
        QTest::newRow("gcp-binding-not-object")
            << policy(R"([{"role":"roles/viewer","members":["user:a@x.example"]},"roles/owner"])") << tool << ""
            << ": $.bindings[1]: expected an object";
        QTest::newRow("gcp-missing-role")
            << policy(R"([{"role":"roles/viewer","members":["user:a@x.example"]},{"members":["user:b@x.example"]}])")
            << tool << ""
            << ": $.bindings[1].role: expected a value, found nothing";
        QTest::newRow("gcp-members-string")
            << policy(R"([{"role":"roles/viewer","members":"user:a@x.example"}])") << tool << ""
            << ": $.bindings[0].members: expected an array of members, found "
               "\"user:a@x.example\"";
        QTest::newRow("gcp-member-without-prefix")
            << policy(R"([{"role":"roles/viewer","members":["user:a@x.example","b@x.example"]}])") << tool << ""
            << ": $.bindings[0].members[1]: expected a member such as user:name@example.com, serviceAccount:…, "
               "group:…, domain:…, deleted:user:…?uid=…, allUsers or principal://…, found \"b@x.example\"";
        QTest::newRow("gcp-member-number")
            << policy(
                   R"([{"role":"roles/owner","members":["user:a@x.example"]},{"role":"roles/viewer","members":[42]}])")
            << tool << ""
            << ": $.bindings[1].members[0]: expected a member such as user:name@example.com, serviceAccount:…, "
               "group:…, domain:…, deleted:user:…?uid=…, allUsers or principal://…, found 42";
        QTest::newRow("gcp-deleted-domain")
            << policy(R"([{"role":"roles/viewer","members":["deleted:principal:\/\/iam.googleapis.com\/x"]}])") << tool
            << ""
            << ": $.bindings[0].members[0]: expected a member such as user:name@example.com, serviceAccount:…, "
               "group:…, domain:…, deleted:user:…?uid=…, allUsers or principal://…, found "
               "\"deleted:principal://iam.googleapis.com/x\"";
        QTest::newRow("gcp-bindings-object")
            << QByteArray(R"({"bindings":{"role":"roles/owner","members":[]}})") << tool << ""
            << ": $.bindings: expected an array of bindings, found an object";
        QTest::newRow("gcp-duplicate-key")
            << policy("[\n{\"role\":\"roles/viewer\",\n\"role\":\"roles/owner\",\"members\":[\"user:a@x.example\"]}]")
            << tool << ""
            << ":3:1: $.bindings[0]: key \"role\" appears again in this object (first at line 2); expected each key "
               "once";
        QTest::newRow("gcp-ancestor-without-policy")
            << QByteArray(R"([{"id":"p","type":"project","policy":{"bindings":[]}},{"id":"o","type":"organization",)"
                          R"("bindings":[{"role":"r","members":[]}]}])")
            << tool << ""
            << ": $[1].policy: expected an IAM policy object, found nothing";
        QTest::newRow("gcp-wrong-kind") << policy(R"([{"role":"roles/viewer","members":["user:a@x.example"]}])") << dir
                                        << ""
                                        << ": this is Google Cloud IAM policy JSON (get-iam-policy --format=json) (a "
                                           "tool export), not a directory export; import it with --tool NAME";

        // Jenkins
        const QByteArray jenkins2 = QByteArray(JenkinsUser).replace("ann", "bob").replace("Ann", "Bob");
        QTest::newRow("jenkins-truncated") << people(JenkinsUser, jenkins2).chopped(2) << tool << ""
                                           << ":2:82: invalid JSON: unterminated array";
        QTest::newRow("jenkins-not-object") << people(JenkinsUser, "\"bob\"") << tool << ""
                                            << ": $.users[1]: expected an object";
        QTest::newRow("jenkins-no-users")
            << QByteArray(R"({"users":{"user":{"absoluteUrl":"https:\/\/ci\/user\/a"}}})") << tool << ""
            << ": $: expected an object with a users array, as /asynchPeople/api/json "
               "returns";
        QTest::newRow("jenkins-missing-user") << people(JenkinsUser, R"({"lastChange":null})") << tool << ""
                                              << ": $.users[1].user: expected an object with absoluteUrl and fullName, "
                                                 "found nothing";
        QTest::newRow("jenkins-missing-url") << people(JenkinsUser, R"({"user":{"fullName":"Bob"}})") << tool << ""
                                             << ": $.users[1].user.absoluteUrl: expected a value, found nothing";
        QTest::newRow("jenkins-not-a-user-url")
            << people(QByteArray(JenkinsUser).replace("/user/ann", "/job/ann")) << tool << ""
            << ": $.users[0].user.absoluteUrl: expected a user URL such as https://ci.example/user/jdoe, found "
               "\"https://ci/job/ann\"";
        QTest::newRow("jenkins-bad-last-change")
            << people(QByteArray(JenkinsUser).replace("null", "\"soon\"")) << tool << ""
            << ": $.users[0].lastChange: expected an ISO 8601 timestamp or epoch milliseconds, found \"soon\"";
        QTest::newRow("jenkins-same-id-other-case")
            << people(JenkinsUser, QByteArray(JenkinsUser).replace("/ann", "/ANN")) << tool << ""
            << ": $.users[1]: account 'ann' appears again (first at $.users[0]); expected one record per account";
        QTest::newRow("jenkins-duplicate-key")
            << people(QByteArray(JenkinsUser).replace(R"("fullName":"Ann")", R"("fullName":"Ann","fullName":"Bo")"))
            << tool << ""
            << ":1:140: $.users[0].user: key \"fullName\" appears again in this object (first at line 1); expected "
               "each key once";
    }

    void badInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, kind);
        QFETCH(QString, formatId);
        QFETCH(QString, error);
        TempWorkspace ws;
        // Something already there, which must stay exactly as it is.
        QVERIFY(ws.importFile(fixture(QStringLiteral("github-members-api/members.json")), SourceKind::Tool,
                              QStringLiteral("github"))
                    .ok);
        QVERIFY(ws.importFile(fixture(QStringLiteral("okta-users-api/users.json")), SourceKind::Directory,
                              QStringLiteral("directory"))
                    .ok);
        const auto counts = [&] {
            return QList<qint64>{ws.count(QStringLiteral("SELECT count(*) FROM snapshot")),
                                 ws.count(QStringLiteral("SELECT count(*) FROM account")),
                                 ws.count(QStringLiteral("SELECT count(*) FROM identity"))};
        };
        const QList<qint64> before = counts();
        const QString path = ws.writeFile(QStringLiteral("export.json"), content);
        const ImportResult r = importAs(ws, path, SourceKind(kind), formatId);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, path + error);
        QCOMPARE(counts(), before);
    }

    // Windows PowerShell 5 writes `ConvertTo-Json > file` as UTF-16LE with a BOM.
    void utf16()
    {
        TempWorkspace ws;
        const QString json = QString::fromUtf8(list(GithubMember).replace("octo", "J\xC3\xB6rg"));
        QByteArray content("\xFF\xFE");
        for (const QChar c : json) {
            content.append(char(c.unicode() & 0xFF));
            content.append(char(c.unicode() >> 8));
        }
        const QString path = ws.writeFile(QStringLiteral("members.json"), content);
        const ImportResult r = ws.importFile(path, SourceKind::Tool, QStringLiteral("github"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(text(account(ws, QStringLiteral("1")), "login"), QString::fromUtf8("J\xC3\xB6rg"));
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM snapshot WHERE encoding = 'UTF-16LE'")), qint64(1));
    }

    // The duplicate-key check follows the JSON grammar: keys inside strings, escapes and arrays are no keys.
    void duplicateKeyScanIsExact()
    {
        TempWorkspace ws;
        const QString path =
            ws.writeFile(QStringLiteral("tricky.json"),
                         "[{\"id\":\"00u1\",\"status\":\"ACTIVE\",\"profile\":{\"login\":\"a@x.example\","
                         "\"note\":\"\\\"status\\\":\\\"x\\\", {\\\"id\\\":1}\","
                         "\"tags\":[\"id\",\"id\"],\"nested\":[{\"id\":1},{\"id\":2}],"
                         "\"emoji\":\"\\ud83d\\ude00\",\"\\u00e9\":1,\"\\u00c9\":2}},"
                         "{\"id\":\"00u2\",\"status\":\"ACTIVE\",\"profile\":{\"login\":\"b@x.example\"}}]");
        const ImportResult r = ws.importFile(path, SourceKind::Directory, QStringLiteral("directory"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rows, qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestJsonFormats)
#include "TestJsonFormats.moc"
