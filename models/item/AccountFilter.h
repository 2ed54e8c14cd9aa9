// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <QVariantList>

#include <optional>

namespace Rollcall {

// Which accounts to show; turned into SQL with bound parameters, never spliced text. The same
// filter drives the accounts table and `rollcall-cli accounts`, so both list the same rows.
struct AccountFilter
{
    Q_DECLARE_TR_FUNCTIONS(AccountFilter)

public:
    enum class Mfa
    {
        Any,
        Yes,
        No,
        Unknown
    };
    enum class Owner
    {
        Any,
        None,    // no owner linked
        Active,  // linked to an active identity
        Inactive // linked to a disabled, terminated or on-leave identity
    };

    QList<AccountClass> classes; // empty: every class
    QString tool;                // empty: every tool
    QString text;                // substring of login, e-mail, name or account key (case-insensitive for ASCII)
    std::optional<int> riskMin;  // inclusive; accounts not reconciled have no risk and drop out
    std::optional<int> riskMax;
    QStringList privileges; // Privilege:: values; empty: any
    Mfa mfa = Mfa::Any;
    // No activity for more than staleAfterDays days (the rules' stale_after_days), or never used
    // when the tool gives no date: the same test as the reconciler's "stale" recommendation.
    bool stale = false;
    int staleAfterDays = 90;
    bool neverUsed = false; // the tool says the account was never used
    Owner owner = Owner::Any;
    QStringList states;          // ToolState:: values; empty: any
    QStringList recommendations; // remove, expire, link, review, none; empty: any
    bool withoutExpiry = false;  // no state expiry (external collaborators that never end)
    // Only accounts added, or whose privilege, state, e-mail or last activity changed, since the
    // tool's previous snapshot (every account of a tool imported once).
    bool changedSinceLastImport = false;
    // Review campaigns: only accounts in this campaign's scope (matched by tool and account key);
    // with `reviewer`, only those whose reviewer now (after reassignments) is that e-mail; with
    // `undecided`, only those without a decision in force (or with needs-info). "My queue" is all three.
    QString campaign;
    QString reviewer;
    bool undecided = false;

    bool operator==(const AccountFilter& other) const;
    bool operator!=(const AccountFilter& other) const { return !(*this == other); }
    // No condition at all (staleAfterDays alone does not count).
    bool isEmpty() const;
    bool usesOwner() const { return owner != Owner::Any; }
    bool usesCampaign() const { return !campaign.isEmpty(); }

    // A boolean SQL expression over account_view's columns ("1" when empty), appending its bind
    // values to `binds`.
    QString condition(QVariantList& binds) const;
    // The campaign part of condition(): "(tool, account_key) IN (SELECT ... FROM campaign_item ...)".
    QString campaignCondition(QVariantList& binds) const;
    // " WHERE ..." (or empty) over account_view, appending its bind values to `binds`.
    QString whereClause(QVariantList& binds) const;

    // The `rollcall-cli accounts` options that select the same rows.
    QStringList toArguments() const;
    // Reads those options back; false with `error` set on a bad value. `value(name)` and
    // `values(name)` return the option's value(s), `isSet(name)` whether it was given.
    template <typename Parser>
    static bool fromArguments(const Parser& parser, AccountFilter& out, QString& error);

    static QString mfaName(Mfa mfa);
    static std::optional<Mfa> mfaFromName(const QString& name);
    static QString ownerName(Owner owner);
    static std::optional<Owner> ownerFromName(const QString& name);
    static QStringList recommendationNames();
    static QStringList privilegeNames();
    static QStringList stateNames();
};

// A named filter shipped with Rollcall (the views panel of the window; `accounts --view ID`).
struct SavedView
{
    QString id;
    QString title;
    QString description;
    AccountFilter filter;
};
// "Leavers with access", "Privileged and unowned", "External without expiry", "Never used".
QList<SavedView> defaultSavedViews(int staleAfterDays = 90);
std::optional<SavedView> savedView(const QString& id, int staleAfterDays = 90);

// tool -> class name -> count, over the current snapshots. Unreconciled accounts count under "".
using ClassCounts = QMap<QString, QMap<QString, qint64>>;
ClassCounts countAccounts(const QSqlDatabase& db, const AccountFilter& filter = {});
QStringList currentTools(const QSqlDatabase& db);

// SQL for the paged accounts model, its counts and the dashboard: the current accounts with
// account_view's column names, but joining only what a query needs and reading the link table
// through covering indexes when the workspace has them (migration 005), so a million rows scan
// in well under a second. SQLite only (index hints).
namespace AccountSql {
// Indexes that make the scans cheap; each is used only when present.
struct Indexes
{
    bool linkTriage = false;    // link (account_id, class, risk, ...): covering for the per-account join
    bool linkByRisk = false;    // link (risk, account_id, ...): rows in risk order without sorting
    bool linkByClass = false;   // link (class, account_id, ...): rows in class order without sorting
    bool identityOwner = false; // identity (id, email, upn, status, display_name): the owner join
};
Indexes availableIndexes(const QSqlDatabase& db);

enum class Driver
{
    Scan,    // every current account, in table order
    ByRisk,  // reconciled accounts in (risk, id) order
    ByClass, // reconciled accounts in (class, id) order
};
// "(SELECT ...)" usable as a FROM item; `withOwner` adds owner and owner_status.
QString source(const Indexes& indexes, Driver driver, bool withOwner);
// The driver that yields rows already in this order, or Scan.
Driver driverFor(const Indexes& indexes, const QString& column);
// " ORDER BY column DIR, id DIR": ties by id in the same direction, so an index can serve both.
QString orderBy(const QString& column, Qt::SortOrder order);
bool needsOwner(const AccountFilter& filter, const QString& orderColumn);
} // namespace AccountSql

template <typename Parser>
bool AccountFilter::fromArguments(const Parser& p, AccountFilter& f, QString& error)
{
    auto fail = [&error](const QString& message) {
        error = message;
        return false;
    };
    auto expectOne = [&](const QString& option, const QString& value, const QStringList& allowed) {
        if (allowed.contains(value))
            return true;
        error = tr("--%1: expected one of %2, found '%3'").arg(option, allowed.join(QLatin1String(", ")), value);
        return false;
    };
    if (p.isSet(QStringLiteral("view"))) {
        const auto view = savedView(p.value(QStringLiteral("view")), f.staleAfterDays);
        if (!view) {
            QStringList ids;
            for (const SavedView& v : defaultSavedViews())
                ids.append(v.id);
            return fail(tr("--view: expected one of %1, found '%2'")
                            .arg(ids.join(QLatin1String(", ")), p.value(QStringLiteral("view"))));
        }
        f = view->filter;
    }
    if (p.isSet(QStringLiteral("tool")))
        f.tool = p.value(QStringLiteral("tool"));
    for (const QString& name : p.values(QStringLiteral("class"))) {
        const auto cls = accountClassFromName(name);
        if (!cls) {
            QStringList names;
            for (AccountClass c : allAccountClasses())
                names.append(accountClassName(c));
            return fail(tr("--class: expected one of %1, found '%2'").arg(names.join(QLatin1String(", ")), name));
        }
        f.classes.append(*cls);
    }
    for (const char* bound : {"risk-min", "risk-max"}) {
        const QString option = QLatin1String(bound);
        if (!p.isSet(option))
            continue;
        bool ok = false;
        const int value = p.value(option).toInt(&ok);
        if (!ok || value < 0 || value > 100)
            return fail(tr("--%1: expected a number from 0 to 100, found '%2'").arg(option, p.value(option)));
        (option == QLatin1String("risk-min") ? f.riskMin : f.riskMax) = value;
    }
    for (const QString& value : p.values(QStringLiteral("privilege"))) {
        if (!expectOne(QStringLiteral("privilege"), value, privilegeNames()))
            return false;
        f.privileges.append(value);
    }
    if (p.isSet(QStringLiteral("mfa"))) {
        const auto mfa = mfaFromName(p.value(QStringLiteral("mfa")));
        if (!mfa || *mfa == Mfa::Any)
            return fail(tr("--mfa: expected yes, no or unknown, found '%1'").arg(p.value(QStringLiteral("mfa"))));
        f.mfa = *mfa;
    }
    if (p.isSet(QStringLiteral("owner-status"))) {
        const auto owner = ownerFromName(p.value(QStringLiteral("owner-status")));
        if (!owner || *owner == Owner::Any)
            return fail(tr("--owner-status: expected none, active or inactive, found '%1'")
                            .arg(p.value(QStringLiteral("owner-status"))));
        f.owner = *owner;
    }
    for (const QString& value : p.values(QStringLiteral("state"))) {
        if (!expectOne(QStringLiteral("state"), value, stateNames()))
            return false;
        f.states.append(value);
    }
    for (const QString& value : p.values(QStringLiteral("recommendation"))) {
        if (!expectOne(QStringLiteral("recommendation"), value, recommendationNames()))
            return false;
        f.recommendations.append(value);
    }
    f.stale = f.stale || p.isSet(QStringLiteral("stale"));
    f.neverUsed = f.neverUsed || p.isSet(QStringLiteral("never-used"));
    f.withoutExpiry = f.withoutExpiry || p.isSet(QStringLiteral("no-expiry"));
    f.changedSinceLastImport = f.changedSinceLastImport || p.isSet(QStringLiteral("changed"));
    if (p.isSet(QStringLiteral("text")))
        f.text = p.value(QStringLiteral("text"));
    if (p.isSet(QStringLiteral("campaign")))
        f.campaign = p.value(QStringLiteral("campaign")).trimmed();
    if (p.isSet(QStringLiteral("reviewer")))
        f.reviewer = p.value(QStringLiteral("reviewer")).trimmed().toLower();
    f.undecided = f.undecided || p.isSet(QStringLiteral("undecided"));
    if (f.campaign.isEmpty() && (!f.reviewer.isEmpty() || f.undecided))
        return fail(tr("--%1 needs --campaign NAME")
                        .arg(f.reviewer.isEmpty() ? QStringLiteral("undecided") : QStringLiteral("reviewer")));
    return true;
}

} // namespace Rollcall

Q_DECLARE_METATYPE(Rollcall::AccountFilter)
