// SPDX-License-Identifier: GPL-3.0-or-later
// rollcall-cli: signing keys, evidence bundles and their verification (issue 7).
#include "Cli.h"

#include "EvidenceReports.h"
#include "domain/Rules.h"
#include "evidence/EvidenceVerifier.h"
#include "evidence/EvidenceWriter.h"
#include "evidence/Signer.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>

namespace Rollcall {

namespace {

// KEY.pem -> KEY.pub.pem; any other name gets .pub.pem appended.
QString publicKeyPath(const QString& privatePath)
{
    if (privatePath.endsWith(QLatin1String(".pem")))
        return privatePath.left(privatePath.size() - 4) + QStringLiteral(".pub.pem");
    return privatePath + QStringLiteral(".pub.pem");
}

} // namespace

bool Cli::readPassphrase(QByteArray& passphrase)
{
    passphrase.clear();
    if (!m_parser.isSet(QStringLiteral("passphrase-file")))
        return true;
    QString error;
    if (!SigningKey::readPassphraseFile(m_parser.value(QStringLiteral("passphrase-file")), passphrase, error)) {
        m_err << error << '\n';
        return false;
    }
    return true;
}

int Cli::keygen()
{
    if (!m_args.isEmpty() || !m_parser.isSet(QStringLiteral("out")))
        return usage(tr("keygen --out KEY.pem [--passphrase-file FILE]"));
    const QString path = m_parser.value(QStringLiteral("out"));
    const QString pubPath = publicKeyPath(path);
    for (const QString& p : {path, pubPath}) {
        if (QFileInfo::exists(p) || QFileInfo(p).isSymLink())
            return dataError(tr("%1: exists already; a key is never overwritten").arg(p));
    }
    QByteArray passphrase;
    if (!readPassphrase(passphrase))
        return DataError;
    SigningKey key;
    QString error;
    if (!SigningKey::generate(key, error) || !key.writePrivateKey(path, passphrase, error))
        return dataError(error);
    if (!SigningKey::writeNewFile(pubPath, key.publicPem(), 0644, error)) {
        QFile::remove(path);
        return dataError(error);
    }
    m_out << tr("Wrote the Ed25519 private key %1 (mode 0600%2) and its public key %3.")
                 .arg(path, passphrase.isEmpty() ? tr(", not encrypted") : tr(", encrypted with the passphrase"),
                      pubPath)
          << '\n';
    m_out << tr("Fingerprint (SHA-256 of the public key's DER SubjectPublicKeyInfo): %1").arg(key.fingerprint())
          << '\n';
    return Ok;
}

int Cli::evidence()
{
    if (m_args.size() != 1 || !m_parser.isSet(QStringLiteral("key")) || !m_parser.isSet(QStringLiteral("out")))
        return usage(tr("evidence NAME --key KEY.pem --out DIR [--passphrase-file FILE]"));
    QByteArray passphrase;
    if (!readPassphrase(passphrase))
        return DataError;
    SigningKey key;
    QString error;
    if (!SigningKey::readPrivateKey(m_parser.value(QStringLiteral("key")), passphrase, key, error))
        return dataError(error);
    Store store;
    Rules rules;
    if (!openWorkspace(store, rules))
        return DataError;
    EvidenceWriter writer(store, rules);
    EvidenceReports::addBundleProducers(writer, store);
    EvidenceResult result;
    const QString dir = m_parser.value(QStringLiteral("out"));
    if (!writer.write(m_args.first(), key, dir, result))
        return dataError(writer.errorString());
    const EvidenceManifest& m = result.manifest;
    m_out << tr("Wrote the %1 evidence bundle of campaign %2 to %3: %n file(s).", nullptr, int(result.files.size()))
                 .arg(m.interim ? tr("INTERIM") : tr("final"), m.campaign, QDir::toNativeSeparators(dir))
          << '\n';
    if (m.interim)
        m_out << tr("The campaign is still open: the bundle says so; write it again after `campaign close %1`.")
                     .arg(m.campaign)
              << '\n';
    m_out << tr("Population: %n account(s); decisions: attestations %1 to %2, head %3.", nullptr,
                int(m.populationTotal))
                 .arg(m.firstSeq)
                 .arg(m.lastSeq)
                 .arg(m.chainHead)
          << '\n';
    m_out << tr("manifest.json SHA-256: %1").arg(result.manifestSha256) << '\n';
    m_out << tr("Signer fingerprint: %1").arg(m.signerFingerprint) << '\n';
    return Ok;
}

int Cli::verifyEvidence()
{
    if (m_args.size() != 1)
        return usage(tr("verify DIR [--trust PUB.pem]"));
    const QString dir = m_args.first();
    SigningKey trusted;
    const bool haveTrust = m_parser.isSet(QStringLiteral("trust"));
    QString error;
    if (haveTrust && !SigningKey::readPublicKey(m_parser.value(QStringLiteral("trust")), trusted, error))
        return dataError(error);
    const EvidenceVerification v =
        EvidenceVerifier::verify(dir, haveTrust ? &trusted : nullptr, m_parser.value(QStringLiteral("trust")));
    const QDir folder(dir);
    if (!v.ok()) {
        for (const EvidenceProblem& p : v.problems) {
            EvidenceProblem shown = p;
            shown.file = p.file.isEmpty() ? QString() : folder.filePath(p.file);
            m_err << shown.text() << '\n';
        }
        m_err << tr("%1: NOT verified: %n problem(s) above", nullptr, int(v.problems.size())).arg(dir) << '\n';
        return DataError;
    }
    for (const QString& check : v.passed)
        m_out << tr("ok: %1").arg(check) << '\n';
    const EvidenceManifest& m = v.bundle.manifest;
    m_out << tr("%1: verified: campaign %2 (%3), written %4.")
                 .arg(dir, m.campaign, m.interim ? tr("INTERIM, the campaign was open") : tr("closed"), m.createdAt)
          << '\n';
    if (!v.trusted)
        m_out << tr("The signer's key is the bundle's own: compare its fingerprint %1 with the one the signer gave "
                    "you, or pass --trust PUB.pem.")
                     .arg(v.bundle.signerFingerprint)
              << '\n';
    return Ok;
}

} // namespace Rollcall
