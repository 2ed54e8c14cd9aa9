// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reconcile/Reconciler.h"

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>

#include <atomic>

class QThread;

namespace Rollcall {

// Everything the detail pane shows about one account.
struct AccountDetails
{
    struct HistoryEntry
    {
        qint64 snapshotId = 0;
        QString importedAt;
        QString fileName;
        QString privilege;
        QString state;
        QString email;
        QString lastActivity;
        QString cls;
        int risk = -1;
    };
    struct ManualEvent
    {
        QString action; // link or unlink
        QString owner;
        QString actor;
        QString reason;
        QString at;
    };

    qint64 id = 0;
    QString tool;
    QString accountKey;
    QString login;
    QString email;
    QString displayName;
    QString privilege;
    QString toolRole;
    QString mfa; // yes, no or unknown
    QString state;
    QString stateExpiry;
    QString lastActivity;
    QString lastActivityRaw;
    bool neverUsed = false;
    QString created;
    QStringList otherEmails;
    QString externalId;

    // The verdict as the last reconcile stored it.
    QString cls; // empty: not reconciled
    QString rule;
    QString explanation;
    QString recommendation;
    QString matchedValue;
    int risk = -1;
    QList<RiskFactor> factors;
    QStringList candidates;
    QStringList suggestions;
    QString owner;
    QString ownerName;
    QString ownerStatus;

    // Where the record came from, and the record itself.
    qint64 snapshotId = 0;
    QString format;
    QString fileName;
    QString importedAt;
    qint64 line = 0;
    QString raw;
    QList<QPair<QString, QString>> fields; // header: value, or JSON key: value
    QStringList extraRecords;              // further rows folded into this account

    QList<HistoryEntry> history; // every snapshot of the tool with this account key, oldest first
    QList<ManualEvent> manualEvents;

    // Reads one account; false with `error` set.
    static bool load(const QSqlDatabase& db, qint64 accountId, AccountDetails& out, QString& error);
    // The record as (name, value) pairs: CSV through the snapshot's header line, JSON by key.
    static QList<QPair<QString, QString>> parseRecord(const QString& header, const QString& raw,
                                                      QStringList* extraRecords = nullptr);
};

// Loads account details and the matching trace (Reconciler::judge with its trace) on a worker
// thread with a connection of its own, and records manual links there. The reconciler's
// identities are loaded once and kept until the workspace changes (invalidate()).
class AccountDetailsLoader : public QObject
{
    Q_OBJECT

public:
    explicit AccountDetailsLoader(QObject* parent = nullptr);
    ~AccountDetailsLoader() override;

    // Following the cascade needs the whole directory in memory (about 1 KB per identity): done
    // on its own up to this many identities, on request (loadTrace) beyond.
    static constexpr qint64 AutoTraceIdentities = 50000;

    void setWorkspace(const QString& path);
    // Asks for one account; an earlier request not started yet is dropped.
    void load(qint64 accountId);
    // The same, with the cascade whatever the size of the directory.
    void loadTrace(qint64 accountId);
    // Records a reviewer's link of the account to `ownerEmail`, then judges the account again.
    void link(qint64 accountId, const QString& ownerEmail, const QString& reason, const QString& actor);
    // The workspace changed: the next trace reloads identities and rules.
    void invalidate();
    bool isBusy() const { return m_busy.load(); }

Q_SIGNALS:
    void detailsLoaded(const Rollcall::AccountDetails& details);
    // The cascade as it goes now for that account (with today's rules and directory).
    void traceLoaded(qint64 accountId, const Rollcall::Verdict& verdict);
    // The directory is large: the cascade waits for loadTrace().
    void traceDeferred(qint64 accountId, qint64 identities);
    void failed(qint64 accountId, const QString& message);
    void linked(qint64 accountId, bool ok, const QString& message);

private:
    struct Private;
    void run();

    std::unique_ptr<Private> d;
    QThread* m_thread = nullptr;
    std::atomic_bool m_busy{false};
};

} // namespace Rollcall

Q_DECLARE_METATYPE(Rollcall::AccountDetails)
Q_DECLARE_METATYPE(Rollcall::Verdict)
