// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportRunner.h"

#include "item/AccountTableModel.h"
#include "store/Store.h"

#include <QThread>

#include <algorithm>

namespace Rollcall {

ImportRunner::ImportRunner(QObject* parent)
    : QObject(parent)
{}

ImportRunner::~ImportRunner()
{
    if (!m_thread)
        return;
    m_cancel = true;
    m_thread->wait();
    delete m_thread;
}

bool ImportRunner::start(const QString& workspacePath, const ImportRequest& request)
{
    if (m_thread)
        return false;
    m_cancel = false;
    m_result = {};
    m_thread = QThread::create([this, workspacePath, request] {
        setBackgroundPriority(4);
        ImportResult result;
        Store store;
        if (!store.open(workspacePath, Store::OpenMode::ExistingOnly)) {
            result.error = store.errorString();
        } else {
            Importer importer(store);
            importer.setCancelFlag(&m_cancel);
            int lastPercent = -1;
            importer.setProgressCallback([this, &lastPercent](qint64 done, qint64 total) {
                const int percent = total > 0 ? int(std::clamp<qint64>(done * 100 / total, 0, 100)) : 0;
                if (percent == lastPercent)
                    return;
                lastPercent = percent;
                // Queued to the runner's thread, where receivers (and QSignalSpy) expect it.
                QMetaObject::invokeMethod(
                    this, [this, percent] { Q_EMIT progress(percent); }, Qt::QueuedConnection);
            });
            result = importer.run(request);
        }
        m_result = result;
    });
    m_thread->setObjectName(QStringLiteral("rollcall-import"));
    connect(m_thread, &QThread::finished, this, &ImportRunner::onThreadFinished, Qt::QueuedConnection);
    m_thread->start();
    return true;
}

void ImportRunner::cancel()
{
    m_cancel = true;
}

void ImportRunner::onThreadFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    Q_EMIT finished(m_result);
}

} // namespace Rollcall
