// SPDX-License-Identifier: GPL-3.0-or-later
// The Debian package as a user gets it: built with cpack, unpacked with `dpkg -x` into a temporary
// root, its programs run from there on the demo data it installs, its desktop files validated with
// the freedesktop tools (skipped when they are not installed), its MIME type tried on a workspace.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int SlowTimeout = 600000; // cpack strips and runs dpkg-shlibdeps
constexpr int Timeout = 60000;

// The root the package is unpacked into.
QString packageRoot()
{
    return QDir::tempPath() + QStringLiteral("/rollcall-package-test-%1").arg(QCoreApplication::applicationPid());
}

// The MIME database as dpkg's trigger leaves it after installing the package: the system's types and
// the package's, compiled by update-mime-database. main() points XDG_DATA_DIRS at it before Qt reads it.
QString mimeRoot()
{
    return packageRoot() + QStringLiteral("-share");
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& args, const QString& workDir = {}, int timeout = Timeout,
        const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(Timeout)) {
        r.err = p.errorString();
        return r;
    }
    if (!p.waitForFinished(timeout)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

#define VERIFY_RUN(r) QVERIFY2((r).exitCode == 0, qPrintable((r).err + (r).out))
} // namespace

class TestPackage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void dependsComeFromShlibdeps();
    void installsEveryFile();
    void installedCliRuns();
    void installedDemoImports();
    void desktopFileValidates();
    void metainfoValidates();
    void workspaceMimeTypeByContent();

private:
    QString installed(const QString& relative) const { return m_root + QStringLiteral("/usr/") + relative; }
    QString cli() const { return installed(QStringLiteral("bin/rollcall-cli")); }

    QTemporaryDir m_work;
    QString m_root;
    QString m_deb;
    QString m_appId = QStringLiteral(ROLLCALL_APP_ID);
    QString m_workspace; // the demo workspace installedDemoImports() made
};

void TestPackage::initTestCase()
{
    QVERIFY(m_work.isValid());
    m_root = packageRoot();
    QDir(m_root).removeRecursively();
    QVERIFY(QDir().mkpath(m_root));
    if (QStandardPaths::findExecutable(QStringLiteral("dpkg-shlibdeps")).isEmpty())
        QSKIP("dpkg-shlibdeps is missing (package dpkg-dev): cannot build the package");

    const QString out = m_work.filePath(QStringLiteral("out"));
    const Run cpack = run(QStringLiteral(ROLLCALL_CPACK),
                          {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                           QStringLiteral(ROLLCALL_BINARY_DIR "/CPackConfig.cmake"), QStringLiteral("-B"), out},
                          QStringLiteral(ROLLCALL_BINARY_DIR), SlowTimeout);
    VERIFY_RUN(cpack);
    const QStringList debs = QDir(out).entryList({QStringLiteral("*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_deb = QDir(out).filePath(debs.first());
    QVERIFY2(debs.first().startsWith(QStringLiteral("rollcall_")), qPrintable(debs.first()));
    VERIFY_RUN(run(QStringLiteral("dpkg"), {QStringLiteral("-x"), m_deb, m_root}));
}

void TestPackage::cleanupTestCase()
{
    QDir(m_root).removeRecursively();
    QDir(mimeRoot()).removeRecursively();
}

void TestPackage::dependsComeFromShlibdeps()
{
    const Run info = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QStringLiteral("Depends")});
    VERIFY_RUN(info);
    // Libraries the programs link, found by dpkg-shlibdeps, and the plug-ins they load, named by hand.
    for (const char* package : {"libqt6core6", "libqt6widgets6", "libqt6sql6", "libqt6charts6", "libyaml-cpp",
                                "libsqlite3-0", "libstdc++6", "libqt6sql6-sqlite", "libqt6svg6"})
        QVERIFY2(info.out.contains(QLatin1String(package)),
                 qPrintable(QLatin1String(package) + QStringLiteral(" not in ") + info.out));
}

void TestPackage::installsEveryFile()
{
    const QStringList files = {
        QStringLiteral("bin/rollcall"),
        QStringLiteral("bin/rollcall-cli"),
        QStringLiteral("share/applications/%1.desktop").arg(m_appId),
        QStringLiteral("share/metainfo/%1.metainfo.xml").arg(m_appId),
        QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(m_appId),
        QStringLiteral("share/mime/packages/rollcall.xml"),
        QStringLiteral("share/man/man1/rollcall-cli.1.gz"),
        QStringLiteral("share/man/man1/rollcall.1.gz"),
        QStringLiteral("share/rollcall/demo/rollcall.yaml"),
        QStringLiteral("share/rollcall/demo/entra-users.csv"),
        QStringLiteral("share/doc/rollcall/docs/user-guide.md"),
        QStringLiteral("share/doc/rollcall/docs/mapping.md"),
        QStringLiteral("share/doc/rollcall/README.md"),
        QStringLiteral("share/doc/rollcall/screenshots/accounts.png"),
        QStringLiteral("share/doc/rollcall/screenshots/accounts-dark.png"),
    };
    for (const QString& f : files)
        QVERIFY2(QFileInfo::exists(installed(f)), qPrintable(f + QStringLiteral(" is not installed")));
    QVERIFY(QFileInfo(cli()).isExecutable());
    // Nothing of the build's tests or benchmarks.
    QCOMPARE(QDir(installed(QStringLiteral("bin"))).entryList(QDir::Files).size(), 2);
    // The man page is well-formed troff (man(1) renders it without warnings) when man is installed.
    if (!QStandardPaths::findExecutable(QStringLiteral("man")).isEmpty()) {
        const Run man = run(QStringLiteral("man"), {QStringLiteral("--warnings"), QStringLiteral("-l"),
                                                    installed(QStringLiteral("share/man/man1/rollcall-cli.1.gz"))});
        VERIFY_RUN(man);
        QVERIFY2(man.err.trimmed().isEmpty(), qPrintable(man.err));
    }
}

void TestPackage::installedCliRuns()
{
    const Run version = run(cli(), {QStringLiteral("--version")});
    VERIFY_RUN(version);
    QCOMPARE(version.out.trimmed(), QStringLiteral("rollcall-cli " ROLLCALL_VERSION));
}

void TestPackage::installedDemoImports()
{
    const QString demo = installed(QStringLiteral("share/rollcall/demo/"));
    const QString ws = m_work.filePath(QStringLiteral("demo.rollcall"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ROLLCALL_NOW"), QStringLiteral("2026-11-27T12:00:00Z"));
    const auto step = [&](const QStringList& args) {
        return run(cli(), QStringList{QStringLiteral("-w"), ws} + args, {}, Timeout, env);
    };
    VERIFY_RUN(step({QStringLiteral("init")}));
    VERIFY_RUN(step({QStringLiteral("--config"), demo + QStringLiteral("rollcall.yaml"), QStringLiteral("import"),
                     QStringLiteral("--directory"), demo + QStringLiteral("entra-users.csv")}));
    VERIFY_RUN(step({QStringLiteral("import"), QStringLiteral("--tool"), QStringLiteral("aws-prod"),
                     demo + QStringLiteral("aws-prod-credential-report.csv")}));
    VERIFY_RUN(step({QStringLiteral("import"), QStringLiteral("--tool"), QStringLiteral("aws-staging"),
                     demo + QStringLiteral("aws-staging-credential-report.csv")}));
    VERIFY_RUN(step({QStringLiteral("import"), QStringLiteral("--tool"), QStringLiteral("atlassian"),
                     demo + QStringLiteral("atlassian-export-users.csv")}));
    VERIFY_RUN(step({QStringLiteral("reconcile")}));
    const Run summary = step({QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("json")});
    VERIFY_RUN(summary);

    // The demo shows every class (README), over the three tools.
    const QJsonObject root = QJsonDocument::fromJson(summary.out.toUtf8()).object();
    QVERIFY2(!root.isEmpty(), qPrintable(summary.out));
    QCOMPARE(root.value(QStringLiteral("tools")).toObject().keys(),
             (QStringList{QStringLiteral("atlassian"), QStringLiteral("aws-prod"), QStringLiteral("aws-staging")}));
    QVERIFY(root.value(QStringLiteral("identities")).toInt() > 0);
    const QJsonObject totals = root.value(QStringLiteral("totals")).toObject();
    for (const char* cls : {"managed", "orphaned", "unmanaged", "external", "service", "break-glass", "ambiguous"})
        QVERIFY2(totals.value(QLatin1String(cls)).toInt() > 0, qPrintable(QLatin1String(cls) + summary.out));
    QVERIFY(!totals.contains(QStringLiteral("unreconciled")));
    m_workspace = ws;
}

void TestPackage::desktopFileValidates()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (tool.isEmpty())
        QSKIP("desktop-file-validate is missing (package desktop-file-utils)");
    const Run r = run(tool, {installed(QStringLiteral("share/applications/%1.desktop").arg(m_appId))});
    VERIFY_RUN(r);
    QVERIFY2(r.out.trimmed().isEmpty() && r.err.trimmed().isEmpty(), qPrintable(r.out + r.err)); // not even hints
}

void TestPackage::metainfoValidates()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (tool.isEmpty())
        QSKIP("appstreamcli is missing (package appstream)");
    // The installed metainfo, and the same with screenshot entries as a published build has them.
    for (const QString& file :
         {installed(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(m_appId)),
          QStringLiteral(ROLLCALL_BINARY_DIR "/packaging/screenshots-check/%1.metainfo.xml").arg(m_appId)}) {
        const Run r = run(tool, {QStringLiteral("validate"), QStringLiteral("--no-net"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(file + QLatin1Char('\n') + r.out + r.err));
    }
}

void TestPackage::workspaceMimeTypeByContent()
{
    if (m_workspace.isEmpty())
        QSKIP("no workspace: the demo import failed");
    const QString update = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
    if (update.isEmpty())
        QSKIP("update-mime-database is missing (package shared-mime-info)");
    const QDir packages(mimeRoot() + QStringLiteral("/mime/packages"));
    QVERIFY(QDir().mkpath(packages.path()));
    const QDir system(QStringLiteral("/usr/share/mime/packages"));
    for (const QString& xml : system.entryList({QStringLiteral("*.xml")}, QDir::Files))
        QVERIFY(QFile::copy(system.filePath(xml), packages.filePath(xml)));
    QVERIFY(QFile::copy(installed(QStringLiteral("share/mime/packages/rollcall.xml")),
                        packages.filePath(QStringLiteral("rollcall.xml"))));
    VERIFY_RUN(run(update, {mimeRoot() + QStringLiteral("/mime")}));

    // By content: a workspace under a name without the .rollcall extension.
    const QString renamed = m_work.filePath(QStringLiteral("review-copy.db"));
    QVERIFY(QFile::copy(m_workspace, renamed));
    QMimeDatabase db;
    QCOMPARE(db.mimeTypeForFile(renamed, QMimeDatabase::MatchContent).name(),
             QStringLiteral("application/x-rollcall-workspace"));
    QCOMPARE(db.mimeTypeForFile(m_workspace).name(), QStringLiteral("application/x-rollcall-workspace"));
    QVERIFY(db.mimeTypeForName(QStringLiteral("application/x-rollcall-workspace"))
                .inherits(QStringLiteral("application/vnd.sqlite3")));
    // Another program's SQLite database is not a workspace.
    const QString other = m_work.filePath(QStringLiteral("other.db"));
    const Run sqlite = run(QStringLiteral("sqlite3"), {other, QStringLiteral("CREATE TABLE t(x);")});
    if (sqlite.exitCode != 0)
        QSKIP("sqlite3 is missing");
    QCOMPARE(db.mimeTypeForFile(other, QMimeDatabase::MatchContent).name(), QStringLiteral("application/vnd.sqlite3"));
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    qputenv("XDG_DATA_DIRS", mimeRoot().toUtf8());
    qputenv("XDG_DATA_HOME", (mimeRoot() + QStringLiteral("-home")).toUtf8());
    TestPackage test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestPackage.moc"
