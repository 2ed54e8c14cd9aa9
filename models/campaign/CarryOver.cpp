// SPDX-License-Identifier: GPL-3.0-or-later
#include "CarryOver.h"

#include "campaign/CampaignStore.h"
#include "campaign/OwnerDirectory.h"
#include "domain/Records.h"
#include "util/Clock.h"
#include "util/Timestamps.h"

namespace Rollcall {

namespace {

QString itemKey(const QString& tool, const QString& accountKey)
{
    return tool + QLatin1Char('\n') + accountKey;
}

// For "did the privilege rise": none (or unknown) < read < member < billing < admin < owner.
int privilegeLevel(const QString& privilege)
{
    static const QStringList order = {Privilege::None,    Privilege::Read,  Privilege::Member,
                                      Privilege::Billing, Privilege::Admin, Privilege::Owner};
    return std::max<int>(0, int(order.indexOf(privilege)));
}

} // namespace

bool CarryOver::apply(CampaignStore& store, OwnerDirectory& directory, const CampaignInfo& campaign,
                      QList<CampaignItem>& items, QList<Attestation>& carried)
{
    // The most recent earlier campaign that had the account decides what carries over.
    QHash<QString, int> pending;
    for (int i = 0; i < items.size(); ++i)
        pending.insert(itemKey(items.at(i).tool, items.at(i).accountKey), i);
    QList<CampaignInfo> earlier;
    if (!store.campaigns(earlier))
        return false;
    const QDate today = Clock::nowUtc().date();
    const QString now = formatIsoTimestamp(Clock::nowUtc());
    for (auto c = earlier.crbegin(); c != earlier.crend() && !pending.isEmpty(); ++c) {
        if (c->id == campaign.id)
            continue;
        const CampaignInfo& info = *c;
        QList<CampaignItem> before;
        if (!store.items(info, before))
            return false;
        for (const CampaignItem& old : before) {
            const auto found = pending.constFind(itemKey(old.tool, old.accountKey));
            if (found == pending.cend())
                continue;
            CampaignItem& item = items[*found];
            pending.erase(found);
            if (!old.decision || !old.decisionBy)
                continue;
            const Attestation& by = *old.decisionBy;
            const QMap<QString, QString> f = by.fieldMap();
            const QDate until = QDate::fromString(f.value(QStringLiteral("until")), Qt::ISODate);
            if (*old.decision == DecisionKind::Remove) {
                item.carryNote =
                    tr("%1 decided to remove it on %2, yet the account is still there").arg(info.name, by.at.left(10));
                continue;
            }
            if (*old.decision == DecisionKind::Expire) {
                if (until.isValid() && until < today)
                    item.carryNote = tr("%1 decided it expires on %2, yet the account is still there")
                                         .arg(info.name, until.toString(Qt::ISODate));
                continue;
            }
            if (*old.decision != DecisionKind::Certify)
                continue;
            const QString certified =
                tr("certified in %1 by %2 until %3").arg(info.name, by.reviewer, f.value(QStringLiteral("until")));
            if (!until.isValid() || until <= today) {
                item.carryNote = tr("the certification from %1 expired on %2; decide again")
                                     .arg(info.name, f.value(QStringLiteral("until")));
                continue;
            }
            QStringList why;
            if (privilegeLevel(item.privilege) > privilegeLevel(old.privilege))
                why.append(tr("its privilege rose from %1 to %2")
                               .arg(old.privilege.isEmpty() ? Privilege::None : old.privilege, item.privilege));
            if (!directory.same(item.email, old.email) && !(item.email.isEmpty() && old.email.isEmpty()))
                why.append(tr("its e-mail changed from %1 to %2")
                               .arg(old.email.isEmpty() ? tr("(none)") : old.email,
                                    item.email.isEmpty() ? tr("(none)") : item.email));
            const QString owner = f.value(QStringLiteral("owner"));
            const std::optional<DirectoryPerson> person = directory.find(owner);
            if (!person)
                why.append(tr("its owner %1 is no longer in the directory").arg(owner));
            else if (!person->isActive())
                why.append(tr("its owner %1 left (%2 in the directory)").arg(owner, person->status));
            else if (item.cls == QLatin1String("orphaned") && !item.owner.isEmpty() &&
                     !directory.same(item.owner, owner))
                why.append(tr("its owner %1 left (%2 in the directory)").arg(item.owner, item.ownerStatus));
            if (directory.same(owner, campaign.owner) || directory.same(item.owner, campaign.owner))
                why.append(tr("the campaign owner %1 owns it, so it cannot carry it over (separation of duties)")
                               .arg(campaign.owner));
            if (!why.isEmpty()) {
                item.carryNote = tr("%1, not carried over: %2").arg(certified, why.join(QLatin1String("; ")));
                continue;
            }
            item.carryNote = tr("%1: carried over").arg(certified);
            QMap<QString, QString> fields = CampaignStore::itemFields(item);
            for (const char* name : {"owner", "purpose", "until", "rotation", "reason"}) {
                const QString key = QLatin1String(name);
                if (f.contains(key))
                    fields.insert(key, f.value(key));
            }
            fields.insert(QStringLiteral("carried_from"), QString::number(by.seq));
            fields.insert(QStringLiteral("carried_from_campaign"), info.name);
            fields.insert(QStringLiteral("carried_from_hash"), by.hash);
            fields.insert(QStringLiteral("certified_by"), f.value(QStringLiteral("certified_by"), by.reviewer));
            Attestation a;
            a.campaignId = campaign.id;
            a.campaign = campaign.name;
            a.tool = item.tool;
            a.accountKey = item.accountKey;
            a.decision = decisionKindName(DecisionKind::Certify);
            a.reviewer = campaign.owner;
            a.at = now;
            a.fields = canonicalFields(fields);
            carried.append(a);
        }
    }
    return true;
}

} // namespace Rollcall
