// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QLoggingCategory>

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

} // namespace Rollcall
