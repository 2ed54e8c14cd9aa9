// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignView.h"

#include "item/CampaignProgressModel.h"
#include "util/Timestamps.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace Rollcall {

namespace {
QTableView* progressTable(CampaignProgressModel* model, const QString& name, const QString& accessible, QWidget* parent)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::UserRole);
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(CampaignProgressModel::Key, Qt::AscendingOrder);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    // The e-mail column takes what is left (elided when short); the figures keep their width.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(model->kind() == CampaignProgressModel::Kind::PerTool
                                                       ? CampaignProgressModel::Reviewer
                                                       : CampaignProgressModel::Key,
                                                   QHeaderView::Stretch);
    if (model->kind() == CampaignProgressModel::Kind::PerReviewer)
        view->hideColumn(CampaignProgressModel::Reviewer);
    return view;
}

qint64 msecs(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}
} // namespace

CampaignView::CampaignView(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_start(new QPushButton(QIcon(QStringLiteral(":/icons/new.svg")), tr("&Start Campaign…"), this))
    , m_close(new QPushButton(tr("C&lose Campaign…"), this))
    , m_reviewers(new CampaignProgressModel(CampaignProgressModel::Kind::PerReviewer, this))
    , m_tools(new CampaignProgressModel(CampaignProgressModel::Kind::PerTool, this))
    , m_chartView(new QChartView(new QChart, this))
{
    setObjectName(QStringLiteral("campaignView"));
    setAccessibleName(tr("Campaign progress"));
    m_title->setObjectName(QStringLiteral("campaignTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary->setObjectName(QStringLiteral("campaignSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_start->setObjectName(QStringLiteral("startCampaign"));
    m_start->setToolTip(tr("Freeze the scope of a new review period, with a due date and a reviewer per tool"));
    m_close->setObjectName(QStringLiteral("closeCampaign"));
    m_close->setToolTip(tr("Close the campaign: its decisions become final"));
    connect(m_start, &QPushButton::clicked, this, &CampaignView::startRequested);
    connect(m_close, &QPushButton::clicked, this, &CampaignView::closeRequested);

    m_reviewerTable =
        progressTable(m_reviewers, QStringLiteral("progressByReviewer"), tr("Progress per reviewer"), this);
    m_toolTable = progressTable(m_tools, QStringLiteral("progressByTool"), tr("Progress per tool"), this);

    m_chartView->setObjectName(QStringLiteral("burnDownChart"));
    m_chartView->setAccessibleName(tr("Burn-down: undecided accounts per day"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(360, 260);
    m_chartView->setFocusPolicy(Qt::StrongFocus);
    QChart* chart = m_chartView->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);

    auto* header = new QHBoxLayout;
    auto* text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_summary);
    header->addLayout(text, 1);
    header->addWidget(m_start, 0, Qt::AlignTop);
    header->addWidget(m_close, 0, Qt::AlignTop);

    auto* reviewerBox = new QVBoxLayout;
    auto* reviewerLabel = new QLabel(tr("Per &reviewer"), this);
    reviewerLabel->setBuddy(m_reviewerTable);
    reviewerBox->addWidget(reviewerLabel);
    reviewerBox->addWidget(m_reviewerTable, 1);
    auto* toolBox = new QVBoxLayout;
    auto* toolLabel = new QLabel(tr("Per &tool"), this);
    toolLabel->setBuddy(m_toolTable);
    toolBox->addWidget(toolLabel);
    toolBox->addWidget(m_toolTable, 1);
    auto* grid = new QGridLayout;
    grid->addLayout(reviewerBox, 0, 0);
    grid->addLayout(toolBox, 1, 0);
    grid->addWidget(m_chartView, 0, 1, 2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(grid, 1);
    clear();
}

void CampaignView::clear(const QString& why)
{
    m_campaign = {};
    m_progress = {};
    m_title->setText(tr("No campaign"));
    m_summary->setText(why.isEmpty() ? tr("A campaign freezes the accounts to review, gives each tool a reviewer and "
                                          "a due date, and records every decision in a tamper-evident log. Start "
                                          "one to review this workspace.")
                                     : why);
    m_close->setEnabled(false);
    m_reviewers->setCounts({});
    m_tools->setCounts({});
    buildChart();
}

void CampaignView::setProgress(const CampaignInfo& c, const CampaignProgress& p)
{
    m_campaign = c;
    m_progress = p;
    const QLocale locale;
    m_title->setText(c.closed ? tr("Campaign %1 — closed %2").arg(c.name, c.closedAt.left(10))
                              : tr("Campaign %1 — due %2").arg(c.name, c.due.toString(Qt::ISODate)));
    QStringList parts;
    parts.append(tr("%1 of %2 accounts decided (%3%)")
                     .arg(locale.toString(p.decided), locale.toString(p.total))
                     .arg(p.total ? p.decided * 100 / p.total : 0));
    parts.append(tr("%1 waiting for information").arg(locale.toString(p.needsInfo)));
    if (p.carriedOver)
        parts.append(tr("%1 certifications carried over from %2").arg(locale.toString(p.carriedOver), c.previousName));
    QStringList decisions;
    for (auto it = p.byDecision.cbegin(); it != p.byDecision.cend(); ++it)
        decisions.append(tr("%1 %2").arg(it.key()).arg(it.value()));
    if (!decisions.isEmpty())
        parts.append(tr("in force: %1").arg(decisions.join(QStringLiteral(", "))));
    parts.append(tr("owner %1, started %2").arg(c.owner, c.startedAt.left(10)));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_close->setEnabled(!c.closed);
    m_reviewers->setCounts(p.byReviewer);
    m_tools->setCounts(p.byTool);
    buildChart();
}

QString CampaignView::summaryText() const
{
    return m_summary->text();
}

void CampaignView::buildChart()
{
    QChart* chart = m_chartView->chart();
    for (QLineSeries* s : {m_actual, m_ideal}) {
        if (s && !chart->series().contains(s))
            delete s; // built for a campaign without days: never added
    }
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    // Parented, so the pair built last is freed with the view even when it was never added.
    m_actual = new QLineSeries(this);
    m_actual->setName(tr("Undecided"));
    m_actual->setPointsVisible(true);
    m_ideal = new QLineSeries(this);
    m_ideal->setName(tr("Ideal"));
    QPen idealPen(QColor(0x88, 0x88, 0x88));
    idealPen.setStyle(Qt::DashLine);
    idealPen.setWidth(2);
    m_ideal->setPen(idealPen);
    QPen actualPen(QColor(0x1f, 0x6f, 0xb4));
    actualPen.setWidth(3);
    m_actual->setPen(actualPen);
    m_actual->setColor(actualPen.color());
    chart->setTitle(m_campaign.name.isEmpty() ? tr("Burn-down") : tr("Burn-down of %1").arg(m_campaign.name));
    if (m_campaign.name.isEmpty() || m_progress.burnDown.isEmpty())
        return;

    for (const auto& [day, remaining] : m_progress.burnDown)
        m_actual->append(qreal(msecs(day)), qreal(remaining));
    const QDate start = m_progress.burnDown.first().first;
    const QDate due = std::max(m_campaign.due, start);
    m_ideal->append(qreal(msecs(start)), qreal(m_progress.total));
    m_ideal->append(qreal(msecs(due)), 0);
    chart->addSeries(m_ideal);
    chart->addSeries(m_actual);

    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MM-dd"));
    x->setTitleText(tr("Day (UTC)"));
    const QDate last = std::max(due, m_progress.burnDown.last().first);
    x->setRange(QDateTime(start, QTime(0, 0), Qt::UTC), QDateTime(last, QTime(0, 0), Qt::UTC));
    x->setTickCount(int(std::clamp<qint64>(start.daysTo(last) + 1, 2, 8)));
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("Undecided accounts"));
    y->setRange(0, std::max<qint64>(1, m_progress.total));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* s : {m_ideal, m_actual}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

} // namespace Rollcall
