// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemediationPlan.h"

#include "campaign/CampaignStore.h"
#include "domain/Rules.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/Timestamps.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Rollcall {

namespace {
// Notes and reasons stay English: they go into the actions CSV of signed evidence bundles, which must
// be the same bytes in every language (see RemediationWriter.cpp).
QString english(const char* text)
{
    return QString::fromUtf8(text);
}
} // namespace

QString remediationStatusName(RemediationStatus status)
{
    switch (status) {
    case RemediationStatus::Open:
        return QStringLiteral("open");
    case RemediationStatus::Done:
        return QStringLiteral("done");
    case RemediationStatus::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

RemediationVendor remediationVendor(const QString& format)
{
    if (format == QLatin1String("github-server-users"))
        return RemediationVendor::GitHubServer;
    if (format.startsWith(QLatin1String("github-")))
        return RemediationVendor::GitHub;
    if (format.startsWith(QLatin1String("gitlab-")))
        return RemediationVendor::GitLab;
    if (format == QLatin1String("aws-iam-credential-report"))
        return RemediationVendor::Aws;
    // The legacy export keys accounts by user name, which the REST API does not take.
    if (format == QLatin1String("atlassian-users"))
        return RemediationVendor::Atlassian;
    if (format == QLatin1String("slack-members"))
        return RemediationVendor::Slack;
    return RemediationVendor::Manual;
}

bool isScimCapable(RemediationVendor vendor)
{
    return vendor == RemediationVendor::Slack;
}

QString RemediationItem::vendorId() const
{
    switch (vendor) {
    case RemediationVendor::GitHub:
    case RemediationVendor::GitHubServer:
    case RemediationVendor::Aws:
        return login.isEmpty() ? accountKey : login;
    case RemediationVendor::GitLab:
        // The users API's key is the numeric user id; the CSV exports key by username.
        return accountKey;
    default:
        return accountKey;
    }
}

QString RemediationItem::step() const
{
    const bool awsRoot = vendor == RemediationVendor::Aws && accountKey.endsWith(QLatin1String(":root"));
    switch (vendor) {
    case RemediationVendor::GitHub:
        return QStringLiteral("gh api -X DELETE /orgs/{org}/memberships/{login}");
    case RemediationVendor::GitHubServer:
        return QStringLiteral("gh api -X PUT /users/{login}/suspended");
    case RemediationVendor::GitLab:
        return format == QLatin1String("gitlab-users-api")
                   ? QStringLiteral("POST /api/v4/users/{id}/block")
                   : QStringLiteral("GET /api/v4/users?username={username}, then POST /api/v4/users/{id}/block");
    case RemediationVendor::Aws:
        if (awsRoot)
            return QStringLiteral("manual: the root user cannot be deleted; secure it in the AWS console");
        return decision == QLatin1String("remove")
                   ? QStringLiteral("aws iam delete-login-profile, update-access-key --status Inactive, then the "
                                    "delete-user steps")
                   : QStringLiteral("aws iam delete-login-profile, update-access-key --status Inactive");
    case RemediationVendor::Atlassian:
        return QStringLiteral("POST https://api.atlassian.com/users/{account_id}/manage/lifecycle/disable");
    case RemediationVendor::Slack:
        return QStringLiteral("SCIM PATCH /Users/{id} active=false");
    case RemediationVendor::Manual:
        break;
    }
    return QStringLiteral("manual: %1 the account in the tool")
        .arg(decision == QLatin1String("expire") ? QStringLiteral("disable") : QStringLiteral("remove"));
}

QStringList RemediationPlan::tools() const
{
    QStringList out;
    for (const RemediationItem& i : items) {
        if (out.isEmpty() || out.constLast() != i.tool)
            out.append(i.tool);
    }
    out.removeDuplicates();
    std::sort(out.begin(), out.end());
    return out;
}

QList<RemediationItem> RemediationPlan::itemsOf(const QString& tool) const
{
    QList<RemediationItem> out;
    for (const RemediationItem& i : items) {
        if (i.tool == tool)
            out.append(i);
    }
    return out;
}

QList<RemediationCount> RemediationPlan::counts() const
{
    QMap<QString, RemediationCount> byTool;
    for (const RemediationItem& i : items) {
        RemediationCount& c = byTool[i.tool];
        c.tool = i.tool;
        switch (i.status) {
        case RemediationStatus::Open:
            ++c.open;
            break;
        case RemediationStatus::Done:
            ++c.done;
            break;
        case RemediationStatus::Overdue:
            ++c.overdue;
            break;
        }
    }
    return byTool.values();
}

RemediationCount RemediationPlan::total() const
{
    RemediationCount t;
    for (const RemediationCount& c : counts()) {
        t.open += c.open;
        t.done += c.done;
        t.overdue += c.overdue;
    }
    return t;
}

namespace {

struct LatestSnapshot
{
    qint64 id = 0;
    QString importedAt;
};

// Whether the tool still lets the account in, from its latest snapshot.
bool judge(const QSqlDatabase& db, const LatestSnapshot& latest, RemediationItem& item, const QDate& today,
           QString& error)
{
    item.checkedSnapshot = latest.id;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT a.state, a.disabled_in_tool FROM account_key k JOIN account a ON a.id = "
                       "k.account_id WHERE k.snapshot_id = ? AND k.key_hash = key_hash(?) AND a.account_key = ?"));
    q.addBindValue(latest.id);
    q.addBindValue(item.accountKey);
    q.addBindValue(item.accountKey);
    if (!q.exec()) {
        error = q.lastError().text();
        return false;
    }
    const QString decidedOn = item.decidedAt.left(10);
    const QString snapshotText = english("snapshot %1 (imported %2)").arg(latest.id).arg(latest.importedAt);
    if (!q.next()) {
        item.stateNow = QStringLiteral("gone");
        item.status = RemediationStatus::Done;
        item.note = english("gone from %1").arg(snapshotText);
        return true;
    }
    item.stateNow = q.value(0).toString();
    const bool disabled = q.value(1).toInt() != 0 || item.stateNow == QLatin1String("suspended") ||
                          item.stateNow == QLatin1String("deactivated") || item.stateNow == QLatin1String("blocked");
    if (disabled) {
        item.status = RemediationStatus::Done;
        item.note = english("disabled in the tool (%1) in %2").arg(item.stateNow, snapshotText);
        return true;
    }
    item.status = today > item.due ? RemediationStatus::Overdue : RemediationStatus::Open;
    const QString what = item.decision == QLatin1String("expire")
                             ? english("expire on %1 decided on %2").arg(item.due.toString(Qt::ISODate), decidedOn)
                             : english("remove decided on %1").arg(decidedOn);
    // Only an export taken after the decision says the account is still there.
    if (latest.id != item.frozenSnapshot && latest.importedAt >= item.decidedAt)
        item.note = english("%1, still present in %2").arg(what, snapshotText);
    else
        item.note = english("%1; no snapshot of %2 imported since").arg(what, item.tool);
    return true;
}

} // namespace

bool RemediationPlan::compute(Store& store, const QString& campaign, RemediationPlan& out, QString& error)
{
    out = {};
    const QDateTime now = Clock::nowUtc();
    out.generatedAt = formatIsoTimestamp(now);
    out.today = now.date();
    CampaignStore campaigns(store, Rules{});
    QString name = campaign;
    if (name.isEmpty()) {
        QList<CampaignInfo> all;
        if (!campaigns.campaigns(all)) {
            error = campaigns.errorString();
            return false;
        }
        if (all.isEmpty())
            return true;
        name = all.constLast().name;
    }
    QList<CampaignItem> items;
    if (!campaigns.load(name, out.campaign) || !campaigns.items(out.campaign, items)) {
        error = campaigns.errorString();
        return false;
    }

    const QSqlDatabase db = store.database();
    QHash<qint64, QString> formats; // frozen snapshot -> format
    QHash<QString, LatestSnapshot> latest;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, tool, format, imported_at FROM snapshot WHERE source_kind = 'tool' "
                               "ORDER BY id"))) {
        error = QStringLiteral("%1: %2").arg(store.path(), q.lastError().text());
        return false;
    }
    while (q.next()) {
        formats.insert(q.value(0).toLongLong(), q.value(2).toString());
        latest.insert(q.value(1).toString(), {q.value(0).toLongLong(), q.value(3).toString()});
    }

    for (const CampaignItem& i : std::as_const(items)) {
        if (!i.decision || !i.decisionBy ||
            (*i.decision != DecisionKind::Remove && *i.decision != DecisionKind::Expire))
            continue;
        const Attestation& a = *i.decisionBy;
        const QMap<QString, QString> fields = a.fieldMap();
        RemediationItem r;
        r.tool = i.tool;
        r.frozenSnapshot = i.snapshotId;
        r.format = formats.value(i.snapshotId);
        r.vendor = remediationVendor(r.format);
        r.accountKey = i.accountKey;
        r.login = i.login;
        r.email = i.email;
        r.displayName = i.displayName;
        r.cls = i.cls;
        r.privilege = i.privilege;
        r.owner = fields.value(QStringLiteral("owner"), i.owner);
        r.assignee = i.reviewer;
        r.decision = decisionKindName(*i.decision);
        r.decisionSeq = a.seq;
        r.decisionHash = a.hash;
        r.decidedBy = a.reviewer;
        r.decidedAt = a.at;
        r.reason = fields.value(QStringLiteral("reason"));
        if (r.reason.isEmpty())
            r.reason = english("%1 account: %2").arg(i.cls, i.explanation);
        if (*i.decision == DecisionKind::Expire) {
            r.action = QStringLiteral("expire");
            r.due = QDate::fromString(fields.value(QStringLiteral("until")), Qt::ISODate);
        } else {
            const bool disablesOnly = r.vendor == RemediationVendor::GitHubServer ||
                                      r.vendor == RemediationVendor::GitLab ||
                                      r.vendor == RemediationVendor::Atlassian || r.vendor == RemediationVendor::Slack;
            r.action = disablesOnly ? QStringLiteral("disable") : QStringLiteral("remove");
            r.due = QDate::fromString(a.at.left(10), Qt::ISODate);
        }
        const auto snapshot = latest.constFind(r.tool);
        if (snapshot != latest.cend() && !judge(db, *snapshot, r, out.today, error)) {
            error = QStringLiteral("%1: %2").arg(store.path(), error);
            return false;
        }
        out.items.append(r);
    }
    std::sort(out.items.begin(), out.items.end(), [](const RemediationItem& a, const RemediationItem& b) {
        return a.tool != b.tool ? a.tool < b.tool : a.accountKey < b.accountKey;
    });
    return true;
}

} // namespace Rollcall
