// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"
#include "store/Store.h"

#include "store/RecordValues.h"
#include "store/SqliteStatement.h"

#include <optional>
#include <vector>

namespace Rollcall {

// Writes one snapshot inside one transaction: every row or none. Destroying a writer that was
// not committed rolls the transaction back.
class SnapshotWriter
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotWriter)

public:
    explicit SnapshotWriter(Store& store);
    ~SnapshotWriter();
    Q_DISABLE_COPY_MOVE(SnapshotWriter)

    [[nodiscard]] bool begin(const SnapshotInfo& info);
    [[nodiscard]] bool addIdentity(const IdentityRecord& identity);
    // With skipRepeatedKey, an account whose key the snapshot already holds is skipped, not an error.
    // addIdentity and addAccount only use SQLite's own handle, never the Qt connection, so another
    // thread may call them while the owner waits; a refused record leaves the rollback to the owner.
    [[nodiscard]] bool addAccount(const AccountRecord& account, bool skipRepeatedKey = false);
    // The same in two halves: values() turns a record into the insert's values (no workspace needed,
    // any thread), add*() stores them.
    static constexpr int AccountKeyHashValue = 23; // where values() puts an account's key hash
    static RecordValues values(const IdentityRecord& identity);
    static RecordValues values(const AccountRecord& account);
    [[nodiscard]] bool addIdentity(const RecordValues& identity);
    [[nodiscard]] bool addAccount(const RecordValues& account, bool skipRepeatedKey);
    // Finds repeated keys once every record is in (accounts, or a directory's identities). A repeat is refused
    // unless it was added with skipRepeatedKey (then the later record will be dropped): errorString() says which
    // key, errorLine() the later record's line. Enough when the import has failed anyway and only the first
    // error matters.
    [[nodiscard]] bool checkKeys();
    // Checks, drops the repeats to be dropped and records a tool snapshot's account keys in hash order; commit()
    // does it when it was not done.
    [[nodiscard]] bool indexKeys();
    // Encoding, header line and warnings are known only once reading started; stored on commit.
    void setSourceDetails(const QString& encoding, const QString& header, const QStringList& warnings);
    [[nodiscard]] bool commit();
    void rollback();

    qint64 snapshotId() const { return m_snapshotId; }
    qint64 rowCount() const { return m_rows; }
    QString errorString() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; } // the record checkKeys() refused, else 0

private:
    bool fail(const QString& message);   // and rolls back
    bool refuse(const QString& message); // a record was refused: the transaction stays for the owner to end
    void restoreConnection();            // the cache size and journal as they were before begin()

    Store& m_store;
    SqliteStatement m_identityInsert;
    SqliteStatement m_accountInsert;
    SqliteStatement m_keyLookup; // a record's key and line by its id
    SnapshotInfo m_info;
    qint64 m_snapshotId = 0;
    qint64 m_rows = 0;
    struct RecordKey // 16 bytes: a million-row import keeps a million of them
    {
        qint64 hash = 0;
        qint64 idAndKeepFirst = 0; // record id * 2 + 1 if a repeat is dropped rather than refused; 0 for a repeat
        qint64 recordId() const { return idAndKeepFirst >> 1; }
        bool keepFirst() const { return idAndKeepFirst & 1; }
    };
    std::vector<RecordKey> m_recordKeys;  // this snapshot's, in arrival order until checked
    std::vector<qint64> m_droppedRepeats; // accounts that repeat an earlier key where the first is kept
    enum class KeysState
    {
        Open,
        Checked,
        Indexed,
        Failed, // a repeat was refused or the keys could not be stored
    };
    KeysState m_keys = KeysState::Open;
    qint64 m_cacheSize = 0; // the connection's own, while an import runs with less
    std::optional<Store::BulkWrite> m_bulkWrite;
    qint64 m_errorLine = 0;
    bool m_active = false;
    QString m_error;
};

} // namespace Rollcall
