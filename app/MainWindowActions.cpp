// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's actions, menus, keyboard shortcuts and remembered settings.
#include "MainWindow.h"

#include "AccountTableView.h"
#include "AuditorWindow.h"
#include "DashboardView.h"
#include "DetailPane.h"
#include "FileDialog.h"
#include "FilterBar.h"
#include "ImportQueue.h"
#include "MessageBox.h"
#include "PreferencesDialog.h"
#include "RulesLoader.h"
#include "SavedViewsPanel.h"
#include "ShortcutsDialog.h"
#include "item/AccountFilter.h"
#include "store/Store.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QIcon>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>

namespace Rollcall {

namespace {
const QString RecentKey = QStringLiteral("recentWorkspaces");
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString MainSplitterKey = QStringLiteral("mainWindow/mainSplitter");
const QString AccountsSplitterKey = QStringLiteral("mainWindow/accountsSplitter");
const QString ColumnsKey = QStringLiteral("mainWindow/columns");
const QString TabKey = QStringLiteral("mainWindow/tab");
const QString DetailKey = QStringLiteral("mainWindow/detailVisible");
const QString ViewsPanelKey = QStringLiteral("mainWindow/viewsVisible");

QAction* makeAction(QObject* parent, const QString& name, const QString& text, const QString& icon = {},
                    const QList<QKeySequence>& keys = {}, const QString& tip = {})
{
    auto* action = new QAction(text, parent);
    action->setObjectName(name);
    if (!icon.isEmpty())
        action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    if (!tip.isEmpty())
        action->setStatusTip(tip);
    return action;
}
} // namespace

void MainWindow::createActions()
{
    m_newAction = makeAction(this, QStringLiteral("newWorkspace"), tr("&New Workspace…"), QStringLiteral("new"),
                             {QKeySequence::New}, tr("Create a workspace file for a new review"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspace);
    m_openAction = makeAction(this, QStringLiteral("openWorkspace"), tr("&Open Workspace…"), QStringLiteral("open"),
                              {QKeySequence::Open}, tr("Open a workspace file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWorkspaceDialog);
    m_openEvidenceAction = makeAction(this, QStringLiteral("openEvidence"), tr("Open &Evidence…"),
                                      QStringLiteral("open"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
                                      tr("Verify an evidence bundle and browse it read-only, as an auditor"));
    connect(m_openEvidenceAction, &QAction::triggered, this, &MainWindow::openEvidenceDialog);
    m_importAction = makeAction(this, QStringLiteral("import"), tr("&Import…"), QStringLiteral("import"),
                                {QKeySequence(Qt::CTRL | Qt::Key_I)},
                                tr("Import a directory export or a tool export (or drop files on the window)"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importFile);
    m_closeAction = makeAction(this, QStringLiteral("closeWorkspace"), tr("&Close Workspace"), {},
                               {QKeySequence(Qt::CTRL | Qt::Key_W)});
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeWorkspace);
    m_quitAction = makeAction(this, QStringLiteral("quit"), tr("&Quit"), QStringLiteral("quit"), {QKeySequence::Quit});
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_copyAction = makeAction(this, QStringLiteral("copyRows"), tr("&Copy Selected Rows"), {},
                              {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
                              tr("Copy the selected accounts as tab-separated text (Ctrl+C in the table)"));
    connect(m_copyAction, &QAction::triggered, m_view, &AccountTableView::copySelection);
    m_findAction = makeAction(this, QStringLiteral("find"), tr("&Find"), QStringLiteral("search"), {QKeySequence::Find},
                              tr("Search the accounts"));
    connect(m_findAction, &QAction::triggered, this, [this] {
        showAccounts();
        m_filterBar->focusText();
    });
    m_clearFiltersAction =
        makeAction(this, QStringLiteral("clearFilters"), tr("C&lear Filters"), QStringLiteral("filter-clear"),
                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace)}, tr("Show every account again"));
    connect(m_clearFiltersAction, &QAction::triggered, m_filterBar, &FilterBar::reset);

    m_accountsAction = makeAction(this, QStringLiteral("showAccounts"), tr("&Accounts"), QStringLiteral("accounts"),
                                  {QKeySequence(Qt::CTRL | Qt::Key_1)});
    connect(m_accountsAction, &QAction::triggered, this, &MainWindow::showAccounts);
    m_dashboardAction = makeAction(this, QStringLiteral("showDashboard"), tr("&Dashboard"), QStringLiteral("dashboard"),
                                   {QKeySequence(Qt::CTRL | Qt::Key_2)});
    connect(m_dashboardAction, &QAction::triggered, this, &MainWindow::showDashboard);
    m_detailAction = makeAction(this, QStringLiteral("toggleDetails"), tr("Detail &Pane"), QStringLiteral("details"),
                                {QKeySequence(Qt::CTRL | Qt::Key_D)});
    m_detailAction->setCheckable(true);
    m_detailAction->setChecked(true);
    connect(m_detailAction, &QAction::toggled, m_detail, &QWidget::setVisible);
    m_viewsPanelAction = makeAction(this, QStringLiteral("toggleViews"), tr("&Views Panel"), QStringLiteral("view"),
                                    {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)});
    m_viewsPanelAction->setCheckable(true);
    m_viewsPanelAction->setChecked(true);
    connect(m_viewsPanelAction, &QAction::toggled, m_savedViews, &QWidget::setVisible);
    m_columnsAction = makeAction(this, QStringLiteral("chooseColumns"), tr("Choose &Columns…"),
                                 QStringLiteral("columns"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)},
                                 tr("Show, hide and reorder the columns of the accounts table"));
    connect(m_columnsAction, &QAction::triggered, m_view, &AccountTableView::chooseColumns);
    m_refreshAction =
        makeAction(this, QStringLiteral("refresh"), tr("&Refresh"), QStringLiteral("refresh"), {QKeySequence::Refresh});
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    m_nextPaneAction = makeAction(this, QStringLiteral("nextPane"), tr("&Next Pane"), {}, {QKeySequence(Qt::Key_F6)},
                                  tr("Move the keyboard focus to the next pane: views, filters, table, details"));
    connect(m_nextPaneAction, &QAction::triggered, this, [this] { focusNextPane(true); });
    m_previousPaneAction = makeAction(this, QStringLiteral("previousPane"), tr("Previ&ous Pane"), {},
                                      {QKeySequence(Qt::SHIFT | Qt::Key_F6)});
    connect(m_previousPaneAction, &QAction::triggered, this, [this] { focusNextPane(false); });

    // The saved views, Alt+0 for every account.
    for (int row = 0; row < 5; ++row) {
        QAction* action = makeAction(this, QStringLiteral("savedView%1").arg(row), {}, QStringLiteral("view"),
                                     {QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + row))});
        connect(action, &QAction::triggered, this, [this, row] {
            showAccounts();
            m_savedViews->choose(row);
        });
        m_viewActions.append(action);
    }

    m_reconcileAction = makeAction(this, QStringLiteral("reconcile"), tr("&Reconcile"), QStringLiteral("reconcile"),
                                   {QKeySequence(Qt::CTRL | Qt::Key_R)},
                                   tr("Link every account to an identity of the directory and classify it"));
    connect(m_reconcileAction, &QAction::triggered, this, &MainWindow::reconcile);
    m_loadRulesAction =
        makeAction(this, QStringLiteral("loadRules"), tr("Load R&ules and Reconcile…"), QStringLiteral("rules"), {},
                   tr("Read the organisation's rules (rollcall.yaml), keep them in the workspace and "
                      "reconcile with them"));
    connect(m_loadRulesAction, &QAction::triggered, this, &MainWindow::loadRules);
    m_linkAction = makeAction(this, QStringLiteral("linkSuggested"), tr("&Link to Suggested Owner…"),
                              QStringLiteral("link"), {QKeySequence(Qt::CTRL | Qt::Key_L)},
                              tr("Link the selected account to the first owner suggested for it, with a reason"));
    connect(m_linkAction, &QAction::triggered, this, &MainWindow::linkSelected);
    m_linkOtherAction = makeAction(this, QStringLiteral("linkOwner"), tr("Link to &Owner…"), QStringLiteral("link"),
                                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
                                   tr("Link the selected account to an owner of the directory, with a reason"));
    connect(m_linkOtherAction, &QAction::triggered, this, [this] {
        if (auto* button = m_detail->findChild<QPushButton*>(QStringLiteral("linkOtherOwner")))
            button->click();
    });
    m_cancelImportAction =
        makeAction(this, QStringLiteral("cancelImports"), tr("Cancel Import&s"), QStringLiteral("cancel"),
                   {QKeySequence(Qt::CTRL | Qt::Key_Period)}, tr("Stop the running import and drop the waiting ones"));
    connect(m_cancelImportAction, &QAction::triggered, m_queue, &ImportQueue::cancel);

    m_shortcutsAction =
        makeAction(this, QStringLiteral("shortcuts"), tr("&Keyboard Shortcuts"), QStringLiteral("keyboard"),
                   {QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    // The platform's key for preferences; Ctrl+, where the platform has none.
    QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (preferencesKeys.isEmpty())
        preferencesKeys = {QKeySequence(Qt::CTRL | Qt::Key_Comma)};
    m_preferencesAction = makeAction(this, QStringLiteral("preferences"), tr("&Preferences…"), {}, preferencesKeys,
                                     tr("Your e-mail as reviewer, the signing key, the rules, stale days and the "
                                        "language"));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    m_aboutAction = makeAction(this, QStringLiteral("about"), tr("&About Rollcall"), QStringLiteral("help"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(m_openEvidenceAction);
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_cancelImportAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);
    rebuildRecentMenu();

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_copyAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addAction(m_clearFiltersAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_accountsAction);
    view->addAction(m_dashboardAction);
    QMenu* saved = view->addMenu(QIcon(QStringLiteral(":/icons/view.svg")), tr("&Saved Views"));
    QList<SavedView> views = defaultSavedViews();
    views.prepend({QStringLiteral("all"), tr("All accounts"), {}, {}});
    for (int i = 0; i < m_viewActions.size() && i < views.size(); ++i) {
        m_viewActions.at(i)->setText(views.at(i).title);
        saved->addAction(m_viewActions.at(i));
    }
    view->addSeparator();
    view->addAction(m_detailAction);
    view->addAction(m_viewsPanelAction);
    view->addAction(m_queueDock->toggleViewAction());
    m_queueDock->toggleViewAction()->setObjectName(QStringLiteral("toggleImportQueue"));
    m_queueDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    view->addAction(m_columnsAction);
    view->addSeparator();
    view->addAction(m_nextPaneAction);
    view->addAction(m_previousPaneAction);
    view->addAction(m_refreshAction);

    QMenu* review = menuBar()->addMenu(tr("&Review"));
    review->addAction(m_reconcileAction);
    review->addAction(m_loadRulesAction);
    review->addSeparator();
    review->addAction(m_linkAction);
    review->addAction(m_linkOtherAction);

    QMenu* campaign = menuBar()->addMenu(tr("&Campaign"));
    campaign->setObjectName(QStringLiteral("campaignMenu"));
    createCampaignActions(campaign);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcutsAction);
    help->addAction(m_aboutAction);
}

QAction* MainWindow::action(const QString& objectName) const
{
    return findChild<QAction*>(objectName);
}

void MainWindow::showAccounts()
{
    if (m_tabs)
        m_tabs->setCurrentIndex(0);
}

void MainWindow::showDashboard()
{
    if (m_tabs)
        m_tabs->setCurrentIndex(1);
}

void MainWindow::focusNextPane(bool forward)
{
    if (!m_store)
        return;
    showAccounts();
    QList<QWidget*> panes;
    if (m_savedViews->isVisible())
        panes.append(m_savedViews->list());
    panes.append(m_filterBar->textEdit());
    panes.append(m_view);
    if (m_detail->isVisible())
        panes.append(m_detail->tabs());
    int current = -1;
    for (int i = 0; i < panes.size(); ++i) {
        QWidget* focus = QApplication::focusWidget();
        if (focus && (focus == panes.at(i) || panes.at(i)->isAncestorOf(focus)))
            current = i;
    }
    const int next = current < 0 ? 0 : int((current + (forward ? 1 : panes.size() - 1)) % panes.size());
    panes.at(next)->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showShortcuts()
{
    if (auto* open = findChild<ShortcutsDialog*>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::entriesOf(menuBar()->actions());
    const QString table = tr("Accounts table");
    entries +=
        {{table, tr("Copy the selected rows"), QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)},
         {table, tr("Sort by a column"), tr("Click its header (again: reversed)")},
         {table, tr("First and last account"), tr("Ctrl+Home, Ctrl+End")},
         {table, tr("Show or hide columns"), tr("Header menu, or Ctrl+Shift+K")},
         {tr("File"), tr("Open a recent workspace"), tr("Alt+F, R, then its number")},
         {tr("Filters"), tr("Next and previous filter"), tr("Tab, Shift+Tab")},
         {tr("Filters"), tr("Choose values of class, privilege, state, recommendation"),
          tr("Space, then Enter on each value")},
         {tr("Filters"), tr("Jump to a filter"), tr("Alt + its underlined letter")},
         {tr("Import"), tr("Import several files at once"), tr("Drop them on the window")},
         {tr("Campaign"),
          tr("Decide on the selected account: R reconcile, C certify, E expire, D remove, A reassign, "
             "N needs info, U undo"),
          tr("The single key, outside a text field")},
         {tr("Campaign"), tr("Decide on several accounts at once (bulk remove and expire ask to confirm the count)"),
          tr("Shift+click or Ctrl+click rows, then the decision's key")},
         {tr("Campaign"), tr("Fill in owner, purpose, dates and justification"),
          tr("Click the field, or Tab from the decision bar")},
         {tr("Campaign"), tr("Show only my undecided accounts"), tr("M (My queue)")}};
    // Not modal: it can stay open as a cheat sheet while working.
    auto* dialog = new ShortcutsDialog(entries, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || !m_store)
        return;
    // The stale days may have changed what the filters and saved views count as stale.
    Rules rules;
    QString error;
    if (RulesLoader::loadForWorkspace(*m_store, {}, rules, error)) {
        applyStaleDays(rules);
        refresh();
    }
}

void MainWindow::updateActions()
{
    const bool open = m_store != nullptr;
    updateCampaignActions();
    m_newAction->setEnabled(!m_busy);
    m_openAction->setEnabled(!m_busy);
    m_recentMenu->setEnabled(!m_busy);
    m_importAction->setEnabled(open && !m_busy);
    m_closeAction->setEnabled(open && !m_busy);
    m_reconcileAction->setEnabled(open && !m_busy);
    m_loadRulesAction->setEnabled(open && !m_busy);
    m_cancelImportAction->setEnabled(m_queue->isRunning());
    for (QAction* action :
         {m_findAction, m_clearFiltersAction, m_copyAction, m_accountsAction, m_dashboardAction, m_columnsAction,
          m_refreshAction, m_linkAction, m_linkOtherAction, m_nextPaneAction, m_previousPaneAction})
        action->setEnabled(open);
    for (QAction* action : std::as_const(m_viewActions))
        action->setEnabled(open);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1360, 820);
    restoreState(settings.value(StateKey).toByteArray());
    m_queueDock->hide(); // shown when imports run
    m_mainSplitter->restoreState(settings.value(MainSplitterKey).toByteArray());
    m_accountsSplitter->restoreState(settings.value(AccountsSplitterKey).toByteArray());
    m_view->restoreColumns(settings.value(ColumnsKey).toByteArray());
    m_tabs->setCurrentIndex(std::clamp(settings.value(TabKey, 0).toInt(), 0, m_tabs->count() - 1));
    m_detailAction->setChecked(settings.value(DetailKey, true).toBool());
    m_viewsPanelAction->setChecked(settings.value(ViewsPanelKey, true).toBool());
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(MainSplitterKey, m_mainSplitter->saveState());
    settings.setValue(AccountsSplitterKey, m_accountsSplitter->saveState());
    settings.setValue(ColumnsKey, m_view->saveColumns());
    settings.setValue(TabKey, m_tabs->currentIndex());
    settings.setValue(DetailKey, m_detailAction->isChecked());
    settings.setValue(ViewsPanelKey, m_viewsPanelAction->isChecked());
}

QStringList MainWindow::recentWorkspaces()
{
    return QSettings().value(RecentKey).toStringList();
}

void MainWindow::addRecent(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentWorkspaces();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecentWorkspaces)
        recent.removeLast();
    QSettings().setValue(RecentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::removeRecent(const QString& path)
{
    QStringList recent = recentWorkspaces();
    if (recent.removeAll(QFileInfo(path).absoluteFilePath()) == 0)
        return;
    QSettings().setValue(RecentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentWorkspaces();
    for (int i = 0; i < recent.size(); ++i) {
        const QString& path = recent.at(i);
        const QFileInfo info(path);
        QAction* action = m_recentMenu->addAction(
            tr("&%1 %2 — %3").arg(i + 1).arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())));
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openWorkspace(path); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this, [this] {
        QSettings().remove(RecentKey);
        // Rebuilt once the menu has closed: this action belongs to it.
        QMetaObject::invokeMethod(this, &MainWindow::rebuildRecentMenu, Qt::QueuedConnection);
    });
}

void MainWindow::about()
{
    MessageBox::information(
        this, tr("About Rollcall"),
        tr("Rollcall %1\n\nAccess review for unmanaged users in developer tools: import a directory export and "
           "the user exports of your tools, reconcile every account to an owner, and review what is left.\n\n"
           "Licensed under the GNU General Public License, version 3 or later.")
            .arg(QStringLiteral(ROLLCALL_VERSION)));
}

void MainWindow::openEvidenceDialog()
{
    const QString dir = FileDialog::getExistingDirectory(this, tr("Open an evidence bundle"));
    if (dir.isEmpty())
        return;
    auto* window = new AuditorWindow(dir);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
}

} // namespace Rollcall
