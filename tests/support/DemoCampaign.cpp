// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCampaign.h"

#include "Importer.h"
#include "RulesLoader.h"
#include "campaign/CampaignStore.h"
#include "campaign/ChainVerifier.h"
#include "campaign/DecisionService.h"
#include "reconcile/Reconciler.h"
#include "util/Clock.h"

namespace Rollcall {

bool DemoCampaign::create(TempWorkspace& ws, bool close, QString* error, Rules* rulesOut)
{
    auto failed = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    QString message;
    if (!ws.importDemo(&message))
        return failed(message);
    const QString slack = ws.writeFile(
        QStringLiteral("slack-members.csv"),
        "username,email,status,billing-active,has-2fa,has-sso,userid,fullname,displayname,expiration-timestamp\n"
        "=cmd,mallory@unknown.example,Member,1,0,0,U09EVIL001,\"=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\","
        "=cmd,\n"
        "ada,ada.lindqvist@larkspur.example,Admin,1,1,0,U01ADA0001,\"Lindqvist, Ada\",ada,\n");
    const ImportResult imported = ws.importFile(slack, SourceKind::Tool, QStringLiteral("slack"));
    if (!imported.ok)
        return failed(imported.error);
    Rules rules;
    if (!RulesLoader::loadForWorkspace(ws.store(), QString(), rules, message))
        return failed(message);
    Reconciler reconciler(ws.store(), rules);
    ReconcileReport report;
    if (!reconciler.run(report))
        return failed(reconciler.errorString());

    const QString& farah = Fixture::Farah;
    const QString& ada = Fixture::Ada;
    const QString& chen = Fixture::Chen;
    CampaignStore campaigns(ws.store(), rules);
    StartReport started;
    if (!campaigns.start(Fixture::demoStart(), started))
        return failed(campaigns.errorString());

    struct Step
    {
        const char* tool;
        const char* account;
        DecisionKind kind;
        QString reviewer;
        const char* owner;
        QDate until;
        const char* purpose;
        const char* reason;
    };
    const QList<Step> steps = {
        {"aws-prod", "legacy-admin", DecisionKind::Remove, chen, "", {}, "", "nobody owns it"},
        {"aws-prod", "ci-deploy", DecisionKind::Expire, chen, "", QDate(2026, 12, 31), "", "replaced by OIDC"},
        {"aws-prod", "dana.kowalski", DecisionKind::Remove, chen, "", {}, "", "left the company"},
        {"aws-prod", "emil", DecisionKind::Reconcile, chen, "emil.haddad@larkspur.example", {}, "", ""},
        {"atlassian", "old.intern@gmail.example", DecisionKind::Certify, ada, "hana.sato@larkspur.example",
         QDate(2027, 2, 15), "contractor handover", "needed until the handover ends"},
        {"slack", "=cmd", DecisionKind::NeedsInfo, farah, "", {}, "", "=SUM(1+1) who is this?"},
    };
    DecisionService service(ws.store(), rules);
    for (const Step& s : steps) {
        DecisionRequest r;
        r.tool = QLatin1String(s.tool);
        r.account = QString::fromUtf8(s.account);
        r.kind = s.kind;
        r.owner = QLatin1String(s.owner);
        r.until = s.until;
        r.purpose = QLatin1String(s.purpose);
        r.reason = QLatin1String(s.reason);
        if (!service.decide(Name, r, s.reviewer))
            return failed(QStringLiteral("%1/%2: %3").arg(r.tool, r.account, service.errorString()));
    }
    if (rulesOut)
        *rulesOut = rules;
    if (close) {
        CampaignInfo info;
        CampaignProgress progress;
        if (!campaigns.close(Name, farah, info, progress))
            return failed(campaigns.errorString());
    }
    return true;
}

StartRequest DemoCampaign::Fixture::demoStart(const QString& name)
{
    StartRequest s;
    s.name = name;
    s.due = QDate(2026, 12, 31);
    s.owner = Farah;
    s.reviewers = {{QStringLiteral("atlassian"), Ada}, {QStringLiteral("aws-prod"), Chen}};
    return s;
}

bool DemoCampaign::Fixture::setUp(bool start)
{
    m_ws = std::make_unique<TempWorkspace>();
    QString error;
    if (!m_ws->importDemo(&error) || !RulesLoader::loadForWorkspace(m_ws->store(), QString(), m_rules, error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    if (!start)
        return true;
    CampaignStore campaigns(m_ws->store(), m_rules);
    StartReport report;
    if (!campaigns.start(demoStart(), report)) {
        qWarning("%s", qPrintable(campaigns.errorString()));
        return false;
    }
    return true;
}

void DemoCampaign::Fixture::tearDown()
{
    m_ws.reset();
    Clock::setFixed(QDateTime());
}

DecisionRequest DemoCampaign::Fixture::request(const QString& tool, const QString& account, DecisionKind kind)
{
    DecisionRequest r;
    r.tool = tool;
    r.account = account;
    r.kind = kind;
    return r;
}

bool DemoCampaign::Fixture::decide(const DecisionRequest& r, const QString& reviewer, QString* error,
                                   const QString& campaign)
{
    DecisionService service(m_ws->store(), m_rules);
    const bool ok = service.decide(campaign, r, reviewer);
    if (error)
        *error = service.errorString();
    else if (!ok)
        qWarning("%s", qPrintable(service.errorString()));
    return ok;
}

CampaignItem DemoCampaign::Fixture::item(const QString& tool, const QString& login, const QString& campaign)
{
    CampaignStore campaigns(m_ws->store(), m_rules);
    CampaignInfo info;
    QList<CampaignItem> items;
    if (campaigns.load(campaign, info) && campaigns.items(info, items)) {
        for (const CampaignItem& i : std::as_const(items)) {
            if (i.tool == tool && (i.login == login || i.accountKey == login))
                return i;
        }
    }
    return {};
}

qint64 DemoCampaign::Fixture::attestations() const
{
    return m_ws->count(QStringLiteral("SELECT count(*) FROM attestation"));
}

bool DemoCampaign::Fixture::chainIntact()
{
    ChainReport report;
    QString error;
    return ChainVerifier::verify(m_ws->store().database(), report, error) && report.ok();
}

DecisionTable DemoCampaign::Fixture::table(const QStringList& lines)
{
    DecisionTable t;
    t.fileName = QStringLiteral("decisions.csv");
    t.header = lines.first().split(QLatin1Char(','));
    for (int i = 1; i < lines.size(); ++i)
        t.rows.append({i + 1, lines.at(i).split(QLatin1Char(','))});
    return t;
}

} // namespace Rollcall
