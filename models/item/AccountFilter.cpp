// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountFilter.h"

#include "util/Clock.h"
#include "util/Timestamps.h"

#include <QSqlQuery>

#include <algorithm>

namespace Rollcall {

namespace {
QString marks(qsizetype count)
{
    QStringList list;
    for (qsizetype i = 0; i < count; ++i)
        list.append(QStringLiteral("?"));
    return list.join(QLatin1String(", "));
}

QString inList(const char* column, const QStringList& values, QVariantList& binds)
{
    for (const QString& v : values)
        binds.append(v);
    return QStringLiteral("%1 IN (%2)").arg(QLatin1String(column), marks(values.size()));
}

template <typename T>
bool sameSet(QList<T> a, QList<T> b)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}
} // namespace

// Lists compare as sets: "orphaned, unmanaged" is the same filter as "unmanaged, orphaned".
bool AccountFilter::operator==(const AccountFilter& o) const
{
    return sameSet(classes, o.classes) && tool == o.tool && text == o.text && riskMin == o.riskMin &&
           riskMax == o.riskMax && sameSet(privileges, o.privileges) && mfa == o.mfa && stale == o.stale &&
           (!stale || staleAfterDays == o.staleAfterDays) && neverUsed == o.neverUsed && owner == o.owner &&
           sameSet(states, o.states) && sameSet(recommendations, o.recommendations) &&
           withoutExpiry == o.withoutExpiry && changedSinceLastImport == o.changedSinceLastImport &&
           campaign == o.campaign && reviewer == o.reviewer && undecided == o.undecided;
}

bool AccountFilter::isEmpty() const
{
    return *this == AccountFilter{};
}

QString AccountFilter::condition(QVariantList& binds) const
{
    QStringList terms;
    if (!classes.isEmpty()) {
        QStringList names;
        for (AccountClass c : classes)
            names.append(accountClassName(c));
        terms.append(inList("class", names, binds));
    }
    if (!tool.isEmpty()) {
        terms.append(QStringLiteral("tool = ?"));
        binds.append(tool);
    }
    const QString needle = text.trimmed();
    if (!needle.isEmpty()) {
        QString escaped = needle;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
        QStringList any;
        for (const char* column : {"login", "email", "display_name", "account_key"}) {
            any.append(QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(QLatin1String(column)));
            binds.append(pattern);
        }
        terms.append(QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')'));
    }
    if (riskMin) {
        terms.append(QStringLiteral("risk >= ?"));
        binds.append(*riskMin);
    }
    if (riskMax) {
        terms.append(QStringLiteral("risk <= ?"));
        binds.append(*riskMax);
    }
    if (!privileges.isEmpty())
        terms.append(inList("privilege", privileges, binds));
    switch (mfa) {
    case Mfa::Any:
        break;
    case Mfa::Yes:
        terms.append(QStringLiteral("mfa = 1"));
        break;
    case Mfa::No:
        terms.append(QStringLiteral("mfa = 0"));
        break;
    case Mfa::Unknown:
        terms.append(QStringLiteral("mfa IS NULL"));
        break;
    }
    if (stale) {
        // As the reconciler judges it: more than N days between the activity's date and today's
        // (UTC), or no date at all and never used.
        const QDate today = Clock::nowUtc().date();
        const QDateTime cutoff(today.addDays(-staleAfterDays), QTime(0, 0), Qt::UTC);
        terms.append(
            QStringLiteral("(CASE WHEN last_activity IS NOT NULL THEN last_activity < ? ELSE never_used = 1 END)"));
        binds.append(formatIsoTimestamp(cutoff));
    }
    if (neverUsed)
        terms.append(QStringLiteral("never_used = 1"));
    switch (owner) {
    case Owner::Any:
        break;
    case Owner::None:
        terms.append(QStringLiteral("owner_status = ''"));
        break;
    case Owner::Active:
        terms.append(QStringLiteral("owner_status = 'active'"));
        break;
    case Owner::Inactive:
        terms.append(QStringLiteral("owner_status IN ('disabled', 'terminated', 'leave')"));
        break;
    }
    if (!states.isEmpty())
        terms.append(inList("state", states, binds));
    if (!recommendations.isEmpty())
        terms.append(inList("recommendation", recommendations, binds));
    if (withoutExpiry)
        terms.append(QStringLiteral("state_expiry IS NULL"));
    if (changedSinceLastImport) {
        terms.append(QStringLiteral(
            "id IN (SELECT a.id FROM account a JOIN current_snapshot s ON s.id = a.snapshot_id "
            "LEFT JOIN account p ON p.id = (SELECT k.account_id FROM account_key k JOIN account x ON x.id = "
            "k.account_id WHERE k.snapshot_id = (SELECT MAX(t.id) FROM snapshot t WHERE t.source_kind = 'tool' "
            "AND t.tool = a.tool AND t.id < a.snapshot_id) AND k.key_hash = a.key_hash AND x.account_key = "
            "a.account_key) "
            "WHERE s.source_kind = 'tool' AND (p.id IS NULL OR p.privilege IS NOT a.privilege OR p.state IS NOT "
            "a.state OR p.email IS NOT a.email OR p.last_activity IS NOT a.last_activity))"));
    }
    if (!campaign.isEmpty())
        terms.append(campaignCondition(binds));
    return terms.isEmpty() ? QStringLiteral("1") : terms.join(QLatin1String(" AND "));
}

QString AccountFilter::campaignCondition(QVariantList& binds) const
{
    // The campaign's frozen items, matched to the current accounts by tool and account key. The state
    // comes from the attestation log as CampaignStore::apply replays it: the reviewer is the `to` of the
    // last reassignment, else the one assigned at the start; the decision in force is the latest
    // decision of the item that no undo superseded (an undo always supersedes the decision on top).
    QString sql = QStringLiteral("(tool, account_key) IN (SELECT ci.tool, ci.account_key FROM campaign_item ci "
                                 "WHERE ci.campaign_id = (SELECT id FROM campaign WHERE name = ?)");
    binds.append(campaign);
    if (!reviewer.isEmpty()) {
        sql += QStringLiteral(
            " AND lower(COALESCE((SELECT json_extract(r.fields, '$.to') FROM attestation r WHERE r.campaign_id = "
            "ci.campaign_id AND r.tool = ci.tool AND r.account_key = ci.account_key AND r.decision = 'reassign' "
            "ORDER BY r.seq DESC LIMIT 1), ci.reviewer)) = ?");
        binds.append(reviewer.trimmed().toLower());
    }
    if (undecided) {
        sql += QStringLiteral(
            " AND COALESCE((SELECT d.decision FROM attestation d WHERE d.campaign_id = ci.campaign_id AND d.tool = "
            "ci.tool AND d.account_key = ci.account_key AND d.decision IN ('reconcile', 'certify', 'expire', "
            "'remove', 'needs-info') AND NOT EXISTS (SELECT 1 FROM attestation u WHERE u.campaign_id = "
            "d.campaign_id AND u.tool = d.tool AND u.account_key = d.account_key AND u.decision = 'undo' AND "
            "u.supersedes = d.seq) ORDER BY d.seq DESC LIMIT 1), 'needs-info') = 'needs-info'");
    }
    return sql + QLatin1Char(')');
}

QString AccountFilter::whereClause(QVariantList& binds) const
{
    if (isEmpty())
        return {};
    return QLatin1String(" WHERE ") + condition(binds);
}

QStringList AccountFilter::toArguments() const
{
    QStringList args;
    for (AccountClass c : classes)
        args << QStringLiteral("--class") << accountClassName(c);
    if (!tool.isEmpty())
        args << QStringLiteral("--tool") << tool;
    if (!text.trimmed().isEmpty())
        args << QStringLiteral("--text") << text.trimmed();
    if (riskMin)
        args << QStringLiteral("--risk-min") << QString::number(*riskMin);
    if (riskMax)
        args << QStringLiteral("--risk-max") << QString::number(*riskMax);
    for (const QString& p : privileges)
        args << QStringLiteral("--privilege") << p;
    if (mfa != Mfa::Any)
        args << QStringLiteral("--mfa") << mfaName(mfa);
    if (stale)
        args << QStringLiteral("--stale");
    if (neverUsed)
        args << QStringLiteral("--never-used");
    if (owner != Owner::Any)
        args << QStringLiteral("--owner-status") << ownerName(owner);
    for (const QString& s : states)
        args << QStringLiteral("--state") << s;
    for (const QString& r : recommendations)
        args << QStringLiteral("--recommendation") << r;
    if (withoutExpiry)
        args << QStringLiteral("--no-expiry");
    if (changedSinceLastImport)
        args << QStringLiteral("--changed");
    if (!campaign.isEmpty())
        args << QStringLiteral("--campaign") << campaign;
    if (!reviewer.isEmpty())
        args << QStringLiteral("--reviewer") << reviewer;
    if (undecided)
        args << QStringLiteral("--undecided");
    return args;
}

QString AccountFilter::mfaName(Mfa mfa)
{
    switch (mfa) {
    case Mfa::Any:
        return QStringLiteral("any");
    case Mfa::Yes:
        return QStringLiteral("yes");
    case Mfa::No:
        return QStringLiteral("no");
    case Mfa::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

std::optional<AccountFilter::Mfa> AccountFilter::mfaFromName(const QString& name)
{
    for (Mfa m : {Mfa::Any, Mfa::Yes, Mfa::No, Mfa::Unknown}) {
        if (mfaName(m) == name)
            return m;
    }
    return std::nullopt;
}

QString AccountFilter::ownerName(Owner owner)
{
    switch (owner) {
    case Owner::Any:
        return QStringLiteral("any");
    case Owner::None:
        return QStringLiteral("none");
    case Owner::Active:
        return QStringLiteral("active");
    case Owner::Inactive:
        return QStringLiteral("inactive");
    }
    return {};
}

std::optional<AccountFilter::Owner> AccountFilter::ownerFromName(const QString& name)
{
    for (Owner o : {Owner::Any, Owner::None, Owner::Active, Owner::Inactive}) {
        if (ownerName(o) == name)
            return o;
    }
    return std::nullopt;
}

QStringList AccountFilter::recommendationNames()
{
    return {QStringLiteral("remove"), QStringLiteral("expire"), QStringLiteral("link"), QStringLiteral("review"),
            QStringLiteral("none")};
}

QStringList AccountFilter::privilegeNames()
{
    return {Privilege::Owner,  Privilege::Admin, Privilege::Billing,
            Privilege::Member, Privilege::Read,  Privilege::None};
}

QStringList AccountFilter::stateNames()
{
    return {ToolState::Active,  ToolState::Suspended, ToolState::Deactivated,
            ToolState::Blocked, ToolState::Invited,   ToolState::Guest};
}

QList<SavedView> defaultSavedViews(int staleAfterDays)
{
    QList<SavedView> views;
    AccountFilter leavers;
    leavers.classes = {AccountClass::Orphaned};
    // Still able to sign in: not suspended, deactivated or blocked in the tool.
    leavers.states = {ToolState::Active, ToolState::Invited, ToolState::Guest};
    views.append({QStringLiteral("leavers-with-access"), AccountFilter::tr("Leavers with access"),
                  AccountFilter::tr("Accounts whose owner has left or is disabled, still active in the tool"),
                  leavers});

    AccountFilter privileged;
    privileged.privileges = {Privilege::Owner, Privilege::Admin, Privilege::Billing};
    privileged.classes = {AccountClass::Orphaned, AccountClass::Unmanaged, AccountClass::Ambiguous};
    views.append({QStringLiteral("privileged-unowned"), AccountFilter::tr("Privileged and unowned"),
                  AccountFilter::tr("Owner, admin or billing accounts without an active owner: nobody found, the "
                                    "owner left, or several candidates"),
                  privileged});

    AccountFilter external;
    external.classes = {AccountClass::External};
    external.withoutExpiry = true;
    views.append({QStringLiteral("external-without-expiry"), AccountFilter::tr("External without expiry"),
                  AccountFilter::tr("Collaborators from outside whose access never ends"), external});

    AccountFilter never;
    never.neverUsed = true;
    views.append({QStringLiteral("never-used"), AccountFilter::tr("Never used"),
                  AccountFilter::tr("Accounts the tool says were never used"), never});
    for (SavedView& v : views)
        v.filter.staleAfterDays = staleAfterDays;
    return views;
}

std::optional<SavedView> savedView(const QString& id, int staleAfterDays)
{
    for (const SavedView& v : defaultSavedViews(staleAfterDays)) {
        if (v.id == id)
            return v;
    }
    return std::nullopt;
}

ClassCounts countAccounts(const QSqlDatabase& db, const AccountFilter& filter)
{
    ClassCounts counts;
    QVariantList binds;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT tool, COALESCE(class, ''), count(*) FROM account_view") +
              filter.whereClause(binds) + QStringLiteral(" GROUP BY 1, 2"));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (q.exec()) {
        while (q.next())
            counts[q.value(0).toString()][q.value(1).toString()] = q.value(2).toLongLong();
    }
    return counts;
}

QStringList currentTools(const QSqlDatabase& db)
{
    QStringList tools;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT tool FROM current_snapshot WHERE source_kind = 'tool' ORDER BY tool"))) {
        while (q.next())
            tools.append(q.value(0).toString());
    }
    return tools;
}

namespace AccountSql {

Indexes availableIndexes(const QSqlDatabase& db)
{
    Indexes ix;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index'")))
        return ix;
    while (q.next()) {
        const QString name = q.value(0).toString();
        ix.linkTriage = ix.linkTriage || name == QLatin1String("link_triage");
        ix.linkByRisk = ix.linkByRisk || name == QLatin1String("link_by_risk");
        ix.linkByClass = ix.linkByClass || name == QLatin1String("link_by_class");
        ix.identityOwner = ix.identityOwner || name == QLatin1String("identity_owner");
    }
    return ix;
}

QString source(const Indexes& ix, Driver driver, bool withOwner)
{
    // Account columns by their account_view names; `+` keeps SQLite from walking the
    // snapshot index, which would read the current snapshots' rows through it instead of in order.
    QString columns = QStringLiteral(
        "a.snapshot_id AS snapshot_id, a.tool AS tool, a.account_key AS account_key, a.login AS login, "
        "a.email AS email, a.display_name AS display_name, a.privilege AS privilege, a.mfa AS mfa, "
        "a.disabled_in_tool AS disabled_in_tool, a.last_activity AS last_activity, a.never_used AS never_used, "
        "a.state AS state, a.state_expiry AS state_expiry, l.class AS class, l.rule AS rule, l.risk AS risk, "
        "l.recommendation AS recommendation");
    QString owner;
    if (withOwner) {
        columns += QStringLiteral(", CASE WHEN i.email <> '' THEN i.email ELSE COALESCE(i.upn, '') END AS owner, "
                                  "COALESCE(i.status, '') AS owner_status");
        owner = QStringLiteral(" LEFT JOIN identity i%1 ON i.id = l.identity_id")
                    .arg(ix.identityOwner ? QStringLiteral(" INDEXED BY identity_owner") : QString());
    }
    const QString current = QStringLiteral(" WHERE +a.snapshot_id IN (SELECT id FROM current_snapshot)");
    if (driver == Driver::Scan) {
        return QStringLiteral("(SELECT a.id AS id, %1 FROM account a NOT INDEXED LEFT JOIN link l%2 ON l.account_id = "
                              "a.id%3%4)")
            .arg(columns, ix.linkTriage ? QStringLiteral(" INDEXED BY link_triage") : QString(), owner, current);
    }
    // Driven by a link index: only reconciled accounts, in that index's order (id is the link's
    // account_id, so ORDER BY key, id is the index order).
    const QString index = driver == Driver::ByRisk ? QStringLiteral("link_by_risk") : QStringLiteral("link_by_class");
    return QStringLiteral("(SELECT l.account_id AS id, %1 FROM link l INDEXED BY %2 CROSS JOIN account a ON a.id = "
                          "l.account_id%3%4)")
        .arg(columns, index, owner, current);
}

Driver driverFor(const Indexes& ix, const QString& column)
{
    if (column == QLatin1String("risk") && ix.linkByRisk)
        return Driver::ByRisk;
    if (column == QLatin1String("class") && ix.linkByClass)
        return Driver::ByClass;
    return Driver::Scan;
}

QString orderBy(const QString& column, Qt::SortOrder order)
{
    const QLatin1String direction(order == Qt::AscendingOrder ? "ASC" : "DESC");
    return QStringLiteral(" ORDER BY %1 %2, id %2").arg(column, direction);
}

bool needsOwner(const AccountFilter& filter, const QString& orderColumn)
{
    return filter.usesOwner() || orderColumn == QLatin1String("owner") || orderColumn == QLatin1String("owner_status");
}

} // namespace AccountSql

} // namespace Rollcall
