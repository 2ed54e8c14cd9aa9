// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Rollcall {

struct ChainProblem
{
    qint64 seq = 0; // the attestation concerned; 0 when the problem is not about one attestation
    QString message;
};

struct ChainReport
{
    qint64 attestations = 0;
    qint64 campaigns = 0;
    qint64 headSeq = 0;
    QString headHash;
    // In the order found: the first broken attestation first, then the head, the campaigns' frozen
    // scope, and the append-only triggers.
    QList<ChainProblem> problems;

    bool ok() const { return problems.isEmpty(); }
};

// Checks the attestation log of a workspace as an auditor would, trusting nothing but the hashes:
// every attestation's hash over its canonical form, each one's link to the one before, no gap in
// the sequence, the head record (so deleting the last attestations shows), each campaign's frozen
// scope against the digest in its campaign-start attestation, and the append-only triggers.
// What it cannot see: somebody who rewrites the whole log from some point on and recomputes every
// hash. Compare the head it reports with one recorded elsewhere (an evidence bundle, a ticket).
class ChainVerifier
{
    Q_DECLARE_TR_FUNCTIONS(ChainVerifier)

public:
    // False only when the log cannot be read at all (error set); problems go into the report.
    [[nodiscard]] static bool verify(const QSqlDatabase& db, ChainReport& report, QString& error);
    // The triggers that keep the log append-only and the scope frozen (see 004_campaigns.sql).
    static QStringList requiredTriggers();
};

} // namespace Rollcall
