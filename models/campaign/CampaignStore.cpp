// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignStore.h"

#include "campaign/CarryOver.h"
#include "campaign/OwnerDirectory.h"
#include "domain/Records.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/Timestamps.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Rollcall {

namespace {

QString itemKey(const QString& tool, const QString& accountKey)
{
    return tool + QLatin1Char('\n') + accountKey;
}

QDate dateOf(const QString& isoTimestamp)
{
    return QDate::fromString(isoTimestamp.left(10), Qt::ISODate);
}

QString joinIds(const QList<qint64>& ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

QString reviewersText(const QMap<QString, QString>& reviewers)
{
    QStringList lines;
    for (auto it = reviewers.cbegin(); it != reviewers.cend(); ++it)
        lines.append(it.key() + QLatin1Char('=') + it.value());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

bool CampaignItem::isPrivileged() const
{
    return isPrivilegedName(privilege);
}

QString CampaignItem::label() const
{
    return tool + QLatin1Char('/') + (login.isEmpty() ? accountKey : login);
}

bool isPrivilegedName(const QString& privilege)
{
    // As the reconciler scores it.
    return privilege == Privilege::Owner || privilege == Privilege::Admin || privilege == Privilege::Billing;
}

CampaignStore::CampaignStore(Store& store, const Rules& rules)
    : m_store(store)
    , m_rules(rules)
{}

bool CampaignStore::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool CampaignStore::isValidName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return re.match(name).hasMatch();
}

QMap<QString, QString> CampaignStore::itemFields(const CampaignItem& item)
{
    return {{QStringLiteral("class"), item.cls},
            {QStringLiteral("privilege"), item.privilege},
            {QStringLiteral("snapshot"), QString::number(item.snapshotId)}};
}

QString CampaignStore::scopeDigest(const QList<CampaignItem>& items)
{
    // One canonical JSON object per item, in id order, each followed by a line feed.
    QByteArray text;
    for (const CampaignItem& i : items) {
        const QMap<QString, QString> o = {{QStringLiteral("account"), i.accountKey},
                                          {QStringLiteral("account_id"), QString::number(i.accountId)},
                                          {QStringLiteral("carry_note"), i.carryNote},
                                          {QStringLiteral("class"), i.cls},
                                          {QStringLiteral("display_name"), i.displayName},
                                          {QStringLiteral("email"), i.email},
                                          {QStringLiteral("explanation"), i.explanation},
                                          {QStringLiteral("id"), QString::number(i.id)},
                                          {QStringLiteral("login"), i.login},
                                          {QStringLiteral("owner"), i.owner},
                                          {QStringLiteral("owner_status"), i.ownerStatus},
                                          {QStringLiteral("privilege"), i.privilege},
                                          {QStringLiteral("recommendation"), i.recommendation},
                                          {QStringLiteral("reviewer"), i.assignedReviewer},
                                          {QStringLiteral("risk"), QString::number(i.risk)},
                                          {QStringLiteral("snapshot"), QString::number(i.snapshotId)},
                                          {QStringLiteral("tool"), i.tool},
                                          {QStringLiteral("tool_role"), i.toolRole}};
        text += canonicalFields(o).toUtf8() + '\n';
    }
    return sha256Hex(text);
}

bool CampaignStore::loadItems(const QSqlDatabase& db, qint64 campaignId, QList<CampaignItem>& out, QString& error,
                              const QString& where, const QVariantList& values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, campaign_id, account_id, snapshot_id, tool, account_key, login, email, "
                             "display_name, privilege, tool_role, class, owner, owner_status, risk, recommendation, "
                             "explanation, reviewer, carry_note FROM campaign_item WHERE campaign_id = ?%1 ORDER BY id")
                  .arg(where.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(where)));
    q.addBindValue(campaignId);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        error = tr("cannot read the campaign's accounts: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        CampaignItem i;
        i.id = q.value(0).toLongLong();
        i.campaignId = q.value(1).toLongLong();
        i.accountId = q.value(2).toLongLong();
        i.snapshotId = q.value(3).toLongLong();
        i.tool = q.value(4).toString();
        i.accountKey = q.value(5).toString();
        i.login = q.value(6).toString();
        i.email = q.value(7).toString();
        i.displayName = q.value(8).toString();
        i.privilege = q.value(9).toString();
        i.toolRole = q.value(10).toString();
        i.cls = q.value(11).toString();
        i.owner = q.value(12).toString();
        i.ownerStatus = q.value(13).toString();
        i.risk = q.value(14).toInt();
        i.recommendation = q.value(15).toString();
        i.explanation = q.value(16).toString();
        i.assignedReviewer = q.value(17).toString();
        i.carryNote = q.value(18).toString();
        i.reviewer = i.assignedReviewer;
        out.append(i);
    }
    return true;
}

void CampaignStore::apply(CampaignItem& item, const Attestation& a, QHash<qint64, Attestation>& decisions)
{
    const std::optional<DecisionKind> kind = decisionKindFromName(a.decision);
    if (!kind)
        return;
    switch (*kind) {
    case DecisionKind::Reassign:
        item.reviewer = a.field(QStringLiteral("to"));
        item.lastReassignSeq = a.seq;
        return;
    case DecisionKind::Undo:
        if (!item.decisionStack.isEmpty() && a.supersedes == item.decisionStack.last())
            item.decisionStack.removeLast();
        break;
    default:
        decisions.insert(a.seq, a);
        item.decisionStack.append(a.seq);
    }
    if (item.decisionStack.isEmpty()) {
        item.decision.reset();
        item.decisionBy.reset();
    } else {
        item.decisionBy = decisions.value(item.decisionStack.last());
        item.decision = decisionKindFromName(item.decisionBy->decision);
    }
}

void CampaignStore::replay(QList<CampaignItem>& items, const QList<Attestation>& log)
{
    QHash<QString, int> index;
    for (int i = 0; i < items.size(); ++i)
        index.insert(itemKey(items.at(i).tool, items.at(i).accountKey), i);
    QHash<qint64, Attestation> decisions;
    for (const Attestation& a : log) {
        const auto found = index.constFind(itemKey(a.tool, a.accountKey));
        if (found != index.cend())
            apply(items[*found], a, decisions);
    }
}

CampaignProgress CampaignStore::progressOf(const CampaignInfo& campaign, const QList<CampaignItem>& items,
                                           const QList<Attestation>& log, const QDate& today)
{
    CampaignProgress p;
    QMap<QString, ProgressCount> byReviewer, byTool;
    for (const CampaignItem& i : items) {
        ++p.total;
        ProgressCount& r = byReviewer[i.reviewer];
        ProgressCount& t = byTool[i.tool];
        r.key = i.reviewer;
        t.key = i.tool;
        t.reviewer = campaign.reviewers.value(i.tool, campaign.owner);
        ++r.total;
        ++t.total;
        if (i.isDecided()) {
            ++p.decided;
            ++r.decided;
            ++t.decided;
        } else if (i.decision == DecisionKind::NeedsInfo) {
            ++p.needsInfo;
            ++r.needsInfo;
            ++t.needsInfo;
        }
        if (i.decision)
            ++p.byDecision[decisionKindName(*i.decision)];
        if (i.isCarriedOver())
            ++p.carriedOver;
    }
    p.byReviewer = byReviewer.values();
    p.byTool = byTool.values();

    // Burn-down: replay the log day by day, counting decided accounts at the end of each day.
    const QDate first = dateOf(campaign.startedAt);
    QDate last = campaign.closed ? dateOf(campaign.closedAt) : today;
    if (!first.isValid())
        return p;
    if (!last.isValid() || last < first)
        last = first;
    QList<CampaignItem> state = items;
    for (CampaignItem& i : state) {
        i.decision.reset();
        i.decisionBy.reset();
        i.decisionStack.clear();
    }
    // One pass over the log, as replay() does, counting at the end of each day: replaying from the start for
    // every day cost days × accounts.
    QHash<QString, int> index;
    qint64 decided = 0;
    for (int i = 0; i < state.size(); ++i) {
        index.insert(itemKey(state.at(i).tool, state.at(i).accountKey), i);
        decided += state.at(i).isDecided() ? 1 : 0;
    }
    QHash<qint64, Attestation> decisions;
    qsizetype next = 0;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        for (; next < log.size() && dateOf(log.at(next).at) <= day; ++next) {
            const Attestation& a = log.at(next);
            const auto found = index.constFind(itemKey(a.tool, a.accountKey));
            if (found == index.cend())
                continue;
            CampaignItem& item = state[*found];
            const bool before = item.isDecided();
            apply(item, a, decisions);
            decided += qint64(item.isDecided()) - qint64(before);
        }
        p.burnDown.append({day, p.total - decided});
    }
    return p;
}

bool CampaignStore::loadInfo(const QString& name, CampaignInfo& out)
{
    QSqlDatabase db = m_store.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT c.id, c.name, c.due, c.owner, c.tools, c.classes, c.started_at, "
                             "COALESCE(c.previous_id, 0), COALESCE(p.name, '') FROM campaign c "
                             "LEFT JOIN campaign p ON p.id = c.previous_id WHERE c.name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return fail(tr("%1: cannot read campaigns: %2").arg(m_store.path(), q.lastError().text()));
    if (!q.next()) {
        QStringList names;
        QSqlQuery all(db);
        if (all.exec(QStringLiteral("SELECT name FROM campaign ORDER BY id"))) {
            while (all.next())
                names.append(all.value(0).toString());
        }
        return fail(
            names.isEmpty()
                ? tr("%1: no campaign '%2'; there is none yet (start one with `campaign start`)")
                      .arg(m_store.path(), name)
                : tr("%1: no campaign '%2'; campaigns: %3").arg(m_store.path(), name, names.join(QLatin1String(", "))));
    }
    out = {};
    out.id = q.value(0).toLongLong();
    out.name = q.value(1).toString();
    out.due = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    out.owner = q.value(3).toString();
    out.tools = q.value(4).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    out.classes = q.value(5).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    out.startedAt = q.value(6).toString();
    out.previousId = q.value(7).toLongLong();
    out.previousName = q.value(8).toString();
    q.finish();
    q.prepare(QStringLiteral("SELECT snapshot_id FROM campaign_snapshot WHERE campaign_id = ? ORDER BY snapshot_id"));
    q.addBindValue(out.id);
    if (!q.exec())
        return fail(tr("%1: cannot read the campaign's snapshots: %2").arg(m_store.path(), q.lastError().text()));
    while (q.next())
        out.snapshotIds.append(q.value(0).toLongLong());
    q.prepare(QStringLiteral("SELECT tool, reviewer FROM campaign_reviewer WHERE campaign_id = ? ORDER BY tool"));
    q.addBindValue(out.id);
    if (!q.exec())
        return fail(tr("%1: cannot read the campaign's reviewers: %2").arg(m_store.path(), q.lastError().text()));
    while (q.next())
        out.reviewers.insert(q.value(0).toString(), q.value(1).toString());
    q.prepare(QStringLiteral("SELECT at, reviewer FROM attestation WHERE campaign_id = ? AND tool = '' AND "
                             "account_key = '' AND decision = ? ORDER BY seq LIMIT 1"));
    q.addBindValue(out.id);
    q.addBindValue(CampaignEvent::Close);
    if (!q.exec())
        return fail(tr("%1: cannot read the attestation log: %2").arg(m_store.path(), q.lastError().text()));
    if (q.next()) {
        out.closed = true;
        out.closedAt = q.value(0).toString();
        out.closedBy = q.value(1).toString();
    }
    return true;
}

bool CampaignStore::loadState(CampaignInfo& info, QList<CampaignItem>* items, QList<Attestation>* log)
{
    QList<Attestation> entries;
    AttestationLog reader(m_store.database());
    if (!reader.read(entries, QStringLiteral("campaign_id = ?"), {info.id}))
        return fail(QStringLiteral("%1: %2").arg(m_store.path(), reader.errorString()));
    if (items) {
        items->clear();
        QString error;
        if (!loadItems(m_store.database(), info.id, *items, error))
            return fail(QStringLiteral("%1: %2").arg(m_store.path(), error));
        replay(*items, entries);
    }
    if (log)
        *log = entries;
    return true;
}

bool CampaignStore::load(const QString& name, CampaignInfo& out)
{
    return loadInfo(name, out);
}

bool CampaignStore::campaigns(QList<CampaignInfo>& out)
{
    out.clear();
    QStringList names;
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT name FROM campaign ORDER BY id")))
        return fail(tr("%1: cannot read campaigns: %2").arg(m_store.path(), q.lastError().text()));
    while (q.next())
        names.append(q.value(0).toString());
    for (const QString& name : names) {
        CampaignInfo info;
        if (!loadInfo(name, info))
            return false;
        out.append(info);
    }
    return true;
}

bool CampaignStore::items(const CampaignInfo& campaign, QList<CampaignItem>& out)
{
    CampaignInfo info = campaign;
    return loadState(info, &out, nullptr);
}

bool CampaignStore::progress(const CampaignInfo& campaign, CampaignProgress& out)
{
    CampaignInfo info = campaign;
    QList<CampaignItem> items;
    QList<Attestation> log;
    if (!loadState(info, &items, &log))
        return false;
    out = progressOf(info, items, log, Clock::nowUtc().date());
    return true;
}

bool CampaignStore::history(const QString& tool, const QString& accountKey, QList<Attestation>& out)
{
    out.clear();
    AttestationLog reader(m_store.database());
    if (!reader.read(out, QStringLiteral("tool = ? AND account_key = ?"), {tool, accountKey}))
        return fail(QStringLiteral("%1: %2").arg(m_store.path(), reader.errorString()));
    return true;
}

bool CampaignStore::start(const StartRequest& request, StartReport& report)
{
    report = {};
    const QString path = m_store.path();
    const QDate today = Clock::nowUtc().date();
    if (!isValidName(request.name))
        return fail(tr("campaign name '%1': expected letters, digits, '.', '_' or '-' (at most 64), such as 2026-Q4")
                        .arg(request.name));
    if (!request.due.isValid())
        return fail(tr("the due date is missing: --due YYYY-MM-DD"));
    if (request.due < today)
        return fail(tr("due date %1 is in the past (today is %2)")
                        .arg(request.due.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    if (!OwnerDirectory::looksLikeEmail(request.owner))
        return fail(tr("campaign owner '%1': expected an e-mail address").arg(request.owner));
    const QString owner = request.owner.trimmed().toLower();
    QStringList classes;
    for (const QString& c : request.classes) {
        if (!accountClassFromName(c))
            return fail(tr("class '%1': expected one of managed, orphaned, unmanaged, external, service, break-glass, "
                           "ambiguous")
                            .arg(c));
        if (!classes.contains(c))
            classes.append(c);
    }
    for (auto it = request.reviewers.cbegin(); it != request.reviewers.cend(); ++it) {
        if (!OwnerDirectory::looksLikeEmail(it.value()))
            return fail(tr("reviewer of %1: '%2' is not an e-mail address").arg(it.key(), it.value()));
    }

    QSqlDatabase db = m_store.database();
    WriteTransaction tx(db);
    if (!tx.begin())
        return fail(tr("%1: cannot start the campaign: %2").arg(path, tx.errorString()));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM campaign WHERE name = ?"));
    q.addBindValue(request.name);
    if (!q.exec() || !q.next())
        return fail(tr("%1: cannot read campaigns: %2").arg(path, q.lastError().text()));
    if (q.value(0).toInt() > 0)
        return fail(tr("%1: campaign %2 already exists").arg(path, request.name));
    QList<CampaignInfo> all;
    if (!campaigns(all))
        return false;
    for (const CampaignInfo& c : all) {
        if (!c.closed)
            return fail(tr("%1: campaign %2 is still open; close it first (`campaign close %2`)").arg(path, c.name));
    }

    // Freeze the current snapshots of the tools in scope, and of the directory.
    QMap<QString, qint64> toolSnapshots;
    QList<qint64> directorySnapshots;
    if (!q.exec(QStringLiteral("SELECT id, source_kind, tool FROM current_snapshot ORDER BY id")))
        return fail(tr("%1: cannot read snapshots: %2").arg(path, q.lastError().text()));
    while (q.next()) {
        if (q.value(1).toString() == QLatin1String("directory"))
            directorySnapshots.append(q.value(0).toLongLong());
        else
            toolSnapshots.insert(q.value(2).toString(), q.value(0).toLongLong());
    }
    QStringList tools = request.tools;
    tools.removeDuplicates();
    for (const QString& t : tools) {
        if (!toolSnapshots.contains(t))
            return fail(tr("%1: no snapshot of tool '%2'; tools: %3")
                            .arg(path, t, toolSnapshots.keys().join(QLatin1String(", "))));
    }
    const QStringList scopeTools = tools.isEmpty() ? toolSnapshots.keys() : tools;
    if (scopeTools.isEmpty())
        return fail(tr("%1: no tool export imported yet; nothing to review").arg(path));
    for (auto it = request.reviewers.cbegin(); it != request.reviewers.cend(); ++it) {
        if (!scopeTools.contains(it.key()))
            return fail(tr("reviewer for '%1': not a tool in the campaign's scope (%2)")
                            .arg(it.key(), scopeTools.join(QLatin1String(", "))));
    }

    QList<CampaignItem> items;
    {
        QString placeholders;
        for (int i = 0; i < scopeTools.size(); ++i)
            placeholders += i ? QStringLiteral(", ?") : QStringLiteral("?");
        q.prepare(
            QStringLiteral("SELECT count(*) FROM account_view WHERE class IS NULL AND tool IN (%1)").arg(placeholders));
        for (const QString& t : scopeTools)
            q.addBindValue(t);
        if (!q.exec() || !q.next())
            return fail(tr("%1: cannot read accounts: %2").arg(path, q.lastError().text()));
        if (q.value(0).toLongLong() > 0)
            return fail(tr("%1: %n account(s) in scope are not reconciled yet; run `reconcile` first", nullptr,
                           q.value(0).toInt())
                            .arg(path));
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, snapshot_id, tool, account_key, login, email, display_name, privilege, "
                                 "tool_role, class, owner, owner_status, risk, recommendation, explanation "
                                 "FROM account_view WHERE tool IN (%1) ORDER BY tool, account_key")
                      .arg(placeholders));
        for (const QString& t : scopeTools)
            q.addBindValue(t);
        if (!q.exec())
            return fail(tr("%1: cannot read accounts: %2").arg(path, q.lastError().text()));
        OwnerDirectory directory(db, m_rules);
        while (q.next()) {
            CampaignItem i;
            i.accountId = q.value(0).toLongLong();
            i.snapshotId = q.value(1).toLongLong();
            i.tool = q.value(2).toString();
            i.accountKey = q.value(3).toString();
            i.login = q.value(4).toString();
            i.email = q.value(5).toString();
            i.displayName = q.value(6).toString();
            i.privilege = q.value(7).toString();
            i.toolRole = q.value(8).toString();
            i.cls = q.value(9).toString();
            i.owner = q.value(10).toString();
            i.ownerStatus = q.value(11).toString();
            i.risk = q.value(12).toInt();
            i.recommendation = q.value(13).toString();
            i.explanation = q.value(14).toString();
            const bool inScope =
                classes.isEmpty() ? (i.cls != QLatin1String("managed") || i.isPrivileged()) : classes.contains(i.cls);
            if (!inScope)
                continue;
            // Separation of duties: a tool reviewer's own accounts go to the campaign owner.
            const QString toolReviewer = request.reviewers.value(i.tool).trimmed().toLower();
            const bool ownsIt = directory.same(toolReviewer, i.owner) || directory.same(toolReviewer, i.email);
            i.assignedReviewer = toolReviewer.isEmpty() || ownsIt ? owner : toolReviewer;
            i.reviewer = i.assignedReviewer;
            items.append(i);
        }
        q.finish();
    }
    if (items.isEmpty())
        return fail(tr("%1: no account in the campaign's scope; nothing to review").arg(path));

    CampaignInfo info;
    info.name = request.name;
    info.due = request.due;
    info.owner = owner;
    info.tools = tools;
    info.classes = classes;
    info.startedAt = formatIsoTimestamp(Clock::nowUtc());
    if (!all.isEmpty()) {
        info.previousId = all.last().id;
        info.previousName = all.last().name;
    }
    for (const QString& t : scopeTools)
        info.snapshotIds.append(toolSnapshots.value(t));
    info.snapshotIds += directorySnapshots;
    std::sort(info.snapshotIds.begin(), info.snapshotIds.end());
    for (auto it = request.reviewers.cbegin(); it != request.reviewers.cend(); ++it)
        info.reviewers.insert(it.key(), it.value().trimmed().toLower());

    q.prepare(QStringLiteral("INSERT INTO campaign (name, due, owner, tools, classes, started_at, previous_id) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(info.name);
    q.addBindValue(info.due.toString(Qt::ISODate));
    q.addBindValue(info.owner);
    q.addBindValue(sqlText(info.tools.join(QLatin1Char('\n'))));
    q.addBindValue(sqlText(info.classes.join(QLatin1Char('\n'))));
    q.addBindValue(info.startedAt);
    q.addBindValue(info.previousId ? QVariant(info.previousId) : QVariant(QMetaType::fromType<qint64>()));
    if (!q.exec())
        return fail(tr("%1: cannot record the campaign: %2").arg(path, q.lastError().text()));
    info.id = q.lastInsertId().toLongLong();

    q.prepare(QStringLiteral("INSERT INTO campaign_snapshot (campaign_id, snapshot_id) VALUES (?, ?)"));
    for (qint64 id : info.snapshotIds) {
        q.addBindValue(info.id);
        q.addBindValue(id);
        if (!q.exec())
            return fail(tr("%1: cannot record the campaign's snapshots: %2").arg(path, q.lastError().text()));
    }
    q.prepare(QStringLiteral("INSERT INTO campaign_reviewer (campaign_id, tool, reviewer) VALUES (?, ?, ?)"));
    for (auto it = info.reviewers.cbegin(); it != info.reviewers.cend(); ++it) {
        q.addBindValue(info.id);
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        if (!q.exec())
            return fail(tr("%1: cannot record the campaign's reviewers: %2").arg(path, q.lastError().text()));
    }

    QList<Attestation> carried;
    OwnerDirectory directory(db, m_rules);
    if (!CarryOver::apply(*this, directory, info, items, carried))
        return false;

    q.prepare(
        QStringLiteral("INSERT INTO campaign_item (campaign_id, account_id, snapshot_id, tool, account_key, login, "
                       "email, display_name, privilege, tool_role, class, owner, owner_status, risk, "
                       "recommendation, explanation, reviewer, carry_note) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (CampaignItem& i : items) {
        i.campaignId = info.id;
        for (const QVariant& v :
             {QVariant(info.id), QVariant(i.accountId), QVariant(i.snapshotId), sqlText(i.tool), sqlText(i.accountKey),
              sqlText(i.login), sqlText(i.email), sqlText(i.displayName), sqlText(i.privilege), sqlText(i.toolRole),
              sqlText(i.cls), sqlText(i.owner), sqlText(i.ownerStatus), QVariant(i.risk), sqlText(i.recommendation),
              sqlText(i.explanation), sqlText(i.assignedReviewer), sqlText(i.carryNote)})
            q.addBindValue(v);
        if (!q.exec())
            return fail(tr("%1: cannot record the campaign's accounts: %2").arg(path, q.lastError().text()));
        i.id = q.lastInsertId().toLongLong();
    }

    Attestation started;
    started.campaignId = info.id;
    started.campaign = info.name;
    started.decision = CampaignEvent::Start;
    started.reviewer = info.owner;
    started.at = info.startedAt;
    started.fields = canonicalFields({{QStringLiteral("classes"), info.classes.join(QLatin1Char('\n'))},
                                      {QStringLiteral("due"), info.due.toString(Qt::ISODate)},
                                      {QStringLiteral("items"), QString::number(items.size())},
                                      {QStringLiteral("owner"), info.owner},
                                      {QStringLiteral("previous"), info.previousName},
                                      {QStringLiteral("reviewers"), reviewersText(info.reviewers)},
                                      {QStringLiteral("scope_sha256"), scopeDigest(items)},
                                      {QStringLiteral("snapshots"), joinIds(info.snapshotIds)},
                                      {QStringLiteral("tools"), info.tools.join(QLatin1Char('\n'))}});
    AttestationLog log(db);
    if (!log.append(started))
        return fail(QStringLiteral("%1: %2").arg(path, log.errorString()));
    for (Attestation& a : carried) {
        if (!log.append(a))
            return fail(QStringLiteral("%1: %2").arg(path, log.errorString()));
    }
    if (!tx.commit())
        return fail(tr("%1: cannot commit the campaign: %2").arg(path, tx.errorString()));

    report.campaign = info;
    report.items = items.size();
    report.carriedOver = carried.size();
    QSet<QString> carriedKeys;
    for (const Attestation& a : carried)
        carriedKeys.insert(itemKey(a.tool, a.accountKey));
    for (const CampaignItem& i : items) {
        if (!i.carryNote.isEmpty() && !carriedKeys.contains(itemKey(i.tool, i.accountKey)))
            report.notCarried.append(i);
    }
    for (const QString& t : scopeTools) {
        if (!info.reviewers.contains(t))
            report.toolsWithoutReviewer.append(t);
    }
    return true;
}

bool CampaignStore::close(const QString& name, const QString& actor, CampaignInfo& closed, CampaignProgress& progress)
{
    const QString path = m_store.path();
    QSqlDatabase db = m_store.database();
    WriteTransaction tx(db);
    if (!tx.begin())
        return fail(tr("%1: cannot close the campaign: %2").arg(path, tx.errorString()));
    CampaignInfo info;
    if (!loadInfo(name, info))
        return false;
    if (info.closed)
        return fail(
            tr("%1: campaign %2 was already closed on %3 by %4").arg(path, info.name, info.closedAt, info.closedBy));
    QList<CampaignItem> items;
    QList<Attestation> entries;
    if (!loadState(info, &items, &entries))
        return false;
    const QDate today = Clock::nowUtc().date();
    progress = progressOf(info, items, entries, today);
    Attestation a;
    a.campaignId = info.id;
    a.campaign = info.name;
    a.decision = CampaignEvent::Close;
    a.reviewer = actor.trimmed().toLower();
    a.at = formatIsoTimestamp(Clock::nowUtc());
    a.fields = canonicalFields({{QStringLiteral("decided"), QString::number(progress.decided)},
                                {QStringLiteral("needs_info"), QString::number(progress.needsInfo)},
                                {QStringLiteral("total"), QString::number(progress.total)},
                                {QStringLiteral("undecided"), QString::number(progress.total - progress.decided)}});
    AttestationLog log(db);
    if (!log.append(a))
        return fail(QStringLiteral("%1: %2").arg(path, log.errorString()));
    if (!tx.commit())
        return fail(tr("%1: cannot commit the close: %2").arg(path, tx.errorString()));
    info.closed = true;
    info.closedAt = a.at;
    info.closedBy = a.reviewer;
    closed = info;
    return true;
}

} // namespace Rollcall
