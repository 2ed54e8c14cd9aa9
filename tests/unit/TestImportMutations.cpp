// SPDX-License-Identifier: GPL-3.0-or-later
// Every importer against seeded random mutations of every fixture and sample: no crash, and
// either a clean import or a clean error that names the file, with the workspace as it was.
#include "Importer.h"
#include "TempWorkspace.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Rollcall;

namespace {

QStringList inputs()
{
    QStringList files;
    for (const QString& root : {QStringLiteral(ROLLCALL_TEST_DATA), QStringLiteral(ROLLCALL_DEMO_DATA),
                                QStringLiteral(ROLLCALL_SHARED_SAMPLES)}) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (!file.endsWith(QLatin1String(".yaml")) && !file.endsWith(QLatin1String(".md")))
                files.append(file);
        }
    }
    files.sort();
    return files;
}

QByteArray mutate(QByteArray data, QRandomGenerator& random)
{
    static const char interesting[] = {'"', ',', ';', '\n', '\r', '\0',   '\t',   '{',
                                       '}', '[', ']', ':',  '=',  '\xff', '\xc3', ' '};
    const int edits = 1 + int(random.bounded(4));
    for (int e = 0; e < edits && !data.isEmpty(); ++e) {
        const qsizetype at = qsizetype(random.bounded(quint32(data.size())));
        switch (random.bounded(6)) {
        case 0: // flip a bit
            data[at] = char(data.at(at) ^ (1 << random.bounded(8)));
            break;
        case 1: // insert a character that parsers care about
            data.insert(at, interesting[random.bounded(int(sizeof interesting))]);
            break;
        case 2: // delete a run
            data.remove(at, 1 + qsizetype(random.bounded(16)));
            break;
        case 3: // truncate
            data.truncate(at);
            break;
        case 4: // duplicate a run
            data.insert(at, data.mid(at, 1 + qsizetype(random.bounded(64))));
            break;
        default: // overwrite with a character that parsers care about
            data[at] = interesting[random.bounded(int(sizeof interesting))];
            break;
        }
    }
    return data;
}

} // namespace

class TestImportMutations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mutations_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString& file : inputs())
            QTest::newRow(qPrintable(QDir(QStringLiteral(ROLLCALL_SOURCE_DIR "/..")).relativeFilePath(file))) << file;
    }

    void mutations()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.readAll();
        TempWorkspace ws;
        QVERIFY(ws.isValid());
        QRandomGenerator random(qHash(QFileInfo(file).fileName()) ^ 20261127u);
        const QRegularExpression errorForm(QStringLiteral("^(.+?)(:\\d+(:\\d+)?)?: .+"),
                                           QRegularExpression::DotMatchesEverythingOption);
        constexpr int Mutations = 24;
        for (int m = 0; m < Mutations; ++m) {
            const QByteArray data = mutate(original, random);
            const QString path = ws.writeFile(QStringLiteral("mutant-%1.txt").arg(m), data);
            for (SourceKind kind : {SourceKind::Tool, SourceKind::Directory}) {
                const qint64 snapshots = ws.count(QStringLiteral("SELECT count(*) FROM snapshot"));
                const qint64 rows = ws.count(QStringLiteral("SELECT (SELECT count(*) FROM account) + "
                                                            "(SELECT count(*) FROM identity)"));
                const ImportResult r = ws.importFile(path, kind, QStringLiteral("t%1").arg(m));
                if (r.ok) {
                    QVERIFY(r.alreadyImported || r.rows > 0);
                    continue;
                }
                const auto match = errorForm.match(r.error);
                QVERIFY2(match.hasMatch() && match.captured(1) == path, qPrintable(r.error));
                QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM snapshot")), snapshots);
                QCOMPARE(ws.count(QStringLiteral("SELECT (SELECT count(*) FROM account) + "
                                                 "(SELECT count(*) FROM identity)")),
                         rows);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestImportMutations)
#include "TestImportMutations.moc"
