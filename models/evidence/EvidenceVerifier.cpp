// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceVerifier.h"

#include "campaign/CampaignStore.h"
#include "evidence/EvidenceWriter.h"
#include "evidence/Signer.h"
#include "util/CsvWriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Rollcall {

namespace {

const qint64 MaxSmallFile = 16 * 1024 * 1024; // manifest, sums, signature, key: never this large

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceVerifier)

public:
    Checker(const QString& dir, EvidenceVerification& out)
        : m_dir(dir)
        , m_out(out)
    {}

    void problem(const QString& file, qint64 line, const QString& message)
    {
        m_out.problems.append({file, line, message});
    }

    bool walk();
    void checkSums();
    void checkSignature(const SigningKey* trusted, const QString& trustedName);
    void checkManifestFiles();
    void checkDecisions();
    void checkTieOut();

private:
    bool read(const QString& name, QByteArray& bytes, qint64 limit = -1);
    QString hashOf(const QString& relative, qint64* size = nullptr);

    QString m_dir;
    EvidenceVerification& m_out;
    QSet<QString> m_present; // relative paths of the plain files in the folder
    QHash<QString, QPair<QString, qint64>> m_hashes;
};

bool Checker::walk()
{
    const QFileInfo folder(m_dir);
    if (folder.isSymLink()) {
        problem({}, 0, tr("%1: is a symbolic link; open the bundle's folder itself").arg(m_dir));
        return false;
    }
    if (!folder.isDir()) {
        problem({}, 0, tr("%1: no such folder").arg(m_dir));
        return false;
    }
    const QDir root(folder.absoluteFilePath());
    const QString canonicalRoot = folder.canonicalFilePath();
    QDirIterator it(root.absolutePath(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    bool ok = true;
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString relative = root.relativeFilePath(info.filePath());
        if (info.isSymLink()) {
            problem(relative, 0, tr("is a symbolic link; a bundle holds plain files only, nothing is followed"));
            ok = false;
        } else if (info.isDir()) {
            continue;
        } else if (!info.isFile()) {
            problem(relative, 0, tr("not a plain file"));
            ok = false;
        } else if (!info.canonicalFilePath().startsWith(canonicalRoot + QLatin1Char('/'))) {
            problem(relative, 0, tr("lies outside the bundle's folder"));
            ok = false;
        } else {
            m_present.insert(relative);
        }
    }
    m_out.bundle.dir = m_dir;
    return ok;
}

bool Checker::read(const QString& name, QByteArray& bytes, qint64 limit)
{
    if (!m_present.contains(name)) {
        problem(name, 0, tr("missing from the bundle"));
        return false;
    }
    QFile file(QDir(m_dir).filePath(name));
    if (limit >= 0 && file.size() > limit) {
        problem(name, 0, tr("too large (%1 bytes) for what it should hold").arg(file.size()));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        problem(name, 0, file.errorString());
        return false;
    }
    bytes = file.readAll();
    return true;
}

QString Checker::hashOf(const QString& relative, qint64* size)
{
    auto it = m_hashes.constFind(relative);
    if (it == m_hashes.cend()) {
        QString sha;
        qint64 bytes = -1;
        QString error;
        if (!EvidenceWriter::hashFile(QDir(m_dir).filePath(relative), sha, bytes, error))
            problem(relative, 0, error);
        it = m_hashes.insert(relative, {sha, bytes});
    }
    if (size)
        *size = it->second;
    return it->first;
}

void Checker::checkSums()
{
    QByteArray bytes;
    if (!read(EvidenceFile::Sums, bytes, MaxSmallFile))
        return;
    static const QRegularExpression lineFormat(QStringLiteral("^([0-9a-f]{64}) [ *](.+)$"));
    QSet<QString> listed;
    const QList<QByteArray> lines = bytes.split('\n');
    const int before = m_out.problems.size();
    for (int i = 0; i < lines.size(); ++i) {
        const qint64 number = i + 1;
        if (i == lines.size() - 1 && lines.at(i).isEmpty())
            break; // the final line break
        const QString line = QString::fromUtf8(lines.at(i));
        const QRegularExpressionMatch m = lineFormat.match(line);
        if (!m.hasMatch()) {
            problem(EvidenceFile::Sums, number, tr("expected 64 lower-case hex digits, two spaces and a file name"));
            continue;
        }
        const QString path = m.captured(2);
        if (!isSafeBundlePath(path)) {
            problem(EvidenceFile::Sums, number, tr("'%1' is not a path inside the bundle").arg(path));
            continue;
        }
        if (listed.contains(path)) {
            problem(EvidenceFile::Sums, number, tr("%1 is listed twice").arg(path));
            continue;
        }
        listed.insert(path);
        if (!m_present.contains(path)) {
            problem(EvidenceFile::Sums, number, tr("%1 is listed but missing from the bundle").arg(path));
            continue;
        }
        // Named as a problem of SHA256SUMS: whether the file or this line changed, the signed manifest
        // (checked next) tells, and names the file when it was the file.
        const QString actual = hashOf(path);
        if (actual != m.captured(1))
            problem(EvidenceFile::Sums, number,
                    tr("records %1… for %2, whose SHA-256 is %3…: the file or this line was changed")
                        .arg(m.captured(1).left(16), path, actual.left(16)));
    }
    QStringList unlisted;
    for (const QString& p : std::as_const(m_present)) {
        if (p != EvidenceFile::Sums && !listed.contains(p))
            unlisted.append(p);
    }
    std::sort(unlisted.begin(), unlisted.end());
    for (const QString& p : std::as_const(unlisted))
        problem(p, 0, tr("present but not listed in %1").arg(EvidenceFile::Sums));
    if (m_out.problems.size() == before)
        m_out.passed.append(tr("%n file(s) match SHA256SUMS", nullptr, int(listed.size())));
}

void Checker::checkSignature(const SigningKey* trusted, const QString& trustedName)
{
    QByteArray manifestBytes;
    QByteArray signature;
    QByteArray pem;
    const bool haveManifest = read(EvidenceFile::Manifest, manifestBytes, MaxSmallFile);
    const bool haveSignature = read(EvidenceFile::Signature, signature, 1024);
    const bool havePem = read(EvidenceFile::PublicKey, pem, 64 * 1024);
    SigningKey bundled;
    QString error;
    const bool bundledOk = havePem && SigningKey::fromPublicPem(pem, EvidenceFile::PublicKey, bundled, error);
    if (havePem && !bundledOk)
        problem(EvidenceFile::PublicKey, 0, error);

    if (haveManifest) {
        QString why;
        if (EvidenceManifest::fromJson(manifestBytes, m_out.bundle.manifest, why))
            m_out.bundle.manifestRead = true;
        else
            problem(EvidenceFile::Manifest, 0, why);
    }

    const SigningKey* key = trusted ? trusted : (bundledOk ? &bundled : nullptr);
    if (!key)
        return;
    m_out.trusted = trusted != nullptr;
    m_out.bundle.signerFingerprint = key->fingerprint();
    const QString keyName = trusted ? trustedName : EvidenceFile::PublicKey;
    if (trusted && bundledOk && bundled.fingerprint() != trusted->fingerprint())
        problem(EvidenceFile::PublicKey, 0,
                tr("is not the trusted key %1: fingerprint %2, trusted %3")
                    .arg(trustedName, bundled.fingerprint(), trusted->fingerprint()));
    if (m_out.bundle.manifestRead && m_out.bundle.manifest.signerFingerprint != key->fingerprint())
        problem(EvidenceFile::Manifest, 0,
                tr("names the signer %1, but the key checked is %2 (%3)")
                    .arg(m_out.bundle.manifest.signerFingerprint, key->fingerprint(), keyName));
    if (haveManifest && haveSignature) {
        if (key->verify(manifestBytes, signature))
            m_out.passed.append(tr("the signature over manifest.json verifies with %1 (fingerprint %2)")
                                    .arg(keyName, key->fingerprint()));
        else
            problem(EvidenceFile::Signature, 0,
                    tr("the signature over manifest.json does not verify with %1 (fingerprint %2): the manifest was "
                       "changed or signed by another key")
                        .arg(keyName, key->fingerprint()));
    }
}

void Checker::checkManifestFiles()
{
    if (!m_out.bundle.manifestRead)
        return;
    const int before = m_out.problems.size();
    QSet<QString> listed;
    for (const EvidenceFileEntry& f : std::as_const(m_out.bundle.manifest.files)) {
        if (!isSafeBundlePath(f.path)) {
            problem(EvidenceFile::Manifest, 0, tr("\"files\": '%1' is not a path inside the bundle").arg(f.path));
            continue;
        }
        listed.insert(f.path);
        if (!m_present.contains(f.path)) {
            problem(f.path, 0, tr("listed in %1 but missing from the bundle").arg(EvidenceFile::Manifest));
            continue;
        }
        qint64 size = -1;
        const QString actual = hashOf(f.path, &size);
        if (actual != f.sha256 || size != f.size)
            problem(f.path, 0,
                    tr("differs from %1: SHA-256 %2… and %3 bytes, the manifest records %4… and %5 bytes")
                        .arg(EvidenceFile::Manifest, actual.left(16))
                        .arg(size)
                        .arg(f.sha256.left(16))
                        .arg(f.size));
    }
    const QSet<QString> outside = {EvidenceFile::Manifest, EvidenceFile::Signature, EvidenceFile::Sums};
    QStringList unlisted;
    for (const QString& p : std::as_const(m_present)) {
        if (!outside.contains(p) && !listed.contains(p))
            unlisted.append(p);
    }
    std::sort(unlisted.begin(), unlisted.end());
    for (const QString& p : std::as_const(unlisted))
        problem(p, 0, tr("present but not listed in %1").arg(EvidenceFile::Manifest));
    if (m_out.problems.size() == before)
        m_out.passed.append(tr("%n file(s) match manifest.json", nullptr, int(listed.size())));
}

void Checker::checkDecisions()
{
    QByteArray bytes;
    if (!read(EvidenceFile::Decisions, bytes))
        return;
    const QString file = EvidenceFile::Decisions;
    const EvidenceManifest& m = m_out.bundle.manifest;
    const int before = m_out.problems.size();
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    else if (!bytes.isEmpty())
        problem(file, lines.size(), tr("the last line has no line break: the file was cut"));
    QString prev = m_out.bundle.manifestRead ? m.chainPrev : QString();
    qint64 expected = m_out.bundle.manifestRead ? m.firstSeq : 0;
    bool broken = false;
    for (int i = 0; i < lines.size(); ++i) {
        const qint64 number = i + 1;
        Attestation a;
        QString error;
        if (!Attestation::fromRecord(lines.at(i), a, error)) {
            problem(file, number, error);
            broken = true;
            break;
        }
        m_out.bundle.decisions.append(a);
        if (broken)
            continue;
        if (a.canonicalRecord() != lines.at(i)) {
            problem(file, number,
                    tr("attestation %1 is not in canonical form (members, order or spacing changed)").arg(a.seq));
            broken = true;
        } else if (a.computeHash() != a.hash) {
            problem(file, number,
                    tr("attestation %1 (%2 of %3/%4) was edited: its content hashes to %5, the "
                       "recorded hash is %6")
                        .arg(a.seq)
                        .arg(a.decision, a.tool, a.accountKey, a.computeHash(), a.hash));
            broken = true;
        } else if (expected && a.seq != expected) {
            problem(file, number,
                    a.seq > expected
                        ? tr("attestation %1 follows where %2 belongs: attestation(s) deleted or the lines reordered")
                              .arg(a.seq)
                              .arg(expected)
                        : tr("attestation %1 comes after %2: the lines were reordered").arg(a.seq).arg(expected - 1));
            broken = true;
        } else if (!prev.isEmpty() && a.prevHash != prev) {
            problem(file, number,
                    tr("attestation %1 does not follow the line before: it records the previous hash "
                       "%2, the line before hashes to %3 (a line was replaced, deleted or moved)")
                        .arg(a.seq)
                        .arg(a.prevHash, prev));
            broken = true;
        }
        prev = a.hash;
        expected = a.seq + 1;
    }
    if (m_out.bundle.manifestRead && !broken) {
        const QList<Attestation>& d = m_out.bundle.decisions;
        if (d.size() != m.attestations || d.isEmpty() || d.last().seq != m.lastSeq || d.last().hash != m.chainHead)
            problem(file, d.size(),
                    tr("the file holds %1 attestation(s) ending at %2, the manifest records %3 ending at %4 (%5): "
                       "lines were deleted or added at the end")
                        .arg(d.size())
                        .arg(d.isEmpty() ? 0 : d.last().seq)
                        .arg(m.attestations)
                        .arg(m.lastSeq)
                        .arg(m.chainHead.left(16)));
    }
    if (m_out.problems.size() == before)
        m_out.passed.append(tr("the decision chain holds: %n attestation(s), each hashing to its hash and linked to "
                               "the one before",
                               nullptr, int(m_out.bundle.decisions.size())));
}

void Checker::checkTieOut()
{
    QByteArray bytes;
    if (!read(EvidenceFile::Accounts, bytes))
        return;
    const QString file = EvidenceFile::Accounts;
    const int before = m_out.problems.size();
    QList<QStringList> records;
    QList<qint64> lines;
    QString error;
    if (!parseCsv(bytes, records, lines, error)) {
        problem(file, 0, error);
        return;
    }
    const QStringList columns = EvidenceWriter::accountColumns();
    if (records.isEmpty() || records.first() != columns) {
        problem(file, 1, tr("expected the header %1").arg(columns.join(QLatin1Char(','))));
        return;
    }
    m_out.bundle.accountHeader = records.takeFirst();
    lines.removeFirst();
    const int tool = columns.indexOf(QStringLiteral("tool"));
    const int cls = columns.indexOf(QStringLiteral("class"));
    QMap<QString, qint64> counts;
    QSet<QString> accounts;
    QList<CampaignItem> items;
    QList<CampaignItem> itemsKeepingQuotes;
    bool ambiguous = false;
    for (int r = 0; r < records.size(); ++r) {
        const QStringList& row = records.at(r);
        if (row.size() != columns.size()) {
            problem(file, lines.at(r), tr("%1 fields, expected %2").arg(row.size()).arg(columns.size()));
            return;
        }
        m_out.bundle.accounts.append(row);
        ++counts[row.at(tool) + QLatin1Char('\n') + row.at(cls)];
        for (const bool unguard : {true, false}) {
            auto v = [&](int i) { return unguard ? unguardCsvField(row.at(i)) : row.at(i); };
            CampaignItem item;
            item.id = v(0).toLongLong();
            item.accountId = v(1).toLongLong();
            item.snapshotId = v(2).toLongLong();
            item.tool = v(3);
            item.accountKey = v(4);
            item.login = v(5);
            item.email = v(6);
            item.displayName = v(7);
            item.cls = v(8);
            item.privilege = v(9);
            item.toolRole = v(10);
            item.owner = v(11);
            item.ownerStatus = v(12);
            item.risk = v(13).toInt();
            item.recommendation = v(14);
            item.explanation = v(15);
            item.assignedReviewer = v(16);
            item.carryNote = v(17);
            (unguard ? items : itemsKeepingQuotes).append(item);
            if (unguard)
                accounts.insert(item.tool + QLatin1Char('\n') + item.accountKey);
        }
        for (const QString& cell : row)
            ambiguous = ambiguous || unguardCsvField(cell) != cell;
    }
    if (!m_out.bundle.manifestRead)
        return;
    const EvidenceManifest& m = m_out.bundle.manifest;
    const QMap<QString, qint64> expected = m.populationMap();
    QSet<QString> keys;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        keys.insert(it.key());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        keys.insert(it.key());
    QStringList sorted(keys.cbegin(), keys.cend());
    std::sort(sorted.begin(), sorted.end());
    for (const QString& key : std::as_const(sorted)) {
        const qint64 want = expected.value(key);
        const qint64 have = counts.value(key);
        if (want != have) {
            const QStringList parts = key.split(QLatin1Char('\n'));
            problem(file, 0,
                    tr("tie-out: %1 %2 account(s) of tool %3, manifest.json records %4")
                        .arg(have)
                        .arg(parts.value(1), parts.value(0))
                        .arg(want));
        }
    }
    if (records.size() != m.populationTotal)
        problem(file, 0,
                tr("tie-out: %1 account(s), manifest.json records %2").arg(records.size()).arg(m.populationTotal));

    // The population against the scope its campaign-start attestation recorded.
    for (const Attestation& a : std::as_const(m_out.bundle.decisions)) {
        if (a.campaign != m.campaign)
            continue;
        if (a.decision == QLatin1String("campaign-start")) {
            const QString digest = a.field(QStringLiteral("scope_sha256"));
            const bool matches = CampaignStore::scopeDigest(items) == digest ||
                                 (ambiguous && CampaignStore::scopeDigest(itemsKeepingQuotes) == digest);
            if (a.field(QStringLiteral("items")) != QString::number(records.size()) || !matches)
                problem(file, 0,
                        tr("the population differs from the scope attestation %1 (campaign-start) recorded: %2 "
                           "account(s) there, %3 here")
                            .arg(a.seq)
                            .arg(a.field(QStringLiteral("items")))
                            .arg(records.size()));
            continue;
        }
        if (!a.tool.isEmpty() && !accounts.contains(a.tool + QLatin1Char('\n') + a.accountKey))
            problem(
                EvidenceFile::Decisions, 0,
                tr("attestation %1 is about %2/%3, which is not in accounts.csv").arg(a.seq).arg(a.tool, a.accountKey));
    }
    if (m_out.problems.size() == before)
        m_out.passed.append(tr("the population ties out: %n account(s), per tool and class as manifest.json records",
                               nullptr, int(records.size())));
}

} // namespace

QString EvidenceProblem::text() const
{
    if (file.isEmpty())
        return message;
    return line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message)
                    : QStringLiteral("%1: %2").arg(file, message);
}

EvidenceVerification EvidenceVerifier::verify(const QString& dir, const SigningKey* trusted, const QString& trustedName)
{
    EvidenceVerification out;
    Checker check(dir, out);
    if (!check.walk() && out.bundle.dir.isEmpty())
        return out;
    check.checkSums();
    check.checkSignature(trusted, trustedName);
    check.checkManifestFiles();
    check.checkDecisions();
    check.checkTieOut();
    return out;
}

} // namespace Rollcall
