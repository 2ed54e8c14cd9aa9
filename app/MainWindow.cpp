// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AccountDetails.h"
#include "AccountTableView.h"
#include "CampaignRunner.h"
#include "CampaignView.h"
#include "DashboardView.h"
#include "DecisionBar.h"
#include "DetailPane.h"
#include "FileDialog.h"
#include "FilterBar.h"
#include "ImportDialog.h"
#include "ImportQueue.h"
#include "ImportQueueDialog.h"
#include "MessageBox.h"
#include "Preferences.h"
#include "ReconcileRunner.h"
#include "RulesLoader.h"
#include "SavedViewsPanel.h"
#include "WorkspaceStats.h"
#include "item/AccountFilter.h"
#include "item/AccountTableModel.h"
#include "store/Store.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace Rollcall {

namespace {
const QString Suffix = QStringLiteral(".rollcall");
constexpr int MessageTimeoutMs = 15000;
constexpr int ShortMessageMs = 4000;
constexpr int SelectionDelayMs = 60;

QString workspaceFilter()
{
    return MainWindow::tr("Rollcall workspaces (*.rollcall);;All files (*)");
}

QString startDirectory()
{
    const QStringList recent = MainWindow::recentWorkspaces();
    return recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).absolutePath();
}

QString actorName()
{
    const QString fromEnvironment = qEnvironmentVariable("ROLLCALL_ACTOR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString reviewer = Preferences::load().reviewerEmail;
    if (!reviewer.isEmpty())
        return reviewer;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? MainWindow::tr("unknown") : user;
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_model(new AccountTableModel(this))
    , m_filterBar(new FilterBar)
    , m_view(new AccountTableView)
    , m_detail(new DetailPane)
    , m_dashboard(new DashboardView)
    , m_savedViews(new SavedViewsPanel)
    , m_stack(new QStackedWidget(this))
    , m_counts(new QLabel)
    , m_activity(new QLabel)
    , m_queue(new ImportQueue(this))
    , m_reconcileRunner(new ReconcileRunner(this))
    , m_statsLoader(new WorkspaceStatsLoader(this))
    , m_detailsLoader(new AccountDetailsLoader(this))
    , m_selectionTimer(new QTimer(this))
    , m_stats(std::make_unique<WorkspaceStats>())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Rollcall"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/rollcall.svg")));
    setAcceptDrops(true);

    m_campaignRunner = new CampaignRunner(this);
    m_campaignView = new CampaignView;
    m_view->setModel(m_model);
    m_emptyPage = createEmptyState();
    m_workspacePage = createWorkspacePage();
    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_workspacePage);
    setCentralWidget(m_stack);

    m_counts->setObjectName(QStringLiteral("classCounts"));
    m_counts->setAccessibleName(tr("Accounts per class"));
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_activity->setObjectName(QStringLiteral("activity"));
    m_activity->setAccessibleName(tr("Background work"));
    statusBar()->addWidget(m_counts, 1);
    statusBar()->addPermanentWidget(m_activity);

    m_queueDock = createQueueDock();
    createActions();
    createMenus();

    m_selectionTimer->setSingleShot(true);
    m_selectionTimer->setInterval(SelectionDelayMs);
    connect(m_selectionTimer, &QTimer::timeout, this, &MainWindow::loadSelectedDetails);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::onFilterChanged);
    // The panel shows which view is in force; the status bar keeps the counts.
    connect(m_savedViews, &SavedViewsPanel::viewChosen, this,
            [this](const AccountFilter& filter) { applyFilter(filter); });
    connect(m_dashboard, &DashboardView::filterRequested, this,
            [this](const AccountFilter& filter, const QString& what) {
                applyFilter(filter);
                showAccounts();
                statusBar()->showMessage(tr("Showing %1.").arg(what), ShortMessageMs);
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_model, &AccountTableModel::countKnown, this, &MainWindow::updateStatus);
    connect(m_model, &AccountTableModel::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_model, &AccountTableModel::queryFailed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Cannot read the accounts: %1").arg(message), MessageTimeoutMs);
    });
    connect(m_model, &AccountTableModel::pageLoaded, this, [this] {
        if (m_pendingDetails == -1)
            loadSelectedDetails();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentRowChanged);
    connect(m_statsLoader, &WorkspaceStatsLoader::finished, this, &MainWindow::onStats);
    connect(m_statsLoader, &WorkspaceStatsLoader::failed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Cannot count the accounts: %1").arg(message), MessageTimeoutMs);
    });
    connect(m_detailsLoader, &AccountDetailsLoader::detailsLoaded, this, &MainWindow::onDetails);
    connect(m_detailsLoader, &AccountDetailsLoader::traceLoaded, m_detail, &DetailPane::showTrace);
    connect(m_detailsLoader, &AccountDetailsLoader::traceDeferred, m_detail, &DetailPane::showTraceDeferred);
    connect(m_detail, &DetailPane::traceRequested, m_detailsLoader, &AccountDetailsLoader::loadTrace);
    connect(m_detailsLoader, &AccountDetailsLoader::failed, m_detail, &DetailPane::showError);
    connect(m_detailsLoader, &AccountDetailsLoader::linked, this, &MainWindow::onLinked);
    connect(m_detail, &DetailPane::linkRequested, this,
            [this](qint64 accountId, const QString& owner, const QString& reason) {
                m_detailsLoader->link(accountId, owner, reason, actorName());
                statusBar()->showMessage(tr("Linking to %1…").arg(owner));
            });
    connect(m_queue, &ImportQueue::itemFinished, this, &MainWindow::onImportItemFinished);
    connect(m_queue, &ImportQueue::finished, this, &MainWindow::onQueueFinished);
    connect(m_queue, &ImportQueue::progress, m_queueProgress, &QProgressBar::setValue);
    connect(m_queue, &ImportQueue::started, this, [this](const ImportRequest& request) {
        m_queueProgress->setValue(0);
        statusBar()->showMessage(tr("Importing %1…").arg(QFileInfo(request.path).fileName()));
    });
    connect(m_reconcileRunner, &ReconcileRunner::finished, this, &MainWindow::onReconcileFinished);

    restoreSettings();
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Workers first: they hold connections of their own to the workspace.
    m_model->setWorkspace({});
}

QWidget* MainWindow::createEmptyState()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("emptyState"));
    auto* title = new QLabel(tr("No workspace is open"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto* text = new QLabel(tr("A workspace holds one access review: the directory export, the tool exports and "
                               "what reconciling them found.\nCreate a workspace for a new review, or open one."));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    auto* newButton = new QPushButton(QIcon(QStringLiteral(":/icons/new.svg")), tr("&New Workspace…"));
    auto* openButton = new QPushButton(QIcon(QStringLiteral(":/icons/open.svg")), tr("&Open Workspace…"));
    connect(newButton, &QPushButton::clicked, this, &MainWindow::newWorkspace);
    connect(openButton, &QPushButton::clicked, this, &MainWindow::openWorkspaceDialog);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return page;
}

QWidget* MainWindow::createWorkspacePage()
{
    auto* accounts = new QWidget;
    accounts->setObjectName(QStringLiteral("accountsPage"));
    m_accountsSplitter = new QSplitter(Qt::Horizontal);
    m_accountsSplitter->setObjectName(QStringLiteral("accountsSplitter"));
    m_accountsSplitter->addWidget(m_view);
    m_accountsSplitter->addWidget(m_detail);
    m_accountsSplitter->setStretchFactor(0, 1);
    m_accountsSplitter->setStretchFactor(1, 0);
    m_accountsSplitter->setSizes({780, 420});
    m_accountsSplitter->setChildrenCollapsible(false);
    auto* accountsLayout = new QVBoxLayout(accounts);
    accountsLayout->setContentsMargins(6, 6, 6, 0);
    m_campaignBar = createCampaignBar();
    accountsLayout->addWidget(m_campaignBar);
    accountsLayout->addWidget(m_filterBar);
    accountsLayout->addWidget(m_accountsSplitter, 1);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addTab(accounts, QIcon(QStringLiteral(":/icons/accounts.svg")), tr("Accounts"));
    m_tabs->addTab(m_dashboard, QIcon(QStringLiteral(":/icons/dashboard.svg")), tr("Dashboard"));
    m_tabs->addTab(m_campaignView, QIcon(QStringLiteral(":/icons/reconcile.svg")), tr("Campaign"));
    m_tabs->setDocumentMode(true);

    m_mainSplitter = new QSplitter(Qt::Horizontal);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_savedViews);
    m_mainSplitter->addWidget(m_tabs);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({220, 1060});
    return m_mainSplitter;
}

QDockWidget* MainWindow::createQueueDock()
{
    auto* dock = new QDockWidget(tr("Import Queue"), this);
    dock->setObjectName(QStringLiteral("importQueueDock"));
    dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    auto* panel = new QWidget;
    m_queueList = new QListView;
    m_queueList->setObjectName(QStringLiteral("importQueueList"));
    m_queueList->setAccessibleName(tr("Imports"));
    m_queueList->setModel(m_queue->model());
    m_queueList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queueProgress = new QProgressBar;
    m_queueProgress->setObjectName(QStringLiteral("importProgress"));
    m_queueProgress->setAccessibleName(tr("Progress of the running import"));
    m_queueProgress->setRange(0, 100);
    m_queueCancel = new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("&Cancel Imports"));
    m_queueCancel->setObjectName(QStringLiteral("cancelImports"));
    m_queueCancel->setToolTip(tr("Stop the running import (nothing of it is kept) and drop the waiting ones (Esc "
                                 "in the queue)"));
    connect(m_queueCancel, &QPushButton::clicked, m_queue, &ImportQueue::cancel);
    auto* row = new QHBoxLayout;
    row->addWidget(m_queueProgress, 1);
    row->addWidget(m_queueCancel);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 2, 6, 6);
    layout->addWidget(m_queueList, 1);
    layout->addLayout(row);
    dock->setWidget(panel);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    return dock;
}

QString MainWindow::workspacePath() const
{
    return m_store ? m_store->path() : QString();
}

bool MainWindow::openWorkspace(const QString& path)
{
    if (isBusy() || m_opening)
        return false;
    if (!QFileInfo::exists(path)) {
        removeRecent(path);
        MessageBox::critical(this, tr("Cannot Open Workspace"), tr("%1: no such file").arg(path));
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Opening migrates an older workspace forward, which can take a while on a large one: it
    // happens on a worker while the window keeps painting.
    m_opening = true;
    m_activity->setText(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    QString error;
    QThread* opener = QThread::create([absolute, &error] {
        Store store;
        if (!store.open(absolute, Store::OpenMode::ExistingOnly))
            error = store.errorString();
    });
    QEventLoop loop;
    connect(opener, &QThread::finished, &loop, &QEventLoop::quit);
    opener->start();
    if (!opener->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    opener->wait();
    delete opener;
    m_opening = false;
    m_activity->clear();
    auto store = std::make_unique<Store>();
    if (!error.isEmpty() || !store->open(absolute, Store::OpenMode::ExistingOnly)) {
        MessageBox::critical(this, tr("Cannot Open Workspace"), error.isEmpty() ? store->errorString() : error);
        return false;
    }
    return setStore(std::move(store));
}

bool MainWindow::createWorkspace(const QString& path)
{
    if (isBusy())
        return false;
    if (QFileInfo::exists(path)) {
        MessageBox::critical(
            this, tr("Cannot Create Workspace"),
            tr("%1 already exists; open it with File ▸ Open Workspace, or choose a new name.").arg(path));
        return false;
    }
    auto store = std::make_unique<Store>();
    if (!store->open(QFileInfo(path).absoluteFilePath(), Store::OpenMode::CreateIfMissing)) {
        MessageBox::critical(this, tr("Cannot Create Workspace"), store->errorString());
        return false;
    }
    return setStore(std::move(store));
}

bool MainWindow::setStore(std::unique_ptr<Store> store)
{
    m_model->setWorkspace({});
    m_store = std::move(store);
    const QString path = m_store->path();
    // The window's own connection runs small queries only; the workers have theirs.
    QSqlQuery(m_store->database()).exec(QStringLiteral("PRAGMA cache_size = -4096"));

    Rules rules;
    QString error;
    if (RulesLoader::loadForWorkspace(*m_store, {}, rules, error))
        m_staleAfterDays = Preferences::load().staleDaysFor(rules.staleAfterDaysSet, rules.staleAfterDays);
    m_filterBar->setStaleAfterDays(m_staleAfterDays);
    m_filterBar->clear();
    m_filterBar->setTools(currentTools(m_store->database()));
    m_savedViews->setViews(defaultSavedViews(m_staleAfterDays));
    m_savedViews->clearCounts();
    m_savedViews->setCurrentFilter(m_filterBar->filter());
    m_model->setFilter(m_filterBar->filter());
    m_view->fitColumnsOnNextData();
    m_model->setWorkspace(path);
    m_queue->setWorkspace(path);
    m_detailsLoader->setWorkspace(path);
    m_campaignRunner->setWorkspace(path); // drops what was on its way for the previous workspace
    m_campaignsLoading = m_campaignsAgain = false;
    m_activeCampaign = {};
    m_detail->decisionBar()->setBusy(false);
    m_detail->clear();
    *m_stats = {};
    m_dashboard->clear();
    m_statsLoader->start(path, m_staleAfterDays);
    loadCampaigns();

    m_stack->setCurrentWidget(m_workspacePage);
    setWindowTitle(tr("%1 — Rollcall").arg(QFileInfo(path).fileName()));
    addRecent(path);
    statusBar()->clearMessage();
    updateActions();
    updateStatus();
    return true;
}

void MainWindow::closeWorkspace()
{
    if (isBusy())
        return;
    m_model->setWorkspace({});
    m_queue->setWorkspace({});
    m_detailsLoader->setWorkspace({});
    m_campaignRunner->setWorkspace({});
    m_campaignsLoading = m_campaignsAgain = false;
    m_activeCampaign = {};
    m_detail->decisionBar()->setBusy(false);
    m_campaigns.clear();
    m_campaignView->clear();
    m_statsLoader->cancel();
    m_store.reset();
    *m_stats = {};
    m_filterBar->clear();
    m_filterBar->setTools({});
    m_detail->clear();
    m_dashboard->clear();
    m_stack->setCurrentWidget(m_emptyPage);
    setWindowTitle(tr("Rollcall"));
    updateActions();
    updateStatus();
}

void MainWindow::newWorkspace()
{
    QString path = FileDialog::getSaveFileName(this, tr("New Workspace"), startDirectory(), workspaceFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += Suffix;
    createWorkspace(path);
}

void MainWindow::openWorkspaceDialog()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Open Workspace"), startDirectory(), workspaceFilter());
    if (!path.isEmpty())
        openWorkspace(path);
}

QMap<QString, QString> MainWindow::toolFormats() const
{
    QMap<QString, QString> formats;
    if (!m_store)
        return formats;
    QSqlQuery q(m_store->database());
    if (q.exec(QStringLiteral("SELECT tool, format FROM current_snapshot WHERE source_kind = 'tool'"))) {
        while (q.next())
            formats.insert(q.value(0).toString(), q.value(1).toString());
    }
    return formats;
}

void MainWindow::importFile()
{
    if (!m_store || isBusy())
        return;
    ImportDialog dialog(this);
    dialog.setKnownTools(currentTools(m_store->database()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    startImport(dialog.request());
}

bool MainWindow::importFiles(const QStringList& paths)
{
    if (!m_store || isBusy() || paths.isEmpty())
        return false;
    ImportQueueDialog dialog(paths, toolFormats(), this);
    if (ImportQueueDialog::run(dialog) != QDialog::Accepted)
        return false;
    return startImports(dialog.requests());
}

bool MainWindow::startImport(const ImportRequest& request)
{
    return startImports({request});
}

bool MainWindow::startImports(const QList<ImportRequest>& requests)
{
    if (!m_store || isBusy() || requests.isEmpty())
        return false;
    m_importMessage.clear();
    if (!m_queue->enqueue(requests))
        return false;
    setBusy(true);
    m_queueDock->show();
    m_queueCancel->setEnabled(true);
    return true;
}

void MainWindow::onImportItemFinished()
{
    // Each file shows in the queue panel; the window refreshes once the batch is done.
}

void MainWindow::onQueueFinished()
{
    m_queueCancel->setEnabled(false);
    m_queueProgress->setValue(m_queueProgress->maximum());
    const QList<ImportQueue::Item> batch = m_queue->batch();
    QStringList messages;
    QStringList warnings;
    QStringList errors;
    bool cancelled = false;
    bool changed = false;
    for (const ImportQueue::Item& item : batch) {
        const QString name = QFileInfo(item.request.path).fileName();
        const QString what = item.request.tool == QLatin1String("directory") ? tr("the directory") : item.request.tool;
        switch (item.state) {
        case ImportQueue::State::Imported:
            changed = true;
            messages.append(tr("Imported %1 into %2 (rows: %3).").arg(name, what).arg(item.result.rows));
            break;
        case ImportQueue::State::AlreadyImported:
            messages.append(tr("%1 was already imported into %2; nothing changed.").arg(name, what));
            break;
        case ImportQueue::State::Failed:
            errors.append(item.result.error);
            break;
        case ImportQueue::State::Cancelled:
            cancelled = true;
            break;
        default:
            break;
        }
        for (const QString& w : item.result.warnings)
            warnings.append(tr("%1: %2").arg(name, w));
    }
    if (cancelled) {
        messages.append(batch.size() == 1 ? tr("Import of %1 cancelled; nothing was imported.")
                                                .arg(QFileInfo(batch.first().request.path).fileName())
                                          : tr("Imports cancelled; the cancelled files were not imported."));
    }
    const QString message = messages.join(QLatin1Char(' '));
    statusBar()->showMessage(message, MessageTimeoutMs);
    if (!errors.isEmpty())
        MessageBox::critical(this, tr("Import Failed"), errors.join(QStringLiteral("\n\n")));
    if (!warnings.isEmpty())
        MessageBox::warning(this, tr("Import Warnings"), tr("%1\n\n%2").arg(message, warnings.join(QLatin1Char('\n'))));
    refresh();

    // Accounts mean something once they are reconciled against a directory: do it now when the
    // workspace has both, and the imports changed something or left accounts unclassified.
    bool hasDirectory = false;
    bool hasTool = false;
    for (const SnapshotInfo& snapshot : m_store->snapshots()) {
        hasDirectory = hasDirectory || snapshot.kind == SourceKind::Directory;
        hasTool = hasTool || snapshot.kind == SourceKind::Tool;
    }
    const bool needed = changed || !m_stats->valid || m_stats->unreconciled > 0;
    if (hasDirectory && hasTool && needed && !message.isEmpty() && startReconcile({})) {
        m_importMessage = message;
        statusBar()->showMessage(tr("%1 Reconciling…").arg(message));
        return;
    }
    setBusy(false);
}

void MainWindow::reconcile()
{
    if (m_store && !isBusy() && startReconcile({}))
        statusBar()->showMessage(tr("Reconciling…"));
}

void MainWindow::loadRules()
{
    if (!m_store || isBusy())
        return;
    const QString path = FileDialog::getOpenFileName(this, tr("Load Rules"), QFileInfo(m_store->path()).absolutePath(),
                                                     tr("Rules (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty() && startReconcile(path))
        statusBar()->showMessage(tr("Loading the rules of %1 and reconciling…").arg(QFileInfo(path).fileName()));
}

bool MainWindow::startReconcile(const QString& rulesPath)
{
    // Without rules chosen now, the rules file of the preferences, else the workspace's own.
    const QString preferred = Preferences::load().rulesFile;
    if (!m_reconcileRunner->start(m_store->path(), rulesPath.isEmpty() ? preferred : rulesPath))
        return false;
    setBusy(true);
    m_activity->setText(tr("Reconciling…"));
    return true;
}

void MainWindow::onReconcileFinished(const ReconcileOutcome& outcome)
{
    m_activity->clear();
    setBusy(false);
    if (!outcome.ok) {
        m_importMessage.clear();
        statusBar()->clearMessage();
        MessageBox::critical(this, tr("Reconcile Failed"), outcome.error);
        return;
    }
    const ReconcileReport& report = outcome.report;
    const QString reconciled = tr("Reconciled. Accounts: %1, identities: %2, newly classified: %3, changed class: %4.")
                                   .arg(report.accounts)
                                   .arg(report.identities)
                                   .arg(report.firstClassified)
                                   .arg(report.changedClass);
    statusBar()->showMessage(m_importMessage.isEmpty() ? reconciled : tr("%1 %2").arg(m_importMessage, reconciled),
                             MessageTimeoutMs);
    m_importMessage.clear();
    // New rules may have changed what "stale" means.
    Rules rules;
    QString error;
    if (RulesLoader::loadForWorkspace(*m_store, {}, rules, error))
        applyStaleDays(rules);
    refresh();
}

void MainWindow::applyStaleDays(const Rules& rules)
{
    const int days = Preferences::load().staleDaysFor(rules.staleAfterDaysSet, rules.staleAfterDays);
    if (days == m_staleAfterDays)
        return;
    m_staleAfterDays = days;
    m_savedViews->setViews(defaultSavedViews(m_staleAfterDays));
    m_filterBar->setStaleAfterDays(m_staleAfterDays);
}

void MainWindow::refresh()
{
    if (!m_store)
        return;
    m_detailsLoader->invalidate();
    // setTools() emits filterChanged when the chosen tool went away, which queries anew.
    m_filterBar->setTools(currentTools(m_store->database()));
    m_model->refresh();
    m_statsLoader->start(m_store->path(), m_staleAfterDays);
    if (m_detail->accountId())
        m_detailsLoader->load(m_detail->accountId());
    loadCampaigns();
}

void MainWindow::applyFilter(const AccountFilter& filter)
{
    AccountFilter f = filter;
    f.staleAfterDays = m_staleAfterDays;
    m_filterBar->setFilter(f);
}

void MainWindow::onFilterChanged(const AccountFilter& filter)
{
    m_model->setFilter(filter);
    m_savedViews->setCurrentFilter(filter);
    const bool queue = filter.usesCampaign() && filter.undecided && !filter.reviewer.isEmpty();
    {
        const QSignalBlocker blocker(m_myQueue);
        m_myQueue->setChecked(queue);
    }
    m_myQueueAction->setChecked(queue);
    updateStatus();
}

void MainWindow::onStats(const WorkspaceStats& stats)
{
    *m_stats = stats;
    m_savedViews->setCounts(stats.viewCounts, stats.total);
    m_dashboard->setStats(stats);
    updateStatus();
    Q_EMIT statsUpdated();
}

bool MainWindow::statsReady() const
{
    return m_stats->valid && !m_statsLoader->isRunning();
}

void MainWindow::onCurrentRowChanged()
{
    m_selectionTimer->start();
}

void MainWindow::loadSelectedDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_pendingDetails = 0;
        return;
    }
    const qint64 id = m_model->accountIdAt(current);
    if (id == 0) {
        m_pendingDetails = -1; // its page is on the way
        return;
    }
    m_pendingDetails = 0;
    if (id == m_detail->accountId())
        return;
    m_detail->setLoading(id);
    m_detailsLoader->load(id);
}

void MainWindow::onDetails(const AccountDetails& details)
{
    if (details.id != m_detail->accountId())
        return;
    m_detail->showDetails(details);
    m_detailTool = details.tool;
    m_detailKey = details.accountKey;
    loadCampaignItem();
}

void MainWindow::onLinked(qint64 accountId, bool ok, const QString& message)
{
    if (!ok) {
        statusBar()->clearMessage();
        MessageBox::critical(this, tr("Cannot Link"), message);
        return;
    }
    statusBar()->showMessage(message, MessageTimeoutMs);
    m_model->refresh();
    m_statsLoader->start(m_store->path(), m_staleAfterDays);
    if (accountId == m_detail->accountId())
        m_detailsLoader->load(accountId);
}

void MainWindow::linkSelected()
{
    if (!m_detail->accountId())
        return;
    const QString owner = m_detail->firstSuggestion();
    if (owner.isEmpty()) {
        statusBar()->showMessage(tr("No owner is suggested for this account; use Review ▸ Link to Owner."),
                                 MessageTimeoutMs);
        return;
    }
    m_detail->requestLink(owner);
}

QString MainWindow::statusText() const
{
    return m_counts->text();
}

void MainWindow::updateStatus()
{
    if (!m_store) {
        m_counts->setText(tr("No workspace open"));
        m_activity->clear();
        return;
    }
    if (m_stats->valid && m_stats->total == 0 && !m_model->isLoading()) {
        m_counts->setText(tr("No accounts yet: import a directory export and tool exports with File ▸ Import…, or "
                             "drop the files on the window"));
        return;
    }
    const bool filtered = !m_model->filter().isEmpty();
    if (m_model->isLoading() && m_model->rowCount() == 0) {
        m_counts->setText(tr("Loading accounts…"));
        return;
    }
    QStringList parts;
    const QLocale locale;
    if (!m_model->isCountKnown()) {
        parts.append(tr("Accounts: counting… (first %1 shown)").arg(locale.toString(m_model->rowCount())));
    } else if (!filtered || !m_stats->valid) {
        parts.append(tr("Accounts: %1").arg(m_model->rowCount()));
    } else {
        parts.append(tr("Accounts: %1 of %2").arg(m_model->rowCount()).arg(m_stats->total));
    }
    if (m_model->isCountKnown()) {
        const QMap<QString, qint64>& perClass = m_model->classCounts();
        for (AccountClass c : allAccountClasses()) {
            const QString name = accountClassName(c);
            if (const qint64 n = perClass.value(name))
                parts.append(tr("%1 %2").arg(accountClassTitle(name)).arg(n));
        }
    }
    if (m_stats->valid && m_stats->unreconciled > 0)
        parts.append(tr("%1 not reconciled (Review ▸ Reconcile)").arg(m_stats->unreconciled));
    m_counts->setText(parts.join(QStringLiteral(" · ")));
    if (!m_busy)
        m_activity->setText(m_model->isLoading() ? tr("Searching…") : QString());
}

bool MainWindow::isBusy() const
{
    return m_busy;
}

void MainWindow::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    updateActions();
    Q_EMIT busyChanged(busy);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_store || isBusy() || !event->mimeData()->hasUrls())
        return;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (!url.isLocalFile() || !QFileInfo(url.toLocalFile()).isFile())
            return;
    }
    event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        paths.append(url.toLocalFile());
    event->acceptProposedAction();
    // After the drop returns: the confirmation dialog is modal.
    QMetaObject::invokeMethod(
        this, [this, paths] { importFiles(paths); }, Qt::QueuedConnection);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // A running import is cancelled (and rolled back) and a reconcile finishes: the runners'
    // destructors wait for their threads.
    m_queue->cancel();
    saveSettings();
    event->accept();
}

} // namespace Rollcall
