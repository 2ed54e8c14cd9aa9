// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <atomic>

namespace Rollcall {

// Where long jobs (imports, reconcile runs) spend their time, for benchmarks and slow workspaces:
// QT_LOGGING_RULES="rollcall.timing.debug=true" prints one line per phase on stderr.
Q_DECLARE_LOGGING_CATEGORY(lcTiming)

class PhaseTimer
{
public:
    explicit PhaseTimer(const char* job)
        : m_job(job)
    {
        m_timer.start();
    }
    // Logs the time since the previous phase ended (or the start).
    void phase(const char* name)
    {
        const qint64 now = m_timer.elapsed();
        qCDebug(lcTiming, "%s: %s %lld ms", m_job, name, now - m_last);
        m_last = now;
    }

private:
    const char* m_job;
    QElapsedTimer m_timer;
    qint64 m_last = 0;
};

// Adds up the time one kind of work takes over many short stretches (reading, storing, waiting for
// another thread), so that the timing log can say which of a job's threads was the busy one.
class StretchTimer
{
public:
    class Stretch
    {
    public:
        explicit Stretch(StretchTimer& total)
            : m_total(total)
        {
            m_timer.start();
        }
        ~Stretch() { m_total.m_nanoseconds += m_timer.nsecsElapsed(); }
        Q_DISABLE_COPY_MOVE(Stretch)

    private:
        StretchTimer& m_total;
        QElapsedTimer m_timer;
    };
    // Times from now until the returned stretch ends; any thread may.
    [[nodiscard]] Stretch measure() { return Stretch(*this); }
    qint64 milliseconds() const { return m_nanoseconds / 1000000; }

private:
    std::atomic<qint64> m_nanoseconds{0};
};

} // namespace Rollcall
