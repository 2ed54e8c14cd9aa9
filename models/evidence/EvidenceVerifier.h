// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/Attestation.h"
#include "evidence/EvidenceManifest.h"

#include <QCoreApplication>

namespace Rollcall {

class SigningKey;

struct EvidenceProblem
{
    QString file; // relative to the bundle; empty: the folder itself
    qint64 line = 0;
    QString message;

    QString text() const; // "file:line: message"
};

// What a bundle holds, as read (whether or not it verified).
struct EvidenceBundle
{
    QString dir;
    EvidenceManifest manifest;
    bool manifestRead = false;
    QList<Attestation> decisions; // decisions.jsonl in file order
    QStringList accountHeader;
    QList<QStringList> accounts; // accounts.csv rows, cells as written (guarded)
    QString signerFingerprint;   // of the key the signature was checked with
};

struct EvidenceVerification
{
    EvidenceBundle bundle;
    QList<EvidenceProblem> problems;
    QStringList passed;   // the checks that held, in words
    bool trusted = false; // checked against a key given by the auditor (--trust), not the bundle's own

    bool ok() const { return problems.isEmpty(); }
};

// Checks a bundle as an auditor would, trusting nothing in it but the key given (or, without one, the
// bundle's own signer.pub.pem, whose fingerprint the auditor compares with one obtained elsewhere):
//  - the folder holds plain files only (no symbolic link, no path outside it);
//  - SHA256SUMS: every line well formed, every file it names present and matching, every file listed;
//  - manifest.sig: Ed25519 over the bytes of manifest.json, by the trusted key; the manifest names that
//    signer;
//  - manifest.json: every file with its SHA-256 and size, and no file besides;
//  - decisions.jsonl: each line canonical, hashing to its hash, linked to the line before, seq without
//    gaps, the ends and count as the manifest says;
//  - accounts.csv: rows per tool and class equal the manifest's tie-out counts, and the population hashes
//    to the scope digest its campaign-start attestation recorded.
class EvidenceVerifier
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceVerifier)

public:
    // `trusted` may be null; `trustedName` names it in messages.
    static EvidenceVerification verify(const QString& dir, const SigningKey* trusted = nullptr,
                                       const QString& trustedName = {});
};

} // namespace Rollcall
