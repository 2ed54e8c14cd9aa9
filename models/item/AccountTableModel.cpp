// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountTableModel.h"

#include "store/SqliteStatement.h"
#include "store/Store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>
#include <QWaitCondition>

#include <sqlite3.h>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <atomic>
#include <optional>

namespace Rollcall {

namespace {
// How long the first page may walk an index before the loader falls back to a scan; rows found
// by then are shown at once (they are the first rows of the final order).
constexpr int PrefixBudgetMs = 60;
// Pages at either end are served by LIMIT/OFFSET before the whole order is known.
constexpr int EdgePages = 4;
// How often the ordering of every id gives way to a page at either end.
constexpr int MaxIdsRestarts = 3;
constexpr int ExplanationChars = 300;
// The worker connection's page cache; scans are sequential, the OS caches the file.
constexpr int WorkerCacheKiB = 16 * 1024;

const char* const SqlColumns[AccountTableModel::ColumnCount] = {
    "tool", "account_key", "login",     "email", "display_name",  "class", "owner",
    "rule", "risk",        "privilege", "mfa",   "last_activity", "state", "recommendation"};

struct Job
{
    int generation = -1;
    AccountFilter filter;
    QString column;
    Qt::SortOrder order = Qt::DescendingOrder;
    bool dataChanged = false;
};

qint64 stringBytes(const QString& s)
{
    return qint64(sizeof(QString)) + (s.isEmpty() ? 0 : 24 + s.size() * 2);
}

void bindValue(SqliteStatement& statement, int index, const QVariant& value)
{
    if (value.isNull())
        statement.bindNull(index);
    else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong)
        statement.bind(index, value.toLongLong());
    else
        statement.bind(index, value.toString()); // shares the QVariant's buffer, which outlives the statement
}
} // namespace

void setBackgroundPriority(int niceness)
{
#ifdef Q_OS_LINUX
    // Per thread on Linux: under load the GUI thread, at the normal priority, goes first.
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), niceness);
#else
    QThread::currentThread()->setPriority(niceness >= 10 ? QThread::IdlePriority : QThread::LowPriority);
#endif
}

qint64 AccountTableModel::Row::bytes() const
{
    qint64 n = qint64(sizeof(Row));
    for (const QString* s : {&tool, &accountKey, &login, &email, &displayName, &cls, &owner, &rule, &privilege,
                             &lastActivity, &state, &recommendation, &explanation})
        n += stringBytes(*s) - qint64(sizeof(QString));
    return n;
}

// The worker: one thread, one connection, one query at a time. Work for the newest generation
// only, in this order: the first page, pages asked for that can be served now, the count, the
// ordered ids of every match (after which any page is a lookup by id), then the remaining pages.
class AccountLoader
{
public:
    using Row = AccountTableModel::Row;

    explicit AccountLoader(AccountTableModel* model)
        : m_model(model)
    {
        // At the normal priority: the rows it loads are what the reviewer waits for. The
        // dashboard's statistics and the detail pane's history run below it.
        m_thread = QThread::create([this] { run(); });
        m_thread->setObjectName(QStringLiteral("rollcall-accounts"));
        m_thread->start();
    }

    ~AccountLoader()
    {
        {
            QMutexLocker lock(&m_mutex);
            m_stop = true;
            m_wake.wakeAll();
        }
        m_thread->wait();
        delete m_thread;
    }

    void setWorkspace(const QString& path)
    {
        QMutexLocker lock(&m_mutex);
        m_nextPath = path;
        m_nextJob.reset();
        m_latest = -1;
        m_wake.wakeAll();
    }

    void submit(const Job& job)
    {
        QMutexLocker lock(&m_mutex);
        m_nextJob = job;
        m_nextPages.clear();       // asked for by an older generation
        m_latest = job.generation; // interrupts the query of an older generation
        m_wake.wakeAll();
    }

    void requestPages(int generation, const QList<int>& pages)
    {
        QMutexLocker lock(&m_mutex);
        if (generation != m_latest)
            return;
        for (int page : pages) {
            m_nextPages.removeAll(page);
            m_nextPages.append(page);
        }
        ++m_requestSerial;
        m_wake.wakeAll();
    }

private:
    void run()
    {
        for (;;) {
            std::optional<QString> path;
            {
                QMutexLocker lock(&m_mutex);
                for (;;) {
                    if (m_stop) {
                        closeStore();
                        return;
                    }
                    if (m_nextPath) {
                        path = m_nextPath;
                        m_nextPath.reset();
                        m_hasJob = false;
                    }
                    if (m_nextJob) {
                        m_job = *m_nextJob;
                        m_nextJob.reset();
                        startJob();
                    }
                    if (m_hasJob && !m_nextPages.isEmpty()) {
                        for (int page : std::as_const(m_nextPages)) {
                            m_pages.removeAll(page);
                            m_pages.append(page); // newest last: served first
                        }
                    }
                    m_nextPages.clear();
                    if (path || hasWork() || (m_hasJob && m_openFailed))
                        break;
                    m_wake.wait(&m_mutex);
                }
            }
            if (path) {
                openStore(*path);
                continue;
            }
            if (m_openFailed) {
                // The query came after the workspace failed to open: it fails the same way.
                failJob();
                continue;
            }
            step();
        }
    }

    void startJob()
    {
        m_hasJob = true;
        m_firstDone = m_countDone = m_idsDone = false;
        m_haveIds = false;
        m_ids.clear();
        m_ids.squeeze();
        m_count = -1;
        m_pages.clear();
        m_idsRestarts = 0;
        if (m_job.dataChanged)
            m_unlinked = -1;
    }

    bool hasWork() const
    {
        return m_hasJob && m_store && (!m_firstDone || !m_countDone || !m_idsDone || !m_pages.isEmpty());
    }

    void closeStore()
    {
        m_db = nullptr;
        m_store.reset();
    }

    void openStore(const QString& path)
    {
        closeStore();
        m_unlinked = -1;
        m_openFailed = false;
        if (path.isEmpty())
            return;
        auto store = std::make_unique<Store>();
        if (!store->open(path, Store::OpenMode::ExistingOnly)) {
            m_error = store->errorString();
            m_openFailed = true;
            if (m_hasJob)
                failJob();
            return;
        }
        QSqlQuery q(store->database());
        q.exec(QStringLiteral("PRAGMA query_only = 1"));
        q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(WorkerCacheKiB));
        const QVariant handle = store->database().driver()->handle();
        if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return;
        m_db = *static_cast<sqlite3* const*>(handle.constData());
        sqlite3_progress_handler(m_db, 1000, &AccountLoader::onProgress, this);
        m_indexes = AccountSql::availableIndexes(store->database());
        m_store = std::move(store);
    }

    static int onProgress(void* self) { return static_cast<AccountLoader*>(self)->shouldStop() ? 1 : 0; }

    bool isEdgePage(int page) const
    {
        if (page < EdgePages)
            return true;
        return m_count >= 0 && page > (m_count - 1) / AccountTableModel::PageSize - EdgePages;
    }

    bool shouldStop()
    {
        if (m_stop || m_latest.load() != m_running)
            return true;
        // While every id is being ordered, a page at either end that the user waits for goes first
        // (a few times per query at most, so the order is known in the end).
        if (m_interruptForPages) {
            const int serial = m_requestSerial.load(std::memory_order_relaxed);
            if (serial != m_seenSerial) {
                m_seenSerial = serial;
                QMutexLocker lock(&m_mutex);
                for (int page : std::as_const(m_nextPages)) {
                    if (isEdgePage(page)) {
                        m_pagesWaiting = true;
                        return true;
                    }
                }
            }
        }
        if (m_deadlineMs >= 0 && m_deadline.elapsed() > m_deadlineMs) {
            m_deadlineHit = true;
            return true;
        }
        return false;
    }
    bool stale() const { return m_stop || m_latest.load() != m_running; }

    void step()
    {
        m_running = m_job.generation;
        if (!m_firstDone) {
            m_firstDone = true;
            firstPage();
            return;
        }
        for (qsizetype i = m_pages.size() - 1; i >= 0; --i) {
            if (canServe(m_pages.at(i))) {
                servePage(m_pages.takeAt(i));
                return;
            }
        }
        if (!m_countDone) {
            m_countDone = true;
            count();
            return;
        }
        if (!m_idsDone) {
            m_idsDone = true;
            orderedIds();
            return;
        }
        if (!m_pages.isEmpty())
            servePage(m_pages.takeLast());
    }

    bool canServe(int page) const
    {
        if (m_haveIds || page < EdgePages)
            return true;
        if (m_count < 0)
            return false;
        const qint64 lastPage = (m_count - 1) / AccountTableModel::PageSize;
        return page > lastPage - EdgePages;
    }

    QString condition(QVariantList& binds) const { return m_job.filter.condition(binds); }
    bool withOwner() const { return AccountSql::needsOwner(m_job.filter, m_job.column); }

    // Ids of the rows [offset, offset + limit) in the job's order. `reverse` reads them from the
    // other end (offset counted from the last row) and returns them in the job's order.
    enum class Range
    {
        Complete, // every row of the range, or all there is
        Partial,  // a prefix of the range: the time budget ran out
        Failed,
        Stale
    };
    Range selectRange(qint64 offset, qint64 limit, bool reverse, QVector<qint64>& ids, bool allowPartial = false)
    {
        ids.clear();
        QVariantList binds;
        const QString cond = condition(binds);
        const AccountSql::Driver driver = AccountSql::driverFor(m_indexes, m_job.column);
        const Qt::SortOrder order =
            reverse ? (m_job.order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder) : m_job.order;
        // A link index yields reconciled accounts only; they are all the rows of a descending
        // order up to the unreconciled ones at its end, or all rows once none is unreconciled.
        const bool driven = driver != AccountSql::Driver::Scan && (order == Qt::DescendingOrder || m_unlinked == 0);
        if (driven) {
            const QString sql = QStringLiteral("SELECT id FROM %1 WHERE %2%3 LIMIT %4 OFFSET %5")
                                    .arg(AccountSql::source(m_indexes, driver, withOwner()), cond,
                                         AccountSql::orderBy(m_job.column, order))
                                    .arg(limit)
                                    .arg(offset);
            m_deadlineHit = false;
            m_deadline.start();
            m_deadlineMs = PrefixBudgetMs;
            const bool ok = selectIds(sql, binds, ids);
            m_deadlineMs = -1;
            if (stale())
                return Range::Stale;
            if (ok && (ids.size() == limit || m_unlinked == 0)) {
                if (reverse)
                    std::reverse(ids.begin(), ids.end());
                return Range::Complete;
            }
            if (!ok && !m_deadlineHit)
                return Range::Failed;
            if (!ok && allowPartial && offset == 0 && !reverse && !ids.isEmpty())
                return Range::Partial;
            ids.clear();
        }
        const QString sql = QStringLiteral("SELECT id FROM %1 WHERE %2%3 LIMIT %4 OFFSET %5")
                                .arg(AccountSql::source(m_indexes, AccountSql::Driver::Scan, withOwner()), cond,
                                     AccountSql::orderBy(m_job.column, order))
                                .arg(limit)
                                .arg(offset);
        if (!selectIds(sql, binds, ids))
            return stale() ? Range::Stale : Range::Failed;
        if (reverse)
            std::reverse(ids.begin(), ids.end());
        return Range::Complete;
    }

    bool selectIds(const QString& sql, const QVariantList& binds, QVector<qint64>& ids)
    {
        SqliteStatement q;
        if (!q.prepare(m_store->database(), sql)) {
            m_error = q.errorString();
            return false;
        }
        for (int i = 0; i < binds.size(); ++i)
            bindValue(q, i + 1, binds.at(i));
        while (q.next())
            ids.append(q.integer(0));
        m_error = q.errorString();
        return m_error.isEmpty();
    }

    bool fetchRows(const QVector<qint64>& ids, QVector<Row>& rows)
    {
        rows.clear();
        if (ids.isEmpty())
            return true;
        QStringList marks;
        marks.reserve(ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i)
            marks.append(QStringLiteral("?"));
        SqliteStatement q;
        const QString sql =
            QStringLiteral("SELECT a.id, a.tool, a.account_key, a.login, a.email, a.display_name, "
                           "COALESCE(l.class, ''), CASE WHEN i.email <> '' THEN i.email ELSE COALESCE(i.upn, '') END, "
                           "COALESCE(l.rule, ''), l.risk, a.privilege, a.mfa, a.last_activity, a.never_used, "
                           "'', a.state, COALESCE(l.recommendation, '') "
                           "FROM account a LEFT JOIN link l%1 ON l.account_id = a.id "
                           "LEFT JOIN identity i%2 ON i.id = l.identity_id WHERE a.id IN (%3)")
                .arg(m_indexes.linkTriage ? QStringLiteral(" INDEXED BY link_triage") : QString(),
                     m_indexes.identityOwner ? QStringLiteral(" INDEXED BY identity_owner") : QString(),
                     marks.join(QLatin1Char(',')));
        if (!q.prepare(m_store->database(), sql)) {
            m_error = q.errorString();
            return false;
        }
        for (int i = 0; i < ids.size(); ++i)
            q.bind(i + 1, ids.at(i));
        QHash<qint64, int> position;
        position.reserve(ids.size());
        for (int i = 0; i < ids.size(); ++i)
            position.insert(ids.at(i), i);
        rows.resize(ids.size());
        while (q.next()) {
            const auto it = position.constFind(q.integer(0));
            if (it == position.constEnd())
                continue;
            Row& r = rows[*it];
            r.id = q.integer(0);
            r.tool = q.text(1);
            r.accountKey = q.text(2);
            r.login = q.text(3);
            r.email = q.text(4);
            r.displayName = q.text(5);
            r.cls = q.text(6);
            r.owner = q.text(7);
            r.rule = q.text(8);
            r.risk = q.isNull(9) ? -1 : int(q.integer(9));
            r.privilege = q.text(10);
            r.mfa = q.isNull(11) ? qint8(-1) : qint8(q.integer(11) != 0);
            const QDateTime last = QDateTime::fromString(q.text(12), Qt::ISODate);
            if (last.isValid())
                r.lastActivity = last.date().toString(Qt::ISODate);
            else if (q.integer(13) != 0)
                r.lastActivity = AccountTableModel::tr("never");
            r.state = q.text(15);
            r.recommendation = q.text(16);
        }
        m_error = q.errorString();
        return m_error.isEmpty();
    }

    // The start of each row's explanation (the tooltip), after the rows themselves: the
    // explanation is long text in the link table, the rows come from covering indexes.
    void postExplanations(int page, const QVector<qint64>& ids)
    {
        if (ids.isEmpty() || stale())
            return;
        QStringList marks;
        for (qsizetype i = 0; i < ids.size(); ++i)
            marks.append(QStringLiteral("?"));
        SqliteStatement q;
        if (!q.prepare(
                m_store->database(),
                QStringLiteral("SELECT account_id, substr(explanation, 1, %1) FROM link WHERE account_id IN (%2)")
                    .arg(ExplanationChars + 1)
                    .arg(marks.join(QLatin1Char(',')))))
            return;
        for (int i = 0; i < ids.size(); ++i)
            q.bind(i + 1, ids.at(i));
        QHash<qint64, QString> explanations;
        while (q.next()) {
            QString text = q.text(1);
            if (text.size() > ExplanationChars)
                text = text.left(ExplanationChars) + QStringLiteral("…");
            explanations.insert(q.integer(0), text);
        }
        if (!q.errorString().isEmpty() || stale())
            return;
        const int generation = m_running;
        QMetaObject::invokeMethod(
            m_model,
            [model = m_model, generation, page, explanations = std::move(explanations)] {
                model->onExplanations(generation, page, explanations);
            },
            Qt::QueuedConnection);
    }

    // The current job cannot run at all (the workspace did not open): reported once, then dropped.
    void failJob()
    {
        m_running = m_job.generation;
        fail();
        m_hasJob = false;
    }

    void fail()
    {
        if (stale())
            return;
        m_firstDone = m_countDone = m_idsDone = true;
        m_pages.clear();
        const int generation = m_running;
        const QString message = m_error;
        QMetaObject::invokeMethod(
            m_model, [model = m_model, generation, message] { model->onFailed(generation, message); },
            Qt::QueuedConnection);
    }

    void firstPage()
    {
        QVector<qint64> ids;
        const Range range = selectRange(0, AccountTableModel::PageSize, false, ids, true);
        if (range == Range::Stale)
            return;
        if (range == Range::Failed)
            return fail();
        QVector<Row> rows;
        if (!fetchRows(ids, rows))
            return stale() ? void() : fail();
        // A short first page that is complete is every match: nothing more to count or order.
        const bool exact = range == Range::Complete && ids.size() < AccountTableModel::PageSize;
        if (exact) {
            m_count = ids.size();
            m_countDone = m_idsDone = true;
        }
        const int generation = m_running;
        QMetaObject::invokeMethod(
            m_model,
            [model = m_model, generation, rows = std::move(rows), exact] {
                model->onFirstPage(generation, rows, exact);
            },
            Qt::QueuedConnection);
        postExplanations(0, ids);
    }

    void count()
    {
        QVariantList binds;
        const QString cond = condition(binds);
        SqliteStatement q;
        const QString sql =
            QStringLiteral("SELECT COALESCE(class, ''), count(*) FROM %1 WHERE %2 GROUP BY 1")
                .arg(AccountSql::source(m_indexes, AccountSql::Driver::Scan, m_job.filter.usesOwner()), cond);
        if (!q.prepare(m_store->database(), sql)) {
            m_error = q.errorString();
            return fail();
        }
        for (int i = 0; i < binds.size(); ++i)
            bindValue(q, i + 1, binds.at(i));
        QMap<QString, qint64> perClass;
        qint64 total = 0;
        while (q.next()) {
            perClass.insert(q.text(0), q.integer(1));
            total += q.integer(1);
        }
        if (!q.errorString().isEmpty()) {
            m_error = q.errorString();
            return fail();
        }
        m_count = total;
        if (m_job.filter.isEmpty())
            m_unlinked = perClass.value(QString());
        const int generation = m_running;
        QMetaObject::invokeMethod(
            m_model, [model = m_model, generation, total, perClass] { model->onCount(generation, total, perClass); },
            Qt::QueuedConnection);
    }

    void orderedIds()
    {
        if (m_count <= qint64(EdgePages) * AccountTableModel::PageSize)
            return; // every page is an edge page
        QVariantList binds;
        const QString cond = condition(binds);
        const QString sql = QStringLiteral("SELECT id FROM %1 WHERE %2%3")
                                .arg(AccountSql::source(m_indexes, AccountSql::Driver::Scan, withOwner()), cond,
                                     AccountSql::orderBy(m_job.column, m_job.order));
        QVector<qint64> ids;
        ids.reserve(m_count);
        m_pagesWaiting = false;
        m_seenSerial = m_requestSerial.load();
        m_interruptForPages = m_idsRestarts < MaxIdsRestarts;
        const bool ok = selectIds(sql, binds, ids);
        m_interruptForPages = false;
        if (!ok && m_pagesWaiting && !stale()) {
            m_idsDone = false; // again, once the pages asked for are served
            ++m_idsRestarts;
            return;
        }
        if (!ok)
            return stale() ? void() : fail();
        m_ids = std::move(ids);
        m_haveIds = true;
    }

    void servePage(int page)
    {
        const qint64 first = qint64(page) * AccountTableModel::PageSize;
        QVector<qint64> ids;
        if (m_haveIds) {
            if (first < m_ids.size())
                ids = m_ids.mid(first, AccountTableModel::PageSize);
        } else if (page < EdgePages) {
            const Range range = selectRange(first, AccountTableModel::PageSize, false, ids);
            if (range == Range::Stale)
                return;
            if (range != Range::Complete)
                return fail();
        } else {
            const qint64 end = std::min<qint64>(m_count, first + AccountTableModel::PageSize);
            if (end <= first)
                return;
            if (selectRange(m_count - end, end - first, true, ids) != Range::Complete)
                return stale() ? void() : fail();
        }
        QVector<Row> rows;
        if (!fetchRows(ids, rows))
            return stale() ? void() : fail();
        const int generation = m_running;
        QMetaObject::invokeMethod(
            m_model,
            [model = m_model, generation, page, rows = std::move(rows)] { model->onPage(generation, page, rows); },
            Qt::QueuedConnection);
        postExplanations(page, ids);
    }

    AccountTableModel* m_model;
    QThread* m_thread = nullptr;
    std::atomic<int> m_latest{-1};
    std::atomic<bool> m_stop{false};
    QMutex m_mutex;
    QWaitCondition m_wake;
    // Guarded by m_mutex.
    std::optional<Job> m_nextJob;
    std::optional<QString> m_nextPath;
    QList<int> m_nextPages;
    std::atomic<int> m_requestSerial{0};

    // The worker thread's own.
    std::unique_ptr<Store> m_store;
    sqlite3* m_db = nullptr;
    AccountSql::Indexes m_indexes;
    Job m_job;
    bool m_hasJob = false;
    bool m_firstDone = false;
    bool m_countDone = false;
    bool m_idsDone = false;
    bool m_haveIds = false;
    QVector<qint64> m_ids;
    qint64 m_count = -1;
    qint64 m_unlinked = -1; // current accounts without a verdict; -1 unknown
    QList<int> m_pages;
    int m_running = -1;
    QElapsedTimer m_deadline;
    int m_deadlineMs = -1;
    bool m_deadlineHit = false;
    bool m_interruptForPages = false;
    bool m_pagesWaiting = false;
    int m_seenSerial = 0;
    int m_idsRestarts = 0;
    QString m_error;
    bool m_openFailed = false; // the current path did not open; every job for it fails
};

AccountTableModel::AccountTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_loader(std::make_unique<AccountLoader>(this))
{}

AccountTableModel::~AccountTableModel() = default;

QString AccountTableModel::sqlColumn(int column)
{
    return column >= 0 && column < ColumnCount ? QLatin1String(SqlColumns[column]) : QString();
}

void AccountTableModel::setConnectionName(const QString& connectionName)
{
    const bool known = !connectionName.isEmpty() && QSqlDatabase::contains(connectionName);
    setWorkspace(known ? QSqlDatabase::database(connectionName, false).databaseName() : QString());
}

void AccountTableModel::setWorkspace(const QString& path)
{
    m_workspace = path;
    detach();
    m_loader->setWorkspace(path);
    if (!path.isEmpty())
        startQuery(true);
}

void AccountTableModel::detach()
{
    beginResetModel();
    ++m_generation;
    m_shown = m_generation;
    m_pages.clear();
    m_cacheBytes = 0;
    m_count = 0;
    m_countKnown = true;
    m_classCounts.clear();
    m_requested.clear();
    m_toRequest.clear();
    endResetModel();
}

void AccountTableModel::setFilter(const AccountFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    if (!m_workspace.isEmpty())
        startQuery(false);
}

void AccountTableModel::refresh()
{
    if (!m_workspace.isEmpty())
        startQuery(true);
}

void AccountTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_workspace.isEmpty())
        startQuery(false);
}

void AccountTableModel::startQuery(bool dataChanged)
{
    const bool wasLoading = isLoading();
    ++m_generation;
    m_requested.clear();
    m_toRequest.clear();
    m_loader->submit({m_generation, m_filter, sqlColumn(m_sortColumn), m_sortOrder, dataChanged});
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void AccountTableModel::onFirstPage(int generation, const QVector<Row>& rows, bool countIsExact)
{
    if (generation != m_generation)
        return;
    beginResetModel();
    m_shown = generation;
    m_pages.clear();
    m_cacheBytes = 0;
    m_requested.clear();
    m_count = int(rows.size());
    m_countKnown = countIsExact;
    m_classCounts.clear();
    if (countIsExact) {
        for (const Row& r : rows)
            ++m_classCounts[r.cls];
    }
    if (!rows.isEmpty())
        insertPage(0, rows);
    endResetModel();
    Q_EMIT loadingChanged(false);
    if (countIsExact)
        Q_EMIT countKnown(m_count);
}

void AccountTableModel::onCount(int generation, qint64 count, const QMap<QString, qint64>& perClass)
{
    if (generation != m_generation || generation != m_shown)
        return;
    m_targetCount = int(count);
    m_classCounts = perClass;
    if (count < m_count) {
        beginRemoveRows({}, int(count), m_count - 1);
        m_count = int(count);
        endRemoveRows();
    }
    growRows(generation);
}

void AccountTableModel::growRows(int generation)
{
    if (generation != m_generation || generation != m_shown || m_countKnown)
        return;
    // A million rows at once keeps the views busy for tens of milliseconds (their per-row
    // bookkeeping); in steps, the GUI thread breathes between them.
    if (m_targetCount > m_count) {
        const int next = std::min(m_targetCount, m_count + GrowStep);
        beginInsertRows({}, m_count, next - 1);
        m_count = next;
        endInsertRows();
    }
    if (m_count < m_targetCount) {
        QMetaObject::invokeMethod(
            this, [this, generation] { growRows(generation); }, Qt::QueuedConnection);
        return;
    }
    m_countKnown = true;
    Q_EMIT countKnown(m_count);
}

void AccountTableModel::onPage(int generation, int page, const QVector<Row>& rows)
{
    if (generation != m_generation || generation != m_shown)
        return;
    m_requested.remove(page);
    insertPage(page, rows);
    const int first = page * PageSize;
    const int last = std::min(m_count, first + int(rows.size())) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    Q_EMIT pageLoaded(page);
}

void AccountTableModel::onExplanations(int generation, int page, const QHash<qint64, QString>& explanations)
{
    if (generation != m_generation || generation != m_shown)
        return;
    const auto it = m_pages.find(page);
    if (it == m_pages.end())
        return;
    for (Row& r : it->rows) {
        const auto e = explanations.constFind(r.id);
        if (e == explanations.constEnd())
            continue;
        const qint64 before = stringBytes(r.explanation);
        r.explanation = *e;
        const qint64 delta = stringBytes(r.explanation) - before;
        it->bytes += delta;
        m_cacheBytes += delta;
    }
    evict();
}

void AccountTableModel::onFailed(int generation, const QString& message)
{
    if (generation != m_generation)
        return;
    beginResetModel();
    m_shown = generation;
    m_pages.clear();
    m_cacheBytes = 0;
    m_count = 0;
    m_countKnown = true;
    m_classCounts.clear();
    endResetModel();
    Q_EMIT loadingChanged(false);
    Q_EMIT queryFailed(message);
}

void AccountTableModel::setCacheLimit(qint64 bytes)
{
    m_cacheLimit = std::max<qint64>(bytes, 0);
    evict();
}

void AccountTableModel::insertPage(int page, const QVector<Row>& rows)
{
    auto it = m_pages.find(page);
    if (it != m_pages.end())
        m_cacheBytes -= it->bytes;
    Page p;
    p.rows = rows;
    for (const Row& r : rows)
        p.bytes += r.bytes();
    p.lastUse = ++m_useClock;
    m_cacheBytes += p.bytes;
    m_pages.insert(page, std::move(p));
    evict();
}

void AccountTableModel::evict()
{
    while (m_cacheBytes > m_cacheLimit && m_pages.size() > 1) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_cacheBytes -= oldest->bytes;
        m_pages.erase(oldest);
    }
}

const AccountTableModel::Row* AccountTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / PageSize;
    const auto it = m_pages.constFind(page);
    const int offset = row % PageSize;
    if (it != m_pages.constEnd() && offset < it->rows.size()) {
        it->lastUse = ++m_useClock;
        return &it->rows.at(offset);
    }
    requestPage(page);
    return nullptr;
}

bool AccountTableModel::isRowLoaded(int row) const
{
    const auto it = m_pages.constFind(row / PageSize);
    return row >= 0 && row < m_count && it != m_pages.constEnd() && row % PageSize < it->rows.size();
}

void AccountTableModel::requestPage(int page) const
{
    if (m_shown != m_generation || m_workspace.isEmpty() || m_requested.contains(page))
        return;
    m_requested.insert(page);
    m_toRequest.append(page);
    if (m_flushQueued)
        return;
    m_flushQueued = true;
    auto* self = const_cast<AccountTableModel*>(this);
    QMetaObject::invokeMethod(
        self, [self] { self->flushRequests(); }, Qt::QueuedConnection);
}

void AccountTableModel::flushRequests() const
{
    m_flushQueued = false;
    if (m_toRequest.isEmpty())
        return;
    m_loader->requestPages(m_generation, m_toRequest);
    m_toRequest.clear();
}

qint64 AccountTableModel::accountIdAt(const QModelIndex& index) const
{
    const Row* r = index.isValid() ? rowAt(index.row()) : nullptr;
    return r ? r->id : 0;
}

QString AccountTableModel::classAt(const QModelIndex& index) const
{
    const Row* r = index.isValid() ? rowAt(index.row()) : nullptr;
    return r ? r->cls : QString();
}

int AccountTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int AccountTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == Risk ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole && role < Qt::UserRole)
        return {};
    const Row* r = rowAt(index.row());
    if (!r) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return tr("Loading…");
        return role == LoadedRole ? QVariant(false) : QVariant();
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Tool:
            return r->tool;
        case Account:
            return r->accountKey;
        case Login:
            return r->login;
        case Email:
            return r->email;
        case DisplayName:
            return r->displayName;
        case Class:
            return accountClassTitle(r->cls);
        case Owner:
            return r->owner;
        case Rule:
            return r->rule;
        case Risk:
            return r->risk < 0 ? QVariant() : QVariant(r->risk);
        case Privilege:
            return r->privilege;
        case Mfa:
            return r->mfa < 0 ? QVariant() : QVariant(r->mfa ? tr("yes") : tr("no"));
        case LastActivity:
            return r->lastActivity;
        case State:
            return termTitle(r->state);
        case Recommendation:
            return termTitle(r->recommendation);
        }
        return {};
    case Qt::ToolTipRole:
        return r->explanation.isEmpty() ? QVariant() : QVariant(r->explanation);
    case AccountIdRole:
        return r->id;
    case ClassRole:
        return r->cls;
    case ExplanationRole:
        return r->explanation;
    case LoadedRole:
        return true;
    case RiskRole:
        return r->risk < 0 ? QVariant() : QVariant(r->risk);
    default:
        return {};
    }
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section == Risk)
        return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Tool:
        return tr("Tool");
    case Account:
        return tr("Account");
    case Login:
        return tr("Login");
    case Email:
        return tr("E-mail");
    case DisplayName:
        return tr("Name");
    case Class:
        return tr("Class");
    case Owner:
        return tr("Owner");
    case Rule:
        return tr("Rule");
    case Risk:
        return tr("Risk");
    case Privilege:
        return tr("Privilege");
    case Mfa:
        return tr("MFA");
    case LastActivity:
        return tr("Last activity");
    case State:
        return tr("State");
    case Recommendation:
        return tr("Recommendation");
    }
    return {};
}

} // namespace Rollcall
