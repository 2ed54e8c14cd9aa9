// SPDX-License-Identifier: GPL-3.0-or-later
// rollcall-cli campaign, decide, package and verify-store end to end, as a reviewer or a script runs them.
#include "config-rollcall-tests.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString Farah = QStringLiteral("farah.nasser@larkspur.example");
const QString Ada = QStringLiteral("ada.lindqvist@larkspur.example");
const QString Chen = QStringLiteral("chen.wei@larkspur.example");
} // namespace

class TestCampaignCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_now = QStringLiteral("2026-11-27T12:00:00Z"); // ROLLCALL_NOW of every run

    QProcess* launch(const QStringList& args)
    {
        auto* p = new QProcess(this);
        p->setWorkingDirectory(m_dir.path());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ROLLCALL_NOW"), m_now);
        env.remove(QStringLiteral("ROLLCALL_ACTOR"));
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(ROLLCALL_CLI), QStringList{QStringLiteral("--workspace"), m_workspace} + args);
        return p;
    }

    static Run finish(QProcess* p)
    {
        Run r;
        if (p->waitForFinished(120000)) {
            r = {p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1,
                 QString::fromUtf8(p->readAllStandardOutput()), QString::fromUtf8(p->readAllStandardError())};
        }
        p->deleteLater();
        return r;
    }

    Run cli(const QStringList& args) { return finish(launch(args)); }

    QString writeFile(const QString& name, const QByteArray& content)
    {
        QFile f(m_dir.filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return f.fileName();
    }

    static QString demo(const char* name) { return QStringLiteral(ROLLCALL_DEMO_DATA "/") + QLatin1String(name); }

    // A new workspace with the demo company, reconciled; with `start`, campaign 2026-Q4 started on it
    // (atlassian reviewed by Ada, aws-prod by Chen, aws-staging by the owner, Farah).
    bool freshWorkspace(const QString& name, bool start = true)
    {
        m_workspace = m_dir.filePath(name);
        QList<QStringList> steps = {{QStringLiteral("init")},
                                    {QStringLiteral("--config"), demo("rollcall.yaml"), QStringLiteral("import"),
                                     QStringLiteral("--directory"), demo("entra-users.csv")},
                                    {QStringLiteral("import"), QStringLiteral("--tool"), QStringLiteral("aws-prod"),
                                     demo("aws-prod-credential-report.csv")},
                                    {QStringLiteral("import"), QStringLiteral("--tool"), QStringLiteral("aws-staging"),
                                     demo("aws-staging-credential-report.csv")},
                                    {QStringLiteral("import"), QStringLiteral("--tool"), QStringLiteral("atlassian"),
                                     demo("atlassian-export-users.csv")},
                                    {QStringLiteral("reconcile")}};
        if (start)
            steps.append({QStringLiteral("campaign"), QStringLiteral("start"), QStringLiteral("2026-Q4"),
                          QStringLiteral("--due"), QStringLiteral("2026-12-31"), QStringLiteral("--owner"), Farah,
                          QStringLiteral("--reviewer"), QStringLiteral("atlassian=") + Ada,
                          QStringLiteral("--reviewer"), QStringLiteral("aws-prod=") + Chen});
        for (const QStringList& step : steps) {
            const Run r = cli(step);
            if (r.exitCode != 0) {
                qWarning("%s: %s", qPrintable(step.join(QLatin1Char(' '))), qPrintable(r.err));
                return false;
            }
        }
        return true;
    }

    QJsonObject status()
    {
        const Run r = cli({QStringLiteral("campaign"), QStringLiteral("status"), QStringLiteral("2026-Q4"),
                           QStringLiteral("--format"), QStringLiteral("json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    // The last seven columns of a package CSV row are decision,owner,until,purpose,rotation,reason,to.
    static bool fillPackageRow(QStringList& lines, const QString& login, const QString& decisionColumns)
    {
        for (QString& line : lines) {
            if (line.contains(QLatin1Char(',') + login + QLatin1Char(','))) {
                line = line.left(line.size() - line.section(QLatin1Char(','), -7).size()) + decisionColumns;
                return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("campaign alone") << QStringList{QStringLiteral("campaign")}
                                        << QStringLiteral("campaign needs a subcommand: start, status or close");
        QTest::newRow("no due date") << QStringList{QStringLiteral("campaign"), QStringLiteral("start"),
                                                    QStringLiteral("2026-Q4")}
                                     << QStringLiteral("campaign start needs --due YYYY-MM-DD");
        QTest::newRow("due date not ISO")
            << QStringList{QStringLiteral("campaign"), QStringLiteral("start"), QStringLiteral("2026-Q4"),
                           QStringLiteral("--due"), QStringLiteral("31/12/2026")}
            << QStringLiteral("campaign start needs --due YYYY-MM-DD");
        QTest::newRow("bad campaign name")
            << QStringList{QStringLiteral("campaign"), QStringLiteral("start"), QStringLiteral("Q4 2026"),
                           QStringLiteral("--due"), QStringLiteral("2026-12-31")}
            << QStringLiteral("campaign name 'Q4 2026'");
        QTest::newRow("reviewer without a tool") << QStringList{QStringLiteral("campaign"),
                                                                QStringLiteral("start"),
                                                                QStringLiteral("2026-Q4"),
                                                                QStringLiteral("--due"),
                                                                QStringLiteral("2026-12-31"),
                                                                QStringLiteral("--reviewer"),
                                                                Chen}
                                                 << QStringLiteral("expected TOOL=EMAIL");
        QTest::newRow("no owner") << QStringList{QStringLiteral("campaign"), QStringLiteral("start"),
                                                 QStringLiteral("2026-Q4"), QStringLiteral("--due"),
                                                 QStringLiteral("2026-12-31")}
                                  << QStringLiteral("campaign start needs the campaign owner's e-mail");
        QTest::newRow("decide without a decision")
            << QStringList{QStringLiteral("decide"),     QStringLiteral("2026-Q4"),
                           QStringLiteral("--tool"),     QStringLiteral("aws-prod"),
                           QStringLiteral("--account"),  QStringLiteral("emil"),
                           QStringLiteral("--reviewer"), Chen}
            << QStringLiteral("decide NAME --tool T --account A DECISION --reviewer EMAIL");
        QTest::newRow("unknown decision")
            << QStringList{QStringLiteral("decide"), QStringLiteral("2026-Q4"),    QStringLiteral("delete"),
                           QStringLiteral("--tool"), QStringLiteral("aws-prod"),   QStringLiteral("--account"),
                           QStringLiteral("emil"),   QStringLiteral("--reviewer"), Chen}
            << QStringLiteral("decision 'delete': expected reconcile, certify, expire, remove, reassign, needs-info "
                              "or undo");
        QTest::newRow("date not ISO")
            << QStringList{QStringLiteral("decide"),  QStringLiteral("2026-Q4"),    QStringLiteral("expire"),
                           QStringLiteral("--tool"),  QStringLiteral("aws-prod"),   QStringLiteral("--account"),
                           QStringLiteral("emil"),    QStringLiteral("--reviewer"), Chen,
                           QStringLiteral("--until"), QStringLiteral("12/31/2026")}
            << QStringLiteral("--until: expected a date as YYYY-MM-DD, found '12/31/2026'");
        QTest::newRow("csv and an account")
            << QStringList{QStringLiteral("decide"),    QStringLiteral("2026-Q4"),    QStringLiteral("--from-csv"),
                           QStringLiteral("d.csv"),     QStringLiteral("--reviewer"), Chen,
                           QStringLiteral("--account"), QStringLiteral("emil")}
            << QStringLiteral("decide --from-csv takes its decisions from the file, not --account");
        QTest::newRow("package alone") << QStringList{QStringLiteral("package")}
                                       << QStringLiteral("package needs a subcommand: export or import");
        QTest::newRow("package export without --out")
            << QStringList{QStringLiteral("package"), QStringLiteral("export"), QStringLiteral("2026-Q4"),
                           QStringLiteral("--tool"), QStringLiteral("aws-prod")}
            << QStringLiteral("package export NAME --tool T --out DIR");
        QTest::newRow("accounts --undecided without a campaign")
            << QStringList{QStringLiteral("accounts"), QStringLiteral("--undecided")}
            << QStringLiteral("--undecided needs --campaign NAME");
        QTest::newRow("accounts --reviewer without a campaign")
            << QStringList{QStringLiteral("accounts"), QStringLiteral("--reviewer"), Chen}
            << QStringLiteral("--reviewer needs --campaign NAME");
        QTest::newRow("verify-store with arguments")
            << QStringList{QStringLiteral("verify-store"), QStringLiteral("now")}
            << QStringLiteral("verify-store takes no arguments");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        m_workspace = m_dir.filePath(QStringLiteral("none.rollcall"));
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_workspace));
    }

    void campaignEndToEnd()
    {
        QVERIFY(freshWorkspace(QStringLiteral("e2e.rollcall"), false));
        Run r = cli({QStringLiteral("campaign"), QStringLiteral("start"), QStringLiteral("2026-Q4"),
                     QStringLiteral("--due"), QStringLiteral("2026-12-31"), QStringLiteral("--owner"), Farah,
                     QStringLiteral("--reviewer"), QStringLiteral("atlassian=") + Ada, QStringLiteral("--reviewer"),
                     QStringLiteral("aws-prod=") + Chen});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
                 QStringLiteral("Started campaign 2026-Q4 (due 2026-12-31, owner farah.nasser@larkspur.example): "
                                "19 accounts to review, from snapshots 1, 2, 3, 4.\n"
                                "Reviewer of atlassian: ada.lindqvist@larkspur.example\n"
                                "Reviewer of aws-prod: chen.wei@larkspur.example\n"
                                "Without a reviewer (the campaign owner reviews them): aws-staging\n"));

        r = cli({QStringLiteral("decide"), QStringLiteral("2026-Q4"), QStringLiteral("--tool"),
                 QStringLiteral("aws-prod"), QStringLiteral("--account"), QStringLiteral("legacy-admin"),
                 QStringLiteral("remove"), QStringLiteral("--reviewer"), Chen, QStringLiteral("--reason"),
                 QStringLiteral("nobody knows it")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            r.out.startsWith(QStringLiteral("Recorded remove of aws-prod/arn:aws:iam::111122223333:user/legacy-admin "
                                            "in campaign 2026-Q4 by chen.wei@larkspur.example: attestation 2 "
                                            "(sha256 ")),
            qPrintable(r.out));

        // Separation of duties: a data error that says why.
        r = cli({QStringLiteral("decide"), QStringLiteral("2026-Q4"), QStringLiteral("--tool"),
                 QStringLiteral("aws-staging"), QStringLiteral("--account"), QStringLiteral("<root_account>"),
                 QStringLiteral("remove"), QStringLiteral("--reviewer"), Farah});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err,
                 QStringLiteral("aws-staging/<root_account>: farah.nasser@larkspur.example owns this account and "
                                "cannot decide on it (separation of duties); reassign it to another reviewer\n"));
        r = cli({QStringLiteral("decide"), QStringLiteral("2026-Q4"), QStringLiteral("certify"),
                 QStringLiteral("--tool"), QStringLiteral("atlassian"), QStringLiteral("--account"),
                 QStringLiteral("maria.gomez@contractco.example"), QStringLiteral("--reviewer"), Ada,
                 QStringLiteral("--owner"), QStringLiteral("hana.sato@larkspur.example"), QStringLiteral("--purpose"),
                 QStringLiteral("contract"), QStringLiteral("--until"), QStringLiteral("2027-06-01")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("external accounts are certified for 90 days at most")),
                 qPrintable(r.err));
        r = cli({QStringLiteral("decide"), QStringLiteral("2026-Q4"), QStringLiteral("reassign"),
                 QStringLiteral("--tool"), QStringLiteral("aws-staging"), QStringLiteral("--account"),
                 QStringLiteral("<root_account>"), QStringLiteral("--reviewer"), Farah, QStringLiteral("--to"), Chen});
        QCOMPARE(r.exitCode, 0);

        const QJsonObject s = status();
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        QCOMPARE(s.value(QStringLiteral("total")).toInt(), 19);
        QCOMPARE(s.value(QStringLiteral("decided")).toInt(), 1);
        QCOMPARE(s.value(QStringLiteral("by_tool")).toArray().size(), 3);
        QCOMPARE(s.value(QStringLiteral("by_reviewer")).toArray().size(), 3);
        QCOMPARE(s.value(QStringLiteral("burn_down")).toArray().first().toObject().value(QStringLiteral("undecided")),
                 18);
        r = cli({QStringLiteral("campaign"), QStringLiteral("status"), QStringLiteral("2026-Q4")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Decided 1 of 19 (5%)")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("chen\\.wei@larkspur\\.example +1 +7 +14%"))),
                 qPrintable(r.out));
        r = cli({QStringLiteral("campaign"), QStringLiteral("status")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("2026-Q4 +open +2026-12-31 +1 +19 +farah"))),
                 qPrintable(r.out));

        r = cli({QStringLiteral("verify-store")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("the attestation log is intact: 3 attestations in 1 campaign.")),
                 qPrintable(r.out));

        r = cli({QStringLiteral("campaign"), QStringLiteral("close"), QStringLiteral("2026-Q4")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("Closed campaign 2026-Q4: 1 of 19 account(s) decided; 18 left undecided.\n"));
        r = cli({QStringLiteral("decide"), QStringLiteral("2026-Q4"), QStringLiteral("remove"),
                 QStringLiteral("--tool"), QStringLiteral("aws-prod"), QStringLiteral("--account"),
                 QStringLiteral("emil"), QStringLiteral("--reviewer"), Chen});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("campaign 2026-Q4 was closed on 2026-11-27T12:00:00Z")),
                 qPrintable(r.err));
        QCOMPARE(status().value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    }

    // A reviewer's queue: the campaign's accounts assigned to them now and without a decision in force.
    void accountsOfACampaign()
    {
        QVERIFY(freshWorkspace(QStringLiteral("queue.rollcall")));
        auto keys = [this](const QStringList& filter) {
            const Run r = cli(
                QStringList{QStringLiteral("accounts"), QStringLiteral("--format"), QStringLiteral("csv")} + filter);
            QStringList out;
            for (const QString& line : r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).mid(1))
                out.append(line.section(QLatin1Char(','), 0, 1));
            return r.exitCode == 0 ? out : QStringList{QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)};
        };
        const QString prodPrefix = QStringLiteral("aws-prod,arn:aws:iam::111122223333:user/");
        const QStringList scope = keys({QStringLiteral("--campaign"), QStringLiteral("2026-Q4")});
        const QJsonObject s = status();
        QCOMPARE(scope.size(), s.value(QStringLiteral("total")).toInt());
        QStringList chen = keys({QStringLiteral("--campaign"), QStringLiteral("2026-Q4"), QStringLiteral("--reviewer"),
                                 Chen, QStringLiteral("--undecided")});
        QVERIFY(chen.contains(prodPrefix + QStringLiteral("legacy-admin")));
        for (const QString& k : chen)
            QVERIFY2(k.startsWith(QLatin1String("aws-prod,")), qPrintable(k));

        // Decided: out of the queue; needs-info: still in it; reassigned: in the new reviewer's; undone: back.
        auto decide = [this](const QStringList& args) {
            const Run r = cli(QStringList{QStringLiteral("decide"), QStringLiteral("2026-Q4"), QStringLiteral("--tool"),
                                          QStringLiteral("aws-prod")} +
                              args);
            return r.exitCode == 0 ? QString() : r.err;
        };
        QCOMPARE(decide({QStringLiteral("--account"), QStringLiteral("legacy-admin"), QStringLiteral("remove"),
                         QStringLiteral("--reviewer"), Chen}),
                 QString());
        QCOMPARE(decide({QStringLiteral("--account"), QStringLiteral("emil"), QStringLiteral("needs-info"),
                         QStringLiteral("--reviewer"), Chen, QStringLiteral("--reason"), QStringLiteral("who?")}),
                 QString());
        QCOMPARE(decide({QStringLiteral("--account"), QStringLiteral("ci-deploy"), QStringLiteral("reassign"),
                         QStringLiteral("--reviewer"), Chen, QStringLiteral("--to"), Ada}),
                 QString());
        const QStringList after = keys({QStringLiteral("--campaign"), QStringLiteral("2026-Q4"),
                                        QStringLiteral("--reviewer"), Chen, QStringLiteral("--undecided")});
        QStringList expected = chen;
        expected.removeAll(prodPrefix + QStringLiteral("legacy-admin"));
        expected.removeAll(prodPrefix + QStringLiteral("ci-deploy"));
        QCOMPARE(after, expected);
        QVERIFY(after.contains(prodPrefix + QStringLiteral("emil")));
        QVERIFY(keys({QStringLiteral("--campaign"), QStringLiteral("2026-Q4"), QStringLiteral("--reviewer"),
                      QStringLiteral("ADA.LINDQVIST@larkspur.example"), QStringLiteral("--undecided")})
                    .contains(prodPrefix + QStringLiteral("ci-deploy")));
        QCOMPARE(decide({QStringLiteral("--account"), QStringLiteral("legacy-admin"), QStringLiteral("undo"),
                         QStringLiteral("--reviewer"), Chen, QStringLiteral("--reason"), QStringLiteral("oops")}),
                 QString());
        QVERIFY(keys({QStringLiteral("--campaign"), QStringLiteral("2026-Q4"), QStringLiteral("--reviewer"), Chen,
                      QStringLiteral("--undecided")})
                    .contains(prodPrefix + QStringLiteral("legacy-admin")));

        // An unknown campaign is a data error that names the ones there are.
        const Run r = cli({QStringLiteral("accounts"), QStringLiteral("--campaign"), QStringLiteral("2025-Q1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("no campaign '2025-Q1'; campaigns: 2026-Q4")), qPrintable(r.err));
    }

    void bulkDecisionsNeedConfirmation()
    {
        QVERIFY(freshWorkspace(QStringLiteral("bulk.rollcall")));
        // As a spreadsheet saves it: a byte order mark, semicolons, a guarded cell.
        const QString csv =
            writeFile(QStringLiteral("decisions.csv"), "\xEF\xBB\xBFtool;account;decision;until;reason\r\n"
                                                       "aws-prod;legacy-admin;remove;;'-unknown to everyone\r\n"
                                                       "aws-prod;ci-deploy;expire;2026-12-31;replaced by OIDC\r\n"
                                                       "aws-prod;emil;needs-info;;who is emil?\r\n"
                                                       "aws-prod;svc-terraform;;;\r\n");
        const QStringList args = {QStringLiteral("decide"),     QStringLiteral("2026-Q4"),
                                  QStringLiteral("--from-csv"), csv,
                                  QStringLiteral("--reviewer"), Chen};
        Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(csv + QStringLiteral(": 2 accounts would be removed or expired in campaign 2026-Q4 "
                                                       "(1 remove, 1 expire)\n")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("run again with --yes to confirm the 2 accounts; nothing was recorded")),
                 qPrintable(r.err));
        QCOMPARE(status().value(QStringLiteral("decided")).toInt(), 0);

        r = cli(args + QStringList{QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("Recorded 3 decisions in campaign 2026-Q4 as chen.wei@larkspur.example "
                                       "(attestations 2 to 4); 1 row without a decision skipped.\n"));
        const QJsonObject s = status();
        QCOMPARE(s.value(QStringLiteral("decided")).toInt(), 2);
        QCOMPARE(s.value(QStringLiteral("needs_info")).toInt(), 1);
        r = cli(args + QStringList{QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(QLatin1String("this file was already recorded in campaign 2026-Q4 (attestations 2 to 4)")),
            qPrintable(r.err));

        // Certify is refused in bulk for orphaned and privileged rows, with the row's position.
        const QString certify = writeFile(QStringLiteral("certify.csv"),
                                          "tool,account,decision,owner,until,purpose,reason\n"
                                          "atlassian,emil.haddad@larkspur.example,certify,hana.sato@larkspur.example,"
                                          "2027-03-01,admin,handover\n");
        r = cli({QStringLiteral("decide"), QStringLiteral("2026-Q4"), QStringLiteral("--from-csv"), certify,
                 QStringLiteral("--reviewer"), Ada});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, certify + QStringLiteral(":2: atlassian/emil.haddad@larkspur.example: bulk certify is refused "
                                                 "for orphaned accounts; certify it on its own\n"));
        const QString broken = writeFile(QStringLiteral("broken.csv"), "tool,account,decision\n\"aws-prod,emil\n");
        r = cli({QStringLiteral("decide"), QStringLiteral("2026-Q4"), QStringLiteral("--from-csv"), broken,
                 QStringLiteral("--reviewer"), Chen});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(broken + QStringLiteral(":2")), qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("verify-store")}).exitCode, 0);
    }

    void packageRoundTrip()
    {
        QVERIFY(freshWorkspace(QStringLiteral("package.rollcall")));
        const QString dir = m_dir.filePath(QStringLiteral("atlassian-package"));
        Run r = cli({QStringLiteral("package"), QStringLiteral("export"), QStringLiteral("2026-Q4"),
                     QStringLiteral("--tool"), QStringLiteral("atlassian"), QStringLiteral("--out"), dir});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("Wrote a review package of 7 accounts for ada.lindqvist@larkspur.example to %1 "
                                       "(1 account of the tool assigned to somebody else left out).\n")
                            .arg(dir));
        QFile csv(dir + QStringLiteral("/accounts.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        csv.close();
        QVERIFY(
            fillPackageRow(lines, QStringLiteral("old.intern@gmail.example"), QStringLiteral("remove,,,,,left 2024,")));
        QVERIFY(fillPackageRow(lines, QStringLiteral("jenkins-bot@larkspur.example"),
                               QStringLiteral("certify,bruno.okafor@larkspur.example,2027-06-01,CI builds,,,")));
        QVERIFY(fillPackageRow(lines, QStringLiteral("maria.gomez@contractco.example"),
                               QStringLiteral("reassign,,,,,her sponsor decides,hana.sato@larkspur.example")));
        QVERIFY(csv.open(QIODevice::WriteOnly | QIODevice::Truncate));
        csv.write(lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
        csv.close();

        const QStringList import = {QStringLiteral("package"), QStringLiteral("import"), QStringLiteral("2026-Q4"),
                                    dir};
        r = cli(import);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("1 account would be removed or expired")), qPrintable(r.err));
        r = cli(import + QStringList{QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("Recorded 3 decisions in campaign 2026-Q4 as ada.lindqvist@larkspur.example "
                                       "(attestations 2 to 4); 4 rows without a decision skipped.\n"));
        const QJsonObject s = status();
        QCOMPARE(s.value(QStringLiteral("decided")).toInt(), 2);
        const QJsonArray reviewers = s.value(QStringLiteral("by_reviewer")).toArray();
        QVERIFY(std::any_of(reviewers.begin(), reviewers.end(), [](const QJsonValue& v) {
            return v.toObject().value(QStringLiteral("reviewer")).toString() ==
                   QLatin1String("hana.sato@larkspur.example");
        }));

        // A symbolic link inside the folder: refused, nothing recorded.
        QVERIFY(QFile::link(m_workspace, dir + QStringLiteral("/notes.csv")));
        r = cli(import + QStringList{QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("notes.csv: is a symbolic link")), qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("verify-store")}).exitCode, 0);
    }

    void tamperingIsNamed()
    {
        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (sqlite3.isEmpty())
            QSKIP("the sqlite3 shell is not installed (Debian package sqlite3)");
        QVERIFY(freshWorkspace(QStringLiteral("tamper.rollcall")));
        for (const char* account : {"legacy-admin", "emil", "ci-deploy"}) {
            const Run r = cli({QStringLiteral("decide"), QStringLiteral("2026-Q4"), QStringLiteral("remove"),
                               QStringLiteral("--tool"), QStringLiteral("aws-prod"), QStringLiteral("--account"),
                               QLatin1String(account), QStringLiteral("--reviewer"), Chen});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        QProcess shell;
        shell.start(sqlite3, {m_workspace, QStringLiteral("DROP TRIGGER attestation_append_only_update; UPDATE "
                                                          "attestation SET decision = 'certify' WHERE seq = 3;")});
        QVERIFY(shell.waitForFinished(60000));
        QCOMPARE(shell.exitCode(), 0);
        const Run r = cli({QStringLiteral("verify-store")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.startsWith(m_workspace + QStringLiteral(": attestation 3 (certify of aws-prod/arn:aws:iam::"
                                                          "111122223333:user/emil in 2026-Q4 by chen.wei@larkspur."
                                                          "example at 2026-11-27T12:00:00Z) was edited after it was "
                                                          "recorded")),
            qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("the attestation log is NOT intact")), qPrintable(r.err));
    }

    // Two rollcall-cli processes deciding at the same moment, round after round: every decision lands
    // and the chain stays one chain.
    void concurrentDecisionsLoseNothing()
    {
        QVERIFY(freshWorkspace(QStringLiteral("concurrent.rollcall")));
        const QStringList prod = {QStringLiteral("legacy-admin"),  QStringLiteral("emil"),
                                  QStringLiteral("ci-deploy"),     QStringLiteral("svc-terraform"),
                                  QStringLiteral("dana.kowalski"), QStringLiteral("<root_account>")};
        const QStringList atlassian = {
            QStringLiteral("old.intern@gmail.example"),       QStringLiteral("gustav.b.home@mail.example"),
            QStringLiteral("jenkins-bot@larkspur.example"),   QStringLiteral("maria.gomez@contractco.example"),
            QStringLiteral("ivan.petrov@contractco.example"), QStringLiteral("dana.kowalski@larkspur.example")};
        for (int i = 0; i < prod.size(); ++i) {
            QProcess* a = launch({QStringLiteral("decide"), QStringLiteral("2026-Q4"), QStringLiteral("remove"),
                                  QStringLiteral("--tool"), QStringLiteral("aws-prod"), QStringLiteral("--account"),
                                  prod.at(i), QStringLiteral("--reviewer"), Chen});
            QProcess* b = launch({QStringLiteral("decide"), QStringLiteral("2026-Q4"), QStringLiteral("needs-info"),
                                  QStringLiteral("--tool"), QStringLiteral("atlassian"), QStringLiteral("--account"),
                                  atlassian.at(i), QStringLiteral("--reviewer"), Ada, QStringLiteral("--reason"),
                                  QStringLiteral("round %1").arg(i)});
            const Run ra = finish(a);
            const Run rb = finish(b);
            QVERIFY2(ra.exitCode == 0, qPrintable(ra.err));
            QVERIFY2(rb.exitCode == 0, qPrintable(rb.err));
        }
        // And two bulk files at once.
        const QString c1 = writeFile(QStringLiteral("c1.csv"), "tool,account,decision,reason\n"
                                                               "aws-staging,test-user,needs-info,who?\n"
                                                               "aws-staging,svc-backup,needs-info,which job?\n");
        const QString c2 = writeFile(QStringLiteral("c2.csv"), "tool,account,decision,reason\n"
                                                               "aws-staging,lea.novak,needs-info,left?\n"
                                                               "aws-staging,sam.jones,needs-info,which Sam?\n");
        QProcess* a = launch({QStringLiteral("decide"), QStringLiteral("2026-Q4"), QStringLiteral("--from-csv"), c1,
                              QStringLiteral("--reviewer"), Farah});
        QProcess* b = launch({QStringLiteral("decide"), QStringLiteral("2026-Q4"), QStringLiteral("--from-csv"), c2,
                              QStringLiteral("--reviewer"), Farah});
        const Run ra = finish(a);
        const Run rb = finish(b);
        QVERIFY2(ra.exitCode == 0, qPrintable(ra.err));
        QVERIFY2(rb.exitCode == 0, qPrintable(rb.err));

        const Run v = cli({QStringLiteral("verify-store")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY2(v.out.contains(QLatin1String("intact: 17 attestations")), qPrintable(v.out));
        const QJsonObject s = status();
        QCOMPARE(s.value(QStringLiteral("decided")).toInt(), 6);
        QCOMPARE(s.value(QStringLiteral("needs_info")).toInt(), 10);
    }

    // remediation NAME --out DIR | --status, and the loop closed by a newer export.
    void remediation()
    {
        QVERIFY(freshWorkspace(QStringLiteral("remediation.rollcall")));
        const QString verb = QStringLiteral("remediation");
        QCOMPARE(cli({verb}).exitCode, 2);
        QCOMPARE(cli({verb, QStringLiteral("2026-Q4")}).exitCode, 2);
        QCOMPARE(cli({verb, QStringLiteral("2026-Q4"), QStringLiteral("--status"), QStringLiteral("--format"),
                      QStringLiteral("xml")})
                     .exitCode,
                 2);
        const Run unknown = cli({verb, QStringLiteral("2026-Q9"), QStringLiteral("--status")});
        QCOMPARE(unknown.exitCode, 1);
        for (const QString& account : {QStringLiteral("legacy-admin"), QStringLiteral("dana.kowalski")}) {
            const Run r = cli({QStringLiteral("decide"), QStringLiteral("2026-Q4"), QStringLiteral("remove"),
                               QStringLiteral("--tool"), QStringLiteral("aws-prod"), QStringLiteral("--account"),
                               account, QStringLiteral("--reviewer"), Chen});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        const QString out = m_dir.filePath(QStringLiteral("remediation-out"));
        const Run written = cli({verb, QStringLiteral("2026-Q4"), QStringLiteral("--out"), out});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        QVERIFY2(written.out.contains(QLatin1String("2 actions in 1 tool(s) (2 open, 0 overdue, 0 done)")),
                 qPrintable(written.out));
        QVERIFY(written.out.contains(QLatin1String("  aws-prod-remediate.sh\n")));
        QVERIFY(QFile::exists(out + QStringLiteral("/aws-prod-actions.csv")));
        QVERIFY(QFile::exists(out + QStringLiteral("/jira-tickets.csv")));
        QProcess bash;
        bash.start(QStringLiteral("bash"), {QStringLiteral("-n"), out + QStringLiteral("/aws-prod-remediate.sh")});
        QVERIFY(bash.waitForFinished(30000));
        QCOMPARE(bash.exitCode(), 0);
        // The same folder again: refused, the files stay.
        QCOMPARE(cli({verb, QStringLiteral("2026-Q4"), QStringLiteral("--out"), out}).exitCode, 1);

        // A week later, a new credential report without legacy-admin.
        m_now = QStringLiteral("2026-12-04T08:00:00Z");
        QFile demoReport(demo("aws-prod-credential-report.csv"));
        QVERIFY(demoReport.open(QIODevice::ReadOnly));
        QByteArray report;
        for (const QByteArray& line : demoReport.readAll().split('\n')) {
            if (!line.startsWith("legacy-admin,") && !line.isEmpty())
                report += line + '\n';
        }
        const Run imported = cli({QStringLiteral("import"), QStringLiteral("--tool"), QStringLiteral("aws-prod"),
                                  writeFile(QStringLiteral("aws-prod-december.csv"), report)});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(
                     QLatin1String("Remediation of campaign 2026-Q4 in aws-prod: 0 open, 1 overdue, 1 done.")),
                 qPrintable(imported.out));
        const Run json = cli({verb, QStringLiteral("2026-Q4"), QStringLiteral("--status"), QStringLiteral("--format"),
                              QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("done")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("overdue")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("open")).toInt(), 0);
        const QJsonArray items = o.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("login")).toString(), QStringLiteral("dana.kowalski"));
        QVERIFY(items.at(0)
                    .toObject()
                    .value(QStringLiteral("note"))
                    .toString()
                    .startsWith(QLatin1String("remove decided on 2026-11-27, still present in snapshot")));
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        const Run table = cli({verb, QStringLiteral("2026-Q4"), QStringLiteral("--status")});
        QVERIFY2(table.out.contains(QLatin1String("0 open, 1 overdue, 1 done")), qPrintable(table.out));
        const Run campaign = cli({QStringLiteral("campaign"), QStringLiteral("status"), QStringLiteral("2026-Q4")});
        QVERIFY2(campaign.out.contains(QLatin1String("Remediation: 0 open, 1 overdue, 1 done")),
                 qPrintable(campaign.out));
        QCOMPARE(status().value(QStringLiteral("remediation")).toObject().value(QStringLiteral("overdue")).toInt(), 1);
        m_now = QStringLiteral("2026-11-27T12:00:00Z");
    }
};

QTEST_GUILESS_MAIN(TestCampaignCli)
#include "TestCampaignCli.moc"
