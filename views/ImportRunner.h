// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Importer.h"

#include <QObject>

#include <atomic>

class QThread;

namespace Rollcall {

// Runs one Importer on a worker thread, with a Store of its own on the workspace file (a
// QSqlDatabase connection belongs to the thread that opened it). Signals arrive on the thread
// that owns the runner.
class ImportRunner : public QObject
{
    Q_OBJECT

public:
    explicit ImportRunner(QObject* parent = nullptr);
    // Cancels a running import and waits for it to stop; nothing of it is kept.
    ~ImportRunner() override;

    // False when an import is already running.
    bool start(const QString& workspacePath, const ImportRequest& request);
    bool isRunning() const { return m_thread != nullptr; }

public Q_SLOTS:
    // The import stops at its next row and rolls back; finished() reports the cancellation.
    void cancel();

Q_SIGNALS:
    void progress(int percent);
    void finished(const Rollcall::ImportResult& result);

private:
    void onThreadFinished();

    QThread* m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    ImportResult m_result; // written by the worker, read once it has finished
};

} // namespace Rollcall

Q_DECLARE_METATYPE(Rollcall::ImportResult)
