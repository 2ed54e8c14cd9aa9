// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountTableView.h"
#include "FileDialog.h"
#include "FilterBar.h"
#include "ImportDialog.h"
#include "ImportRunner.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "RulesLoader.h"
#include "TempWorkspace.h"
#include "item/AccountTableModel.h"
#include "reconcile/Reconciler.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Rollcall;

namespace {
QString demoFile(const char* name)
{
    return QStringLiteral(ROLLCALL_DEMO_DATA "/") + QLatin1String(name);
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
}

void TestMainWindow::showsDemoWorkspace()
{
    QCOMPARE(m_window->statusText(), QStringLiteral("No workspace open"));
    openDemo();
    AccountTableModel* model = m_window->accountModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model->rowCount(), 27);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("test.rollcall — Rollcall"));
    QCOMPARE(MainWindow::recentWorkspaces().value(0), QFileInfo(m_demoPath).absoluteFilePath());
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
    QVERIFY(!model->index(0, AccountTableModel::Login).data(Qt::ToolTipRole).toString().isEmpty());

    // Clicking a header sorts through the model.
    m_window->accountView()->sortByColumn(AccountTableModel::Login, Qt::AscendingOrder);
    QCOMPARE(model->rowCount(), 27);
    QVERIFY(model->index(0, AccountTableModel::Login).data().toString() <=
            model->index(1, AccountTableModel::Login).data().toString());
}

void TestMainWindow::filtersByClass()
{
    openDemo();
    AccountTableModel* model = m_window->accountModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QComboBox* classes = m_window->filterBar()->classCombo();
    QCOMPARE(classes->itemText(0), QStringLiteral("All classes"));
    classes->setCurrentIndex(classes->findText(QStringLiteral("orphaned")));
    QCOMPARE(model->rowCount(), 4);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->classAt(model->index(row, 0)), QStringLiteral("orphaned"));
    QCOMPARE(m_window->statusText(), QStringLiteral("Accounts: 4 of 27 · orphaned 4"));

    m_window->filterBar()->setAccountClass(std::nullopt);
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
    QTRY_VERIFY(model->rowCount() < 27);
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column : {AccountTableModel::Login, AccountTableModel::Email, AccountTableModel::DisplayName,
                           AccountTableModel::Account, AccountTableModel::Owner})
            cells.append(model->index(row, column).data().toString());
        QVERIFY2(cells.join(QLatin1Char(' ')).contains(QStringLiteral("dana"), Qt::CaseInsensitive),
                 qPrintable(cells.join(QLatin1Char(' '))));
    }
    const int danaEverywhere = model->rowCount();

    m_window->filterBar()->setTool(QStringLiteral("atlassian"));
    QCOMPARE(model->filter().tool, QStringLiteral("atlassian"));
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
    QCOMPARE(m_window->accountModel()->rowCount(), 0);
    QVERIFY2(m_window->statusText().startsWith(QStringLiteral("No accounts yet")), qPrintable(m_window->statusText()));

    // A tool alone: imported, not reconciled (no directory to reconcile against).
    QVERIFY(m_window->startImport(
        {demoFile("aws-staging-credential-report.csv"), SourceKind::Tool, QStringLiteral("aws-staging"), {}}));
    QVERIFY(m_window->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 10000);
    QCOMPARE(m_window->accountModel()->rowCount(), 7);
    QVERIFY2(m_window->statusText().contains(QStringLiteral("7 not reconciled")), qPrintable(m_window->statusText()));
    QCOMPARE(m_window->filterBar()->toolCombo()->count(), 2);

    // Then the directory: the window reconciles on its own.
    QVERIFY(
        m_window->startImport({demoFile("entra-users.csv"), SourceKind::Directory, QStringLiteral("directory"), {}}));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 10000);
    QCOMPARE(m_window->accountModel()->rowCount(), 7);
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
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 10000);
    QVERIFY2(MessageBox::lastText().startsWith(demoFile("rollcall.yaml")), qPrintable(MessageBox::lastText()));
    QCOMPARE(m_window->accountModel()->rowCount(), 7);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
