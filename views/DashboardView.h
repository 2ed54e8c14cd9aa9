// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkspaceStats.h"

#include <QWidget>

class QBarSet;
class QChart;
class QChartView;
class QLabel;

namespace Rollcall {

// The workspace at a glance (QtCharts): accounts by class per tool, the risk distribution,
// unowned and orphaned accounts across snapshots, and the tools with the most leaver access.
// Clicking a bar asks for the accounts behind it (filterRequested).
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(QWidget* parent = nullptr);

    void setStats(const WorkspaceStats& stats);
    void clear();
    const WorkspaceStats& stats() const { return m_stats; }

    QChartView* classChartView() const { return m_classView; }
    QChartView* riskChartView() const { return m_riskView; }
    QChartView* snapshotChartView() const { return m_snapshotView; }
    QChartView* leaverChartView() const { return m_leaverView; }
    // Open, overdue and done remediation per tool of the latest campaign; hidden when it has none.
    QChartView* remediationChartView() const { return m_remediationView; }
    // Where bar `index` of `set` is drawn, in the chart view's coordinates (for tests and screenshots).
    static QPoint barCenter(QChartView* view, QBarSet* set, int index);
    static QList<QBarSet*> barSets(QChartView* view);

Q_SIGNALS:
    // `what` says in words which accounts these are, for the status bar.
    void filterRequested(const Rollcall::AccountFilter& filter, const QString& what);

protected:
    void changeEvent(QEvent* event) override;

private:
    // Charts draw with their own colours: give them the palette's (light or dark desktop theme).
    void followPalette();
    void buildClassChart();
    void buildRiskChart();
    void buildSnapshotChart();
    void buildLeaverChart();
    void buildRemediationChart();

    WorkspaceStats m_stats;
    QLabel* m_summary;
    QLabel* m_current;
    QChartView* m_classView;
    QChartView* m_riskView;
    QChartView* m_snapshotView;
    QChartView* m_leaverView;
    QChartView* m_remediationView;
};

} // namespace Rollcall
