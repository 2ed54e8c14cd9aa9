// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class QSqlError;

namespace Rollcall {

// Text columns are NOT NULL: a null QString would bind as NULL, so bind it as "".
inline QVariant sqlText(const QString& value)
{
    return value.isNull() ? QVariant(QLatin1String("")) : QVariant(value);
}

struct SnapshotInfo
{
    qint64 id = 0;
    SourceKind kind = SourceKind::Tool;
    QString tool;
    QString format;
    QString fileName;
    QString fileSha256;
    qint64 fileSize = 0;
    QString encoding;
    QString header;
    QDateTime importedAt;
    qint64 rowCount = 0;
    QStringList warnings;
    QString timeZone = QStringLiteral("UTC");
};

// An SQLite error in words a reviewer can act on: a full disk, a read-only or a busy workspace
// say so before SQLite's own text.
QString describeSqlError(const QSqlError& error);
QString describeSqlError(int code, const QString& text); // SQLite's result code and its message

// One workspace: a SQLite file in WAL mode, migrated forward on open.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    enum class OpenMode
    {
        ExistingOnly,   // the file must already be a workspace
        CreateIfMissing // `init`: create the file when it does not exist
    };

    Store();
    ~Store();
    Q_DISABLE_COPY_MOVE(Store)

    [[nodiscard]] bool open(const QString& path, OpenMode mode = OpenMode::ExistingOnly);
    void close();
    bool isOpen() const;
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }
    QSqlDatabase database() const;

    static int latestSchemaVersion();
    int schemaVersion() const;

    std::optional<SnapshotInfo> findSnapshot(SourceKind kind, const QString& tool, const QString& sha256) const;
    QList<SnapshotInfo> snapshots() const;

    // The rules YAML last given with --config, empty when none was ever given.
    QString rulesText() const;
    [[nodiscard]] bool saveRulesText(const QString& yaml, const QString& source);

    // Accounts in current snapshots that have no reconcile verdict yet.
    qint64 unreconciledCount() const;

    // For one large transaction (an import, a reconcile): while it lives, the store's connection
    // writes through a rollback journal instead of the WAL, if it is the only connection to the
    // workspace. Pages a transaction adds at the end of the file then go to disk once; through the
    // WAL they are written twice, the second time at commit. With any other connection open (the
    // window reading while an import runs) nothing changes. Make it before the transaction begins
    // and let it go after it ended: the journal mode cannot change inside one.
    class BulkWrite
    {
    public:
        explicit BulkWrite(Store& store);
        ~BulkWrite();
        Q_DISABLE_COPY_MOVE(BulkWrite)
        bool isActive() const { return m_active; } // the journal was switched

    private:
        Store& m_store;
        bool m_active = false;
    };

private:
    bool fail(const QString& message);
    bool openDatabase(const QString& path, OpenMode mode);
    bool migrate(int fromVersion);

    QString m_connectionName;
    QString m_path;
    QString m_error;
};

} // namespace Rollcall
