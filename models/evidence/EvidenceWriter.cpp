// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceWriter.h"

#include "campaign/CampaignStore.h"
#include "campaign/ChainVerifier.h"
#include "evidence/Signer.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/CsvWriter.h"
#include "util/Sha256.h"
#include "util/Timestamps.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Rollcall {

namespace {

bool writeFile(const QString& path, const QByteArray& bytes, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
        error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString decisionOf(const CampaignItem& i)
{
    return i.decision ? decisionKindName(*i.decision) : QString();
}

} // namespace

EvidenceWriter::EvidenceWriter(Store& store, const Rules& rules)
    : m_store(store)
    , m_rules(rules)
{}

bool EvidenceWriter::fail(const QString& message)
{
    m_error = message;
    return false;
}

QStringList EvidenceWriter::accountColumns()
{
    // The first eighteen are the frozen scope, the fields CampaignStore::scopeDigest() hashes; then the
    // decision in force when the bundle was written.
    return {QStringLiteral("item"),         QStringLiteral("account_id"),   QStringLiteral("snapshot"),
            QStringLiteral("tool"),         QStringLiteral("account"),      QStringLiteral("login"),
            QStringLiteral("email"),        QStringLiteral("display_name"), QStringLiteral("class"),
            QStringLiteral("privilege"),    QStringLiteral("tool_role"),    QStringLiteral("owner"),
            QStringLiteral("owner_status"), QStringLiteral("risk"),         QStringLiteral("recommendation"),
            QStringLiteral("explanation"),  QStringLiteral("reviewer"),     QStringLiteral("carry_note"),
            QStringLiteral("decision"),     QStringLiteral("decided_by"),   QStringLiteral("decided_at"),
            QStringLiteral("until"),        QStringLiteral("attestation"),  QStringLiteral("current_reviewer")};
}

QByteArray EvidenceWriter::accountsCsv(const QList<CampaignItem>& items)
{
    QByteArray csv = "\xEF\xBB\xBF"; // spreadsheets read UTF-8 only with a byte order mark
    csv += csvRecord(accountColumns()).toUtf8() + "\r\n";
    for (const CampaignItem& i : items) {
        const Attestation* by = i.decisionBy ? &*i.decisionBy : nullptr;
        csv += csvRecord({QString::number(i.id),
                          QString::number(i.accountId),
                          QString::number(i.snapshotId),
                          i.tool,
                          i.accountKey,
                          i.login,
                          i.email,
                          i.displayName,
                          i.cls,
                          i.privilege,
                          i.toolRole,
                          i.owner,
                          i.ownerStatus,
                          QString::number(i.risk),
                          i.recommendation,
                          i.explanation,
                          i.assignedReviewer,
                          i.carryNote,
                          decisionOf(i),
                          by ? by->reviewer : QString(),
                          by ? by->at : QString(),
                          by ? by->field(QStringLiteral("until")) : QString(),
                          by ? QString::number(by->seq) : QString(),
                          i.reviewer})
                   .toUtf8() +
               "\r\n";
    }
    return csv;
}

QByteArray EvidenceWriter::sumsFile(const QList<EvidenceFileEntry>& files)
{
    QByteArray out;
    for (const EvidenceFileEntry& f : files)
        out += f.sha256.toLatin1() + "  " + f.path.toUtf8() + '\n';
    return out;
}

bool EvidenceWriter::hashFile(const QString& path, QString& sha256, qint64& size, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    sha256 = QString::fromLatin1(sha256Hex(file));
    if (sha256.isEmpty()) {
        error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    size = file.size();
    return true;
}

bool EvidenceWriter::listFiles(const QString& dir, QList<EvidenceFileEntry>& out, QString& error)
{
    out.clear();
    const QDir root(QFileInfo(dir).absoluteFilePath()); // relative paths are relative to this folder
    QDirIterator it(root.absolutePath(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString relative = root.relativeFilePath(info.filePath());
        if (info.isSymLink()) {
            error = tr("%1: is a symbolic link; a bundle holds plain files only").arg(relative);
            return false;
        }
        if (info.isDir())
            continue;
        if (!info.isFile()) {
            error = tr("%1: not a plain file").arg(relative);
            return false;
        }
        EvidenceFileEntry entry;
        entry.path = relative;
        if (!hashFile(info.filePath(), entry.sha256, entry.size, error))
            return false;
        out.append(entry);
    }
    std::sort(out.begin(), out.end(),
              [](const EvidenceFileEntry& a, const EvidenceFileEntry& b) { return a.path < b.path; });
    return true;
}

bool EvidenceWriter::collect(const QString& campaign, EvidenceContent& out)
{
    out = {};
    const QString path = m_store.path();
    ChainReport chain;
    QString error;
    if (!ChainVerifier::verify(m_store.database(), chain, error))
        return fail(QStringLiteral("%1: %2").arg(path, error));
    if (!chain.ok())
        return fail(tr("%1: the attestation log is not intact (%2); no evidence is written from it — run "
                       "verify-store")
                        .arg(path, chain.problems.first().message));

    CampaignStore campaigns(m_store, m_rules);
    if (!campaigns.load(campaign, out.campaign) || !campaigns.items(out.campaign, out.items) ||
        !campaigns.progress(out.campaign, out.progress))
        return fail(campaigns.errorString());
    const CampaignInfo& c = out.campaign;

    // The campaign's slice of the log, gap-free: from its first attestation to its last.
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT MIN(seq), MAX(seq) FROM attestation WHERE campaign_id = ?"));
    q.addBindValue(c.id);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return fail(tr("%1: campaign %2 has no attestation: %3").arg(path, c.name, q.lastError().text()));
    const qint64 first = q.value(0).toLongLong();
    const qint64 last = q.value(1).toLongLong();
    AttestationLog log(m_store.database());
    if (!log.read(out.log, QStringLiteral("seq BETWEEN ? AND ?"), {first, last}))
        return fail(QStringLiteral("%1: %2").arg(path, log.errorString()));

    EvidenceManifest& m = out.manifest;
    m.rollcallVersion = QStringLiteral(ROLLCALL_VERSION);
    m.createdAt = formatIsoTimestamp(Clock::nowUtc());
    m.interim = !c.closed;
    m.campaign = c.name;
    m.owner = c.owner;
    m.due = c.due.toString(Qt::ISODate);
    m.startedAt = c.startedAt;
    m.closedAt = c.closedAt;
    m.closedBy = c.closedBy;
    m.previousCampaign = c.previousName;
    m.scopeTools = c.tools;
    m.scopeClasses = c.classes;
    m.reviewers = c.reviewers;
    for (const SnapshotInfo& s : m_store.snapshots()) {
        if (c.snapshotIds.contains(s.id))
            m.snapshots.append({s.id, sourceKindName(s.kind), s.tool, s.format, s.fileName, s.fileSha256, s.fileSize,
                                s.rowCount, formatIsoTimestamp(s.importedAt)});
    }
    QMap<QPair<QString, QString>, qint64> counts;
    for (const CampaignItem& i : std::as_const(out.items))
        ++counts[{i.tool, i.cls}];
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        m.population.append({it.key().first, it.key().second, it.value()});
    m.populationTotal = out.items.size();
    m.attestations = out.log.size();
    m.firstSeq = first;
    m.lastSeq = last;
    m.chainPrev = out.log.first().prevHash;
    m.chainHead = out.log.last().hash;
    m.storeHeadSeq = chain.headSeq;
    m.storeHeadHash = chain.headHash;
    m.decisionsInForce = out.progress.byDecision;
    m.undecided = out.progress.total - out.progress.decided;
    return true;
}

bool EvidenceWriter::write(const QString& campaign, const SigningKey& key, const QString& dir, EvidenceResult& out)
{
    out = {};
    if (key.isNull() || !key.hasPrivateKey())
        return fail(tr("no signing key"));
    const QFileInfo target(dir);
    if (target.isSymLink())
        return fail(tr("%1: is a symbolic link; give a new folder").arg(dir));
    bool created = false;
    if (target.exists()) {
        if (!target.isDir())
            return fail(tr("%1: exists and is not a folder").arg(dir));
        if (!QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            return fail(tr("%1: the folder is not empty; give a new one").arg(dir));
    }
    EvidenceContent content;
    if (!collect(campaign, content))
        return false;
    if (!target.exists()) {
        if (!QDir().mkpath(dir))
            return fail(tr("%1: cannot create the folder").arg(dir));
        created = true;
    }
    if (writeAll(content, key, dir, out))
        return true;
    // Leave the folder as it was: gone if this created it, else empty again.
    QDir folder(dir);
    if (created) {
        folder.removeRecursively();
    } else {
        for (const QFileInfo& e :
             folder.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
            if (e.isDir() && !e.isSymLink())
                QDir(e.filePath()).removeRecursively();
            else
                QFile::remove(e.filePath());
        }
    }
    return false;
}

bool EvidenceWriter::writeAll(const EvidenceContent& content, const SigningKey& key, const QString& dir,
                              EvidenceResult& out)
{
    const QDir folder(dir);
    QString error;
    QByteArray decisions;
    for (const Attestation& a : content.log)
        decisions += a.canonicalRecord() + '\n';
    if (!writeFile(folder.filePath(EvidenceFile::Accounts), accountsCsv(content.items), error) ||
        !writeFile(folder.filePath(EvidenceFile::Decisions), decisions, error) ||
        !writeFile(folder.filePath(EvidenceFile::PublicKey), key.publicPem(), error))
        return fail(error);
    for (const Producer& produce : std::as_const(m_producers)) {
        if (!produce(content, dir, error))
            return fail(error);
    }

    EvidenceManifest manifest = content.manifest;
    manifest.signerFingerprint = key.fingerprint();
    if (!listFiles(dir, manifest.files, error))
        return fail(error);
    const QByteArray json = manifest.toJson();
    QByteArray signature;
    if (!key.sign(json, signature, error))
        return fail(error);
    if (!writeFile(folder.filePath(EvidenceFile::Manifest), json, error) ||
        !writeFile(folder.filePath(EvidenceFile::Signature), signature, error))
        return fail(error);
    QList<EvidenceFileEntry> all;
    if (!listFiles(dir, all, error))
        return fail(error);
    if (!writeFile(folder.filePath(EvidenceFile::Sums), sumsFile(all), error))
        return fail(error);

    out.dir = dir;
    out.manifest = manifest;
    out.manifestSha256 = sha256Hex(json);
    for (const EvidenceFileEntry& f : std::as_const(all))
        out.files.append(f.path);
    out.files.append(EvidenceFile::Sums);
    std::sort(out.files.begin(), out.files.end());
    return true;
}

} // namespace Rollcall
