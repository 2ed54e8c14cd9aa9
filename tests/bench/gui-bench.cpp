// SPDX-License-Identifier: GPL-3.0-or-later
// The accounts window at scale, measured through the real widgets (offscreen), next to Qt's stock
// approach — the same rows in a QStandardItemModel behind a QSortFilterProxyModel — run in a
// child process of the same run so each has its own peak RSS. A benchmark that prints figures,
// not a test: nothing here passes or fails.
//
//   gui-bench WORKSPACE [--text dana] [--no-baseline]
//   gui-bench WORKSPACE --baseline          (the stock approach alone, figures as key=value lines)
#include "AccountTableView.h"
#include "DetailPane.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "item/AccountTableModel.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace Rollcall;

namespace {
constexpr int WaitLimitMs = 30 * 60 * 1000;

qint64 statusKiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

qint64 peakRssKiB()
{
    return statusKiB("VmHWM");
}

// The longest time the GUI thread did not get to a 5 ms timer: how long it was blocked.
class Heartbeat : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            m_longest = std::max(m_longest, now - m_last - m_timer.interval());
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_timer.start();
    }
    // Counts the time since the last beat too (a block still going on).
    qint64 longestMs() const { return std::max(m_longest, m_clock.elapsed() - m_last - m_timer.interval()); }
    // The longest block since the last call, for the phase that just ended (with ROLLCALL_BENCH_PHASES set).
    void phase(const char* name)
    {
        const qint64 longest = longestMs();
        m_overall = std::max(m_overall, longest);
        if (qEnvironmentVariableIsSet("ROLLCALL_BENCH_PHASES"))
            std::printf("    [%s: GUI thread blocked at most %lld ms; RSS %lld MB, peak %lld MB]\n", name, longest,
                        statusKiB("VmRSS") / 1024, statusKiB("VmHWM") / 1024);
        m_longest = 0;
    }
    qint64 overallMs() const { return std::max(m_overall, longestMs()); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    qint64 m_overall = 0;
};

struct Figures
{
    QList<QPair<QString, double>> values; // in order of measurement

    void add(const QString& key, double value)
    {
        values.append({key, value});
        std::printf("  %-46s %12.1f\n", qPrintable(key), value);
        std::fflush(stdout);
    }
    double value(const QString& key) const
    {
        for (const auto& [k, v] : values) {
            if (k == key)
                return v;
        }
        return -1;
    }
};

// Waits for `done` event by event (QTest::qWaitFor sleeps 10 ms between checks, too coarse here).
bool waitFor(const std::function<bool()>& done)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > WaitLimitMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

// The rows the view shows at the top are there (not "Loading…").
bool firstScreenLoaded(AccountTableView* view, AccountTableModel* model)
{
    if (model->isLoading())
        return false;
    const int first = std::max(0, view->rowAt(0));
    const int last = std::min(model->rowCount() - 1, first + view->viewport()->height() / view->rowHeight(0));
    for (int row = first; row <= last; ++row) {
        if (!model->isRowLoaded(row))
            return false;
    }
    return true;
}

void clickHeader(QTableView* view, int column)
{
    QHeaderView* header = view->horizontalHeader();
    const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
}

Figures runPaged(const QString& workspace, const QString& text)
{
    Figures f;
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return f;
    AccountTableModel* model = window.accountModel();
    AccountTableView* view = window.accountView();
    Heartbeat heartbeat;
    heartbeat.start();
    qint64 maxCache = 0;
    QTimer cacheProbe;
    QElapsedTimer since;
    since.start();
    qint64 lastRss = 0;
    const bool timeline = qEnvironmentVariableIsSet("ROLLCALL_BENCH_PHASES");
    QObject::connect(&cacheProbe, &QTimer::timeout, [&] {
        maxCache = std::max(maxCache, model->cacheBytes());
        const qint64 rss = statusKiB("VmRSS") / 1024;
        if (timeline && std::abs(rss - lastRss) >= 8) {
            std::printf("    (t=%lld ms: RSS %lld MB, anonymous %lld MB, files %lld MB; count %s)\n", since.elapsed(),
                        rss, statusKiB("RssAnon") / 1024, statusKiB("RssFile") / 1024,
                        model->isCountKnown() ? "known" : "pending");
            lastRss = rss;
        }
    });
    cacheProbe.start(20);

    QElapsedTimer t;
    t.start();
    window.openWorkspace(workspace);
    waitFor([&] { return model->rowCount() > 0 && firstScreenLoaded(view, model); });
    f.add(QStringLiteral("open: first rows (ms)"), t.elapsed());
    heartbeat.phase("open, first rows");
    waitFor([&] { return model->isCountKnown(); });
    f.add(QStringLiteral("open: full count (ms)"), t.elapsed());
    heartbeat.phase("open, count");
    f.add(QStringLiteral("accounts"), model->rowCount());
    waitFor([&] { return window.statsReady(); });
    f.add(QStringLiteral("open: dashboard and view counts (ms)"), t.elapsed());
    heartbeat.phase("open");

    // A filter typed letter by letter, each letter given its time.
    QLineEdit* edit = window.filterBar()->textEdit();
    edit->setFocus();
    QString typed;
    for (const QChar c : text) {
        typed += c;
        t.restart();
        QTest::keyClick(edit, c.toLatin1());
        waitFor([&] { return model->filter().text == typed && firstScreenLoaded(view, model); });
        f.add(QStringLiteral("type \"%1\": first screen (ms)").arg(typed), t.elapsed());
        waitFor([&] { return model->isCountKnown(); });
        f.add(QStringLiteral("type \"%1\": full count (ms)").arg(typed), t.elapsed());
        f.add(QStringLiteral("type \"%1\": matches").arg(typed), model->rowCount());
        heartbeat.phase("typing");
    }
    t.restart();
    edit->clear();
    waitFor([&] { return model->filter().text.isEmpty() && firstScreenLoaded(view, model); });
    f.add(QStringLiteral("clear filter: first screen (ms)"), t.elapsed());
    waitFor([&] { return model->isCountKnown(); });

    // Sorts, by clicking headers as a reviewer would.
    for (const auto& [column, name] : {std::pair{int(AccountTableModel::Login), "login"},
                                       std::pair{int(AccountTableModel::LastActivity), "last activity"},
                                       std::pair{int(AccountTableModel::Risk), "risk"}}) {
        t.restart();
        clickHeader(view, column);
        waitFor([&] { return model->sortColumn() == column && firstScreenLoaded(view, model); });
        f.add(QStringLiteral("sort by %1: sorted rows (ms)").arg(QLatin1String(name)), t.elapsed());
        waitFor([&] { return model->isCountKnown(); });
        heartbeat.phase("sort");
    }

    // The last row, from the keyboard.
    view->setFocus();
    view->setCurrentIndex(model->index(0, AccountTableModel::Login));
    QTest::qWait(50);
    t.restart();
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    const int lastRow = model->rowCount() - 1;
    waitFor([&] { return model->isRowLoaded(lastRow) && view->currentIndex().row() == lastRow; });
    f.add(QStringLiteral("jump to the last row (ms)"), t.elapsed());
    const qint64 lastId = model->accountIdAt(model->index(lastRow, 0));
    DetailPane* pane = window.detailPane();
    waitFor([&] { return pane->accountId() == lastId && pane->titleText() != QLatin1String("Loading…"); });
    f.add(QStringLiteral("... and its details shown (ms)"), t.elapsed());
    heartbeat.phase("last row");
    // And the middle, dragging the scroll bar there.
    t.restart();
    view->scrollTo(model->index(model->rowCount() / 2, 0));
    waitFor([&] { return firstScreenLoaded(view, model); });
    f.add(QStringLiteral("jump to the middle (ms)"), t.elapsed());
    QTest::qWait(100);
    heartbeat.phase("middle");

    // Scrolling through many pages: the cache stays within its bound, evicting the oldest.
    t.restart();
    const int pages = std::min(400, model->rowCount() / AccountTableModel::PageSize);
    for (int page = 0; page < pages; ++page) {
        view->scrollTo(model->index(page * AccountTableModel::PageSize + 10, 0), QAbstractItemView::PositionAtTop);
        waitFor([&] { return firstScreenLoaded(view, model); });
    }
    f.add(QStringLiteral("scroll through %1 pages, per page (ms)").arg(pages), pages ? double(t.elapsed()) / pages : 0);
    f.add(QStringLiteral("pages cached at the end"), model->cachedPages());
    heartbeat.phase("scroll");

    f.add(QStringLiteral("GUI thread blocked, longest (ms)"), heartbeat.overallMs());
    f.add(QStringLiteral("page cache, largest (MB)"), maxCache / 1048576.0);
    f.add(QStringLiteral("peak RSS (MB)"), peakRssKiB() / 1024.0);
    return f;
}

// The stock proxy, with the accounts table's text filter: login, e-mail, name or account key
// contains the text, case-insensitively.
class TextFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setText(const QString& text)
    {
        m_text = text;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (m_text.isEmpty())
            return true;
        for (int column : {AccountTableModel::Login, AccountTableModel::Email, AccountTableModel::DisplayName,
                           AccountTableModel::Account}) {
            if (sourceModel()->index(row, column, parent).data().toString().contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    QString m_text;
};

// Qt's stock approach: every row in a QStandardItemModel, filtered and sorted by a proxy.
Figures runBaseline(const QString& workspace, const QString& text)
{
    Figures f;
    QTableView view;
    view.resize(1400, 900);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return f;
    Heartbeat heartbeat;
    heartbeat.start();
    QElapsedTimer t;
    t.start();
    Store store;
    if (!store.open(workspace))
        return f;
    auto* source = new QStandardItemModel(&view);
    source->setColumnCount(AccountTableModel::ColumnCount);
    {
        QSqlQuery q(store.database());
        q.setForwardOnly(true);
        q.exec(QStringLiteral(
            "SELECT tool, account_key, login, email, display_name, COALESCE(class, 'not reconciled'), owner, rule, "
            "risk, privilege, CASE mfa WHEN 1 THEN 'yes' WHEN 0 THEN 'no' ELSE '' END, substr(last_activity, 1, 10), "
            "state, recommendation FROM account_view ORDER BY risk DESC, id DESC"));
        QList<QStandardItem*> row;
        while (q.next()) {
            row.clear();
            for (int c = 0; c < AccountTableModel::ColumnCount; ++c) {
                auto* item = new QStandardItem;
                item->setData(q.value(c), Qt::DisplayRole);
                row.append(item);
            }
            source->appendRow(row);
        }
    }
    auto* proxy = new TextFilterProxy(&view);
    proxy->setSourceModel(source);
    view.setModel(proxy);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setSortingEnabled(false);
    QTest::qWait(1);
    f.add(QStringLiteral("open: first rows (ms)"), t.elapsed());
    f.add(QStringLiteral("open: full count (ms)"), t.elapsed());
    f.add(QStringLiteral("accounts"), proxy->rowCount());

    QString typed;
    for (const QChar c : text) {
        typed += c;
        t.restart();
        proxy->setText(typed);
        QTest::qWait(1);
        f.add(QStringLiteral("type \"%1\": first screen (ms)").arg(typed), t.elapsed());
        f.add(QStringLiteral("type \"%1\": full count (ms)").arg(typed), t.elapsed());
        f.add(QStringLiteral("type \"%1\": matches").arg(typed), proxy->rowCount());
    }
    t.restart();
    proxy->setText({});
    QTest::qWait(1);
    f.add(QStringLiteral("clear filter: first screen (ms)"), t.elapsed());
    for (const auto& [column, name] : {std::pair{int(AccountTableModel::Login), "login"},
                                       std::pair{int(AccountTableModel::LastActivity), "last activity"},
                                       std::pair{int(AccountTableModel::Risk), "risk"}}) {
        t.restart();
        proxy->sort(column, column == AccountTableModel::Risk ? Qt::DescendingOrder : Qt::AscendingOrder);
        QTest::qWait(1);
        f.add(QStringLiteral("sort by %1: sorted rows (ms)").arg(QLatin1String(name)), t.elapsed());
    }
    view.setFocus();
    view.setCurrentIndex(proxy->index(0, 0));
    t.restart();
    QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
    QTest::qWait(1);
    f.add(QStringLiteral("jump to the last row (ms)"), t.elapsed());
    t.restart();
    view.scrollTo(proxy->index(proxy->rowCount() / 2, 0));
    QTest::qWait(1);
    f.add(QStringLiteral("jump to the middle (ms)"), t.elapsed());
    t.restart();
    const int pages = std::min(400, proxy->rowCount() / AccountTableModel::PageSize);
    for (int page = 0; page < pages; ++page) {
        view.scrollTo(proxy->index(page * AccountTableModel::PageSize + 10, 0), QAbstractItemView::PositionAtTop);
        QTest::qWait(1);
    }
    f.add(QStringLiteral("scroll through %1 pages, per page (ms)").arg(pages), pages ? double(t.elapsed()) / pages : 0);
    f.add(QStringLiteral("pages cached at the end"), 0);
    f.add(QStringLiteral("GUI thread blocked, longest (ms)"), heartbeat.longestMs());
    f.add(QStringLiteral("page cache, largest (MB)"), 0);
    f.add(QStringLiteral("peak RSS (MB)"), peakRssKiB() / 1024.0);
    return f;
}
} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RollcallBench"));
    QCoreApplication::setApplicationName(QStringLiteral("gui-bench"));
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("workspace"), QStringLiteral("A workspace, imported and reconciled."));
    parser.addOptions(
        {{QStringLiteral("baseline"), QStringLiteral("Run only the stock QSortFilterProxyModel approach.")},
         {QStringLiteral("no-baseline"), QStringLiteral("Skip the stock approach.")},
         {QStringLiteral("text"), QStringLiteral("The filter to type (default: dana)."), QStringLiteral("TEXT"),
          QStringLiteral("dana")}});
    parser.addHelpOption();
    parser.process(app);
    const QString workspace = parser.positionalArguments().value(0);
    const QString text = parser.value(QStringLiteral("text"));
    if (workspace.isEmpty() || !QFile::exists(workspace)) {
        std::fprintf(stderr, "usage: gui-bench WORKSPACE [--text TEXT] [--baseline|--no-baseline]\n");
        return 2;
    }
    if (parser.isSet(QStringLiteral("baseline"))) {
        std::printf("Baseline (QStandardItemModel + QSortFilterProxyModel):\n");
        const Figures f = runBaseline(workspace, text);
        for (const auto& [k, v] : f.values)
            std::printf("=%s\t%.1f\n", qPrintable(k), v);
        return 0;
    }
    std::printf("Rollcall (paged model, worker thread, SQL filters and sorts):\n");
    const Figures paged = runPaged(workspace, text);
    if (parser.isSet(QStringLiteral("no-baseline")))
        return 0;

    // The baseline in a process of its own, for its own peak RSS.
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {workspace, QStringLiteral("--baseline"), QStringLiteral("--text"), text});
    QByteArray output;
    while (child.state() != QProcess::NotRunning || child.bytesAvailable() > 0) {
        child.waitForReadyRead(1000);
        const QByteArray chunk = child.readAll();
        for (const QByteArray& line : chunk.split('\n')) {
            if (!line.startsWith('=') && !line.isEmpty())
                std::printf("%s\n", line.constData());
        }
        std::fflush(stdout);
        output += chunk;
    }
    Figures baseline;
    for (const QByteArray& line : output.split('\n')) {
        if (!line.startsWith('='))
            continue;
        const QList<QByteArray> parts = line.mid(1).split('\t');
        baseline.values.append({QString::fromUtf8(parts.value(0)), parts.value(1).toDouble()});
    }

    std::printf("\n%-46s %12s %12s %10s\n", "figure", "Rollcall", "baseline", "baseline/");
    std::printf("%-46s %12s %12s %10s\n", "", "", "", "Rollcall");
    for (const auto& [key, value] : paged.values) {
        const double b = baseline.value(key);
        const bool ratio = value > 0 && b > 0 && key.contains(QLatin1String("(m"));
        std::printf("%-46s %12.1f %12.1f %10s\n", qPrintable(key), value, b,
                    ratio ? qPrintable(QString::number(b / value, 'f', 1) + QLatin1Char('x')) : "");
    }
    return 0;
}
