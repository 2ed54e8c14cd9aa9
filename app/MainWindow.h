// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QProgressDialog;
class QStackedWidget;

namespace Rollcall {

class AccountTableModel;
class AccountTableView;
class FilterBar;
class ImportRunner;
class ReconcileRunner;
class Store;
struct AccountFilter;
struct ImportRequest;
struct ImportResult;
struct ReconcileOutcome;

// One workspace at a time: the filter bar over the accounts table, counts per class in the status
// bar. Imports and reconcile runs go to worker threads; the window refreshes when they finish.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int MaxRecentWorkspaces = 8;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Both report failures in a message box and return false.
    bool openWorkspace(const QString& path);
    bool createWorkspace(const QString& path);
    void closeWorkspace();
    QString workspacePath() const;

    // What the import dialog does on OK: imports on a worker, with a progress dialog, then
    // reconciles when the workspace has a directory and a tool.
    bool startImport(const ImportRequest& request);
    // True while an import or a reconcile runs.
    bool isBusy() const;

    AccountTableModel* accountModel() const { return m_model; }
    FilterBar* filterBar() const { return m_filterBar; }
    AccountTableView* accountView() const { return m_view; }
    // The counts in the status bar.
    QString statusText() const;

    static QStringList recentWorkspaces();

public Q_SLOTS:
    void newWorkspace();
    void openWorkspaceDialog();
    void importFile();
    void reconcile();
    void loadRules();
    void about();

Q_SIGNALS:
    void busyChanged(bool busy);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    QWidget* createEmptyState();
    bool setStore(std::unique_ptr<Store> store);
    bool startReconcile(const QString& rulesPath);
    void onFilterChanged(const AccountFilter& filter);
    void onImportFinished(const ImportResult& result);
    void onReconcileFinished(const ReconcileOutcome& outcome);
    void refresh();
    void updateStatus();
    void updateActions();
    void setBusy(bool busy);
    void addRecent(const QString& path);
    void removeRecent(const QString& path);
    void rebuildRecentMenu();

    std::unique_ptr<Store> m_store;
    AccountTableModel* m_model;
    FilterBar* m_filterBar;
    AccountTableView* m_view;
    QStackedWidget* m_stack;
    QWidget* m_emptyPage;
    QWidget* m_accountsPage;
    QLabel* m_counts;
    ImportRunner* m_importRunner;
    ReconcileRunner* m_reconcileRunner;
    QProgressDialog* m_progress = nullptr;
    QString m_importFileName;
    QString m_importTool;
    QString m_importMessage; // shown with the reconcile run that follows an import
    bool m_busy = false;
    bool m_importCancelled = false;

    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_reconcileAction = nullptr;
    QAction* m_loadRulesAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QMenu* m_recentMenu = nullptr;
};

} // namespace Rollcall
