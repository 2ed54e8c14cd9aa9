// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/Campaign.h"
#include "campaign/Decision.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QDockWidget;
class QLabel;
class QListView;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace Rollcall {

class AccountDetailsLoader;
class AccountTableModel;
class AccountTableView;
class CampaignRunner;
class CampaignView;
class DashboardView;
class DetailPane;
class FilterBar;
class ImportQueue;
class ReconcileRunner;
class SavedViewsPanel;
class Store;
class WorkspaceStatsLoader;
struct AccountDetails;
struct AccountFilter;
struct ImportRequest;
struct ReconcileOutcome;
struct Rules;
struct Verdict;
struct WorkspaceStats;

// One workspace at a time: the saved views on the left; the accounts (filter bar, paged table,
// detail pane) and the dashboard in tabs; counts in the status bar. Everything that can take
// long — queries, counts, imports, reconcile runs, traces, links — runs on worker threads; the
// window updates when they report.
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

    // Queues imports (the import dialog's, dropped files): one after the other on a worker, with
    // the queue panel showing progress and a cancel; then reconciles when the workspace has a
    // directory and a tool.
    bool startImport(const ImportRequest& request);
    bool startImports(const QList<ImportRequest>& requests);
    // What dropping these files does: confirm formats and tool instances, then queue them.
    bool importFiles(const QStringList& paths);
    // True while an import or a reconcile runs.
    bool isBusy() const;

    AccountTableModel* accountModel() const { return m_model; }
    FilterBar* filterBar() const { return m_filterBar; }
    AccountTableView* accountView() const { return m_view; }
    DetailPane* detailPane() const { return m_detail; }
    DashboardView* dashboard() const { return m_dashboard; }
    SavedViewsPanel* savedViews() const { return m_savedViews; }
    ImportQueue* importQueue() const { return m_queue; }
    QTabWidget* tabs() const { return m_tabs; }
    // The counts in the status bar.
    QString statusText() const;
    bool statsReady() const;
    // The window's actions by object name, for tests and the shortcuts dialog.
    QAction* action(const QString& objectName) const;

    static QStringList recentWorkspaces();

    // Review campaigns (MainWindowCampaign.cpp).
    static const QString ReviewerKey; // QSettings: the reviewer's e-mail decisions are recorded with
    CampaignView* campaignView() const { return m_campaignView; }
    CampaignRunner* campaignRunner() const { return m_campaignRunner; }
    QComboBox* campaignCombo() const { return m_campaignCombo; }
    QCheckBox* myQueueCheck() const { return m_myQueue; }
    QString activeCampaign() const { return m_activeCampaign.name; }
    // The reviewer decisions are recorded as; with `ask`, asks once (InputDialog) when none is set.
    QString reviewerEmail(bool ask);
    // Records `kind` for the selected rows (one: a decision; several: in bulk, after a confirmation of
    // the count for removals and expiries) with the decision bar's fields.
    void decide(DecisionKind kind);
    // True while campaign work (a decision, the progress, an account's state) is on its way.
    bool isCampaignBusy() const;

public Q_SLOTS:
    void newWorkspace();
    void openWorkspaceDialog();
    // Asks for an evidence bundle's folder and opens it in an auditor window, read-only.
    void openEvidenceDialog();
    void importFile();
    void reconcile();
    void loadRules();
    void about();
    void showShortcuts();
    // Edit ▸ Preferences; what changed applies at once, except the language (next start).
    void showPreferences();
    void showAccounts();
    void showDashboard();
    void showCampaign();
    void startCampaign();
    void closeCampaign();
    // Campaign ▸ Write Evidence…: the active campaign's signed bundle (interim while it is open), with
    // the signing key of Edit ▸ Preferences, into a new folder in the one chosen.
    void writeEvidence();
    void writeEvidenceOf(const QString& campaign, bool closed);
    void setMyQueue(bool on);
    void changeReviewer();
    void refresh();
    // Links the selected account to its first suggested owner, asking for a reason.
    void linkSelected();

Q_SIGNALS:
    void busyChanged(bool busy);
    void statsUpdated();
    // A decision or a batch was recorded or refused (the decision bar says which).
    void decisionsFinished(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    QWidget* createEmptyState();
    QWidget* createWorkspacePage();
    QDockWidget* createQueueDock();
    void restoreSettings();
    void saveSettings();
    bool setStore(std::unique_ptr<Store> store);
    bool startReconcile(const QString& rulesPath);
    void applyFilter(const AccountFilter& filter);
    void onFilterChanged(const AccountFilter& filter);
    void onImportItemFinished();
    void onQueueFinished();
    void onReconcileFinished(const ReconcileOutcome& outcome);
    void onStats(const WorkspaceStats& stats);
    void onCurrentRowChanged();
    void loadSelectedDetails();
    void onDetails(const AccountDetails& details);
    void onLinked(qint64 accountId, bool ok, const QString& message);
    void focusNextPane(bool forward);
    void updateStatus();
    void updateActions();
    void setBusy(bool busy);
    // What the window counts as stale: the rules' stale_after_days, else the preference.
    void applyStaleDays(const Rules& rules);
    void addRecent(const QString& path);
    void removeRecent(const QString& path);
    void rebuildRecentMenu();
    QMap<QString, QString> toolFormats() const;
    QWidget* createCampaignBar();
    void createCampaignActions(QMenu* menu);
    void loadCampaigns(const QString& preferred = {});
    void setActiveCampaign(const QString& name);
    void loadCampaignItem();
    void onSelectionChanged();
    void recordDecisions(const QList<DecisionRequest>& requests, bool bulk);
    void commitPlan(const BatchPlan& plan, qint64 confirmed);
    void afterDecisions(bool ok, const QString& message);
    void updateCampaignActions();

    std::unique_ptr<Store> m_store;
    AccountTableModel* m_model;
    FilterBar* m_filterBar;
    AccountTableView* m_view;
    DetailPane* m_detail;
    DashboardView* m_dashboard;
    SavedViewsPanel* m_savedViews;
    QTabWidget* m_tabs = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    QSplitter* m_accountsSplitter = nullptr;
    QStackedWidget* m_stack;
    QWidget* m_emptyPage = nullptr;
    QWidget* m_workspacePage = nullptr;
    QLabel* m_counts;
    QLabel* m_activity;
    QDockWidget* m_queueDock = nullptr;
    QListView* m_queueList = nullptr;
    QProgressBar* m_queueProgress = nullptr;
    QPushButton* m_queueCancel = nullptr;
    ImportQueue* m_queue;
    ReconcileRunner* m_reconcileRunner;
    WorkspaceStatsLoader* m_statsLoader;
    AccountDetailsLoader* m_detailsLoader;
    QTimer* m_selectionTimer;
    std::unique_ptr<WorkspaceStats> m_stats;
    int m_staleAfterDays = 90;
    QString m_importMessage; // shown with the reconcile run that follows an import
    bool m_busy = false;
    bool m_opening = false;
    qint64 m_pendingDetails = 0;

    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_openEvidenceAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_clearFiltersAction = nullptr;
    QAction* m_accountsAction = nullptr;
    QAction* m_dashboardAction = nullptr;
    QAction* m_detailAction = nullptr;
    QAction* m_viewsPanelAction = nullptr;
    QAction* m_columnsAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_nextPaneAction = nullptr;
    QAction* m_previousPaneAction = nullptr;
    QAction* m_reconcileAction = nullptr;
    QAction* m_loadRulesAction = nullptr;
    QAction* m_linkAction = nullptr;
    QAction* m_linkOtherAction = nullptr;
    QAction* m_cancelImportAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QList<QAction*> m_viewActions;

    CampaignRunner* m_campaignRunner = nullptr;
    CampaignView* m_campaignView = nullptr;
    QWidget* m_campaignBar = nullptr;
    QComboBox* m_campaignCombo = nullptr;
    QCheckBox* m_myQueue = nullptr;
    QLabel* m_campaignProgress = nullptr;
    CampaignInfo m_activeCampaign;
    bool m_campaignsLoading = false; // a loadCampaigns() job is on its way
    bool m_campaignsAgain = false;   // and another was asked for meanwhile
    QString m_campaignsWanted;
    QList<CampaignInfo> m_campaigns;
    QString m_detailTool; // the account the detail pane shows
    QString m_detailKey;
    QAction* m_campaignAction = nullptr;
    QAction* m_myQueueAction = nullptr;
    QAction* m_startCampaignAction = nullptr;
    QAction* m_closeCampaignAction = nullptr;
    QAction* m_writeEvidenceAction = nullptr;
    QAction* m_reviewerAction = nullptr;
    QList<QAction*> m_decisionActions;
    QMenu* m_recentMenu = nullptr;
};

} // namespace Rollcall
