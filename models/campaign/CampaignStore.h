// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/Campaign.h"
#include "domain/Rules.h"

#include <QCoreApplication>

namespace Rollcall {

class Store;

// Campaigns: start (frozen scope, reviewers, carried-over certifications), state, progress, close.
// Every method is one transaction on the store's connection; errors are values (errorString()).
class CampaignStore
{
    Q_DECLARE_TR_FUNCTIONS(CampaignStore)

public:
    CampaignStore(Store& store, const Rules& rules);

    // Letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64: "2026-Q4".
    static bool isValidName(const QString& name);

    // Freezes the scope and records a campaign-start attestation, then one certify attestation per
    // carried-over certification. Refused while another campaign is open.
    [[nodiscard]] bool start(const StartRequest& request, StartReport& report);
    // Records a campaign-close attestation; no decision is accepted afterwards.
    [[nodiscard]] bool close(const QString& name, const QString& actor, CampaignInfo& closed,
                             CampaignProgress& progress);

    [[nodiscard]] bool load(const QString& name, CampaignInfo& out);
    [[nodiscard]] bool campaigns(QList<CampaignInfo>& out); // oldest first
    // The accounts under review with their reviewer and decision in force.
    [[nodiscard]] bool items(const CampaignInfo& campaign, QList<CampaignItem>& out);
    [[nodiscard]] bool progress(const CampaignInfo& campaign, CampaignProgress& out);
    // Every attestation about one account, across campaigns, oldest first: its history.
    [[nodiscard]] bool history(const QString& tool, const QString& accountKey, QList<Attestation>& out);

    QString errorString() const { return m_error; }

    // Used by the decision service and the verifier as well.
    // A campaign's items as frozen (no state); `where` narrows them with `?` bound to `values`.
    [[nodiscard]] static bool loadItems(const QSqlDatabase& db, qint64 campaignId, QList<CampaignItem>& out,
                                        QString& error, const QString& where = {}, const QVariantList& values = {});
    static void replay(QList<CampaignItem>& items, const QList<Attestation>& log);
    // Applies one attestation about `item` to its state; `decisions` holds the decision attestations
    // seen so far by seq (an undo brings back the one before).
    static void apply(CampaignItem& item, const Attestation& attestation, QHash<qint64, Attestation>& decisions);
    static CampaignProgress progressOf(const CampaignInfo& campaign, const QList<CampaignItem>& items,
                                       const QList<Attestation>& log, const QDate& today);
    // SHA-256 over the canonical form of a campaign's frozen items, recorded in its campaign-start.
    static QString scopeDigest(const QList<CampaignItem>& items);
    static QMap<QString, QString> itemFields(const CampaignItem& item); // class, privilege, snapshot

private:
    bool fail(const QString& message);
    bool loadInfo(const QString& name, CampaignInfo& out);
    bool loadState(CampaignInfo& info, QList<CampaignItem>* items, QList<Attestation>* log);

    Store& m_store;
    Rules m_rules;
    QString m_error;
};

} // namespace Rollcall
