// SPDX-License-Identifier: GPL-3.0-or-later
// rollcall-cli killed with SIGKILL at random moments (seeded; ROLLCALL_CRASH_SEED picks another
// seed) during large imports and during batches of decisions. After every kill the workspace
// passes PRAGMA integrity_check, each snapshot is wholly present or wholly absent, every
// attestation committed before the kill is unchanged and `verify-store` accepts the chain.
// Also: two processes on one workspace wait for each other instead of failing or losing a write.
#include "config-rollcall-tests.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <unistd.h>

namespace {
constexpr int Accounts = 40000; // a large import: a second or more in a Release build
constexpr int Kills = 12;       // per phase; 24 in all
constexpr int Batch = 400;      // decisions per --from-csv batch
const QString Reviewer = QStringLiteral("rev@larkspur.example");

struct Run
{
    int exitCode = -1;
    QString err;
};

// One row of an AWS credential report for generated user `name`.
QByteArray awsRow(const QString& name)
{
    return QStringLiteral("%1,arn:aws:iam::111122223333:user/%1,2024-01-01T00:00:00Z,true,2026-01-01T00:00:00Z,"
                          "2024-01-01T00:00:00Z,N/A,false,true,2025-01-01T00:00:00Z,2025-06-01T00:00:00Z,eu-west-1,s3,"
                          "false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n")
        .arg(name)
        .toUtf8();
}
} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    QByteArray m_header;
    QRandomGenerator m_random;
    int m_killed = 0;

    QProcess* launch(const QStringList& args)
    {
        auto* p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ROLLCALL_NOW"), QStringLiteral("2026-11-27T12:00:00Z"));
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(ROLLCALL_CLI), QStringList{QStringLiteral("--workspace"), m_workspace} + args);
        p->waitForStarted();
        return p;
    }

    static Run finish(QProcess* p)
    {
        Run r;
        if (p->waitForFinished(300000) && p->exitStatus() == QProcess::NormalExit)
            r = {p->exitCode(), QString::fromUtf8(p->readAllStandardError())};
        delete p;
        return r;
    }

    Run cli(const QStringList& args) { return finish(launch(args)); }

    // Starts the command, kills it after a random part of `typicalMs` (it may have finished by then).
    void killDuring(const QStringList& args, qint64 typicalMs)
    {
        QProcess* p = launch(args);
        const int delay = int(m_random.bounded(quint32(std::max<qint64>(typicalMs, 1))));
        QThread::msleep(ulong(delay));
        if (p->state() == QProcess::Running) {
            ::kill(pid_t(p->processId()), SIGKILL);
            ++m_killed;
        }
        p->waitForFinished(60000);
        delete p;
    }

    QString writeFile(const QString& name, const QByteArray& content)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return f.fileName();
    }

    // A credential report of Accounts users whose first row names `variant`: each variant is a new file.
    QString report(int variant)
    {
        QByteArray content = m_header + awsRow(QStringLiteral("variant-%1").arg(variant));
        content.reserve(Accounts * 240);
        for (int i = 1; i < Accounts; ++i)
            content += awsRow(QStringLiteral("user%1").arg(i, 6, 10, QLatin1Char('0')));
        return writeFile(QStringLiteral("report-%1.csv").arg(variant), content);
    }

    // `decide --from-csv` arguments for the n-th slice of Batch generated accounts, each row ending
    // with `columns` (decision,owner,until,purpose,reason).
    QStringList decisionBatch(int n, const QString& columns)
    {
        QByteArray csv = "tool,account,decision,owner,until,purpose,reason\n";
        for (int i = n * Batch; i < (n + 1) * Batch; ++i)
            csv += QStringLiteral("crash,user%1,%2\n").arg(i + 1, 6, 10, QLatin1Char('0')).arg(columns).toUtf8();
        return {QStringLiteral("decide"),     QStringLiteral("crash-q4"),
                QStringLiteral("--from-csv"), writeFile(QStringLiteral("batch-%1.csv").arg(n), csv),
                QStringLiteral("--reviewer"), Reviewer,
                QStringLiteral("--yes")};
    }

    // The workspace as a fresh process sees it after the kill; empty when it cannot be opened.
    struct Seen
    {
        QString integrity;
        QList<qint64> snapshotAccounts; // accounts of each tool snapshot
        QStringList hashes;             // attestation hashes in order
    };

    Seen look()
    {
        Seen s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("look"));
            db.setDatabaseName(m_workspace);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                    s.integrity = q.value(0).toString();
                q.exec(
                    QStringLiteral("SELECT (SELECT count(*) FROM account a WHERE a.snapshot_id = s.id) FROM snapshot s "
                                   "WHERE s.tool = 'crash' ORDER BY s.id"));
                while (q.next())
                    s.snapshotAccounts.append(q.value(0).toLongLong());
                q.exec(QStringLiteral("SELECT hash FROM attestation ORDER BY seq"));
                while (q.next())
                    s.hashes.append(q.value(0).toString());
            } else {
                s.integrity = db.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("look"));
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        bool ok = false;
        const quint32 seed = qEnvironmentVariableIntValue("ROLLCALL_CRASH_SEED", &ok);
        m_random.seed(ok ? seed : 20261127u);
        qInfo("seed %u (ROLLCALL_CRASH_SEED)", ok ? seed : 20261127u);
        QFile demo(QStringLiteral(ROLLCALL_DEMO_DATA "/aws-prod-credential-report.csv"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        m_header = demo.readLine();
        m_workspace = m_dir.filePath(QStringLiteral("crash.rollcall"));
        QCOMPARE(cli({QStringLiteral("init")}).exitCode, 0);
    }

    void killDuringImport()
    {
        // One import left alone: how long it takes, and how many accounts a whole snapshot has.
        const QStringList import = {QStringLiteral("import"), QStringLiteral("--tool"), QStringLiteral("crash")};
        QElapsedTimer timer;
        timer.start();
        const Run first = cli(import + QStringList{report(0)});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const qint64 typical = timer.elapsed();
        QCOMPARE(look().snapshotAccounts, QList<qint64>{Accounts});

        const int before = m_killed;
        for (int i = 1; i <= Kills; ++i) {
            killDuring(import + QStringList{report(i)}, typical);
            const Seen s = look();
            QCOMPARE(s.integrity, QStringLiteral("ok"));
            for (qint64 n : s.snapshotAccounts)
                QCOMPARE(n, qint64(Accounts)); // wholly present, or not there at all
        }
        QVERIFY2(m_killed - before >= Kills / 2, "most kills land while the import runs");
        // The workspace still takes the import that was killed.
        const Run again = cli(import + QStringList{report(Kills)});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    }

    void killDuringDecisions()
    {
        QCOMPARE(cli({QStringLiteral("reconcile")}).exitCode, 0);
        const Run start =
            cli({QStringLiteral("campaign"), QStringLiteral("start"), QStringLiteral("crash-q4"),
                 QStringLiteral("--due"), QStringLiteral("2026-12-31"), QStringLiteral("--tool"),
                 QStringLiteral("crash"), QStringLiteral("--owner"), QStringLiteral("owner@larkspur.example"),
                 QStringLiteral("--reviewer"), QStringLiteral("crash=") + Reviewer});
        QVERIFY2(start.exitCode == 0, qPrintable(start.err));
        auto batch = [&](int n) { return decisionBatch(n, QStringLiteral("remove,,,,left the company")); };
        QElapsedTimer timer;
        timer.start();
        const Run first = cli(batch(0));
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const qint64 typical = timer.elapsed();
        QStringList committed = look().hashes;
        QVERIFY(committed.size() > Batch);

        for (int i = 1; i <= Kills; ++i) {
            killDuring(batch(i), typical);
            const Seen s = look();
            QCOMPARE(s.integrity, QStringLiteral("ok"));
            QCOMPARE(s.hashes.mid(0, committed.size()), committed); // nothing committed was lost or changed
            QVERIFY2(s.hashes.size() == committed.size() || s.hashes.size() == committed.size() + Batch,
                     "a batch is recorded whole or not at all");
            const Run verify = cli({QStringLiteral("verify-store")});
            QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
            committed = s.hashes;
        }
        qInfo("%d of %d runs killed while working", m_killed, 2 * Kills);
    }

    // The GUI and the CLI, or two CLIs, on one workspace: the second writer waits for the first
    // (busy timeout) and both batches are recorded, in one unbroken chain.
    void twoWritersWait()
    {
        const int before = look().hashes.size();
        auto batch = [&](int n) { return decisionBatch(n, QStringLiteral("expire,,2026-12-15,,contract ends")); };
        QProcess* a = launch(batch(Kills + 1));
        QProcess* b = launch(batch(Kills + 2));
        const Run ra = finish(a);
        const Run rb = finish(b);
        QVERIFY2(ra.exitCode == 0, qPrintable(ra.err));
        QVERIFY2(rb.exitCode == 0, qPrintable(rb.err));
        QCOMPARE(look().hashes.size(), before + 2 * Batch);
        const Run verify = cli({QStringLiteral("verify-store")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
    }

    // A disk that fills up during an import (a file size limit, as a full disk answers writes):
    // a message that says so, and the workspace as it was.
    void diskFull()
    {
        const Seen before = look();
        QProcess p;
        p.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        // No write past 4 MiB into any file: the import's write-ahead log fills up long before its end.
        // Ignoring SIGXFSZ makes those writes fail with EFBIG instead of killing the process.
        p.start(QStringLiteral("bash"),
                {QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 4096; exec \"$0\" \"$@\""),
                 QStringLiteral(ROLLCALL_CLI), QStringLiteral("--workspace"), m_workspace, QStringLiteral("import"),
                 QStringLiteral("--tool"), QStringLiteral("crash"), report(99)});
        QVERIFY(p.waitForFinished(300000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(QLatin1String("report-99.csv")) && err.contains(QLatin1String("disk")) &&
                     err.contains(QLatin1String("nothing was imported")),
                 qPrintable(err));
        const Seen after = look();
        QCOMPARE(after.integrity, QStringLiteral("ok"));
        QCOMPARE(after.snapshotAccounts, before.snapshotAccounts);
        QCOMPARE(after.hashes, before.hashes);
    }

    // A workspace its user may not write (as another user when the test runs as root): every
    // command says so instead of "not a Rollcall workspace", and nothing changes.
    void readOnlyWorkspace()
    {
        QTemporaryDir locked;
        QVERIFY(QFile::copy(m_workspace, locked.filePath(QStringLiteral("locked.rollcall"))));
        const QString path = locked.filePath(QStringLiteral("locked.rollcall"));
        QStringList prefix;
        if (::geteuid() == 0) {
            if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
                QSKIP("running as root without setpriv: no way to be a user who cannot write");
            // nobody can read the file and the folder, not write them
            QFile::setPermissions(locked.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                     QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                     QFileDevice::ExeOther);
            prefix = {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                      QStringLiteral("--clear-groups")};
        } else {
            QFile::setPermissions(path, QFileDevice::ReadOwner);
            QFile::setPermissions(locked.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        }
        for (const QStringList& command :
             {QStringList{QStringLiteral("summary")},
              QStringList{QStringLiteral("import"), QStringLiteral("--tool"), QStringLiteral("crash"), report(98)}}) {
            QProcess p;
            const QStringList args = QStringList{QStringLiteral("--workspace"), path} + command;
            if (prefix.isEmpty())
                p.start(QStringLiteral(ROLLCALL_CLI), args);
            else
                p.start(QStringLiteral("setpriv"), prefix + QStringList{QStringLiteral(ROLLCALL_CLI)} + args);
            QVERIFY(p.waitForFinished(60000));
            const QString err = QString::fromUtf8(p.readAllStandardError());
            QVERIFY2(p.exitCode() != 0 && err.contains(QLatin1String("the workspace is read-only")), qPrintable(err));
        }
        QFile::setPermissions(locked.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
