// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/Attestation.h"

#include <QList>

namespace Rollcall {

// An auditor's random sample of decisions, reproducible from its seed: the same bundle, seed and size
// always draw the same decisions in the same order, on any machine.
//
// Drawing: std::mt19937_64 seeded with `seed`; a partial Fisher–Yates shuffle of the indices 0..N-1 of
// the decision attestations (in file order), where step i swaps i with i + r, r uniform in [0, N - i)
// taken from the generator by rejection (a 64-bit output x is used only below the largest multiple of
// N - i, and r = x mod (N - i)), so no library distribution, whose algorithm varies, is involved.
struct AuditSample
{
    quint64 seed = 0;
    qint64 population = 0;    // decision attestations to draw from
    QList<Attestation> drawn; // in draw order

    // Decision attestations only: not campaign-start or campaign-close.
    static bool isSampled(const Attestation& a);
    static QList<qint64> drawIndices(quint64 seed, qint64 population, qint64 count);
    static AuditSample draw(const QList<Attestation>& attestations, quint64 seed, qint64 count);

    static QStringList csvColumns();
    // One row per drawn decision, cells guarded against spreadsheet formulas.
    QByteArray toCsv() const;
    // A short text of a decision's fields: "owner: x; until: 2027-01-31; reason: ..."
    static QString details(const Attestation& a);
};

} // namespace Rollcall
