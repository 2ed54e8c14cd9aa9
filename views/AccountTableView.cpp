// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountTableView.h"

#include "item/AccountTableModel.h"

#include <QHeaderView>

#include <algorithm>

namespace Rollcall {

namespace {
// Widths are measured on this many rows, so a large workspace loads one page, not all of them.
constexpr int MeasuredRows = 200;
constexpr int MinColumnWidth = 48;
constexpr int MaxColumnWidth = 320;
// Account keys are long and opaque (ARNs, GUIDs); their middle is elided.
constexpr int MaxAccountKeyWidth = 240;
} // namespace

AccountTableView::AccountTableView(QWidget* parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("accountTable"));
    setAccessibleName(tr("Accounts"));
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setCornerButtonEnabled(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setResizeContentsPrecision(MeasuredRows);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setSortIndicatorShown(true);
}

void AccountTableView::setModel(QAbstractItemModel* model)
{
    // Sorting is enabled once the model is there, with the indicator on the model's own order
    // (risk, highest first), so the header shows the order the rows are in.
    setSortingEnabled(false);
    QTableView::setModel(model);
    if (m_accounts)
        disconnect(m_accounts, nullptr, this, nullptr);
    m_accounts = qobject_cast<AccountTableModel*>(model);
    if (!m_accounts)
        return;
    connect(m_accounts, &QAbstractItemModel::modelReset, this, &AccountTableView::onModelReset);
    horizontalHeader()->setSortIndicator(AccountTableModel::Risk, Qt::DescendingOrder);
    setSortingEnabled(true);
    // The opaque account key (an ARN, a GUID) and the e-mail matter less while reviewing than
    // who the account is and what class it has; they go to the right.
    QHeaderView* header = horizontalHeader();
    for (int column : {AccountTableModel::Account, AccountTableModel::Email})
        header->moveSection(header->visualIndex(column), header->count() - 1);
    fitColumnsOnNextData();
}

void AccountTableView::fitColumnsOnNextData()
{
    m_fitPending = true;
    onModelReset();
}

void AccountTableView::onModelReset()
{
    if (!m_fitPending || !model() || model()->rowCount() == 0)
        return;
    m_fitPending = false;
    // Queued: the view is laid out by then, and measures the rows it shows.
    QMetaObject::invokeMethod(this, &AccountTableView::fitColumns, Qt::QueuedConnection);
}

void AccountTableView::fitColumns()
{
    if (!model())
        return;
    QHeaderView* header = horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        resizeColumnToContents(column);
        const int max = column == AccountTableModel::Account ? MaxAccountKeyWidth : MaxColumnWidth;
        header->resizeSection(column, std::clamp(header->sectionSize(column), MinColumnWidth, max));
    }
}

} // namespace Rollcall
