// SPDX-License-Identifier: GPL-3.0-or-later
// rollcall-cli end to end, as a script or an auditor would run it.
#include "config-rollcall-tests.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;

    Run cli(QStringList args, bool withWorkspace = true)
    {
        if (withWorkspace)
            args = QStringList{QStringLiteral("--workspace"), m_workspace} + args;
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        // Risk depends on how long ago accounts were used: pin "now" to the demo data's day.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ROLLCALL_NOW"), QStringLiteral("2026-11-27T12:00:00Z"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ROLLCALL_CLI), args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QString writeFile(const QString& name, const QByteArray& content)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return f.fileName();
    }

    static QString demo(const char* name) { return QStringLiteral(ROLLCALL_DEMO_DATA "/") + QLatin1String(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("ws.rollcall"));
    }

    void endToEnd()
    {
        Run r = cli({QStringLiteral("init")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Created workspace")));
        r = cli({QStringLiteral("--config"), demo("rollcall.yaml"), QStringLiteral("import"),
                 QStringLiteral("--directory"), demo("entra-users.csv")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Imported 14 rows")), qPrintable(r.out + r.err));
        for (const auto& [tool, file] : {std::pair{"aws-prod", "aws-prod-credential-report.csv"},
                                         std::pair{"aws-staging", "aws-staging-credential-report.csv"},
                                         std::pair{"atlassian", "atlassian-export-users.csv"}}) {
            r = cli({QStringLiteral("import"), QStringLiteral("--tool"), QLatin1String(tool), demo(file)});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        r = cli({QStringLiteral("import"), QStringLiteral("--tool"), QStringLiteral("atlassian"),
                 demo("atlassian-export-users.csv")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("already imported")), qPrintable(r.out));

        r = cli({QStringLiteral("reconcile")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Reconciled 27 accounts against 14 identities")), qPrintable(r.out));

        r = cli({QStringLiteral("accounts"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 28);
        QVERIFY(
            lines.first().startsWith(QStringLiteral("tool,account,login,email,display_name,class,owner,rule,risk")));
        QVERIFY(lines.contains(
            QStringLiteral("aws-prod,arn:aws:iam::111122223333:user/dana.kowalski,dana.kowalski,,,orphaned,"
                           "dana.kowalski@larkspur.example,login,65,,false,2026-11-25T02:10:00Z,false,"
                           "\"login 'dana.kowalski' as a corporate e-mail local part or first.last, flast, "
                           "first-last matches Dana Kowalski <dana.kowalski@larkspur.example>, whose directory status "
                           "is disabled\",active,,,,false")));

        r = cli({QStringLiteral("accounts"), QStringLiteral("--class"), QStringLiteral("unmanaged"),
                 QStringLiteral("--tool"), QStringLiteral("aws-prod"), QStringLiteral("--format"),
                 QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("\"login\":\"legacy-admin\"")));
        QVERIFY(r.out.contains(QStringLiteral("\"login\":\"emil\"")));
        QVERIFY(!r.out.contains(QStringLiteral("svc-terraform")));

        r = cli({QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("\"break-glass\": 2")));

        r = cli({QStringLiteral("formats")}, false);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("aws-iam-credential-report")));
    }

    void diffBetweenSnapshots()
    {
        QFile original(demo("aws-prod-credential-report.csv"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = original.readAll().split('\n');
        QList<QByteArray> next;
        for (QByteArray line : lines) {
            if (line.startsWith("legacy-admin,"))
                continue; // removed
            if (line.startsWith("bruno.okafor,"))
                line.replace("2026-11-18T13:22:10Z", "2026-11-26T09:00:00Z"); // used again
            next.append(line);
        }
        next.append("newbie,arn:aws:iam::111122223333:user/newbie,2026-11-20T09:00:00Z,true,no_information,"
                    "2026-11-20T09:00:00Z,N/A,false,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A");
        const QString file = writeFile(QStringLiteral("aws-prod-next.csv"), next.join('\n'));
        Run r = cli({QStringLiteral("import"), QStringLiteral("--tool"), QStringLiteral("aws-prod"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("diff"), QStringLiteral("--tool"), QStringLiteral("aws-prod"),
                 QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts),
                 QStringList({QStringLiteral("change,account,login,email,field,before,after"),
                              QStringLiteral("changed,arn:aws:iam::111122223333:user/bruno.okafor,bruno.okafor,,"
                                             "last_activity,2026-11-18T13:22:10Z,2026-11-26T09:00:00Z"),
                              QStringLiteral("removed,arn:aws:iam::111122223333:user/legacy-admin,legacy-admin,,,,"),
                              QStringLiteral("added,arn:aws:iam::111122223333:user/newbie,newbie,,,,")}));
        r = cli({QStringLiteral("diff"), QStringLiteral("--tool"), QStringLiteral("aws-staging")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("tool 'aws-staging' has one snapshot")), qPrintable(r.err));
        r = cli({QStringLiteral("diff"), QStringLiteral("--tool"), QStringLiteral("aws-prod"), QStringLiteral("--from"),
                 QStringLiteral("2")});
        QCOMPARE(r.exitCode, 2);
    }

    void explainLinkUnlink()
    {
        Run r = cli({QStringLiteral("explain"), QStringLiteral("--tool"), QStringLiteral("aws-prod"),
                     QStringLiteral("--account"), QStringLiteral("emil")});
        QCOMPARE(r.exitCode, 0);
        for (const char* expected : {"Class: unmanaged. Owner: none. Rule: none. Recommendation: none.", "login ",
                                     "emil", "no identity", "+25     unmanaged", "+15     no_mfa"})
            QVERIFY2(r.out.contains(QLatin1String(expected)), qPrintable(r.out));

        r = cli({QStringLiteral("link"), QStringLiteral("--tool"), QStringLiteral("aws-prod"),
                 QStringLiteral("--account"), QStringLiteral("emil"), QStringLiteral("--owner"),
                 QStringLiteral("Emil.Haddad@larkspur.example"), QStringLiteral("--reason"),
                 QStringLiteral("Emil confirmed it is his, ticket IT-7"), QStringLiteral("--actor"),
                 QStringLiteral("auditor@larkspur.example")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("now orphaned: linked by auditor@larkspur.example on 2026-11-27: Emil "
                                               "confirmed it is his, ticket IT-7; owner Emil Haddad")),
                 qPrintable(r.out));
        r = cli({QStringLiteral("accounts"), QStringLiteral("--tool"), QStringLiteral("aws-prod"),
                 QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(r.out.contains(QStringLiteral("emil,,,orphaned,emil.haddad@larkspur.example,manual,")),
                 qPrintable(r.out));

        r = cli({QStringLiteral("link"), QStringLiteral("--tool"), QStringLiteral("aws-prod"),
                 QStringLiteral("--account"), QStringLiteral("emil"), QStringLiteral("--owner"),
                 QStringLiteral("nobody@larkspur.example"), QStringLiteral("--reason"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no identity with the e-mail nobody@larkspur.example")),
                 qPrintable(r.err));
        r = cli({QStringLiteral("link"), QStringLiteral("--tool"), QStringLiteral("aws-prod"),
                 QStringLiteral("--account"), QStringLiteral("emil"), QStringLiteral("--owner"),
                 QStringLiteral("ada.lindqvist@larkspur.example")});
        QCOMPARE(r.exitCode, 2); // no reason

        r = cli({QStringLiteral("unlink"), QStringLiteral("--tool"), QStringLiteral("aws-prod"),
                 QStringLiteral("--account"), QStringLiteral("emil"), QStringLiteral("--reason"),
                 QStringLiteral("wrong person")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("now unmanaged")), qPrintable(r.out));
        r = cli({QStringLiteral("unlink"), QStringLiteral("--tool"), QStringLiteral("aws-prod"),
                 QStringLiteral("--account"), QStringLiteral("emil"), QStringLiteral("--reason"),
                 QStringLiteral("again")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("has no manual link")), qPrintable(r.err));
        r = cli({QStringLiteral("explain"), QStringLiteral("--tool"), QStringLiteral("aws-prod"),
                 QStringLiteral("--account"), QStringLiteral("nobody")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no account 'nobody' in the current snapshot of tool 'aws-prod'")),
                 qPrintable(r.err));
    }

    void badRowExitsOneAndChangesNothing()
    {
        const Run before = cli({QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("json")});
        QString content = QString::fromUtf8([] {
            QFile f(QStringLiteral(ROLLCALL_DEMO_DATA "/aws-prod-credential-report.csv"));
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }());
        content.replace(QStringLiteral("legacy-admin,arn"), QStringLiteral("legacy-admin,not-an-arn"));
        const QString bad = writeFile(QStringLiteral("bad.csv"), content.toUtf8());
        const Run r = cli({QStringLiteral("import"), QStringLiteral("--tool"), QStringLiteral("aws-prod"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(bad + QStringLiteral(":9: field 'arn': expected an ARN")), qPrintable(r.err));
        const Run after = cli({QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(after.out, before.out);
    }

    void formulaCellsAreNeutralised()
    {
        const QString file = writeFile(
            QStringLiteral("atl.csv"),
            "User id,User name,email,User status,Added to org,Org role\r\n"
            "acc-1,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",@evil@x.example,Active,1 Jan 2024,None\r\n");
        Run r = cli({QStringLiteral("import"), QStringLiteral("--tool"), QStringLiteral("jira"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("accounts"), QStringLiteral("--tool"), QStringLiteral("jira"),
                 QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral(",'@evil@x.example,'@evil@x.example,\"'=HYPERLINK(")),
                 qPrintable(r.out));
        QVERIFY2(r.out.trimmed().endsWith(QStringLiteral(",true")), qPrintable(r.out)); // flagged: formula cells
        QVERIFY(r.err.contains(QStringLiteral("not reconciled")));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no-command") << QStringList{} << "no command given";
        QTest::newRow("unknown-command") << QStringList{QStringLiteral("frobnicate")} << "unknown command 'frobnicate'";
        QTest::newRow("unknown-option") << QStringList{QStringLiteral("--frob"), QStringLiteral("summary")}
                                        << "Unknown option 'frob'";
        QTest::newRow("import-neither") << QStringList{QStringLiteral("import"), QStringLiteral("x.csv")}
                                        << "import needs either --directory FILE or --tool NAME FILE";
        QTest::newRow("bad-tool-name") << QStringList{QStringLiteral("import"), QStringLiteral("--tool"),
                                                      QStringLiteral("AWS Prod"), QStringLiteral("x.csv")}
                                       << "tool name 'AWS Prod'";
        QTest::newRow("bad-class") << QStringList{QStringLiteral("accounts"), QStringLiteral("--class"),
                                                  QStringLiteral("rogue")}
                                   << "--class: expected one of managed, orphaned";
        QTest::newRow("bad-format") << QStringList{QStringLiteral("summary"), QStringLiteral("--format"),
                                                   QStringLiteral("xml")}
                                    << "--format: expected table or json";
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void dataErrorsExitOne()
    {
        Run r = cli({QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("absent.rollcall")),
                     QStringLiteral("summary")},
                    false);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("no workspace here")));
        const QString rules = writeFile(QStringLiteral("rules.yaml"), "corporate_domains: [a.example]\nstale: 3\n");
        r = cli({QStringLiteral("--config"), rules, QStringLiteral("reconcile")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(rules + QStringLiteral(":2:1: unknown key 'stale'")), qPrintable(r.err));
        const QString junk = writeFile(QStringLiteral("junk.bin"), QByteArray("\x7f"
                                                                              "ELF\x02\x01\x01\0\0\0",
                                                                              10));
        r = cli({QStringLiteral("import"), QStringLiteral("--tool"), QStringLiteral("x"), junk});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("binary file")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
