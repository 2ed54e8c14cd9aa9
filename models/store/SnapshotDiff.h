// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace Rollcall {

// One account that differs between two snapshots of a tool instance.
struct AccountChange
{
    enum class Kind
    {
        Added,
        Removed,
        Changed
    };
    Kind kind = Kind::Changed;
    QString accountKey;
    QString login;
    QString email;
    // For Changed: what changed, as (field, before, after); fields: privilege, state, email, last_activity.
    QList<std::tuple<QString, QString, QString>> fields;
};

QString changeKindName(AccountChange::Kind kind);

struct SnapshotDiff
{
    QString tool;
    qint64 from = 0;
    qint64 to = 0;
    QList<AccountChange> changes; // ordered by account key
    qint64 added = 0;
    qint64 removed = 0;
    qint64 changed = 0;
    qint64 unchanged = 0;
};

// Compares two snapshots of one tool instance; with from/to 0, the last two.
class SnapshotDiffer
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotDiffer)

public:
    [[nodiscard]] static bool diff(const QSqlDatabase& db, const QString& tool, qint64 from, qint64 to,
                                   SnapshotDiff& out, QString& error);
};

} // namespace Rollcall
