// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces of an evidence bundle: attestation records, the strict CSV reader, bundle paths, the audit
// sample's reproducibility, and PDFs that come out byte for byte the same.
#include "DemoCampaign.h"
#include "EvidenceReports.h"
#include "PdfReport.h"
#include "evidence/AuditSample.h"
#include "evidence/EvidenceManifest.h"
#include "evidence/EvidenceVerifier.h"
#include "evidence/EvidenceWriter.h"
#include "evidence/Signer.h"
#include "util/Clock.h"
#include "util/CsvWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Rollcall;

namespace {

Attestation sampleAttestation(qint64 seq, const QString& decision = QStringLiteral("remove"))
{
    Attestation a;
    a.seq = seq;
    a.campaign = QStringLiteral("2026-Q4");
    a.tool = QStringLiteral("aws-prod");
    a.accountKey = QStringLiteral("user-%1").arg(seq);
    a.decision = decision;
    a.reviewer = QStringLiteral("chen.wei@larkspur.example");
    a.at = QStringLiteral("2026-11-27T12:00:00Z");
    a.fields = canonicalFields({{QStringLiteral("reason"), QStringLiteral("=1+1 \"quoted\"\n∆")}});
    a.prevHash = genesisHash();
    a.hash = a.computeHash();
    return a;
}

} // namespace

class TestEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Files are hashed with libcrypto in 1 MiB reads: the same digests as any other SHA-256, across reads too.
    void hashesFilesAsSha256()
    {
        QTemporaryDir dir;
        const QList<QByteArray> contents = {QByteArray(), QByteArray("abc"),
                                            QByteArray(1024 * 1024, 'x') + QByteArray("tail after the first read")};
        for (const QByteArray& content : contents) {
            QFile file(dir.filePath(QStringLiteral("f")));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(content);
            file.close();
            QString sha;
            qint64 size = -1;
            QString error;
            QVERIFY2(EvidenceWriter::hashFile(file.fileName(), sha, size, error), qPrintable(error));
            QCOMPARE(sha, QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
            QCOMPARE(size, content.size());
        }
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash("abc", QCryptographicHash::Sha256).toHex()),
                 QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void recordRoundTrip()
    {
        Attestation a = sampleAttestation(7);
        a.supersedes = 3;
        a.hash = a.computeHash();
        const QByteArray line = a.canonicalRecord();
        QVERIFY(line.contains(",\"hash\":\"" + a.hash.toLatin1() + "\",\"prev\":"));
        Attestation back;
        QString error;
        QVERIFY2(Attestation::fromRecord(line, back, error), qPrintable(error));
        QCOMPARE(back.canonicalRecord(), line);
        QCOMPARE(back.computeHash(), a.hash);
        QCOMPARE(*back.supersedes, qint64(3));
    }

    void recordRejects_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("error");
        const QByteArray good = sampleAttestation(1).canonicalRecord();
        QTest::newRow("not json") << QByteArray("{\"seq\":") << QStringLiteral("not JSON");
        QTest::newRow("extra member") << QByteArray(good).replace("\"v\":1}", "\"v\":1,\"x\":\"y\"}")
                                      << QStringLiteral("unexpected member \"x\"");
        QTest::newRow("missing member") << QByteArray(good).replace(",\"tool\":\"aws-prod\"", "")
                                        << QStringLiteral("member \"tool\" is missing");
        QTest::newRow("seq as string") << QByteArray(good).replace("\"seq\":1", "\"seq\":\"1\"")
                                       << QStringLiteral("member \"seq\": expected a positive integer");
        QTest::newRow("field not a string") << QByteArray(good).replace("\"reason\":", "\"n\":1,\"reason\":")
                                            << QStringLiteral("fields member \"n\": expected a string");
        QTest::newRow("version 2") << QByteArray(good).replace("\"v\":1}", "\"v\":2}")
                                   << QStringLiteral("member \"v\": expected 1");
    }

    void recordRejects()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, error);
        Attestation a;
        QString message;
        QVERIFY(!Attestation::fromRecord(line, a, message));
        QVERIFY2(message.contains(error), qPrintable(message));
    }

    void csvRoundTrip()
    {
        const QList<QStringList> rows = {{QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\"")},
                                         {QStringLiteral("=cmd"), QStringLiteral("line\nbreak"), QString()},
                                         {QStringLiteral("-1"), QStringLiteral("@x"), QStringLiteral("'=kept")}};
        QByteArray bytes = "\xEF\xBB\xBF";
        for (const QStringList& r : rows)
            bytes += csvRecord(r).toUtf8() + "\r\n";
        QList<QStringList> back;
        QList<qint64> lines;
        QString error;
        QVERIFY2(parseCsv(bytes, back, lines, error), qPrintable(error));
        QCOMPARE(back.size(), 3);
        QCOMPARE(lines, QList<qint64>({1, 2, 4}));
        QCOMPARE(back.at(1).at(0), QStringLiteral("'=cmd")); // guarded as written
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < rows.at(r).size(); ++c)
                QCOMPARE(unguardCsvField(back.at(r).at(c)), rows.at(r).at(c) == QLatin1String("'=kept")
                                                                ? QStringLiteral("=kept") // the one ambiguous case
                                                                : rows.at(r).at(c));
        }
        QVERIFY(!parseCsv("a,\"b\n", back, lines, error));
        QCOMPARE(error, QStringLiteral("line 1: a quoted field never ends"));
        QVERIFY(!parseCsv("a,b\nc,d\"e\n", back, lines, error));
        QCOMPARE(error, QStringLiteral("line 2: a quote inside an unquoted field"));
    }

    void bundlePaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("safe");
        QTest::newRow("plain") << QStringLiteral("accounts.csv") << true;
        QTest::newRow("subfolder") << QStringLiteral("remediation/aws-prod.csv") << true;
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << false;
        QTest::newRow("parent") << QStringLiteral("../x") << false;
        QTest::newRow("inner parent") << QStringLiteral("a/../../x") << false;
        QTest::newRow("dot") << QStringLiteral("./x") << false;
        QTest::newRow("empty part") << QStringLiteral("a//b") << false;
        QTest::newRow("backslash") << QStringLiteral("a\\b") << false;
        QTest::newRow("control") << QStringLiteral("a\nb") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void bundlePaths()
    {
        QFETCH(QString, path);
        QFETCH(bool, safe);
        QCOMPARE(isSafeBundlePath(path), safe);
    }

    void sampleReproducible()
    {
        const QList<qint64> a = AuditSample::drawIndices(20261127, 500, 25);
        QCOMPARE(a.size(), 25);
        QCOMPARE(AuditSample::drawIndices(20261127, 500, 25), a);
        QVERIFY(AuditSample::drawIndices(20261128, 500, 25) != a);
        QCOMPARE(QSet<qint64>(a.cbegin(), a.cend()).size(), 25); // without repetition
        for (qint64 i : a)
            QVERIFY(i >= 0 && i < 500);
        // A larger sample begins with the smaller one: drawing more never reshuffles what was drawn.
        QCOMPARE(AuditSample::drawIndices(20261127, 500, 40).mid(0, 25), a);
        QCOMPARE(AuditSample::drawIndices(1, 5, 99).size(), 5);
        QVERIFY(AuditSample::drawIndices(1, 0, 3).isEmpty());
        // Pinned: the same seed draws the same sample in every release and on every machine. The expected
        // indices come from an independent Python implementation of mt19937_64 and the documented draw.
        QCOMPARE(AuditSample::drawIndices(42, 10, 4), QList<qint64>({6, 0, 4, 7}));
    }

    void sampleSkipsCampaignEvents()
    {
        QList<Attestation> log = {sampleAttestation(1, CampaignEvent::Start)};
        for (int i = 2; i <= 9; ++i)
            log.append(sampleAttestation(i));
        log.append(sampleAttestation(10, CampaignEvent::Close));
        const AuditSample s = AuditSample::draw(log, 7, 100);
        QCOMPARE(s.population, qint64(8));
        QCOMPARE(s.drawn.size(), 8);
        for (const Attestation& a : s.drawn)
            QVERIFY(AuditSample::isSampled(a));
        // The CSV names the seed on every row and guards the reviewer's text.
        const QByteArray csv = s.toCsv();
        QVERIFY(csv.contains("\r\n7,8,1,"));
        QVERIFY(csv.contains("reason: =1+1"));
        QVERIFY(!csv.contains(",=1+1"));
    }

    void pdfReproducible()
    {
        const QDateTime created(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
        auto render = [&created] {
            PdfReport pdf(QStringLiteral("Determinism"), created);
            pdf.title(QStringLiteral("Determinism"), QStringLiteral("two runs, one document"));
            pdf.table({QStringLiteral("a"), QStringLiteral("b")}, {0.5, 0.5},
                      {{QStringLiteral("1"), QStringLiteral("2")}});
            return pdf.finish();
        };
        const QByteArray first = render();
        QTest::qSleep(1100); // Qt stamps the current second; a second later it would differ
        const QByteArray second = render();
        QVERIFY(first.startsWith("%PDF-"));
        QVERIFY(first == second);
        QVERIFY(first.contains("/CreationDate (D:20261127120000"));
    }

    // What the remediation plan will add: a folder of files from one more producer, listed, summed and
    // verified like the rest.
    void producerFolder()
    {
        TempWorkspace ws;
        QString error;
        Rules rules;
        QVERIFY2(DemoCampaign::create(ws, false, &error, &rules), qPrintable(error));
        SigningKey key;
        QVERIFY(SigningKey::generate(key, error));
        EvidenceWriter writer(ws.store(), rules);
        writer.addProducer([](const EvidenceContent& content, const QString& dir, QString& message) {
            QDir(dir).mkpath(QStringLiteral("remediation"));
            QFile f(QDir(dir).filePath(QStringLiteral("remediation/aws-prod.csv")));
            if (!f.open(QIODevice::WriteOnly)) {
                message = f.errorString();
                return false;
            }
            f.write("account,action\n");
            for (const CampaignItem& i : content.items) {
                if (i.tool == QLatin1String("aws-prod") && i.decision == DecisionKind::Remove)
                    f.write(i.accountKey.toUtf8() + ",remove\n");
            }
            return true;
        });
        const QString dir = ws.dir() + QStringLiteral("/bundle");
        EvidenceResult result;
        QVERIFY2(writer.write(DemoCampaign::Name, key, dir, result), qPrintable(writer.errorString()));
        QVERIFY(result.files.contains(QStringLiteral("remediation/aws-prod.csv")));
        QFile sums(dir + QStringLiteral("/SHA256SUMS"));
        QVERIFY(sums.open(QIODevice::ReadOnly));
        QVERIFY(sums.readAll().contains("  remediation/aws-prod.csv\n"));
        EvidenceVerification v = EvidenceVerifier::verify(dir);
        QVERIFY2(v.ok(), qPrintable(v.problems.value(0).text()));

        QFile f(dir + QStringLiteral("/remediation/aws-prod.csv"));
        QVERIFY(f.open(QIODevice::Append));
        f.write("arn:aws:iam::111122223333:user/emil,remove\n");
        f.close();
        v = EvidenceVerifier::verify(dir);
        QVERIFY(!v.ok());
        QStringList named;
        for (const auto& problem : std::as_const(v.problems))
            named.append(problem.file);
        // SHA256SUMS's line disagrees with the file; the signed manifest names the file that changed.
        QVERIFY2(named.contains(QStringLiteral("remediation/aws-prod.csv")), qPrintable(named.join(u',')));

        // A failed write leaves no half bundle behind.
        EvidenceWriter failing(ws.store(), rules);
        failing.addProducer([](const EvidenceContent&, const QString&, QString& message) {
            message = QStringLiteral("no room");
            return false;
        });
        QVERIFY(!failing.write(DemoCampaign::Name, key, ws.dir() + QStringLiteral("/half"), result));
        QCOMPARE(failing.errorString(), QStringLiteral("no room"));
        QVERIFY(!QFileInfo::exists(ws.dir() + QStringLiteral("/half")));
        Clock::setFixed({});
    }

    void summaryReproducible()
    {
        TempWorkspace ws;
        QString error;
        Rules rules;
        QVERIFY2(DemoCampaign::create(ws, false, &error, &rules), qPrintable(error));
        EvidenceWriter writer(ws.store(), rules);
        EvidenceContent content;
        QVERIFY2(writer.collect(DemoCampaign::Name, content), qPrintable(writer.errorString()));
        QCOMPARE(content.manifest.createdAt, QStringLiteral("2026-11-27T12:00:00Z"));
        const QByteArray first = EvidenceReports::summary(content);
        QTest::qSleep(1100);
        const QByteArray second = EvidenceReports::summary(content);
        QVERIFY(first.size() > 10000);
        QVERIFY(first == second);
        // Cover, scope and tie-out, charts, decisions, exceptions (with remediation): five pages at least.
        QVERIFY2(first.count("/Type /Page\n") + first.count("/Type /Page ") >= 5, first.left(0).constData());
        Clock::setFixed({});
    }
};

QTEST_MAIN(TestEvidence)
#include "TestEvidence.moc"
