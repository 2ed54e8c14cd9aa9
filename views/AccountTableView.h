// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

class QMenu;

namespace Rollcall {

class AccountTableModel;

// The accounts table. Clicking a header sorts in SQL through the model; hovering a row shows why
// the account has its class; the class and risk columns are drawn with their colours. The header's
// context menu (and chooseColumns()) shows and hides columns; Ctrl+C copies the selected rows.
class AccountTableView : public QTableView
{
    Q_OBJECT

public:
    explicit AccountTableView(QWidget* parent = nullptr);

    // Takes an AccountTableModel; other models work but get no column layout.
    void setModel(QAbstractItemModel* model) override;
    // Column widths from the contents of the first rows, within sensible bounds.
    void fitColumns();
    // Fits the columns once the model next has rows (after opening a workspace, say), and leaves
    // widths the user chose alone otherwise.
    void fitColumnsOnNextData();

    // Columns shown, order and widths, for QSettings; restoring an unknown state does nothing.
    QByteArray saveColumns() const;
    bool restoreColumns(const QByteArray& state);
    // A menu of checkable columns (the header's context menu).
    QMenu* columnMenu();
    // The selected rows as tab-separated text, header first (what Ctrl+C copies).
    QString selectedRowsText() const;

public Q_SLOTS:
    // A dialog with a check box per column.
    void chooseColumns();
    void copySelection();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void onModelReset();

    AccountTableModel* m_accounts = nullptr;
    QMenu* m_columnMenu = nullptr;
    bool m_fitPending = true;
    bool m_restored = false;
};

} // namespace Rollcall
