// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoringThread.h"

#include "store/SnapshotWriter.h"

namespace Rollcall {

namespace {
constexpr size_t BatchRows = 512;
constexpr size_t QueuedBatches = 8; // at most ~4,000 records in flight
} // namespace

StoringThread::StoringThread(SnapshotWriter& writer)
    : m_writer(writer)
{
    m_filling.reserve(BatchRows);
}

StoringThread::~StoringThread()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_closed = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool StoringThread::add(const IdentityRecord& identity)
{
    return push({SnapshotWriter::values(identity), identity.line, identity.jsonPath, true, false});
}

bool StoringThread::add(const AccountRecord& account, bool skipRepeatedKey)
{
    return push({SnapshotWriter::values(account), account.line, account.jsonPath, false, skipRepeatedKey});
}

bool StoringThread::push(Row&& row)
{
    m_filling.push_back(std::move(row));
    if (m_filling.size() < BatchRows)
        return true;
    Batch full;
    full.reserve(BatchRows);
    std::swap(full, m_filling);
    return hand(std::move(full));
}

bool StoringThread::hand(Batch&& batch)
{
    if (!m_thread.joinable())
        m_thread = std::thread(&StoringThread::run, this);
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_queue.size() < QueuedBatches || m_failed; });
    if (m_failed)
        return false;
    m_queue.push_back(std::move(batch));
    lock.unlock();
    m_changed.notify_all();
    return true;
}

bool StoringThread::finish()
{
    bool ok = true;
    if (!m_filling.empty() || m_thread.joinable())
        ok = hand(std::move(m_filling));
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    std::lock_guard lock(m_mutex);
    return ok && !m_failed;
}

ParseError StoringThread::error() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

bool StoringThread::store(Row& row)
{
    const bool stored =
        row.identity ? m_writer.addIdentity(row.values) : m_writer.addAccount(row.values, row.skipRepeatedKey);
    if (!stored)
        m_error = {row.line, 0, m_writer.errorString(), row.jsonPath};
    return stored;
}

void StoringThread::run()
{
    for (;;) {
        Batch batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return !m_queue.empty() || m_closed; });
            if (m_stopped || m_queue.empty())
                return;
            batch = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_changed.notify_all();
        for (Row& row : batch) {
            if (store(row))
                continue;
            std::lock_guard lock(m_mutex);
            m_failed = true;
            m_queue.clear();
            m_changed.notify_all();
            return;
        }
    }
}

} // namespace Rollcall
