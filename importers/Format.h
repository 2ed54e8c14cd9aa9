// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ParseError.h"
#include "domain/Records.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QIODevice;

namespace Rollcall {

class CsvReader;
class SnapshotWriter;

// What detection may look at: the first bytes and, when they parse as CSV, the normalised header.
struct Sniff
{
    QByteArray head;
    QStringList normalisedHeader;
    QStringList header;
};

// Shared by every format during one import: where rows go, cancellation, progress, first error.
class ImportSession
{
    Q_DECLARE_TR_FUNCTIONS(ImportSession)

public:
    ImportSession(SnapshotWriter& writer, const std::atomic_bool* cancel);

    [[nodiscard]] bool addIdentity(const IdentityRecord& identity);
    [[nodiscard]] bool addAccount(const AccountRecord& account);
    // Line of the first row with this key, or 0 if it has not been seen.
    qint64 firstLineOf(const QString& key) const { return m_keys.value(key, 0); }
    bool cancelled() const;
    bool fail(const ParseError& error);
    void warn(const QString& warning) { m_warnings.append(warning); }

    const ParseError& error() const { return m_error; }
    const QStringList& warnings() const { return m_warnings; }
    // Header and encoding, recorded with the snapshot.
    QString header;
    QString encoding;
    std::function<void()> progress;

private:
    bool remember(const QString& key, qint64 line, const QString& what);

    SnapshotWriter& m_writer;
    const std::atomic_bool* m_cancel;
    QHash<QString, qint64> m_keys;
    ParseError m_error;
    QStringList m_warnings;
};

// One export format: how it is recognised and how its rows become identities or accounts.
class Format
{
public:
    virtual ~Format() = default;
    virtual QString id() const = 0;
    virtual QString title() const = 0;
    virtual SourceKind kind() const = 0;
    // In words, for `rollcall-cli formats`.
    virtual QString detectionRule() const = 0;
    virtual bool detect(const Sniff& sniff) const = 0;
    // Reads the whole device into the session. False with session.error() set on the first bad row.
    virtual bool read(QIODevice& device, ImportSession& session) const = 0;
};

// Every format Rollcall reads, in the order `formats` lists them.
class FormatRegistry
{
public:
    static const QList<const Format*>& all();
    static const Format* byId(const QString& id);
};

} // namespace Rollcall
