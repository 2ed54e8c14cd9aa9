// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountFilter.h"

#include <QSqlQuery>

namespace Rollcall {

QString AccountFilter::whereClause(QVariantList& binds) const
{
    QStringList terms;
    if (!classes.isEmpty()) {
        QStringList marks;
        for (AccountClass c : classes) {
            marks.append(QStringLiteral("?"));
            binds.append(accountClassName(c));
        }
        terms.append(QStringLiteral("class IN (%1)").arg(marks.join(QLatin1String(", "))));
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
        for (const char* column : {"login", "email", "display_name", "account_key", "owner"}) {
            any.append(QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(QLatin1String(column)));
            binds.append(pattern);
        }
        terms.append(QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')'));
    }
    if (changedSinceLastImport) {
        terms.append(QStringLiteral(
            "id IN (SELECT a.id FROM account a JOIN current_snapshot s ON s.id = a.snapshot_id "
            "LEFT JOIN account p ON p.snapshot_id = (SELECT MAX(t.id) FROM snapshot t WHERE t.source_kind = 'tool' "
            "AND t.tool = a.tool AND t.id < a.snapshot_id) AND p.account_key = a.account_key "
            "WHERE s.source_kind = 'tool' AND (p.id IS NULL OR p.privilege IS NOT a.privilege OR p.state IS NOT "
            "a.state OR p.email IS NOT a.email OR p.last_activity IS NOT a.last_activity))"));
    }
    return terms.isEmpty() ? QString() : QLatin1String(" WHERE ") + terms.join(QLatin1String(" AND "));
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

} // namespace Rollcall
