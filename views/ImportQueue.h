// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Importer.h"

#include <QObject>

class QStandardItemModel;

namespace Rollcall {

class ImportRunner;

// Files waiting to be imported, imported one after the other on a worker (ImportRunner), with
// the progress of the one running and a cancel that stops it and drops the rest. The model lists
// every file with its state, for the queue panel.
class ImportQueue : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Queued,
        Running,
        Imported,
        AlreadyImported,
        Failed,
        Cancelled
    };
    struct Item
    {
        ImportRequest request;
        State state = State::Queued;
        ImportResult result;
    };

    explicit ImportQueue(QObject* parent = nullptr);

    // Queues requests; starts at once when idle. False when no workspace is set.
    bool enqueue(const QList<ImportRequest>& requests);
    void setWorkspace(const QString& path) { m_workspace = path; }
    bool isRunning() const;
    const QList<Item>& items() const { return m_items; }
    // Items of the current batch (since the queue was last idle).
    QList<Item> batch() const { return m_items.mid(m_batchStart); }
    QStandardItemModel* model() const { return m_model; }
    int runningPercent() const { return m_percent; }
    static QString stateText(const Item& item);

public Q_SLOTS:
    // Stops the running import (rolled back) and drops the queued ones.
    void cancel();

Q_SIGNALS:
    void started(const Rollcall::ImportRequest& request);
    void progress(int percent);
    void itemFinished(const Rollcall::ImportQueue::Item& item);
    // Every queued file is done (imported, failed or cancelled).
    void finished();

private:
    void startNext();
    void onRunnerFinished(const ImportResult& result);
    void updateRow(int index);

    ImportRunner* m_runner;
    QStandardItemModel* m_model;
    QString m_workspace;
    QList<Item> m_items;
    int m_current = -1;
    int m_batchStart = 0;
    int m_percent = 0;
    bool m_cancelling = false;
};

} // namespace Rollcall
