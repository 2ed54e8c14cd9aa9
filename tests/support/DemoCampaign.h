// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TempWorkspace.h"
#include "domain/Rules.h"

namespace Rollcall {

// The demo company with a review under way, for the evidence tests: importDemo(), plus a Slack export
// holding an account whose login and names begin with '=' (a spreadsheet formula), reconciled; campaign
// 2026-Q4 started (atlassian reviewed by Ada, aws-prod by Chen, the rest by the owner Farah) and a few
// decisions recorded through DecisionService: two removals, an expiry, a certification, a reconcile and
// a needs-info on the formula account. With `close`, the campaign is closed too.
namespace DemoCampaign {
inline const QString Name = QStringLiteral("2026-Q4");
inline const QString FormulaLogin = QStringLiteral("=cmd");
// `rules`, when given, receives the workspace's rules (the demo's), for the services a test builds on it.
bool create(TempWorkspace& workspace, bool close = false, QString* error = nullptr, Rules* rules = nullptr);
} // namespace DemoCampaign

} // namespace Rollcall
