// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"
#include "domain/Rules.h"

#include <QCoreApplication>
#include <QMap>

namespace Rollcall {

class Store;

struct ReconcileReport
{
    QMap<AccountClass, qint64> counts;
    qint64 accounts = 0;
    qint64 identities = 0;
    qint64 firstClassified = 0; // accounts with no verdict before this run
    qint64 changedClass = 0;    // accounts whose class differs from the previous run
};

// The owner of one account and why: the result of the matching cascade for it.
struct Verdict
{
    AccountClass cls = AccountClass::Unmanaged;
    qint64 identityId = 0; // 0: no owner
    QString rule;          // break-glass, email, secondary-email, login, none
    double confidence = 0;
    QString explanation;
    QStringList candidates; // owners' e-mails when ambiguous
    int risk = 0;
    QString riskFactors; // JSON array of {points, factor}
};

// Links every account of the current tool snapshots to an identity of the current directory
// snapshots and classifies it. Precision before recall: two candidates at one step make the
// account ambiguous, never linked.
class Reconciler
{
    Q_DECLARE_TR_FUNCTIONS(Reconciler)

public:
    Reconciler(Store& store, const Rules& rules);
    ~Reconciler();
    Q_DISABLE_COPY_MOVE(Reconciler)

    [[nodiscard]] bool run(ReconcileReport& report);
    QString errorString() const { return m_error; }

    // Risk, each factor with its points: privilege, class, MFA, staleness.
    // The cascade for one account, against the identities loaded by loadIdentities().
    [[nodiscard]] bool loadIdentities();
    Verdict judge(const QString& tool, const AccountRecord& account) const;

private:
    struct Index;
    bool fail(const QString& message);
    void scoreRisk(Verdict& verdict, const AccountRecord& account) const;

    Store& m_store;
    Rules m_rules;
    Index* m_index;
    QString m_error;
};

} // namespace Rollcall
