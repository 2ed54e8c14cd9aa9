// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reconcile/Reconciler.h"

#include <QObject>

class QThread;

namespace Rollcall {

struct ReconcileOutcome
{
    bool ok = false;
    QString error; // "FILE[:LINE:COLUMN]: message"
    ReconcileReport report;
};

// Loads the workspace's rules and runs the Reconciler on a worker thread, with a Store of its own
// on the workspace file. finished() arrives on the thread that owns the runner.
class ReconcileRunner : public QObject
{
    Q_OBJECT

public:
    explicit ReconcileRunner(QObject* parent = nullptr);
    // Waits for a running reconcile: it is one transaction and short.
    ~ReconcileRunner() override;

    // With `rulesPath`, those rules are read and kept in the workspace first (as `--config` does);
    // without, the rules the workspace kept are used. False when a run is already going.
    bool start(const QString& workspacePath, const QString& rulesPath = {});
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void finished(const Rollcall::ReconcileOutcome& outcome);

private:
    void onThreadFinished();

    QThread* m_thread = nullptr;
    ReconcileOutcome m_outcome; // written by the worker, read once it has finished
};

} // namespace Rollcall

Q_DECLARE_METATYPE(Rollcall::ReconcileOutcome)
