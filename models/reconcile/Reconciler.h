// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"
#include "domain/Rules.h"

#include <QCoreApplication>
#include <QMap>

#include <memory>

namespace Rollcall {

class Store;

struct ReconcileReport
{
    QMap<AccountClass, qint64> counts;
    qint64 accounts = 0;
    qint64 identities = 0;
    qint64 evaluated = 0;                      // accounts judged in this run; the rest kept their verdict
    qint64 firstClassified = 0;                // evaluated accounts with no earlier verdict for the same tool and key
    qint64 changedClass = 0;                   // evaluated accounts whose class differs from their earlier verdict
    QMap<AccountClass, qint64> previousCounts; // the previous run's counts, when there was one
};

// One step of the matching cascade as it went for an account, for `explain`.
struct TraceStep
{
    QString rule;
    QString compared; // what was looked up
    QString outcome;  // what was found, or why nothing was
};

struct RiskFactor
{
    QString name; // key in rollcall.yaml's risk_weights
    int points = 0;
    QString text; // in words; filled when judge() is asked for a trace
};

// The owner of one account and why: the result of the matching cascade for it.
struct Verdict
{
    AccountClass cls = AccountClass::Unmanaged;
    qint64 identityId = 0; // 0: no owner
    QString owner;         // the owner's e-mail
    QString rule;          // manual, break-glass, authoritative-id, email, secondary-email, login, ...
    double confidence = 0;
    QString matchedValue; // the value the deciding rule matched on
    QString explanation;
    QStringList candidates;  // owners' e-mails when ambiguous
    QStringList suggestions; // owners' e-mails suggested by name similarity, never linked
    QString recommendation = QStringLiteral("none");
    int risk = 0;
    QList<RiskFactor> factors;
    QList<TraceStep> trace; // filled when asked for

    // [{"factor": name, "points": n}, ...] in UTF-8, as the link table keeps it.
    QByteArray riskFactorsJson() const;
    void appendRiskFactorsJson(QByteArray& json) const;
};

// Links every account of the current tool snapshots to an identity of the current directory
// snapshots and classifies it. Precision before recall: two candidates at one step make the
// account ambiguous, never linked; a name only ever suggests.
class Reconciler
{
    Q_DECLARE_TR_FUNCTIONS(Reconciler)

public:
    Reconciler(Store& store, const Rules& rules);
    ~Reconciler();
    Q_DISABLE_COPY_MOVE(Reconciler)

    // Judges the accounts whose verdict is missing or out of date (new snapshot, new directory,
    // changed rules or manual links, a new day) and keeps the others.
    [[nodiscard]] bool run(ReconcileReport& report);
    QString errorString() const { return m_error; }

    // Identities and manual links, for judge().
    [[nodiscard]] bool loadIdentities();
    Verdict judge(const QString& tool, const AccountRecord& account, bool withTrace = false) const;

    // An account of a tool's current snapshot by account key or login. False with errorString() set.
    [[nodiscard]] bool findAccount(const QString& tool, const QString& keyOrLogin, qint64& accountId,
                                   AccountRecord& account);
    // A risk factor in words, for an account as it was at `at` (when its verdict was made).
    static QString riskFactorText(const QString& factor, const AccountRecord& account, const QDateTime& at);

    // Re-judges one account now (after a manual link or unlink).
    [[nodiscard]] bool rejudge(qint64 accountId, const QString& tool, const AccountRecord& account);

private:
    struct Index;
    bool fail(const QString& message);
    Verdict judge(const QString& tool, const AccountRecord& account, bool withTrace, const QDateTime& now) const;
    // The factors' words only when asked for: verdicts are stored with names and points.
    void scoreRisk(Verdict& verdict, const AccountRecord& account, const QDateTime& now, bool withText) const;
    void recommend(Verdict& verdict, const AccountRecord& account, const QDateTime& now) const;
    QString fingerprint() const;

    Store& m_store;
    Rules m_rules;
    std::unique_ptr<Index> m_index;
    QString m_error;
};

} // namespace Rollcall
