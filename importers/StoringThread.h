// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ParseError.h"
#include "domain/Records.h"
#include "store/RecordValues.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace Rollcall {

class SnapshotWriter;

// Stores an import's records on a second thread while the reading thread parses the next ones:
// reading a file and inserting its rows each take about half of an import, and they overlap.
// Records are handed over in batches through a short queue, so memory stays bounded whatever the
// file's size. The writer's SQLite connection is used by this thread only between the first
// record and finish(); the reading thread must not touch the workspace in between.
class StoringThread
{
public:
    explicit StoringThread(SnapshotWriter& writer);
    ~StoringThread(); // stops without storing what is still queued
    StoringThread(const StoringThread&) = delete;
    StoringThread& operator=(const StoringThread&) = delete;

    // False once storing an earlier record failed (then error() says why and where).
    bool add(const IdentityRecord& identity);
    bool add(const AccountRecord& account, bool skipRepeatedKey);
    // Stores what is queued and stops. False when a record could not be stored.
    bool finish();
    // The first record that could not be stored: its line or JSON path and the store's words.
    ParseError error() const;

private:
    struct Row
    {
        RecordValues values; // made on the reading thread
        qint64 line = 0;
        QString jsonPath;
        bool identity = false;
        bool skipRepeatedKey = false;
    };
    using Batch = std::vector<Row>;
    bool push(Row&& row);
    bool hand(Batch&& batch);
    void run();
    bool store(Row& row);

    SnapshotWriter& m_writer;
    Batch m_filling; // the reading thread's batch, not shared
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    bool m_closed = false;  // no more batches will come
    bool m_failed = false;  // a record could not be stored; the rest are dropped
    bool m_stopped = false; // drop what is queued and end
    ParseError m_error;
    std::thread m_thread;
};

} // namespace Rollcall
