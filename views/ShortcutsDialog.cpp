// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Rollcall {

namespace {
// The letter after '&' in a menu text, upper case, or empty.
QString mnemonic(const QString& text)
{
    const qsizetype amp = text.indexOf(QLatin1Char('&'));
    return amp >= 0 && amp + 1 < text.size() ? QString(text.at(amp + 1).toUpper()) : QString();
}

// `path`: the mnemonic letters that lead to this menu ("Alt+V", "S").
void collect(const QString& section, QMenu* menu, const QStringList& path, QList<ShortcutsDialog::Entry>& out)
{
    for (QAction* action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (QMenu* sub = action->menu()) {
            if (sub->objectName() == QLatin1String("recentMenu"))
                continue; // the recent workspaces change; the menu itself is listed by its path
            collect(section + QStringLiteral(" ▸ ") + sub->title().remove(QLatin1Char('&')), sub,
                    path + QStringList{mnemonic(sub->title())}, out);
            continue;
        }
        QStringList keys;
        for (const QKeySequence& k : action->shortcuts())
            keys.append(k.toString(QKeySequence::NativeText));
        if (keys.isEmpty() && !mnemonic(action->text()).isEmpty() && !path.contains(QString()))
            keys.append((path + QStringList{mnemonic(action->text())}).join(QLatin1String(", ")));
        QString what = action->text().remove(QLatin1Char('&'));
        if (what.endsWith(QStringLiteral("…")))
            what.chop(1);
        out.append({section, what, keys.join(QLatin1String(", "))});
    }
}
} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::entriesOf(const QList<QAction*>& menuActions)
{
    QList<Entry> entries;
    for (QAction* top : menuActions) {
        if (QMenu* menu = top->menu())
            collect(menu->title().remove(QLatin1Char('&')), menu,
                    {QStringLiteral("Alt+%1").arg(mnemonic(menu->title()))}, entries);
    }
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QList<Entry>& entries, QWidget* parent)
    : QDialog(parent)
    , m_model(new QStandardItemModel(0, 3, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    resize(760, 600);
    m_model->setHorizontalHeaderLabels({tr("Where"), tr("Action"), tr("Keys")});
    for (const Entry& e : entries) {
        QList<QStandardItem*> row = {new QStandardItem(e.section), new QStandardItem(e.what),
                                     new QStandardItem(e.keys)};
        for (QStandardItem* item : row)
            item->setEditable(false);
        m_model->appendRow(row);
    }
    // A small list: a proxy is the right tool here.
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_search->setObjectName(QStringLiteral("shortcutSearch"));
    m_search->setPlaceholderText(tr("Search actions and keys"));
    m_search->setAccessibleName(tr("Search shortcuts"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_view->setObjectName(QStringLiteral("shortcutList"));
    m_view->setAccessibleName(tr("Keyboard shortcuts"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    // The keys are what people look for: always in sight on the right, the action taking what is left.
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    m_search->setFocus();
}

int ShortcutsDialog::rowCount() const
{
    return m_proxy->rowCount();
}

} // namespace Rollcall
