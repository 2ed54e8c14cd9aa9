// SPDX-License-Identifier: GPL-3.0-or-later
#include "Signer.h"

#include "campaign/Attestation.h"

#include <QFile>
#include <QFileInfo>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Rollcall {

struct SigningKey::Key
{
    EVP_PKEY* pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

namespace {

// The last libcrypto error as text, and the error queue emptied.
QString opensslError()
{
    unsigned long code = 0;
    unsigned long last = 0;
    while ((code = ERR_get_error()) != 0)
        last = code;
    if (!last)
        return QStringLiteral("unknown OpenSSL error");
    char text[256];
    ERR_error_string_n(last, text, sizeof text);
    return QString::fromLatin1(text);
}

struct Bio
{
    BIO* bio;
    explicit Bio(BIO* b)
        : bio(b)
    {}
    ~Bio() { BIO_free(bio); }
    QByteArray bytes() const
    {
        char* data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        return QByteArray(data, int(size));
    }
};

// The passphrase for PEM_read_bio_PrivateKey; never a terminal prompt.
int passphraseCallback(char* buf, int size, int, void* user)
{
    const QByteArray* passphrase = static_cast<const QByteArray*>(user);
    if (!passphrase || passphrase->isEmpty() || passphrase->size() > size)
        return -1;
    std::memcpy(buf, passphrase->constData(), size_t(passphrase->size()));
    return int(passphrase->size());
}

bool readSmallFile(const QString& path, QByteArray& out, QString& error, const QString& what)
{
    QFile file(path);
    if (QFileInfo(path).size() > 64 * 1024) {
        error = QCoreApplication::translate("SigningKey", "%1: too large for %2").arg(path, what);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    out = file.readAll();
    return true;
}

} // namespace

SigningKey::SigningKey() = default;
SigningKey::~SigningKey() = default;
SigningKey::SigningKey(SigningKey&&) noexcept = default;
SigningKey& SigningKey::operator=(SigningKey&&) noexcept = default;

bool SigningKey::generate(SigningKey& out, QString& error)
{
    EVP_PKEY* pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!pkey) {
        error = tr("cannot generate an Ed25519 key: %1").arg(opensslError());
        return false;
    }
    out.m_key = std::make_unique<Key>();
    out.m_key->pkey = pkey;
    out.m_private = true;
    return true;
}

bool SigningKey::readPrivateKey(const QString& path, const QByteArray& passphrase, SigningKey& out, QString& error)
{
    QByteArray pem;
    if (!readSmallFile(path, pem, error, tr("a key file")))
        return false;
    const bool encrypted = pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----");
    if (encrypted && passphrase.isEmpty()) {
        error = tr("%1: the key is encrypted; give its passphrase with --passphrase-file FILE").arg(path);
        return false;
    }
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    QByteArray pass = passphrase;
    EVP_PKEY* pkey = PEM_read_bio_PrivateKey(bio.bio, nullptr, passphraseCallback, &pass);
    OPENSSL_cleanse(pass.data(), size_t(pass.size()));
    OPENSSL_cleanse(pem.data(), size_t(pem.size()));
    if (!pkey) {
        const QString why = opensslError();
        error = encrypted ? tr("%1: cannot decrypt the key (wrong passphrase?): %2").arg(path, why)
                          : tr("%1: not a PEM private key: %2").arg(path, why);
        return false;
    }
    if (!EVP_PKEY_is_a(pkey, "ED25519")) {
        EVP_PKEY_free(pkey);
        error = tr("%1: not an Ed25519 key; create one with `rollcall-cli keygen --out KEY.pem`").arg(path);
        return false;
    }
    out.m_key = std::make_unique<Key>();
    out.m_key->pkey = pkey;
    out.m_private = true;
    return true;
}

bool SigningKey::readPublicKey(const QString& path, SigningKey& out, QString& error)
{
    QByteArray pem;
    if (!readSmallFile(path, pem, error, tr("a public key")))
        return false;
    return fromPublicPem(pem, path, out, error);
}

bool SigningKey::fromPublicPem(const QByteArray& pem, const QString& shownName, SigningKey& out, QString& error)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    EVP_PKEY* pkey = PEM_read_bio_PUBKEY(bio.bio, nullptr, nullptr, nullptr);
    if (!pkey) {
        error = tr("%1: not a PEM public key (-----BEGIN PUBLIC KEY-----): %2").arg(shownName, opensslError());
        return false;
    }
    if (!EVP_PKEY_is_a(pkey, "ED25519")) {
        EVP_PKEY_free(pkey);
        error = tr("%1: not an Ed25519 public key").arg(shownName);
        return false;
    }
    out.m_key = std::make_unique<Key>();
    out.m_key->pkey = pkey;
    out.m_private = false;
    return true;
}

bool SigningKey::writeNewFile(const QString& path, const QByteArray& bytes, int mode, QString& error)
{
    // O_EXCL: never replaces an existing file (or follows a planted symbolic link); the mode is set at
    // creation, so the key is never readable by others, not even for a moment.
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(mode));
    if (fd < 0) {
        error = errno == EEXIST ? tr("%1: exists already; a key is never overwritten").arg(path)
                                : QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    qint64 done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            error = QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
            ::close(fd);
            ::unlink(native.constData());
            return false;
        }
        done += n;
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        error = QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        ::unlink(native.constData());
        return false;
    }
    return true;
}

bool SigningKey::writePrivateKey(const QString& path, const QByteArray& passphrase, QString& error) const
{
    if (!m_key || !m_private) {
        error = tr("no private key to write");
        return false;
    }
    Bio bio(BIO_new(BIO_s_mem()));
    QByteArray pass = passphrase;
    const int ok = passphrase.isEmpty()
                       ? PEM_write_bio_PrivateKey(bio.bio, m_key->pkey, nullptr, nullptr, 0, nullptr, nullptr)
                       : PEM_write_bio_PrivateKey(bio.bio, m_key->pkey, EVP_aes_256_cbc(),
                                                  reinterpret_cast<unsigned char*>(pass.data()), int(pass.size()),
                                                  nullptr, nullptr);
    OPENSSL_cleanse(pass.data(), size_t(pass.size()));
    if (!ok) {
        error = tr("%1: cannot encode the key: %2").arg(path, opensslError());
        return false;
    }
    QByteArray pem = bio.bytes();
    const bool written = writeNewFile(path, pem, 0600, error);
    OPENSSL_cleanse(pem.data(), size_t(pem.size()));
    return written;
}

QByteArray SigningKey::publicPem() const
{
    if (!m_key)
        return {};
    Bio bio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_PUBKEY(bio.bio, m_key->pkey))
        return {};
    return bio.bytes();
}

QByteArray SigningKey::publicDer() const
{
    if (!m_key)
        return {};
    unsigned char* der = nullptr;
    const int size = i2d_PUBKEY(m_key->pkey, &der);
    if (size <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char*>(der), size);
    OPENSSL_free(der);
    return out;
}

QString SigningKey::fingerprint() const
{
    const QByteArray der = publicDer();
    return der.isEmpty() ? QString() : sha256Hex(der);
}

bool SigningKey::sign(const QByteArray& message, QByteArray& signature, QString& error) const
{
    if (!m_key || !m_private) {
        error = tr("no private key to sign with");
        return false;
    }
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    size_t size = 0;
    bool ok = ctx && EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, m_key->pkey) == 1 &&
              EVP_DigestSign(ctx, nullptr, &size, reinterpret_cast<const unsigned char*>(message.constData()),
                             size_t(message.size())) == 1;
    if (ok) {
        signature.resize(qsizetype(size));
        ok = EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(signature.data()), &size,
                            reinterpret_cast<const unsigned char*>(message.constData()), size_t(message.size())) == 1;
        signature.resize(qsizetype(size));
    }
    EVP_MD_CTX_free(ctx);
    if (!ok)
        error = tr("cannot sign: %1").arg(opensslError());
    return ok;
}

bool SigningKey::verify(const QByteArray& message, const QByteArray& signature) const
{
    if (!m_key)
        return false;
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool ok =
        ctx && EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, m_key->pkey) == 1 &&
        EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char*>(signature.constData()), size_t(signature.size()),
                         reinterpret_cast<const unsigned char*>(message.constData()), size_t(message.size())) == 1;
    EVP_MD_CTX_free(ctx);
    ERR_clear_error();
    return ok;
}

bool SigningKey::readPassphraseFile(const QString& path, QByteArray& passphrase, QString& error)
{
    QByteArray bytes;
    if (!readSmallFile(path, bytes, error, tr("a passphrase file")))
        return false;
    qsizetype end = bytes.indexOf('\n');
    if (end < 0)
        end = bytes.size();
    if (end > 0 && bytes.at(end - 1) == '\r')
        --end;
    passphrase = bytes.left(end);
    OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    if (passphrase.isEmpty()) {
        error = tr("%1:1: the passphrase is empty").arg(path);
        return false;
    }
    return true;
}

} // namespace Rollcall
