// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/Campaign.h"

#include <QAbstractTableModel>

namespace Rollcall {

// A campaign's progress per reviewer or per tool (CampaignStore::progress): decided of total, needs-info,
// and the share done; per tool also the tool's reviewer. Sorting is the views' (a proxy): the lists are short.
class CampaignProgressModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind
    {
        PerReviewer,
        PerTool
    };
    enum Column
    {
        Key,      // reviewer e-mail or tool instance
        Reviewer, // per tool: its reviewer; per reviewer: empty
        Decided,
        Total,
        NeedsInfo,
        Done, // percent, as an int for sorting
        ColumnCount
    };
    Q_ENUM(Column)

    explicit CampaignProgressModel(Kind kind, QObject* parent = nullptr);

    void setCounts(const QList<ProgressCount>& counts);
    const QList<ProgressCount>& counts() const { return m_counts; }
    Kind kind() const { return m_kind; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Kind m_kind;
    QList<ProgressCount> m_counts;
};

} // namespace Rollcall
