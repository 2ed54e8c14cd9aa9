// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignRunner.h"

#include "RulesLoader.h"
#include "domain/Rules.h"
#include "store/Store.h"

#include <QThread>

namespace Rollcall {

// Lives on the worker thread: the connection is opened, used and closed there.
struct CampaignRunner::Worker : QObject
{
    std::unique_ptr<Store> store;
    Rules rules;
    QString path;
    QString openError;
    bool opened = false;

    void use(const QString& newPath)
    {
        store.reset();
        path = newPath;
        opened = false;
        openError.clear();
    }

    Store* open()
    {
        if (opened)
            return store.get();
        opened = true;
        if (path.isEmpty()) {
            openError = CampaignRunner::tr("No workspace is open.");
            return nullptr;
        }
        auto s = std::make_unique<Store>();
        if (!s->open(path, Store::OpenMode::ExistingOnly)) {
            openError = s->errorString();
            return nullptr;
        }
        store = std::move(s);
        return store.get();
    }

    // The rules as the workspace keeps them now (a reconcile run may have loaded new ones).
    bool loadRules()
    {
        QString error;
        if (RulesLoader::loadForWorkspace(*store, {}, rules, error))
            return true;
        openError = error;
        return false;
    }
};

CampaignRunner::CampaignRunner(QObject* parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new Worker)
{
    m_thread->setObjectName(QStringLiteral("CampaignRunner"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

CampaignRunner::~CampaignRunner()
{
    // The last jobs finish; the connection closes on the thread that opened it.
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

void CampaignRunner::setWorkspace(const QString& path)
{
    m_path = path;
    ++m_generation;
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, path] { worker->use(path); }, Qt::QueuedConnection);
}

void CampaignRunner::post(Task task)
{
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, task = std::move(task)] {
            Store* store = worker->open();
            if (store && !worker->loadRules())
                store = nullptr;
            task(store, worker->rules, worker->openError);
        },
        Qt::QueuedConnection);
}

} // namespace Rollcall
