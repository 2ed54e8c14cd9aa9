// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "item/AccountFilter.h"

#include <QWidget>

class QListView;
class QStandardItemModel;

namespace Rollcall {

// "All accounts" and the saved views shipped by default, each with its count; choosing one sets
// the filter. The entry of the filter in force is highlighted, none when the filter is custom.
class SavedViewsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SavedViewsPanel(QWidget* parent = nullptr);

    void setViews(const QList<SavedView>& views);
    // Counts per view id; `total` for "All accounts". Negative: not known yet.
    void setCounts(const QMap<QString, qint64>& counts, qint64 total);
    void clearCounts();
    // Highlights the entry whose filter equals this one (or none).
    void setCurrentFilter(const AccountFilter& filter);
    // Chooses entry `row` (0 is "All accounts") as a click would.
    void choose(int row);
    // The text shown for entry `row`, count included.
    QString entryText(int row) const;
    int entryCount() const;
    QListView* list() const { return m_list; }

Q_SIGNALS:
    void viewChosen(const Rollcall::AccountFilter& filter, const QString& title);

private:
    void updateTexts();

    QListView* m_list;
    QStandardItemModel* m_model;
    QList<SavedView> m_views; // [0] is "All accounts"
    QMap<QString, qint64> m_counts;
    qint64 m_total = -1;
    bool m_updating = false;
};

} // namespace Rollcall
