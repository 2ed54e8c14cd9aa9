// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/Campaign.h"

#include <QCoreApplication>

namespace Rollcall {

class CampaignStore;
class OwnerDirectory;

// What a new campaign inherits. For each account in its scope, the decision in force in the most
// recent earlier campaign that reviewed the account counts:
// - an unexpired certification carries over as a certify attestation of the new campaign (fields
//   carried_from, carried_from_campaign, carried_from_hash, certified_by), unless since then the
//   account's privilege rose, its e-mail changed, its owner left (or the certified owner did), or the
//   campaign owner owns it; the item's carryNote says which;
// - an expired certification, a removal, or an expiry whose date passed, with the account still
//   there, is noted on the item too.
class CarryOver
{
    Q_DECLARE_TR_FUNCTIONS(CarryOver)

public:
    // Fills the items' carryNote and `carried` (attestations not appended yet). False with
    // store.errorString() set when an earlier campaign cannot be read.
    [[nodiscard]] static bool apply(CampaignStore& store, OwnerDirectory& directory, const CampaignInfo& campaign,
                                    QList<CampaignItem>& items, QList<Attestation>& carried);
};

} // namespace Rollcall
