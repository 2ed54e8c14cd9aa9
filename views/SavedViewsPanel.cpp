// SPDX-License-Identifier: GPL-3.0-or-later
#include "SavedViewsPanel.h"

#include <QIcon>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Rollcall {

namespace {
const QString AllId = QStringLiteral("all");
}

SavedViewsPanel::SavedViewsPanel(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListView(this))
    , m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("savedViews"));
    auto* title = new QLabel(tr("&Views"), this);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    title->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("savedViewList"));
    m_list->setAccessibleName(tr("Saved views"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // Titles wrap rather than lose their end (and their count): German ones are long.
    m_list->setSpacing(1);
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // wrap to the panel's width
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex& index) { choose(index.row()); });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex& index) { choose(index.row()); });
    setViews(defaultSavedViews());
}

void SavedViewsPanel::setViews(const QList<SavedView>& views)
{
    AccountFilter all;
    if (!views.isEmpty())
        all.staleAfterDays = views.first().filter.staleAfterDays;
    m_views = {{AllId, tr("All accounts"), tr("Every account of the current snapshots"), all}};
    m_views += views;
    m_model->clear();
    for (const SavedView& v : std::as_const(m_views)) {
        auto* item = new QStandardItem(
            QIcon(v.id == AllId ? QStringLiteral(":/icons/accounts.svg") : QStringLiteral(":/icons/view.svg")),
            v.title);
        item->setToolTip(v.description);
        item->setData(v.id, Qt::UserRole);
        m_model->appendRow(item);
    }
    updateTexts();
}

void SavedViewsPanel::setCounts(const QMap<QString, qint64>& counts, qint64 total)
{
    m_counts = counts;
    m_total = total;
    updateTexts();
}

void SavedViewsPanel::clearCounts()
{
    m_counts.clear();
    m_total = -1;
    updateTexts();
}

void SavedViewsPanel::updateTexts()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const SavedView& v = m_views.at(row);
        const qint64 n = v.id == AllId ? m_total : m_counts.value(v.id, -1);
        QStandardItem* item = m_model->item(row);
        item->setText(n < 0 ? v.title : tr("%1 (%2)").arg(v.title, QLocale().toString(n)));
        item->setData(n < 0    ? tr("%1, counting").arg(v.title)
                      : n == 1 ? tr("%1, 1 account").arg(v.title)
                               : tr("%1, %2 accounts").arg(v.title, QLocale().toString(n)),
                      Qt::AccessibleTextRole);
    }
}

void SavedViewsPanel::setCurrentFilter(const AccountFilter& filter)
{
    for (int row = 0; row < m_views.size(); ++row) {
        AccountFilter f = m_views.at(row).filter;
        f.staleAfterDays = filter.staleAfterDays;
        if (f == filter) {
            m_list->setCurrentIndex(m_model->index(row, 0));
            return;
        }
    }
    m_list->clearSelection();
    m_list->setCurrentIndex({});
}

void SavedViewsPanel::choose(int row)
{
    if (row < 0 || row >= m_views.size())
        return;
    m_list->setCurrentIndex(m_model->index(row, 0));
    Q_EMIT viewChosen(m_views.at(row).filter, m_views.at(row).title);
}

QString SavedViewsPanel::entryText(int row) const
{
    return m_model->index(row, 0).data().toString();
}

int SavedViewsPanel::entryCount() const
{
    return m_model->rowCount();
}

} // namespace Rollcall
