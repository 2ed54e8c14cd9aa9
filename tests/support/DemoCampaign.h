// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TempWorkspace.h"
#include "campaign/Campaign.h"
#include "campaign/Decision.h"
#include "domain/Rules.h"

#include <memory>

namespace Rollcall {

// create(): the demo company with a review under way, for the evidence tests: importDemo(), plus a Slack export
// holding an account whose login and names begin with '=' (a spreadsheet formula), reconciled; campaign
// 2026-Q4 started (atlassian reviewed by Ada, aws-prod by Chen, the rest by the owner Farah) and a few
// decisions recorded through DecisionService: two removals, an expiry, a certification, a reconcile and
// a needs-info on the formula account. With `close`, the campaign is closed too.
namespace DemoCampaign {
inline const QString Name = QStringLiteral("2026-Q4");
inline const QString FormulaLogin = QStringLiteral("=cmd");
// `rules`, when given, receives the workspace's rules (the demo's), for the services a test builds on it.
bool create(TempWorkspace& workspace, bool close = false, QString* error = nullptr, Rules* rules = nullptr);

// The campaign and decision tests' base, next to QObject: `class TestX : public QObject, protected
// DemoCampaign::Fixture`. Their slot cleanup() calls tearDown().
class Fixture
{
public:
    // People of the demo directory. Farah owns the campaign and the AWS root accounts; Ada reviews atlassian
    // and owns an admin account there; Chen reviews aws-prod.
    static inline const QString Farah = QStringLiteral("farah.nasser@larkspur.example");
    static inline const QString Ada = QStringLiteral("ada.lindqvist@larkspur.example");
    static inline const QString Chen = QStringLiteral("chen.wei@larkspur.example");
    static inline const QString Bruno = QStringLiteral("bruno.okafor@larkspur.example");
    static inline const QString Hana = QStringLiteral("hana.sato@larkspur.example");

    // The demo's campaign in its default scope: due 2026-12-31, owned by Farah; reviewers atlassian = Ada,
    // aws-prod = Chen, aws-staging none (so the owner, Farah).
    static StartRequest demoStart(const QString& name = Name);

protected:
    ~Fixture() = default;

    static inline const QString& Campaign = Name;

    std::unique_ptr<TempWorkspace> m_ws;
    Rules m_rules;

    // A fresh demo workspace (importDemo(): the clock pinned) and its rules; with `start`, campaign 2026-Q4
    // started on it (demoStart()), no decision yet.
    bool setUp(bool start = true);
    // Drops the workspace and unpins the clock.
    void tearDown();

    static DecisionRequest request(const QString& tool, const QString& account, DecisionKind kind);
    bool decide(const DecisionRequest& r, const QString& reviewer, QString* error = nullptr,
                const QString& campaign = Campaign);
    // The campaign's item of the tool's account (login or account key); empty if none.
    CampaignItem item(const QString& tool, const QString& login, const QString& campaign = Campaign);
    qint64 attestations() const;
    bool chainIntact();
    // A decisions CSV as the CLI would read it.
    static DecisionTable table(const QStringList& lines);
};
} // namespace DemoCampaign

} // namespace Rollcall
