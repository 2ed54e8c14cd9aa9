// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountTableModel.h"

#include <QDateTime>
#include <QSqlQuery>

namespace Rollcall {

namespace {
constexpr int MaxCachedPages = 200;

const char* const SortColumns[AccountTableModel::ColumnCount] = {
    "tool",  "account_key", "login", "email",     "display_name", "class",
    "owner", "rule",        "risk",  "privilege", "mfa",          "last_activity"};
} // namespace

AccountTableModel::AccountTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AccountTableModel::setConnectionName(const QString& connectionName)
{
    m_connectionName = connectionName;
    refresh();
}

void AccountTableModel::setFilter(const AccountFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void AccountTableModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_count = queryCount();
    endResetModel();
}

int AccountTableModel::queryCount() const
{
    if (m_connectionName.isEmpty() || !QSqlDatabase::contains(m_connectionName))
        return 0;
    QVariantList binds;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT count(*) FROM account_view") + m_filter.whereClause(binds));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QString AccountTableModel::orderBy() const
{
    const QString direction = m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    return QStringLiteral(" ORDER BY %1 %2, id ASC").arg(QLatin1String(SortColumns[m_sortColumn]), direction);
}

bool AccountTableModel::loadPage(int page) const
{
    if (m_pages.size() >= MaxCachedPages)
        m_pages.clear();
    QVariantList binds;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, tool, account_key, login, email, display_name, class, owner, rule, risk, "
                             "privilege, mfa, last_activity, never_used, explanation FROM account_view") +
              m_filter.whereClause(binds) + orderBy() + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    q.addBindValue(PageSize);
    q.addBindValue(qint64(page) * PageSize);
    if (!q.exec())
        return false;
    QVector<Row> rows;
    rows.reserve(PageSize);
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.cls = q.value(6).toString();
        r.explanation = q.value(14).toString();
        r.values[Tool] = q.value(1);
        r.values[Account] = q.value(2);
        r.values[Login] = q.value(3);
        r.values[Email] = q.value(4);
        r.values[DisplayName] = q.value(5);
        r.values[Class] = r.cls.isEmpty() ? tr("not reconciled") : r.cls;
        r.values[Owner] = q.value(7);
        r.values[Rule] = q.value(8);
        r.values[Risk] = q.value(9).isNull() ? QVariant() : q.value(9);
        r.values[Privilege] = q.value(10);
        r.values[Mfa] = q.value(11).isNull() ? QVariant() : QVariant(q.value(11).toInt() ? tr("yes") : tr("no"));
        const QDateTime last = QDateTime::fromString(q.value(12).toString(), Qt::ISODate);
        r.values[LastActivity] = last.isValid()             ? QVariant(last.date().toString(Qt::ISODate))
                                 : q.value(13).toInt() != 0 ? QVariant(tr("never"))
                                                            : QVariant();
        rows.append(r);
    }
    m_pages.insert(page, rows);
    return true;
}

const AccountTableModel::Row* AccountTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        if (!loadPage(page))
            return nullptr;
        it = m_pages.constFind(page);
    }
    const int offset = row % PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

qint64 AccountTableModel::accountIdAt(const QModelIndex& index) const
{
    const Row* r = index.isValid() ? rowAt(index.row()) : nullptr;
    return r ? r->id : 0;
}

QString AccountTableModel::classAt(const QModelIndex& index) const
{
    const Row* r = index.isValid() ? rowAt(index.row()) : nullptr;
    return r ? r->cls : QString();
}

int AccountTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int AccountTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row* r = rowAt(index.row());
    if (!r)
        return role == Qt::DisplayRole ? QVariant(tr("Loading…")) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return r->values[index.column()];
    case Qt::ToolTipRole:
        return r->explanation.isEmpty() ? QVariant() : QVariant(r->explanation);
    case Qt::TextAlignmentRole:
        return index.column() == Risk ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case AccountIdRole:
        return r->id;
    case ClassRole:
        return r->cls;
    case ExplanationRole:
        return r->explanation;
    default:
        return {};
    }
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section == Risk)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Tool:
        return tr("Tool");
    case Account:
        return tr("Account");
    case Login:
        return tr("Login");
    case Email:
        return tr("E-mail");
    case DisplayName:
        return tr("Name");
    case Class:
        return tr("Class");
    case Owner:
        return tr("Owner");
    case Rule:
        return tr("Rule");
    case Risk:
        return tr("Risk");
    case Privilege:
        return tr("Privilege");
    case Mfa:
        return tr("MFA");
    case LastActivity:
        return tr("Last activity");
    }
    return {};
}

void AccountTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

} // namespace Rollcall
