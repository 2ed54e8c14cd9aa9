// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReconcileRunner.h"

#include "RulesLoader.h"
#include "item/AccountTableModel.h"
#include "store/Store.h"

#include <QThread>

namespace Rollcall {

ReconcileRunner::ReconcileRunner(QObject* parent)
    : QObject(parent)
{}

ReconcileRunner::~ReconcileRunner()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
}

bool ReconcileRunner::start(const QString& workspacePath, const QString& rulesPath)
{
    if (m_thread)
        return false;
    m_outcome = {};
    m_thread = QThread::create([this, workspacePath, rulesPath] {
        setBackgroundPriority(4);
        ReconcileOutcome outcome;
        Store store;
        Rules rules;
        if (!store.open(workspacePath, Store::OpenMode::ExistingOnly)) {
            outcome.error = store.errorString();
        } else if (RulesLoader::loadForWorkspace(store, rulesPath, rules, outcome.error)) {
            Reconciler reconciler(store, rules);
            outcome.ok = reconciler.run(outcome.report);
            if (!outcome.ok)
                outcome.error = QStringLiteral("%1: %2").arg(workspacePath, reconciler.errorString());
        }
        m_outcome = outcome;
    });
    m_thread->setObjectName(QStringLiteral("rollcall-reconcile"));
    connect(m_thread, &QThread::finished, this, &ReconcileRunner::onThreadFinished, Qt::QueuedConnection);
    m_thread->start();
    return true;
}

void ReconcileRunner::onThreadFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    Q_EMIT finished(m_outcome);
}

} // namespace Rollcall
