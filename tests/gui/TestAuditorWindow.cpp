// SPDX-License-Identifier: GPL-3.0-or-later
// Auditor mode: a bundle opened read-only, verified on opening, browsed with filters, and sampled
// reproducibly.
#include "AuditorWindow.h"
#include "DemoCampaign.h"
#include "EvidenceReports.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "evidence/EvidenceVerifier.h"
#include "evidence/EvidenceWriter.h"
#include "evidence/Signer.h"
#include "item/EvidenceDecisionModel.h"
#include "util/Clock.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Rollcall;

class TestAuditorWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_bundle;
    QString m_signerKey; // the signer's public key, as an auditor would get it
    QString m_otherKey;

    QString copyBundle(const QString& name)
    {
        const QString to = m_dir.filePath(name);
        QDir().mkpath(to);
        for (const QString& f : QDir(m_bundle).entryList(QDir::Files))
            QFile::copy(QDir(m_bundle).filePath(f), QDir(to).filePath(f));
        return to;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TempWorkspace ws;
        QString error;
        Rules rules;
        QVERIFY2(DemoCampaign::create(ws, false, &error, &rules), qPrintable(error));
        SigningKey key;
        QVERIFY(SigningKey::generate(key, error));
        EvidenceWriter writer(ws.store(), rules);
        writer.addProducer(EvidenceReports::summaryProducer());
        EvidenceResult result;
        m_bundle = m_dir.filePath(QStringLiteral("bundle"));
        QVERIFY2(writer.write(DemoCampaign::Name, key, m_bundle, result), qPrintable(writer.errorString()));
        m_signerKey = m_dir.filePath(QStringLiteral("signer.pub.pem"));
        QVERIFY(SigningKey::writeNewFile(m_signerKey, key.publicPem(), 0644, error));
        SigningKey other;
        QVERIFY(SigningKey::generate(other, error));
        m_otherKey = m_dir.filePath(QStringLiteral("other.pub.pem"));
        QVERIFY(SigningKey::writeNewFile(m_otherKey, other.publicPem(), 0644, error));
    }

    void greenBanner()
    {
        AuditorWindow window(m_bundle);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVerifying(), 20000);
        window.show();
        QVERIFY2(window.isVerified(), qPrintable(window.bannerText()));
        auto* banner = window.findChild<QLabel*>(QStringLiteral("verificationBanner"));
        QVERIFY(banner);
        QVERIFY(banner->text().startsWith(QLatin1String("Verified")));
        QVERIFY(banner->styleSheet().contains(QLatin1String("#2e7d32")));
        QVERIFY(window.windowTitle().contains(DemoCampaign::Name));
    }

    void redBannerNamesTheFile()
    {
        const QString dir = copyBundle(QStringLiteral("tampered"));
        QFile f(QDir(dir).filePath(QStringLiteral("accounts.csv")));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
        f.seek(0);
        f.write(bytes);
        f.close();
        AuditorWindow window(dir);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVerifying(), 20000);
        QVERIFY(!window.isVerified());
        auto* banner = window.findChild<QLabel*>(QStringLiteral("verificationBanner"));
        QVERIFY(banner->text().startsWith(QLatin1String("NOT verified")));
        QVERIFY2(banner->text().contains(QLatin1String("accounts.csv")), qPrintable(banner->text()));
        QVERIFY(banner->styleSheet().contains(QLatin1String("#c62828")));
    }

    void trustedKey()
    {
        AuditorWindow window(m_bundle, m_signerKey);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVerifying(), 20000);
        QVERIFY2(window.isVerified(), qPrintable(window.bannerText()));
        QVERIFY(window.verification().trusted);
        // File → Verify With the Signer's Key…, given somebody else's key: red, and why.
        FileDialog::setNextFileName(m_otherKey);
        window.findChild<QAction*>(QStringLiteral("verifyWithKey"))->trigger();
        QVERIFY(window.isVerifying());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVerifying(), 20000);
        QVERIFY(!window.isVerified());
        QVERIFY2(window.bannerText().contains(QLatin1String("is not the trusted key")),
                 qPrintable(window.bannerText()));
        bool signatureNamed = false;
        for (const EvidenceProblem& p : window.verification().problems)
            signatureNamed = signatureNamed || p.file == QLatin1String("manifest.sig");
        QVERIFY(signatureNamed);
        // A key file that is not one.
        AuditorWindow broken(m_bundle, m_bundle + QStringLiteral("/accounts.csv"));
        QTRY_VERIFY_WITH_TIMEOUT(!broken.isVerifying(), 20000);
        QVERIFY(!broken.isVerified());
        QVERIFY2(broken.bannerText().contains(QLatin1String("not a PEM public key")), qPrintable(broken.bannerText()));
    }

    void closedWhileVerifying()
    {
        // The worker finishes after the window is gone: its result is dropped, nothing crashes.
        auto* window = new AuditorWindow(m_bundle);
        QVERIFY(window->isVerifying());
        delete window;
        QTest::qWait(500);
    }

    void filters()
    {
        AuditorWindow window(m_bundle);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVerifying(), 20000);
        EvidenceDecisionFilter* filter = window.decisionFilter();
        const int all = filter->rowCount();
        QCOMPARE(all, window.verification().bundle.decisions.size());
        filter->setDecision(QStringLiteral("remove"));
        QCOMPARE(filter->rowCount(), 2);
        filter->setDecision({});
        filter->setTool(QStringLiteral("atlassian"));
        QCOMPARE(filter->rowCount(), 1);
        filter->setTool({});
        filter->setText(QStringLiteral("left the company"));
        QCOMPARE(filter->rowCount(), 1);
        QVERIFY(filter->index(0, EvidenceDecisionModel::Account)
                    .data()
                    .toString()
                    .endsWith(QLatin1String("user/dana.kowalski")));
    }

    void sampleReproducible()
    {
        AuditorWindow first(m_bundle);
        QTRY_VERIFY_WITH_TIMEOUT(!first.isVerifying(), 20000);
        first.drawSample(20261127, 3);
        AuditorWindow second(m_bundle);
        QTRY_VERIFY_WITH_TIMEOUT(!second.isVerifying(), 20000);
        second.drawSample(20261127, 3);
        auto seqs = [](const AuditSample& s) {
            QList<qint64> out;
            for (const Attestation& a : s.drawn)
                out.append(a.seq);
            return out;
        };
        QCOMPARE(first.sample().drawn.size(), 3);
        QCOMPARE(first.sample().population, qint64(6));
        QCOMPARE(seqs(second.sample()), seqs(first.sample()));
        second.drawSample(7, 3);
        QVERIFY(seqs(second.sample()) != seqs(first.sample()));

        QString error;
        const QString csv = m_dir.filePath(QStringLiteral("sample.csv"));
        QVERIFY2(first.exportSampleCsv(csv, error), qPrintable(error));
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QByteArray text = c.readAll();
        QCOMPARE(text.count("\r\n20261127,6,"), 3);
        const QString pdf = m_dir.filePath(QStringLiteral("sample.pdf"));
        QVERIFY2(first.exportSamplePdf(pdf, error), qPrintable(error));
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.readAll().startsWith("%PDF-"));
    }

    // Not a check: with ROLLCALL_GRAB_DIR set, every tab is saved as a PNG there, to look at.
    void grabTabs()
    {
        const QString out = qEnvironmentVariable("ROLLCALL_GRAB_DIR");
        if (out.isEmpty())
            QSKIP("ROLLCALL_GRAB_DIR is not set");
        for (const QString& bundle : {m_bundle, copyBundle(QStringLiteral("grab-tampered"))}) {
            if (bundle != m_bundle) {
                QFile f(QDir(bundle).filePath(QStringLiteral("decisions.jsonl")));
                QVERIFY(f.open(QIODevice::Append));
                f.write("{}\n");
            }
            AuditorWindow window(bundle);
            QTRY_VERIFY_WITH_TIMEOUT(!window.isVerifying(), 20000);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.drawSample(20261127, 4);
            QString error;
            QVERIFY2(window.exportSamplePdf(QDir(out).filePath(QStringLiteral("sample.pdf")), error),
                     qPrintable(error));
            auto* tabs = window.findChild<QTabWidget*>();
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QTest::qWait(100);
                QVERIFY(window.grab().save(
                    QDir(out).filePath(QStringLiteral("auditor-%1-%2.png")
                                           .arg(bundle == m_bundle ? QStringLiteral("good") : QStringLiteral("bad"))
                                           .arg(i))));
            }
        }
    }

    void openFromMainWindow()
    {
        MainWindow main;
        QAction* open = main.action(QStringLiteral("openEvidence"));
        QVERIFY(open);
        FileDialog::setNextFileName(m_bundle);
        open->trigger();
        AuditorWindow* auditor = nullptr;
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* a = qobject_cast<AuditorWindow*>(w))
                auditor = a;
        }
        QVERIFY(auditor);
        QVERIFY(auditor->isVerifying()); // on a worker: the window is there at once
        QTRY_VERIFY_WITH_TIMEOUT(!auditor->isVerifying(), 20000);
        QVERIFY(auditor->isVerified());
        auditor->close();
    }
};

QTEST_MAIN(TestAuditorWindow)
#include "TestAuditorWindow.moc"
