// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/Campaign.h"

#include <QWidget>

class QChartView;
class QLabel;
class QLineSeries;
class QPushButton;
class QTableView;

namespace Rollcall {

class CampaignProgressModel;

// The active campaign's progress, a tab beside the dashboard: decided of total per reviewer and per tool
// (two sortable tables over CampaignProgressModel), and a burn-down chart by day (QtCharts): accounts
// still undecided at the end of each day from the start to today (or the close), against the ideal line
// from everything at the start to nothing on the due date.
class CampaignView : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignView(QWidget* parent = nullptr);

    void setProgress(const CampaignInfo& campaign, const CampaignProgress& progress);
    // No campaign (yet): says why, and how to start one.
    void clear(const QString& why = {});

    const CampaignInfo& campaign() const { return m_campaign; }
    const CampaignProgress& progress() const { return m_progress; }
    QString summaryText() const;
    CampaignProgressModel* reviewerModel() const { return m_reviewers; }
    CampaignProgressModel* toolModel() const { return m_tools; }
    QTableView* reviewerTable() const { return m_reviewerTable; }
    QTableView* toolTable() const { return m_toolTable; }
    QChartView* burnDownView() const { return m_chartView; }
    QLineSeries* burnDownSeries() const { return m_actual; }
    QLineSeries* idealSeries() const { return m_ideal; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* closeButton() const { return m_close; }

Q_SIGNALS:
    void startRequested();
    void closeRequested();

private:
    void buildChart();

    CampaignInfo m_campaign;
    CampaignProgress m_progress;
    QLabel* m_title;
    QLabel* m_summary;
    QPushButton* m_start;
    QPushButton* m_close;
    CampaignProgressModel* m_reviewers;
    CampaignProgressModel* m_tools;
    QTableView* m_reviewerTable;
    QTableView* m_toolTable;
    QChartView* m_chartView;
    QLineSeries* m_actual = nullptr;
    QLineSeries* m_ideal = nullptr;
};

} // namespace Rollcall
