// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/Attestation.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QStringList>

#include <optional>

namespace Rollcall {

// A review period with a frozen scope. Its state (open or closed) comes from the attestation log.
struct CampaignInfo
{
    qint64 id = 0;
    QString name;
    QDate due;
    QString owner;       // the access reviewer accountable for the campaign (an e-mail)
    QStringList tools;   // scope as asked for; empty: every tool
    QStringList classes; // scope as asked for; empty: every class but managed, plus privileged managed accounts
    QString startedAt;
    qint64 previousId = 0; // the campaign before it, whose certifications it carried over
    QString previousName;
    QList<qint64> snapshotIds;        // frozen at the start: tool and directory snapshots
    QMap<QString, QString> reviewers; // tool instance -> its reviewer's e-mail
    bool closed = false;
    QString closedAt;
    QString closedBy;

    bool isOverdue(const QDate& today) const { return !closed && today > due; }
};

// One account under review, frozen at the start, with its state replayed from the log.
struct CampaignItem
{
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 accountId = 0; // row of the frozen snapshot
    qint64 snapshotId = 0;
    QString tool;
    QString accountKey;
    QString login;
    QString email;
    QString displayName;
    QString privilege;
    QString toolRole;
    QString cls; // class at the start: managed, orphaned, unmanaged, external, service, break-glass, ambiguous
    QString owner;
    QString ownerStatus;
    int risk = 0;
    QString recommendation;
    QString explanation;
    QString assignedReviewer; // at the start
    QString carryNote;        // why an earlier certification was or was not carried over

    // From the attestation log.
    QString reviewer;                      // now: the last reassignment, else assignedReviewer
    std::optional<DecisionKind> decision;  // in force: reconcile, certify, expire, remove, needs-info; none = open
    std::optional<Attestation> decisionBy; // the attestation of the decision in force
    QList<qint64> decisionStack;           // seqs of the decisions in force and those they superseded
    qint64 lastReassignSeq = 0;

    bool isDecided() const { return decision && isFinalDecision(*decision); }
    bool isCarriedOver() const { return decisionBy && decisionBy->fieldMap().contains(QStringLiteral("carried_from")); }
    bool isPrivileged() const;
    // "aws-prod/legacy-admin": how messages name the account.
    QString label() const;
};

// Owner, admin and billing, as the reconciler scores privilege.
bool isPrivilegedName(const QString& privilege);

struct ProgressCount
{
    QString key; // reviewer e-mail or tool instance
    qint64 total = 0;
    qint64 decided = 0;
    qint64 needsInfo = 0;
    QString reviewer; // per tool: the tool's reviewer
};

struct CampaignProgress
{
    qint64 total = 0;
    qint64 decided = 0;
    qint64 needsInfo = 0;
    qint64 carriedOver = 0;
    QMap<QString, qint64> byDecision; // decision name -> accounts with it in force
    QList<ProgressCount> byReviewer;  // sorted by reviewer
    QList<ProgressCount> byTool;      // sorted by tool
    // Undecided accounts at the end of each day, from the start to today (or the close): a burn-down.
    QList<QPair<QDate, qint64>> burnDown;
};

struct StartRequest
{
    QString name;
    QDate due;
    QString owner;
    QStringList tools;                // empty: every tool with a snapshot
    QStringList classes;              // empty: the default scope
    QMap<QString, QString> reviewers; // tool -> e-mail
};

struct StartReport
{
    CampaignInfo campaign;
    qint64 items = 0;
    qint64 carriedOver = 0;
    // Accounts whose earlier certification was not carried over, and why (the item's carryNote).
    QList<CampaignItem> notCarried;
    QStringList toolsWithoutReviewer; // their accounts go to the campaign owner
};

} // namespace Rollcall
