// SPDX-License-Identifier: GPL-3.0-or-later
// Edit ▸ Preferences: what the dialog saves, what it refuses, and what the window does with it.
#include "AccountTableView.h"
#include "DetailPane.h"
#include "FilterBar.h"
#include "InputDialog.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "TempWorkspace.h"
#include "Translations.h"
#include "item/AccountFilter.h"
#include "item/AccountTableModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Rollcall;

namespace {
QSettings appSettings()
{
    return QSettings(QStringLiteral("Rollcall"), QStringLiteral("Rollcall"));
}

template <typename T>
T* field(QWidget* dialog, const char* name)
{
    return dialog->findChild<T*>(QLatin1String(name));
}
} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void savesEveryField();
    void startsFromSavedValues();
    void refusesWhatCannotWork_data();
    void refusesWhatCannotWork();
    void clearingAFieldRemovesTheKey();
    void controlsHaveAccessibleNames();
    void editMenuOpensPreferences();
    void staleDaysApplyWhenRulesDoNotSetThem();
    void rulesFileOverridesTheWorkspaceRules();
    void reviewerEmailRecordsManualLinks();

private:
    QTemporaryDir m_dir;
};

void TestPreferences::initTestCase()
{
    // main() pointed XDG_CONFIG_HOME at a folder of this run: the settings are never the user's,
    // nor those of other tests (QStandardPaths' test mode shares one folder between them).
    QVERIFY(qEnvironmentVariable("XDG_CONFIG_HOME").contains(QLatin1String("TestPreferences")));
    QCoreApplication::setOrganizationName(QStringLiteral("Rollcall"));
    QCoreApplication::setApplicationName(QStringLiteral("Rollcall"));
    QVERIFY(m_dir.isValid());
}

void TestPreferences::init()
{
    appSettings().clear();
}

void TestPreferences::savesEveryField()
{
    const QString key = m_dir.filePath(QStringLiteral("signer.pem"));
    QFile keyFile(key);
    QVERIFY(keyFile.open(QIODevice::WriteOnly));
    keyFile.write("-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\n");
    keyFile.close();
    const QString rules = QStringLiteral(ROLLCALL_DEMO_DATA "/rollcall.yaml");

    PreferencesDialog dialog;
    field<QLineEdit>(&dialog, "reviewerEmail")->setText(QStringLiteral("  chen.wei@larkspur.example "));
    field<QLineEdit>(&dialog, "signingKey")->setText(key);
    field<QLineEdit>(&dialog, "rulesFile")->setText(rules);
    field<QSpinBox>(&dialog, "staleDays")->setValue(45);
    auto* language = field<QComboBox>(&dialog, "language");
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    dialog.accept();

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.errorText(), QString());
    const QSettings s = appSettings();
    // The keys other parts of Rollcall read: the campaign views, the evidence commands, rollcall-cli.
    QCOMPARE(s.value(QStringLiteral("reviewer/email")).toString(), QStringLiteral("chen.wei@larkspur.example"));
    QCOMPARE(s.value(QStringLiteral("signing/key")).toString(), key);
    QCOMPARE(s.value(QStringLiteral("rules/file")).toString(), rules);
    QCOMPARE(s.value(QStringLiteral("rules/staleAfterDays")).toInt(), 45);
    QCOMPARE(s.value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
    QCOMPARE(Translations::preferredLanguage(), QStringLiteral("de"));
}

void TestPreferences::startsFromSavedValues()
{
    {
        QSettings s = appSettings();
        s.setValue(QStringLiteral("reviewer/email"), QStringLiteral("ada.lindqvist@larkspur.example"));
        s.setValue(QStringLiteral("rules/staleAfterDays"), 120);
        s.setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    }
    PreferencesDialog dialog;
    QCOMPARE(field<QLineEdit>(&dialog, "reviewerEmail")->text(), QStringLiteral("ada.lindqvist@larkspur.example"));
    QCOMPARE(field<QSpinBox>(&dialog, "staleDays")->value(), 120);
    QCOMPARE(field<QComboBox>(&dialog, "language")->currentData().toString(), QStringLiteral("en"));
    QCOMPARE(field<QLineEdit>(&dialog, "rulesFile")->text(), QString());
}

void TestPreferences::refusesWhatCannotWork_data()
{
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); // in the message shown

    QTest::newRow("not-an-email") << "reviewerEmail"
                                  << "chen.wei"
                                  << "\"chen.wei\" is not an e-mail address";
    QTest::newRow("missing-key") << "signingKey"
                                 << "/nonexistent/signer.pem"
                                 << "signer.pem is not a readable file";
    QTest::newRow("missing-rules") << "rulesFile"
                                   << "/nonexistent/rollcall.yaml"
                                   << "rollcall.yaml: cannot read";
    QTest::newRow("rules-with-typo") << "rulesFile"
                                     << "typo"
                                     << "rollcall.yaml:2:";
}

void TestPreferences::refusesWhatCannotWork()
{
    QFETCH(QString, fieldName);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    if (value == QLatin1String("typo")) {
        // An unknown key on line 2: the loader names file, line and column.
        value = m_dir.filePath(QStringLiteral("rollcall.yaml"));
        QFile file(value);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("corporate_domains: [larkspur.example]\nstale_after_dayz: 30\n");
    }
    appSettings().setValue(QStringLiteral("reviewer/email"), QStringLiteral("before@larkspur.example"));

    PreferencesDialog dialog;
    dialog.show();
    auto* edit = dialog.findChild<QLineEdit*>(fieldName);
    QVERIFY(edit);
    edit->setText(value);
    if (fieldName != QLatin1String("reviewerEmail"))
        field<QLineEdit>(&dialog, "reviewerEmail")->setText(QStringLiteral("after@larkspur.example"));
    dialog.accept();

    QVERIFY2(dialog.errorText().contains(expected), qPrintable(dialog.errorText()));
    QVERIFY(dialog.isVisible()); // stays open for a correction
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    // Nothing saved, not even the fields that were fine.
    QCOMPARE(appSettings().value(QStringLiteral("reviewer/email")).toString(),
             QStringLiteral("before@larkspur.example"));
}

void TestPreferences::clearingAFieldRemovesTheKey()
{
    appSettings().setValue(QStringLiteral("reviewer/email"), QStringLiteral("chen.wei@larkspur.example"));
    appSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("de"));
    PreferencesDialog dialog;
    field<QLineEdit>(&dialog, "reviewerEmail")->clear();
    field<QComboBox>(&dialog, "language")->setCurrentIndex(0); // System default
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!appSettings().contains(QStringLiteral("reviewer/email")));
    QVERIFY(!appSettings().contains(QStringLiteral("ui/language")));
    QCOMPARE(Preferences::load().language, QString());
}

void TestPreferences::controlsHaveAccessibleNames()
{
    PreferencesDialog dialog;
    const QList<QWidget*> controls = dialog.findChildren<QWidget*>();
    int checked = 0;
    for (QWidget* w : controls) {
        if (!qobject_cast<QLineEdit*>(w) && !qobject_cast<QSpinBox*>(w) && !qobject_cast<QComboBox*>(w) &&
            !qobject_cast<QPushButton*>(w))
            continue;
        if (qobject_cast<QLineEdit*>(w) && qobject_cast<QSpinBox*>(w->parentWidget()))
            continue; // the spin box's own editor
        auto* button = qobject_cast<QPushButton*>(w);
        const bool named = !w->accessibleName().isEmpty() || (button && !button->text().isEmpty());
        QVERIFY2(named, qPrintable(w->objectName() + QLatin1String(" has no accessible name")));
        ++checked;
    }
    QVERIFY(checked >= 7); // five fields, two Browse buttons (and OK/Cancel)
}

void TestPreferences::editMenuOpensPreferences()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction* action = window.action(QStringLiteral("preferences"));
    QVERIFY(action);
    QVERIFY(!action->shortcut().isEmpty());
    QCOMPARE(action->menuRole(), QAction::PreferencesRole);
    // It sits in the Edit menu.
    QMenu* edit = nullptr;
    for (QAction* top : window.menuBar()->actions()) {
        if (top->menu() && top->menu()->actions().contains(action))
            edit = top->menu();
    }
    QVERIFY(edit);
    QCOMPARE(edit->title(), MainWindow::tr("&Edit"));

    // The real modal dialog: fill it in and press OK.
    bool seen = false;
    QTimer::singleShot(0, &window, [&seen] {
        auto* dialog = qobject_cast<PreferencesDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        field<QLineEdit>(dialog, "reviewerEmail")->setText(QStringLiteral("farah.nasser@larkspur.example"));
        dialog->accept();
    });
    action->trigger();
    QVERIFY(seen);
    QCOMPARE(Preferences::load().reviewerEmail, QStringLiteral("farah.nasser@larkspur.example"));
}

void TestPreferences::staleDaysApplyWhenRulesDoNotSetThem()
{
    TempWorkspace demo;
    QString error;
    QVERIFY2(demo.importDemo(&error), qPrintable(error)); // its rules say stale_after_days: 90
    Preferences p = Preferences::load();
    p.staleDays = 30;
    p.save();

    {
        MainWindow window;
        QVERIFY(window.openWorkspace(demo.path()));
        QCOMPARE(window.filterBar()->filter().staleAfterDays, 90); // the rules win
    }
    // The same workspace with rules that leave stale_after_days out: the preference applies.
    QVERIFY(demo.store().saveRulesText(QStringLiteral("corporate_domains: [larkspur.example]\n"),
                                       QStringLiteral("rollcall.yaml")));
    MainWindow window;
    QVERIFY(window.openWorkspace(demo.path()));
    QCOMPARE(window.filterBar()->filter().staleAfterDays, 30);
}

void TestPreferences::rulesFileOverridesTheWorkspaceRules()
{
    TempWorkspace demo;
    QString error;
    QVERIFY2(demo.importDemo(&error), qPrintable(error));
    const QString rules = m_dir.filePath(QStringLiteral("override.yaml"));
    QFile file(rules);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("corporate_domains: [larkspur.example]\nstale_after_days: 400\n");
    file.close();
    Preferences p = Preferences::load();
    p.rulesFile = rules;
    p.save();

    MainWindow window;
    QVERIFY(window.openWorkspace(demo.path()));
    QCOMPARE(window.filterBar()->filter().staleAfterDays, 90);
    window.reconcile(); // reads the preferred rules; the workspace keeps them
    QVERIFY(QTest::qWaitFor([&window] { return !window.isBusy(); }, 60000));
    QCOMPARE(window.filterBar()->filter().staleAfterDays, 400);
    QVERIFY(demo.store().rulesText().contains(QStringLiteral("stale_after_days: 400")));
}

void TestPreferences::reviewerEmailRecordsManualLinks()
{
    TempWorkspace demo;
    QString error;
    QVERIFY2(demo.importDemo(&error), qPrintable(error));
    Preferences p = Preferences::load();
    p.reviewerEmail = QStringLiteral("chen.wei@larkspur.example");
    p.save();
    qunsetenv("ROLLCALL_ACTOR"); // the environment would win over the preference

    MainWindow window;
    window.resize(1400, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openWorkspace(demo.path()));
    AccountTableModel* model = window.accountModel();
    QVERIFY(QTest::qWaitFor([model] { return !model->isLoading() && model->isCountKnown(); }, 20000));
    QModelIndex gustav;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, AccountTableModel::Login).data().toString() ==
            QLatin1String("gustav.b.home@mail.example"))
            gustav = model->index(row, AccountTableModel::Login);
    }
    QVERIFY(gustav.isValid());
    AccountTableView* view = window.accountView();
    view->scrollTo(gustav);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(gustav).center());
    QTRY_VERIFY(!window.detailPane()->linkButtons().isEmpty());

    InputDialog::setNextText(QStringLiteral("Gustav confirmed this is his private address"));
    window.detailPane()->linkButtons().first()->click();
    QTRY_COMPARE_WITH_TIMEOUT(demo.count(QStringLiteral("SELECT count(*) FROM manual_link_event")), 1, 20000);
    QSqlQuery q(demo.store().database());
    QVERIFY(q.exec(QStringLiteral("SELECT actor FROM manual_link_event")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("chen.wei@larkspur.example"));
}

int main(int argc, char** argv)
{
    QTemporaryDir config(QDir::tempPath() + QStringLiteral("/TestPreferences-config-XXXXXX"));
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QApplication app(argc, argv);
    TestPreferences test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestPreferences.moc"
