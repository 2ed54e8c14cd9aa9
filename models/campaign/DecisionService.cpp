// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionService.h"

#include "campaign/CampaignStore.h"
#include "campaign/OwnerDirectory.h"
#include "domain/Records.h"
#include "reconcile/Reconciler.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/CsvWriter.h"
#include "util/Timestamps.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Rollcall {

namespace {

constexpr int ExternalCapDays = 90;
constexpr int ServiceCapDays = 365;

QString itemKey(const QString& tool, const QString& key)
{
    return tool + QLatin1Char('\n') + key;
}

QString normaliseColumn(const QString& name)
{
    QString n = name;
    n.remove(QChar(0xFEFF));
    n = n.trimmed().toLower();
    n.remove(QLatin1Char(' '));
    n.remove(QLatin1Char('_'));
    n.remove(QLatin1Char('-'));
    return n;
}

} // namespace

// What a batch knows: the campaign, and the accounts it touched so far with their state, loaded one by
// one (a campaign may hold a million accounts; a decision needs one).
struct DecisionService::Context
{
    CampaignInfo campaign;
    QList<CampaignItem> items;
    QHash<QString, int> byKey;   // tool and account key
    QHash<QString, int> byLogin; // tool and a login (lower case) a request named an account by
    QHash<qint64, Attestation> decisions;
    std::unique_ptr<OwnerDirectory> directory;
    QString reviewer;
    bool bulk = false;
    QDate today;
    QString now;
    qint64 simulatedSeq = 0;
    qint64 removals = 0;
    qint64 expiries = 0;
    QList<QPair<QString, QString>> reconciled; // tool, account key
};

DecisionService::DecisionService(Store& store, const Rules& rules)
    : m_store(store)
    , m_rules(rules)
{}

DecisionService::~DecisionService() = default;

bool DecisionService::fail(const QString& message)
{
    m_error = message;
    return false;
}

QStringList DecisionService::tableColumns()
{
    return {QStringLiteral("tool"),     QStringLiteral("account"), QStringLiteral("decision"),
            QStringLiteral("owner"),    QStringLiteral("until"),   QStringLiteral("purpose"),
            QStringLiteral("rotation"), QStringLiteral("reason"),  QStringLiteral("to")};
}

QList<DecisionKind> DecisionService::allowedDecisions(const CampaignItem& item, bool bulk)
{
    QList<DecisionKind> kinds;
    for (DecisionKind kind : allDecisionKinds()) {
        if (kind == DecisionKind::Undo && item.decisionStack.isEmpty())
            continue;
        if (kind == DecisionKind::Certify && bulk && (item.cls == QLatin1String("orphaned") || item.isPrivileged()))
            continue;
        kinds.append(kind);
    }
    return kinds;
}

int DecisionService::certifyCapDays(const QString& cls)
{
    return cls == QLatin1String("external") ? ExternalCapDays : cls == QLatin1String("service") ? ServiceCapDays : 0;
}

bool DecisionService::load(Context& ctx, const QString& campaign, const QString& reviewer, bool bulk)
{
    CampaignStore campaigns(m_store, m_rules);
    if (!campaigns.load(campaign, ctx.campaign))
        return fail(campaigns.errorString());
    if (ctx.campaign.closed)
        return fail(tr("%1: campaign %2 was closed on %3; its decisions are final")
                        .arg(m_store.path(), ctx.campaign.name, ctx.campaign.closedAt));
    ctx.directory = std::make_unique<OwnerDirectory>(m_store.database(), m_rules);
    ctx.reviewer = reviewer.trimmed().toLower();
    ctx.bulk = bulk;
    ctx.today = Clock::nowUtc().date();
    ctx.now = formatIsoTimestamp(Clock::nowUtc());
    if (!OwnerDirectory::looksLikeEmail(ctx.reviewer))
        return fail(tr("reviewer '%1': expected an e-mail address").arg(reviewer));
    if (const auto person = ctx.directory->find(ctx.reviewer); person && !person->isActive())
        return fail(
            tr("reviewer %1 is %2 in the directory; only active people review").arg(ctx.reviewer, person->status));
    return true;
}

int DecisionService::findItem(Context& ctx, const QString& tool, const QString& account, QString& error)
{
    const auto cached = ctx.byKey.constFind(itemKey(tool, account));
    if (cached != ctx.byKey.cend())
        return *cached;
    QSqlDatabase db = m_store.database();
    QList<CampaignItem> found;
    if (!CampaignStore::loadItems(db, ctx.campaign.id, found, error, QStringLiteral("tool = ? AND account_key = ?"),
                                  {tool, account}))
        return -1;
    if (found.isEmpty()) {
        const auto alias = ctx.byLogin.constFind(itemKey(tool, account.toLower()));
        if (alias != ctx.byLogin.cend())
            return *alias;
        if (!CampaignStore::loadItems(db, ctx.campaign.id, found, error,
                                      QStringLiteral("tool = ? AND login = ? COLLATE NOCASE"), {tool, account}))
            return -1;
    }
    if (found.size() > 1) {
        error = tr("login '%1' names %2 accounts of %3 in campaign %4; name it by its account key")
                    .arg(account)
                    .arg(found.size())
                    .arg(tool, ctx.campaign.name);
        return -1;
    }
    if (found.isEmpty()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT count(*) FROM campaign_item WHERE campaign_id = ? AND tool = ?"));
        q.addBindValue(ctx.campaign.id);
        q.addBindValue(tool);
        const bool knownTool = q.exec() && q.next() && q.value(0).toLongLong() > 0;
        error = knownTool ? tr("no account '%1' of %2 in campaign %3").arg(account, tool, ctx.campaign.name)
                          : tr("tool '%1' has no account in campaign %2").arg(tool, ctx.campaign.name);
        return -1;
    }
    CampaignItem item = found.first();
    const auto again = ctx.byKey.constFind(itemKey(item.tool, item.accountKey)); // named by login this time
    const bool byLogin = item.accountKey != account;
    if (again != ctx.byKey.cend()) {
        if (byLogin)
            ctx.byLogin.insert(itemKey(tool, account.toLower()), *again);
        return *again;
    }
    QList<Attestation> log;
    AttestationLog reader(db);
    if (!reader.read(log, QStringLiteral("campaign_id = ? AND tool = ? AND account_key = ?"),
                     {ctx.campaign.id, item.tool, item.accountKey})) {
        error = reader.errorString();
        return -1;
    }
    for (const Attestation& a : std::as_const(log))
        CampaignStore::apply(item, a, ctx.decisions);
    const int index = int(ctx.items.size());
    ctx.items.append(item);
    ctx.byKey.insert(itemKey(item.tool, item.accountKey), index);
    if (byLogin)
        ctx.byLogin.insert(itemKey(tool, account.toLower()), index);
    return index;
}

bool DecisionService::process(Context& ctx, const DecisionRequest& r, bool write, Attestation* recorded)
{
    const QString at = r.source.isEmpty() ? QString() : r.source + QLatin1String(": ");
    const QString kindName = decisionKindName(r.kind);
    // The account, by key, else by a login that names one account.
    if (r.tool.isEmpty() || r.account.isEmpty())
        return fail(at + tr("a decision needs the tool and the account"));
    QString lookupError;
    const int index = findItem(ctx, r.tool, r.account, lookupError);
    if (index < 0)
        return fail(at + lookupError);
    CampaignItem& item = ctx.items[index];
    const QString where = at + item.label() + QLatin1String(": ");
    OwnerDirectory& dir = *ctx.directory;

    QString forceOwner;
    if (item.decisionBy && (item.decision == DecisionKind::Reconcile || item.decision == DecisionKind::Certify))
        forceOwner = item.decisionBy->field(QStringLiteral("owner"));
    const bool ownsIt =
        dir.same(ctx.reviewer, item.owner) || dir.same(ctx.reviewer, item.email) || dir.same(ctx.reviewer, forceOwner);
    if (ownsIt && r.kind != DecisionKind::Reassign)
        return fail(where + tr("%1 owns this account and cannot decide on it (separation of duties); reassign it to "
                               "another reviewer")
                                .arg(ctx.reviewer));
    // Who may decide: the account's reviewer, or the campaign owner.
    if (!dir.same(ctx.reviewer, item.reviewer) && !dir.same(ctx.reviewer, ctx.campaign.owner))
        return fail(
            where +
            (dir.same(item.reviewer, ctx.campaign.owner)
                 ? tr("assigned to the campaign owner %1; only they decide on it or reassign it").arg(item.reviewer)
                 : tr("assigned to %1; only %1 or the campaign owner %2 decides on it or reassigns it")
                       .arg(item.reviewer, ctx.campaign.owner)));

    // Options that do not belong to the decision.
    if (!r.owner.isEmpty() && r.kind != DecisionKind::Reconcile && r.kind != DecisionKind::Certify)
        return fail(where + (r.kind == DecisionKind::Reassign
                                 ? tr("reassign takes the new reviewer as --to, not an owner")
                                 : tr("%1 takes no owner").arg(kindName)));
    if (r.until.isValid() && r.kind != DecisionKind::Certify && r.kind != DecisionKind::Expire)
        return fail(where + (r.kind == DecisionKind::Remove ? tr("remove is now and takes no date; expire takes one")
                                                            : tr("%1 takes no date").arg(kindName)));
    if (!r.purpose.isEmpty() && r.kind != DecisionKind::Certify)
        return fail(where + tr("%1 takes no business purpose; certify does").arg(kindName));
    if (r.rotation.isValid() && r.kind != DecisionKind::Certify)
        return fail(where + tr("%1 takes no rotation date; certify does").arg(kindName));
    if (!r.to.isEmpty() && r.kind != DecisionKind::Reassign)
        return fail(where + tr("%1 takes no new reviewer; reassign does").arg(kindName));

    QMap<QString, QString> fields = CampaignStore::itemFields(item);
    if (!r.reason.trimmed().isEmpty())
        fields.insert(QStringLiteral("reason"), r.reason.trimmed());
    if (!r.source.isEmpty())
        fields.insert(QStringLiteral("source"), r.source);
    if (!r.sourceSha256.isEmpty())
        fields.insert(QStringLiteral("source_sha256"), r.sourceSha256);
    std::optional<qint64> supersedes;
    if (!item.decisionStack.isEmpty())
        supersedes = item.decisionStack.last();

    auto needOwner = [&](const QString& owner, bool active, DirectoryPerson& person) {
        const std::optional<DirectoryPerson> found = dir.find(owner);
        if (!found)
            return fail(
                where +
                tr("no identity with the e-mail %1 in the directory; name an owner the directory knows").arg(owner));
        if (active && !found->isActive())
            return fail(where + tr("the owner %1 is %2 in the directory; a certification needs an active owner")
                                    .arg(found->primary, found->status));
        if (dir.same(found->primary, ctx.reviewer))
            return fail(where + tr("%1 cannot name themselves the owner (separation of duties)").arg(ctx.reviewer));
        person = *found;
        return true;
    };

    switch (r.kind) {
    case DecisionKind::Reconcile: {
        if (r.owner.trimmed().isEmpty())
            return fail(where + tr("reconcile needs the owner's e-mail in the directory (--owner EMAIL)"));
        DirectoryPerson person;
        if (!needOwner(r.owner, false, person))
            return false;
        fields.insert(QStringLiteral("owner"), person.primary);
        break;
    }
    case DecisionKind::Certify: {
        QString owner = r.owner.trimmed();
        if (owner.isEmpty())
            owner = forceOwner;
        if (owner.isEmpty() && item.ownerStatus == QLatin1String("active"))
            owner = item.owner;
        if (owner.isEmpty() && !item.owner.isEmpty())
            return fail(where + tr("its owner %1 is %2 in the directory; a certification needs an active owner "
                                   "(--owner EMAIL)")
                                    .arg(item.owner, item.ownerStatus.isEmpty() ? tr("not active") : item.ownerStatus));
        if (owner.isEmpty())
            return fail(where + tr("certify needs an owner: the account has none; name one (--owner EMAIL)"));
        DirectoryPerson person;
        if (!needOwner(owner, true, person))
            return false;
        if (r.purpose.trimmed().isEmpty())
            return fail(where + tr("certify needs the business purpose (--purpose TEXT)"));
        if (!r.until.isValid())
            return fail(where + tr("certify needs an expiry date (--until YYYY-MM-DD)"));
        if (r.until <= ctx.today)
            return fail(where + tr("expiry %1 is not after today (%2)")
                                    .arg(r.until.toString(Qt::ISODate), ctx.today.toString(Qt::ISODate)));
        const int cap = certifyCapDays(item.cls);
        if (cap > 0 && ctx.today.daysTo(r.until) > cap)
            return fail(where +
                        tr("%1 accounts are certified for %2 days at most: %3 is %4 days away; the latest is %5")
                            .arg(item.cls)
                            .arg(cap)
                            .arg(r.until.toString(Qt::ISODate))
                            .arg(ctx.today.daysTo(r.until))
                            .arg(ctx.today.addDays(cap).toString(Qt::ISODate)));
        if (item.cls == QLatin1String("break-glass")) {
            if (!r.rotation.isValid())
                return fail(where + tr("certifying a break-glass account needs the date its credentials must be "
                                       "rotated by (--rotation YYYY-MM-DD)"));
            if (r.rotation < ctx.today || r.rotation > r.until)
                return fail(where + tr("rotation date %1 must be between today (%2) and the expiry (%3)")
                                        .arg(r.rotation.toString(Qt::ISODate), ctx.today.toString(Qt::ISODate),
                                             r.until.toString(Qt::ISODate)));
            fields.insert(QStringLiteral("rotation"), r.rotation.toString(Qt::ISODate));
        } else if (r.rotation.isValid()) {
            return fail(where + tr("a rotation date is for break-glass accounts; this one is %1").arg(item.cls));
        }
        const bool orphaned = item.cls == QLatin1String("orphaned");
        if (ctx.bulk && (orphaned || item.isPrivileged()))
            return fail(where + (orphaned ? tr("bulk certify is refused for orphaned accounts; certify it on its own")
                                          : tr("bulk certify is refused for privileged (%1) accounts; certify it on "
                                               "its own")
                                                .arg(item.privilege)));
        if ((orphaned || item.cls == QLatin1String("unmanaged") || item.isPrivileged()) && r.reason.trimmed().isEmpty())
            return fail(where + tr("certifying %1 account needs a justification (--reason TEXT)")
                                    .arg(orphaned ? tr("an orphaned")
                                         : item.cls == QLatin1String("unmanaged")
                                             ? tr("an unmanaged")
                                             : tr("a privileged (%1)").arg(item.privilege)));
        fields.insert(QStringLiteral("owner"), person.primary);
        fields.insert(QStringLiteral("purpose"), r.purpose.trimmed());
        fields.insert(QStringLiteral("until"), r.until.toString(Qt::ISODate));
        break;
    }
    case DecisionKind::Expire:
        if (!r.until.isValid())
            return fail(where + tr("expire needs the end date (--until YYYY-MM-DD)"));
        if (r.until <= ctx.today)
            return fail(where + tr("end date %1 is not after today (%2); to end access now, remove it")
                                    .arg(r.until.toString(Qt::ISODate), ctx.today.toString(Qt::ISODate)));
        fields.insert(QStringLiteral("until"), r.until.toString(Qt::ISODate));
        ++ctx.expiries;
        break;
    case DecisionKind::Remove:
        ++ctx.removals;
        break;
    case DecisionKind::Reassign: {
        const QString to = r.to.trimmed().toLower();
        if (!OwnerDirectory::looksLikeEmail(to))
            return fail(where + tr("reassign needs the new reviewer's e-mail (--to EMAIL)"));
        if (dir.same(to, item.reviewer))
            return fail(where + tr("already assigned to %1").arg(item.reviewer));
        if (dir.same(to, item.owner) || dir.same(to, item.email) || dir.same(to, forceOwner))
            return fail(where + tr("%1 owns this account and cannot review it (separation of duties)").arg(to));
        if (const auto person = dir.find(to); person && !person->isActive())
            return fail(where + tr("%1 is %2 in the directory; only active people review").arg(to, person->status));
        fields.insert(QStringLiteral("from"), item.reviewer);
        fields.insert(QStringLiteral("to"), to);
        supersedes = item.lastReassignSeq ? std::optional<qint64>(item.lastReassignSeq) : std::nullopt;
        break;
    }
    case DecisionKind::NeedsInfo:
        if (r.reason.trimmed().isEmpty())
            return fail(where + tr("needs-info needs the question: what is missing (--reason TEXT)"));
        break;
    case DecisionKind::Undo:
        if (item.decisionStack.isEmpty() || !item.decision)
            return fail(where + tr("nothing to undo: no decision is in force"));
        if (r.reason.trimmed().isEmpty())
            return fail(where + tr("undo needs a reason (--reason TEXT)"));
        fields.insert(QStringLiteral("undone"), decisionKindName(*item.decision));
        break;
    }

    Attestation a;
    a.campaignId = ctx.campaign.id;
    a.campaign = ctx.campaign.name;
    a.tool = item.tool;
    a.accountKey = item.accountKey;
    a.decision = kindName;
    a.reviewer = ctx.reviewer;
    a.at = ctx.now;
    a.fields = canonicalFields(fields);
    a.supersedes = supersedes;
    if (write) {
        AttestationLog log(m_store.database());
        if (!log.append(a))
            return fail(where + log.errorString());
        if (r.kind == DecisionKind::Reconcile) {
            // The reconciler honours it from now on, across imports, as any manual link.
            QSqlQuery q(m_store.database());
            q.prepare(QStringLiteral("INSERT INTO manual_link_event (tool, account_key, action, owner_email, actor, "
                                     "reason, at) VALUES (?, ?, 'link', ?, ?, ?, ?)"));
            q.addBindValue(item.tool);
            q.addBindValue(item.accountKey);
            q.addBindValue(fields.value(QStringLiteral("owner")));
            q.addBindValue(ctx.reviewer);
            q.addBindValue(fields.value(QStringLiteral("reason"),
                                        tr("reconciled in campaign %1 (attestation %2)").arg(a.campaign).arg(a.seq)));
            q.addBindValue(ctx.now);
            if (!q.exec())
                return fail(where + tr("cannot record the manual link: %1").arg(q.lastError().text()));
            ctx.reconciled.append({item.tool, item.accountKey});
        }
    } else {
        a.seq = --ctx.simulatedSeq;
    }
    CampaignStore::apply(item, a, ctx.decisions);
    if (write && r.kind == DecisionKind::Undo && fields.value(QStringLiteral("undone")) == QLatin1String("reconcile")) {
        // Undoing a reconcile takes back its manual link: the owner of a reconcile now in force again, else none.
        const bool relink = item.decision == DecisionKind::Reconcile && item.decisionBy;
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("INSERT INTO manual_link_event (tool, account_key, action, owner_email, actor, "
                                 "reason, at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(item.tool);
        q.addBindValue(item.accountKey);
        q.addBindValue(relink ? QStringLiteral("link") : QStringLiteral("unlink"));
        q.addBindValue(relink ? item.decisionBy->field(QStringLiteral("owner")) : QStringLiteral(""));
        q.addBindValue(ctx.reviewer);
        q.addBindValue(
            tr("undo in campaign %1 (attestation %2): %3").arg(a.campaign).arg(a.seq).arg(r.reason.trimmed()));
        q.addBindValue(ctx.now);
        if (!q.exec())
            return fail(where + tr("cannot take back the manual link: %1").arg(q.lastError().text()));
        ctx.reconciled.append({item.tool, item.accountKey});
    }
    if (recorded)
        *recorded = a;
    return true;
}

bool DecisionService::decide(const QString& campaign, const DecisionRequest& request, const QString& reviewer,
                             Attestation* recorded)
{
    m_warnings.clear();
    QList<Attestation> out;
    BatchPlan p;
    p.campaign.name = campaign;
    p.reviewer = reviewer;
    p.requests = {request};
    p.bulk = false;
    if (!commit(p, 0, &out))
        return false;
    if (recorded && !out.isEmpty())
        *recorded = out.first();
    return true;
}

bool DecisionService::plan(const QString& campaign, const QList<DecisionRequest>& requests, const QString& reviewer,
                           BatchPlan& out)
{
    out = {};
    Context ctx;
    if (!load(ctx, campaign, reviewer, true))
        return false;
    if (requests.isEmpty())
        return fail(tr("no decision to record"));
    QSet<QString> files;
    for (const DecisionRequest& r : requests) {
        if (!r.sourceSha256.isEmpty())
            files.insert(r.sourceSha256);
    }
    for (const QString& sha : std::as_const(files)) {
        // The same file twice is an accident: its decisions would all be recorded again.
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("SELECT min(seq), max(seq) FROM attestation WHERE campaign_id = ? AND fields LIKE ?"));
        q.addBindValue(ctx.campaign.id);
        q.addBindValue(QStringLiteral("%\"source_sha256\":\"%1\"%").arg(sha));
        if (q.exec() && q.next() && !q.value(0).isNull())
            return fail(tr("%1: this file was already recorded in campaign %2 (attestations %3 to %4); nothing to do")
                            .arg(requests.first().source.section(QLatin1Char(':'), 0, -2), ctx.campaign.name)
                            .arg(q.value(0).toLongLong())
                            .arg(q.value(1).toLongLong()));
    }
    for (const DecisionRequest& r : requests) {
        if (!process(ctx, r, false, nullptr))
            return false;
    }
    out.campaign = ctx.campaign;
    out.reviewer = ctx.reviewer;
    out.bulk = true;
    out.requests = requests;
    out.removals = ctx.removals;
    out.expiries = ctx.expiries;
    return true;
}

bool DecisionService::commit(const BatchPlan& plan, qint64 confirmedCount, QList<Attestation>* recorded)
{
    m_warnings.clear();
    if (plan.confirmationCount() > 0 && confirmedCount != plan.confirmationCount())
        return fail(tr("%n account(s) would be removed or expired in bulk; that needs a confirmation of that count",
                       nullptr, int(plan.confirmationCount())));
    QSqlDatabase db = m_store.database();
    WriteTransaction tx(db);
    if (!tx.begin())
        return fail(tr("%1: cannot record decisions: %2").arg(m_store.path(), tx.errorString()));
    Context ctx;
    if (!load(ctx, plan.campaign.name, plan.reviewer, plan.bulk))
        return false;
    QList<Attestation> written;
    for (const DecisionRequest& r : plan.requests) {
        Attestation a;
        if (!process(ctx, r, true, &a))
            return false;
        written.append(a);
    }
    // Somebody else's decisions in between can change what the plan does; the count confirmed must hold.
    if (plan.bulk && ctx.removals + ctx.expiries != plan.confirmationCount())
        return fail(tr("the decisions changed since they were confirmed; check them again"));
    if (!tx.commit())
        return fail(tr("%1: cannot commit the decisions: %2").arg(m_store.path(), tx.errorString()));
    if (recorded)
        *recorded = written;
    (void)rejudge(ctx.reconciled);
    return true;
}

bool DecisionService::rejudge(const QList<QPair<QString, QString>>& accounts)
{
    if (accounts.isEmpty())
        return true;
    Reconciler reconciler(m_store, m_rules);
    if (!reconciler.loadIdentities()) {
        m_warnings.append(reconciler.errorString());
        return false;
    }
    for (const auto& [tool, key] : accounts) {
        qint64 id = 0;
        AccountRecord record;
        if (!reconciler.findAccount(tool, key, id, record)) {
            m_warnings.append(tr("%1/%2 is not in the current snapshot; its manual link applies when it is imported "
                                 "again")
                                  .arg(tool, key));
            continue;
        }
        if (!reconciler.rejudge(id, tool, record))
            m_warnings.append(tr("%1/%2: %3").arg(tool, key, reconciler.errorString()));
    }
    return m_warnings.isEmpty();
}

bool DecisionService::requestsFromTable(const DecisionTable& table, QList<DecisionRequest>& out, qint64* skipped)
{
    out.clear();
    if (skipped)
        *skipped = 0;
    QHash<QString, int> column;
    for (int i = 0; i < table.header.size(); ++i) {
        const QString n = normaliseColumn(table.header.at(i));
        if (!column.contains(n))
            column.insert(n, i);
    }
    for (const char* required : {"tool", "account", "decision"}) {
        if (!column.contains(QLatin1String(required)))
            return fail(tr("%1:1: missing column '%2'; a decisions file has the columns %3")
                            .arg(table.fileName, QLatin1String(required), tableColumns().join(QLatin1String(", "))));
    }
    for (const DecisionTable::Row& row : table.rows) {
        const QString at = QStringLiteral("%1:%2").arg(table.fileName).arg(row.line);
        auto cell = [&](const char* name) {
            const int i = column.value(QLatin1String(name), -1);
            return i >= 0 && i < row.fields.size() ? unguardCsvField(row.fields.at(i)).trimmed() : QString();
        };
        auto date = [&](const char* name, QDate& outDate) {
            const QString text = cell(name);
            if (text.isEmpty())
                return true;
            const std::optional<QDateTime> parsed = parseIsoTimestamp(text);
            if (!parsed)
                return fail(tr("%1: field '%2': expected a date as YYYY-MM-DD, found '%3' (a spreadsheet may have "
                               "reformatted it)")
                                .arg(at, QLatin1String(name), text));
            outDate = parsed->date();
            return true;
        };
        const QString decision = cell("decision");
        if (decision.isEmpty()) {
            if (skipped)
                ++*skipped;
            continue;
        }
        const std::optional<DecisionKind> kind = decisionKindFromName(decision);
        if (!kind) {
            QStringList names;
            for (DecisionKind k : allDecisionKinds())
                names.append(decisionKindName(k));
            return fail(tr("%1: field 'decision': expected one of %2, found '%3'")
                            .arg(at, names.join(QLatin1String(", ")), decision));
        }
        DecisionRequest r;
        r.kind = *kind;
        r.tool = cell("tool");
        r.account = cell("account");
        r.reason = cell("reason");
        r.source = at;
        r.sourceSha256 = table.sha256;
        // Only the columns the decision takes: a package's prefilled owner means nothing to a removal.
        switch (*kind) {
        case DecisionKind::Reconcile:
            r.owner = cell("owner");
            break;
        case DecisionKind::Certify:
            r.owner = cell("owner");
            r.purpose = cell("purpose");
            if (!date("until", r.until) || !date("rotation", r.rotation))
                return false;
            break;
        case DecisionKind::Expire:
            if (!date("until", r.until))
                return false;
            break;
        case DecisionKind::Reassign:
            r.to = cell("to");
            break;
        default:
            break;
        }
        out.append(r);
    }
    return true;
}

} // namespace Rollcall
