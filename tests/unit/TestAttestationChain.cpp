// SPDX-License-Identifier: GPL-3.0-or-later
// The attestation log: its canonical form, its append-only triggers, and verify-store finding what
// somebody did to the file with the sqlite3 shell.
#include "RulesLoader.h"
#include "TempWorkspace.h"
#include "campaign/Attestation.h"
#include "campaign/CampaignStore.h"
#include "campaign/ChainVerifier.h"
#include "campaign/DecisionService.h"
#include "util/Clock.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Rollcall;

class TestAttestationChain : public QObject
{
    Q_OBJECT

private:
    // The demo company with a campaign and four decisions: attestations 1 (start) to 5.
    static bool prepare(TempWorkspace& ws, QString& error)
    {
        if (!ws.importDemo(&error))
            return false;
        Rules rules;
        if (!RulesLoader::loadForWorkspace(ws.store(), QString(), rules, error))
            return false;
        CampaignStore campaigns(ws.store(), rules);
        StartRequest start;
        start.name = QStringLiteral("2026-Q4");
        start.due = QDate(2026, 12, 31);
        start.owner = QStringLiteral("farah.nasser@larkspur.example");
        start.reviewers.insert(QStringLiteral("aws-prod"), QStringLiteral("chen.wei@larkspur.example"));
        StartReport report;
        if (!campaigns.start(start, report)) {
            error = campaigns.errorString();
            return false;
        }
        DecisionService decisions(ws.store(), rules);
        auto decide = [&](const char* tool, const char* account, DecisionKind kind, const char* reviewer) {
            DecisionRequest r;
            r.tool = QLatin1String(tool);
            r.account = QLatin1String(account);
            r.kind = kind;
            if (kind == DecisionKind::NeedsInfo)
                r.reason = QStringLiteral("who uses it?");
            if (kind == DecisionKind::Certify) {
                r.owner = QStringLiteral("bruno.okafor@larkspur.example");
                r.purpose = QStringLiteral("Terraform runs");
                r.until = QDate(2027, 3, 1);
            }
            if (!decisions.decide(start.name, r, QLatin1String(reviewer))) {
                error = decisions.errorString();
                return false;
            }
            return true;
        };
        return decide("aws-prod", "legacy-admin", DecisionKind::Remove, "chen.wei@larkspur.example") &&
               decide("aws-staging", "test-user", DecisionKind::Remove, "farah.nasser@larkspur.example") &&
               decide("aws-prod", "emil", DecisionKind::NeedsInfo, "chen.wei@larkspur.example") &&
               decide("aws-prod", "svc-terraform", DecisionKind::Certify, "chen.wei@larkspur.example");
    }

    static ChainReport verify(TempWorkspace& ws)
    {
        ChainReport report;
        QString error;
        if (!ChainVerifier::verify(ws.store().database(), report, error))
            report.problems.append({-1, error});
        return report;
    }

private Q_SLOTS:
    void cleanup() { Clock::setFixed(QDateTime()); }

    void canonicalForm()
    {
        // The expected bytes and hashes come from Python:
        // json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        Attestation a;
        a.seq = 1;
        a.campaign = QStringLiteral("2026-Q4");
        a.tool = QStringLiteral("aws-prod");
        a.accountKey = QStringLiteral("arn:aws:iam::1:user/x");
        a.decision = QStringLiteral("certify");
        a.reviewer = QStringLiteral("ada@larkspur.example");
        a.at = QStringLiteral("2026-11-27T12:00:00Z");
        a.prevHash = genesisHash();
        a.fields = canonicalFields({{QStringLiteral("until"), QStringLiteral("2027-02-01")},
                                    {QStringLiteral("reason"), QStringLiteral("said \"yes\"\\ ok\nline2\x01 Zoë / é")},
                                    {QStringLiteral("owner"), QStringLiteral("hana.sato@larkspur.example")}});
        QCOMPARE(QString::fromUtf8(a.canonical()),
                 QStringLiteral("{\"account\":\"arn:aws:iam::1:user/x\",\"at\":\"2026-11-27T12:00:00Z\",\"campaign\":"
                                "\"2026-Q4\",\"decision\":\"certify\",\"fields\":{\"owner\":\"hana.sato@larkspur."
                                "example\",\"reason\":\"said \\\"yes\\\"\\\\ ok\\nline2\\u0001 Zoë / é\",\"until\":"
                                "\"2027-02-01\"},\"prev\":\"0000000000000000000000000000000000000000000000000000000000"
                                "000000\",\"reviewer\":\"ada@larkspur.example\",\"seq\":1,\"supersedes\":null,"
                                "\"tool\":\"aws-prod\",\"v\":1}"));
        QCOMPARE(a.computeHash(), QStringLiteral("32f5932eed858e0c7c9b5c769a7a3e2f7ee6405b2592519a2ff294ac385c4b4a"));
        a.seq = 7;
        a.supersedes = 3;
        a.fields = canonicalFields({});
        QCOMPARE(a.computeHash(), QStringLiteral("09fb13d1bd45179e15ae1b3cc922e78858afce83f263d94b0896503be1ab9906"));
        QCOMPARE(a.fieldMap(), (QMap<QString, QString>()));
    }

    void intactChainLinksEveryAttestation()
    {
        TempWorkspace ws;
        QString error;
        QVERIFY2(prepare(ws, error), qPrintable(error));
        const ChainReport report = verify(ws);
        QVERIFY2(report.ok(), qPrintable(report.problems.value(0).message));
        QCOMPARE(report.attestations, 5);
        QCOMPARE(report.campaigns, 1);
        QCOMPARE(report.headSeq, 5);
        QList<Attestation> log;
        AttestationLog reader(ws.store().database());
        QVERIFY(reader.read(log));
        QCOMPARE(log.size(), 5);
        QCOMPARE(log.first().decision, CampaignEvent::Start);
        QCOMPARE(log.first().prevHash, genesisHash());
        for (int i = 1; i < log.size(); ++i) {
            QCOMPARE(log.at(i).seq, i + 1);
            QCOMPARE(log.at(i).prevHash, log.at(i - 1).hash);
            QCOMPARE(log.at(i).computeHash(), log.at(i).hash);
        }
        QCOMPARE(report.headHash, log.last().hash);
    }

    void triggersKeepTheLogAppendOnly_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("update attestation")
            << QStringLiteral("UPDATE attestation SET decision = 'certify' WHERE seq = 2");
        QTest::newRow("delete attestation") << QStringLiteral("DELETE FROM attestation WHERE seq = 5");
        QTest::newRow("rewind head") << QStringLiteral("UPDATE attestation_head SET seq = 4");
        QTest::newRow("delete head") << QStringLiteral("DELETE FROM attestation_head");
        QTest::newRow("edit scope") << QStringLiteral("UPDATE campaign_item SET class = 'managed'");
        QTest::newRow("drop from scope") << QStringLiteral("DELETE FROM campaign_item WHERE id = 1");
        QTest::newRow("change reviewer") << QStringLiteral("UPDATE campaign_reviewer SET reviewer = 'x@y.example'");
        QTest::newRow("change due date") << QStringLiteral("UPDATE campaign SET due = '2030-01-01'");
        QTest::newRow("unfreeze snapshot") << QStringLiteral("DELETE FROM campaign_snapshot");
    }

    void triggersKeepTheLogAppendOnly()
    {
        QFETCH(QString, sql);
        TempWorkspace ws;
        QString error;
        QVERIFY2(prepare(ws, error), qPrintable(error));
        QSqlQuery q(ws.store().database());
        QVERIFY(!q.exec(sql));
        QVERIFY2(q.lastError().text().contains(QLatin1String("append-only")) ||
                     q.lastError().text().contains(QLatin1String("frozen")) ||
                     q.lastError().text().contains(QLatin1String("head")),
                 qPrintable(q.lastError().text()));
        QVERIFY(verify(ws).ok());
    }

    // What somebody with the sqlite3 shell can do: drop a trigger, then edit. Each is found, and the
    // first problem names the first broken attestation.
    void tamperingWithTheShellIsFound_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("seq");
        QTest::addColumn<QString>("message");
        QTest::newRow("update") << QStringLiteral("DROP TRIGGER attestation_append_only_update; "
                                                  "UPDATE attestation SET decision = 'certify' WHERE seq = 3;")
                                << qint64(3) << QStringLiteral("attestation 3 (certify of aws-staging/");
        QTest::newRow("update then restore the trigger")
            << QStringLiteral("DROP TRIGGER attestation_append_only_update; "
                              "UPDATE attestation SET reviewer = 'ada.lindqvist@larkspur.example' WHERE seq = 2; "
                              "CREATE TRIGGER attestation_append_only_update BEFORE UPDATE ON attestation "
                              "BEGIN SELECT RAISE(ABORT, 'attestations are append-only'); END;")
            << qint64(2) << QStringLiteral("was edited after it was recorded");
        QTest::newRow("edit fields") << QStringLiteral(
                                            "DROP TRIGGER attestation_append_only_update; UPDATE attestation "
                                            "SET fields = replace(fields, '2027-03-01', '2029-03-01') "
                                            "WHERE seq = 5;")
                                     << qint64(5) << QStringLiteral("attestation 5 (certify of aws-prod/");
        QTest::newRow("delete") << QStringLiteral("DROP TRIGGER attestation_append_only_delete; "
                                                  "DELETE FROM attestation WHERE seq = 3;")
                                << qint64(3) << QStringLiteral("attestation 3 is missing: the log jumps from 2 to 4");
        QTest::newRow("delete the last") << QStringLiteral("DROP TRIGGER attestation_append_only_delete; "
                                                           "DELETE FROM attestation WHERE seq = 5;")
                                         << qint64(5) << QStringLiteral("attestation 5, the last one, is missing");
        QTest::newRow("reorder") << QStringLiteral("DROP TRIGGER attestation_append_only_update; "
                                                   "UPDATE attestation SET seq = -seq WHERE seq IN (3, 4); "
                                                   "UPDATE attestation SET seq = 3 WHERE seq = -4; "
                                                   "UPDATE attestation SET seq = 4 WHERE seq = -3;")
                                 << qint64(3) << QStringLiteral("is out of order: it was recorded as attestation 4");
        QTest::newRow("delete and renumber")
            << QStringLiteral(
                   "DROP TRIGGER attestation_append_only_delete; DROP TRIGGER attestation_append_only_update; "
                   "DELETE FROM attestation WHERE seq = 3; UPDATE attestation SET seq = seq - 1 WHERE seq > 3; "
                   "DROP TRIGGER attestation_head_forward_only; UPDATE attestation_head SET seq = 4;")
            << qint64(3) << QStringLiteral("is out of order: it was recorded as attestation 4");
        QTest::newRow("move to another campaign")
            << QStringLiteral("DROP TRIGGER attestation_append_only_update; "
                              "UPDATE attestation SET campaign_id = 99 WHERE seq = 4;")
            << qint64(4) << QStringLiteral("is filed under campaign id 99, which does not exist");
        QTest::newRow("narrow the scope")
            << QStringLiteral("DROP TRIGGER campaign_item_frozen_delete; DELETE FROM campaign_item WHERE tool = "
                              "'atlassian';")
            << qint64(1)
            << QStringLiteral("campaign 2026-Q4 no longer matches its campaign-start attestation 1: "
                              "accounts in scope changed");
        QTest::newRow("change a reviewer")
            << QStringLiteral("DROP TRIGGER campaign_reviewer_frozen_update; UPDATE campaign_reviewer SET reviewer = "
                              "'mallory@larkspur.example';")
            << qint64(1) << QStringLiteral("reviewers changed outside Rollcall");
    }

    void tamperingWithTheShellIsFound()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, seq);
        QFETCH(QString, message);
        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (sqlite3.isEmpty())
            QSKIP("the sqlite3 shell is not installed (Debian package sqlite3)");
        TempWorkspace ws;
        QString error;
        QVERIFY2(prepare(ws, error), qPrintable(error));
        QVERIFY(verify(ws).ok());
        ws.store().close();
        QProcess shell;
        shell.start(sqlite3, {ws.path(), sql});
        QVERIFY(shell.waitForFinished(60000));
        QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());
        QVERIFY(ws.store().open(ws.path()));
        const ChainReport report = verify(ws);
        QVERIFY(!report.ok());
        QCOMPARE(report.problems.first().seq, seq);
        QVERIFY2(report.problems.first().message.contains(message), qPrintable(report.problems.first().message));
        if (sql.contains(QLatin1String("DROP TRIGGER")) && !sql.contains(QLatin1String("CREATE TRIGGER"))) {
            QVERIFY2(report.problems.last().message.contains(QLatin1String("are missing")),
                     qPrintable(report.problems.last().message));
        }
    }
};

QTEST_GUILESS_MAIN(TestAttestationChain)
#include "TestAttestationChain.moc"
