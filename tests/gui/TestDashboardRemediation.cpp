// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's remediation chart: open, overdue and done per tool of the latest campaign, as the
// statistics worker computes them from the store, and hidden while there is nothing to remediate.
#include "DashboardView.h"
#include "Importer.h"
#include "RulesLoader.h"
#include "TempWorkspace.h"
#include "WorkspaceStats.h"
#include "campaign/CampaignStore.h"
#include "campaign/DecisionService.h"
#include "util/Clock.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QSignalSpy>
#include <QTest>

using namespace Rollcall;

class TestDashboardRemediation : public QObject
{
    Q_OBJECT

private:
    static WorkspaceStats load(const QString& path)
    {
        WorkspaceStatsLoader loader;
        QSignalSpy finished(&loader, &WorkspaceStatsLoader::finished);
        QSignalSpy failed(&loader, &WorkspaceStatsLoader::failed);
        loader.start(path, 90);
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 30000) || finished.isEmpty()) {
            qWarning("%s", failed.isEmpty() ? "timeout" : qPrintable(failed.first().first().toString()));
            return {};
        }
        return finished.first().first().value<WorkspaceStats>();
    }

private Q_SLOTS:
    void cleanup() { Clock::setFixed({}); }

    void progressPerTool()
    {
        TempWorkspace ws;
        QString error;
        Rules rules;
        QVERIFY2(ws.importDemo(&error), qPrintable(error));
        QVERIFY2(RulesLoader::loadForWorkspace(ws.store(), QString(), rules, error), qPrintable(error));

        DashboardView view;
        view.resize(1100, 800);
        view.setStats(load(ws.path()));
        QVERIFY(view.stats().valid);
        QVERIFY(view.stats().remediation.isEmpty());
        QVERIFY(view.remediationChartView()->isHidden());

        StartRequest s;
        s.name = QStringLiteral("2026-Q4");
        s.due = QDate(2026, 12, 31);
        s.owner = QStringLiteral("farah.nasser@larkspur.example");
        s.reviewers = {{QStringLiteral("aws-prod"), QStringLiteral("chen.wei@larkspur.example")}};
        CampaignStore campaigns(ws.store(), rules);
        StartReport report;
        QVERIFY2(campaigns.start(s, report), qPrintable(campaigns.errorString()));
        DecisionService service(ws.store(), rules);
        for (const QString& account : {QStringLiteral("legacy-admin"), QStringLiteral("dana.kowalski")}) {
            DecisionRequest r;
            r.tool = QStringLiteral("aws-prod");
            r.account = account;
            r.kind = DecisionKind::Remove;
            QVERIFY2(service.decide(s.name, r, QStringLiteral("chen.wei@larkspur.example")),
                     qPrintable(service.errorString()));
        }
        // A week later legacy-admin is gone from the tool's export; dana.kowalski is still there.
        Clock::setFixed(QDateTime(QDate(2026, 12, 4), QTime(8, 0), Qt::UTC));
        QFile demo(QStringLiteral(ROLLCALL_DEMO_DATA "/aws-prod-credential-report.csv"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QByteArray newer;
        for (const QByteArray& line : demo.readAll().split('\n')) {
            if (!line.startsWith("legacy-admin,") && !line.isEmpty())
                newer += line + '\n';
        }
        QVERIFY(ws.importFile(ws.writeFile(QStringLiteral("aws-prod-december.csv"), newer), SourceKind::Tool,
                              QStringLiteral("aws-prod"))
                    .ok);

        view.setStats(load(ws.path()));
        QCOMPARE(view.stats().remediationCampaign, QStringLiteral("2026-Q4"));
        QCOMPARE(view.stats().remediation.size(), 1);
        QVERIFY(!view.remediationChartView()->isHidden());
        QCOMPARE(view.remediationChartView()->chart()->title(),
                 QStringLiteral("Remediation of 2026-Q4: 0 open, 1 overdue, 1 done"));
        QMap<QString, qreal> bars;
        for (QBarSet* set : DashboardView::barSets(view.remediationChartView()))
            bars.insert(set->label(), set->at(0));
        QCOMPARE(bars, (QMap<QString, qreal>{
                           {QStringLiteral("overdue"), 1}, {QStringLiteral("open"), 0}, {QStringLiteral("done"), 1}}));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString shot = qEnvironmentVariable("ROLLCALL_SCREENSHOT_DIR");
        if (!shot.isEmpty())
            QVERIFY(view.grab().save(shot + QStringLiteral("/dashboard-remediation.png")));
    }
};

QTEST_MAIN(TestDashboardRemediation)
#include "TestDashboardRemediation.moc"
