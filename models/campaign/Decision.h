// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/Attestation.h"
#include "campaign/Campaign.h"

#include <QDate>
#include <QStringList>

namespace Rollcall {

// One decision as a reviewer asks for it: from the command line, a CSV row, a package or the GUI.
struct DecisionRequest
{
    QString tool;
    QString account; // account key or login
    DecisionKind kind = DecisionKind::NeedsInfo;
    QString owner;   // reconcile, certify: the owner's e-mail in the directory
    QDate until;     // certify: expiry; expire: end date
    QString purpose; // certify: business purpose
    QDate rotation;  // certify a break-glass account: the date its credentials must be rotated by
    QString reason;  // justification; required to certify orphaned, unmanaged or privileged accounts
    QString to;      // reassign: the new reviewer's e-mail
    // Where the request came from, for messages and the record: "decisions.csv:12"; empty for one decision.
    QString source;
    QString sourceSha256; // the SHA-256 of that file: the same file is never recorded twice
};

// A CSV of decisions, already decoded (the CLI and the GUI read it with the importers' CsvReader).
struct DecisionTable
{
    QString fileName;   // as messages name it
    QString sha256;     // of the file's bytes
    QStringList header; // column names as in the file
    struct Row
    {
        qint64 line = 0;
        QStringList fields;
    };
    QList<Row> rows;
};

// A validated set of decisions, not recorded yet.
struct BatchPlan
{
    CampaignInfo campaign;
    QString reviewer;
    bool bulk = false;
    QList<DecisionRequest> requests; // in order; empty decisions already skipped
    qint64 removals = 0;
    qint64 expiries = 0;
    qint64 skipped = 0; // rows without a decision

    // Bulk remove and expire need a confirmation stating this count.
    qint64 confirmationCount() const { return bulk ? removals + expiries : 0; }
};

} // namespace Rollcall
