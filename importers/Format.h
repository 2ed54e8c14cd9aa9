// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ParseError.h"
#include "domain/Records.h"
#include "domain/Rules.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>

class QIODevice;

namespace Rollcall {

class CsvReader;
class SnapshotWriter;
class StoringThread;

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
    ~ImportSession();
    Q_DISABLE_COPY_MOVE(ImportSession)

    // The record is flagged when the reader saw a formula-like cell in it (setRecordHasFormulaCells).
    [[nodiscard]] bool addIdentity(IdentityRecord& identity);
    enum class Repeats
    {
        Refuse,   // a key seen before is an error naming both lines
        KeepFirst // a key seen before is a repeated row of the same account: skipped
    };
    [[nodiscard]] bool addAccount(AccountRecord& account, Repeats repeats = Repeats::Refuse);
    void setRecordHasFormulaCells(bool formula) { m_recordFormula = formula; }
    bool cancelled() const;
    bool fail(const ParseError& error);
    void warn(const QString& warning) { m_warnings.append(warning); }

    // For exports with one row per membership (a user's groups or projects spread over the file): the account
    // gathered under `key`, its accountKey, created on first sight (then *created is true). The reference holds
    // until the accounts are written. The account is flagged when any of its rows had a formula-like cell.
    AccountRecord& foldAccount(const QString& key, bool* created = nullptr);
    // The memberships noted for the folded account `key`, in file order; when there are any, they are written as
    // its tool role, joined by ", ".
    QStringList& foldedMemberships(const QString& key);
    // Writes the folded accounts in first-seen order; CsvFormat::read and JsonFormat::read call it once the whole
    // file has been read.
    [[nodiscard]] bool writeFoldedAccounts();
    // Records are stored on a second thread as they come; this waits for the last of them. Call it once
    // the format has read the file, before committing or rolling back. False with error() set when a
    // record could not be stored (an earlier record than any where reading stopped).
    [[nodiscard]] bool finishStoring();

    const ParseError& error() const { return m_error; }
    QStringList warnings() const;
    // Signs that a spreadsheet re-saved the file ("UTF-16 text", "a BOM", "locale dates"...); one warning at the end.
    void noteSpreadsheetSign(const QString& sign);
    // Header and encoding, recorded with the snapshot.
    QString header;
    QString encoding;
    QString mappingYaml; // the --mapping file's text, for formats that need it
    QString mappingPath; // ...and its name, for messages
    ImportLimits limits; // rollcall.yaml `limits`
    std::function<void()> progress;

private:
    bool remember(const QString& key, qint64 line, const QString& path, const QString& what);
    bool countRecord(qint64 line, const QString& jsonPath);

    std::unique_ptr<StoringThread> m_storing;
    const std::atomic_bool* m_cancel;
    struct Place
    {
        qint64 line;
        QString path;
    };
    QHash<QString, Place> m_keys; // where each key was first seen
    ParseError m_error;
    QStringList m_warnings;
    QStringList m_spreadsheetSigns;
    bool m_recordFormula = false;
    qint64 m_records = 0; // identities and accounts so far, against limits.maxRows
    struct Folded
    {
        AccountRecord account;
        QStringList memberships;
        bool formula = false; // any of its rows had a formula-like cell
    };
    std::deque<Folded> m_folded; // in first-seen order; a deque keeps references stable
    QHash<QString, size_t> m_foldedIndex;
};

// Ranks Privilege:: values from None (0) to Owner, to keep the highest of several grants; -1 for anything else.
int privilegeRank(const QString& privilege);

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
