// SPDX-License-Identifier: GPL-3.0-or-later
// rollcall-cli keygen, evidence and verify end to end: keys, the bundle, its reproducibility, tampering of
// every file, the decision chain, a foreign key, the standard-tool checks and formula guarding.
#include "DemoCampaign.h"
#include "evidence/EvidenceManifest.h"
#include "evidence/EvidenceWriter.h"
#include "evidence/Signer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Rollcall;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString Now = QStringLiteral("2026-11-27T12:00:00Z");

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Every file under dir, relative, sorted.
QStringList filesUnder(const QString& dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(QDir(dir).relativeFilePath(it.next()));
    std::sort(out.begin(), out.end());
    return out;
}

// The files of `dir` whose bytes differ from the same file in `other`.
QStringList differingFiles(const QString& dir, const QString& other)
{
    QStringList differing;
    for (const QString& f : filesUnder(dir)) {
        if (readAll(QDir(other).filePath(f)) != readAll(QDir(dir).filePath(f)))
            differing.append(f);
    }
    return differing;
}

bool copyFolder(const QString& from, const QString& to)
{
    if (!QDir().mkpath(to))
        return false;
    for (const QString& f : filesUnder(from)) {
        QDir().mkpath(QFileInfo(QDir(to).filePath(f)).absolutePath());
        if (!QFile::copy(QDir(from).filePath(f), QDir(to).filePath(f)))
            return false;
    }
    return true;
}

} // namespace

class TestEvidenceCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TempWorkspace> m_ws;
    QString m_key;
    QString m_bundle;

    // `language`: a $LANGUAGE such as de_DE:de for this run (default: the test's, English).
    Run cli(const QStringList& args, const QString& workingDir = {}, const QString& language = {})
    {
        QProcess p;
        p.setWorkingDirectory(workingDir.isEmpty() ? m_dir.path() : workingDir);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ROLLCALL_NOW"), Now);
        env.remove(QStringLiteral("ROLLCALL_ACTOR"));
        if (!language.isEmpty()) {
            env.insert(QStringLiteral("LANGUAGE"), language);
            env.insert(QStringLiteral("LANG"), language.section(QLatin1Char(':'), 0, 0) + QStringLiteral(".UTF-8"));
            env.remove(QStringLiteral("LC_ALL"));
            env.remove(QStringLiteral("LC_MESSAGES"));
        }
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ROLLCALL_CLI), QStringList{QStringLiteral("--workspace"), m_ws->path()} + args);
        Run r;
        if (p.waitForFinished(120000))
            r = {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                 QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
        return r;
    }

    static Run tool(const QString& program, const QStringList& args, const QString& dir)
    {
        QProcess p;
        p.setWorkingDirectory(dir);
        p.start(program, args);
        Run r;
        if (p.waitForFinished(60000))
            r = {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                 QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
        return r;
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // A copy of the good bundle to spoil.
    QString copy(const QString& name)
    {
        const QString to = path(name);
        QDir(to).removeRecursively();
        return copyFolder(m_bundle, to) ? to : QString();
    }

    // What a signer producing inconsistent evidence would do: re-list, re-sign and re-sum the folder.
    static bool resign(const QString& dir, const SigningKey& key)
    {
        EvidenceManifest manifest;
        QString error;
        if (!EvidenceManifest::fromJson(readAll(QDir(dir).filePath(EvidenceFile::Manifest)), manifest, error))
            return false;
        for (const QString& f : {EvidenceFile::Manifest, EvidenceFile::Signature, EvidenceFile::Sums})
            QFile::remove(QDir(dir).filePath(f));
        QFile::remove(QDir(dir).filePath(EvidenceFile::PublicKey));
        if (!writeAll(QDir(dir).filePath(EvidenceFile::PublicKey), key.publicPem()))
            return false;
        manifest.signerFingerprint = key.fingerprint();
        if (!EvidenceWriter::listFiles(dir, manifest.files, error))
            return false;
        const QByteArray json = manifest.toJson();
        QByteArray signature;
        if (!key.sign(json, signature, error) || !writeAll(QDir(dir).filePath(EvidenceFile::Manifest), json) ||
            !writeAll(QDir(dir).filePath(EvidenceFile::Signature), signature))
            return false;
        QList<EvidenceFileEntry> all;
        return EvidenceWriter::listFiles(dir, all, error) &&
               writeAll(QDir(dir).filePath(EvidenceFile::Sums), EvidenceWriter::sumsFile(all));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = std::make_unique<TempWorkspace>();
        QString error;
        QVERIFY2(DemoCampaign::create(*m_ws, false, &error), qPrintable(error));
        m_key = path(QStringLiteral("signing.pem"));
        const Run k = cli({QStringLiteral("keygen"), QStringLiteral("--out"), m_key});
        QVERIFY2(k.exitCode == 0, qPrintable(k.err));
        m_bundle = path(QStringLiteral("bundle"));
        const Run e = cli({QStringLiteral("evidence"), DemoCampaign::Name, QStringLiteral("--key"), m_key,
                           QStringLiteral("--out"), m_bundle});
        QVERIFY2(e.exitCode == 0, qPrintable(e.err));
        QVERIFY2(e.out.contains(QLatin1String("INTERIM")), qPrintable(e.out));
    }

    void keygen()
    {
        const QString key = path(QStringLiteral("k1.pem"));
        const Run r = cli({QStringLiteral("keygen"), QStringLiteral("--out"), key});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(key).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        const QByteArray privatePem = readAll(key);
        QVERIFY(privatePem.startsWith("-----BEGIN PRIVATE KEY-----"));
        const QString pub = path(QStringLiteral("k1.pub.pem"));
        const QByteArray pubPem = readAll(pub);
        QVERIFY(pubPem.startsWith("-----BEGIN PUBLIC KEY-----"));
        // The fingerprint is the SHA-256 of the DER SubjectPublicKeyInfo: the base64 body of the PEM.
        QByteArray body = pubPem;
        body.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "");
        const QByteArray der = QByteArray::fromBase64(body.trimmed());
        QCOMPARE(der.size(), 44); // Ed25519 SubjectPublicKeyInfo: 12 bytes of algorithm, 32 of key
        const QString fingerprint =
            QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
        QVERIFY2(r.out.contains(fingerprint), qPrintable(r.out));
        SigningKey loaded;
        QString error;
        QVERIFY2(SigningKey::readPublicKey(pub, loaded, error), qPrintable(error));
        QCOMPARE(loaded.fingerprint(), fingerprint);

        // Never overwritten.
        const Run again = cli({QStringLiteral("keygen"), QStringLiteral("--out"), key});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("never overwritten")), qPrintable(again.err));
        QCOMPARE(readAll(key), privatePem);
        // Nor is a public key left from another one: nothing is written at all.
        const QString lone = path(QStringLiteral("k3.pem"));
        QVERIFY(writeAll(path(QStringLiteral("k3.pub.pem")), "keep me\n"));
        const Run pubExists = cli({QStringLiteral("keygen"), QStringLiteral("--out"), lone});
        QCOMPARE(pubExists.exitCode, 1);
        QVERIFY2(pubExists.err.contains(QLatin1String("k3.pub.pem: exists already")), qPrintable(pubExists.err));
        QVERIFY(!QFileInfo::exists(lone));
        QCOMPARE(readAll(path(QStringLiteral("k3.pub.pem"))), QByteArray("keep me\n"));
    }

    void keygenWithPassphrase()
    {
        const QString pass = path(QStringLiteral("pass.txt"));
        QVERIFY(writeAll(pass, "correct horse battery staple\n"));
        const QString key = path(QStringLiteral("k2.pem"));
        const Run r =
            cli({QStringLiteral("keygen"), QStringLiteral("--out"), key, QStringLiteral("--passphrase-file"), pass});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(readAll(key).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        const QStringList evidence = {QStringLiteral("evidence"), DemoCampaign::Name, QStringLiteral("--key"), key,
                                      QStringLiteral("--out")};
        Run e = cli(evidence + QStringList{path(QStringLiteral("b-nopass"))});
        QCOMPARE(e.exitCode, 1);
        QVERIFY2(e.err.contains(QLatin1String("--passphrase-file")), qPrintable(e.err));
        const QString wrong = path(QStringLiteral("wrong.txt"));
        QVERIFY(writeAll(wrong, "not it\n"));
        e = cli(evidence + QStringList{path(QStringLiteral("b-wrong")), QStringLiteral("--passphrase-file"), wrong});
        QCOMPARE(e.exitCode, 1);
        QVERIFY2(e.err.contains(QLatin1String("wrong passphrase")), qPrintable(e.err));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("b-wrong"))));
        e = cli(evidence + QStringList{path(QStringLiteral("b-pass")), QStringLiteral("--passphrase-file"), pass});
        QVERIFY2(e.exitCode == 0, qPrintable(e.err));
        QCOMPARE(cli({QStringLiteral("verify"), path(QStringLiteral("b-pass"))}).exitCode, 0);
    }

    void bundleVerifies()
    {
        QStringList remediation = filesUnder(QDir(m_bundle).filePath(QStringLiteral("remediation")));
        for (QString& f : remediation)
            f.prepend(QStringLiteral("remediation/"));
        QVERIFY2(remediation.contains(QStringLiteral("remediation/README.txt")), qPrintable(remediation.join(u' ')));
        QCOMPARE(filesUnder(m_bundle),
                 QStringList({QStringLiteral("SHA256SUMS"), QStringLiteral("accounts.csv"),
                              QStringLiteral("decisions.jsonl"), QStringLiteral("manifest.json"),
                              QStringLiteral("manifest.sig")}) +
                     remediation + QStringList({QStringLiteral("signer.pub.pem"), QStringLiteral("summary.pdf")}));
        const Run v = cli(
            {QStringLiteral("verify"), m_bundle, QStringLiteral("--trust"), path(QStringLiteral("signing.pub.pem"))});
        QVERIFY2(v.exitCode == 0, qPrintable(v.err));
        for (const char* check : {"match SHA256SUMS", "signature over manifest.json verifies", "match manifest.json",
                                  "decision chain holds", "population ties out"})
            QVERIFY2(v.out.contains(QLatin1String(check)), qPrintable(v.out));

        const QJsonObject m =
            QJsonDocument::fromJson(readAll(QDir(m_bundle).filePath(EvidenceFile::Manifest))).object();
        QCOMPARE(m.value(QStringLiteral("interim")).toBool(), true);
        QCOMPARE(m.value(QStringLiteral("created_at")).toString(), Now);
        QCOMPARE(m.value(QStringLiteral("rollcall_version")).toString(), QStringLiteral(ROLLCALL_VERSION));
        QCOMPARE(m.value(QStringLiteral("campaign")).toObject().value(QStringLiteral("name")).toString(),
                 DemoCampaign::Name);
        // The input snapshots with their file SHA-256, as imported.
        const QByteArray demoFile = readAll(QStringLiteral(ROLLCALL_DEMO_DATA "/aws-prod-credential-report.csv"));
        const QString demoSha =
            QString::fromLatin1(QCryptographicHash::hash(demoFile, QCryptographicHash::Sha256).toHex());
        bool found = false;
        for (const QJsonValue& s : m.value(QStringLiteral("snapshots")).toArray())
            found = found || s.toObject().value(QStringLiteral("file_sha256")).toString() == demoSha;
        QVERIFY(found);
        // Every file but the three that cannot be inside it, with hash and size.
        QStringList listed;
        for (const QJsonValue& f : m.value(QStringLiteral("files")).toArray())
            listed.append(f.toObject().value(QStringLiteral("path")).toString());
        QCOMPARE(listed, QStringList({QStringLiteral("accounts.csv"), QStringLiteral("decisions.jsonl")}) +
                             remediation +
                             QStringList({QStringLiteral("signer.pub.pem"), QStringLiteral("summary.pdf")}));
        // Tie-out counts add up to the rows of accounts.csv.
        qint64 total = 0;
        for (const QJsonValue& p : m.value(QStringLiteral("population")).toArray())
            total += p.toObject().value(QStringLiteral("accounts")).toInteger();
        const QList<QByteArray> rows = readAll(QDir(m_bundle).filePath(EvidenceFile::Accounts)).split('\n');
        QCOMPARE(total, qint64(rows.size() - 2)); // header and the final line break
        QVERIFY(total > 10);
        QVERIFY(readAll(QDir(m_bundle).filePath(EvidenceFile::Summary)).startsWith("%PDF-"));
    }

    void reproducible()
    {
        // Two more runs, each a second later and in a process of its own (Qt's PDF writer once ordered the
        // embedded fonts by a per-process hash seed: one run in two differed).
        for (const QString& name : {QStringLiteral("bundle-again"), QStringLiteral("bundle-third")}) {
            const QString other = path(name);
            QTest::qSleep(1100); // a second later: nothing may depend on the wall clock
            // A relative --out: nothing may depend on how the folder was named either.
            const Run e = cli({QStringLiteral("evidence"), DemoCampaign::Name, QStringLiteral("--key"), m_key,
                               QStringLiteral("--out"), name});
            QVERIFY2(e.exitCode == 0, qPrintable(e.err));
            QCOMPARE(filesUnder(other), filesUnder(m_bundle));
            const QStringList differing = differingFiles(m_bundle, other);
            QVERIFY2(differing.isEmpty(), qPrintable(differing.join(QLatin1Char(' ')) + QStringLiteral(" differ")));
            const QString manifestSha =
                QString::fromLatin1(QCryptographicHash::hash(readAll(QDir(m_bundle).filePath(EvidenceFile::Manifest)),
                                                             QCryptographicHash::Sha256)
                                        .toHex());
            QVERIFY2(e.out.contains(manifestSha), qPrintable(e.out));
        }
    }

    // The messages follow the user's language, the bundle does not: written under German, every file
    // (summary.pdf included) is the same bytes as the English run's.
    void reproducibleAcrossLanguages()
    {
        const QString name = QStringLiteral("bundle-german");
        const Run e = cli({QStringLiteral("evidence"), DemoCampaign::Name, QStringLiteral("--key"), m_key,
                           QStringLiteral("--out"), name},
                          {}, QStringLiteral("de_DE:de"));
        QVERIFY2(e.exitCode == 0, qPrintable(e.err));
        QVERIFY2(e.out.contains(QLatin1String("Nachweispaket")), qPrintable(e.out)); // German was in use
        QCOMPARE(filesUnder(path(name)), filesUnder(m_bundle));
        const QStringList differing = differingFiles(m_bundle, path(name));
        QVERIFY2(differing.isEmpty(), qPrintable(differing.join(QLatin1Char(' ')) + QStringLiteral(" differ")));
    }

    void refusesExistingFolder()
    {
        const Run e = cli({QStringLiteral("evidence"), DemoCampaign::Name, QStringLiteral("--key"), m_key,
                           QStringLiteral("--out"), m_bundle});
        QCOMPARE(e.exitCode, 1);
        QVERIFY2(e.err.contains(QLatin1String("not empty")), qPrintable(e.err));
    }

    void tamperEachFile_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString& f : filesUnder(m_bundle))
            QTest::newRow(qPrintable(f)) << f;
    }

    void tamperEachFile()
    {
        QFETCH(QString, file);
        const QString dir = copy(QStringLiteral("tampered"));
        QVERIFY(!dir.isEmpty());
        const QString target = QDir(dir).filePath(file);
        QByteArray bytes = readAll(target);
        QVERIFY(!bytes.isEmpty());
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
        QVERIFY(writeAll(target, bytes));
        const Run v = cli({QStringLiteral("verify"), dir});
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(v.err.contains(QDir(dir).filePath(file)), qPrintable(v.err));
        QVERIFY2(v.err.contains(QLatin1String("NOT verified")), qPrintable(v.err));
    }

    void deletedDecisionLine()
    {
        const QString dir = copy(QStringLiteral("deleted-line"));
        const QString file = QDir(dir).filePath(EvidenceFile::Decisions);
        QList<QByteArray> lines = readAll(file).split('\n');
        QVERIFY(lines.size() > 4);
        lines.removeAt(2);
        QVERIFY(writeAll(file, lines.join('\n')));
        const Run v = cli({QStringLiteral("verify"), dir});
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(v.err.contains(file + QStringLiteral(":3: attestation")), qPrintable(v.err));
        QVERIFY2(v.err.contains(QLatin1String("deleted")), qPrintable(v.err));
    }

    void deletedLastDecisionLine()
    {
        // The last line gone and everything re-signed: the chain itself still links, the count and head do not.
        const QString dir = copy(QStringLiteral("deleted-last"));
        const QString file = QDir(dir).filePath(EvidenceFile::Decisions);
        QList<QByteArray> lines = readAll(file).split('\n');
        lines.removeAt(lines.size() - 2);
        QVERIFY(writeAll(file, lines.join('\n')));
        const Run v = cli({QStringLiteral("verify"), dir});
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(v.err.contains(QLatin1String("deleted or added at the end")), qPrintable(v.err));
    }

    void reorderedDecisionLines()
    {
        const QString dir = copy(QStringLiteral("reordered"));
        const QString file = QDir(dir).filePath(EvidenceFile::Decisions);
        QList<QByteArray> lines = readAll(file).split('\n');
        lines.swapItemsAt(2, 3);
        QVERIFY(writeAll(file, lines.join('\n')));
        const Run v = cli({QStringLiteral("verify"), dir});
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(v.err.contains(file + QStringLiteral(":3: attestation")), qPrintable(v.err));
        QVERIFY2(v.err.contains(QLatin1String("reordered")), qPrintable(v.err));
    }

    void foreignKey()
    {
        // Another key given as the trusted one.
        const QString other = path(QStringLiteral("other.pem"));
        QCOMPARE(cli({QStringLiteral("keygen"), QStringLiteral("--out"), other}).exitCode, 0);
        const QString otherPub = path(QStringLiteral("other.pub.pem"));
        Run v = cli({QStringLiteral("verify"), m_bundle, QStringLiteral("--trust"), otherPub});
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(v.err.contains(QDir(m_bundle).filePath(QStringLiteral("manifest.sig")) +
                                QStringLiteral(": the signature over manifest.json does not verify")),
                 qPrintable(v.err));
        QVERIFY2(v.err.contains(QLatin1String("is not the trusted key")), qPrintable(v.err));

        // A bundle re-signed wholesale by somebody else verifies on its own terms, and fails against the
        // key the auditor trusts.
        const QString dir = copy(QStringLiteral("resigned"));
        SigningKey mallory;
        QString error;
        QVERIFY(SigningKey::readPrivateKey(other, {}, mallory, error));
        QVERIFY(resign(dir, mallory));
        v = cli({QStringLiteral("verify"), dir});
        QVERIFY2(v.exitCode == 0, qPrintable(v.err));
        QVERIFY2(v.out.contains(mallory.fingerprint()), qPrintable(v.out));
        v = cli({QStringLiteral("verify"), dir, QStringLiteral("--trust"), path(QStringLiteral("signing.pub.pem"))});
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(v.err.contains(QLatin1String("does not verify")), qPrintable(v.err));
    }

    void tieOut()
    {
        // One account row dropped and the bundle re-signed with the right key: only the tie-out can tell.
        const QString dir = copy(QStringLiteral("short-population"));
        const QString file = QDir(dir).filePath(EvidenceFile::Accounts);
        QList<QByteArray> lines = readAll(file).split('\n');
        lines.removeAt(1);
        QVERIFY(writeAll(file, lines.join('\n')));
        SigningKey key;
        QString error;
        QVERIFY(SigningKey::readPrivateKey(m_key, {}, key, error));
        QVERIFY(resign(dir, key));
        const Run v = cli({QStringLiteral("verify"), dir});
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(v.err.contains(file + QStringLiteral(": tie-out:")), qPrintable(v.err));
        QVERIFY2(v.err.contains(QLatin1String("differs from the scope attestation")), qPrintable(v.err));
    }

    void unlistedAndLinkedFiles()
    {
        QString dir = copy(QStringLiteral("extra"));
        QVERIFY(writeAll(QDir(dir).filePath(QStringLiteral("notes.txt")), "added later\n"));
        Run v = cli({QStringLiteral("verify"), dir});
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(v.err.contains(QDir(dir).filePath(QStringLiteral("notes.txt")) +
                                QStringLiteral(": present but not listed in SHA256SUMS")),
                 qPrintable(v.err));

        dir = copy(QStringLiteral("linked"));
        QFile::remove(QDir(dir).filePath(EvidenceFile::Summary));
        QVERIFY(QFile::link(QDir(m_bundle).filePath(EvidenceFile::Summary), QDir(dir).filePath(EvidenceFile::Summary)));
        v = cli({QStringLiteral("verify"), dir});
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(v.err.contains(QLatin1String("summary.pdf: is a symbolic link")), qPrintable(v.err));

        // SHA256SUMS naming a path outside the folder.
        dir = copy(QStringLiteral("escape"));
        const QString sums = QDir(dir).filePath(EvidenceFile::Sums);
        QVERIFY(writeAll(sums, readAll(sums) + QByteArray(64, 'a') + "  ../bundle/accounts.csv\n"));
        v = cli({QStringLiteral("verify"), dir});
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(v.err.contains(QLatin1String("is not a path inside the bundle")), qPrintable(v.err));
    }

    void standardTools()
    {
        const QString sha256sum = QStandardPaths::findExecutable(QStringLiteral("sha256sum"));
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (sha256sum.isEmpty() || openssl.isEmpty())
            QSKIP("sha256sum or openssl is not installed");
        // Exactly the README's commands, in the bundle's folder.
        Run r = tool(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")}, m_bundle);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(r.out.count(QLatin1String(": OK")), filesUnder(m_bundle).size() - 1); // all but SHA256SUMS
        const QStringList pkeyutl = {
            QStringLiteral("pkeyutl"),     QStringLiteral("-verify"),        QStringLiteral("-pubin"),
            QStringLiteral("-inkey"),      QStringLiteral("signer.pub.pem"), QStringLiteral("-rawin"),
            QStringLiteral("-in"),         QStringLiteral("manifest.json"),  QStringLiteral("-sigfile"),
            QStringLiteral("manifest.sig")};
        r = tool(QStringLiteral("openssl"), pkeyutl, m_bundle);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("Signature Verified Successfully")), qPrintable(r.out));
        // And both notice a changed manifest.
        const QString dir = copy(QStringLiteral("std-tampered"));
        const QString manifest = QDir(dir).filePath(EvidenceFile::Manifest);
        QVERIFY(writeAll(manifest, readAll(manifest).replace("\"interim\": true", "\"interim\": fals")));
        QVERIFY(tool(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")}, dir).exitCode !=
                0);
        QVERIFY(tool(QStringLiteral("openssl"), pkeyutl, dir).exitCode != 0);
    }

    void independentChainCheck()
    {
        // The README's recipe for decisions.jsonl, in Python: each line is canonical and hashes to its hash.
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        const QString script = QStringLiteral(
            "import hashlib, json, sys\n"
            "n = 0\n"
            "for line in open(sys.argv[1], encoding='utf-8'):\n"
            "    line = line.rstrip('\\n'); o = json.loads(line)\n"
            "    body = {k: v for k, v in o.items() if k != 'hash'}\n"
            "    text = json.dumps(body, sort_keys=True, separators=(',', ':'), ensure_ascii=False)\n"
            "    assert hashlib.sha256(text.encode()).hexdigest() == o['hash'], o['seq']\n"
            "    assert json.dumps(o, sort_keys=True, separators=(',', ':'), ensure_ascii=False) == line, o['seq']\n"
            "    n += 1\n"
            "print(n)\n");
        const Run r = tool(python, {QStringLiteral("-c"), script, EvidenceFile::Decisions}, m_bundle);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed().toInt(), 7); // campaign-start and six decisions
    }

    void formulaGuarded()
    {
        QList<QStringList> records;
        QList<qint64> lines;
        QString error;
        QVERIFY2(parseCsv(readAll(QDir(m_bundle).filePath(EvidenceFile::Accounts)), records, lines, error),
                 qPrintable(error));
        bool seen = false;
        for (const QStringList& row : std::as_const(records)) {
            for (const QString& cell : row) {
                QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.at(0)), qPrintable(cell));
                seen = seen || cell == QStringLiteral("'=cmd");
            }
        }
        QVERIFY2(seen, "the formula account is missing from accounts.csv");
        // decisions.jsonl keeps the reviewer's text verbatim: it is JSON, never opened as a spreadsheet.
        QVERIFY(readAll(QDir(m_bundle).filePath(EvidenceFile::Decisions))
                    .contains("\"reason\":\"=SUM(1+1) who is this?\""));
    }

    void finalAfterClose()
    {
        TempWorkspace closed;
        QString error;
        QVERIFY2(DemoCampaign::create(closed, true, &error), qPrintable(error));
        const QString dir = path(QStringLiteral("final"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ROLLCALL_NOW"), Now);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ROLLCALL_CLI),
                {QStringLiteral("--workspace"), closed.path(), QStringLiteral("evidence"), DemoCampaign::Name,
                 QStringLiteral("--key"), m_key, QStringLiteral("--out"), dir});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonObject m = QJsonDocument::fromJson(readAll(QDir(dir).filePath(EvidenceFile::Manifest))).object();
        QCOMPARE(m.value(QStringLiteral("interim")).toBool(), false);
        QCOMPARE(m.value(QStringLiteral("campaign")).toObject().value(QStringLiteral("closed_by")).toString(),
                 QStringLiteral("farah.nasser@larkspur.example"));
        QCOMPARE(cli({QStringLiteral("verify"), dir}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestEvidenceCli)
#include "TestEvidenceCli.moc"
