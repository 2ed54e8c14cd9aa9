// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace Rollcall {

// Every action of the window with its keyboard shortcut, by menu, with a search field.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString section;
        QString what;
        QString keys;
    };

    explicit ShortcutsDialog(const QList<Entry>& entries, QWidget* parent = nullptr);

    // The entries of these menus' actions (and their submenus'), with their shortcuts.
    static QList<Entry> entriesOf(const QList<QAction*>& menuActions);
    int rowCount() const;
    QStandardItemModel* model() const { return m_model; }
    QLineEdit* searchEdit() const { return m_search; }

private:
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QTreeView* m_view;
};

} // namespace Rollcall
