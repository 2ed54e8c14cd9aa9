// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/Campaign.h"
#include "domain/Rules.h"
#include "evidence/EvidenceManifest.h"

#include <QCoreApplication>

#include <functional>

namespace Rollcall {

class Store;
class SigningKey;

// Everything a bundle is made from, read from the workspace in one go: for the files and the report.
struct EvidenceContent
{
    EvidenceManifest manifest; // without files yet
    CampaignInfo campaign;
    CampaignProgress progress;
    QList<CampaignItem> items; // the population, in item order, with the decision in force
    QList<Attestation> log;    // the slice of the log written to decisions.jsonl
};

struct EvidenceResult
{
    QString dir;
    EvidenceManifest manifest;
    QString manifestSha256;
    QStringList files; // every file written, relative to dir, sorted (SHA256SUMS included)
};

// Writes an evidence bundle: a folder an auditor verifies with Rollcall or with sha256sum and openssl.
//
//   accounts.csv     the population under review (frozen at the start), with the decision in force;
//                    cells guarded against spreadsheet formulas
//   decisions.jsonl  the campaign's attestations, each the canonical JSON of Attestation::canonicalRecord()
//   signer.pub.pem   the signer's public key
//   ...              whatever the producers add (summary.pdf, remediation/)
//   manifest.json    campaign, scope, snapshots, tie-out counts, chain ends, signer, and every file above
//                    with its SHA-256 and size, sorted by path
//   manifest.sig     Ed25519 over the exact bytes of manifest.json (64 raw bytes)
//   SHA256SUMS       `sha256sum -c` input for every other file, sorted by path
//
// Every timestamp comes from Clock: with the same workspace, clock and key, the same bytes.
class EvidenceWriter
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceWriter)

public:
    // Adds files under `dir` (a report, a folder of remediation files); called after the data files and
    // before the manifest, which lists whatever they wrote.
    using Producer = std::function<bool(const EvidenceContent& content, const QString& dir, QString& error)>;

    EvidenceWriter(Store& store, const Rules& rules);
    void addProducer(const Producer& producer) { m_producers.append(producer); }

    // Refuses a workspace whose attestation log is not intact.
    [[nodiscard]] bool collect(const QString& campaign, EvidenceContent& out);
    // `dir` must not exist or be empty; on failure it is left as it was.
    [[nodiscard]] bool write(const QString& campaign, const SigningKey& key, const QString& dir, EvidenceResult& out);
    QString errorString() const { return m_error; }

    static QStringList accountColumns();
    // The accounts.csv bytes for a population.
    static QByteArray accountsCsv(const QList<CampaignItem>& items);
    // `sha256sum -c` lines for these files under dir, sorted by path.
    static QByteArray sumsFile(const QList<EvidenceFileEntry>& files);
    // Every plain file under `dir`, relative paths sorted, with SHA-256 and size (symbolic links refused).
    [[nodiscard]] static bool listFiles(const QString& dir, QList<EvidenceFileEntry>& out, QString& error);
    [[nodiscard]] static bool hashFile(const QString& path, QString& sha256, qint64& size, QString& error);

private:
    bool fail(const QString& message);
    bool writeAll(const EvidenceContent& content, const SigningKey& key, const QString& dir, EvidenceResult& out);

    Store& m_store;
    Rules m_rules;
    QList<Producer> m_producers;
    QString m_error;
};

} // namespace Rollcall
