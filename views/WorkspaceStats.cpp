// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceStats.h"

#include "item/AccountTableModel.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

namespace Rollcall {

namespace {
int stopRequested(void* flag)
{
    return static_cast<const std::atomic_bool*>(flag)->load() ? 1 : 0;
}

void bindAll(SqliteStatement& q, const QVariantList& binds)
{
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant& v = binds.at(i);
        if (v.isNull())
            q.bindNull(i + 1);
        else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
            q.bind(i + 1, v.toLongLong());
        else
            q.bind(i + 1, v.toString());
    }
}
} // namespace

qint64 WorkspaceStats::classTotal(const QString& cls) const
{
    qint64 n = 0;
    for (const auto& perClass : byToolClass)
        n += perClass.value(cls);
    return n;
}

bool WorkspaceStats::compute(const QSqlDatabase& db, int staleAfterDays, WorkspaceStats& out, QString& error,
                             const std::atomic_bool* stop)
{
    out = {};
    sqlite3* handle = nullptr;
    const QVariant h = db.driver() ? db.driver()->handle() : QVariant();
    if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
        handle = *static_cast<sqlite3* const*>(h.constData());
    if (handle && stop)
        sqlite3_progress_handler(handle, 1000, &stopRequested, const_cast<std::atomic_bool*>(stop));
    struct Detach
    {
        sqlite3* handle;
        ~Detach()
        {
            if (handle)
                sqlite3_progress_handler(handle, 0, nullptr, nullptr);
        }
    } detach{stop ? handle : nullptr};

    const AccountSql::Indexes indexes = AccountSql::availableIndexes(db);
    const QList<SavedView> views = defaultSavedViews(staleAfterDays);
    bool withOwner = false;
    QVariantList binds;
    QString viewSums;
    for (const SavedView& v : views) {
        viewSums += QStringLiteral(", total(CASE WHEN %1 THEN 1 END)").arg(v.filter.condition(binds));
        withOwner = withOwner || v.filter.usesOwner();
    }
    // One scan: accounts by tool, class, risk bucket and whether the tool still lets them in,
    // with each saved view's matches.
    SqliteStatement q;
    const QString sql =
        QStringLiteral("SELECT tool, COALESCE(class, ''), CASE WHEN risk IS NULL THEN -1 WHEN risk >= 90 THEN 9 ELSE "
                       "risk / 10 END, state IN ('active', 'invited', 'guest'), count(*)%1 FROM %2 GROUP BY 1, 2, 3, 4")
            .arg(viewSums, AccountSql::source(indexes, AccountSql::Driver::Scan, withOwner));
    if (!q.prepare(db, sql)) {
        error = q.errorString();
        return false;
    }
    bindAll(q, binds);
    while (q.next()) {
        const QString tool = q.text(0);
        const QString cls = q.text(1);
        const qint64 bucket = q.integer(2);
        const bool enabled = q.integer(3) != 0;
        const qint64 n = q.integer(4);
        out.byToolClass[tool][cls] += n;
        out.total += n;
        if (cls.isEmpty())
            out.unreconciled += n;
        if (bucket >= 0 && bucket < RiskBuckets)
            out.riskBuckets[int(bucket)] += n;
        if (cls == QLatin1String("orphaned") && enabled)
            out.leaverAccess[tool] += n;
        for (int i = 0; i < views.size(); ++i)
            out.viewCounts[views.at(i).id] += q.integer(5 + i);
    }
    if (!q.errorString().isEmpty()) {
        error = q.errorString();
        return false;
    }
    for (const SavedView& v : views)
        out.viewCounts[v.id] += 0; // a view with no match still has its count

    // Every tool snapshot, old ones with the verdicts they had when they were current.
    SqliteStatement snapshots;
    const QString snapshotSql =
        QStringLiteral("SELECT s.id, s.tool, s.imported_at, count(a.id), total(l.class = 'unmanaged'), "
                       "total(l.class = 'orphaned') FROM account a NOT INDEXED JOIN snapshot s ON s.id = a.snapshot_id "
                       "LEFT JOIN link l%1 ON l.account_id = a.id WHERE s.source_kind = 'tool' GROUP BY s.id ORDER BY "
                       "s.id")
            .arg(indexes.linkTriage ? QStringLiteral(" INDEXED BY link_triage") : QString());
    if (!snapshots.prepare(db, snapshotSql)) {
        error = snapshots.errorString();
        return false;
    }
    while (snapshots.next()) {
        SnapshotPoint p;
        p.id = snapshots.integer(0);
        p.tool = snapshots.text(1);
        p.importedAt = QDateTime::fromString(snapshots.text(2), Qt::ISODate);
        p.accounts = snapshots.integer(3);
        p.unowned = snapshots.integer(4);
        p.orphaned = snapshots.integer(5);
        out.snapshots.append(p);
    }
    if (!snapshots.errorString().isEmpty()) {
        error = snapshots.errorString();
        return false;
    }
    out.valid = true;
    return true;
}

WorkspaceStatsLoader::WorkspaceStatsLoader(QObject* parent)
    : QObject(parent)
{}

WorkspaceStatsLoader::~WorkspaceStatsLoader()
{
    if (!m_thread)
        return;
    m_stop = true;
    m_thread->wait();
    delete m_thread;
}

void WorkspaceStatsLoader::start(const QString& workspacePath, int staleAfterDays)
{
    m_path = workspacePath;
    m_staleAfterDays = staleAfterDays;
    if (m_thread) {
        m_pending = true;
        m_stop = true;
        return;
    }
    launch();
}

void WorkspaceStatsLoader::cancel()
{
    m_pending = false;
    m_path.clear();
    m_stop = true;
}

void WorkspaceStatsLoader::launch()
{
    m_pending = false;
    m_stop = false;
    if (m_path.isEmpty())
        return;
    const QString path = m_path;
    const int stale = m_staleAfterDays;
    m_thread = QThread::create([this, path, stale] {
        setBackgroundPriority(12);
        m_ok = false;
        m_result = {};
        Store store;
        if (!store.open(path, Store::OpenMode::ExistingOnly)) {
            m_error = store.errorString();
            return;
        }
        // One sequential scan: a small page cache does (and bounds the sorter's memory too).
        QSqlQuery pragmas(store.database());
        pragmas.exec(QStringLiteral("PRAGMA query_only = 1"));
        pragmas.exec(QStringLiteral("PRAGMA cache_size = -8192"));
        m_ok = WorkspaceStats::compute(store.database(), stale, m_result, m_error, &m_stop);
        RemediationPlan remediation;
        if (m_ok && !m_stop) {
            m_ok = RemediationPlan::compute(store, QString(), remediation, m_error);
            m_result.remediationCampaign = remediation.campaign.name;
            m_result.remediation = remediation.counts();
        }
    });
    m_thread->setObjectName(QStringLiteral("rollcall-stats"));
    connect(m_thread, &QThread::finished, this, &WorkspaceStatsLoader::onThreadFinished, Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
}

void WorkspaceStatsLoader::onThreadFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_pending) {
        launch();
        return;
    }
    if (m_stop)
        return;
    if (m_ok)
        Q_EMIT finished(m_result);
    else
        Q_EMIT failed(m_error);
}

} // namespace Rollcall
