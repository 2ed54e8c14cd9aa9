// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"

#include <QMap>
#include <QSqlDatabase>
#include <QVariantList>

namespace Rollcall {

// Which accounts to show; turned into SQL with bound parameters, never spliced text.
struct AccountFilter
{
    QList<AccountClass> classes; // empty: every class
    QString tool;                // empty: every tool
    QString text;                // substring of login, e-mail, name, account key or owner
    // Only accounts added, or whose privilege, state, e-mail or last activity changed, since the
    // tool's previous snapshot (every account of a tool imported once).
    bool changedSinceLastImport = false;

    bool operator==(const AccountFilter& other) const
    {
        return classes == other.classes && tool == other.tool && text == other.text &&
               changedSinceLastImport == other.changedSinceLastImport;
    }
    bool operator!=(const AccountFilter& other) const { return !(*this == other); }

    // " WHERE ..." (or empty) over account_view, appending its bind values to `binds`.
    QString whereClause(QVariantList& binds) const;
};

// tool -> class name -> count, over the current snapshots. Unreconciled accounts count under "".
using ClassCounts = QMap<QString, QMap<QString, qint64>>;
ClassCounts countAccounts(const QSqlDatabase& db, const AccountFilter& filter = {});
QStringList currentTools(const QSqlDatabase& db);

} // namespace Rollcall
