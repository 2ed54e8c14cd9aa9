// SPDX-License-Identifier: GPL-3.0-or-later
// The formats read through a YAML column mapping (importers/formats/MappedFormats.cpp): hr-csv and
// generic-csv, and the mapping file itself (MappingProfile).
#include "Format.h"
#include "Importer.h"
#include "TempWorkspace.h"
#include "formats/MappingProfile.h"
#include "util/Clock.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Rollcall;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(ROLLCALL_TEST_DATA "/") + name;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ImportResult importMapped(TempWorkspace& ws, const QString& path, SourceKind kind, const QString& mapping,
                          const QString& formatId = {})
{
    Importer importer(ws.store());
    return importer.run({path, kind,
                         kind == SourceKind::Directory ? QStringLiteral("directory") : QStringLiteral("tool"), formatId,
                         mapping});
}

QVariantMap row(TempWorkspace& ws, const QString& sql, const QString& key)
{
    QSqlQuery q(ws.store().database());
    q.prepare(sql);
    q.addBindValue(key);
    QVariantMap result;
    if (q.exec() && q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            result.insert(q.record().fieldName(i), q.value(i));
    }
    return result;
}

QVariantMap identity(TempWorkspace& ws, const QString& sourceKey)
{
    return row(ws,
               QStringLiteral("SELECT email, upn, display_name, given_name, surname, status, department, manager, "
                              "end_date, employee_id, raw, line FROM identity WHERE source_key = ?"),
               sourceKey);
}

QVariantMap account(TempWorkspace& ws, const QString& accountKey)
{
    return row(ws,
               QStringLiteral("SELECT login, email, display_name, external_id, privilege, tool_role, mfa, state, "
                              "disabled_in_tool, last_activity, last_activity_raw, never_used, created, raw, line "
                              "FROM account WHERE account_key = ?"),
               accountKey);
}

QString text(const QVariantMap& row, const char* column)
{
    return row.value(QLatin1String(column)).toString();
}

const QByteArray HrCsv = "Employee #,Name,Work Email,Status,Termination Date,Reporting to\n"
                         "1001,Ivy Marlow,ivy.marlow@birchwood.example,Active,0000-00-00,\n";

const QByteArray HrMapping = "format: hr-csv\n"
                             "columns:\n"
                             "  employee_id: \"Employee #\"\n"
                             "  display_name: Name\n"
                             "  email: Work Email\n"
                             "  status: Status\n"
                             "  end_date: Termination Date\n"
                             "  manager: Reporting to\n"
                             "status_values: {Active: active, Inactive: terminated}\n";

const QByteArray ToolCsv = "User ID,Username,Email,Role,MFA,Status,Last login\n"
                           "u-001,kim,kim.sol@juniper.example,Admin,yes,Active,2024-09-01T10:00:00Z\n";

const QByteArray ToolMapping = "format: generic-csv\n"
                               "columns:\n"
                               "  account_key: User ID\n"
                               "  login: Username\n"
                               "  email: Email\n"
                               "  role: Role\n"
                               "  mfa: MFA\n"
                               "  state: Status\n"
                               "  last_activity: Last login\n"
                               "privilege_values: {Admin: admin, User: member}\n";

} // namespace

class TestMappedFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Clock::setFixed(QDateTime(QDate(2025, 1, 15), QTime(12, 0), Qt::UTC)); }
    void cleanup() { Clock::setFixed({}); }

    void hrFixture()
    {
        TempWorkspace ws;
        const ImportResult r =
            importMapped(ws, fixture(QStringLiteral("hr-csv/bamboohr-report.csv")), SourceKind::Directory,
                         fixture(QStringLiteral("hr-csv/bamboohr-mapping.yaml")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.formatId, QStringLiteral("hr-csv"));
        QCOMPARE(r.rows, qint64(5));

        const QVariantMap ivy = identity(ws, QStringLiteral("1001"));
        QCOMPARE(text(ivy, "employee_id"), QStringLiteral("1001"));
        QCOMPARE(text(ivy, "email"), QStringLiteral("ivy.marlow@birchwood.example"));
        QCOMPARE(text(ivy, "display_name"), QStringLiteral("Ivy Marlow"));
        QCOMPARE(text(ivy, "department"), QStringLiteral("Leadership"));
        QCOMPARE(text(ivy, "manager"), QString());
        QCOMPARE(text(ivy, "status"), QStringLiteral("active"));
        QVERIFY(ivy.value(QStringLiteral("end_date")).isNull()); // 0000-00-00
        QCOMPARE(ivy.value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(text(ivy, "raw"), QStringLiteral("1001,Ivy Marlow,ivy.marlow@birchwood.example,Active,0000-00-00,,"
                                                  "Leadership"));

        // A scheduled leaver: active until the end date.
        const QVariantMap theo = identity(ws, QStringLiteral("1002"));
        QCOMPARE(text(theo, "status"), QStringLiteral("active"));
        QCOMPARE(text(theo, "end_date"), QStringLiteral("2030-06-30"));
        QCOMPARE(text(theo, "manager"), QStringLiteral("1001"));

        const QVariantMap ruth = identity(ws, QStringLiteral("1003"));
        QCOMPARE(text(ruth, "status"), QStringLiteral("terminated")); // Inactive
        QCOMPARE(text(ruth, "end_date"), QStringLiteral("2024-11-30"));

        QCOMPARE(text(identity(ws, QStringLiteral("1004")), "status"), QStringLiteral("leave"));

        // Still "Active" in the export, but the end date (M/d/yyyy) has passed.
        const QVariantMap pia = identity(ws, QStringLiteral("1005"));
        QCOMPARE(text(pia, "status"), QStringLiteral("terminated"));
        QCOMPARE(text(pia, "end_date"), QStringLiteral("2024-12-31"));
    }

    // Keyed by e-mail, the built-in status words, and the name from its parts.
    void hrByEmail()
    {
        TempWorkspace ws;
        const QString csv =
            ws.writeFile(QStringLiteral("people.csv"), "First,Last,E-mail,Worker Status\n"
                                                       "Ivy,Marlow,Ivy.Marlow@birchwood.example,Inactive\n"
                                                       "Theo,Lark,theo.lark@birchwood.example,on leave\n");
        const QString mapping = ws.writeFile(QStringLiteral("people.yaml"),
                                             "format: hr-csv\ncolumns:\n  email: E-mail\n  given_name: First\n"
                                             "  surname: Last\n  status: Worker Status\n");
        const ImportResult r = importMapped(ws, csv, SourceKind::Directory, mapping);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QVariantMap ivy = identity(ws, QStringLiteral("ivy.marlow@birchwood.example"));
        QCOMPARE(text(ivy, "display_name"), QStringLiteral("Ivy Marlow"));
        QCOMPARE(text(ivy, "email"), QStringLiteral("Ivy.Marlow@birchwood.example"));
        QCOMPARE(text(ivy, "status"), QStringLiteral("terminated"));
        QCOMPARE(text(identity(ws, QStringLiteral("theo.lark@birchwood.example")), "status"), QStringLiteral("leave"));
    }

    void genericFixture()
    {
        TempWorkspace ws;
        const ImportResult r = importMapped(ws, fixture(QStringLiteral("generic-csv/tool-users.csv")), SourceKind::Tool,
                                            fixture(QStringLiteral("generic-csv/tool-mapping.yaml")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.formatId, QStringLiteral("generic-csv"));
        QCOMPARE(r.rows, qint64(4));

        const QVariantMap kim = account(ws, QStringLiteral("u-001"));
        QCOMPARE(text(kim, "login"), QStringLiteral("kim"));
        QCOMPARE(text(kim, "email"), QStringLiteral("kim.sol@juniper.example"));
        QCOMPARE(text(kim, "display_name"), QStringLiteral("Kim Sol"));
        QCOMPARE(text(kim, "privilege"), QStringLiteral("admin"));
        QCOMPARE(text(kim, "tool_role"), QStringLiteral("Admin"));
        QCOMPARE(kim.value(QStringLiteral("mfa")).toInt(), 1);
        QCOMPARE(text(kim, "state"), QStringLiteral("active"));
        QCOMPARE(kim.value(QStringLiteral("disabled_in_tool")).toInt(), 0);
        QCOMPARE(text(kim, "last_activity"), QStringLiteral("2024-09-01T10:00:00Z"));
        QCOMPARE(text(kim, "created"), QStringLiteral("2023-01-05T00:00:00Z"));
        QCOMPARE(kim.value(QStringLiteral("never_used")).toInt(), 0);
        QCOMPARE(kim.value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(
            text(kim, "raw"),
            QStringLiteral("u-001,kim,kim.sol@juniper.example,Kim Sol,Admin,yes,Active,2024-09-01 10:00,2023-01-05"));

        const QVariantMap ray = account(ws, QStringLiteral("u-002"));
        QCOMPARE(text(ray, "privilege"), QStringLiteral("member"));
        QCOMPARE(ray.value(QStringLiteral("mfa")).toInt(), 0);
        QCOMPARE(text(ray, "state"), QStringLiteral("deactivated"));
        QCOMPARE(ray.value(QStringLiteral("disabled_in_tool")).toInt(), 1);
        QCOMPARE(ray.value(QStringLiteral("never_used")).toInt(), 1);
        QCOMPARE(text(ray, "last_activity_raw"), QStringLiteral("Never"));
        QVERIFY(ray.value(QStringLiteral("last_activity")).isNull());

        const QVariantMap bot = account(ws, QStringLiteral("u-003"));
        QVERIFY(bot.value(QStringLiteral("mfa")).isNull()); // empty: unknown
        QCOMPARE(text(bot, "email"), QString());
        QCOMPARE(bot.value(QStringLiteral("never_used")).toInt(), 0);

        const QVariantMap zed = account(ws, QStringLiteral("u-004"));
        QCOMPARE(text(zed, "privilege"), QStringLiteral("owner"));
        QCOMPARE(text(zed, "state"), QStringLiteral("invited"));
        QCOMPARE(text(zed, "display_name"), QStringLiteral("Ray, Zed"));
    }

    // A built-in format recognises the file first; --format makes the mapping read it.
    void forcedFormat()
    {
        TempWorkspace ws;
        const QString csv =
            ws.writeFile(QStringLiteral("report.csv"), "user,arn,password_enabled,mfa_active,access_key_1_active\n"
                                                       "jo,arn:aws:iam::123456789012:user/jo,true,false,false\n");
        const QString mapping = ws.writeFile(QStringLiteral("report.yaml"),
                                             "format: generic-csv\ncolumns:\n  account_key: arn\n  login: user\n"
                                             "  mfa: mfa_active\n");
        // Given a mapping, the mapping wins over a built-in format the header also fits.
        QCOMPARE(Importer::detect(csv, SourceKind::Tool, QString::fromUtf8(readFile(mapping))).format->id(),
                 QStringLiteral("generic-csv"));
        QCOMPARE(Importer::detect(csv, SourceKind::Tool).format->id(), QStringLiteral("aws-iam-credential-report"));
        const ImportResult r = importMapped(ws, csv, SourceKind::Tool, mapping, QStringLiteral("generic-csv"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.formatId, QStringLiteral("generic-csv"));
        const QVariantMap jo = account(ws, QStringLiteral("arn:aws:iam::123456789012:user/jo"));
        QCOMPARE(text(jo, "login"), QStringLiteral("jo"));
        QCOMPARE(jo.value(QStringLiteral("mfa")).toInt(), 0);
        QCOMPARE(text(jo, "privilege"), QString()); // no role column: unknown
    }

    void detection_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("mapping");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("format");

        QTest::newRow("hr") << HrCsv << HrMapping << int(SourceKind::Directory) << QStringLiteral("hr-csv");
        QTest::newRow("hr-without-mapping") << HrCsv << QByteArray() << int(SourceKind::Directory) << QString();
        QTest::newRow("hr-with-tool-mapping") << HrCsv << ToolMapping << int(SourceKind::Directory) << QString();
        QTest::newRow("generic") << ToolCsv << ToolMapping << int(SourceKind::Tool) << QStringLiteral("generic-csv");
        QTest::newRow("generic-without-mapping") << ToolCsv << QByteArray() << int(SourceKind::Tool) << QString();
        QTest::newRow("generic-with-hr-mapping") << ToolCsv << HrMapping << int(SourceKind::Tool) << QString();
        // A mapping given with a file is the user's word: it wins over a built-in format.
        QTest::newRow("entra-with-hr-mapping")
            << QByteArray("userPrincipalName,displayName,id,accountEnabled\njo@x.example,Jo,1,True\n") << HrMapping
            << int(SourceKind::Directory) << QStringLiteral("hr-csv");
        QTest::newRow("json-with-mapping")
            << QByteArray("[{\"User ID\": \"u-1\"}]") << ToolMapping << int(SourceKind::Tool) << QString();
        // A broken mapping goes to the import that reports it, whichever kind it is.
        QTest::newRow("broken-mapping-directory")
            << HrCsv << QByteArray("format: [hr-csv\n") << int(SourceKind::Directory) << QStringLiteral("hr-csv");
        QTest::newRow("broken-mapping-tool")
            << ToolCsv << QByteArray("format: [hr-csv\n") << int(SourceKind::Tool) << QStringLiteral("generic-csv");
    }

    void detection()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, mapping);
        QFETCH(int, kind);
        QFETCH(QString, format);
        TempWorkspace ws;
        const QString path = ws.writeFile(QStringLiteral("export.csv"), content);
        const Detection d = Importer::detect(path, SourceKind(kind), QString::fromUtf8(mapping));
        QCOMPARE(d.format ? d.format->id() : QString(), format);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("mapping");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("formatId");
        QTest::addColumn<QString>("error"); // after "<path>"

        const int directory = int(SourceKind::Directory);
        const int tool = int(SourceKind::Tool);
        QTest::newRow("mapping-unknown-key")
            << HrCsv << QByteArray(HrMapping).replace("status_values", "status_value") << directory << QString()
            << "@mapping:9:1: unknown key 'status_value' for hr-csv; expected one of "
               "format, columns, status_values, date_formats, empty_dates";
        QTest::newRow("mapping-unknown-field")
            << HrCsv << QByteArray(HrMapping).replace("manager:", "boss:") << directory << QString()
            << "@mapping:8:3: columns: unknown field 'boss' for hr-csv; expected one of "
               "employee_id, email, upn, display_name, given_name, surname, department, manager, status, end_date";
        QTest::newRow("mapping-yaml-syntax") << HrCsv << QByteArray("format: hr-csv\ncolumns: [email\n") << directory
                                             << QString() << "@mapping:3:1: end of sequence flow not found";
        QTest::newRow("missing-column")
            << HrCsv << QByteArray(HrMapping).replace("Termination Date", "Exit Date") << directory << QString()
            << ":1: column 'Exit Date' (columns.end_date) of the --mapping file is not in the header; the header "
               "has: Employee #, Name, Work Email, Status, Termination Date, Reporting to";
        QTest::newRow("missing-columns")
            << HrCsv << QByteArray(HrMapping).replace("Termination Date", "Exit Date").replace("Reporting to", "Boss")
            << directory << QString()
            << ":1: columns 'Exit Date' (columns.end_date), 'Boss' (columns.manager) of the --mapping file are not "
               "in the header; the header has: Employee #, Name, Work Email, Status, Termination Date, Reporting to";
        QTest::newRow("unquoted-hash")
            << HrCsv << QByteArray(HrMapping).replace("\"Employee #\"", "Employee #") << directory << QString()
            << ":1: column 'Employee' (columns.employee_id) of the --mapping file is not in the header; the header "
               "has: Employee #, Name, Work Email, Status, Termination Date, Reporting to; in YAML \" #\" starts a "
               "comment, so write the header in quotes: \"Employee #\"";
        QTest::newRow("hr-status-value") << HrCsv + "1002,Theo Lark,theo@birchwood.example,Retired,,\n"
                                         << HrMapping << directory << QString()
                                         << ":3: field 'Status': expected one of Active, Inactive (status_values in "
                                            "the --mapping file), found \"Retired\"";
        QTest::newRow("hr-date") << HrCsv + "1002,Theo Lark,theo@birchwood.example,Active,30.06.2030,\n"
                                 << HrMapping << directory << QString()
                                 << ":3: field 'Termination Date': expected a date as yyyy-MM-dd or \"0000-00-00\", "
                                    "found \"30.06.2030\"";
        QTest::newRow("hr-empty-key") << HrCsv + ",Theo Lark,theo@birchwood.example,Active,,\n"
                                      << HrMapping << directory << QString()
                                      << ":3: field 'Employee #' is empty; expected a value";
        QTest::newRow("hr-duplicate") << HrCsv + "1001,Ivy Again,ivy2@birchwood.example,Active,,\n"
                                      << HrMapping << directory << QString()
                                      << ":3: identity '1001' appears again (first at line 2); expected one record per "
                                         "identity";
        QTest::newRow("hr-ragged") << HrCsv + "1002,Theo Lark\n"
                                   << HrMapping << directory << QString()
                                   << ":3: expected 6 field(s) as in the header, found 2";
        QTest::newRow("hr-unterminated-quote")
            << HrCsv + "1002,\"Lark, Theo,theo@birchwood.example,Active,,\n"
            << HrMapping << directory << QString() << ":3:6: quoted field is never closed; expected a closing '\"'";
        QTest::newRow("hr-without-mapping")
            << HrCsv << QByteArray() << directory << QStringLiteral("hr-csv")
            << ": hr-csv reads a file through a column mapping; give one with --mapping FILE (the mapping "
               "documentation, mapping.md, describes it)";
        QTest::newRow("hr-with-tool-mapping") << HrCsv << ToolMapping << directory << QStringLiteral("hr-csv")
                                              << ": the --mapping file is for generic-csv, not hr-csv; set format: "
                                                 "hr-csv in it or import it as a tool export";
        QTest::newRow("unknown-header-without-mapping")
            << HrCsv << QByteArray() << directory << QString()
            << ":1: not a format Rollcall recognises (header: Employee #, Name, Work Email, Status, Termination Date, "
               "Reporting to); `rollcall-cli formats` lists the formats and how each is recognised";
        QTest::newRow("generic-role") << ToolCsv + "u-002,ray,ray@juniper.example,Superuser,no,Active,\n"
                                      << ToolMapping << tool << QString()
                                      << ":3: field 'Role': expected one of Admin, User (privilege_values in the "
                                         "--mapping file), found \"Superuser\"";
        QTest::newRow("generic-state") << ToolCsv + "u-002,ray,ray@juniper.example,User,no,Gone,\n"
                                       << ToolMapping << tool << QString()
                                       << ":3: field 'Status': expected one of Active, Enabled, Suspended, "
                                          "Deactivated, Disabled, Inactive, Blocked, Locked, Invited, Pending, Guest "
                                          "(status_values in the --mapping file), found \"Gone\"";
        QTest::newRow("generic-mfa") << ToolCsv + "u-002,ray,ray@juniper.example,User,sometimes,Active,\n"
                                     << ToolMapping << tool << QString()
                                     << ":3: field 'MFA': expected true or false, found \"sometimes\"";
        QTest::newRow("generic-last-login")
            << ToolCsv + "u-002,ray,ray@juniper.example,User,no,Active,yesterday\n"
            << ToolMapping << tool << QString()
            << ":3: field 'Last login': expected an ISO 8601 timestamp or \"0000-00-00\", found \"yesterday\"";
        QTest::newRow("generic-empty-key")
            << ToolCsv + ",ray,ray@juniper.example,User,no,Active,\n"
            << ToolMapping << tool << QString() << ":3: field 'User ID' is empty; expected a value";
        QTest::newRow("generic-missing-column")
            << QByteArray("User ID,Username\nu-1,kim\n") << ToolMapping << tool << QString()
            << ":1: columns 'Email' (columns.email), 'Role' (columns.role), 'MFA' (columns.mfa), 'Status' "
               "(columns.state), 'Last login' (columns.last_activity) of the --mapping file are not in the header; "
               "the header has: User ID, Username";
    }

    // A bad file or mapping names file, line and what was expected, and leaves the workspace as it was.
    void badInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, mapping);
        QFETCH(int, kind);
        QFETCH(QString, formatId);
        QFETCH(QString, error);
        TempWorkspace ws;
        QVERIFY(importMapped(ws, fixture(QStringLiteral("generic-csv/tool-users.csv")), SourceKind::Tool,
                             fixture(QStringLiteral("generic-csv/tool-mapping.yaml")))
                    .ok);
        const QString path = ws.writeFile(QStringLiteral("bad.csv"), content);
        const QString mappingPath = mapping.isEmpty() ? QString() : ws.writeFile(QStringLiteral("bad.yaml"), mapping);
        const ImportResult r = importMapped(ws, path, SourceKind(kind), mappingPath, formatId);
        QVERIFY(!r.ok);
        // "@mapping" stands for the mapping file: errors in the mapping name it, not the data file.
        QCOMPARE(r.error, error.startsWith(QLatin1String("@mapping")) ? mappingPath + error.mid(8) : path + error);
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM snapshot")), qint64(1));
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM account")), qint64(4));
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM identity")), qint64(0));
    }

    void mappingErrors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("error"); // ParseError::format("MAPPING")

        QTest::newRow("empty") << QByteArray()
                               << "MAPPING: expected a mapping with format and columns at the top level";
        QTest::newRow("not-a-map") << QByteArray("- format\n")
                                   << "MAPPING:1:1: expected a mapping with format and columns at the top level";
        QTest::newRow("no-format") << QByteArray("columns:\n  email: Email\n")
                                   << "MAPPING:1:1: format: missing; expected format: hr-csv or format: generic-csv";
        QTest::newRow("bad-format") << QByteArray("format: okta\n")
                                    << "MAPPING:1:9: format: expected hr-csv or generic-csv, found \"okta\"";
        QTest::newRow("no-columns") << QByteArray("format: hr-csv\n")
                                    << "MAPPING:1:1: columns: missing; expected a mapping of field to the header as "
                                       "it appears in the file";
        QTest::newRow("no-hr-key") << QByteArray("format: hr-csv\ncolumns:\n  status: Status\n")
                                   << "MAPPING:3:3: columns: map employee_id or email, the key of each person";
        QTest::newRow("no-account-key") << QByteArray("format: generic-csv\ncolumns:\n  login: Login\n")
                                        << "MAPPING:3:3: columns: map account_key, the column that holds each "
                                           "account's stable key";
        QTest::newRow("empty-header") << QByteArray("format: hr-csv\ncolumns:\n  email:\n")
                                      << "MAPPING:3:3: columns.email: the value is empty";
        QTest::newRow("field-twice") << QByteArray("format: hr-csv\ncolumns:\n  email: A\n  email: B\n")
                                     << "MAPPING:4:3: columns: 'email' is mapped twice";
        QTest::newRow("key-twice") << QByteArray("format: hr-csv\ncolumns: {email: A}\nempty_dates: [x]\n"
                                                 "empty_dates: [y]\n")
                                   << "MAPPING:4:1: empty_dates: the key appears twice";
        QTest::newRow("bad-status-target") << QByteArray("format: hr-csv\ncolumns: {email: A}\nstatus_values:\n"
                                                         "  Active: working\n")
                                           << "MAPPING:4:11: status_values: 'Active' maps to \"working\"; expected "
                                              "one of active, disabled, terminated, leave";
        QTest::newRow("bad-tool-state") << QByteArray("format: generic-csv\ncolumns: {account_key: Id}\n"
                                                      "status_values: {On: enabled}\n")
                                        << "MAPPING:3:21: status_values: 'On' maps to \"enabled\"; expected one of "
                                           "active, suspended, deactivated, blocked, invited, guest";
        QTest::newRow("bad-privilege") << QByteArray("format: generic-csv\ncolumns: {account_key: Id}\n"
                                                     "privilege_values: {Boss: god}\n")
                                       << "MAPPING:3:26: privilege_values: 'Boss' maps to \"god\"; expected one of "
                                          "owner, admin, member, read, billing, none";
        QTest::newRow("privilege-for-hr") << QByteArray("format: hr-csv\ncolumns: {email: A}\n"
                                                        "privilege_values: {Admin: admin}\n")
                                          << "MAPPING:3:1: unknown key 'privilege_values' for hr-csv; expected one of "
                                             "format, columns, status_values, date_formats, empty_dates";
        QTest::newRow("date-formats-map") << QByteArray("format: hr-csv\ncolumns: {email: A}\n"
                                                        "date_formats: {a: b}\n")
                                          << "MAPPING:3:15: date_formats: expected a list such as [\"a\", \"b\"]";
        QTest::newRow("value-twice") << QByteArray("format: hr-csv\ncolumns: {email: A}\n"
                                                   "status_values: {Active: active, active: leave}\n")
                                     << "MAPPING:3:33: status_values: 'active' is listed twice";
    }

    void mappingErrors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, error);
        MappingProfile profile;
        QVERIFY(!profile.parse(QString::fromUtf8(yaml)));
        QCOMPARE(profile.error().format(QStringLiteral("MAPPING")), error);
    }

    void mappingValues()
    {
        MappingProfile profile;
        QVERIFY2(profile.parse(QString::fromUtf8(readFile(fixture(QStringLiteral("hr-csv/bamboohr-mapping.yaml"))))),
                 qPrintable(profile.error().format(QStringLiteral("MAPPING"))));
        QCOMPARE(profile.format(), QStringLiteral("hr-csv"));
        QCOMPARE(profile.header(QStringLiteral("employee_id")), QStringLiteral("Employee #"));
        QCOMPARE(profile.columns().size(), 7);
        QCOMPARE(profile.statusFor(QStringLiteral(" on leave ")), QStringLiteral("leave"));
        QCOMPARE(profile.statusFor(QStringLiteral("Retired")), QString());
        QCOMPARE(profile.dateFormats(), (QStringList{QStringLiteral("yyyy-MM-dd"), QStringLiteral("M/d/yyyy")}));
        QVERIFY(profile.emptyDates().contains(QStringLiteral("0000-00-00")));
    }

    // Every YAML example in the documentation is a valid mapping.
    void documentedExamplesParse()
    {
        const QString doc =
            QString::fromUtf8(readFile(QStringLiteral(ROLLCALL_SOURCE_DIR "/packaging/docs/mapping.md")));
        QVERIFY(!doc.isEmpty());
        static const QRegularExpression block(QStringLiteral("```yaml\\n(.*?)```"),
                                              QRegularExpression::DotMatchesEverythingOption);
        int examples = 0;
        for (auto it = block.globalMatch(doc); it.hasNext();) {
            MappingProfile profile;
            QVERIFY2(profile.parse(it.next().captured(1)),
                     qPrintable(profile.error().format(QStringLiteral("mapping.md example"))));
            ++examples;
        }
        QVERIFY(examples >= 2);
    }
};

QTEST_GUILESS_MAIN(TestMappedFormats)
#include "TestMappedFormats.moc"
