// SPDX-License-Identifier: GPL-3.0-or-later
#include "Importer.h"
#include "RulesLoader.h"
#include "TempWorkspace.h"
#include "reconcile/NameKey.h"
#include "reconcile/Reconciler.h"
#include "store/SnapshotWriter.h"
#include "util/Clock.h"

#include <QFile>
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

IdentityRecord kim()
{
    IdentityRecord r = person(QStringLiteral("kim"), QStringLiteral("kim.laurent@acme.example"));
    r.givenName = QStringLiteral("Kim");
    r.surname = QStringLiteral("Laurent");
    r.displayName = QStringLiteral("Kim Laurent");
    r.externalIds = {QStringLiteral("00u-kim-okta")};
    return r;
}

const QString RulesYaml = QStringLiteral("corporate_domains: [acme.example]\n"
                                         "login_rewrites: [{pattern: '-acme$', replace: ''}]\n"
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
              person(QStringLiteral("sam2"), QStringLiteral("SAM@Acme-Corp.example")), kim()})
            QVERIFY(w.addIdentity(r));
        QVERIFY(w.commit());
    }

    static Rules testRules()
    {
        Rules rules;
        RulesLoader loader;
        const bool parsed = loader.parse(RulesYaml, rules);
        Q_ASSERT(parsed);
        Q_UNUSED(parsed);
        return rules;
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
        Reconciler reconciler(ws.store(), testRules());
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

    // The later steps, recommendations and suggestions, each with the account fields that drive it.
    void moreSteps_data()
    {
        QTest::addColumn<QVariantMap>("fields");
        QTest::addColumn<QString>("cls");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QString>("recommendation");
        QTest::addColumn<QString>("suggestion");
        auto f = [](std::initializer_list<std::pair<const char*, const char*>> values) {
            QVariantMap m;
            for (const auto& [k, v] : values)
                m.insert(QLatin1String(k), QString::fromUtf8(v));
            return m;
        };
        QTest::newRow("authoritative-id") << f({{"login", "kimmy"}, {"externalId", "00U-KIM-OKTA"}}) << "managed"
                                          << "authoritative-id"
                                          << "kim.laurent@acme.example"
                                          << "none"
                                          << "";
        QTest::newRow("account-secondary-email")
            << f({{"email", "kim@personal.example"}, {"otherEmails", "kim.laurent@acme.example"}}) << "managed"
            << "secondary-email"
            << "kim.laurent@acme.example"
            << "none"
            << "";
        QTest::newRow("login-flast") << f({{"login", "klaurent"}}) << "managed"
                                     << "login"
                                     << "kim.laurent@acme.example"
                                     << "none"
                                     << "";
        QTest::newRow("login-first-last") << f({{"login", "Kim-Laurent"}}) << "managed"
                                          << "login"
                                          << "kim.laurent@acme.example"
                                          << "none"
                                          << "";
        QTest::newRow("login-rewrite") << f({{"login", "klaurent-acme"}}) << "managed"
                                       << "login"
                                       << "kim.laurent@acme.example"
                                       << "none"
                                       << "";
        QTest::newRow("name-suggests")
            << f({{"login", "kl99"}, {"email", "kl@mail.example"}, {"displayName", "Laurent, Kim"}}) << "unmanaged"
            << "none"
            << ""
            << "link"
            << "kim.laurent@acme.example";
        QTest::newRow("privileged-unowned") << f({{"login", "root-x"}, {"privilege", "admin"}}) << "unmanaged"
                                            << "none"
                                            << ""
                                            << "review"
                                            << "";
        QTest::newRow("leaver") << f({{"email", "left.person@acme.example"}, {"state", "suspended"}}) << "orphaned"
                                << "email"
                                << "left.person@acme.example"
                                << "remove"
                                << "";
        QTest::newRow("stale-external") << f({{"email", "pat@partner.example"},
                                              {"lastActivity", "2025-01-01T00:00:00Z"}})
                                        << "external"
                                        << "external-domain"
                                        << ""
                                        << "expire"
                                        << "";
        QTest::newRow("tool-bot") << f({{"login", "deploy"}, {"bot", "true"}}) << "service"
                                  << "tool-bot"
                                  << ""
                                  << "none"
                                  << "";
    }

    void moreSteps()
    {
        QFETCH(QVariantMap, fields);
        QFETCH(QString, cls);
        QFETCH(QString, rule);
        QFETCH(QString, owner);
        QFETCH(QString, recommendation);
        QFETCH(QString, suggestion);
        TempWorkspace ws;
        addDirectory(ws.store());
        Reconciler reconciler(ws.store(), testRules());
        QVERIFY(reconciler.loadIdentities());
        AccountRecord a;
        a.login = fields.value(QStringLiteral("login")).toString();
        a.email = fields.value(QStringLiteral("email")).toString();
        a.accountKey = a.login.isEmpty() ? a.email : a.login;
        a.externalId = fields.value(QStringLiteral("externalId")).toString();
        a.otherEmails =
            fields.value(QStringLiteral("otherEmails")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        a.displayName = fields.value(QStringLiteral("displayName")).toString();
        a.privilege = fields.value(QStringLiteral("privilege")).toString();
        a.bot = fields.value(QStringLiteral("bot")).toString() == QLatin1String("true");
        if (fields.contains(QStringLiteral("state")))
            a.state = fields.value(QStringLiteral("state")).toString();
        if (fields.contains(QStringLiteral("lastActivity")))
            a.lastActivity =
                QDateTime::fromString(fields.value(QStringLiteral("lastActivity")).toString(), Qt::ISODate);
        const Verdict v = reconciler.judge(QStringLiteral("gh"), a, true);
        QCOMPARE(accountClassName(v.cls), cls);
        QCOMPARE(v.rule, rule);
        QCOMPARE(v.owner, owner);
        QCOMPARE(v.recommendation, recommendation);
        QCOMPARE(v.suggestions.join(QLatin1Char(',')), suggestion);
        // The trace names every step tried, in cascade order, up to the deciding one.
        QStringList steps;
        for (const TraceStep& step : v.trace)
            steps.append(step.rule);
        QCOMPARE(steps.mid(0, 2), QStringList({QStringLiteral("break-glass"), QStringLiteral("manual")}));
        if (a.disabledInTool())
            QVERIFY2(v.explanation.contains(QStringLiteral("already suspended in the tool")),
                     qPrintable(v.explanation));
    }

    void riskWeightsComeFromTheRules()
    {
        TempWorkspace ws;
        addDirectory(ws.store());
        Rules rules;
        RulesLoader loader;
        QVERIFY(loader.parse(QStringLiteral("risk_weights: {no_mfa: 40, unmanaged: 0}\n"), rules));
        Reconciler reconciler(ws.store(), rules);
        QVERIFY(reconciler.loadIdentities());
        AccountRecord a;
        a.accountKey = a.login = QStringLiteral("nobody");
        a.mfa = false;
        const Verdict v = reconciler.judge(QStringLiteral("gh"), a);
        QCOMPARE(v.cls, AccountClass::Unmanaged);
        QCOMPARE(v.risk, 40);
        QCOMPARE(v.factors.size(), 1); // a factor weighted 0 is left out
    }

    // Manual links outrank the rules, survive a new snapshot of the tool, and an unlink undoes them.
    void manualLinksSurviveReimport()
    {
        TempWorkspace ws;
        QString error;
        QVERIFY2(ws.importDemo(&error), qPrintable(error));
        Rules rules;
        QVERIFY(RulesLoader::loadForWorkspace(ws.store(), QString(), rules, error));
        QSqlQuery q(ws.store().database());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO manual_link_event (tool, account_key, action, owner_email, actor, reason, at) VALUES "
            "('aws-prod', 'arn:aws:iam::111122223333:user/legacy-admin', 'link', 'farah.nasser@larkspur.example', "
            "'reviewer', 'Farah set it up in 2018', '2026-11-27T12:00:00Z')")));
        ReconcileReport report;
        {
            Reconciler r(ws.store(), rules);
            QVERIFY(r.run(report));
        }
        QCOMPARE(report.evaluated, qint64(27)); // manual links changed: every verdict judged again
        // ...and compared with the verdicts it replaced: one account changed class, none is new.
        QCOMPARE(report.firstClassified, qint64(0));
        QCOMPARE(report.changedClass, qint64(1));
        auto verdictOf = [&](const char* login) {
            QSqlQuery v(ws.store().database());
            v.prepare(
                QStringLiteral("SELECT class, rule, owner FROM account_view WHERE tool = 'aws-prod' AND login = ?"));
            v.addBindValue(QLatin1String(login));
            return v.exec() && v.next()
                       ? QStringList{v.value(0).toString(), v.value(1).toString(), v.value(2).toString()}
                       : QStringList();
        };
        QCOMPARE(verdictOf("legacy-admin"), QStringList({QStringLiteral("managed"), QStringLiteral("manual"),
                                                         QStringLiteral("farah.nasser@larkspur.example")}));

        // A second run with nothing new judges nothing.
        {
            Reconciler r(ws.store(), rules);
            QVERIFY(r.run(report));
        }
        QCOMPARE(report.evaluated, qint64(0));
        QCOMPARE(report.accounts, qint64(27));

        // A new aws-prod snapshot: only its accounts are judged; the manual link holds.
        QFile original(QStringLiteral(ROLLCALL_DEMO_DATA "/aws-prod-credential-report.csv"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray next = original.readAll();
        next.replace("2026-11-18T13:22:10Z", "2026-11-26T09:00:00Z");
        QVERIFY(
            ws.importFile(ws.writeFile(QStringLiteral("next.csv"), next), SourceKind::Tool, QStringLiteral("aws-prod"))
                .ok);
        {
            Reconciler r(ws.store(), rules);
            QVERIFY(r.run(report));
        }
        QCOMPARE(report.evaluated, qint64(8));
        // Counts cover the kept verdicts too, as the table has them.
        QCOMPARE(report.accounts, qint64(27));
        for (AccountClass c : allAccountClasses()) {
            QCOMPARE(
                report.counts.value(c),
                ws.count(
                    QStringLiteral("SELECT count(*) FROM account_view WHERE class = '%1'").arg(accountClassName(c))));
        }
        QCOMPARE(report.firstClassified, qint64(0)); // the same accounts were judged in the older snapshot
        QCOMPARE(report.changedClass, qint64(0));
        QCOMPARE(verdictOf("legacy-admin").value(1), QStringLiteral("manual"));

        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO manual_link_event (tool, account_key, action, owner_email, actor, reason, at) VALUES "
            "('aws-prod', 'arn:aws:iam::111122223333:user/legacy-admin', 'unlink', '', 'reviewer', 'wrong person', "
            "'2026-11-27T12:00:00Z')")));
        {
            Reconciler r(ws.store(), rules);
            QVERIFY(r.run(report));
        }
        QCOMPARE(verdictOf("legacy-admin").value(0), QStringLiteral("unmanaged"));
        QCOMPARE(report.changedClass, qint64(1));
    }

    // The lookup tables grow while the directory loads (secondary e-mails are not counted beforehand) and
    // keep every key, its identity and the keys several identities share through each growth.
    void lookupTablesKeepEveryKeyAsTheyGrow()
    {
        TempWorkspace ws;
        constexpr int People = 20000;
        {
            SnapshotWriter w(ws.store());
            QVERIFY(w.begin(testSnapshot(SourceKind::Directory, QStringLiteral("directory"))));
            for (int i = 0; i < People; ++i) {
                // Every tenth pair of people shares an old address; the others have one of their own.
                const QString old = i % 10 < 2 ? QStringLiteral("shared%1@old.example").arg(i / 10)
                                               : QStringLiteral("p%1@old.example").arg(i);
                QVERIFY(w.addIdentity(person(QStringLiteral("p%1").arg(i), QStringLiteral("p%1@acme.example").arg(i),
                                             IdentityStatus::Active, false, {old})));
            }
            QVERIFY(w.commit());
        }
        Reconciler reconciler(ws.store(), testRules());
        QVERIFY(reconciler.loadIdentities());
        for (int i = 0; i < People; ++i) {
            AccountRecord account;
            account.accountKey = QStringLiteral("a%1").arg(i);
            if (i % 10 >= 2) {
                account.email = QStringLiteral("P%1@Old.example").arg(i);
                const Verdict v = reconciler.judge(QStringLiteral("tool"), account);
                QCOMPARE(v.rule, QStringLiteral("secondary-email"));
                QCOMPARE(v.owner, QStringLiteral("p%1@acme.example").arg(i));
            }
            account.email = QStringLiteral("p%1@acme.example").arg(i);
            QCOMPARE(reconciler.judge(QStringLiteral("tool"), account).rule, QStringLiteral("email"));
        }
        for (int pair = 0; pair < People / 10; ++pair) {
            AccountRecord account;
            account.accountKey = account.email = QStringLiteral("shared%1@old.example").arg(pair);
            const Verdict v = reconciler.judge(QStringLiteral("tool"), account);
            QCOMPARE(v.cls, AccountClass::Ambiguous);
            QCOMPARE(v.candidates, QStringList({QStringLiteral("p%1@acme.example").arg(pair * 10),
                                                QStringLiteral("p%1@acme.example").arg(pair * 10 + 1)}));
        }
        AccountRecord stranger;
        stranger.accountKey = stranger.email = QStringLiteral("p%1@old.example").arg(People);
        QCOMPARE(reconciler.judge(QStringLiteral("tool"), stranger).cls, AccountClass::Unmanaged);
    }

    // Accents are folded from a table for the Latin letters and by decomposing the text for anything else;
    // the table must give what decomposing gives, whatever surrounds a character. An omega at the end sends
    // a text down the decomposing path (it is outside the table and decomposes to itself), so each text is
    // folded both ways.
    void foldingAccentsAsDecomposing()
    {
        const QString omega = QStringLiteral("\u03a9");
        auto bothWays = [&](const QString& text) {
            QCOMPARE(foldAccents(text) + QStringLiteral("\u03c9"), foldAccents(text + omega));
        };
        QString everyLatin;
        for (char16_t c = 0x20; c < 0x250; ++c) {
            bothWays(QStringLiteral("Ab") + QChar(c) + QStringLiteral("Cd"));
            everyLatin.append(QChar(c));
        }
        bothWays(everyLatin);
        QCOMPARE(
            foldAccents(QStringLiteral("Ay\u015fe \u00d8ster \u0141\u00f3d\u017a \u0130lker \u00c6sa \u00dfa \u1e9eA")),
            QStringLiteral("ayse oster lodz ilker aesa ssa ssa"));
        QCOMPARE(foldAccents(QStringLiteral("Jo\u0308rg \u01c4 \u0132")),
                 QStringLiteral("jorg dz ij")); // a mark; compatibility letters
        QCOMPARE(nameKey(QStringLiteral("M\u00fcller, J\u00f6rg")), nameKey(QStringLiteral("jorg.muller")));
    }

    // The keys made from names: words sorted after folding, "Last, First" turned round, a login's domain
    // dropped; login shapes from the letters and digits of each part.
    void nameKeysAndLoginShapes()
    {
        QCOMPARE(nameKey(QStringLiteral("  Smith, Zo\u00eb  ")), QStringLiteral("smith zoe"));
        QCOMPARE(nameKey(QStringLiteral("zoe.smith@acme.example")), QStringLiteral("smith zoe"));
        QCOMPARE(nameKey(QStringLiteral("O'Brien-Smith, Zo\u00eb 2nd")), QStringLiteral("brien nd o smith zoe"));
        QCOMPARE(nameKey(QStringLiteral("Cher")), QString());
        QCOMPARE(nameKey(QStringLiteral("\u674e \u5c0f\u9f99")), QStringLiteral("\u5c0f\u9f99 \u674e"));
        QCOMPARE(loginShapes(QStringLiteral("Zo\u00eb"), QStringLiteral("O'Brien-Smith")),
                 QStringList({QStringLiteral("zoe.obriensmith"), QStringLiteral("zobriensmith"),
                              QStringLiteral("zoe-obriensmith")}));
        QCOMPARE(
            loginShapes(QStringLiteral("J\u00f8rgen"), QStringLiteral("\u0141\u00f3d\u017a 3")),
            QStringList({QStringLiteral("jorgen.lodz3"), QStringLiteral("jlodz3"), QStringLiteral("jorgen-lodz3")}));
        QCOMPARE(loginShapes(QStringLiteral("'"), QStringLiteral("Smith")), QStringList());
        QCOMPARE(loginPart(QStringLiteral("Ren\u00e9e-Ana")), QStringLiteral("reneeana"));
    }

    // explain/link/unlink name an account by key or by login, in the tool's current snapshot only.
    void findsAccountsByKeyThenLogin()
    {
        TempWorkspace ws;
        addDirectory(ws.store());
        auto addTool = [&](const QStringList& keys, const QString& login) {
            SnapshotWriter w(ws.store());
            SnapshotInfo info = testSnapshot(SourceKind::Tool, QStringLiteral("gh"));
            info.fileSha256 = keys.join(QLatin1Char(',')) + login; // one snapshot per file
            QVERIFY(w.begin(info));
            int line = 2;
            for (const QString& key : keys) {
                AccountRecord a;
                a.accountKey = key;
                a.login = login;
                a.raw = key;
                a.line = line++;
                QVERIFY(w.addAccount(a));
            }
            QVERIFY(w.commit());
        };
        addTool({QStringLiteral("old-1")}, QStringLiteral("retired"));
        addTool({QStringLiteral("k-1"), QStringLiteral("k-2"), QStringLiteral("shared")}, QStringLiteral("shared"));
        Reconciler r(ws.store(), Rules());
        qint64 id = 0;
        AccountRecord account;
        QVERIFY2(r.findAccount(QStringLiteral("gh"), QStringLiteral("k-2"), id, account), qPrintable(r.errorString()));
        QCOMPARE(account.accountKey, QStringLiteral("k-2"));
        // A key wins over the same text as somebody's login.
        QVERIFY(r.findAccount(QStringLiteral("gh"), QStringLiteral("shared"), id, account));
        QCOMPARE(account.accountKey, QStringLiteral("shared"));
        QCOMPARE(id, ws.count(QStringLiteral("SELECT id FROM account WHERE account_key = 'shared'")));
        addTool({QStringLiteral("k-1"), QStringLiteral("k-2")}, QStringLiteral("twin"));
        QVERIFY(!r.findAccount(QStringLiteral("gh"), QStringLiteral("twin"), id, account));
        QCOMPARE(r.errorString(), QStringLiteral("login 'twin' is used by 2 accounts of tool 'gh'; name one by its "
                                                 "account key: k-1, k-2"));
        QVERIFY(!r.findAccount(QStringLiteral("gh"), QStringLiteral("old-1"), id, account)); // an older snapshot
        QCOMPARE(r.errorString(), QStringLiteral("no account 'old-1' in the current snapshot of tool 'gh'"));
        QVERIFY(!r.findAccount(QStringLiteral("other"), QStringLiteral("k-1"), id, account));
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
        const Verdict v = reconciler.judge(QStringLiteral("gh"), account, true);
        QCOMPARE(v.cls, AccountClass::Orphaned);
        // privileged 30 + orphaned 40 + no MFA 15 + stale 15
        QCOMPARE(v.risk, 100);
        // Without a trace the same factors, without their words: a run stores names and points only.
        const Verdict stored = reconciler.judge(QStringLiteral("gh"), account);
        QCOMPARE(stored.factors.size(), v.factors.size());
        for (qsizetype i = 0; i < v.factors.size(); ++i) {
            QCOMPARE(stored.factors.at(i).name, v.factors.at(i).name);
            QCOMPARE(stored.factors.at(i).points, v.factors.at(i).points);
            QVERIFY(stored.factors.at(i).text.isEmpty());
        }
        QStringList texts;
        for (const RiskFactor& f : v.factors)
            texts.append(f.text);
        QCOMPARE(texts,
                 QStringList({QStringLiteral("privileged (admin)"), QStringLiteral("owner has left or is disabled"),
                              QStringLiteral("no MFA"), QStringLiteral("no activity for 330 days")}));
        // Stored as names and points; the words come back from the account as it was when judged.
        QCOMPARE(v.riskFactorsJson(), QByteArray("[{\"factor\":\"privileged\",\"points\":30},{\"factor\":"
                                                 "\"orphaned\",\"points\":40},{\"factor\":\"no_mfa\",\"points\":15},"
                                                 "{\"factor\":\"stale\",\"points\":15}]"));
        for (const RiskFactor& f : v.factors)
            QCOMPARE(Reconciler::riskFactorText(f.name, account, Clock::nowUtc()), f.text);
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
        QCOMPARE(report.evaluated, qint64(0));
        QCOMPARE(report.identities, qint64(ws.count(QStringLiteral("SELECT count(*) FROM identity"))));
        const qint64 runs = ws.count(QStringLiteral("SELECT count(*) FROM reconcile_run"));

        // Nothing changed: the run says so without judging or recording anything.
        QVERIFY(again.run(report));
        QCOMPARE(report.evaluated, qint64(0));
        QCOMPARE(report.accounts, qint64(27));
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM reconcile_run")), runs);

        // A new day (staleness counts days) and new rules each judge every account again.
        Clock::setFixed(QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC));
        QVERIFY(again.run(report));
        Clock::setFixed(QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC));
        QCOMPARE(report.evaluated, qint64(27));
        QCOMPARE(report.firstClassified, qint64(0));
        rules.staleAfterDays += 1;
        Reconciler stricter(ws.store(), rules);
        QVERIFY(stricter.run(report));
        QCOMPARE(report.evaluated, qint64(27));
        QCOMPARE(report.accounts, qint64(27));

        // A run stores its verdicts without the foreign key and CHECK checks; the connection has them back.
        QSqlQuery q(ws.store().database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(!q.exec(QStringLiteral("UPDATE link SET class = 'friendly' WHERE account_id = (SELECT MIN(account_id) "
                                       "FROM link)")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE link SET identity_id = -1 WHERE account_id = (SELECT MIN(account_id) "
                                       "FROM link)")));
    }
};

QTEST_GUILESS_MAIN(TestReconciler)
#include "TestReconciler.moc"
