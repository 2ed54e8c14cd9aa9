// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/Decision.h"
#include "domain/Rules.h"

#include <QCoreApplication>

namespace Rollcall {

class Store;

// Validates and records decisions: one at a time (the CLI's `decide`, the GUI's decision bar) or in
// bulk (a CSV, a review package, the GUI's bulk actions), each as an attestation in the hash chain.
//
// The rules, whoever asks:
// - only the account's reviewer (its tool's reviewer, or whom it was reassigned to) or the campaign
//   owner decides; nobody decides on an account they own (separation of duties), though they may
//   reassign it; nobody is reassigned an account they own;
// - reconcile: an owner the directory knows (also recorded as a manual link, so the reconciler keeps it);
// - certify: an active owner, a business purpose, an expiry after today (external: at most 90 days,
//   service: at most 365); a break-glass account also a rotation date between today and the expiry;
//   a justification for orphaned, unmanaged and privileged accounts;
// - expire: an end date after today; remove: now; reassign: the new reviewer's e-mail;
//   needs-info: what is missing; undo: a decision in force and why;
// - bulk: certify is refused for orphaned and privileged accounts, and remove/expire are recorded only
//   with a confirmation that states their count.
class DecisionService
{
    Q_DECLARE_TR_FUNCTIONS(DecisionService)

public:
    DecisionService(Store& store, const Rules& rules);
    ~DecisionService();
    Q_DISABLE_COPY_MOVE(DecisionService)

    // One decision, validated and recorded. False with errorString(), which names the account.
    [[nodiscard]] bool decide(const QString& campaign, const DecisionRequest& request, const QString& reviewer,
                              Attestation* recorded = nullptr);

    // Many decisions: validates them all with the bulk guardrails, records nothing. The first error
    // fails the plan and names its row ("decisions.csv:12: ...").
    [[nodiscard]] bool plan(const QString& campaign, const QList<DecisionRequest>& requests, const QString& reviewer,
                            BatchPlan& out);
    // Records a plan in one transaction (all or nothing) after validating it again. When the plan
    // removes or expires accounts, `confirmedCount` must be plan.confirmationCount().
    [[nodiscard]] bool commit(const BatchPlan& plan, qint64 confirmedCount, QList<Attestation>* recorded = nullptr);

    // Rows of a decisions CSV as requests. Columns (any order, case and `_`/`-`/space insensitive):
    // tool, account, decision, and as the decision needs: owner, until, purpose, rotation, reason, to;
    // other columns are ignored, rows with an empty decision are skipped. Cells a spreadsheet guard
    // prefixed with ' (before = + - @ or a tab) are read without it.
    [[nodiscard]] bool requestsFromTable(const DecisionTable& table, QList<DecisionRequest>& out,
                                         qint64* skipped = nullptr);
    static QStringList tableColumns();

    // What a reviewer may decide on this account, alone or in bulk (for a decision bar or a package).
    static QList<DecisionKind> allowedDecisions(const CampaignItem& item, bool bulk);
    // The longest a certification of this class may run, in days from today (external 90, service 365);
    // 0 when the rules set no cap.
    static int certifyCapDays(const QString& cls);

    // Notes about the last commit that did not stop it (a manual link for an account that is no longer
    // in the current snapshot...).
    QStringList warnings() const { return m_warnings; }
    QString errorString() const { return m_error; }

private:
    struct Context;
    bool fail(const QString& message);
    bool load(Context& ctx, const QString& campaign, const QString& reviewer, bool bulk);
    int findItem(Context& ctx, const QString& tool, const QString& account, QString& error);
    bool process(Context& ctx, const DecisionRequest& request, bool write, Attestation* recorded);
    bool rejudge(const QList<QPair<QString, QString>>& accounts);

    Store& m_store;
    Rules m_rules;
    QString m_error;
    QStringList m_warnings;
};

} // namespace Rollcall
