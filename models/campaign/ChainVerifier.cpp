// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChainVerifier.h"

#include "campaign/Attestation.h"
#include "campaign/CampaignStore.h"

#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Rollcall {

namespace {

QString describe(const Attestation& a)
{
    if (a.tool.isEmpty() && a.accountKey.isEmpty())
        return QCoreApplication::translate("ChainVerifier", "%1 of %2 by %3 at %4")
            .arg(a.decision, a.campaign, a.reviewer, a.at);
    return QCoreApplication::translate("ChainVerifier", "%1 of %2/%3 in %4 by %5 at %6")
        .arg(a.decision, a.tool, a.accountKey, a.campaign, a.reviewer, a.at);
}

QString shortHash(const QString& hash)
{
    return hash.left(16) + QStringLiteral("…");
}

} // namespace

QStringList ChainVerifier::requiredTriggers()
{
    return {QStringLiteral("attestation_append_only_update"),  QStringLiteral("attestation_append_only_delete"),
            QStringLiteral("attestation_advance_head"),        QStringLiteral("attestation_head_forward_only"),
            QStringLiteral("attestation_head_no_delete"),      QStringLiteral("campaign_frozen_update"),
            QStringLiteral("campaign_frozen_delete"),          QStringLiteral("campaign_item_frozen_update"),
            QStringLiteral("campaign_item_frozen_delete"),     QStringLiteral("campaign_reviewer_frozen_update"),
            QStringLiteral("campaign_reviewer_frozen_delete"), QStringLiteral("campaign_snapshot_frozen_update"),
            QStringLiteral("campaign_snapshot_frozen_delete")};
}

bool ChainVerifier::verify(const QSqlDatabase& db, ChainReport& report, QString& error)
{
    report = {};
    auto problem = [&](qint64 seq, const QString& message) { report.problems.append({seq, message}); };
    QSqlQuery q(db);

    // The campaigns as their tables say now, to compare with what their attestations recorded.
    struct Row
    {
        QString name, due, owner, tools, classes, snapshots, reviewers;
    };
    QMap<qint64, Row> campaigns;
    if (!q.exec(QStringLiteral("SELECT id, name, due, owner, tools, classes FROM campaign ORDER BY id"))) {
        error = q.lastError().text();
        return false;
    }
    while (q.next())
        campaigns.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                                   q.value(4).toString(), q.value(5).toString(), QString(), QString()});
    for (auto it = campaigns.begin(); it != campaigns.end(); ++it) {
        QSqlQuery s(db);
        s.prepare(
            QStringLiteral("SELECT snapshot_id FROM campaign_snapshot WHERE campaign_id = ? ORDER BY snapshot_id"));
        s.addBindValue(it.key());
        QStringList ids;
        if (s.exec()) {
            while (s.next())
                ids.append(s.value(0).toString());
        }
        it->snapshots = ids.join(QLatin1Char(','));
        s.prepare(QStringLiteral("SELECT tool, reviewer FROM campaign_reviewer WHERE campaign_id = ? ORDER BY tool"));
        s.addBindValue(it.key());
        QStringList reviewers;
        if (s.exec()) {
            while (s.next())
                reviewers.append(s.value(0).toString() + QLatin1Char('=') + s.value(1).toString());
        }
        it->reviewers = reviewers.join(QLatin1Char('\n'));
    }
    report.campaigns = campaigns.size();

    // 1. The chain, streamed in log order: hashes, links, no gaps. Only the first break is named; what
    //    follows it cannot be trusted. Attestations filed under the wrong campaign are noted on the way.
    QString prev = genesisHash();
    qint64 expected = 1;
    QString lastHash = genesisHash();
    qint64 lastSeq = 0;
    std::optional<Attestation> edited;
    QList<ChainProblem> misfiled;
    QList<Attestation> starts;
    QSet<qint64> started;
    AttestationLog reader(db);
    const bool read = reader.forEach([&](const Attestation& a) {
        ++report.attestations;
        lastSeq = a.seq;
        lastHash = a.hash;
        const auto campaign = campaigns.constFind(a.campaignId);
        if (campaign == campaigns.cend() || campaign->name != a.campaign) {
            misfiled.append({a.seq, tr("attestation %1 (%2) is filed under campaign id %3%4: moved to another campaign")
                                        .arg(a.seq)
                                        .arg(describe(a))
                                        .arg(a.campaignId)
                                        .arg(campaign == campaigns.cend() ? tr(", which does not exist")
                                                                          : tr(" (%1)").arg(campaign->name))});
        } else if (a.decision == CampaignEvent::Start && !started.contains(a.campaignId)) {
            started.insert(a.campaignId);
            starts.append(a);
        }
        if (!report.problems.isEmpty() || edited)
            return true;
        if (a.seq != expected) {
            problem(expected, a.seq == expected + 1
                                  ? tr("attestation %1 is missing: the log jumps from %2 to %3 (deleted)")
                                        .arg(expected)
                                        .arg(expected - 1)
                                        .arg(a.seq)
                                  : tr("attestations %1 to %2 are missing: the log jumps from %3 to %4 (deleted)")
                                        .arg(expected)
                                        .arg(a.seq - 1)
                                        .arg(expected - 1)
                                        .arg(a.seq));
            return true;
        }
        if (a.computeHash() != a.hash) {
            edited = a; // moved or edited: told apart below
        } else if (a.prevHash != prev) {
            problem(a.seq, tr("attestation %1 (%2) does not follow attestation %3: it records the previous hash %4, "
                              "but attestation %3 hashes to %5 (an attestation was replaced or the log reordered)")
                               .arg(a.seq)
                               .arg(describe(a))
                               .arg(a.seq - 1)
                               .arg(shortHash(a.prevHash), shortHash(prev)));
        }
        prev = a.hash;
        ++expected;
        return true;
    });
    if (!read) {
        error = reader.errorString();
        return false;
    }
    if (edited) {
        // Moved? Its content may hash right at another position of the log.
        qint64 recordedAt = 0;
        QSqlQuery seqs(db);
        seqs.setForwardOnly(true);
        if (seqs.exec(QStringLiteral("SELECT seq FROM attestation ORDER BY seq"))) {
            Attestation moved = *edited;
            while (!recordedAt && seqs.next()) {
                moved.seq = seqs.value(0).toLongLong();
                if (moved.seq != edited->seq && moved.computeHash() == edited->hash)
                    recordedAt = moved.seq;
            }
        }
        if (recordedAt)
            problem(edited->seq, tr("attestation %1 (%2) is out of order: it was recorded as attestation %3 (the log "
                                    "was reordered)")
                                     .arg(edited->seq)
                                     .arg(describe(*edited))
                                     .arg(recordedAt));
        else
            problem(edited->seq,
                    tr("attestation %1 (%2) was edited after it was recorded: its content hashes to %3, "
                       "the recorded hash is %4")
                        .arg(edited->seq)
                        .arg(describe(*edited), shortHash(edited->computeHash()), shortHash(edited->hash)));
    }

    // 2. The head: deleting the last attestations leaves it ahead of the log.
    if (q.exec(QStringLiteral("SELECT seq, hash FROM attestation_head WHERE id = 1")) && q.next()) {
        report.headSeq = q.value(0).toLongLong();
        report.headHash = q.value(1).toString();
        if (report.headSeq > lastSeq)
            problem(lastSeq + 1, report.headSeq == lastSeq + 1
                                     ? tr("attestation %1, the last one, is missing: the log's head records %1 "
                                          "attestations (deleted)")
                                           .arg(report.headSeq)
                                     : tr("attestations %1 to %2, the last ones, are missing: the log's head records "
                                          "%2 attestations (deleted)")
                                           .arg(lastSeq + 1)
                                           .arg(report.headSeq));
        else if (report.headSeq != lastSeq || report.headHash != lastHash)
            problem(0, tr("the log's head (%1, %2) does not match its last attestation (%3, %4): changed outside "
                          "Rollcall")
                           .arg(report.headSeq)
                           .arg(shortHash(report.headHash))
                           .arg(lastSeq)
                           .arg(shortHash(lastHash)));
    } else {
        problem(0, tr("the log's head record is missing: changed outside Rollcall"));
    }

    // 3. Campaigns: each attestation belongs to the campaign it names, and the frozen scope matches what the
    //    campaign-start attestation recorded.
    report.problems += misfiled;
    for (const Attestation& a : std::as_const(starts)) {
        const Row& row = campaigns.value(a.campaignId);
        const QMap<QString, QString> f = a.fieldMap();
        QStringList differs;
        for (const auto& [name, value] :
             {std::pair{"due", row.due}, std::pair{"owner", row.owner}, std::pair{"tools", row.tools},
              std::pair{"classes", row.classes}, std::pair{"snapshots", row.snapshots},
              std::pair{"reviewers", row.reviewers}}) {
            if (f.value(QLatin1String(name)) != value)
                differs.append(QLatin1String(name));
        }
        QList<CampaignItem> items;
        QString itemsError;
        if (!CampaignStore::loadItems(db, a.campaignId, items, itemsError)) {
            error = itemsError;
            return false;
        }
        if (f.value(QStringLiteral("items")) != QString::number(items.size()) ||
            f.value(QStringLiteral("scope_sha256")) != CampaignStore::scopeDigest(items))
            differs.append(tr("accounts in scope"));
        if (!differs.isEmpty())
            problem(a.seq, tr("campaign %1 no longer matches its campaign-start attestation %2: %3 changed outside "
                              "Rollcall")
                               .arg(a.campaign)
                               .arg(a.seq)
                               .arg(differs.join(QLatin1String(", "))));
    }
    for (auto it = campaigns.cbegin(); it != campaigns.cend(); ++it) {
        if (!started.contains(it.key()))
            problem(0, tr("campaign %1 has no campaign-start attestation: added outside Rollcall, or its start was "
                          "deleted")
                           .arg(it->name));
    }

    // 4. The triggers: a Rollcall workspace never loses them; the sqlite3 shell can drop them.
    QSet<QString> triggers;
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'"))) {
        while (q.next())
            triggers.insert(q.value(0).toString());
    }
    QStringList missing;
    for (const QString& t : requiredTriggers()) {
        if (!triggers.contains(t))
            missing.append(t);
    }
    if (!missing.isEmpty())
        problem(0, tr("the append-only trigger(s) %1 are missing: the file was changed outside Rollcall")
                       .arg(missing.join(QLatin1String(", "))));
    return true;
}

} // namespace Rollcall
