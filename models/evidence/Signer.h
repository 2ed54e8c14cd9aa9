// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Rollcall {

// Ed25519 keys and signatures through OpenSSL's libcrypto (EVP, OpenSSL 3.0).
//
// Files: the private key is PKCS#8 PEM ("BEGIN PRIVATE KEY", or "BEGIN ENCRYPTED PRIVATE KEY" with
// AES-256-CBC under a passphrase), created with mode 0600; the public key is SubjectPublicKeyInfo PEM
// ("BEGIN PUBLIC KEY"), what `openssl pkeyutl -verify -pubin -inkey` reads.
//
// Fingerprint: SHA-256 of the DER SubjectPublicKeyInfo, 64 lower-case hex digits, the same as
// `openssl pkey -pubin -in KEY.pub.pem -outform DER | sha256sum`.
class SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(SigningKey)

public:
    SigningKey();
    ~SigningKey();
    SigningKey(SigningKey&&) noexcept;
    SigningKey& operator=(SigningKey&&) noexcept;
    Q_DISABLE_COPY(SigningKey)

    bool isNull() const { return !m_key; }
    bool hasPrivateKey() const { return m_private; }

    [[nodiscard]] static bool generate(SigningKey& out, QString& error);
    // A private key PEM; `passphrase` only for an encrypted one. Anything but Ed25519 is refused.
    [[nodiscard]] static bool readPrivateKey(const QString& path, const QByteArray& passphrase, SigningKey& out,
                                             QString& error);
    [[nodiscard]] static bool readPublicKey(const QString& path, SigningKey& out, QString& error);
    [[nodiscard]] static bool fromPublicPem(const QByteArray& pem, const QString& shownName, SigningKey& out,
                                            QString& error);

    // Creates `path` with mode 0600 (never overwriting), then writes the key; an empty passphrase leaves it
    // unencrypted.
    [[nodiscard]] bool writePrivateKey(const QString& path, const QByteArray& passphrase, QString& error) const;
    QByteArray publicPem() const;
    QByteArray publicDer() const;
    QString fingerprint() const; // SHA-256 of publicDer(), hex

    // Ed25519 over the exact bytes (64-byte signature; deterministic).
    [[nodiscard]] bool sign(const QByteArray& message, QByteArray& signature, QString& error) const;
    bool verify(const QByteArray& message, const QByteArray& signature) const;

    // The first line of a passphrase file, without its line break. False when unreadable or empty.
    [[nodiscard]] static bool readPassphraseFile(const QString& path, QByteArray& passphrase, QString& error);
    // Creates a new file with `mode` (O_EXCL: an existing file is an error) and writes `bytes` to it.
    [[nodiscard]] static bool writeNewFile(const QString& path, const QByteArray& bytes, int mode, QString& error);

private:
    struct Key;
    std::unique_ptr<Key> m_key;
    bool m_private = false;
};

} // namespace Rollcall
