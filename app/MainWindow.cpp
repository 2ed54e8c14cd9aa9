// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AccountTableView.h"
#include "FileDialog.h"
#include "FilterBar.h"
#include "ImportDialog.h"
#include "ImportRunner.h"
#include "MessageBox.h"
#include "ReconcileRunner.h"
#include "item/AccountFilter.h"
#include "item/AccountTableModel.h"
#include "store/Store.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Rollcall {

namespace {
const QString RecentKey = QStringLiteral("recentWorkspaces");
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString Suffix = QStringLiteral(".rollcall");
constexpr int MessageTimeoutMs = 15000;

QString workspaceFilter()
{
    return MainWindow::tr("Rollcall workspaces (*.rollcall);;All files (*)");
}

QString startDirectory()
{
    const QStringList recent = MainWindow::recentWorkspaces();
    return recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).absolutePath();
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_model(new AccountTableModel(this))
    , m_filterBar(new FilterBar)
    , m_view(new AccountTableView)
    , m_stack(new QStackedWidget(this))
    , m_counts(new QLabel)
    , m_importRunner(new ImportRunner(this))
    , m_reconcileRunner(new ReconcileRunner(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Rollcall"));

    m_view->setModel(m_model);
    m_accountsPage = new QWidget;
    auto* accountsLayout = new QVBoxLayout(m_accountsPage);
    accountsLayout->setContentsMargins(6, 6, 6, 0);
    accountsLayout->addWidget(m_filterBar);
    accountsLayout->addWidget(m_view, 1);
    m_emptyPage = createEmptyState();
    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_accountsPage);
    setCentralWidget(m_stack);

    m_counts->setObjectName(QStringLiteral("classCounts"));
    m_counts->setAccessibleName(tr("Accounts per class"));
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_counts, 1);

    createActions();
    createMenus();

    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::onFilterChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_importRunner, &ImportRunner::finished, this, &MainWindow::onImportFinished);
    connect(m_reconcileRunner, &ReconcileRunner::finished, this, &MainWindow::onReconcileFinished);

    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1280, 780);
    restoreState(settings.value(StateKey).toByteArray());

    updateActions();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // The model reads through the store's connection: detach it before the store goes.
    m_model->setConnectionName({});
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
    auto* newButton = new QPushButton(tr("&New Workspace…"));
    auto* openButton = new QPushButton(tr("&Open Workspace…"));
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

void MainWindow::createActions()
{
    m_newAction = new QAction(tr("&New Workspace…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Create a workspace file for a new review"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspace);

    m_openAction = new QAction(tr("&Open Workspace…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a workspace file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWorkspaceDialog);

    m_importAction = new QAction(tr("&Import…"), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import a directory export or a tool export into the workspace"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importFile);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_reconcileAction = new QAction(tr("&Reconcile"), this);
    m_reconcileAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_reconcileAction->setStatusTip(tr("Link every account to an identity of the directory and classify it"));
    connect(m_reconcileAction, &QAction::triggered, this, &MainWindow::reconcile);

    m_loadRulesAction = new QAction(tr("Load &Rules and Reconcile…"), this);
    m_loadRulesAction->setStatusTip(tr("Read the organisation's rules (rollcall.yaml), keep them in the workspace "
                                       "and reconcile with them"));
    connect(m_loadRulesAction, &QAction::triggered, this, &MainWindow::loadRules);

    m_findAction = new QAction(tr("&Find"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setStatusTip(tr("Search the accounts"));
    connect(m_findAction, &QAction::triggered, m_filterBar, &FilterBar::focusText);

    m_aboutAction = new QAction(tr("&About Rollcall"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(m_importAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    rebuildRecentMenu();

    QMenu* review = menuBar()->addMenu(tr("&Review"));
    review->addAction(m_reconcileAction);
    review->addAction(m_loadRulesAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_findAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

QString MainWindow::workspacePath() const
{
    return m_store ? m_store->path() : QString();
}

bool MainWindow::openWorkspace(const QString& path)
{
    if (isBusy())
        return false;
    if (!QFileInfo::exists(path)) {
        removeRecent(path);
        MessageBox::critical(this, tr("Cannot Open Workspace"), tr("%1: no such file").arg(path));
        return false;
    }
    auto store = std::make_unique<Store>();
    if (!store->open(QFileInfo(path).absoluteFilePath(), Store::OpenMode::ExistingOnly)) {
        MessageBox::critical(this, tr("Cannot Open Workspace"), store->errorString());
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
    m_model->setConnectionName({});
    m_store = std::move(store);
    m_filterBar->clear();
    m_model->setFilter(m_filterBar->filter());
    m_filterBar->setTools(currentTools(m_store->database()));
    m_view->fitColumnsOnNextData();
    m_model->setConnectionName(m_store->database().connectionName());
    m_stack->setCurrentWidget(m_accountsPage);
    setWindowTitle(tr("%1 — Rollcall").arg(QFileInfo(m_store->path()).fileName()));
    addRecent(m_store->path());
    statusBar()->clearMessage();
    updateActions();
    updateStatus();
    return true;
}

void MainWindow::closeWorkspace()
{
    if (isBusy())
        return;
    m_model->setConnectionName({});
    m_store.reset();
    m_filterBar->clear();
    m_filterBar->setTools({});
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

bool MainWindow::startImport(const ImportRequest& request)
{
    if (!m_store || isBusy())
        return false;
    if (!m_importRunner->start(m_store->path(), request))
        return false;
    m_importFileName = QFileInfo(request.path).fileName();
    m_importTool = request.tool;
    m_importCancelled = false;
    setBusy(true);

    m_progress = new QProgressDialog(tr("Importing %1…").arg(m_importFileName), tr("Cancel"), 0, 100, this);
    m_progress->setWindowTitle(tr("Import"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_importRunner, &ImportRunner::progress, m_progress, &QProgressDialog::setValue);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_importCancelled = true;
        m_importRunner->cancel();
        m_progress->setLabelText(tr("Cancelling…"));
    });
    statusBar()->showMessage(tr("Importing %1…").arg(m_importFileName));
    return true;
}

void MainWindow::onImportFinished(const ImportResult& result)
{
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    if (!result.ok) {
        setBusy(false);
        if (m_importCancelled) {
            statusBar()->showMessage(tr("Import of %1 cancelled; nothing was imported.").arg(m_importFileName),
                                     MessageTimeoutMs);
        } else {
            statusBar()->clearMessage();
            MessageBox::critical(this, tr("Import Failed"), result.error);
        }
        refresh();
        return;
    }

    const QString what = m_importTool == QLatin1String("directory") ? tr("the directory") : m_importTool;
    const QString message = result.alreadyImported
                                ? tr("%1 was already imported into %2; nothing changed.").arg(m_importFileName, what)
                                : tr("Imported %1 into %2 (rows: %3).").arg(m_importFileName, what).arg(result.rows);
    statusBar()->showMessage(message, MessageTimeoutMs);
    if (!result.warnings.isEmpty()) {
        MessageBox::warning(this, tr("Import Warnings"),
                            tr("%1\n\n%2").arg(message, result.warnings.join(QLatin1Char('\n'))));
    }
    refresh();

    // Accounts mean something once they are reconciled against a directory: do it now when
    // the workspace has both, and the import changed something or left accounts unclassified.
    bool hasDirectory = false;
    bool hasTool = false;
    for (const SnapshotInfo& snapshot : m_store->snapshots()) {
        hasDirectory = hasDirectory || snapshot.kind == SourceKind::Directory;
        hasTool = hasTool || snapshot.kind == SourceKind::Tool;
    }
    const bool needed = !result.alreadyImported || m_store->unreconciledCount() > 0;
    if (hasDirectory && hasTool && needed && startReconcile({})) {
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
    if (!m_reconcileRunner->start(m_store->path(), rulesPath))
        return false;
    setBusy(true);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    return true;
}

void MainWindow::onReconcileFinished(const ReconcileOutcome& outcome)
{
    QApplication::restoreOverrideCursor();
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
    refresh();
}

void MainWindow::onFilterChanged(const AccountFilter& filter)
{
    m_model->setFilter(filter);
    updateStatus();
}

void MainWindow::refresh()
{
    if (!m_store)
        return;
    // setTools() emits filterChanged when the chosen tool went away, which resets the model.
    m_filterBar->setTools(currentTools(m_store->database()));
    m_model->refresh();
}

QString MainWindow::statusText() const
{
    return m_counts->text();
}

void MainWindow::updateStatus()
{
    if (!m_store) {
        m_counts->setText(tr("No workspace open"));
        return;
    }
    const QSqlDatabase db = m_store->database();
    const AccountFilter& filter = m_model->filter();
    QMap<QString, qint64> perClass;
    qint64 shown = 0;
    const ClassCounts counts = countAccounts(db, filter);
    for (auto tool = counts.cbegin(); tool != counts.cend(); ++tool) {
        for (auto cls = tool->cbegin(); cls != tool->cend(); ++cls) {
            perClass[cls.key()] += cls.value();
            shown += cls.value();
        }
    }
    qint64 total = shown;
    if (filter != AccountFilter{}) {
        total = 0;
        const ClassCounts all = countAccounts(db);
        for (const auto& tool : all) {
            for (qint64 n : tool)
                total += n;
        }
    }
    if (total == 0) {
        m_counts->setText(tr("No accounts yet: import a directory export and tool exports with File ▸ Import…"));
        return;
    }

    QStringList parts;
    parts.append(filter == AccountFilter{} ? tr("Accounts: %1").arg(total)
                                           : tr("Accounts: %1 of %2").arg(shown).arg(total));
    for (AccountClass c : allAccountClasses()) {
        const QString name = accountClassName(c);
        if (const qint64 n = perClass.value(name))
            parts.append(tr("%1 %2").arg(name).arg(n));
    }
    if (const qint64 pending = m_store->unreconciledCount())
        parts.append(tr("%1 not reconciled (Review ▸ Reconcile)").arg(pending));
    m_counts->setText(parts.join(QStringLiteral(" · ")));
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

void MainWindow::updateActions()
{
    const bool open = m_store != nullptr;
    m_newAction->setEnabled(!m_busy);
    m_openAction->setEnabled(!m_busy);
    m_recentMenu->setEnabled(!m_busy);
    m_importAction->setEnabled(open && !m_busy);
    m_reconcileAction->setEnabled(open && !m_busy);
    m_loadRulesAction->setEnabled(open && !m_busy);
    m_findAction->setEnabled(open);
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

void MainWindow::closeEvent(QCloseEvent* event)
{
    // A running import is cancelled (and rolled back) and a reconcile finishes: the runners'
    // destructors wait for their threads.
    m_importRunner->cancel();
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    event->accept();
}

} // namespace Rollcall
