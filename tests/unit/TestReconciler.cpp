// SPDX-License-Identifier: GPL-3.0-or-later
#include "RulesLoader.h"
#include "TempWorkspace.h"
#include "reconcile/Reconciler.h"
#include "store/SnapshotWriter.h"
#include "util/Clock.h"

#include <QSqlQuery>
#include <QTest>

using namespace Rollcall;

namespace {

IdentityRecord person(const QString& key, const QString& mail, IdentityStatus status = IdentityStatus::Active,
                      bool guest = false, const QStringList& other = {})
{
    IdentityRecord r;
    r.sourceKey = key;
    r.email = mail;
    r.upn = mail;
    r.displayName = key;
    r.status = status;
    r.guest = guest;
    r.otherEmails = other;
    r.raw = key;
    r.line = 2;
    return r;
}

const QString RulesYaml = QStringLiteral("corporate_domains: [acme.example]\n"
                                         "alias_domains: {acme-corp.example: acme.example}\n"
                                         "external_domains: [partner.example]\n"
                                         "plus_addressing: true\n"
                                         "service_accounts: {patterns: ['svc-*', '*-bot']}\n"
                                         "break_glass: [{tool: aws, account: '<root_account>', owner: "
                                         "ops@acme.example}]\n"
                                         "stale_after_days: 90\n");

} // namespace

class TestReconciler : public QObject
{
    Q_OBJECT

private:
    // The directory every case runs against.
    static void addDirectory(Store& store)
    {
        SnapshotWriter w(store);
        QVERIFY(w.begin(testSnapshot(SourceKind::Directory, QStringLiteral("directory"))));
        for (const IdentityRecord& r :
             {person(QStringLiteral("jane"), QStringLiteral("Jane.Doe@acme.example")),
              person(QStringLiteral("left"), QStringLiteral("left.person@acme.example"), IdentityStatus::Terminated),
              person(QStringLiteral("guest"), QStringLiteral("gus@partner.example"), IdentityStatus::Active, true),
              person(QStringLiteral("alt"), QStringLiteral("alt.person@acme.example"), IdentityStatus::Active, false,
                     {QStringLiteral("alt@home.example")}),
              person(QStringLiteral("ops"), QStringLiteral("ops@acme.example")),
              person(QStringLiteral("sam1"), QStringLiteral("sam@acme.example")),
              person(QStringLiteral("sam2"), QStringLiteral("SAM@Acme-Corp.example"))})
            QVERIFY(w.addIdentity(r));
        QVERIFY(w.commit());
    }

private Q_SLOTS:
    void initTestCase() { Clock::setFixed(QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC)); }
    void cleanupTestCase() { Clock::setFixed({}); }

    void cascade_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("cls");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("owner");

        QTest::newRow("email-case-space") << "gh"
                                          << "jdoe"
                                          << "  JANE.doe@ACME.example "
                                          << "managed"
                                          << "email"
                                          << "jane.doe@acme.example";
        QTest::newRow("alias-domain") << "gh"
                                      << ""
                                      << "jane.doe@acme-corp.example"
                                      << "managed"
                                      << "email"
                                      << "jane.doe@acme.example";
        QTest::newRow("plus-tag") << "gh"
                                  << ""
                                  << "jane.doe+github@acme.example"
                                  << "managed"
                                  << "email"
                                  << "jane.doe@acme.example";
        QTest::newRow("login-local-part") << "aws"
                                          << "Jane.Doe"
                                          << ""
                                          << "managed"
                                          << "login"
                                          << "jane.doe@acme.example";
        QTest::newRow("login-is-email") << "jira"
                                        << "jane.doe@acme.example"
                                        << ""
                                        << "managed"
                                        << "email"
                                        << "jane.doe@acme.example";
        QTest::newRow("leaver") << "gh"
                                << ""
                                << "left.person@acme.example"
                                << "orphaned"
                                << "email"
                                << "left.person@acme.example";
        QTest::newRow("guest") << "gh"
                               << ""
                               << "gus@partner.example"
                               << "external"
                               << "email"
                               << "gus@partner.example";
        QTest::newRow("external-domain") << "gh"
                                         << ""
                                         << "pat@partner.example"
                                         << "external"
                                         << "external-domain"
                                         << "";
        QTest::newRow("secondary-email") << "gh"
                                         << ""
                                         << "alt@home.example"
                                         << "managed"
                                         << "secondary-email"
                                         << "alt.person@acme.example";
        QTest::newRow("service-pattern") << "aws"
                                         << "svc-deploy"
                                         << ""
                                         << "service"
                                         << "service-pattern"
                                         << "";
        QTest::newRow("service-email-local-part") << "jira"
                                                  << ""
                                                  << "build-bot@acme.example"
                                                  << "service"
                                                  << "service-pattern"
                                                  << "";
        QTest::newRow("break-glass") << "aws"
                                     << "<root_account>"
                                     << ""
                                     << "break-glass"
                                     << "break-glass"
                                     << "ops@acme.example";
        QTest::newRow("break-glass-other-tool") << "aws-2"
                                                << "<root_account>"
                                                << ""
                                                << "unmanaged"
                                                << "none"
                                                << "";
        QTest::newRow("ambiguous-email") << "gh"
                                         << ""
                                         << "sam@acme.example"
                                         << "ambiguous"
                                         << "email"
                                         << "";
        QTest::newRow("unmanaged") << "gh"
                                   << "octocat"
                                   << "octo@gmail.example"
                                   << "unmanaged"
                                   << "none"
                                   << "";
        QTest::newRow("no-plus-guessing-without-rule") << "gh"
                                                       << ""
                                                       << "nobody+x@acme.example"
                                                       << "unmanaged"
                                                       << "none"
                                                       << "";
    }

    void cascade()
    {
        QFETCH(QString, tool);
        QFETCH(QString, login);
        QFETCH(QString, email);
        QFETCH(QString, cls);
        QFETCH(QString, rule);
        QFETCH(QString, owner);

        TempWorkspace ws;
        addDirectory(ws.store());
        Rules rules;
        RulesLoader loader;
        QVERIFY(loader.parse(RulesYaml, rules));
        Reconciler reconciler(ws.store(), rules);
        QVERIFY(reconciler.loadIdentities());
        AccountRecord account;
        account.accountKey = login.isEmpty() ? email : login;
        account.login = login;
        account.email = email;
        const Verdict v = reconciler.judge(tool, account);
        QCOMPARE(accountClassName(v.cls), cls);
        QCOMPARE(v.rule, rule);
        QVERIFY(!v.explanation.isEmpty());
        QString actualOwner;
        if (v.identityId) {
            QSqlQuery q(ws.store().database());
            q.prepare(QStringLiteral("SELECT lower(email) FROM identity WHERE id = ?"));
            q.addBindValue(v.identityId);
            QVERIFY(q.exec() && q.next());
            actualOwner = q.value(0).toString();
        }
        QCOMPARE(actualOwner, owner);
        if (cls == QLatin1String("ambiguous"))
            QCOMPARE(v.candidates.size(), 2);
    }

    void riskFactorsAreExplained()
    {
        TempWorkspace ws;
        addDirectory(ws.store());
        Reconciler reconciler(ws.store(), Rules());
        QVERIFY(reconciler.loadIdentities());
        AccountRecord account;
        account.accountKey = account.login = QStringLiteral("left.person");
        account.privilege = QStringLiteral("admin");
        account.mfa = false;
        account.lastActivity = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        const Verdict v = reconciler.judge(QStringLiteral("gh"), account);
        QCOMPARE(v.cls, AccountClass::Orphaned);
        // privileged 30 + orphaned 40 + no MFA 15 + stale 15
        QCOMPARE(v.risk, 100);
        for (const char* factor : {"privileged (admin)", "owner has left or is disabled", "no MFA", "no activity for"})
            QVERIFY2(v.riskFactorsJson().contains(QLatin1String(factor)), qPrintable(v.riskFactorsJson()));
    }

    void runOverDemoCountsEveryClass()
    {
        TempWorkspace ws;
        QString error;
        QVERIFY2(ws.importDemo(&error), qPrintable(error));
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM account_view WHERE class IS NULL")), qint64(0));
        for (AccountClass c : allAccountClasses()) {
            QVERIFY2(ws.count(QStringLiteral("SELECT count(*) FROM account_view WHERE class = '%1'")
                                  .arg(accountClassName(c))) > 0,
                     qPrintable(accountClassName(c)));
        }
        // A second run changes nothing and says so.
        Rules rules;
        QVERIFY(RulesLoader::loadForWorkspace(ws.store(), QString(), rules, error));
        Reconciler again(ws.store(), rules);
        ReconcileReport report;
        QVERIFY(again.run(report));
        QCOMPARE(report.accounts, qint64(27));
        QCOMPARE(report.firstClassified, qint64(0));
        QCOMPARE(report.changedClass, qint64(0));
        QCOMPARE(report.counts.value(AccountClass::Orphaned), qint64(4));
    }
};

QTEST_GUILESS_MAIN(TestReconciler)
#include "TestReconciler.moc"
