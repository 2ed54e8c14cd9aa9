// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignProgressModel.h"

namespace Rollcall {

CampaignProgressModel::CampaignProgressModel(Kind kind, QObject* parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{}

void CampaignProgressModel::setCounts(const QList<ProgressCount>& counts)
{
    beginResetModel();
    m_counts = counts;
    endResetModel();
}

int CampaignProgressModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int CampaignProgressModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignProgressModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProgressCount& c = m_counts.at(index.row());
    const int percent = c.total ? int((c.decided * 200 + c.total) / (2 * c.total)) : 0; // to the nearest
    // UserRole: the value to sort and compare by; DisplayRole: the same, as shown.
    QVariant value;
    switch (index.column()) {
    case Key:
        value = c.key;
        break;
    case Reviewer:
        value = c.reviewer;
        break;
    case Decided:
        value = c.decided;
        break;
    case Total:
        value = c.total;
        break;
    case NeedsInfo:
        value = c.needsInfo;
        break;
    case Done:
        value = percent;
        break;
    default:
        return {};
    }
    if (role == Qt::UserRole || role == Qt::EditRole)
        return value;
    if (role == Qt::DisplayRole) {
        if (index.column() == Done)
            return tr("%1%").arg(percent);
        return index.column() == Reviewer && m_kind != Kind::PerTool ? QVariant() : value;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Decided)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        return tr("%1: %2 of %3 decided, %4 waiting for information")
            .arg(c.key)
            .arg(c.decided)
            .arg(c.total)
            .arg(c.needsInfo);
    }
    return {};
}

QVariant CampaignProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key:
        return m_kind == Kind::PerTool ? tr("Tool") : tr("Reviewer");
    case Reviewer:
        return m_kind == Kind::PerTool ? tr("Reviewer") : QString();
    case Decided:
        return tr("Decided");
    case Total:
        return tr("Total");
    case NeedsInfo:
        return tr("Needs info");
    case Done:
        return tr("Done");
    default:
        return {};
    }
}

} // namespace Rollcall
