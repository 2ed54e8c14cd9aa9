// SPDX-License-Identifier: GPL-3.0-or-later
// Campaigns on the demo company: frozen scope, carry-over into the next campaign, progress and burn-down,
// close, and review packages (decisions themselves: TestDecisions).
#include "DemoCampaign.h"
#include "Importer.h"
#include "campaign/CampaignStore.h"
#include "campaign/DecisionService.h"
#include "campaign/ReviewPackage.h"
#include "reconcile/Reconciler.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Rollcall;

namespace {

QString readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestCampaigns : public QObject, protected DemoCampaign::Fixture
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { tearDown(); }

    void startFreezesTheDefaultScope()
    {
        QVERIFY(setUp(false));
        CampaignStore campaigns(m_ws->store(), m_rules);
        StartReport report;
        QVERIFY2(campaigns.start(demoStart(), report), qPrintable(campaigns.errorString()));
        // Every account that is not managed (18), plus the one privileged managed account (Ada's Org Admin).
        QCOMPARE(report.items, 19);
        QCOMPARE(report.toolsWithoutReviewer, QStringList{QStringLiteral("aws-staging")});
        QCOMPARE(report.campaign.snapshotIds, (QList<qint64>{1, 2, 3, 4}));
        QCOMPARE(m_ws->count(QStringLiteral("SELECT count(*) FROM campaign_item WHERE class = 'managed'")), 1);
        QCOMPARE(m_ws->count(QStringLiteral("SELECT count(*) FROM campaign_snapshot")), 4);
        // Separation of duties from the start: Ada's own account goes to the campaign owner.
        QCOMPARE(item(QStringLiteral("atlassian"), QStringLiteral("ada.lindqvist@larkspur.example")).reviewer, Farah);
        QCOMPARE(item(QStringLiteral("atlassian"), QStringLiteral("old.intern@gmail.example")).reviewer, Ada);
        QCOMPARE(item(QStringLiteral("aws-staging"), QStringLiteral("test-user")).reviewer, Farah);
        QCOMPARE(attestations(), 1);
        QCOMPARE(m_ws->count(QStringLiteral("SELECT count(*) FROM attestation WHERE decision = 'campaign-start' AND "
                                            "fields LIKE '%\"items\":\"19\"%'")),
                 1);
        QVERIFY(chainIntact());

        CampaignProgress p;
        QVERIFY(campaigns.progress(report.campaign, p));
        QCOMPARE(p.total, 19);
        QCOMPARE(p.decided, 0);
        QCOMPARE(p.byTool.size(), 3);
        QCOMPARE(p.byTool.at(2).key, QStringLiteral("aws-staging"));
        QCOMPARE(p.byTool.at(2).reviewer, Farah);
        QCOMPARE(p.byReviewer.size(), 3);
    }

    void startScopeByToolAndClass()
    {
        QVERIFY(setUp(false));
        CampaignStore campaigns(m_ws->store(), m_rules);
        StartRequest s = demoStart();
        s.tools = {QStringLiteral("aws-prod")};
        s.classes = {QStringLiteral("unmanaged"), QStringLiteral("managed")};
        s.reviewers.remove(QStringLiteral("atlassian"));
        StartReport report;
        QVERIFY2(campaigns.start(s, report), qPrintable(campaigns.errorString()));
        // aws-prod: emil and legacy-admin are unmanaged, ada and bruno managed.
        QCOMPARE(report.items, 4);
        QCOMPARE(report.campaign.snapshotIds, (QList<qint64>{1, 2}));
    }

    void startRefusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QStringList>("tools");
        QTest::addColumn<QString>("reviewer"); // TOOL=EMAIL
        QTest::addColumn<QString>("message");
        const QDate due(2026, 12, 31);
        QTest::newRow("bad name") << QStringLiteral("Q4 2026") << due << QStringList() << QString()
                                  << QStringLiteral("campaign name 'Q4 2026'");
        QTest::newRow("due in the past") << Campaign << QDate(2026, 11, 1) << QStringList() << QString()
                                         << QStringLiteral("due date 2026-11-01 is in the past");
        QTest::newRow("unknown tool") << Campaign << due << QStringList{QStringLiteral("github")} << QString()
                                      << QStringLiteral("no snapshot of tool 'github'");
        QTest::newRow("reviewer of a tool out of scope")
            << Campaign << due << QStringList{QStringLiteral("aws-prod")}
            << QStringLiteral("atlassian=x@larkspur.example")
            << QStringLiteral("reviewer for 'atlassian': not a tool in the campaign's scope");
        QTest::newRow("reviewer not an e-mail") << Campaign << due << QStringList() << QStringLiteral("aws-prod=chen")
                                                << QStringLiteral("reviewer of aws-prod: 'chen' is not an e-mail");
    }

    void startRefusals()
    {
        QFETCH(QString, name);
        QFETCH(QDate, due);
        QFETCH(QStringList, tools);
        QFETCH(QString, reviewer);
        QFETCH(QString, message);
        QVERIFY(setUp(false));
        StartRequest s;
        s.name = name;
        s.due = due;
        s.owner = Farah;
        s.tools = tools;
        if (!reviewer.isEmpty())
            s.reviewers.insert(reviewer.section(QLatin1Char('='), 0, 0), reviewer.section(QLatin1Char('='), 1));
        CampaignStore campaigns(m_ws->store(), m_rules);
        StartReport report;
        QVERIFY(!campaigns.start(s, report));
        QVERIFY2(campaigns.errorString().contains(message), qPrintable(campaigns.errorString()));
        QCOMPARE(m_ws->count(QStringLiteral("SELECT count(*) FROM campaign")), 0);
        QCOMPARE(attestations(), 0);
    }

    void startRefusedWhileOpenOrUnreconciled()
    {
        QVERIFY(setUp());
        CampaignStore campaigns(m_ws->store(), m_rules);
        StartReport report;
        QVERIFY(!campaigns.start(demoStart(), report));
        QVERIFY2(campaigns.errorString().contains(QLatin1String("campaign 2026-Q4 already exists")),
                 qPrintable(campaigns.errorString()));
        QVERIFY(!campaigns.start(demoStart(QStringLiteral("2027-Q1")), report));
        QVERIFY2(campaigns.errorString().contains(QLatin1String("campaign 2026-Q4 is still open; close it first")),
                 qPrintable(campaigns.errorString()));
        CampaignInfo closed;
        CampaignProgress p;
        QVERIFY(campaigns.close(Campaign, Farah, closed, p));
        // A new export nobody reconciled yet: its accounts have no class.
        const QString file =
            m_ws->writeFile(QStringLiteral("staging.csv"),
                            readAll(QStringLiteral(ROLLCALL_DEMO_DATA "/aws-staging-credential-report.csv"))
                                .replace(QStringLiteral("test-user"), QStringLiteral("test-user2"))
                                .toUtf8());
        QVERIFY(m_ws->importFile(file, SourceKind::Tool, QStringLiteral("aws-staging")).ok);
        QVERIFY(!campaigns.start(demoStart(QStringLiteral("2027-Q1")), report));
        QVERIFY2(campaigns.errorString().contains(QLatin1String("not reconciled yet; run `reconcile` first")),
                 qPrintable(campaigns.errorString()));
    }

    void carryOverIntoTheNextCampaign()
    {
        QVERIFY(setUp());
        auto certify = [&](const QString& tool, const QString& account, const QString& reviewer, const QString& owner,
                           const QDate& until, bool justify) {
            DecisionRequest r = request(tool, account, DecisionKind::Certify);
            r.owner = owner;
            r.purpose = QStringLiteral("business as usual");
            r.until = until;
            if (justify)
                r.reason = QStringLiteral("reviewed with the owner");
            return decide(r, reviewer);
        };
        const QString atl = QStringLiteral("atlassian");
        QVERIFY(certify(atl, QStringLiteral("ada.lindqvist@larkspur.example"), Farah, {}, QDate(2027, 6, 1), true));
        QVERIFY(certify(atl, QStringLiteral("maria.gomez@contractco.example"), Ada, Hana, QDate(2027, 2, 20), false));
        QVERIFY(certify(atl, QStringLiteral("ivan.petrov@contractco.example"), Ada, {}, QDate(2026, 12, 15), false));
        QVERIFY(certify(atl, QStringLiteral("jenkins-bot@larkspur.example"), Ada, Bruno, QDate(2027, 9, 1), false));
        QVERIFY(certify(atl, QStringLiteral("old.intern@gmail.example"), Ada, Hana, QDate(2027, 6, 1), true));
        QVERIFY(certify(atl, QStringLiteral("gustav.b.home@mail.example"), Ada,
                        QStringLiteral("kim.laurent@larkspur.example"), QDate(2027, 6, 1), true));
        QVERIFY(certify(QStringLiteral("aws-prod"), QStringLiteral("svc-terraform"), Chen, Bruno, QDate(2027, 9, 1),
                        false));
        QVERIFY(decide(request(atl, QStringLiteral("dana.kowalski@larkspur.example"), DecisionKind::Remove), Ada));
        CampaignStore campaigns(m_ws->store(), m_rules);
        CampaignInfo closed;
        CampaignProgress p;
        QVERIFY(campaigns.close(Campaign, Farah, closed, p));
        QCOMPARE(p.decided, 8);

        // A month later: new exports. jenkins-bot became an Org Admin, old.intern changed e-mail, Kim left.
        Clock::setFixed(QDateTime(QDate(2026, 12, 28), QTime(9, 0), Qt::UTC));
        QString atlassian = readAll(QStringLiteral(ROLLCALL_DEMO_DATA "/atlassian-export-users.csv"));
        atlassian.replace(QStringLiteral("jenkins-bot@larkspur.example,Active,2 Feb 2021,None"),
                          QStringLiteral("jenkins-bot@larkspur.example,Active,2 Feb 2021,Org Admin"));
        atlassian.replace(QStringLiteral("old.intern@gmail.example"), QStringLiteral("old.intern@yahoo.example"));
        QString directory = readAll(QStringLiteral(ROLLCALL_DEMO_DATA "/entra-users.csv"));
        const qsizetype kim = directory.indexOf(QStringLiteral("kim.laurent@larkspur.example,Kim Laurent"));
        QVERIFY(kim > 0);
        directory.replace(directory.indexOf(QStringLiteral(",True,"), kim), 6, QStringLiteral(",False,"));
        QVERIFY(m_ws->importFile(m_ws->writeFile(QStringLiteral("atl2.csv"), atlassian.toUtf8()), SourceKind::Tool, atl)
                    .ok);
        QVERIFY(m_ws->importFile(m_ws->writeFile(QStringLiteral("dir2.csv"), directory.toUtf8()), SourceKind::Directory,
                                 QStringLiteral("directory"))
                    .ok);
        Reconciler reconciler(m_ws->store(), m_rules);
        ReconcileReport rr;
        QVERIFY(reconciler.run(rr));

        StartReport report;
        QVERIFY2(campaigns.start(demoStart(QStringLiteral("2027-Q1")), report), qPrintable(campaigns.errorString()));
        QCOMPARE(report.campaign.previousName, Campaign);
        QCOMPARE(report.carriedOver, 3); // Ada's admin account, Maria (still within 90 days), svc-terraform
        const QString next = QStringLiteral("2027-Q1");
        auto noteOf = [&](const QString& tool, const QString& login) { return item(tool, login, next).carryNote; };
        const CampaignItem adaItem = item(atl, QStringLiteral("ada.lindqvist@larkspur.example"), next);
        QVERIFY(adaItem.isCarriedOver());
        QCOMPARE(adaItem.decision, DecisionKind::Certify);
        QCOMPARE(adaItem.decisionBy->field(QStringLiteral("carried_from_campaign")), Campaign);
        QCOMPARE(adaItem.decisionBy->field(QStringLiteral("certified_by")), Farah);
        QCOMPARE(adaItem.decisionBy->field(QStringLiteral("until")), QStringLiteral("2027-06-01"));
        QVERIFY2(noteOf(atl, QStringLiteral("ada.lindqvist@larkspur.example")).endsWith(QLatin1String("carried over")),
                 qPrintable(noteOf(atl, QStringLiteral("ada.lindqvist@larkspur.example"))));
        QVERIFY(item(atl, QStringLiteral("maria.gomez@contractco.example"), next).isCarriedOver());
        QVERIFY(item(QStringLiteral("aws-prod"), QStringLiteral("svc-terraform"), next).isCarriedOver());

        const QString ivan = noteOf(atl, QStringLiteral("ivan.petrov@contractco.example"));
        QVERIFY2(ivan.contains(QLatin1String("the certification from 2026-Q4 expired on 2026-12-15")),
                 qPrintable(ivan));
        const QString bot = noteOf(atl, QStringLiteral("jenkins-bot@larkspur.example"));
        QVERIFY2(bot.contains(QLatin1String("not carried over: its privilege rose from member to admin")),
                 qPrintable(bot));
        const QString intern = noteOf(atl, QStringLiteral("old.intern@yahoo.example"));
        QVERIFY2(intern.contains(QLatin1String("its e-mail changed from old.intern@gmail.example to "
                                               "old.intern@yahoo.example")),
                 qPrintable(intern));
        const QString gustav = noteOf(atl, QStringLiteral("gustav.b.home@mail.example"));
        QVERIFY2(
            gustav.contains(QLatin1String("its owner kim.laurent@larkspur.example left (disabled in the directory)")),
            qPrintable(gustav));
        const QString dana = noteOf(atl, QStringLiteral("dana.kowalski@larkspur.example"));
        QVERIFY2(
            dana.contains(QLatin1String("2026-Q4 decided to remove it on 2026-11-27, yet the account is still there")),
            qPrintable(dana));
        QVERIFY(!item(atl, QStringLiteral("jenkins-bot@larkspur.example"), next).decision);
        QCOMPARE(report.notCarried.size(), 5);

        CampaignInfo info;
        QVERIFY(campaigns.load(next, info));
        QVERIFY(campaigns.progress(info, p));
        QCOMPARE(p.carriedOver, 3);
        QCOMPARE(p.decided, 3);
        QVERIFY(chainIntact());
    }

    void progressAndBurnDown()
    {
        QVERIFY(setUp());
        QVERIFY(
            decide(request(QStringLiteral("aws-prod"), QStringLiteral("legacy-admin"), DecisionKind::Remove), Chen));
        Clock::setFixed(QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC));
        QVERIFY(decide(request(QStringLiteral("aws-prod"), QStringLiteral("emil"), DecisionKind::Remove), Chen));
        DecisionRequest info =
            request(QStringLiteral("aws-prod"), QStringLiteral("ci-deploy"), DecisionKind::NeedsInfo);
        info.reason = QStringLiteral("which pipeline?");
        QVERIFY(decide(info, Chen));
        DecisionRequest hand =
            request(QStringLiteral("aws-prod"), QStringLiteral("svc-terraform"), DecisionKind::Reassign);
        hand.to = Bruno;
        QVERIFY(decide(hand, Chen));
        // An undo on a later day takes back a decision of an earlier one.
        Clock::setFixed(QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC));
        QVERIFY(decide(request(QStringLiteral("aws-prod"), QStringLiteral("ci-deploy"), DecisionKind::Remove), Chen));
        DecisionRequest undo = request(QStringLiteral("aws-prod"), QStringLiteral("emil"), DecisionKind::Undo);
        undo.reason = QStringLiteral("Emil still needs it");
        QVERIFY(decide(undo, Chen));
        // A second decision, taken back the next day: the first one (of 2026-11-27) stands again.
        DecisionRequest expire =
            request(QStringLiteral("aws-prod"), QStringLiteral("legacy-admin"), DecisionKind::Expire);
        expire.reason = QStringLiteral("keep it a month");
        expire.until = QDate(2026, 12, 31);
        QVERIFY(decide(expire, Chen));
        Clock::setFixed(QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC));
        DecisionRequest back = request(QStringLiteral("aws-prod"), QStringLiteral("legacy-admin"), DecisionKind::Undo);
        back.reason = QStringLiteral("remove it after all");
        QVERIFY(decide(back, Chen));

        CampaignStore campaigns(m_ws->store(), m_rules);
        CampaignInfo c;
        QVERIFY(campaigns.load(Campaign, c));
        CampaignProgress p;
        QVERIFY(campaigns.progress(c, p));
        QCOMPARE(p.total, 19);
        QCOMPARE(p.decided, 2);
        QCOMPARE(p.needsInfo, 0);
        QCOMPARE(p.byDecision.value(QStringLiteral("remove")), 2);
        QCOMPARE(p.byDecision.value(QStringLiteral("needs-info")), 0);
        const auto tool = std::find_if(p.byTool.cbegin(), p.byTool.cend(),
                                       [](const ProgressCount& pc) { return pc.key == QLatin1String("aws-prod"); });
        QCOMPARE(tool->total, 6);
        QCOMPARE(tool->decided, 2);
        QCOMPARE(tool->reviewer, Chen);
        const auto bruno = std::find_if(p.byReviewer.cbegin(), p.byReviewer.cend(),
                                        [](const ProgressCount& pc) { return pc.key == Bruno; });
        QVERIFY(bruno != p.byReviewer.cend());
        QCOMPARE(bruno->total, 1);
        QCOMPARE(p.burnDown, (QList<QPair<QDate, qint64>>{{QDate(2026, 11, 27), 18},
                                                          {QDate(2026, 11, 28), 18},
                                                          {QDate(2026, 11, 29), 18},
                                                          {QDate(2026, 11, 30), 17},
                                                          {QDate(2026, 12, 1), 17},
                                                          {QDate(2026, 12, 2), 17}}));
        QCOMPARE(p.decided, 2); // legacy-admin and ci-deploy; emil's removal was undone
    }

    void closeMakesDecisionsFinal()
    {
        QVERIFY(setUp());
        QVERIFY(
            decide(request(QStringLiteral("aws-prod"), QStringLiteral("legacy-admin"), DecisionKind::Remove), Chen));
        CampaignStore campaigns(m_ws->store(), m_rules);
        CampaignInfo closed;
        CampaignProgress p;
        QVERIFY(campaigns.close(Campaign, QStringLiteral("Farah.Nasser@larkspur.example"), closed, p));
        QVERIFY(closed.closed);
        QCOMPARE(closed.closedBy, Farah);
        QCOMPARE(m_ws->count(QStringLiteral("SELECT count(*) FROM attestation WHERE decision = 'campaign-close' AND "
                                            "fields = '{\"decided\":\"1\",\"needs_info\":\"0\",\"total\":\"19\","
                                            "\"undecided\":\"18\"}'")),
                 1);
        QVERIFY(!campaigns.close(Campaign, Farah, closed, p));
        QVERIFY2(campaigns.errorString().contains(QLatin1String("was already closed")),
                 qPrintable(campaigns.errorString()));
        QString error;
        QVERIFY(
            !decide(request(QStringLiteral("aws-prod"), QStringLiteral("emil"), DecisionKind::Remove), Chen, &error));
        QVERIFY2(error.contains(QLatin1String("campaign 2026-Q4 was closed on 2026-11-27T12:00:00Z; its decisions are "
                                              "final")),
                 qPrintable(error));
        QVERIFY(chainIntact());
    }

    void frozenScopeOutlivesNewImports()
    {
        QVERIFY(setUp());
        // legacy-admin is gone from the next export; the campaign still reviews the frozen one.
        QString prod = readAll(QStringLiteral(ROLLCALL_DEMO_DATA "/aws-prod-credential-report.csv"));
        QStringList lines = prod.split(QLatin1Char('\n'));
        lines.erase(std::remove_if(lines.begin(), lines.end(),
                                   [](const QString& l) { return l.startsWith(QLatin1String("legacy-admin,")); }),
                    lines.end());
        QVERIFY(m_ws->importFile(m_ws->writeFile(QStringLiteral("prod2.csv"), lines.join(QLatin1Char('\n')).toUtf8()),
                                 SourceKind::Tool, QStringLiteral("aws-prod"))
                    .ok);
        Reconciler reconciler(m_ws->store(), m_rules);
        ReconcileReport rr;
        QVERIFY(reconciler.run(rr));
        const CampaignItem legacy = item(QStringLiteral("aws-prod"), QStringLiteral("legacy-admin"));
        QCOMPARE(legacy.snapshotId, 2);
        QVERIFY(
            decide(request(QStringLiteral("aws-prod"), QStringLiteral("legacy-admin"), DecisionKind::Remove), Chen));
        QCOMPARE(m_ws->count(QStringLiteral("SELECT count(*) FROM campaign_item")), 19);
        QVERIFY(chainIntact());
    }

    void packageRoundTrip()
    {
        QVERIFY(setUp(false));
        // A tool whose export has a formula in a cell: the package must not carry it raw.
        const QString github =
            m_ws->writeFile(QStringLiteral("github.csv"),
                            "login,name,2fa_enabled,role,last_active,saml_name_id,verified_domain_emails\n"
                            "\"=HYPERLINK(\"\"http://evil.example\"\")\",Evil,false,Member,2026-10-01T12:00:00Z,,\n"
                            "octo-kim,Kim Laurent,true,Member,2026-11-20T09:15:00Z,,kim.laurent@larkspur.example\n");
        QVERIFY(m_ws->importFile(github, SourceKind::Tool, QStringLiteral("github")).ok);
        Reconciler reconciler(m_ws->store(), m_rules);
        ReconcileReport rr;
        QVERIFY(reconciler.run(rr));
        CampaignStore campaigns(m_ws->store(), m_rules);
        StartRequest s = demoStart();
        s.reviewers.insert(QStringLiteral("github"), Hana);
        StartReport report;
        QVERIFY2(campaigns.start(s, report), qPrintable(campaigns.errorString()));

        ReviewPackage package(m_ws->store(), m_rules);
        const QString dir = m_ws->dir() + QStringLiteral("/pkg-atlassian");
        PackageExport exported;
        QVERIFY2(package.exportPackage(Campaign, QStringLiteral("atlassian"), dir, exported),
                 qPrintable(package.errorString()));
        QCOMPARE(exported.accounts, 7); // Ada's own account stays with the campaign owner
        QCOMPARE(exported.excluded, 1);
        QStringList files = QDir(dir).entryList(QDir::Files);
        files.sort();
        QCOMPARE(files, (QStringList{QStringLiteral("README.txt"), QStringLiteral("accounts.csv"),
                                     QStringLiteral("accounts.json"), QStringLiteral("package.json")}));
        QVERIFY(readAll(dir + QStringLiteral("/README.txt")).contains(QLatin1String("package import 2026-Q4 FOLDER")));
        const QJsonObject json =
            QJsonDocument::fromJson(readAll(dir + QStringLiteral("/accounts.json")).toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("accounts")).toArray().size(), 7);
        // Orphaned and privileged accounts are not offered certify in a package.
        for (const QJsonValue& v : json.value(QStringLiteral("accounts")).toArray()) {
            const QJsonObject a = v.toObject();
            const bool noCertify = a.value(QStringLiteral("class")).toString() == QLatin1String("orphaned") ||
                                   a.value(QStringLiteral("privilege")).toString() == QLatin1String("admin");
            QCOMPARE(a.value(QStringLiteral("allowed_decisions")).toArray().contains(QStringLiteral("certify")),
                     !noCertify);
        }
        // The tool admin fills in the CSV.
        QString csv = readAll(dir + QStringLiteral("/accounts.csv"));
        QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        {
            QFile bytes(dir + QStringLiteral("/accounts.csv"));
            QVERIFY(bytes.open(QIODevice::ReadOnly));
            QVERIFY(bytes.read(3) == "\xEF\xBB\xBF"); // spreadsheets read UTF-8 only with a byte order mark
        }
        const QStringList header = QString(lines.first()).remove(QChar(0xFEFF)).split(QLatin1Char(','));
        QCOMPARE(header, ReviewPackage::csvColumns());
        auto fill = [&](const QString& login, const QString& decision, const QString& tail) {
            for (QString& line : lines) {
                if (line.contains(QLatin1Char(',') + login + QLatin1Char(','))) {
                    // The last seven columns: decision,owner,until,purpose,rotation,reason,to
                    const qsizetype cut = line.size() - line.section(QLatin1Char(','), -7).size();
                    line = line.left(cut) + decision + QLatin1Char(',') + tail;
                    return true;
                }
            }
            return false;
        };
        QVERIFY(fill(QStringLiteral("jenkins-bot@larkspur.example"), QStringLiteral("certify"),
                     QStringLiteral("bruno.okafor@larkspur.example,2027-06-01,CI builds,,,")));
        QVERIFY(fill(QStringLiteral("dana.kowalski@larkspur.example"), QStringLiteral("remove"),
                     QStringLiteral("dana.kowalski@larkspur.example,,,,left in October,")));
        QVERIFY(fill(QStringLiteral("gustav.b.home@mail.example"), QStringLiteral("reconcile"),
                     QStringLiteral("gustav.berg@larkspur.example,,,,his private address,")));
        QVERIFY(fill(QStringLiteral("ivan.petrov@contractco.example"), QStringLiteral("expire"),
                     QStringLiteral(",2026-12-20,,,,")));
        QFile out(dir + QStringLiteral("/accounts.csv"));
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
        out.close();

        PackageManifest manifest;
        QString csvPath;
        QVERIFY2(package.open(dir, manifest, csvPath), qPrintable(package.errorString()));
        QCOMPARE(manifest.reviewer, Ada);
        QCOMPARE(manifest.tool, QStringLiteral("atlassian"));
        // The CLI and the GUI decode the CSV with the importers' reader; a plain split will do here.
        DecisionTable t;
        t.fileName = QStringLiteral("pkg-atlassian/accounts.csv");
        t.sha256 = sha256Hex(readAll(csvPath).toUtf8());
        lines = readAll(csvPath).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        t.header = QString(lines.first()).remove(QChar(0xFEFF)).split(QLatin1Char(','));
        for (int i = 1; i < lines.size(); ++i) {
            // Only rows without quoted commas are filled in, so splitting the rest is safe enough.
            QStringList cells = lines.at(i).split(QLatin1Char(','));
            const QStringList tail = cells.mid(cells.size() - 7);
            QStringList row = cells.mid(0, 2);
            while (row.size() < t.header.size() - 7)
                row.append(QString());
            t.rows.append({i + 1, row + tail});
        }
        BatchPlan plan;
        QVERIFY2(package.plan(Campaign, manifest, t, plan), qPrintable(package.errorString()));
        QCOMPARE(plan.reviewer, Ada);
        QCOMPARE(plan.requests.size(), 4);
        QCOMPARE(plan.skipped, 3);
        QCOMPARE(plan.confirmationCount(), 2);
        DecisionService service(m_ws->store(), m_rules);
        QList<Attestation> recorded;
        QVERIFY2(service.commit(plan, 2, &recorded), qPrintable(service.errorString()));
        QCOMPARE(recorded.size(), 4);
        for (const Attestation& a : recorded) {
            QCOMPARE(a.reviewer, Ada);
            QVERIFY(a.field(QStringLiteral("source")).startsWith(QLatin1String("pkg-atlassian/accounts.csv:")));
        }
        QCOMPARE(item(QStringLiteral("atlassian"), QStringLiteral("gustav.b.home@mail.example")).decision,
                 DecisionKind::Reconcile);
        // The same package twice is refused.
        QVERIFY(!package.plan(Campaign, manifest, t, plan));
        QVERIFY2(package.errorString().contains(QLatin1String("this file was already recorded in campaign 2026-Q4 "
                                                              "(attestations 2 to 5)")),
                 qPrintable(package.errorString()));

        // The GitHub package: the formula cell is guarded in the CSV and kept as is in the JSON.
        const QString gh = m_ws->dir() + QStringLiteral("/pkg-github");
        QVERIFY2(package.exportPackage(Campaign, QStringLiteral("github"), gh, exported),
                 qPrintable(package.errorString()));
        const QString ghCsv = readAll(gh + QStringLiteral("/accounts.csv"));
        QVERIFY2(ghCsv.contains(QLatin1String("\"'=HYPERLINK(\"\"http://evil.example\"\")\"")), qPrintable(ghCsv));
        QVERIFY(!ghCsv.contains(QLatin1String(",=HYPERLINK")));
        QVERIFY(readAll(gh + QStringLiteral("/accounts.json")).contains(QLatin1String("\"=HYPERLINK(")));
        QVERIFY(chainIntact());
    }

    void packageRefusals()
    {
        QVERIFY(setUp());
        ReviewPackage package(m_ws->store(), m_rules);
        PackageExport exported;
        const QString dir = m_ws->dir() + QStringLiteral("/pkg");
        QVERIFY(!package.exportPackage(Campaign, QStringLiteral("aws-staging"), dir, exported));
        QVERIFY2(
            package.errorString().contains(QLatin1String("tool 'aws-staging' has no reviewer in campaign 2026-Q4")),
            qPrintable(package.errorString()));
        QVERIFY(!QFileInfo::exists(dir));
        // Never into a folder with something in it, nor through a symbolic link.
        QVERIFY(QDir().mkpath(dir));
        m_ws->writeFile(QStringLiteral("pkg/notes.txt"), "mine");
        QVERIFY(!package.exportPackage(Campaign, QStringLiteral("aws-prod"), dir, exported));
        QVERIFY2(package.errorString().contains(QLatin1String("the folder is not empty")),
                 qPrintable(package.errorString()));
        const QString elsewhere = m_ws->dir() + QStringLiteral("/elsewhere");
        QVERIFY(QDir().mkpath(elsewhere));
        const QString link = m_ws->dir() + QStringLiteral("/link");
        QVERIFY(QFile::link(elsewhere, link));
        QVERIFY(!package.exportPackage(Campaign, QStringLiteral("aws-prod"), link, exported));
        QVERIFY2(package.errorString().contains(QLatin1String("is a symbolic link")),
                 qPrintable(package.errorString()));

        const QString good = m_ws->dir() + QStringLiteral("/good");
        QVERIFY2(package.exportPackage(Campaign, QStringLiteral("aws-prod"), good, exported),
                 qPrintable(package.errorString()));
        PackageManifest manifest;
        QString csvPath;
        QVERIFY(package.open(good, manifest, csvPath));
        QCOMPARE(csvPath, good + QStringLiteral("/accounts.csv"));
        const PackageManifest goodManifest = manifest;
        // A package folder reached through a link, or holding one, is refused.
        const QString linkedPackage = m_ws->dir() + QStringLiteral("/linked");
        QVERIFY(QFile::link(good, linkedPackage));
        QVERIFY(!package.open(linkedPackage, manifest, csvPath));
        QVERIFY2(package.errorString().contains(QLatin1String("is a symbolic link")),
                 qPrintable(package.errorString()));
        QVERIFY(QFile::link(m_ws->path(), good + QStringLiteral("/extra.csv")));
        QVERIFY(!package.open(good, manifest, csvPath));
        QVERIFY2(package.errorString().contains(QLatin1String("extra.csv: is a symbolic link")),
                 qPrintable(package.errorString()));
        QFile::remove(good + QStringLiteral("/extra.csv"));
        QVERIFY(QFile::rename(good + QStringLiteral("/accounts.csv"), good + QStringLiteral("/real.csv")));
        QVERIFY(QFile::link(good + QStringLiteral("/real.csv"), good + QStringLiteral("/accounts.csv")));
        QVERIFY(!package.open(good, manifest, csvPath));
        QVERIFY2(package.errorString().contains(QLatin1String("accounts.csv: is a symbolic link")),
                 qPrintable(package.errorString()));
        QString error;
        QVERIFY(ReviewPackage::safeFile(good, QStringLiteral("../test.rollcall"), error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("is not a plain file name inside the package")), qPrintable(error));

        // A package of another campaign, or rows of another tool, are refused.
        PackageManifest other = goodManifest;
        other.campaign = QStringLiteral("2026-Q3");
        DecisionTable t =
            table({QStringLiteral("tool,account,decision"), QStringLiteral("aws-prod,legacy-admin,remove")});
        BatchPlan plan;
        QVERIFY(!package.plan(Campaign, other, t, plan));
        QVERIFY2(package.errorString().contains(QLatin1String("the package is for campaign 2026-Q3, not 2026-Q4")),
                 qPrintable(package.errorString()));
        t = table({QStringLiteral("tool,account,decision"), QStringLiteral("aws-staging,test-user,remove")});
        QVERIFY(!package.plan(Campaign, goodManifest, t, plan));
        QVERIFY2(package.errorString().contains(
                     QLatin1String("decisions.csv:2: tool 'aws-staging': this package is for aws-prod only")),
                 qPrintable(package.errorString()));
        QCOMPARE(attestations(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCampaigns)
#include "TestCampaigns.moc"
