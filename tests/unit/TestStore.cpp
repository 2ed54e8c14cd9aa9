// SPDX-License-Identifier: GPL-3.0-or-later
#include "TempWorkspace.h"
#include "store/KeyHash.h"
#include "store/SnapshotWriter.h"
#include "store/SqlScript.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Rollcall;

namespace {
QByteArray fileHash(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Writes an SQLite file with raw PRAGMAs, as another program or a newer Rollcall would.
void makeSqlite(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString& s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}
} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAppliesMigrations()
    {
        TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.store().errorString()));
        QVERIFY(Store::latestSchemaVersion() >= 1);
        QCOMPARE(ws.store().schemaVersion(), Store::latestSchemaVersion());
        QSqlQuery q(ws.store().database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        QCOMPARE(q.value(0).toInt(), 16384);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        for (const char* table : {"snapshot", "identity", "account", "link", "rules"})
            QCOMPARE(
                ws.count(
                    QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'").arg(QLatin1String(table))),
                qint64(1));
    }

    void reopenKeepsData()
    {
        TempWorkspace ws;
        QVERIFY(ws.store().saveRulesText(QStringLiteral("stale_after_days: 30\n"), QStringLiteral("r.yaml")));
        ws.store().close();
        Store again;
        QVERIFY2(again.open(ws.path()), qPrintable(again.errorString()));
        QCOMPARE(again.rulesText(), QStringLiteral("stale_after_days: 30\n"));
    }

    void missingFileIsNotCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent.rollcall"));
        Store store;
        QVERIFY(!store.open(path));
        QVERIFY(store.errorString().contains(QStringLiteral("no workspace here")));
        QVERIFY(!QFile::exists(path));
    }

    void newerWorkspaceIsRefusedAndUntouched()
    {
        TempWorkspace ws;
        const QString path = ws.path();
        ws.store().close();
        makeSqlite(path, {QStringLiteral("PRAGMA user_version = %1").arg(Store::latestSchemaVersion() + 1)});
        const QByteArray before = fileHash(path);
        Store store;
        QVERIFY(!store.open(path));
        QVERIFY2(store.errorString().contains(QStringLiteral("newer Rollcall")), qPrintable(store.errorString()));
        QCOMPARE(fileHash(path), before);
    }

    void foreignSqliteIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        makeSqlite(path, {QStringLiteral("CREATE TABLE notes (id INTEGER)")});
        const QByteArray before = fileHash(path);
        Store store;
        QVERIFY(!store.open(path));
        QVERIFY2(store.errorString().contains(QStringLiteral("not a Rollcall workspace")),
                 qPrintable(store.errorString()));
        QCOMPARE(fileHash(path), before);
    }

    void junkFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("junk.rollcall"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, '\x5a'));
        f.close();
        Store store;
        QVERIFY(!store.open(path));
        QVERIFY2(store.errorString().contains(QStringLiteral("not a Rollcall workspace")),
                 qPrintable(store.errorString()));
    }

    // A workspace written at schema version 1 gains the later columns and keeps its rows.
    void migratesFromVersion1()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.rollcall"));
        QFile script(QStringLiteral(":/sql/001_initial.sql"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        QStringList statements = splitSqlScript(QString::fromUtf8(script.readAll()));
        statements << QStringLiteral("INSERT INTO snapshot (source_kind, tool, format, file_name, file_sha256, "
                                     "file_size, imported_at) VALUES ('tool', 'gh', 'x', 'f.csv', 'abc', 1, '2026')")
                   << QStringLiteral("INSERT INTO account (snapshot_id, tool, account_key, raw, line) VALUES (1, 'gh', "
                                     "'octocat', 'octocat', 2)")
                   << QStringLiteral("INSERT INTO account (snapshot_id, tool, account_key, raw, line) VALUES (1, 'gh', "
                                     "'Jürgen-Ø', 'Jürgen-Ø', 3)")
                   << QStringLiteral("INSERT INTO link (account_id, class, reconciled_at) VALUES (2, 'unmanaged', "
                                     "'2026')")
                   << QStringLiteral("INSERT INTO snapshot (source_kind, tool, format, file_name, file_sha256, "
                                     "file_size, imported_at) VALUES ('directory', '', 'x', 'd.csv', 'def', 1, '2026')")
                   << QStringLiteral("INSERT INTO identity (snapshot_id, source_key, email, status, raw, line) VALUES "
                                     "(2, 'u-1', 'octo@example.com', 'active', 'u-1', 2)")
                   << QStringLiteral("INSERT INTO link (account_id, identity_id, class, reconciled_at) VALUES (1, 1, "
                                     "'managed', '2026')")
                   << QStringLiteral("PRAGMA application_id = %1").arg(0x524c434c)
                   << QStringLiteral("PRAGMA user_version = 1");
        makeSqlite(path, statements);
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT account_key, state, tool_role FROM account_view ORDER BY id")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("octocat"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("active"));
        QVERIFY(q.value(2).toString().isEmpty());
        // Schema 7 rebuilds the account table without foreign keys: the verdict on the second account stays.
        QVERIFY(q.exec(QStringLiteral("SELECT a.account_key, l.class FROM link l JOIN account a ON a.id = "
                                      "l.account_id WHERE l.identity_id IS NULL")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Jürgen-Ø"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("unmanaged"));
        // Schema 8 rebuilds the identity table the same way: the first account keeps its owner.
        QVERIFY(q.exec(QStringLiteral("SELECT class, owner FROM account_view WHERE account_key = 'octocat'")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("managed"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("octo@example.com"));
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master WHERE "
                                      "tbl_name = 'identity' AND type = 'index' ORDER BY name)")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("identity_owner identity_snapshot")); // no UNIQUE index

        // Schema 6 spells the CHECK constraints as comparisons (no temporary B-tree per insert); they hold
        // as before, on this connection (which migrated) and on a new one.
        QVERIFY(q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE name IN ('identity', 'account', "
                                      "'link')")));
        int tables = 0;
        while (q.next()) {
            ++tables;
            QVERIFY2(!q.value(1).toString().contains(QLatin1String(" IN (")), qPrintable(q.value(1).toString()));
        }
        QCOMPARE(tables, 3);
        QVERIFY(q.exec(QStringLiteral("EXPLAIN INSERT INTO link (account_id, class, reconciled_at) VALUES (3, "
                                      "'managed', 'now')")));
        while (q.next())
            QVERIFY(q.value(1).toString() != QLatin1String("OpenEphemeral"));
        Store other;
        QVERIFY2(other.open(path), qPrintable(other.errorString()));
        for (Store* s : {&store, &other}) {
            QSqlQuery bad(s->database());
            QVERIFY(bad.exec(QStringLiteral("DELETE FROM link")));
            QVERIFY(!bad.exec(QStringLiteral("UPDATE account SET state = 'gone'")));
            QVERIFY(bad.lastError().text().contains(QLatin1String("CHECK constraint failed")));
            QVERIFY(!bad.exec(QStringLiteral("INSERT INTO link (account_id, class, reconciled_at) VALUES (1, 'owned', "
                                             "'now')")));
            QVERIFY(!bad.exec(QStringLiteral("INSERT INTO link (account_id, class, reconciled_at, recommendation) "
                                             "VALUES (1, 'managed', 'now', 'delete')")));
            QVERIFY(bad.exec(QStringLiteral("INSERT INTO link (account_id, class, reconciled_at, recommendation) "
                                            "VALUES (1, 'break-glass', 'now', 'review')")));
        }
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));

        // Schema 7 rebuilt the account table: keys are found by their hash, the verdict of the second
        // account survived (checked above), and foreign keys are on again afterwards.
        QVERIFY(q.exec(QStringLiteral("SELECT account_key, key_hash FROM account ORDER BY id")));
        int accounts = 0;
        while (q.next()) {
            ++accounts;
            QCOMPARE(q.value(1).toLongLong(), keyHash(q.value(0).toString()));
        }
        QCOMPARE(accounts, 2);
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE tbl_name = 'account' AND type = "
                                      "'index'")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("account_snapshot"));
        QVERIFY(!q.next());
        QCOMPARE(q.exec(QStringLiteral("SELECT count(*) FROM account_key k JOIN account a ON a.id = k.account_id AND "
                                       "a.key_hash = k.key_hash AND a.snapshot_id = k.snapshot_id")) &&
                     q.next(),
                 true);
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!q.next());
        q.prepare(QStringLiteral("SELECT a.line FROM account_key k JOIN account a ON a.id = k.account_id WHERE "
                                 "k.snapshot_id = 1 AND k.key_hash = key_hash(?) AND a.account_key = ?"));
        q.addBindValue(QStringLiteral("Jürgen-Ø"));
        q.addBindValue(QStringLiteral("Jürgen-Ø"));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
    }

    // The key hash is FNV-1a 64 over UTF-8: stored in every workspace, so it must never change.
    void keyHashIsFnv1a()
    {
        QCOMPARE(quint64(keyHash(QByteArrayView(""))), 0xcbf29ce484222325ULL);
        QCOMPARE(quint64(keyHash(QByteArrayView("a"))), 0xaf63dc4c8601ec8cULL);
        QCOMPARE(quint64(keyHash(QByteArrayView("foobar"))), 0x85944171f73967e8ULL);
        QCOMPARE(keyHash(QStringView(u"Jürgen-Ø")), keyHash(QStringLiteral("Jürgen-Ø").toUtf8()));
        TempWorkspace ws;
        QSqlQuery q(ws.store().database());
        q.prepare(QStringLiteral("SELECT key_hash(?), key_hash(NULL)"));
        q.addBindValue(QStringLiteral("Jürgen-Ø"));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toLongLong(), keyHash(QStringView(u"Jürgen-Ø")));
        QVERIFY(q.value(1).isNull());
    }

    // Repeated keys are found among the sorted hashes when the rows are in; keys that share a hash are
    // told apart (forced here by a writer that hashes into 256 values), and a repeat is named with its
    // first line, or dropped for formats that keep the first record.
    void repeatedAccountKeys_data()
    {
        QTest::addColumn<bool>("keepFirst");
        QTest::addColumn<bool>("sharedHashes");
        QTest::newRow("refused") << false << false;
        QTest::newRow("first kept") << true << false;
        QTest::newRow("refused, shared hashes") << false << true;
        QTest::newRow("first kept, shared hashes") << true << true;
    }

    void repeatedAccountKeys()
    {
        QFETCH(bool, keepFirst);
        QFETCH(bool, sharedHashes);
        TempWorkspace ws;
        SnapshotWriter w(ws.store());
        SnapshotInfo info;
        info.tool = QStringLiteral("gh");
        info.format = QStringLiteral("test");
        info.fileName = QStringLiteral("many.csv");
        info.fileSha256 = QStringLiteral("abc");
        info.importedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(w.begin(info));
        // 60,050 keys (not a multiple of the hundred stored a statement), then user-4321 and user-17
        // again (in that order); with shared hashes every key shares its hash with about 230 others.
        QStringList keys;
        for (int i = 0; i < 60050; ++i)
            keys.append(QStringLiteral("user-%1").arg(i));
        keys << QStringLiteral("user-4321") << QStringLiteral("user-17");
        for (int i = 0; i < keys.size(); ++i) {
            AccountRecord r;
            r.accountKey = keys.at(i);
            r.raw = r.accountKey;
            r.line = i + 2;
            RecordValues values = SnapshotWriter::values(r);
            if (sharedHashes)
                values.setInteger(SnapshotWriter::AccountKeyHashValue, keyHash(keys.at(i)) & 0xff);
            QVERIFY(w.addAccount(values, keepFirst));
        }
        if (!keepFirst) {
            QVERIFY(!w.indexKeys());
            QCOMPARE(w.errorString(), QStringLiteral("account 'user-4321' appears again (first at line 4323); "
                                                     "expected one record per account"));
            QCOMPARE(w.errorLine(), qint64(60052));
            w.rollback();
            QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM account")), qint64(0));
            return;
        }
        QVERIFY2(w.commit(), qPrintable(w.errorString()));
        QCOMPARE(w.rowCount(), qint64(60050));
        QCOMPARE(ws.count(QStringLiteral("SELECT count(DISTINCT account_key) FROM account")), qint64(60050));
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM account_key")), qint64(60050));
        QCOMPARE(ws.count(QStringLiteral("SELECT row_count FROM snapshot")), qint64(60050));
        QCOMPARE(ws.count(QStringLiteral("SELECT line FROM account WHERE account_key = 'user-4321'")), qint64(4323));
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM account_key k JOIN account a ON a.id = k.account_id "
                                         "WHERE a.key_hash = k.key_hash")),
                 qint64(60050));
    }

    void bulkWriteOnlyWhenAlone()
    {
        TempWorkspace ws;
        auto pragma = [](Store& store, const char* name) {
            QSqlQuery q(store.database());
            return q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) && q.next() ? q.value(0).toString()
                                                                                            : QString();
        };
        auto importOne = [&](const QString& key) {
            SnapshotWriter w(ws.store());
            QVERIFY(w.begin(testSnapshot(SourceKind::Tool, key)));
            QCOMPARE(pragma(ws.store(), "journal_mode"), QStringLiteral("delete")); // the only connection
            QCOMPARE(pragma(ws.store(), "synchronous"), QStringLiteral("2"));       // FULL
            AccountRecord r;
            r.accountKey = r.raw = key;
            r.line = 2;
            QVERIFY(w.addAccount(r));
            QVERIFY2(w.commit(), qPrintable(w.errorString()));
        };
        importOne(QStringLiteral("alone"));
        // As Store::open() leaves it, and no journal left beside it.
        QCOMPARE(pragma(ws.store(), "journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(ws.store(), "synchronous"), QStringLiteral("1")); // NORMAL
        QVERIFY(!QFile::exists(ws.path() + QStringLiteral("-journal")));

        // Another connection reading (the window while an import runs): the WAL stays, and the reader
        // sees the import once committed.
        Store reader;
        QVERIFY2(reader.open(ws.path()), qPrintable(reader.errorString()));
        QCOMPARE(pragma(reader, "journal_mode"), QStringLiteral("wal"));
        {
            // Without waiting out the 5 s busy timeout for a lock it cannot get (imports with the window
            // open would all start five seconds late), and with the timeout as it was.
            QElapsedTimer asked;
            asked.start();
            const Store::BulkWrite bulk(ws.store());
            QVERIFY2(asked.elapsed() < 4000, qPrintable(QString::number(asked.elapsed())));
            QVERIFY(!bulk.isActive());
            QCOMPARE(pragma(ws.store(), "journal_mode"), QStringLiteral("wal"));
            QCOMPARE(pragma(ws.store(), "busy_timeout"), QStringLiteral("5000"));
        }
        SnapshotWriter w(ws.store());
        QVERIFY(w.begin(testSnapshot(SourceKind::Tool, QStringLiteral("shared"))));
        QCOMPARE(pragma(ws.store(), "journal_mode"), QStringLiteral("wal"));
        AccountRecord r;
        r.accountKey = r.raw = QStringLiteral("shared");
        r.line = 2;
        QVERIFY(w.addAccount(r));
        QCOMPARE(pragma(reader, "journal_mode"), QStringLiteral("wal"));
        {
            QSqlQuery q(reader.database());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM account")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1); // the first import only: the second is not committed
        }
        QVERIFY2(w.commit(), qPrintable(w.errorString()));
        QSqlQuery q(reader.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM account")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void busyWorkspaceSaysSo()
    {
        // Another program holding the file as a large import does, through a rollback journal: opening
        // waits out the busy timeout, then says the workspace is busy, not that it is no workspace.
        TempWorkspace ws;
        const QString path = ws.path();
        ws.store().close();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("delete"));
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            Store reader;
            QVERIFY(!reader.open(path));
            QVERIFY2(reader.errorString().startsWith(path + QStringLiteral(": the workspace is busy")),
                     qPrintable(reader.errorString()));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            QVERIFY(reader.open(path));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    }

    void splitsScripts()
    {
        const QStringList statements =
            splitSqlScript(QStringLiteral("-- comment\nCREATE TABLE a (x);\nCREATE TRIGGER t BEFORE DELETE ON a "
                                          "BEGIN\n  SELECT 1;\n  SELECT 2;\nEND;\n"
                                          "CREATE VIEW v AS\nSELECT x FROM a;\n"));
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
        QVERIFY(statements.at(1).endsWith(QStringLiteral("END;")));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
