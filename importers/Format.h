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
    QString headText;  // head decoded as text, BOM dropped
    bool json = false; // the first character is `{` or `[`
    QStringList normalisedHeader;
    QStringList header;
    QString mappingYaml; // the --mapping file's text, for formats that need a column mapping
};

// Shared by every format during one import: where rows go, cancellation, progress, first error.
class ImportSession
{
    Q_DECLARE_TR_FUNCTIONS(ImportSession)

public:
    ImportSession(SnapshotWriter& writer, const std::atomic_bool* cancel);

    // The record is flagged when the reader saw a formula-like cell in it (setRecordHasFormulaCells).
    [[nodiscard]] bool addIdentity(IdentityRecord& identity);
    [[nodiscard]] bool addAccount(AccountRecord& account);
    void setRecordHasFormulaCells(bool formula) { m_recordFormula = formula; }
    bool seen(const QString& key) const { return m_keys.contains(key); }
    bool cancelled() const;
    bool fail(const ParseError& error);
    void warn(const QString& warning) { m_warnings.append(warning); }

    const ParseError& error() const { return m_error; }
    QStringList warnings() const;
    // Signs that a spreadsheet re-saved the file ("UTF-16 text", "a BOM", "locale dates"...); one warning at the end.
    void noteSpreadsheetSign(const QString& sign);
    // Header and encoding, recorded with the snapshot.
    QString header;
    QString encoding;
    QString mappingYaml; // the --mapping file's text, for formats that need it
    std::function<void()> progress;

private:
    bool remember(const QString& key, qint64 line, const QString& path, const QString& what);

    SnapshotWriter& m_writer;
    const std::atomic_bool* m_cancel;
    QHash<QString, QString> m_keys; // key -> where it was first seen ("line 3", "$[2]")
    ParseError m_error;
    QStringList m_warnings;
    QStringList m_spreadsheetSigns;
    bool m_recordFormula = false;
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
