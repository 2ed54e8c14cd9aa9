// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountTableView.h"
#include "ChoiceButton.h"
#include "DetailPane.h"
#include "FileDialog.h"
#include "FilterBar.h"
#include "ImportDialog.h"
#include "ImportQueue.h"
#include "ImportQueueDialog.h"
#include "ImportRunner.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SavedViewsPanel.h"
#include "ShortcutsDialog.h"
#include "TempWorkspace.h"
#include "item/AccountTableModel.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Rollcall;

namespace {
constexpr int Timeout = 20000;

QString demoFile(const char* name)
{
    return QStringLiteral(ROLLCALL_DEMO_DATA "/") + QLatin1String(name);
}

// The model answers from a worker: the rows of the current filter, their number final.
bool settled(MainWindow* window)
{
    AccountTableModel* model = window->accountModel();
    return QTest::qWaitFor([model] { return !model->isLoading() && model->isCountKnown(); }, Timeout);
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsDemoWorkspace();
    void filtersByClass();
    void filtersByTextAndTool();
    void missingWorkspaceIsAnError();
    void importDialogDetectsFormat_data();
    void importDialogDetectsFormat();
    void importRunnerImportsOnWorker();
    void importRunnerReportsErrors();
    void importThroughWindowReconciles();
    void droppedFilesAreConfirmedAndQueued();
    void queueCancelDropsTheRest();
    void keyboardReachesEverything();
    void shortcutsDialogListsActions();
    void settingsAreRemembered();
    void controlsHaveAccessibleNames();

private:
    void openDemo();

    QTemporaryDir m_dir;
    TempWorkspace m_demo; // resources/demo, imported and reconciled with the real Importer and Reconciler
    QString m_demoPath;
    MainWindow* m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    // Recent workspaces and geometry go to a throwaway settings file, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RollcallTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestMainWindow"));
    QSettings().clear();

    QVERIFY(m_dir.isValid());
    m_demoPath = m_demo.path();
    QString error;
    QVERIFY2(m_demo.importDemo(&error), qPrintable(error));
}

void TestMainWindow::init()
{
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    delete m_window;
    m_window = nullptr;
}

void TestMainWindow::openDemo()
{
    QVERIFY(m_window->openWorkspace(m_demoPath));
    QVERIFY(settled(m_window));
}

void TestMainWindow::showsDemoWorkspace()
{
    QCOMPARE(m_window->statusText(), QStringLiteral("No workspace open"));
    AccountTableModel* model = m_window->accountModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    openDemo();

    QCOMPARE(model->rowCount(), 27);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("test.rollcall — Rollcall"));
    QCOMPARE(MainWindow::recentWorkspaces().value(0), QFileInfo(m_demoPath).absoluteFilePath());
    QTRY_VERIFY(m_window->statsReady());
    const QString status = m_window->statusText();
    QVERIFY2(status.startsWith(QStringLiteral("Accounts: 27 · ")), qPrintable(status));
    for (const char* part :
         {"managed 9", "orphaned 4", "unmanaged 5", "external 2", "service 4", "break-glass 2", "ambiguous 1"})
        QVERIFY2(status.contains(QLatin1String(part)), qPrintable(status));
    QVERIFY2(!status.contains(QStringLiteral("not reconciled")), qPrintable(status));

    // Highest risk first, and the explanation is the tooltip.
    const QModelIndex first = model->index(0, AccountTableModel::Risk);
    const QModelIndex last = model->index(25, AccountTableModel::Risk);
    QVERIFY(first.data().toInt() >= last.data().toInt());
    QTRY_VERIFY(!model->index(0, AccountTableModel::Login).data(Qt::ToolTipRole).toString().isEmpty());

    // Clicking a header sorts through the model.
    QHeaderView* header = m_window->accountView()->horizontalHeader();
    const int x = header->sectionViewportPosition(AccountTableModel::Login) + 5;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(model->sortColumn(), int(AccountTableModel::Login));
    QVERIFY(settled(m_window));
    QCOMPARE(model->rowCount(), 27);
    QVERIFY(model->index(0, AccountTableModel::Login).data().toString() <=
            model->index(1, AccountTableModel::Login).data().toString());
}

void TestMainWindow::filtersByClass()
{
    openDemo();
    AccountTableModel* model = m_window->accountModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    ChoiceButton* classes = m_window->filterBar()->classButton();
    QCOMPARE(classes->text(), QStringLiteral("Class: any ▾"));
    classes->toggle(QStringLiteral("orphaned"));
    QCOMPARE(classes->text(), QStringLiteral("Class: orphaned ▾"));
    QVERIFY(settled(m_window));
    QCOMPARE(model->rowCount(), 4);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->classAt(model->index(row, 0)), QStringLiteral("orphaned"));
    QTRY_COMPARE(m_window->statusText(), QStringLiteral("Accounts: 4 of 27 · orphaned 4"));

    classes->toggle(QStringLiteral("unmanaged"));
    QVERIFY(settled(m_window));
    QCOMPARE(model->rowCount(), 9);

    m_window->filterBar()->setAccountClass(std::nullopt);
    QVERIFY(settled(m_window));
    QCOMPARE(model->rowCount(), 27);
}

void TestMainWindow::filtersByTextAndTool()
{
    openDemo();
    AccountTableModel* model = m_window->accountModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QComboBox* tools = m_window->filterBar()->toolCombo();
    QCOMPARE(tools->itemText(0), QStringLiteral("All tools"));
    QCOMPARE(tools->count(), 4); // All tools, atlassian, aws-prod, aws-staging

    // Ctrl+F goes to the search field; typing narrows the rows once the field is idle.
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    QLineEdit* text = m_window->filterBar()->textEdit();
    QTRY_VERIFY(text->hasFocus());
    QTest::keyClicks(text, QStringLiteral("dana"));
    QTRY_COMPARE(model->filter().text, QStringLiteral("dana"));
    QVERIFY(settled(m_window));
    QVERIFY(model->rowCount() > 0 && model->rowCount() < 27);
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column : {AccountTableModel::Login, AccountTableModel::Email, AccountTableModel::DisplayName,
                           AccountTableModel::Account})
            cells.append(model->index(row, column).data().toString());
        QVERIFY2(cells.join(QLatin1Char(' ')).contains(QStringLiteral("dana"), Qt::CaseInsensitive),
                 qPrintable(cells.join(QLatin1Char(' '))));
    }
    const int danaEverywhere = model->rowCount();

    m_window->filterBar()->setTool(QStringLiteral("atlassian"));
    QCOMPARE(model->filter().tool, QStringLiteral("atlassian"));
    QVERIFY(settled(m_window));
    QVERIFY(model->rowCount() > 0 && model->rowCount() < danaEverywhere);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, AccountTableModel::Tool).data().toString(), QStringLiteral("atlassian"));

    text->clear();
    m_window->filterBar()->setTool({});
    QTRY_COMPARE(model->rowCount(), 27);
}

void TestMainWindow::missingWorkspaceIsAnError()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.rollcall"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_window->openWorkspace(missing));
    QVERIFY2(MessageBox::lastText().contains(missing), qPrintable(MessageBox::lastText()));
    QVERIFY(m_window->workspacePath().isEmpty());
    QCOMPARE(m_window->statusText(), QStringLiteral("No workspace open"));
}

void TestMainWindow::importDialogDetectsFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("directory");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format"); // the title shown; empty: not recognised
    QTest::addColumn<bool>("canImport");
    QTest::addColumn<QString>("says"); // part of what the format label says

    const QString aws = demoFile("aws-prod-credential-report.csv");
    const QString entra = demoFile("entra-users.csv");
    QTest::newRow("aws-valid-name") << aws << false << "aws-prod"
                                    << "AWS IAM credential report CSV" << true << "AWS IAM credential report CSV";
    QTest::newRow("aws-invalid-name") << aws << false << "AWS Prod!"
                                      << "AWS IAM credential report CSV" << false << "AWS IAM credential report CSV";
    QTest::newRow("aws-no-name") << aws << false << ""
                                 << "AWS IAM credential report CSV" << false << "AWS IAM credential report CSV";
    QTest::newRow("directory-as-tool") << entra << false << "entra"
                                       << "" << false << "choose \"Directory export\" above";
    QTest::newRow("directory") << entra << true << ""
                               << "Microsoft Entra ID \"Download users\" CSV" << true << "Microsoft Entra ID";
    QTest::newRow("tool-as-directory") << aws << true << ""
                                       << "" << false << "choose \"Tool export\" above";
    QTest::newRow("missing-file") << m_dir.filePath(QStringLiteral("nope.csv")) << false << "x"
                                  << "" << false << "Cannot read";
}

void TestMainWindow::importDialogDetectsFormat()
{
    QFETCH(QString, file);
    QFETCH(bool, directory);
    QFETCH(QString, name);
    QFETCH(QString, format);
    QFETCH(bool, canImport);
    QFETCH(QString, says);

    ImportDialog dialog(m_window);
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.setKind(directory ? SourceKind::Directory : SourceKind::Tool);
    dialog.setFilePath(file);
    QCOMPARE(dialog.detectedFormatTitle(), format);
    QVERIFY2(dialog.detectionText().contains(says), qPrintable(dialog.detectionText()));
    if (!format.isEmpty()) {
        QCOMPARE(dialog.detectionText(), format);
        // Recognised, but nothing to import under until a name is typed.
        QCOMPARE(dialog.okButton()->isEnabled(), directory);
    }
    auto* nameEdit = dialog.findChild<QLineEdit*>(QStringLiteral("importToolName"));
    QVERIFY(nameEdit);
    QCOMPARE(nameEdit->isEnabled(), !directory);
    if (!directory)
        QTest::keyClicks(nameEdit, name);
    QCOMPARE(dialog.okButton()->isEnabled(), canImport);
    QCOMPARE(dialog.canAccept(), canImport);
    if (canImport) {
        const ImportRequest request = dialog.request();
        QCOMPARE(request.path, file);
        QCOMPARE(request.tool, directory ? QStringLiteral("directory") : name);
        QVERIFY(!request.formatId.isEmpty());
    }
}

void TestMainWindow::importRunnerImportsOnWorker()
{
    const QString path = m_dir.filePath(QStringLiteral("runner.rollcall"));
    {
        Store store;
        QVERIFY2(store.open(path, Store::OpenMode::CreateIfMissing), qPrintable(store.errorString()));
    }
    ImportRunner runner;
    QSignalSpy finished(&runner, &ImportRunner::finished);
    QSignalSpy progress(&runner, &ImportRunner::progress);
    QVERIFY(runner.start(
        path, {demoFile("aws-prod-credential-report.csv"), SourceKind::Tool, QStringLiteral("aws-prod"), {}}));
    QVERIFY(runner.isRunning());
    QVERIFY(!runner.start(path, {})); // one at a time
    QVERIFY(finished.wait(10000));
    QVERIFY(!runner.isRunning());
    const auto result = finished.at(0).at(0).value<ImportResult>();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.rows, 8);
    QCOMPARE(result.formatId, QStringLiteral("aws-iam-credential-report"));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 100);

    Store store;
    QVERIFY(store.open(path));
    QCOMPARE(currentTools(store.database()), QStringList{QStringLiteral("aws-prod")});
    QCOMPARE(store.unreconciledCount(), 8);
}

void TestMainWindow::importRunnerReportsErrors()
{
    ImportRunner runner;
    QSignalSpy finished(&runner, &ImportRunner::finished);
    // A directory export given as a tool export.
    const QString entra = demoFile("entra-users.csv");
    const QString path = m_dir.filePath(QStringLiteral("errors.rollcall"));
    {
        Store store;
        QVERIFY(store.open(path, Store::OpenMode::CreateIfMissing));
    }
    QVERIFY(runner.start(path, {entra, SourceKind::Tool, QStringLiteral("entra"), {}}));
    QVERIFY(finished.wait(10000));
    auto result = finished.at(0).at(0).value<ImportResult>();
    QVERIFY(!result.ok);
    QVERIFY2(result.error.startsWith(entra), qPrintable(result.error));

    // No workspace at all.
    QVERIFY(runner.start(m_dir.filePath(QStringLiteral("none.rollcall")),
                         {entra, SourceKind::Directory, QStringLiteral("directory"), {}}));
    QVERIFY(finished.wait(10000));
    result = finished.at(1).at(0).value<ImportResult>();
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("none.rollcall")), qPrintable(result.error));
}

void TestMainWindow::importThroughWindowReconciles()
{
    // File ▸ New Workspace, the name typed without the suffix.
    FileDialog::setNextFileName(m_dir.filePath(QStringLiteral("window")));
    m_window->newWorkspace();
    QCOMPARE(m_window->workspacePath(), m_dir.filePath(QStringLiteral("window.rollcall")));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("window.rollcall — Rollcall"));
    QVERIFY(settled(m_window));
    QCOMPARE(m_window->accountModel()->rowCount(), 0);
    QTRY_VERIFY2(m_window->statusText().startsWith(QStringLiteral("No accounts yet")),
                 qPrintable(m_window->statusText()));

    // A tool alone: imported, not reconciled (no directory to reconcile against).
    QVERIFY(m_window->startImport(
        {demoFile("aws-staging-credential-report.csv"), SourceKind::Tool, QStringLiteral("aws-staging"), {}}));
    QVERIFY(m_window->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), Timeout);
    QVERIFY(settled(m_window));
    QCOMPARE(m_window->accountModel()->rowCount(), 7);
    QTRY_VERIFY2(m_window->statusText().contains(QStringLiteral("7 not reconciled")),
                 qPrintable(m_window->statusText()));
    QCOMPARE(m_window->filterBar()->toolCombo()->count(), 2);
    QVERIFY(m_window->findChild<QDockWidget*>(QStringLiteral("importQueueDock"))->isVisible());

    // Then the directory: the window reconciles on its own.
    QVERIFY(
        m_window->startImport({demoFile("entra-users.csv"), SourceKind::Directory, QStringLiteral("directory"), {}}));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), Timeout);
    QVERIFY(settled(m_window));
    QCOMPARE(m_window->accountModel()->rowCount(), 7);
    QTRY_VERIFY(m_window->statsReady());
    const QString status = m_window->statusText();
    QVERIFY2(status.startsWith(QStringLiteral("Accounts: 7 · ")), qPrintable(status));
    QVERIFY2(!status.contains(QStringLiteral("not reconciled")), qPrintable(status));
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.startsWith(QStringLiteral("Imported entra-users.csv into the directory (rows: 14).")) &&
                 message.contains(QStringLiteral("Reconciled. Accounts: 7")),
             qPrintable(message));

    // A failing import says so in a message box (answered here) and changes nothing.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(m_window->startImport({demoFile("rollcall.yaml"), SourceKind::Tool, QStringLiteral("rules"), {}}));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), Timeout);
    QVERIFY2(MessageBox::lastText().startsWith(demoFile("rollcall.yaml")), qPrintable(MessageBox::lastText()));
    QVERIFY(settled(m_window));
    QCOMPARE(m_window->accountModel()->rowCount(), 7);
}

void TestMainWindow::droppedFilesAreConfirmedAndQueued()
{
    FileDialog::setNextFileName(m_dir.filePath(QStringLiteral("dropped.rollcall")));
    m_window->newWorkspace();
    QVERIFY(settled(m_window));

    // Two files dropped on the window: the dialog shows what each is before anything happens.
    QStringList seenFormats;
    QString guessedTool;
    ImportQueueDialog::setNextAnswer([&](ImportQueueDialog& dialog) {
        for (int row = 0; row < dialog.fileCount(); ++row)
            seenFormats.append(dialog.detectedFormat(row));
        guessedTool = dialog.toolName(0);
        [&] {
            QCOMPARE(dialog.fileCount(), 3);
            QCOMPARE(dialog.kind(0), SourceKind::Tool);
            QCOMPARE(dialog.kind(1), SourceKind::Directory); // recognised from its content
            QVERIFY(!dialog.isIncluded(2));                  // rules, not an export: left out
            QVERIFY(!dialog.detectionText(2).isEmpty());
        }();
        dialog.setToolName(0, QStringLiteral("aws-prod"));
        return int(QDialog::Accepted);
    });
    auto* mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(demoFile("aws-prod-credential-report.csv")),
                   QUrl::fromLocalFile(demoFile("entra-users.csv")), QUrl::fromLocalFile(demoFile("rollcall.yaml"))});
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(200, 200), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &drop);
    QTRY_VERIFY(m_window->isBusy());
    QCOMPARE(seenFormats.value(0), QStringLiteral("AWS IAM credential report CSV"));
    QCOMPARE(seenFormats.value(1), QStringLiteral("Microsoft Entra ID \"Download users\" CSV"));
    QCOMPARE(guessedTool, QStringLiteral("aws"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), Timeout);
    delete mime;

    // Directory first, then the tool; both in the queue panel; reconciled once.
    const QList<ImportQueue::Item> items = m_window->importQueue()->items();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).request.kind, SourceKind::Directory);
    QCOMPARE(items.at(1).request.tool, QStringLiteral("aws-prod"));
    for (const ImportQueue::Item& item : items)
        QCOMPARE(item.state, ImportQueue::State::Imported);
    QVERIFY(m_window->importQueue()->model()->item(1)->text().contains(QStringLiteral("imported, 8 rows")));
    QVERIFY(settled(m_window));
    QCOMPARE(m_window->accountModel()->rowCount(), 8);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Reconciled. Accounts: 8")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestMainWindow::queueCancelDropsTheRest()
{
    FileDialog::setNextFileName(m_dir.filePath(QStringLiteral("cancel.rollcall")));
    m_window->newWorkspace();
    QVERIFY(m_window->startImports(
        {{demoFile("aws-prod-credential-report.csv"), SourceKind::Tool, QStringLiteral("aws-prod"), {}},
         {demoFile("aws-staging-credential-report.csv"), SourceKind::Tool, QStringLiteral("aws-staging"), {}}}));
    QVERIFY(m_window->action(QStringLiteral("cancelImports"))->isEnabled());
    m_window->findChild<QPushButton*>(QStringLiteral("cancelImports"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), Timeout);
    const QList<ImportQueue::Item> items = m_window->importQueue()->items();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(1).state, ImportQueue::State::Cancelled);
    QVERIFY(items.at(0).state == ImportQueue::State::Cancelled || items.at(0).state == ImportQueue::State::Imported);
    QVERIFY(settled(m_window));
    QCOMPARE(m_window->accountModel()->rowCount(), items.at(0).state == ImportQueue::State::Imported ? 8 : 0);
}

void TestMainWindow::keyboardReachesEverything()
{
    openDemo();
    QTest::keyClick(m_window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentIndex(), 1);
    QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentIndex(), 0);

    // Alt+1: the first saved view, "Leavers with access".
    QTest::keyClick(m_window, Qt::Key_1, Qt::AltModifier);
    QCOMPARE(m_window->accountModel()->filter().classes, QList<AccountClass>{AccountClass::Orphaned});
    QVERIFY(settled(m_window));
    QCOMPARE(m_window->accountModel()->rowCount(), 3);
    // Ctrl+Shift+Backspace clears every filter.
    QTest::keyClick(m_window, Qt::Key_Backspace, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->accountModel()->filter().isEmpty());

    // F6 moves between the panes: views, search, table, details.
    m_window->savedViews()->list()->setFocus();
    QTRY_VERIFY(m_window->savedViews()->list()->hasFocus());
    QTest::keyClick(m_window, Qt::Key_F6);
    QTRY_VERIFY(m_window->filterBar()->textEdit()->hasFocus());
    QTest::keyClick(m_window, Qt::Key_F6);
    QTRY_VERIFY(m_window->accountView()->hasFocus());
    // In the table, Down selects the first account, and the detail pane follows.
    QVERIFY(settled(m_window));
    QTest::keyClick(m_window->accountView(), Qt::Key_Down);
    QTRY_VERIFY(m_window->detailPane()->accountId() != 0);
    QTRY_VERIFY(m_window->detailPane()->explanationText().startsWith(QStringLiteral("Why:")));
    QTest::keyClick(m_window, Qt::Key_F6, Qt::ShiftModifier);
    QTRY_VERIFY(m_window->filterBar()->textEdit()->hasFocus());

    // Ctrl+D hides and shows the detail pane.
    QTest::keyClick(m_window, Qt::Key_D, Qt::ControlModifier);
    QVERIFY(!m_window->detailPane()->isVisible());
    QTest::keyClick(m_window, Qt::Key_D, Qt::ControlModifier);
    QVERIFY(m_window->detailPane()->isVisible());

    // Every menu command has a shortcut, or is reached through its menu's mnemonic.
    for (QAction* top : m_window->menuBar()->actions())
        QVERIFY2(top->text().contains(QLatin1Char('&')), qPrintable(top->text()));
}

void TestMainWindow::shortcutsDialogListsActions()
{
    openDemo();
    QTest::keyClick(m_window, Qt::Key_F1);
    ShortcutsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ShortcutsDialog*>()) && dialog->isVisible());
    QStringList lines;
    for (int row = 0; row < dialog->model()->rowCount(); ++row)
        lines.append(dialog->model()->item(row, 1)->text() + QLatin1Char('=') + dialog->model()->item(row, 2)->text());
    for (const char* expected : {"Find=Ctrl+F", "Reconcile=Ctrl+R", "Keyboard Shortcuts=F1, Ctrl+/", "Dashboard=Ctrl+2",
                                 "Choose Columns=Ctrl+Shift+K", "Leavers with access=Alt+1"})
        QVERIFY2(lines.contains(QLatin1String(expected)), qPrintable(lines.join(QLatin1Char('\n'))));
    QTest::keyClicks(dialog->searchEdit(), QStringLiteral("link"));
    QVERIFY(dialog->rowCount() >= 2 && dialog->rowCount() < lines.size());
    dialog->close();
}

void TestMainWindow::settingsAreRemembered()
{
    openDemo();
    AccountTableView* view = m_window->accountView();
    QVERIFY(!view->isColumnHidden(AccountTableModel::Owner));
    // The header's context menu hides a column.
    QMenu* menu = view->columnMenu();
    Q_EMIT menu->aboutToShow();
    for (QAction* action : menu->actions()) {
        if (action->text() == QLatin1String("Owner"))
            action->toggle();
    }
    QVERIFY(view->isColumnHidden(AccountTableModel::Owner));
    auto* splitter = m_window->findChild<QSplitter*>(QStringLiteral("accountsSplitter"));
    splitter->setSizes({900, 300});
    const QList<int> sizes = splitter->sizes();
    m_window->showDashboard();
    m_window->close(); // saves the settings

    delete m_window;
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->accountView()->isColumnHidden(AccountTableModel::Owner));
    QCOMPARE(m_window->tabs()->currentIndex(), 1);
    openDemo();
    m_window->showAccounts();
    QTRY_COMPARE(m_window->findChild<QSplitter*>(QStringLiteral("accountsSplitter"))->sizes(), sizes);
    QCOMPARE(MainWindow::recentWorkspaces().value(0), QFileInfo(m_demoPath).absoluteFilePath());
    m_window->accountView()->setColumnHidden(AccountTableModel::Owner, false);
    m_window->showAccounts();
    m_window->close();
}

void TestMainWindow::controlsHaveAccessibleNames()
{
    openDemo();
    QStringList missing;
    for (QWidget* w : m_window->findChildren<QWidget*>()) {
        const bool input = qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) || qobject_cast<QSpinBox*>(w) ||
                           qobject_cast<QAbstractItemView*>(w) || qobject_cast<ChoiceButton*>(w);
        if (!input || !w->isVisible() || qobject_cast<QHeaderView*>(w))
            continue;
        if (w->accessibleName().isEmpty() && !w->parentWidget()->inherits("QComboBox") &&
            !w->parentWidget()->inherits("QAbstractSpinBox"))
            missing.append(QStringLiteral("%1 (%2)").arg(w->objectName(), QLatin1String(w->metaObject()->className())));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
