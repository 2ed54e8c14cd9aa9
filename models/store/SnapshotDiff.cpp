// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnapshotDiff.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace Rollcall {

namespace {

struct Row
{
    QString login;
    QString email;
    QString privilege;
    QString state;
    QString lastActivity;
};

const char* const Compared[] = {"privilege", "state", "email", "last_activity"};

QString field(const Row& r, int i)
{
    switch (i) {
    case 0:
        return r.privilege;
    case 1:
        return r.state;
    case 2:
        return r.email;
    default:
        return r.lastActivity;
    }
}

bool load(const QSqlDatabase& db, qint64 snapshot, QHash<QString, Row>& rows)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT account_key, login, email, privilege, state, COALESCE(last_activity, '') "
                             "FROM account WHERE snapshot_id = ?"));
    q.addBindValue(snapshot);
    if (!q.exec())
        return false;
    while (q.next())
        rows.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                            q.value(4).toString(), q.value(5).toString()});
    return true;
}

} // namespace

QString changeKindName(AccountChange::Kind kind)
{
    switch (kind) {
    case AccountChange::Kind::Added:
        return QStringLiteral("added");
    case AccountChange::Kind::Removed:
        return QStringLiteral("removed");
    case AccountChange::Kind::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

bool SnapshotDiffer::diff(const QSqlDatabase& db, const QString& tool, qint64 from, qint64 to, SnapshotDiff& out,
                          QString& error)
{
    out = {};
    out.tool = tool;
    QList<qint64> ids;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM snapshot WHERE source_kind = 'tool' AND tool = ? ORDER BY id"));
        q.addBindValue(tool);
        if (q.exec()) {
            while (q.next())
                ids.append(q.value(0).toLongLong());
        }
    }
    if (ids.isEmpty()) {
        error = tr("no snapshot of tool '%1' in this workspace").arg(tool);
        return false;
    }
    if (from == 0 && to == 0) {
        if (ids.size() < 2) {
            error = tr("tool '%1' has one snapshot (%2); import a newer export to compare").arg(tool).arg(ids.first());
            return false;
        }
        from = ids.at(ids.size() - 2);
        to = ids.last();
    }
    for (qint64 id : {from, to}) {
        if (!ids.contains(id)) {
            error = tr("snapshot %1 is not a snapshot of tool '%2' (its snapshots: %3)").arg(id).arg(tool, [&] {
                QStringList s;
                for (qint64 i : ids)
                    s.append(QString::number(i));
                return s.join(QLatin1String(", "));
            }());
            return false;
        }
    }
    out.from = from;
    out.to = to;
    QHash<QString, Row> before, after;
    if (!load(db, from, before) || !load(db, to, after)) {
        error = tr("cannot read the snapshots");
        return false;
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.cend()) {
            out.changes.append({AccountChange::Kind::Added, it.key(), it->login, it->email, {}});
            ++out.added;
            continue;
        }
        AccountChange change{AccountChange::Kind::Changed, it.key(), it->login, it->email, {}};
        for (int i = 0; i < 4; ++i) {
            if (field(*old, i) != field(*it, i))
                change.fields.append({QLatin1String(Compared[i]), field(*old, i), field(*it, i)});
        }
        if (change.fields.isEmpty()) {
            ++out.unchanged;
        } else {
            out.changes.append(change);
            ++out.changed;
        }
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key())) {
            out.changes.append({AccountChange::Kind::Removed, it.key(), it->login, it->email, {}});
            ++out.removed;
        }
    }
    std::sort(out.changes.begin(), out.changes.end(),
              [](const AccountChange& a, const AccountChange& b) { return a.accountKey < b.accountKey; });
    return true;
}

} // namespace Rollcall
