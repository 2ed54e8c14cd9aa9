// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/Campaign.h"

#include <QCoreApplication>
#include <QDate>

namespace Rollcall {

class Store;

// Where a remediation item stands, judged against the latest snapshot of its tool instance.
enum class RemediationStatus
{
    Open,    // not carried out yet (or no newer export says so), not past its due date
    Done,    // gone from the tool's latest snapshot, or disabled (suspended, deactivated, blocked) in it
    Overdue, // past its due date and not done
};
QString remediationStatusName(RemediationStatus status); // "open", "done", "overdue"

// How a tool instance's actions are carried out, from the format of its frozen snapshot.
enum class RemediationVendor
{
    GitHub,       // org membership removal: gh api -X DELETE /orgs/ORG/memberships/LOGIN
    GitHubServer, // GHES site admin: gh api -X PUT /users/LOGIN/suspended
    GitLab,       // user block: POST /api/v4/users/:id/block
    Aws,          // aws iam: delete-login-profile, update-access-key --status Inactive, delete-user steps
    Atlassian,    // organisations REST API: POST /users/ACCOUNT_ID/manage/lifecycle/disable
    Slack,        // SCIM 2.0: PATCH /Users/MEMBER_ID {"active": false}; the member id is the SCIM id
    Manual,       // no API step Rollcall knows: a commented manual step
};
RemediationVendor remediationVendor(const QString& format);
// Slack only: its member id (the account key) is the SCIM User id. Other tools' SCIM ids are
// assigned by their SCIM endpoint and appear in none of their exports.
bool isScimCapable(RemediationVendor vendor);

// One decision to carry out in a tool: a remove or an expire in force in a campaign.
struct RemediationItem
{
    QString tool;
    QString format; // of the snapshot the campaign froze
    RemediationVendor vendor = RemediationVendor::Manual;
    QString accountKey;
    QString login;
    QString email;
    QString displayName;
    QString cls;
    QString privilege;
    QString owner;    // the account's owner (the decision's, else the reconciler's at the start)
    QString assignee; // who carries it out: the account's reviewer (the tool admin)
    QString decision; // remove or expire
    QString action;   // remove, disable (the tool only deactivates) or expire
    QDate due;        // remove: the day it was decided; expire: its end date
    QString reason;
    qint64 decisionSeq = 0; // the attestation of the decision
    QString decisionHash;
    QString decidedBy;
    QString decidedAt;
    RemediationStatus status = RemediationStatus::Open;
    QString note;               // why the status is what it is, in words
    qint64 frozenSnapshot = 0;  // the snapshot the campaign reviewed
    qint64 checkedSnapshot = 0; // the latest snapshot of the tool
    QString stateNow;           // the account's state in it, or "gone"

    bool isActionable() const { return status != RemediationStatus::Done; }
    // The account as a vendor API names it: the login (GitHub, AWS user name) or the account key.
    QString vendorId() const;
    // What the script does, in one line: "gh api -X DELETE /orgs/{org}/memberships/{login}".
    QString step() const;
};

struct RemediationCount
{
    QString tool;
    qint64 open = 0;
    qint64 done = 0;
    qint64 overdue = 0;
    qint64 total() const { return open + done + overdue; }
};

// The remediation of one campaign: every remove and expire in force, with its status. Computed
// from the store alone, the same way for the CLI, the GUI and the evidence bundle.
struct RemediationPlan
{
    Q_DECLARE_TR_FUNCTIONS(RemediationPlan)

public:
    CampaignInfo campaign;
    QString generatedAt; // Clock::nowUtc(), "yyyy-MM-ddTHH:mm:ssZ"
    QDate today;
    QList<RemediationItem> items; // sorted by tool, then account key

    QStringList tools() const; // sorted
    QList<RemediationItem> itemsOf(const QString& tool) const;
    QList<RemediationCount> counts() const; // per tool, sorted
    RemediationCount total() const;

    // Items of `campaign` (by name; empty: the latest campaign, and an empty plan with campaign.id 0
    // when there is none) judged as of Clock::nowUtc(). Only reads. False with `error` set.
    [[nodiscard]] static bool compute(Store& store, const QString& campaign, RemediationPlan& out, QString& error);
};

} // namespace Rollcall
