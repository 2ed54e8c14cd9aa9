// SPDX-License-Identifier: GPL-3.0-or-later
// Decisions on the demo company's campaign: every decision and its validation, undo, separation of
// duties, the bulk guardrails and decision CSVs, and the directory lookups they rest on.
#include "DemoCampaign.h"
#include "campaign/CampaignStore.h"
#include "campaign/DecisionService.h"
#include "campaign/OwnerDirectory.h"
#include "reconcile/Reconciler.h"

#include <QSqlQuery>
#include <QTest>

using namespace Rollcall;

class TestDecisions : public QObject, protected DemoCampaign::Fixture
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { tearDown(); }

    void ownerDirectoryNormalisesAndScales()
    {
        QVERIFY(setUp(false));
        OwnerDirectory directory(m_ws->store().database(), m_rules);
        auto check = [&] {
            const std::optional<DirectoryPerson> bruno =
                directory.find(QStringLiteral("Bruno.Okafor@larkspurlabs.example"));
            QVERIFY(bruno);
            QCOMPARE(bruno->primary, Bruno);
            QVERIFY(bruno->isActive());
            const std::optional<DirectoryPerson> hana =
                directory.find(QStringLiteral("hana.sato+jira@larkspur.example"));
            QVERIFY(hana);
            QCOMPARE(hana->primary, Hana);
            const std::optional<DirectoryPerson> dana =
                directory.find(QStringLiteral("dana.kowalski@larkspur.example"));
            QVERIFY(dana);
            QCOMPARE(dana->status, QStringLiteral("disabled"));
            const std::optional<DirectoryPerson> ivan =
                directory.find(QStringLiteral("ivan.petrov@contractco.example"));
            QVERIFY(ivan);
            QVERIFY(ivan->guest);
            QVERIFY(!directory.find(QStringLiteral("nobody@larkspur.example")));
        };
        check();
        // Past a handful of people it reads the whole directory once; the answers stay the same.
        for (int i = 0; i < 20; ++i)
            QVERIFY(!directory.find(QStringLiteral("stranger%1@larkspur.example").arg(i)));
        OwnerDirectory fresh(m_ws->store().database(), m_rules);
        for (int i = 0; i < 20; ++i)
            QVERIFY(!fresh.find(QStringLiteral("stranger%1@larkspur.example").arg(i)));
        std::swap(directory, fresh);
        check();
        QVERIFY(directory.same(QStringLiteral("Ada.Lindqvist@larkspurlabs.example"), Ada));
        QVERIFY(!directory.same(QString(), QString()));
    }

    void decisions_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reviewer");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QDate>("until");
        QTest::addColumn<QString>("purpose");
        QTest::addColumn<QDate>("rotation");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("error"); // empty: recorded
        const QString atl = QStringLiteral("atlassian"), prod = QStringLiteral("aws-prod");
        const QString emil = QStringLiteral("emil"), legacy = QStringLiteral("legacy-admin");
        const QString svc = QStringLiteral("svc-terraform"), root = QStringLiteral("<root_account>");
        const QString maria = QStringLiteral("maria.gomez@contractco.example");
        const QString adaAccount = QStringLiteral("ada.lindqvist@larkspur.example");
        const QString dana = QStringLiteral("dana.kowalski@larkspur.example");
        const QString why = QStringLiteral("needed for the quarterly close");
        const QString p = QStringLiteral("runs the deployment pipeline");
        const QDate none, june(2027, 6, 1);
        auto row = [&](const char* name, const QString& tool, const QString& account, const char* kind,
                       const QString& reviewer, const QString& owner, const QDate& until, const QString& purpose,
                       const QDate& rotation, const QString& reason, const QString& to, const char* error) {
            QTest::newRow(name) << tool << account << QString::fromLatin1(kind) << reviewer << owner << until << purpose
                                << rotation << reason << to << QString::fromUtf8(error);
        };
        // reconcile
        row("reconcile", prod, emil, "reconcile", Chen, QStringLiteral("emil.haddad@larkspur.example"), none, {}, none,
            {}, {}, "");
        row("reconcile through an alias domain", prod, emil, "reconcile", Chen,
            QStringLiteral("Emil.Haddad@larkspurlabs.example"), none, {}, none, {}, {}, "");
        row("reconcile needs an owner", prod, emil, "reconcile", Chen, {}, none, {}, none, {}, {},
            "reconcile needs the owner's e-mail in the directory");
        row("reconcile to a stranger", prod, emil, "reconcile", Chen, QStringLiteral("nobody@larkspur.example"), none,
            {}, none, {}, {}, "no identity with the e-mail nobody@larkspur.example in the directory");
        row("reconcile to oneself", prod, legacy, "reconcile", Chen, Chen, none, {}, none, {}, {},
            "chen.wei@larkspur.example cannot name themselves the owner (separation of duties)");
        // certify
        row("certify privileged managed", atl, adaAccount, "certify", Farah, {}, june, p, none, why, {}, "");
        row("certify privileged needs a justification", atl, adaAccount, "certify", Farah, {}, june, p, none, {}, {},
            "certifying a privileged (admin) account needs a justification");
        row("certify unmanaged needs a justification", prod, legacy, "certify", Chen, Bruno, june, p, none, {}, {},
            "certifying an unmanaged account needs a justification");
        row("certify unmanaged", prod, legacy, "certify", Chen, Bruno, june, p, none, why, {}, "");
        row("certify orphaned keeps no departed owner", atl, dana, "certify", Ada, {}, june, p, none, why, {},
            "its owner dana.kowalski@larkspur.example is disabled in the directory; a certification needs an active "
            "owner");
        row("certify with a departed owner", atl, dana, "certify", Ada, dana, june, p, none, why, {},
            "the owner dana.kowalski@larkspur.example is disabled in the directory");
        row("certify orphaned needs a justification", atl, dana, "certify", Ada, Bruno, june, p, none, {}, {},
            "certifying an orphaned account needs a justification");
        row("certify orphaned with a new owner", atl, dana, "certify", Ada, Bruno, june, p, none, why, {}, "");
        row("certify needs a purpose", prod, svc, "certify", Chen, Bruno, june, {}, none, {}, {},
            "certify needs the business purpose");
        row("certify needs an expiry", prod, svc, "certify", Chen, Bruno, none, p, none, {}, {},
            "certify needs an expiry date");
        row("certify until today", prod, svc, "certify", Chen, Bruno, QDate(2026, 11, 27), p, none, {}, {},
            "expiry 2026-11-27 is not after today (2026-11-27)");
        row("certify service for 365 days", prod, svc, "certify", Chen, Bruno, QDate(2027, 11, 27), p, none, {}, {},
            "");
        row("certify service for 366 days", prod, svc, "certify", Chen, Bruno, QDate(2027, 11, 28), p, none, {}, {},
            "service accounts are certified for 365 days at most: 2027-11-28 is 366 days away; the latest is "
            "2027-11-27");
        row("certify external for 90 days", atl, maria, "certify", Ada, Hana, QDate(2027, 2, 25), p, none, {}, {}, "");
        row("certify external for 91 days", atl, maria, "certify", Ada, Hana, QDate(2027, 2, 26), p, none, {}, {},
            "external accounts are certified for 90 days at most: 2027-02-26 is 91 days away; the latest is "
            "2027-02-25");
        row("certify needs an owner", atl, maria, "certify", Ada, {}, QDate(2027, 2, 1), p, none, {}, {},
            "certify needs an owner: the account has none");
        row("certify break-glass needs a rotation date", prod, root, "certify", Chen, {}, june, p, none, why, {},
            "certifying a break-glass account needs the date its credentials must be rotated by");
        row("certify break-glass rotation after the expiry", prod, root, "certify", Chen, {}, june, p,
            QDate(2027, 7, 1), why, {}, "rotation date 2027-07-01 must be between today (2026-11-27) and the expiry");
        row("certify break-glass", prod, root, "certify", Chen, {}, june, p, QDate(2027, 3, 1), why, {}, "");
        row("rotation is for break-glass only", prod, svc, "certify", Chen, Bruno, june, p, QDate(2027, 3, 1), {}, {},
            "a rotation date is for break-glass accounts; this one is service");
        // expire, remove
        row("expire", prod, QStringLiteral("ci-deploy"), "expire", Chen, {}, QDate(2026, 12, 31), {}, none, {}, {}, "");
        row("expire needs a date", prod, QStringLiteral("ci-deploy"), "expire", Chen, {}, none, {}, none, {}, {},
            "expire needs the end date");
        row("expire today", prod, QStringLiteral("ci-deploy"), "expire", Chen, {}, QDate(2026, 11, 27), {}, none, {},
            {}, "end date 2026-11-27 is not after today (2026-11-27); to end access now, remove it");
        row("remove", prod, legacy, "remove", Chen, {}, none, {}, none, QStringLiteral("nobody knows it"), {}, "");
        row("remove takes no date", prod, legacy, "remove", Chen, {}, QDate(2026, 12, 31), {}, none, {}, {},
            "remove is now and takes no date");
        row("remove takes no owner", prod, legacy, "remove", Chen, Bruno, none, {}, none, {}, {},
            "remove takes no owner");
        // reassign
        row("reassign", prod, legacy, "reassign", Chen, {}, none, {}, none, {}, Bruno, "");
        row("reassign needs a reviewer", prod, legacy, "reassign", Chen, {}, none, {}, none, {}, {},
            "reassign needs the new reviewer's e-mail");
        row("reassign to the same reviewer", prod, legacy, "reassign", Chen, {}, none, {}, none, {}, Chen,
            "already assigned to chen.wei@larkspur.example");
        row("reassign to the account's owner", prod, QStringLiteral("dana.kowalski"), "reassign", Chen, {}, none, {},
            none, {}, dana, "dana.kowalski@larkspur.example owns this account and cannot review it");
        row("reassign to someone who left", prod, legacy, "reassign", Chen, {}, none, {}, none, {},
            QStringLiteral("lea.novak@larkspur.example"), "lea.novak@larkspur.example is disabled in the directory");
        row("reassign with an owner", prod, legacy, "reassign", Chen, Bruno, none, {}, none, {}, {},
            "reassign takes the new reviewer as --to, not an owner");
        // needs-info, undo
        row("needs-info", prod, emil, "needs-info", Chen, {}, none, {}, none, QStringLiteral("who is emil?"), {}, "");
        row("needs-info needs the question", prod, emil, "needs-info", Chen, {}, none, {}, none, {}, {},
            "needs-info needs the question");
        row("undo with nothing in force", prod, emil, "undo", Chen, {}, none, {}, none, QStringLiteral("oops"), {},
            "nothing to undo: no decision is in force");
        // who decides
        row("not the account's reviewer", prod, legacy, "remove", Ada, {}, none, {}, none, {}, {},
            "aws-prod/legacy-admin: assigned to chen.wei@larkspur.example; only chen.wei@larkspur.example or the "
            "campaign owner farah.nasser@larkspur.example decides on it");
        row("the campaign owner decides too", prod, legacy, "remove", Farah, {}, none, {}, none, {}, {}, "");
        row("reviewer must be an e-mail", prod, legacy, "remove", QStringLiteral("chen"), {}, none, {}, none, {}, {},
            "reviewer 'chen': expected an e-mail address");
        row("reviewer who left", prod, legacy, "remove", QStringLiteral("lea.novak@larkspur.example"), {}, none, {},
            none, {}, {}, "reviewer lea.novak@larkspur.example is disabled in the directory");
        row("unknown account", prod, QStringLiteral("nobody"), "remove", Chen, {}, none, {}, none, {}, {},
            "no account 'nobody' of aws-prod in campaign 2026-Q4");
        row("tool not in the campaign", QStringLiteral("github"), QStringLiteral("x"), "remove", Chen, {}, none, {},
            none, {}, {}, "tool 'github' has no account in campaign 2026-Q4");
    }

    void decisions()
    {
        QFETCH(QString, tool);
        QFETCH(QString, account);
        QFETCH(QString, kind);
        QFETCH(QString, reviewer);
        QFETCH(QString, owner);
        QFETCH(QDate, until);
        QFETCH(QString, purpose);
        QFETCH(QDate, rotation);
        QFETCH(QString, reason);
        QFETCH(QString, to);
        QFETCH(QString, error);
        QVERIFY(setUp());
        DecisionRequest r = request(tool, account, *decisionKindFromName(kind));
        r.owner = owner;
        r.until = until;
        r.purpose = purpose;
        r.rotation = rotation;
        r.reason = reason;
        r.to = to;
        QString message;
        const bool ok = decide(r, reviewer, &message);
        if (!error.isEmpty()) {
            QVERIFY2(!ok, "recorded a decision that should be refused");
            QVERIFY2(message.contains(error), qPrintable(message));
            QCOMPARE(attestations(), 1);
            return;
        }
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(attestations(), 2);
        QList<Attestation> log;
        AttestationLog reader(m_ws->store().database());
        QVERIFY(reader.read(log, QStringLiteral("seq = 2")));
        const Attestation& a = log.first();
        QCOMPARE(a.decision, kind);
        QCOMPARE(a.reviewer, reviewer);
        QCOMPARE(a.campaign, Campaign);
        QCOMPARE(a.at, QStringLiteral("2026-11-27T12:00:00Z"));
        QCOMPARE(a.tool, tool);
        const QMap<QString, QString> f = a.fieldMap();
        QVERIFY(f.contains(QStringLiteral("class")));
        if (until.isValid())
            QCOMPARE(f.value(QStringLiteral("until")), until.toString(Qt::ISODate));
        if (!purpose.isEmpty())
            QCOMPARE(f.value(QStringLiteral("purpose")), purpose);
        if (!reason.isEmpty())
            QCOMPARE(f.value(QStringLiteral("reason")), reason);
        if (kind == QLatin1String("certify") || kind == QLatin1String("reconcile"))
            QVERIFY(!f.value(QStringLiteral("owner")).isEmpty());
        if (kind == QLatin1String("reassign")) {
            QCOMPARE(f.value(QStringLiteral("to")), to);
            QCOMPARE(item(tool, account).reviewer, to);
        }
        const CampaignItem after = item(tool, account);
        QCOMPARE(after.isDecided(), isFinalDecision(*decisionKindFromName(kind)));
        QVERIFY(chainIntact());
    }

    void reconcileIsAManualLinkAndUndoTakesItBack()
    {
        QVERIFY(setUp());
        DecisionRequest r = request(QStringLiteral("aws-prod"), QStringLiteral("emil"), DecisionKind::Reconcile);
        r.owner = QStringLiteral("emil.haddad@larkspur.example");
        QVERIFY(decide(r, Chen));
        const QString linkOf =
            QStringLiteral("SELECT count(*) FROM account_view WHERE login = 'emil' AND rule = 'manual' "
                           "AND owner = 'emil.haddad@larkspur.example'");
        QCOMPARE(m_ws->count(QStringLiteral("SELECT count(*) FROM manual_link WHERE account_key = "
                                            "'arn:aws:iam::111122223333:user/emil' AND actor = 'chen.wei@larkspur."
                                            "example'")),
                 1);
        QCOMPARE(m_ws->count(linkOf), 1);
        // The reconciler keeps it on its next run.
        Reconciler reconciler(m_ws->store(), m_rules);
        ReconcileReport report;
        QVERIFY(reconciler.run(report));
        QCOMPARE(m_ws->count(linkOf), 1);

        DecisionRequest undo = request(QStringLiteral("aws-prod"), QStringLiteral("emil"), DecisionKind::Undo);
        undo.reason = QStringLiteral("wrong Emil");
        QVERIFY(decide(undo, Chen));
        QCOMPARE(m_ws->count(QStringLiteral("SELECT count(*) FROM manual_link WHERE account_key = "
                                            "'arn:aws:iam::111122223333:user/emil'")),
                 0);
        QCOMPARE(m_ws->count(QStringLiteral("SELECT count(*) FROM account_view WHERE login = 'emil' AND class = "
                                            "'unmanaged'")),
                 1);
        QVERIFY(!item(QStringLiteral("aws-prod"), QStringLiteral("emil")).decision);
    }

    void undoBringsBackTheDecisionBefore()
    {
        QVERIFY(setUp());
        const QString tool = QStringLiteral("aws-prod"), account = QStringLiteral("legacy-admin");
        QVERIFY(decide(request(tool, account, DecisionKind::Remove), Chen));
        DecisionRequest certify = request(tool, account, DecisionKind::Certify);
        certify.owner = Bruno;
        certify.purpose = QStringLiteral("billing exports");
        certify.until = QDate(2027, 3, 31);
        certify.reason = QStringLiteral("Bruno vouches for it");
        QVERIFY(decide(certify, Chen));
        CampaignItem i = item(tool, account);
        QCOMPARE(i.decision, DecisionKind::Certify);
        QCOMPARE(i.decisionBy->supersedes, 2); // the removal
        DecisionRequest undo = request(tool, account, DecisionKind::Undo);
        undo.reason = QStringLiteral("Bruno changed his mind");
        QVERIFY(decide(undo, Chen));
        i = item(tool, account);
        QCOMPARE(i.decision, DecisionKind::Remove);
        QVERIFY(decide(undo, Chen));
        QVERIFY(!item(tool, account).decision);
        QString error;
        QVERIFY(!decide(undo, Chen, &error));
        QVERIFY2(error.contains(QLatin1String("nothing to undo")), qPrintable(error));

        // Nothing was deleted: the history holds every step, the undos naming what they superseded.
        CampaignStore campaigns(m_ws->store(), m_rules);
        QList<Attestation> history;
        QVERIFY(campaigns.history(tool, QStringLiteral("arn:aws:iam::111122223333:user/legacy-admin"), history));
        QCOMPARE(history.size(), 4);
        QCOMPARE(history.at(2).decision, QStringLiteral("undo"));
        QCOMPARE(history.at(2).supersedes, 3);
        QCOMPARE(history.at(2).field(QStringLiteral("undone")), QStringLiteral("certify"));
        QCOMPARE(history.at(3).supersedes, 2);
        QVERIFY(chainIntact());
    }

    void separationOfDuties()
    {
        QVERIFY(setUp());
        const QString atl = QStringLiteral("atlassian"), own = QStringLiteral("ada.lindqvist@larkspur.example");
        DecisionRequest certify = request(atl, own, DecisionKind::Certify);
        certify.purpose = QStringLiteral("site admin");
        certify.until = QDate(2027, 5, 1);
        certify.reason = QStringLiteral("she runs the site");
        QString error;
        QVERIFY(!decide(certify, Ada, &error));
        QCOMPARE(error, QStringLiteral("atlassian/ada.lindqvist@larkspur.example: ada.lindqvist@larkspur.example owns "
                                       "this account and cannot decide on it (separation of duties); reassign it to "
                                       "another reviewer"));
        // Not even through an alias address.
        QVERIFY(!decide(certify, QStringLiteral("Ada.Lindqvist@larkspurlabs.example"), &error));
        QVERIFY2(error.contains(QLatin1String("separation of duties")), qPrintable(error));
        // The campaign owner owns both AWS root accounts: she may hand one on, not decide it.
        const QString staging = QStringLiteral("aws-staging"), root = QStringLiteral("<root_account>");
        DecisionRequest remove = request(staging, root, DecisionKind::Remove);
        QVERIFY(!decide(remove, Farah, &error));
        QVERIFY2(error.contains(QLatin1String("farah.nasser@larkspur.example owns this account")), qPrintable(error));
        DecisionRequest reassign = request(staging, root, DecisionKind::Reassign);
        reassign.to = Farah;
        QVERIFY(!decide(reassign, Farah, &error));
        QVERIFY2(error.contains(QLatin1String("already assigned")), qPrintable(error));
        reassign.to = Chen;
        QVERIFY(decide(reassign, Farah));
        DecisionRequest keep = request(staging, root, DecisionKind::Certify);
        keep.purpose = QStringLiteral("emergency access");
        keep.until = QDate(2027, 5, 1);
        keep.rotation = QDate(2027, 1, 15);
        keep.reason = QStringLiteral("sealed envelope, tested quarterly");
        QVERIFY2(decide(keep, Chen, &error), qPrintable(error));
        // Nobody names themselves the owner either.
        DecisionRequest mine =
            request(QStringLiteral("aws-prod"), QStringLiteral("legacy-admin"), DecisionKind::Certify);
        mine.owner = Chen;
        mine.purpose = QStringLiteral("x");
        mine.until = QDate(2027, 1, 1);
        mine.reason = QStringLiteral("x");
        QVERIFY(!decide(mine, Chen, &error));
        QVERIFY2(error.contains(QLatin1String("cannot name themselves the owner")), qPrintable(error));
        QCOMPARE(attestations(), 3);
    }

    void bulkGuardrails()
    {
        QVERIFY(setUp());
        DecisionService service(m_ws->store(), m_rules);
        QList<DecisionRequest> requests;
        // Orphaned and privileged rows are never certified in bulk, even with every field filled in.
        QVERIFY(service.requestsFromTable(
            table(
                {QStringLiteral("tool,account,decision,owner,until,purpose,reason"),
                 QStringLiteral("atlassian,gustav.b.home@mail.example,certify,gustav.berg@larkspur.example,2027-05-01,"
                                "payments,renamed"),
                 QStringLiteral("atlassian,dana.kowalski@larkspur.example,certify,bruno.okafor@larkspur.example,"
                                "2027-05-01,data,handed over")}),
            requests));
        BatchPlan plan;
        QVERIFY(!service.plan(Campaign, requests, Ada, plan));
        QCOMPARE(
            service.errorString(),
            QStringLiteral("decisions.csv:3: atlassian/dana.kowalski@larkspur.example: bulk certify is refused for "
                           "orphaned accounts; certify it on its own"));
        QVERIFY(service.requestsFromTable(
            table({QStringLiteral("tool,account,decision,owner,until,purpose,reason"),
                   QStringLiteral("atlassian,old.intern@gmail.example,certify,hana.sato@larkspur.example,2027-05-01,"
                                  "x,y")}),
            requests));
        QVERIFY(!service.plan(Campaign, requests, Ada, plan));
        QVERIFY2(
            service.errorString().contains(QLatin1String("bulk certify is refused for privileged (admin) accounts")),
            qPrintable(service.errorString()));

        // Removals and expiries are counted and need that count confirmed.
        QVERIFY(service.requestsFromTable(
            table({QStringLiteral("tool,account,decision,until,reason"),
                   QStringLiteral("aws-prod,legacy-admin,remove,,unknown"), QStringLiteral("aws-prod,emil,,,"),
                   QStringLiteral("aws-prod,ci-deploy,expire,2026-12-31,replaced"),
                   QStringLiteral("aws-prod,dana.kowalski,remove,,left")}),
            requests));
        QCOMPARE(requests.size(), 3);
        QVERIFY2(service.plan(Campaign, requests, Chen, plan), qPrintable(service.errorString()));
        QCOMPARE(plan.removals, 2);
        QCOMPARE(plan.expiries, 1);
        QCOMPARE(plan.confirmationCount(), 3);
        QVERIFY(!service.commit(plan, 0));
        QVERIFY(!service.commit(plan, 2));
        QVERIFY2(service.errorString().contains(QLatin1String("3 account(s) would be removed or expired in bulk")),
                 qPrintable(service.errorString()));
        QCOMPARE(attestations(), 1);
        QList<Attestation> recorded;
        QVERIFY2(service.commit(plan, 3, &recorded), qPrintable(service.errorString()));
        QCOMPARE(recorded.size(), 3);
        QCOMPARE(recorded.at(0).field(QStringLiteral("source")), QStringLiteral("decisions.csv:2"));
        QCOMPARE(recorded.at(2).field(QStringLiteral("source")), QStringLiteral("decisions.csv:5"));
        QCOMPARE(attestations(), 4);

        // One bad row and nothing is recorded.
        QVERIFY(service.requestsFromTable(table({QStringLiteral("tool,account,decision,reason"),
                                                 QStringLiteral("aws-prod,svc-terraform,needs-info,owner?"),
                                                 QStringLiteral("aws-prod,emil,needs-info,")}),
                                          requests));
        QVERIFY(!service.plan(Campaign, requests, Chen, plan));
        QCOMPARE(service.errorString(), QStringLiteral("decisions.csv:3: aws-prod/emil: needs-info needs the question: "
                                                       "what is missing (--reason TEXT)"));
        QCOMPARE(attestations(), 4);
    }

    void decisionTables_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("requests");
        QTest::newRow("spreadsheet guard")
            << QStringList{QStringLiteral("Tool,Account,Decision,Reason"), QStringLiteral("aws-prod,'=x,remove,'-gone")}
            << QString() << 1;
        QTest::newRow("empty decisions skipped")
            << QStringList{QStringLiteral("tool,account,decision"), QStringLiteral("aws-prod,a,"),
                           QStringLiteral("aws-prod,b, ")}
            << QString() << 0;
        QTest::newRow("missing column") << QStringList{QStringLiteral("tool,login,decision")}
                                        << QStringLiteral("decisions.csv:1: missing column 'account'") << 0;
        QTest::newRow("unknown decision")
            << QStringList{QStringLiteral("tool,account,decision"), QStringLiteral("aws-prod,a,delete")}
            << QStringLiteral("decisions.csv:2: field 'decision': expected one of reconcile, certify, expire, remove, "
                              "reassign, needs-info, undo, found 'delete'")
            << 0;
        QTest::newRow("reformatted date")
            << QStringList{QStringLiteral("tool,account,decision,until"), QStringLiteral("aws-prod,a,expire,3/1/2027")}
            << QStringLiteral("decisions.csv:2: field 'until': expected a date as YYYY-MM-DD, found '3/1/2027'") << 0;
    }

    void decisionTables()
    {
        QFETCH(QStringList, lines);
        QFETCH(QString, error);
        QFETCH(int, requests);
        QVERIFY(setUp(false));
        DecisionService service(m_ws->store(), m_rules);
        QList<DecisionRequest> out;
        const bool ok = service.requestsFromTable(table(lines), out);
        QCOMPARE(ok, error.isEmpty());
        if (!ok) {
            QVERIFY2(service.errorString().startsWith(error), qPrintable(service.errorString()));
            return;
        }
        QCOMPARE(out.size(), requests);
        if (requests == 1) {
            QCOMPARE(out.first().account, QStringLiteral("=x"));
            QCOMPARE(out.first().reason, QStringLiteral("-gone"));
            QCOMPARE(out.first().kind, DecisionKind::Remove);
        }
    }
};

QTEST_GUILESS_MAIN(TestDecisions)
#include "TestDecisions.moc"
