// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountTableView.h"

#include "TriageStyle.h"
#include "item/AccountTableModel.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <algorithm>

namespace Rollcall {

namespace {
// Widths are measured on this many rows, so a large workspace loads one page, not all of them.
constexpr int MeasuredRows = 200;
constexpr int MinColumnWidth = 48;
constexpr int MaxColumnWidth = 320;
// Account keys are long and opaque (ARNs, GUIDs); their middle is elided.
constexpr int MaxAccountKeyWidth = 240;
const QByteArray StateMagic = QByteArrayLiteral("rollcall-columns-1:");

// Class as a coloured chip and risk as a number over a bar of its colour; everything else as usual.
class TriageDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const int column = index.column();
        const bool loaded = index.data(AccountTableModel::LoadedRole).toBool();
        if (!loaded || (column != AccountTableModel::Class && column != AccountTableModel::Risk)) {
            QStyleOptionViewItem dim = option;
            if (!loaded)
                dim.palette.setColor(QPalette::Text, option.palette.color(QPalette::Disabled, QPalette::Text));
            QStyledItemDelegate::paint(painter, dim, index);
            return;
        }
        // Background and selection as the style draws them, then the chip or bar over it.
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRect r = option.rect.adjusted(4, 3, -4, -3);
        const bool selected = option.state & QStyle::State_Selected;
        if (column == AccountTableModel::Class) {
            const QColor colour = TriageStyle::classColor(index.data(AccountTableModel::ClassRole).toString());
            const int dot = std::min(r.height(), 10);
            const QRect chip(r.left(), r.center().y() - dot / 2, dot, dot);
            painter->setPen(Qt::NoPen);
            painter->setBrush(colour);
            painter->drawEllipse(chip);
            painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
            painter->drawText(r.adjusted(dot + 6, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                              option.fontMetrics.elidedText(text, Qt::ElideRight, r.width() - dot - 6));
        } else {
            const QVariant risk = index.data(AccountTableModel::RiskRole);
            if (risk.isValid()) {
                // A thin bar under the number, as long as the risk is high, in its colour.
                const int value = risk.toInt();
                const int width = std::max(2, r.width() * value / 100);
                painter->setPen(Qt::NoPen);
                painter->setBrush(TriageStyle::riskColor(value));
                painter->drawRoundedRect(QRect(r.left(), r.bottom() - 3, width, 4), 2, 2);
            }
            painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
            painter->drawText(r.adjusted(0, 0, -2, 0), Qt::AlignVCenter | Qt::AlignRight, text);
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() == AccountTableModel::Class)
            size.rwidth() += 18; // the chip
        return size;
    }
};
} // namespace

AccountTableView::AccountTableView(QWidget* parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("accountTable"));
    setAccessibleName(tr("Accounts"));
    setItemDelegate(new TriageDelegate(this));
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
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint& pos) { columnMenu()->popup(horizontalHeader()->mapToGlobal(pos)); });
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
    horizontalHeader()->setSortIndicator(m_accounts->sortColumn(), m_accounts->sortOrder());
    setSortingEnabled(true);
    // The opaque account key (an ARN, a GUID) and the e-mail matter less while reviewing than
    // who the account is and what class it has; they go to the right. The rule is in the
    // explanation (the tooltip and the detail pane); hidden until asked for.
    QHeaderView* header = horizontalHeader();
    for (int column : {AccountTableModel::Account, AccountTableModel::Email})
        header->moveSection(header->visualIndex(column), header->count() - 1);
    header->moveSection(header->visualIndex(AccountTableModel::Risk), header->visualIndex(AccountTableModel::Class));
    setColumnHidden(AccountTableModel::Rule, true);
    fitColumnsOnNextData();
}

void AccountTableView::fitColumnsOnNextData()
{
    m_fitPending = !m_restored;
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
        if (header->isSectionHidden(column))
            continue;
        resizeColumnToContents(column);
        const int max = column == AccountTableModel::Account ? MaxAccountKeyWidth : MaxColumnWidth;
        header->resizeSection(column, std::clamp(header->sectionSize(column), MinColumnWidth, max));
    }
    if (header->sectionSize(AccountTableModel::Risk) < 64)
        header->resizeSection(AccountTableModel::Risk, 64);
}

QByteArray AccountTableView::saveColumns() const
{
    return StateMagic + horizontalHeader()->saveState().toBase64();
}

bool AccountTableView::restoreColumns(const QByteArray& state)
{
    if (!state.startsWith(StateMagic))
        return false;
    const QByteArray header = QByteArray::fromBase64(state.mid(StateMagic.size()));
    if (!horizontalHeader()->restoreState(header) || horizontalHeader()->count() != AccountTableModel::ColumnCount)
        return false;
    // The saved state carries a sort indicator; the model's order is the one in force.
    if (m_accounts)
        horizontalHeader()->setSortIndicator(m_accounts->sortColumn(), m_accounts->sortOrder());
    m_restored = true;
    m_fitPending = false;
    return true;
}

QMenu* AccountTableView::columnMenu()
{
    if (!m_columnMenu) {
        m_columnMenu = new QMenu(tr("&Columns"), this);
        m_columnMenu->setObjectName(QStringLiteral("columnMenu"));
        connect(m_columnMenu, &QMenu::aboutToShow, this, [this] {
            m_columnMenu->clear();
            if (!model())
                return;
            for (int column = 0; column < model()->columnCount(); ++column) {
                QAction* action = m_columnMenu->addAction(model()->headerData(column, Qt::Horizontal).toString());
                action->setCheckable(true);
                action->setChecked(!isColumnHidden(column));
                connect(action, &QAction::toggled, this, [this, column](bool on) { setColumnHidden(column, !on); });
            }
            m_columnMenu->addSeparator();
            connect(m_columnMenu->addAction(tr("Choose Columns…")), &QAction::triggered, this,
                    &AccountTableView::chooseColumns);
        });
    }
    return m_columnMenu;
}

void AccountTableView::chooseColumns()
{
    if (!model())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("columnChooser"));
    dialog.setWindowTitle(tr("Choose Columns"));
    auto* list = new QListView(&dialog);
    list->setAccessibleName(tr("Columns"));
    auto* columns = new QStandardItemModel(&dialog);
    QHeaderView* header = horizontalHeader();
    // In the order they are shown.
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        auto* item = new QStandardItem(model()->headerData(column, Qt::Horizontal).toString());
        item->setCheckable(true);
        item->setCheckState(isColumnHidden(column) ? Qt::Unchecked : Qt::Checked);
        item->setData(column);
        item->setEditable(false);
        columns->appendRow(item);
    }
    list->setModel(columns);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton* all = buttons->addButton(tr("Show &All"), QDialogButtonBox::ResetRole);
    connect(all, &QPushButton::clicked, &dialog, [columns] {
        for (int row = 0; row < columns->rowCount(); ++row)
            columns->item(row)->setCheckState(Qt::Checked);
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    auto* hint = new QLabel(tr("Columns to show (Space toggles; drag a column header to move it):"), &dialog);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(list);
    layout->addWidget(buttons);
    list->setFocus();
    list->setCurrentIndex(columns->index(0, 0));
    if (dialog.exec() != QDialog::Accepted)
        return;
    int shown = 0;
    for (int row = 0; row < columns->rowCount(); ++row)
        shown += columns->item(row)->checkState() == Qt::Checked;
    for (int row = 0; row < columns->rowCount(); ++row) {
        const int column = columns->item(row)->data().toInt();
        // At least one column stays.
        setColumnHidden(column, shown > 0 && columns->item(row)->checkState() != Qt::Checked);
    }
}

QString AccountTableView::selectedRowsText() const
{
    if (!model() || !selectionModel())
        return {};
    QList<int> columns;
    const QHeaderView* header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            columns.append(column);
    }
    QStringList lines;
    QStringList titles;
    for (int column : columns)
        titles.append(model()->headerData(column, Qt::Horizontal).toString());
    lines.append(titles.join(QLatin1Char('\t')));
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& row : std::as_const(rows)) {
        QStringList cells;
        for (int column : columns) {
            QString text = model()->index(row.row(), column).data().toString();
            text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
            cells.append(text);
        }
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void AccountTableView::copySelection()
{
    if (selectionModel() && selectionModel()->hasSelection())
        QApplication::clipboard()->setText(selectedRowsText());
}

void AccountTableView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace Rollcall
