// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportQueue.h"

#include "ImportRunner.h"

#include <QFileInfo>
#include <QIcon>
#include <QStandardItemModel>

namespace Rollcall {

ImportQueue::ImportQueue(QObject* parent)
    : QObject(parent)
    , m_runner(new ImportRunner(this))
    , m_model(new QStandardItemModel(this))
{
    connect(m_runner, &ImportRunner::finished, this, &ImportQueue::onRunnerFinished);
    connect(m_runner, &ImportRunner::progress, this, [this](int percent) {
        m_percent = percent;
        if (m_current >= 0)
            updateRow(m_current);
        Q_EMIT progress(percent);
    });
}

bool ImportQueue::isRunning() const
{
    return m_current >= 0;
}

bool ImportQueue::enqueue(const QList<ImportRequest>& requests)
{
    if (m_workspace.isEmpty() || requests.isEmpty())
        return false;
    if (!isRunning())
        m_batchStart = int(m_items.size());
    for (const ImportRequest& r : requests) {
        m_items.append({r, State::Queued, {}});
        m_model->appendRow(new QStandardItem);
        updateRow(int(m_items.size()) - 1);
    }
    if (!isRunning())
        startNext();
    return true;
}

void ImportQueue::startNext()
{
    m_current = -1;
    for (int i = m_batchStart; i < m_items.size(); ++i) {
        if (m_items.at(i).state == State::Queued) {
            m_current = i;
            break;
        }
    }
    if (m_current < 0) {
        m_cancelling = false;
        Q_EMIT finished();
        return;
    }
    Item& item = m_items[m_current];
    m_percent = 0;
    if (!m_runner->start(m_workspace, item.request)) {
        item.state = State::Failed;
        item.result.error = tr("%1: another import is running").arg(item.request.path);
        updateRow(m_current);
        Q_EMIT itemFinished(item);
        startNext();
        return;
    }
    item.state = State::Running;
    updateRow(m_current);
    Q_EMIT started(item.request);
}

void ImportQueue::onRunnerFinished(const ImportResult& result)
{
    if (m_current < 0)
        return;
    Item& item = m_items[m_current];
    item.result = result;
    item.state = result.ok      ? (result.alreadyImported ? State::AlreadyImported : State::Imported)
                 : m_cancelling ? State::Cancelled
                                : State::Failed;
    updateRow(m_current);
    const Item done = item;
    Q_EMIT itemFinished(done);
    startNext();
}

void ImportQueue::cancel()
{
    if (!isRunning())
        return;
    m_cancelling = true;
    for (int i = m_batchStart; i < m_items.size(); ++i) {
        if (m_items.at(i).state == State::Queued) {
            m_items[i].state = State::Cancelled;
            updateRow(i);
        }
    }
    m_runner->cancel();
}

QString ImportQueue::stateText(const Item& item)
{
    const QString name = QFileInfo(item.request.path).fileName();
    const QString into = item.request.kind == SourceKind::Directory ? tr("the directory") : item.request.tool;
    switch (item.state) {
    case State::Queued:
        return tr("%1 → %2: waiting").arg(name, into);
    case State::Running:
        return tr("%1 → %2: importing…").arg(name, into);
    case State::Imported:
        return (item.result.rows == 1 ? tr("%1 → %2: imported, 1 row") : tr("%1 → %2: imported, %3 rows"))
            .arg(name, into)
            .arg(item.result.rows);
    case State::AlreadyImported:
        return tr("%1 → %2: already imported, nothing changed").arg(name, into);
    case State::Failed:
        return tr("%1 → %2: failed: %3").arg(name, into, item.result.error);
    case State::Cancelled:
        return tr("%1 → %2: cancelled, nothing imported").arg(name, into);
    }
    return name;
}

void ImportQueue::updateRow(int index)
{
    QStandardItem* row = m_model->item(index);
    if (!row)
        return;
    const Item& item = m_items.at(index);
    QString text = stateText(item);
    if (item.state == State::Running)
        text = tr("%1 %2%").arg(text).arg(m_percent);
    row->setText(text);
    row->setToolTip(item.request.path);
    row->setEditable(false);
    static const char* const icons[] = {":/icons/queued.svg", ":/icons/import.svg", ":/icons/done.svg",
                                        ":/icons/done.svg",   ":/icons/error.svg",  ":/icons/cancel.svg"};
    row->setIcon(QIcon(QLatin1String(icons[int(item.state)])));
}

} // namespace Rollcall
