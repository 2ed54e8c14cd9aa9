// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCampaign.h"

#include "Importer.h"
#include "RulesLoader.h"
#include "campaign/CampaignStore.h"
#include "campaign/DecisionService.h"
#include "reconcile/Reconciler.h"

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

    const QString farah = QStringLiteral("farah.nasser@larkspur.example");
    const QString ada = QStringLiteral("ada.lindqvist@larkspur.example");
    const QString chen = QStringLiteral("chen.wei@larkspur.example");
    CampaignStore campaigns(ws.store(), rules);
    StartRequest start;
    start.name = Name;
    start.due = QDate(2026, 12, 31);
    start.owner = farah;
    start.reviewers = {{QStringLiteral("atlassian"), ada}, {QStringLiteral("aws-prod"), chen}};
    StartReport started;
    if (!campaigns.start(start, started))
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

} // namespace Rollcall
