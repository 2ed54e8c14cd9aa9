// SPDX-License-Identifier: GPL-3.0-or-later
#include "RulesLoader.h"

#include <QTest>

using namespace Rollcall;

class TestRulesLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void full()
    {
        RulesLoader loader;
        Rules rules;
        QVERIFY2(loader.parse(QStringLiteral("corporate_domains: [Acme.Example]\n"
                                             "alias_domains:\n  acme-corp.example: acme.example\n"
                                             "external_domains: ['@partner.example']\n"
                                             "plus_addressing: true\n"
                                             "service_accounts:\n  patterns: ['svc-*', '*-bot']\n"
                                             "break_glass:\n  - tool: aws-prod\n    account: '<root_account>'\n"
                                             "    owner: CTO@acme.example\n"
                                             "stale_after_days: 45\n"
                                             "login_rewrites: [{pattern: '-acme$', replace: ''}]\n"
                                             "risk_weights: {no_mfa: 25, disabled_in_tool: -30}\n"),
                              rules),
                 qPrintable(loader.error().message));
        QCOMPARE(rules.corporateDomains, QStringList{QStringLiteral("acme.example")});
        QCOMPARE(rules.aliasDomains.value(QStringLiteral("acme-corp.example")), QStringLiteral("acme.example"));
        QCOMPARE(rules.externalDomains, QStringList{QStringLiteral("partner.example")});
        QVERIFY(rules.plusAddressing);
        QCOMPARE(rules.servicePatterns.size(), 2);
        QCOMPARE(rules.breakGlass.size(), 1);
        QCOMPARE(rules.breakGlass.first().owner, QStringLiteral("cto@acme.example"));
        QCOMPARE(rules.staleAfterDays, 45);
        QCOMPARE(rules.loginRewrites.size(), 1);
        QCOMPARE(
            QStringLiteral("jdoe-ACME").replace(rules.loginRewrites.first().first, rules.loginRewrites.first().second),
            QStringLiteral("jdoe"));
        QCOMPARE(rules.riskWeight(QStringLiteral("no_mfa")), 25);
        QCOMPARE(rules.riskWeight(QStringLiteral("privileged")), 30); // default
        QCOMPARE(rules.normaliseEmail(QStringLiteral("  Jane.Doe+jira@ACME-corp.example ")),
                 QStringLiteral("jane.doe@acme.example"));
    }

    void normalisesEmail_data()
    {
        QTest::addColumn<bool>("plus");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("normalised");
        // Addresses already in shape come back as they are; any of these differences takes the long way.
        QTest::newRow("in-shape") << false << "jane.doe@acme.example"
                                  << "jane.doe@acme.example";
        QTest::newRow("upper-case") << false << "Jane.Doe@Acme.Example"
                                    << "jane.doe@acme.example";
        QTest::newRow("spaces-around") << false << "\tjane@acme.example "
                                       << "jane@acme.example";
        QTest::newRow("space-inside") << false << "jane doe@acme.example"
                                      << "";
        QTest::newRow("alias-domain") << false << "jane@acme-corp.example"
                                      << "jane@acme.example";
        QTest::newRow("plus-kept") << false << "jane+jira@acme.example"
                                   << "jane+jira@acme.example";
        QTest::newRow("plus-dropped") << true << "jane+jira@acme.example"
                                      << "jane@acme.example";
        QTest::newRow("non-ascii") << false << "ÅSA@acme.example"
                                   << "åsa@acme.example";
        QTest::newRow("last-at") << false << "a@b@acme.example"
                                 << "a@b@acme.example";
        QTest::newRow("no-local-part") << false << "@acme.example"
                                       << "";
        QTest::newRow("no-domain") << false << "jane@"
                                   << "";
        QTest::newRow("no-at") << false << "jane"
                               << "";
        QTest::newRow("empty") << false << ""
                               << "";
    }

    void normalisesEmail()
    {
        QFETCH(bool, plus);
        QFETCH(QString, email);
        QFETCH(QString, normalised);
        Rules rules;
        rules.aliasDomains.insert(QStringLiteral("acme-corp.example"), QStringLiteral("acme.example"));
        rules.plusAddressing = plus;
        QCOMPARE(rules.normaliseEmail(email), normalised);
    }

    void emptyGivesDefaults()
    {
        RulesLoader loader;
        Rules rules;
        QVERIFY(loader.parse(QString(), rules));
        QCOMPARE(rules.staleAfterDays, 90);
        QVERIFY(!rules.plusAddressing);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown-key")
            << "corporate_domains: [a.example]\ncorporate_domain: [b.example]\n"
            << "rules.yaml:2:1: unknown key 'corporate_domain'; expected one of "
               "corporate_domains, alias_domains, external_domains, plus_addressing, "
               "service_accounts, break_glass, stale_after_days, login_rewrites, risk_weights, limits";
        QTest::newRow("bad-bool") << "plus_addressing: sometimes\n"
                                  << "rules.yaml:1:18: plus_addressing: expected true or false, found \"sometimes\"";
        QTest::newRow("bad-domain") << "external_domains: [partner]\n"
                                    << "rules.yaml:1:20: external_domains: expected a domain such as example.com, "
                                       "found \"partner\"";
        QTest::newRow("bad-days")
            << "stale_after_days: soon\n"
            << "rules.yaml:1:19: stale_after_days: expected a whole number of days from 1 to 3650";
        QTest::newRow("break-glass-incomplete")
            << "break_glass:\n  - tool: aws\n    account: root\n"
            << "rules.yaml:2:5: break_glass: each entry needs tool, account and owner";
        QTest::newRow("syntax") << "corporate_domains: [a.example\nplus_addressing: true\n"
                                << "rules.yaml:2:16: end of sequence flow not found";
        QTest::newRow("bad-regex")
            << "login_rewrites:\n  - pattern: '(unclosed'\n"
            << "rules.yaml:2:14: login_rewrites.pattern: not a valid regular expression: missing closing parenthesis";
        QTest::newRow("unknown-factor")
            << "risk_weights: {mfa: 10}\n"
            << "rules.yaml:1:16: risk_weights: unknown factor 'mfa'; expected one of privileged, "
               "orphaned, unmanaged, ambiguous, external, external_no_expiry, no_mfa, stale, "
               "never_used, unused_access_key, old_access_key, disabled_in_tool";
        QTest::newRow("not-a-map") << "- a\n- b\n"
                                   << "rules.yaml:1:1: expected a mapping of rule names to values at the top level";
        QTest::newRow("unknown-limit")
            << "limits:\n  max_cells: 5\n"
            << "rules.yaml:2:3: limits: unknown limit 'max_cells'; expected one of max_file_size_mb, max_rows, "
               "max_field_length_kb";
        QTest::newRow("bad-limit") << "limits: {max_rows: 0}\n"
                                   << "rules.yaml:1:20: limits.max_rows: expected a whole number from 1 to 1000000000";
        // A "billion laughs": eight levels of ten aliases each would be 10^8 values.
        QString bomb = QStringLiteral("corporate_domains: &l0 [a.example, b.example]\nx:\n");
        for (int level = 1; level <= 8; ++level) {
            QStringList aliases;
            for (int i = 0; i < 10; ++i)
                aliases.append(QStringLiteral("*l%1").arg(level - 1));
            bomb += QStringLiteral("  - &l%1 [%2]\n").arg(level).arg(aliases.join(QLatin1String(", ")));
        }
        QTest::newRow("alias-bomb") << bomb
                                    << "rules.yaml:2:1: more than 100000 values once its anchors and aliases are "
                                       "expanded; refused";
        QTest::newRow("too-deep")
            << QStringLiteral("risk_weights: ") + QString(40, QLatin1Char('[')) + QString(40, QLatin1Char(']')) +
                   QStringLiteral("\n")
            << "rules.yaml:1:47: nested deeper than 32 levels; expected a flat rules or mapping file";
        QTest::newRow("too-large") << QStringLiteral("# ") + QString(1024 * 1024, QLatin1Char('x'))
                                   << "rules.yaml:1:1: the file is larger than 1024 KiB; expected a small YAML file";
    }

    void errors()
    {
        QFETCH(QString, yaml);
        QFETCH(QString, error);
        RulesLoader loader;
        Rules rules;
        QVERIFY(!loader.parse(yaml, rules));
        QCOMPARE(loader.error().format(QStringLiteral("rules.yaml")), error);
    }
};

QTEST_GUILESS_MAIN(TestRulesLoader)
#include "TestRulesLoader.moc"
