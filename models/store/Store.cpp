// SPDX-License-Identifier: GPL-3.0-or-later
#include "Store.h"

#include "store/KeyHash.h"
#include "store/SqlScript.h"
#include "util/Clock.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Rollcall {

namespace {
// "RLCL": marks a SQLite file as a Rollcall workspace.
constexpr int ApplicationId = 0x524c434c;

QStringList migrationFiles()
{
    QStringList files = QDir(QStringLiteral(":/sql")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString& f : files)
        f.prepend(QStringLiteral(":/sql/"));
    return files;
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("rollcall-store-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Store::Store()
    : m_connectionName(nextConnectionName())
{}

Store::~Store()
{
    close();
}

int Store::latestSchemaVersion()
{
    return int(migrationFiles().size());
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Store::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

void Store::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString describeSqlError(const QSqlError& error)
{
    return describeSqlError(error.nativeErrorCode().toInt(), error.text());
}

QString describeSqlError(int code, const QString& text)
{
    switch (code & 0xff) {
    case 13: // SQLITE_FULL
        return Store::tr("the disk is full; free some space and try again (%1)").arg(text);
    case 10: // SQLITE_IOERR
        return Store::tr("the workspace could not be written: the disk may be full, removed or failing (%1)").arg(text);
    case 8: // SQLITE_READONLY
        return Store::tr("the workspace is read-only: Rollcall needs to write the file and its folder (%1)").arg(text);
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Store::tr("the workspace is busy: another Rollcall is writing to it; try again when it has finished "
                         "(%1)")
            .arg(text);
    default:
        return text;
    }
}

bool Store::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool Store::open(const QString& path, OpenMode mode)
{
    close();
    const bool ok = openDatabase(path, mode);
    if (!ok)
        close(); // after openDatabase's queries are gone, so the connection can be removed
    return ok;
}

bool Store::openDatabase(const QString& path, OpenMode mode)
{
    m_path = path;
    m_error.clear();
    const QFileInfo info(path);
    const bool existed = info.exists();
    if (!existed && mode == OpenMode::ExistingOnly)
        return fail(tr("%1: no workspace here").arg(path));
    if (existed && !info.isFile())
        return fail(tr("%1: not a file").arg(path));
    // SQLite in WAL mode writes beside the file even to read it.
    if (existed && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()))
        return fail(tr("%1: the workspace is read-only: Rollcall needs to write the file and its folder, even to read "
                       "it; copy it somewhere writable")
                        .arg(path));

    // Before SQLite's first connection (later calls change nothing): a connection is only ever used by one
    // thread at a time (Qt's rule, and each worker opens its own), so SQLite need not take a mutex in every
    // call, nor count its memory under another. A million-row reconcile makes some 40 million calls.
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    Q_UNUSED(configured);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return fail(tr("%1: cannot open: %2").arg(path, db.lastError().text()));
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0 ||
        !registerKeyHash(*static_cast<sqlite3* const*>(handle.constData())))
        return fail(tr("%1: cannot prepare the connection's functions").arg(path));

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        // Another Rollcall writing a large import or reconcile holds the file until it commits.
        const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            return fail(QStringLiteral("%1: %2").arg(path, describeSqlError(q.lastError())));
        return fail(tr("%1: not a Rollcall workspace (%2)").arg(path, q.lastError().text()));
    }
    const int appId = q.value(0).toInt();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(tr("%1: cannot read the schema version: %2").arg(path, q.lastError().text()));
    const int version = q.value(0).toInt();
    q.finish();

    const bool fresh = appId == 0 && version == 0;
    if (fresh && existed && QFileInfo(path).size() > 0) {
        // An SQLite file with tables of its own is somebody else's database.
        if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next() && q.value(0).toInt() > 0)
            return fail(tr("%1: not a Rollcall workspace (an SQLite database of another program)").arg(path));
    }
    if (!fresh && appId != ApplicationId)
        return fail(tr("%1: not a Rollcall workspace").arg(path));
    if (version > latestSchemaVersion()) {
        return fail(tr("%1: this workspace was written by a newer Rollcall (schema version %2; this version reads up "
                       "to %3). It was left untouched.")
                        .arg(path)
                        .arg(version)
                        .arg(latestSchemaVersion()));
    }

    // A new workspace gets 16 KiB pages: SQLite writes a million imported accounts about a quarter faster
    // than with its default 4 KiB, into a smaller file. A workspace keeps the size it was made with (WAL
    // mode cannot change it), so this has to come first.
    const QString pageSize = QStringLiteral("PRAGMA page_size = 16384");
    if (fresh && !q.exec(pageSize))
        return fail(tr("%1: %2 failed: %3").arg(path, pageSize, q.lastError().text()));
    for (const char* pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
          "PRAGMA cache_size = -65536"}) { // 64 MiB: a million accounts touch more than the default 2 MiB
        if (!q.exec(QString::fromLatin1(pragma)))
            return fail(tr("%1: %2 failed: %3").arg(path, QString::fromLatin1(pragma), q.lastError().text()));
    }
    // Migrations run without foreign keys: one that rebuilds a table must not cascade into others.
    if (version < latestSchemaVersion() && !migrate(version))
        return false;
    const QString foreignKeys = QStringLiteral("PRAGMA foreign_keys = ON");
    if (!q.exec(foreignKeys))
        return fail(tr("%1: %2 failed: %3").arg(path, foreignKeys, q.lastError().text()));
    return true;
}

Store::BulkWrite::BulkWrite(Store& store)
    : m_store(store)
{
    // Changing out of WAL needs the only connection: SQLite refuses while another has the file open
    // and the workspace stays in WAL. Asked without waiting: the busy timeout would otherwise hold every
    // import made with the window open for five seconds before it fell back. FULL: a rollback journal
    // is synced before the file is written.
    QSqlQuery q(store.database());
    const int busyTimeout = q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next() ? q.value(0).toInt() : 0;
    q.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
    m_active = q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && q.next() &&
               q.value(0).toString() == QLatin1String("delete");
    q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeout));
    if (m_active)
        q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
}

Store::BulkWrite::~BulkWrite()
{
    if (!m_active)
        return;
    // Back as Store::open() leaves it. Should that fail, the next open switches it back.
    QSqlQuery q(m_store.database());
    q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
}

bool Store::migrate(int fromVersion)
{
    QSqlDatabase db = database();
    const QStringList files = migrationFiles();
    for (int v = fromVersion; v < files.size(); ++v) {
        QFile file(files.at(v));
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("migration %1 is missing from this build").arg(files.at(v)));
        const QStringList statements = splitSqlScript(QString::fromUtf8(file.readAll()));
        if (!db.transaction())
            return fail(tr("%1: cannot start the migration: %2").arg(m_path, describeSqlError(db.lastError())));
        QSqlQuery q(db);
        for (const QString& statement : statements) {
            if (!q.exec(statement)) {
                const QString message =
                    tr("%1: migration %2 failed: %3").arg(m_path, files.at(v), q.lastError().text());
                db.rollback();
                return fail(message);
            }
        }
        // A migration may rewrite constraints in sqlite_schema itself; a new schema cookie makes every
        // connection, this one included, read the schema again.
        const bool cookie = q.exec(QStringLiteral("PRAGMA schema_version")) && q.next();
        const qint64 schemaCookie = cookie ? q.value(0).toLongLong() : 0;
        q.finish();
        const bool ok = cookie && q.exec(QStringLiteral("PRAGMA schema_version = %1").arg(schemaCookie + 1)) &&
                        q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)) &&
                        q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1));
        if (!ok || !db.commit()) {
            const QString message = tr("%1: cannot record migration %2: %3")
                                        .arg(m_path)
                                        .arg(v + 1)
                                        .arg(ok ? db.lastError().text() : q.lastError().text());
            db.rollback();
            return fail(message);
        }
    }
    return true;
}

int Store::schemaVersion() const
{
    QSqlQuery q(database());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

namespace {
SnapshotInfo snapshotFromQuery(const QSqlQuery& q)
{
    SnapshotInfo s;
    s.id = q.value(0).toLongLong();
    s.kind = q.value(1).toString() == QLatin1String("directory") ? SourceKind::Directory : SourceKind::Tool;
    s.tool = q.value(2).toString();
    s.format = q.value(3).toString();
    s.fileName = q.value(4).toString();
    s.fileSha256 = q.value(5).toString();
    s.fileSize = q.value(6).toLongLong();
    s.encoding = q.value(7).toString();
    s.header = q.value(8).toString();
    s.importedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
    s.rowCount = q.value(10).toLongLong();
    s.warnings = q.value(11).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    s.timeZone = q.value(12).toString();
    return s;
}

const char* const SnapshotColumns =
    "SELECT id, source_kind, tool, format, file_name, file_sha256, file_size, encoding, "
    "header, imported_at, row_count, warnings, time_zone FROM snapshot ";
} // namespace

std::optional<SnapshotInfo> Store::findSnapshot(SourceKind kind, const QString& tool, const QString& sha256) const
{
    QSqlQuery q(database());
    q.prepare(QString::fromLatin1(SnapshotColumns) +
              QStringLiteral("WHERE source_kind = ? AND tool = ? AND file_sha256 = ?"));
    q.addBindValue(sourceKindName(kind));
    q.addBindValue(tool);
    q.addBindValue(sha256);
    if (q.exec() && q.next())
        return snapshotFromQuery(q);
    return std::nullopt;
}

QList<SnapshotInfo> Store::snapshots() const
{
    QList<SnapshotInfo> result;
    QSqlQuery q(database());
    if (q.exec(QString::fromLatin1(SnapshotColumns) + QStringLiteral("ORDER BY id"))) {
        while (q.next())
            result.append(snapshotFromQuery(q));
    }
    return result;
}

QString Store::rulesText() const
{
    QSqlQuery q(database());
    return q.exec(QStringLiteral("SELECT yaml FROM rules WHERE id = 1")) && q.next() ? q.value(0).toString()
                                                                                     : QString();
}

bool Store::saveRulesText(const QString& yaml, const QString& source)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO rules (id, yaml, source, saved_at) VALUES (1, ?, ?, ?) "
                             "ON CONFLICT (id) DO UPDATE SET yaml = excluded.yaml, source = excluded.source, "
                             "saved_at = excluded.saved_at"));
    q.addBindValue(yaml);
    q.addBindValue(source);
    q.addBindValue(Clock::nowUtc().toString(Qt::ISODate));
    if (!q.exec()) {
        m_error = tr("%1: cannot save the rules: %2").arg(m_path, q.lastError().text());
        return false;
    }
    return true;
}

qint64 Store::unreconciledCount() const
{
    QSqlQuery q(database());
    return q.exec(QStringLiteral("SELECT count(*) FROM account_view WHERE class IS NULL")) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

} // namespace Rollcall
