// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardView.h"

#include "TriageStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QKeyEvent>
#include <QLabel>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>

namespace Rollcall {

namespace {
constexpr int MaxToolsShown = 10;
constexpr int MaxSnapshotsShown = 12;

// A chart the keyboard can use: arrows go from bar to bar (highlighted, and said in the status
// line and the accessible description), Enter or Space lists the accounts behind it, as a click does.
class KeyboardChartView : public QChartView
{
public:
    using QChartView::QChartView;
    std::function<void(const QString&)> announce;

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        const QList<QPair<QBarSet*, int>> bars = this->bars();
        if (bars.isEmpty())
            return QChartView::keyPressEvent(event);
        switch (event->key()) {
        case Qt::Key_Right:
        case Qt::Key_Down:
            move(bars, 1);
            return;
        case Qt::Key_Left:
        case Qt::Key_Up:
            move(bars, -1);
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            if (m_current >= 0 && m_current < bars.size())
                Q_EMIT bars.at(m_current).first->clicked(bars.at(m_current).second);
            return;
        default:
            QChartView::keyPressEvent(event);
        }
    }

    void focusInEvent(QFocusEvent* event) override
    {
        QChartView::focusInEvent(event);
        const QList<QPair<QBarSet*, int>> bars = this->bars();
        if (!bars.isEmpty())
            move(bars, 0);
    }

    void focusOutEvent(QFocusEvent* event) override
    {
        for (const auto& [set, index] : bars())
            set->deselectAllBars();
        QChartView::focusOutEvent(event);
    }

private:
    // Bars with something in them, category by category.
    QList<QPair<QBarSet*, int>> bars() const
    {
        QList<QPair<QBarSet*, int>> list;
        for (QAbstractSeries* s : chart()->series()) {
            auto* series = qobject_cast<QAbstractBarSeries*>(s);
            if (!series || series->barSets().isEmpty())
                continue;
            for (int index = 0; index < series->barSets().first()->count(); ++index) {
                for (QBarSet* set : series->barSets()) {
                    if (set->at(index) > 0)
                        list.append({set, index});
                }
            }
        }
        return list;
    }

    void move(const QList<QPair<QBarSet*, int>>& bars, int step)
    {
        for (const auto& [set, index] : bars)
            set->deselectAllBars();
        m_current = m_current < 0 ? 0 : int((m_current + step + bars.size()) % bars.size());
        const auto& [set, index] = bars.at(m_current);
        set->setSelectedColor(set->color().darker(160));
        set->selectBar(index);
        QString category;
        for (QAbstractAxis* a : chart()->axes()) {
            if (auto* c = qobject_cast<QBarCategoryAxis*>(a))
                category = c->categories().value(index);
        }
        const QString text = DashboardView::tr("%1 — %2: %3. Enter lists them.")
                                 .arg(category.simplified(), set->label())
                                 .arg(qint64(set->at(index)));
        setAccessibleDescription(text);
        if (announce)
            announce(text);
    }

    int m_current = -1;
};

QChartView* makeView(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    auto* view = new KeyboardChartView(chart, parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 240);
    view->setFocusPolicy(Qt::StrongFocus);
    return view;
}

void resetChart(QChartView* view, const QString& title)
{
    QChart* chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
}

QValueAxis* countAxis(qreal max)
{
    auto* axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    // Whole-number ticks, about four steps of 1, 2 or 5 times a power of ten.
    const qreal raw = std::max<qreal>(max, 1) / 4;
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    qreal step = 10 * magnitude;
    for (qreal m : {1.0, 2.0, 5.0}) {
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    }
    step = std::max<qreal>(1, std::round(step));
    const qreal top = std::ceil(std::max<qreal>(max, 1) / step) * step;
    axis->setRange(0, top);
    axis->setTickCount(int(std::lround(top / step)) + 1);
    return axis;
}

void showValueTip(QBarSet* set, bool hovered, int index, const QStringList& categories)
{
    if (!hovered) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), DashboardView::tr("%1 — %2: %3 (click to list them)")
                                           .arg(categories.value(index), set->label())
                                           .arg(qint64(set->at(index))));
}
} // namespace

DashboardView::DashboardView(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_classView(makeView(QStringLiteral("classChart"), tr("Accounts by class per tool"), this))
    , m_riskView(makeView(QStringLiteral("riskChart"), tr("Risk distribution"), this))
    , m_snapshotView(
          makeView(QStringLiteral("snapshotChart"), tr("Unowned and orphaned accounts across snapshots"), this))
    , m_leaverView(makeView(QStringLiteral("leaverChart"), tr("Tools with the most leaver access"), this))
    , m_remediationView(new QChartView(new QChart, this))
{
    setObjectName(QStringLiteral("dashboard"));
    setAccessibleName(tr("Dashboard"));
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("dashboardCurrentBar"));
    m_current->setAccessibleName(tr("Bar with the keyboard focus"));
    for (QChartView* view : {m_classView, m_riskView, m_leaverView, m_snapshotView})
        static_cast<KeyboardChartView*>(view)->announce = [this](const QString& text) { m_current->setText(text); };
    auto* grid = new QGridLayout;
    grid->addWidget(m_classView, 0, 0);
    grid->addWidget(m_riskView, 0, 1);
    grid->addWidget(m_leaverView, 1, 0);
    grid->addWidget(m_snapshotView, 1, 1);
    // Not a KeyboardChartView: its bars stand for remediation items, not accounts to list.
    m_remediationView->setObjectName(QStringLiteral("remediationChart"));
    m_remediationView->setAccessibleName(tr("Remediation per tool"));
    m_remediationView->setRenderHint(QPainter::Antialiasing);
    m_remediationView->setFocusPolicy(Qt::StrongFocus);
    m_remediationView->setMinimumHeight(160);
    m_remediationView->setMaximumHeight(220);
    m_remediationView->chart()->setAnimationOptions(QChart::NoAnimation);
    m_remediationView->chart()->setMargins(QMargins(4, 4, 4, 4));
    m_remediationView->chart()->setBackgroundRoundness(0);
    m_remediationView->chart()->legend()->setAlignment(Qt::AlignRight);
    grid->addWidget(m_remediationView, 2, 0, 1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(grid, 1);
    layout->addWidget(m_current);
    m_current->setText(tr("Tab to a chart, arrows to a bar, Enter to list its accounts."));
    clear();
}

void DashboardView::clear()
{
    setStats({});
}

void DashboardView::setStats(const WorkspaceStats& stats)
{
    m_stats = stats;
    if (!stats.valid) {
        m_summary->setText(tr("Counting…"));
    } else if (stats.total == 0) {
        m_summary->setText(tr("No accounts yet: import a directory export and tool exports (File ▸ Import, or drop "
                              "the files on the window)."));
    } else {
        const qsizetype tools = stats.byToolClass.size();
        m_summary->setText(
            tr("%1 in %2; %3 orphaned, %4 unmanaged%5. Click a bar to list its accounts.")
                .arg(stats.total == 1 ? tr("1 account") : tr("%1 accounts").arg(QLocale().toString(stats.total)),
                     tools == 1 ? tr("1 tool") : tr("%1 tools").arg(tools),
                     QLocale().toString(stats.classTotal(QStringLiteral("orphaned"))),
                     QLocale().toString(stats.classTotal(QStringLiteral("unmanaged"))),
                     stats.unreconciled ? tr(", %1 not reconciled").arg(QLocale().toString(stats.unreconciled))
                                        : QString()));
    }
    buildClassChart();
    buildRiskChart();
    buildLeaverChart();
    buildSnapshotChart();
    buildRemediationChart();
    followPalette();
}

void DashboardView::buildRemediationChart()
{
    qint64 open = 0;
    qint64 overdue = 0;
    qint64 done = 0;
    for (const RemediationCount& c : m_stats.remediation) {
        open += c.open;
        overdue += c.overdue;
        done += c.done;
    }
    const QString title = tr("Remediation of %1: %2 open, %3 overdue, %4 done")
                              .arg(m_stats.remediationCampaign)
                              .arg(open)
                              .arg(overdue)
                              .arg(done);
    resetChart(m_remediationView, title);
    m_remediationView->setAccessibleDescription(title);
    m_remediationView->setVisible(!m_stats.remediation.isEmpty());
    if (m_stats.remediation.isEmpty())
        return;
    QList<RemediationCount> tools = m_stats.remediation.mid(0, MaxToolsShown);
    std::reverse(tools.begin(), tools.end()); // horizontal bars are drawn bottom-up
    QStringList categories;
    auto* overdueSet = new QBarSet(tr("overdue"));
    auto* openSet = new QBarSet(tr("open"));
    auto* doneSet = new QBarSet(tr("done"));
    qreal max = 0;
    for (const RemediationCount& c : tools) {
        categories.append(c.tool);
        *overdueSet << qreal(c.overdue);
        *openSet << qreal(c.open);
        *doneSet << qreal(c.done);
        max = std::max<qreal>(max, c.total());
    }
    const QList<QPair<QBarSet*, int>> colours = {{overdueSet, 90}, {openSet, 40}, {doneSet, 0}};
    auto* series = new QHorizontalStackedBarSeries;
    for (const auto& [set, risk] : colours) {
        set->setColor(TriageStyle::riskColor(risk));
        set->setBorderColor(TriageStyle::riskColor(risk));
        connect(set, &QBarSet::hovered, this, [set = set, categories](bool on, int index) {
            if (on)
                QToolTip::showText(
                    QCursor::pos(),
                    tr("%1 — %2: %3").arg(categories.value(index), set->label()).arg(qint64(set->at(index))));
            else
                QToolTip::hideText();
        });
        series->append(set);
    }
    series->setBarWidth(0.6);
    QChart* chart = m_remediationView->chart();
    chart->addSeries(series);
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    auto* values = countAxis(max);
    chart->addAxis(axis, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(axis);
    series->attachAxis(values);
}

void DashboardView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        followPalette();
}

void DashboardView::followPalette()
{
    const QPalette p = palette();
    const QColor text = p.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.15);
    for (QChartView* view : {m_classView, m_riskView, m_leaverView, m_snapshotView, m_remediationView}) {
        QChart* chart = view->chart();
        view->setBackgroundBrush(p.brush(QPalette::Window));
        chart->setBackgroundBrush(p.brush(QPalette::Window));
        chart->setTitleBrush(text);
        chart->legend()->setLabelColor(text);
        for (QAbstractAxis* axis : chart->axes()) {
            axis->setLabelsColor(text);
            axis->setTitleBrush(text);
            axis->setLinePenColor(p.color(QPalette::Mid));
            axis->setGridLineColor(grid);
        }
    }
}

void DashboardView::buildClassChart()
{
    resetChart(m_classView, tr("Accounts by class per tool"));
    // Tools with the most accounts first, the rest left out of the chart (they stay in the table).
    QList<QPair<qint64, QString>> tools;
    for (auto it = m_stats.byToolClass.cbegin(); it != m_stats.byToolClass.cend(); ++it) {
        qint64 n = 0;
        for (qint64 c : *it)
            n += c;
        tools.append({n, it.key()});
    }
    std::sort(tools.begin(), tools.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    tools = tools.mid(0, MaxToolsShown);
    std::reverse(tools.begin(), tools.end()); // horizontal bars are drawn bottom-up
    QStringList categories;
    qreal max = 0;
    for (const auto& [n, tool] : tools) {
        categories.append(tool);
        max = std::max<qreal>(max, n);
    }
    auto* series = new QHorizontalStackedBarSeries;
    QStringList classes;
    for (AccountClass c : allAccountClasses())
        classes.append(accountClassName(c));
    classes.append(QString()); // not reconciled
    for (const QString& cls : classes) {
        auto* set = new QBarSet(TriageStyle::classTitle(cls));
        bool any = false;
        for (const auto& entry : tools) {
            const qint64 n = m_stats.byToolClass.value(entry.second).value(cls);
            any = any || n > 0;
            *set << qreal(n);
        }
        if (!any) {
            delete set;
            continue;
        }
        set->setColor(TriageStyle::classColor(cls));
        set->setBorderColor(TriageStyle::classColor(cls));
        connect(set, &QBarSet::clicked, this, [this, cls, categories](int index) {
            AccountFilter f;
            f.tool = categories.value(index);
            if (const auto c = accountClassFromName(cls))
                f.classes = {*c};
            Q_EMIT filterRequested(f, tr("%1 accounts in %2").arg(TriageStyle::classTitle(cls), f.tool));
        });
        connect(set, &QBarSet::hovered, this,
                [set, categories](bool on, int index) { showValueTip(set, on, index, categories); });
        series->append(set);
    }
    QChart* chart = m_classView->chart();
    chart->addSeries(series);
    auto* toolAxis = new QBarCategoryAxis;
    toolAxis->append(categories.isEmpty() ? QStringList{QString()} : categories);
    auto* values = countAxis(max);
    chart->addAxis(toolAxis, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(toolAxis);
    series->attachAxis(values);
    chart->legend()->setVisible(series->count() > 0);
    // Seven classes: a column of them reads better than a row cut short.
    chart->legend()->setAlignment(Qt::AlignRight);
}

void DashboardView::buildRiskChart()
{
    resetChart(m_riskView, tr("Risk distribution"));
    QStringList categories;
    qreal max = 0;
    for (int b = 0; b < WorkspaceStats::RiskBuckets; ++b) {
        categories.append(b == WorkspaceStats::RiskBuckets - 1 ? QStringLiteral("90+")
                                                               : QStringLiteral("%1–%2").arg(b * 10).arg(b * 10 + 9));
        max = std::max<qreal>(max, m_stats.riskBuckets.value(b));
    }
    // One set per band so each bar has its band's colour; a bar belongs to one band only.
    struct Band
    {
        QString title;
        int from;
        int to;
        int colourRisk;
    };
    const QList<Band> bands = {{tr("low (0–24)"), 0, 2, 0},
                               {tr("medium (25–49)"), 2, 5, 30},
                               {tr("high (50–74)"), 5, 7, 60},
                               {tr("critical (75–100)"), 7, 10, 80}};
    auto* series = new QStackedBarSeries;
    for (const Band& band : bands) {
        auto* set = new QBarSet(band.title);
        for (int b = 0; b < WorkspaceStats::RiskBuckets; ++b)
            *set << (b >= band.from && b < band.to ? qreal(m_stats.riskBuckets.value(b)) : 0.0);
        set->setColor(TriageStyle::riskColor(band.colourRisk));
        set->setBorderColor(TriageStyle::riskColor(band.colourRisk));
        connect(set, &QBarSet::clicked, this, [this](int index) {
            AccountFilter f;
            f.riskMin = index * 10;
            if (index < WorkspaceStats::RiskBuckets - 1)
                f.riskMax = index * 10 + 9;
            Q_EMIT filterRequested(f, f.riskMax ? tr("accounts with risk %1 to %2").arg(*f.riskMin).arg(*f.riskMax)
                                                : tr("accounts with risk %1 or more").arg(*f.riskMin));
        });
        connect(set, &QBarSet::hovered, this,
                [set, categories](bool on, int index) { showValueTip(set, on, index, categories); });
        series->append(set);
    }
    series->setBarWidth(0.9);
    QChart* chart = m_riskView->chart();
    chart->addSeries(series);
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setTitleText(tr("risk"));
    auto* values = countAxis(max);
    chart->addAxis(axis, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(axis);
    series->attachAxis(values);
}

void DashboardView::buildLeaverChart()
{
    resetChart(m_leaverView, tr("Top tools by leaver access"));
    QList<QPair<qint64, QString>> tools;
    for (auto it = m_stats.leaverAccess.cbegin(); it != m_stats.leaverAccess.cend(); ++it) {
        if (it.value() > 0)
            tools.append({it.value(), it.key()});
    }
    std::sort(tools.begin(), tools.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    tools = tools.mid(0, MaxToolsShown);
    std::reverse(tools.begin(), tools.end());
    QStringList categories;
    auto* set = new QBarSet(tr("orphaned accounts still active in the tool"));
    qreal max = 0;
    for (const auto& [n, tool] : tools) {
        categories.append(tool);
        *set << qreal(n);
        max = std::max<qreal>(max, n);
    }
    set->setColor(TriageStyle::classColor(QStringLiteral("orphaned")));
    set->setBorderColor(TriageStyle::classColor(QStringLiteral("orphaned")));
    connect(set, &QBarSet::clicked, this, [this, categories](int index) {
        AccountFilter f = savedView(QStringLiteral("leavers-with-access"))->filter;
        f.tool = categories.value(index);
        Q_EMIT filterRequested(f, tr("leavers with access in %1").arg(f.tool));
    });
    connect(set, &QBarSet::hovered, this,
            [set, categories](bool on, int index) { showValueTip(set, on, index, categories); });
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.6);
    QChart* chart = m_leaverView->chart();
    chart->addSeries(series);
    auto* axis = new QBarCategoryAxis;
    axis->append(categories.isEmpty() ? QStringList{tr("none")} : categories);
    auto* values = countAxis(max);
    chart->addAxis(axis, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(axis);
    series->attachAxis(values);
    chart->legend()->setVisible(true);
}

void DashboardView::buildSnapshotChart()
{
    resetChart(m_snapshotView, tr("Unowned and orphaned across snapshots"));
    // The latest snapshots, oldest at the top: horizontal bars leave room for "tool date" labels.
    QList<WorkspaceStats::SnapshotPoint> points =
        m_stats.snapshots.mid(std::max<qsizetype>(0, m_stats.snapshots.size() - MaxSnapshotsShown));
    std::reverse(points.begin(), points.end()); // horizontal bars are drawn bottom-up
    QStringList categories;
    auto* unowned = new QBarSet(tr("unowned (unmanaged)"));
    auto* orphaned = new QBarSet(tr("orphaned"));
    qreal max = 0;
    for (const WorkspaceStats::SnapshotPoint& p : points) {
        categories.append(tr("%1 %2").arg(p.tool, p.importedAt.date().toString(Qt::ISODate)));
        *unowned << qreal(p.unowned);
        *orphaned << qreal(p.orphaned);
        max = std::max<qreal>(max, std::max(p.unowned, p.orphaned));
    }
    unowned->setColor(TriageStyle::classColor(QStringLiteral("unmanaged")));
    unowned->setBorderColor(unowned->color());
    orphaned->setColor(TriageStyle::classColor(QStringLiteral("orphaned")));
    orphaned->setBorderColor(orphaned->color());
    auto* series = new QHorizontalBarSeries;
    series->append(unowned);
    series->append(orphaned);
    for (QBarSet* set : {unowned, orphaned}) {
        const bool isOrphaned = set == orphaned;
        connect(set, &QBarSet::clicked, this, [this, points, isOrphaned](int index) {
            AccountFilter f;
            f.tool = points.value(index).tool;
            f.classes = {isOrphaned ? AccountClass::Orphaned : AccountClass::Unmanaged};
            Q_EMIT filterRequested(f, isOrphaned ? tr("orphaned accounts in %1 now").arg(f.tool)
                                                 : tr("unmanaged accounts in %1 now").arg(f.tool));
        });
        connect(set, &QBarSet::hovered, this,
                [set, categories](bool on, int index) { showValueTip(set, on, index, categories); });
    }
    QChart* chart = m_snapshotView->chart();
    chart->addSeries(series);
    auto* axis = new QBarCategoryAxis;
    axis->append(categories.isEmpty() ? QStringList{tr("no snapshot")} : categories);
    auto* values = countAxis(max);
    chart->addAxis(axis, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(axis);
    series->attachAxis(values);
}

QList<QBarSet*> DashboardView::barSets(QChartView* view)
{
    for (QAbstractSeries* s : view->chart()->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(s))
            return bars->barSets();
    }
    return {};
}

QPoint DashboardView::barCenter(QChartView* view, QBarSet* target, int index)
{
    for (QAbstractSeries* s : view->chart()->series()) {
        auto* bars = qobject_cast<QAbstractBarSeries*>(s);
        if (!bars || !bars->barSets().contains(target))
            continue;
        const QList<QBarSet*> sets = bars->barSets();
        const bool stacked = bars->type() == QAbstractSeries::SeriesTypeStackedBar ||
                             bars->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar;
        const bool horizontal = bars->type() == QAbstractSeries::SeriesTypeHorizontalBar ||
                                bars->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar;
        qreal category = index;
        qreal value = target->at(index) / 2;
        if (stacked) {
            for (QBarSet* set : sets) {
                if (set == target)
                    break;
                value += set->at(index);
            }
        } else {
            const int k = int(sets.indexOf(target));
            const qreal width = bars->barWidth();
            category = index - width / 2 + (k + 0.5) * width / sets.size();
        }
        const QPointF point = horizontal ? QPointF(value, category) : QPointF(category, value);
        const QPointF scene = view->chart()->mapToPosition(point, bars);
        return view->mapFromScene(view->chart()->mapToScene(scene));
    }
    return {};
}

} // namespace Rollcall
