// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QThread;

namespace Rollcall {

class Store;
struct Rules;

// Campaign work off the GUI thread: decisions (one or in bulk), progress, an account's campaign state
// and attestation history. Jobs run one after the other, in the order given, on a worker thread with a
// connection of its own to the workspace (so they queue behind each other, never behind the window);
// each one's result comes back on the GUI thread. A result type has a `QString error`, set by the
// runner when the workspace cannot be opened.
class CampaignRunner : public QObject
{
    Q_OBJECT

public:
    explicit CampaignRunner(QObject* parent = nullptr);
    ~CampaignRunner() override;
    Q_DISABLE_COPY_MOVE(CampaignRunner)

    // Empty detaches; results of jobs for the previous workspace are dropped.
    void setWorkspace(const QString& path);
    QString workspace() const { return m_path; }
    // Jobs given and not finished yet.
    int pending() const { return m_pending; }

    template <typename Result>
    void run(std::function<Result(Store&, const Rules&)> job, std::function<void(const Result&)> done)
    {
        const int generation = m_generation;
        ++m_pending;
        QPointer<CampaignRunner> self(this);
        post([self, generation, job = std::move(job), done = std::move(done)](Store* store, const Rules& rules,
                                                                              const QString& openError) {
            Result result;
            if (store)
                result = job(*store, rules);
            else
                result.error = openError;
            if (!self)
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, done, result] {
                    if (!self)
                        return;
                    --self->m_pending;
                    if (generation == self->m_generation)
                        done(result);
                    if (self->m_pending == 0)
                        Q_EMIT self->idle();
                },
                Qt::QueuedConnection);
        });
    }

Q_SIGNALS:
    // Every job given so far has finished.
    void idle();

private:
    struct Worker;
    using Task = std::function<void(Store*, const Rules&, const QString&)>;
    void post(Task task);

    QThread* m_thread;
    Worker* m_worker;
    QString m_path;
    int m_generation = 0;
    int m_pending = 0;
};

} // namespace Rollcall
