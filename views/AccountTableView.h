// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace Rollcall {

class AccountTableModel;

// The accounts table. Clicking a header sorts in SQL through the model; hovering a row shows why
// the account has its class.
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

private:
    void onModelReset();

    AccountTableModel* m_accounts = nullptr;
    bool m_fitPending = true;
};

} // namespace Rollcall
