// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "item/AccountFilter.h"
#include "remediation/RemediationPlan.h"

#include <QDateTime>
#include <QObject>

#include <atomic>

class QThread;

namespace Rollcall {

// What the dashboard and the views panel show about a workspace: one scan of the current
// accounts (and one of every snapshot's), computed off the GUI thread.
struct WorkspaceStats
{
    static constexpr int RiskBuckets = 10; // 0-9, 10-19, ... 90-100

    struct SnapshotPoint
    {
        qint64 id = 0;
        QString tool;
        QDateTime importedAt;
        qint64 accounts = 0;
        qint64 unowned = 0; // unmanaged when that snapshot was last reconciled
        qint64 orphaned = 0;
    };

    bool valid = false;
    qint64 total = 0;        // current accounts
    qint64 unreconciled = 0; // ... without a verdict yet
    ClassCounts byToolClass; // tool -> class ("" unreconciled) -> accounts
    QVector<qint64> riskBuckets = QVector<qint64>(RiskBuckets, 0);
    QList<SnapshotPoint> snapshots;     // every tool snapshot, oldest first
    QMap<QString, qint64> leaverAccess; // tool -> "leavers with access" accounts
    QMap<QString, qint64> viewCounts;   // saved view id -> accounts
    // The latest campaign's removals and expiries against the tools' latest exports, per tool.
    QString remediationCampaign;
    QList<RemediationCount> remediation;

    QStringList tools() const { return byToolClass.keys(); }
    qint64 classTotal(const QString& cls) const;

    // Computes everything on `db` (SQLite). False with `error` set; `stop` interrupts.
    static bool compute(const QSqlDatabase& db, int staleAfterDays, WorkspaceStats& out, QString& error,
                        const std::atomic_bool* stop = nullptr);
};

// Runs WorkspaceStats::compute on a worker thread with a connection of its own. A new start()
// interrupts the run in progress; only the last one reports.
class WorkspaceStatsLoader : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceStatsLoader(QObject* parent = nullptr);
    ~WorkspaceStatsLoader() override;

    void start(const QString& workspacePath, int staleAfterDays);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void finished(const Rollcall::WorkspaceStats& stats);
    void failed(const QString& message);

private:
    void launch();
    void onThreadFinished();

    QThread* m_thread = nullptr;
    std::atomic_bool m_stop{false};
    QString m_path;
    int m_staleAfterDays = 90;
    bool m_pending = false;
    WorkspaceStats m_result;
    QString m_error;
    bool m_ok = false;
};

} // namespace Rollcall

Q_DECLARE_METATYPE(Rollcall::WorkspaceStats)
