// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>

namespace Rollcall {

// The fixed names inside an evidence bundle.
namespace EvidenceFile {
inline const QString Manifest = QStringLiteral("manifest.json");
inline const QString Signature = QStringLiteral("manifest.sig");
inline const QString Sums = QStringLiteral("SHA256SUMS");
inline const QString Decisions = QStringLiteral("decisions.jsonl");
inline const QString Accounts = QStringLiteral("accounts.csv");
inline const QString Summary = QStringLiteral("summary.pdf");
inline const QString PublicKey = QStringLiteral("signer.pub.pem");
} // namespace EvidenceFile

struct EvidenceSnapshot
{
    qint64 id = 0;
    QString kind; // directory or tool
    QString tool;
    QString format;
    QString fileName; // as imported, without its folder
    QString sha256;   // of the imported file's bytes
    qint64 size = 0;
    qint64 rows = 0;
    QString importedAt;
};

// One line of the population tie-out: accounts of one tool instance and class at the freeze.
struct TieOutCount
{
    QString tool;
    QString cls;
    qint64 accounts = 0;
};

struct EvidenceFileEntry
{
    QString path; // relative, '/'-separated
    QString sha256;
    qint64 size = 0;
};

// manifest.json: what the bundle holds, signed by manifest.sig. Written by QJsonDocument (members in
// sorted order, indented), so the same content gives the same bytes.
struct EvidenceManifest
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceManifest)

public:
    static constexpr int FormatVersion = 1;
    QString rollcallVersion;
    QString createdAt;
    bool interim = true; // the campaign was not closed when the bundle was written

    QString campaign;
    QString owner;
    QString due;
    QString startedAt;
    QString closedAt;
    QString closedBy;
    QString previousCampaign;
    QStringList scopeTools;   // as asked for at the start; empty: every tool
    QStringList scopeClasses; // empty: the default scope
    QMap<QString, QString> reviewers;
    QList<EvidenceSnapshot> snapshots;

    QList<TieOutCount> population; // sorted by tool, then class
    qint64 populationTotal = 0;

    // The slice of the attestation log in decisions.jsonl: attestations firstSeq..lastSeq, the first
    // linked to chainPrev, the last hashing to chainHead; the workspace's head when written.
    qint64 attestations = 0;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    QString chainPrev;
    QString chainHead;
    qint64 storeHeadSeq = 0;
    QString storeHeadHash;
    QMap<QString, qint64> decisionsInForce; // decision -> accounts
    qint64 undecided = 0;

    QString signerAlgorithm = QStringLiteral("Ed25519");
    QString signerFingerprint;

    QList<EvidenceFileEntry> files; // every file but manifest.json, manifest.sig and SHA256SUMS, by path

    QByteArray toJson() const;
    [[nodiscard]] static bool fromJson(const QByteArray& json, EvidenceManifest& out, QString& error);
    // Tie-out counts keyed "tool\nclass".
    QMap<QString, qint64> populationMap() const;
};

// A path as a bundle may name it: relative, '/'-separated, no empty, "." or ".." part, no backslash or
// control character.
bool isSafeBundlePath(const QString& path);

// RFC 4180 records of a CSV file Rollcall wrote (UTF-8, optional byte order mark, CRLF or LF). False
// with `error` ("line N: ...") on an unterminated quote or a stray quote.
[[nodiscard]] bool parseCsv(const QByteArray& bytes, QList<QStringList>& records, QList<qint64>& lines, QString& error);

} // namespace Rollcall
