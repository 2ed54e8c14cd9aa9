// SPDX-License-Identifier: GPL-3.0-or-later
// Remediation of the demo company's campaign plus GitHub, GitLab, Slack and Jenkins instances: the
// files per tool, spreadsheet safety, the scripts (syntax, dry run, --apply against fake vendor
// CLIs, shell injection) and closing the loop with a newer export.
#include "CsvReader.h"
#include "Importer.h"
#include "RulesLoader.h"
#include "TempWorkspace.h"
#include "campaign/CampaignStore.h"
#include "campaign/DecisionService.h"
#include "reconcile/Reconciler.h"
#include "remediation/RemediationPlan.h"
#include "remediation/RemediationWriter.h"
#include "util/Clock.h"

#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Rollcall;

namespace {

const QString Campaign = QStringLiteral("2026-Q4");
const QString Farah = QStringLiteral("farah.nasser@larkspur.example"); // campaign owner
const QString Ada = QStringLiteral("ada.lindqvist@larkspur.example");  // atlassian reviewer
const QString Chen = QStringLiteral("chen.wei@larkspur.example");      // aws-prod reviewer

// Logins a shell must never read as code.
const QString Injection = QStringLiteral("x; rm -rf /");
const QString Substitution = QStringLiteral("$(touch pwned)`touch pwned2`'");
const QString Formula = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")");

const QByteArray GitHubMembers = "login,name,2fa_enabled,role,last_active,saml_name_id,verified_domain_emails\n"
                                 "octo-keep,Octo Keep,true,Member,2026-11-20T09:15:00Z,,\n"
                                 "\"x; rm -rf /\",Semi Colon,false,Member,2026-11-20T09:15:00Z,,\n"
                                 "\"$(touch pwned)`touch pwned2`'\",Dollar Paren,false,Member,2026-11-20T09:15:00Z,,\n"
                                 "formula-login,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",false,Member,"
                                 "2026-11-20T09:15:00Z,,\n";

const QStringList Vendors = {QStringLiteral("gh"), QStringLiteral("aws"), QStringLiteral("curl"), QStringLiteral("jq")};

struct Csv
{
    QStringList header;
    QList<QStringList> rows;
    QString column(int row, const QString& name) const { return rows.value(row).value(header.indexOf(name)); }
};

Csv readCsv(const QString& path)
{
    Csv csv;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return csv;
    CsvReader reader(&file);
    if (!reader.readHeader())
        return csv;
    csv.header = reader.header();
    CsvRecord record;
    while (reader.readRecord(record))
        csv.rows.append(record.fields);
    return csv;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestRemediation : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempWorkspace> m_ws;
    Rules m_rules;
    QString m_bash;
    QMap<QString, qint64> m_seq; // "tool/account" -> the attestation of its decision

    bool import(const QString& name, const QByteArray& content, const QString& tool)
    {
        const ImportResult r = m_ws->importFile(m_ws->writeFile(name, content), SourceKind::Tool, tool);
        if (!r.ok)
            qWarning("%s", qPrintable(r.error));
        return r.ok;
    }

    bool reconcile()
    {
        Reconciler reconciler(m_ws->store(), m_rules);
        ReconcileReport report;
        return reconciler.run(report);
    }

    bool decide(const QString& tool, const QString& account, DecisionKind kind, const QString& reviewer,
                const QString& reason = {}, const QDate& until = {})
    {
        DecisionRequest r;
        r.tool = tool;
        r.account = account;
        r.kind = kind;
        r.reason = reason;
        r.until = until;
        DecisionService service(m_ws->store(), m_rules);
        Attestation a;
        if (!service.decide(Campaign, r, reviewer, &a)) {
            qWarning("%s", qPrintable(service.errorString()));
            return false;
        }
        m_seq.insert(tool + QLatin1Char('/') + account, a.seq);
        return true;
    }

    // The demo company with four more tool instances, campaign 2026-Q4 and its decisions.
    bool setUp()
    {
        m_ws = std::make_unique<TempWorkspace>();
        m_seq.clear();
        QString error;
        if (!m_ws->importDemo(&error) || !RulesLoader::loadForWorkspace(m_ws->store(), QString(), m_rules, error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        if (!import(QStringLiteral("github.csv"), GitHubMembers, QStringLiteral("github")) ||
            !import(QStringLiteral("gitlab.json"),
                    readAll(QStringLiteral(ROLLCALL_TEST_DATA "/gitlab-users-api/users.json")),
                    QStringLiteral("gitlab")) ||
            !import(QStringLiteral("slack.csv"),
                    readAll(QStringLiteral(ROLLCALL_TEST_DATA "/slack-members/members.csv")),
                    QStringLiteral("slack")) ||
            !import(QStringLiteral("gitlab-permissions.csv"),
                    readAll(QStringLiteral(ROLLCALL_TEST_DATA "/gitlab-permissions/permissions.csv")),
                    QStringLiteral("gitlab-self")) ||
            !import(QStringLiteral("jenkins.json"),
                    readAll(QStringLiteral(ROLLCALL_TEST_DATA "/jenkins-people/people.json")),
                    QStringLiteral("jenkins")) ||
            !reconcile())
            return false;
        StartRequest s;
        s.name = Campaign;
        s.due = QDate(2026, 12, 31);
        s.owner = Farah;
        s.reviewers = {{QStringLiteral("atlassian"), Ada}, {QStringLiteral("aws-prod"), Chen}};
        CampaignStore campaigns(m_ws->store(), m_rules);
        StartReport report;
        if (!campaigns.start(s, report)) {
            qWarning("%s", qPrintable(campaigns.errorString()));
            return false;
        }
        const QString evilReason = QStringLiteral("left\ntouch injected-by-reason\r\u2028$(touch injected2)");
        return decide(QStringLiteral("github"), Injection, DecisionKind::Remove, Farah, evilReason) &&
               decide(QStringLiteral("github"), Substitution, DecisionKind::Remove, Farah) &&
               decide(QStringLiteral("github"), QStringLiteral("formula-login"), DecisionKind::Remove, Farah,
                      QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0")) &&
               decide(QStringLiteral("gitlab"), QStringLiteral("mira.holt"), DecisionKind::Remove, Farah) &&
               decide(QStringLiteral("gitlab"), QStringLiteral("ola.reyes"), DecisionKind::Remove, Farah) &&
               decide(QStringLiteral("slack"), QStringLiteral("W01EVE0007"), DecisionKind::Expire, Farah, {},
                      QDate(2026, 12, 15)) &&
               decide(QStringLiteral("aws-prod"), QStringLiteral("legacy-admin"), DecisionKind::Remove, Chen,
                      QStringLiteral("nobody knows it")) &&
               decide(QStringLiteral("aws-prod"), QStringLiteral("dana.kowalski"), DecisionKind::Remove, Chen) &&
               decide(QStringLiteral("jenkins"), QStringLiteral("wes.park"), DecisionKind::Remove, Farah) &&
               decide(QStringLiteral("atlassian"), QStringLiteral("712020:1f0c2a4e-6a1b-4c55-9d1e-0a1b2c3d4e08"),
                      DecisionKind::Remove, Ada, QStringLiteral("unknown private address")) &&
               decide(QStringLiteral("gitlab-self"), QStringLiteral("ada"), DecisionKind::Remove, Farah);
    }

    RemediationPlan plan()
    {
        RemediationPlan p;
        QString error;
        if (!RemediationPlan::compute(m_ws->store(), Campaign, p, error))
            qWarning("%s", qPrintable(error));
        return p;
    }

    const RemediationItem* find(const RemediationPlan& p, const QString& tool, const QString& login)
    {
        for (const RemediationItem& i : p.items) {
            if (i.tool == tool && (i.login == login || i.accountKey == login))
                return &i;
        }
        return nullptr;
    }

    QString write(const RemediationPlan& p, const QString& name)
    {
        const QString dir = m_ws->dir() + QLatin1Char('/') + name;
        QString error;
        if (!writeRemediation(p, dir, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return dir;
    }

    // A folder of fake vendor commands that log their arguments (and curl its standard input).
    QString fakeBin()
    {
        const QString bin = m_ws->dir() + QStringLiteral("/fakebin");
        QDir().mkpath(bin);
        for (const QString& name : Vendors) {
            const QString path = bin + QLatin1Char('/') + name;
            QByteArray body = "#!/bin/sh\n{ printf '%s' \"" + name.toUtf8() +
                              "\"; for a in \"$@\"; do printf ' [%s]' \"$a\"; done; printf '\\n'; } >> \"$FAKE_LOG\"\n";
            if (name == QLatin1String("curl"))
                body += "printf 'stdin: %s\\n' \"$(cat)\" >> \"$FAKE_LOG\"\n";
            if (name == QLatin1String("jq"))
                body += "echo 4242\n";
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                return {};
            f.write(body);
            f.close();
            f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        return bin;
    }

    struct ScriptRun
    {
        int exitCode = -1;
        QString out;
        QString log; // what the fake vendor commands saw
    };

    ScriptRun runScript(const QString& script, const QStringList& args, const QMap<QString, QString>& extra = {})
    {
        ScriptRun r;
        const QString bin = fakeBin();
        const QString log = m_ws->dir() + QStringLiteral("/vendor.log");
        QFile::remove(log);
        QProcess p;
        p.setWorkingDirectory(m_ws->dir());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), bin + QStringLiteral(":/usr/bin:/bin"));
        env.insert(QStringLiteral("FAKE_LOG"), log);
        env.insert(QStringLiteral("ROLLCALL_TODAY"), QStringLiteral("2026-11-27"));
        for (const QString& v : {QStringLiteral("GITHUB_ORG"), QStringLiteral("GITLAB_TOKEN"),
                                 QStringLiteral("SLACK_SCIM_TOKEN"), QStringLiteral("ATLASSIAN_API_KEY")})
            env.remove(v);
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_bash, QStringList{script} + args);
        if (!p.waitForFinished(60000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAll());
        r.log = QString::fromUtf8(readAll(log));
        return r;
    }

    static QStringList filesUnder(const QString& dir)
    {
        QStringList files;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(QDir(dir).relativeFilePath(it.next()));
        std::sort(files.begin(), files.end());
        return files;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
        QVERIFY2(!m_bash.isEmpty(), "bash is needed to check the generated scripts");
    }

    void cleanup() { Clock::setFixed({}); }

    void itemsPerTool()
    {
        QVERIFY(setUp());
        const RemediationPlan p = plan();
        QCOMPARE(p.campaign.name, Campaign);
        QCOMPARE(p.items.size(), 11);
        QCOMPARE(p.tools(),
                 (QStringList{QStringLiteral("atlassian"), QStringLiteral("aws-prod"), QStringLiteral("github"),
                              QStringLiteral("gitlab"), QStringLiteral("gitlab-self"), QStringLiteral("jenkins"),
                              QStringLiteral("slack")}));

        const RemediationItem* legacy = find(p, QStringLiteral("aws-prod"), QStringLiteral("legacy-admin"));
        QVERIFY(legacy);
        QCOMPARE(legacy->vendor, RemediationVendor::Aws);
        QCOMPARE(legacy->action, QStringLiteral("remove"));
        QCOMPARE(legacy->due, QDate(2026, 11, 27));
        QCOMPARE(legacy->status, RemediationStatus::Open);
        QCOMPARE(legacy->reason, QStringLiteral("nobody knows it"));
        QCOMPARE(legacy->decidedBy, Chen);
        QCOMPARE(legacy->assignee, Chen);
        QCOMPARE(legacy->decisionSeq, m_seq.value(QStringLiteral("aws-prod/legacy-admin")));

        // GitLab only blocks; a user already deactivated in the export is done from the start.
        const RemediationItem* mira = find(p, QStringLiteral("gitlab"), QStringLiteral("mira.holt"));
        QVERIFY(mira);
        QCOMPARE(mira->action, QStringLiteral("disable"));
        QCOMPARE(mira->vendorId(), QStringLiteral("11"));
        const RemediationItem* ola = find(p, QStringLiteral("gitlab"), QStringLiteral("ola.reyes"));
        QVERIFY(ola);
        QCOMPARE(ola->status, RemediationStatus::Done);
        QCOMPARE(ola->stateNow, QStringLiteral("deactivated"));

        const RemediationItem* eve = find(p, QStringLiteral("slack"), QStringLiteral("W01EVE0007"));
        QVERIFY(eve);
        QCOMPARE(eve->action, QStringLiteral("expire"));
        QCOMPARE(eve->due, QDate(2026, 12, 15));
        QVERIFY(isScimCapable(eve->vendor));
        QCOMPARE(find(p, QStringLiteral("jenkins"), QStringLiteral("wes.park"))->vendor, RemediationVendor::Manual);

        const QList<RemediationCount> counts = p.counts();
        QCOMPARE(counts.size(), 7);
        QCOMPARE(counts.at(3).tool, QStringLiteral("gitlab"));
        QCOMPARE(counts.at(3).open, 1);
        QCOMPARE(counts.at(3).done, 1);
        QCOMPARE(p.total().total(), 11);
        QCOMPARE(p.total().done, 1);

        const RemediationItem* intern =
            find(p, QStringLiteral("atlassian"), QStringLiteral("old.intern@gmail.example"));
        QVERIFY(intern);
        QCOMPARE(intern->vendor, RemediationVendor::Atlassian);
        QCOMPARE(intern->action, QStringLiteral("disable"));
        QCOMPARE(find(p, QStringLiteral("gitlab-self"), QStringLiteral("ada"))->vendor, RemediationVendor::GitLab);
    }

    void filesAndRows()
    {
        QVERIFY(setUp());
        const RemediationPlan p = plan();
        const QString dir = write(p, QStringLiteral("out"));
        QVERIFY(!dir.isEmpty());
        const QStringList expected = {QStringLiteral("README.txt"),
                                      QStringLiteral("atlassian-actions.csv"),
                                      QStringLiteral("atlassian-remediate.sh"),
                                      QStringLiteral("aws-prod-actions.csv"),
                                      QStringLiteral("aws-prod-remediate.sh"),
                                      QStringLiteral("github-actions.csv"),
                                      QStringLiteral("github-remediate.sh"),
                                      QStringLiteral("gitlab-actions.csv"),
                                      QStringLiteral("gitlab-remediate.sh"),
                                      QStringLiteral("gitlab-self-actions.csv"),
                                      QStringLiteral("gitlab-self-remediate.sh"),
                                      QStringLiteral("jenkins-actions.csv"),
                                      QStringLiteral("jenkins-remediate.sh"),
                                      QStringLiteral("jira-tickets.csv"),
                                      QStringLiteral("slack-actions.csv"),
                                      QStringLiteral("slack-remediate.sh"),
                                      QStringLiteral("slack-scim/W01EVE0007.json")};
        QCOMPARE(filesUnder(dir), expected);
        QCOMPARE(remediationFiles(p), expected);

        const Csv aws = readCsv(dir + QStringLiteral("/aws-prod-actions.csv"));
        QCOMPARE(aws.rows.size(), 2);
        QCOMPARE(aws.header.mid(0, 12),
                 (QStringList{QStringLiteral("tool"), QStringLiteral("account"), QStringLiteral("login"),
                              QStringLiteral("email"), QStringLiteral("display_name"), QStringLiteral("action"),
                              QStringLiteral("decision"), QStringLiteral("due"), QStringLiteral("status"),
                              QStringLiteral("owner"), QStringLiteral("assignee"), QStringLiteral("reason")}));
        // Sorted by account key: the ARNs of dana.kowalski, then legacy-admin.
        QCOMPARE(aws.column(0, QStringLiteral("login")), QStringLiteral("dana.kowalski"));
        QCOMPARE(aws.column(1, QStringLiteral("account")),
                 QStringLiteral("arn:aws:iam::111122223333:user/legacy-admin"));
        QCOMPARE(aws.column(1, QStringLiteral("action")), QStringLiteral("remove"));
        QCOMPARE(aws.column(1, QStringLiteral("due")), QStringLiteral("2026-11-27"));
        QCOMPARE(aws.column(1, QStringLiteral("status")), QStringLiteral("open"));
        QCOMPARE(aws.column(1, QStringLiteral("reason")), QStringLiteral("nobody knows it"));
        QCOMPARE(aws.column(1, QStringLiteral("decision_id")),
                 QString::number(m_seq.value(QStringLiteral("aws-prod/legacy-admin"))));
        QCOMPARE(aws.column(1, QStringLiteral("decided_by")), Chen);
        QCOMPARE(aws.column(0, QStringLiteral("owner")), QStringLiteral("dana.kowalski@larkspur.example"));

        const Csv gitlab = readCsv(dir + QStringLiteral("/gitlab-actions.csv"));
        QCOMPARE(gitlab.rows.size(), 2);
        QCOMPARE(gitlab.column(0, QStringLiteral("login")), QStringLiteral("mira.holt"));
        QCOMPARE(gitlab.column(0, QStringLiteral("status")), QStringLiteral("open"));
        QCOMPARE(gitlab.column(1, QStringLiteral("status")), QStringLiteral("done"));

        // Tickets only for what is left to do: 11 items, one done.
        const Csv jira = readCsv(dir + QStringLiteral("/jira-tickets.csv"));
        QCOMPARE(jira.header.first(), QStringLiteral("Summary"));
        QCOMPARE(jira.header.count(QStringLiteral("Labels")), 3);
        QCOMPARE(jira.rows.size(), 10);
        QVERIFY(jira.column(1, QStringLiteral("Summary")).contains(QStringLiteral("dana.kowalski")));
        QCOMPARE(jira.column(1, QStringLiteral("Due date")), QStringLiteral("2026-11-27"));
        QCOMPARE(jira.column(0, QStringLiteral("Issue Type")), QStringLiteral("Task"));

        QCOMPARE(readAll(dir + QStringLiteral("/slack-scim/W01EVE0007.json")),
                 QByteArray(R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":)"
                            R"("replace","path":"active","value":false}]})"
                            "\n"));
        const QByteArray script = readAll(dir + QStringLiteral("/aws-prod-remediate.sh"));
        QVERIFY(script.startsWith("#!/usr/bin/env bash\n"));
        QVERIFY(script.contains("aws_delete 'legacy-admin'"));
        QVERIFY(QFileInfo(dir + QStringLiteral("/aws-prod-remediate.sh")).isExecutable());
    }

    // Every action line sits under a comment naming its decision.
    void scriptsCommentEveryAction()
    {
        QVERIFY(setUp());
        const QString dir = write(plan(), QStringLiteral("out"));
        const QStringList lines =
            QString::fromUtf8(readAll(dir + QStringLiteral("/github-remediate.sh"))).split(QLatin1Char('\n'));
        int actions = 0;
        for (int n = 0; n < lines.size(); ++n) {
            if (!lines.at(n).startsWith(QLatin1String("if due ")))
                continue;
            ++actions;
            QVERIFY2(lines.at(n - 4).startsWith(QLatin1String("# Decision ")), qPrintable(lines.at(n - 4)));
            QVERIFY(lines.at(n - 4).contains(Farah));
            QVERIFY(lines.at(n - 3).startsWith(QLatin1String("# Reason: ")));
        }
        QCOMPARE(actions, 3);
    }

    void sameBytesTwice()
    {
        QVERIFY(setUp());
        const RemediationPlan p = plan();
        const QString a = write(p, QStringLiteral("a"));
        const QString b = write(plan(), QStringLiteral("b"));
        const QStringList files = filesUnder(a);
        QCOMPARE(filesUnder(b), files);
        for (const QString& f : files)
            QVERIFY2(readAll(a + QLatin1Char('/') + f) == readAll(b + QLatin1Char('/') + f), qPrintable(f));
        // A folder with something in it is refused, and left alone.
        QString error;
        QVERIFY(!writeRemediation(p, a, &error));
        QVERIFY2(error.contains(QStringLiteral("not empty")), qPrintable(error));
    }

    // A login or name beginning with = comes out with a leading ' in every CSV, never raw.
    void formulaCellsNeutralised()
    {
        QVERIFY(setUp());
        const QString dir = write(plan(), QStringLiteral("out"));
        int neutralised = 0;
        for (const QString& file : filesUnder(dir)) {
            if (!file.endsWith(QLatin1String(".csv")))
                continue;
            const Csv csv = readCsv(dir + QLatin1Char('/') + file);
            QVERIFY2(!csv.header.isEmpty(), qPrintable(file));
            bool seen = false;
            for (const QStringList& row : csv.rows) {
                for (const QString& cell : row) {
                    QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.at(0)),
                             qPrintable(file + QStringLiteral(": ") + cell));
                    // The action lists have the value as a cell; the tickets inside their text.
                    seen = seen || cell.startsWith(QLatin1Char('\'') + Formula) ||
                           (file == QLatin1String("jira-tickets.csv") && cell.contains(Formula));
                }
            }
            if (file == QLatin1String("github-actions.csv") || file == QLatin1String("jira-tickets.csv")) {
                QVERIFY2(seen, qPrintable(file));
                ++neutralised;
            }
        }
        QCOMPARE(neutralised, 2);
        const Csv github = readCsv(dir + QStringLiteral("/github-actions.csv"));
        // Sorted by account key: "$(touch...", "formula-login", "x; rm -rf /".
        QCOMPARE(github.column(1, QStringLiteral("account")), QStringLiteral("formula-login"));
        QCOMPARE(github.column(1, QStringLiteral("display_name")), QLatin1Char('\'') + Formula);
        QCOMPARE(github.column(1, QStringLiteral("reason")), QStringLiteral("'@SUM(1+1)*cmd|' /C calc'!A0"));
    }

    void scriptsParse()
    {
        QVERIFY(setUp());
        const QString dir = write(plan(), QStringLiteral("out"));
        int scripts = 0;
        for (const QString& file : filesUnder(dir)) {
            if (!file.endsWith(QLatin1String(".sh")))
                continue;
            ++scripts;
            QProcess p;
            p.start(m_bash, {QStringLiteral("-n"), dir + QLatin1Char('/') + file});
            QVERIFY(p.waitForFinished(30000));
            QVERIFY2(p.exitCode() == 0,
                     qPrintable(file + QStringLiteral(": ") + QString::fromUtf8(p.readAllStandardError())));
        }
        QCOMPARE(scripts, 7);
    }

    void dryRunCallsNoVendor()
    {
        QVERIFY(setUp());
        const QString dir = write(plan(), QStringLiteral("out"));
        for (const QString& file : filesUnder(dir)) {
            if (!file.endsWith(QLatin1String(".sh")))
                continue;
            const ScriptRun r = runScript(dir + QLatin1Char('/') + file, {});
            QVERIFY2(r.exitCode == 0, qPrintable(file + QStringLiteral(": ") + r.out));
            QVERIFY2(r.log.isEmpty(), qPrintable(file + QStringLiteral(" called: ") + r.log));
            QVERIFY2(r.out.contains(QStringLiteral("would run")) || r.out.contains(QStringLiteral("manual step")) ||
                         r.out.contains(QStringLiteral("not due until")),
                     qPrintable(file + QStringLiteral(": ") + r.out));
        }
        QVERIFY(!QFile::exists(m_ws->dir() + QStringLiteral("/pwned")));
        QVERIFY(!QFile::exists(m_ws->dir() + QStringLiteral("/injected-by-reason")));
        const ScriptRun gh = runScript(dir + QStringLiteral("/github-remediate.sh"), {});
        QVERIFY(gh.out.contains(QStringLiteral("/orgs/\\{org\\}/memberships/x%3B%20rm%20-rf%20%2F")));
        const ScriptRun bad = runScript(dir + QStringLiteral("/github-remediate.sh"), {QStringLiteral("--now")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.log.isEmpty());
    }

    // --apply is the one way to run the commands, and the data stays literal arguments.
    void applyKeepsValuesLiteral()
    {
        QVERIFY(setUp());
        const QString dir = write(plan(), QStringLiteral("out"));
        const QString gh = dir + QStringLiteral("/github-remediate.sh");
        // Without the organisation, --apply stops before any call.
        const ScriptRun noOrg = runScript(gh, {QStringLiteral("--apply")});
        QCOMPARE(noOrg.exitCode, 2);
        QVERIFY(noOrg.log.isEmpty());

        const ScriptRun r =
            runScript(gh, {QStringLiteral("--apply")}, {{QStringLiteral("GITHUB_ORG"), QStringLiteral("acme")}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        const QStringList calls = r.log.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(calls.size(), 3);
        QVERIFY(
            calls.contains(QStringLiteral("gh [api] [-X] [DELETE] [/orgs/acme/memberships/x%3B%20rm%20-rf%20%2F]")));
        QVERIFY(calls.contains(QStringLiteral("gh [api] [-X] [DELETE] [/orgs/acme/memberships/formula-login]")));
        QVERIFY(calls.contains(QStringLiteral(
            "gh [api] [-X] [DELETE] [/orgs/acme/memberships/%24%28touch%20pwned%29%60touch%20pwned2%60%27]")));
        QVERIFY(!QFile::exists(m_ws->dir() + QStringLiteral("/pwned")));
        QVERIFY(!QFile::exists(m_ws->dir() + QStringLiteral("/pwned2")));
        QVERIFY(!QFile::exists(m_ws->dir() + QStringLiteral("/injected-by-reason")));
        QVERIFY(!QFile::exists(m_ws->dir() + QStringLiteral("/injected2")));

        // AWS: deactivate, then the delete-user steps; no key listed, so no key call.
        const ScriptRun aws = runScript(dir + QStringLiteral("/aws-prod-remediate.sh"), {QStringLiteral("--apply")});
        QVERIFY2(aws.exitCode == 0, qPrintable(aws.out));
        QVERIFY(aws.log.contains(QStringLiteral("aws [iam] [delete-login-profile] [--user-name] [legacy-admin]")));
        QVERIFY(aws.log.contains(QStringLiteral("aws [iam] [delete-user] [--user-name] [legacy-admin]")));
        QVERIFY(aws.log.contains(QStringLiteral("aws [iam] [delete-user] [--user-name] [dana.kowalski]")));

        // GitLab: the token goes on curl's standard input, never its command line.
        const ScriptRun gitlab = runScript(dir + QStringLiteral("/gitlab-remediate.sh"), {QStringLiteral("--apply")},
                                           {{QStringLiteral("GITLAB_TOKEN"), QStringLiteral("glpat-secret")}});
        QVERIFY2(gitlab.exitCode == 0, qPrintable(gitlab.out));
        QVERIFY(gitlab.log.contains(QStringLiteral("[POST] [-H] [@-] [https://gitlab.com/api/v4/users/11/block]")));
        QVERIFY(gitlab.log.contains(QStringLiteral("stdin: PRIVATE-TOKEN: glpat-secret")));
        QVERIFY(!gitlab.log.contains(QStringLiteral("[PRIVATE-TOKEN: glpat-secret]")));

        // Atlassian: the account id goes into the URL, ':' kept, the organisation API key on stdin.
        const ScriptRun atl = runScript(dir + QStringLiteral("/atlassian-remediate.sh"), {QStringLiteral("--apply")},
                                        {{QStringLiteral("ATLASSIAN_API_KEY"), QStringLiteral("atl-secret")}});
        QVERIFY2(atl.exitCode == 0, qPrintable(atl.out));
        QVERIFY(atl.log.contains(QStringLiteral("[https://api.atlassian.com/users/712020:1f0c2a4e-6a1b-4c55-9d1e-"
                                                "0a1b2c3d4e08/manage/lifecycle/disable]")));
        QVERIFY(atl.log.contains(QStringLiteral("stdin: Authorization: Bearer atl-secret")));
        // Without the key, --apply stops before calling anything.
        const ScriptRun noKey = runScript(dir + QStringLiteral("/atlassian-remediate.sh"), {QStringLiteral("--apply")});
        QCOMPARE(noKey.exitCode, 2);
        QVERIFY(noKey.log.isEmpty());

        // A GitLab CSV export names users: the id is looked up (the fake jq answers 4242), then blocked.
        const ScriptRun self = runScript(dir + QStringLiteral("/gitlab-self-remediate.sh"), {QStringLiteral("--apply")},
                                         {{QStringLiteral("GITLAB_TOKEN"), QStringLiteral("glpat-secret")}});
        QVERIFY2(self.exitCode == 0, qPrintable(self.out));
        QVERIFY(self.log.contains(QStringLiteral("[https://gitlab.com/api/v4/users?username=ada]")));
        QVERIFY(self.log.contains(QStringLiteral("[POST] [-H] [@-] [https://gitlab.com/api/v4/users/4242/block]")));

        // Slack: the expiry is not due yet on 2026-11-27; from 2026-12-15 the PATCH goes out with its body.
        const QString slack = dir + QStringLiteral("/slack-remediate.sh");
        const QMap<QString, QString> token = {{QStringLiteral("SLACK_SCIM_TOKEN"), QStringLiteral("xoxp-secret")}};
        QVERIFY(runScript(slack, {QStringLiteral("--apply")}, token).log.isEmpty());
        QMap<QString, QString> later = token;
        later.insert(QStringLiteral("ROLLCALL_TODAY"), QStringLiteral("2026-12-15"));
        const ScriptRun s = runScript(slack, {QStringLiteral("--apply")}, later);
        QVERIFY2(s.exitCode == 0, qPrintable(s.out));
        QVERIFY(s.log.contains(QStringLiteral("[PATCH]")));
        QVERIFY(s.log.contains(QStringLiteral("[https://api.slack.com/scim/v2/Users/W01EVE0007]")));
        QVERIFY(s.log.contains(QStringLiteral("slack-scim/W01EVE0007.json]")));
        QVERIFY(s.log.contains(QStringLiteral("stdin: Authorization: Bearer xoxp-secret")));
    }

    void shellHelpers_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << QStringLiteral("ada");
        QTest::newRow("semicolon") << Injection;
        QTest::newRow("quote") << QStringLiteral("o'neil");
        QTest::newRow("substitution") << Substitution;
        QTest::newRow("newline") << QStringLiteral("a\nb");
        QTest::newRow("empty") << QString();
    }

    // A quoted value reaches a command as exactly itself.
    void shellHelpers()
    {
        QFETCH(QString, value);
        QProcess p;
        p.start(m_bash, {QStringLiteral("-c"), QStringLiteral("printf '%s' ") + shellQuoted(value)});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()), value);
        QVERIFY(!shellCommentText(value).contains(QLatin1Char('\n')));
    }

    // A newer export: an account gone is done, one still there past its due date is overdue.
    void newerSnapshotClosesTheLoop()
    {
        QVERIFY(setUp());
        Clock::setFixed(QDateTime(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC));
        RemediationPlan before = plan();
        const RemediationItem* dana = find(before, QStringLiteral("aws-prod"), QStringLiteral("dana.kowalski"));
        QCOMPARE(dana->status, RemediationStatus::Overdue); // due 2026-11-27, no export since says otherwise
        QVERIFY2(dana->note.contains(QStringLiteral("no snapshot of aws-prod imported since")), qPrintable(dana->note));

        QByteArray report = readAll(QStringLiteral(ROLLCALL_DEMO_DATA "/aws-prod-credential-report.csv"));
        QList<QByteArray> lines = report.split('\n');
        lines.erase(std::remove_if(lines.begin(), lines.end(),
                                   [](const QByteArray& l) { return l.startsWith("legacy-admin,"); }),
                    lines.end());
        QVERIFY(import(QStringLiteral("aws-prod-december.csv"), lines.join('\n'), QStringLiteral("aws-prod")));
        QByteArray gitlab = readAll(QStringLiteral(ROLLCALL_TEST_DATA "/gitlab-users-api/users.json"));
        const qsizetype mira = gitlab.indexOf("\"mira.holt\"");
        QVERIFY(mira > 0);
        const qsizetype state = gitlab.indexOf("\"state\": \"active\"", mira);
        QVERIFY(state > 0);
        gitlab.replace(state, int(qstrlen("\"state\": \"active\"")), "\"state\": \"blocked\"");
        QVERIFY(import(QStringLiteral("gitlab-december.json"), gitlab, QStringLiteral("gitlab")));

        const RemediationPlan after = plan();
        const RemediationItem* legacy = find(after, QStringLiteral("aws-prod"), QStringLiteral("legacy-admin"));
        QCOMPARE(legacy->status, RemediationStatus::Done);
        QCOMPARE(legacy->stateNow, QStringLiteral("gone"));
        QVERIFY2(legacy->note.startsWith(QStringLiteral("gone from snapshot")), qPrintable(legacy->note));
        dana = find(after, QStringLiteral("aws-prod"), QStringLiteral("dana.kowalski"));
        QCOMPARE(dana->status, RemediationStatus::Overdue);
        QVERIFY2(dana->note.startsWith(QStringLiteral("remove decided on 2026-11-27, still present in snapshot")),
                 qPrintable(dana->note));
        const RemediationItem* blocked = find(after, QStringLiteral("gitlab"), QStringLiteral("mira.holt"));
        QCOMPARE(blocked->status, RemediationStatus::Done);
        QCOMPARE(blocked->stateNow, QStringLiteral("blocked"));
        // Not due yet: still open.
        QCOMPARE(find(after, QStringLiteral("slack"), QStringLiteral("W01EVE0007"))->status, RemediationStatus::Open);

        // The files follow: the done item leaves the script and the tickets.
        const QString dir = write(after, QStringLiteral("december"));
        const QByteArray script = readAll(dir + QStringLiteral("/aws-prod-remediate.sh"));
        QVERIFY(!script.contains("aws_delete 'legacy-admin'"));
        QVERIFY(script.contains("aws_delete 'dana.kowalski'"));
        QVERIFY(script.contains("# Done already"));
        const Csv aws = readCsv(dir + QStringLiteral("/aws-prod-actions.csv"));
        QCOMPARE(aws.column(0, QStringLiteral("status")), QStringLiteral("overdue"));
        QCOMPARE(aws.column(1, QStringLiteral("status")), QStringLiteral("done"));
        const Csv jira = readCsv(dir + QStringLiteral("/jira-tickets.csv"));
        QCOMPARE(jira.rows.size(), 8);
        QCOMPARE(jira.column(1, QStringLiteral("Priority")), QStringLiteral("Highest"));
    }

    void noCampaign()
    {
        TempWorkspace ws;
        RemediationPlan p;
        QString error;
        QVERIFY(RemediationPlan::compute(ws.store(), QString(), p, error));
        QCOMPARE(p.campaign.id, 0);
        QVERIFY(!RemediationPlan::compute(ws.store(), QStringLiteral("nope"), p, error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRemediation)
#include "TestRemediation.moc"
