// SPDX-License-Identifier: GPL-3.0-or-later
// The triage workspace against the command line: every filter of the window lists the accounts
// `rollcall-cli accounts` lists with the same filter; the detail pane explains; a chart click and
// a saved view filter; a link from the detail pane is recorded with its reason.
#include "AccountTableView.h"
#include "ChoiceButton.h"
#include "CsvReader.h"
#include "DashboardView.h"
#include "DetailPane.h"
#include "FilterBar.h"
#include "Importer.h"
#include "InputDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "RulesLoader.h"
#include "SavedViewsPanel.h"
#include "TempWorkspace.h"
#include "item/AccountTableModel.h"
#include "reconcile/Reconciler.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <functional>

using namespace Rollcall;

namespace {
constexpr int Timeout = 20000;
using Key = QPair<QString, QString>; // tool, account key

struct FilterCase
{
    const char* name;
    std::function<void(MainWindow*)> apply;
    QStringList cliArguments;
};

void chooseData(QComboBox* combo, const QVariant& data)
{
    combo->setCurrentIndex(combo->findData(data));
}

QList<FilterCase> filterCases()
{
    auto bar = [](MainWindow* w) { return w->filterBar(); };
    auto args = [](std::initializer_list<const char*> list) {
        QStringList out;
        for (const char* a : list)
            out.append(QLatin1String(a));
        return out;
    };
    return {
        {"class", [=](MainWindow* w) { bar(w)->classButton()->toggle(QStringLiteral("orphaned")); },
         args({"--class", "orphaned"})},
        {"classes",
         [=](MainWindow* w) {
             bar(w)->classButton()->toggle(QStringLiteral("unmanaged"));
             bar(w)->classButton()->toggle(QStringLiteral("external"));
         },
         args({"--class", "unmanaged", "--class", "external"})},
        {"tool", [=](MainWindow* w) { chooseData(bar(w)->toolCombo(), QStringLiteral("aws-prod")); },
         args({"--tool", "aws-prod"})},
        {"text", [=](MainWindow* w) { QTest::keyClicks(bar(w)->textEdit(), QStringLiteral("Larkspur")); },
         args({"--text", "Larkspur"})},
        {"risk-range",
         [=](MainWindow* w) {
             bar(w)->riskMinSpin()->setValue(40);
             bar(w)->riskMaxSpin()->setValue(65);
         },
         args({"--risk-min", "40", "--risk-max", "65"})},
        {"privilege", [=](MainWindow* w) { bar(w)->privilegeButton()->toggle(QStringLiteral("admin")); },
         args({"--privilege", "admin"})},
        {"mfa-off", [=](MainWindow* w) { chooseData(bar(w)->mfaCombo(), int(AccountFilter::Mfa::No)); },
         args({"--mfa", "no"})},
        {"mfa-on", [=](MainWindow* w) { chooseData(bar(w)->mfaCombo(), int(AccountFilter::Mfa::Yes)); },
         args({"--mfa", "yes"})},
        {"mfa-unknown", [=](MainWindow* w) { chooseData(bar(w)->mfaCombo(), int(AccountFilter::Mfa::Unknown)); },
         args({"--mfa", "unknown"})},
        {"stale", [=](MainWindow* w) { bar(w)->activityCombo()->setCurrentIndex(1); }, args({"--stale"})},
        {"never-used", [=](MainWindow* w) { bar(w)->activityCombo()->setCurrentIndex(2); }, args({"--never-used"})},
        {"no-owner", [=](MainWindow* w) { chooseData(bar(w)->ownerCombo(), int(AccountFilter::Owner::None)); },
         args({"--owner-status", "none"})},
        {"owner-left", [=](MainWindow* w) { chooseData(bar(w)->ownerCombo(), int(AccountFilter::Owner::Inactive)); },
         args({"--owner-status", "inactive"})},
        {"active-owner", [=](MainWindow* w) { chooseData(bar(w)->ownerCombo(), int(AccountFilter::Owner::Active)); },
         args({"--owner-status", "active"})},
        {"state",
         [=](MainWindow* w) {
             bar(w)->stateButton()->toggle(QStringLiteral("deactivated"));
             bar(w)->stateButton()->toggle(QStringLiteral("guest"));
         },
         args({"--state", "deactivated", "--state", "guest"})},
        {"recommendation", [=](MainWindow* w) { bar(w)->recommendationButton()->toggle(QStringLiteral("remove")); },
         args({"--recommendation", "remove"})},
        {"no-expiry", [=](MainWindow* w) { bar(w)->noExpiryCheck()->setChecked(true); }, args({"--no-expiry"})},
        {"changed", [=](MainWindow* w) { bar(w)->changedCheck()->setChecked(true); }, args({"--changed"})},
        {"combined",
         [=](MainWindow* w) {
             chooseData(bar(w)->toolCombo(), QStringLiteral("atlassian"));
             bar(w)->classButton()->toggle(QStringLiteral("unmanaged"));
             bar(w)->riskMinSpin()->setValue(30);
             QTest::keyClicks(bar(w)->textEdit(), QStringLiteral(".example"));
         },
         args({"--class", "unmanaged", "--tool", "atlassian", "--text", ".example", "--risk-min", "30"})},
        {"view-leavers", [](MainWindow* w) { w->savedViews()->choose(1); }, args({"--view", "leavers-with-access"})},
        {"view-privileged", [](MainWindow* w) { w->savedViews()->choose(2); }, args({"--view", "privileged-unowned"})},
        {"view-external", [](MainWindow* w) { w->savedViews()->choose(3); },
         args({"--view", "external-without-expiry"})},
        {"view-never-used", [](MainWindow* w) { w->savedViews()->choose(4); }, args({"--view", "never-used"})},
    };
}
} // namespace

class TestTriage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void filterMatchesCommandLine_data();
    void filterMatchesCommandLine();
    void savedViewsShowTheirCounts();
    void detailPaneExplains();
    void linkFromDetailPane();
    void chartClickFilters();
    void chartKeyboardFilters();

private:
    bool settled();
    QList<Key> cliAccounts(const QString& workspace, const QStringList& arguments, QString* error = nullptr);
    QList<Key> modelAccounts();
    QModelIndex findRow(const QString& tool, const QString& login);
    void select(const QModelIndex& index);

    TempWorkspace m_ws; // the demo, a GitLab export, and a second aws-prod export with changes
    MainWindow* m_window = nullptr;
};

void TestTriage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RollcallTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestTriage"));
    QSettings().clear();
    qputenv("ROLLCALL_ACTOR", "test-reviewer");

    QString error;
    QVERIFY2(m_ws.importDemo(&error), qPrintable(error));
    ImportResult r = m_ws.importFile(QStringLiteral(ROLLCALL_TEST_DATA "/gitlab-users-api/users.json"),
                                     SourceKind::Tool, QStringLiteral("gitlab"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QFile original(QStringLiteral(ROLLCALL_DEMO_DATA "/aws-prod-credential-report.csv"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray next = original.readAll();
    next.replace("2026-11-18T13:22:10Z", "2026-11-26T09:00:00Z"); // bruno.okafor signed in again
    next += "\nnewbie,arn:aws:iam::111122223333:user/newbie,2026-11-20T09:00:00Z,true,no_information,"
            "2026-11-20T09:00:00Z,N/A,false,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A";
    r = m_ws.importFile(m_ws.writeFile(QStringLiteral("aws-prod-next.csv"), next), SourceKind::Tool,
                        QStringLiteral("aws-prod"));
    QVERIFY2(r.ok, qPrintable(r.error));
    // Memberships with an expiry, for "no expiry".
    r = m_ws.importFile(QStringLiteral(ROLLCALL_TEST_DATA "/gitlab-group-members/members.csv"), SourceKind::Tool,
                        QStringLiteral("gitlab-group"));
    QVERIFY2(r.ok, qPrintable(r.error));
    Rules rules;
    QVERIFY2(RulesLoader::loadForWorkspace(m_ws.store(), {}, rules, error), qPrintable(error));
    Reconciler reconciler(m_ws.store(), rules);
    ReconcileReport report;
    QVERIFY2(reconciler.run(report), qPrintable(reconciler.errorString()));
}

void TestTriage::init()
{
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestTriage::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    delete m_window;
    m_window = nullptr;
}

bool TestTriage::settled()
{
    AccountTableModel* model = m_window->accountModel();
    return QTest::qWaitFor([model] { return !model->isLoading() && model->isCountKnown(); }, Timeout);
}

QList<Key> TestTriage::cliAccounts(const QString& workspace, const QStringList& arguments, QString* error)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ROLLCALL_NOW"), QStringLiteral("2026-11-27T12:00:00Z"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ROLLCALL_CLI), QStringList{QStringLiteral("-w"), workspace, QStringLiteral("accounts"),
                                                      QStringLiteral("--format"), QStringLiteral("csv")} +
                                              arguments);
    p.waitForFinished(60000);
    if (error)
        *error = QString::fromUtf8(p.readAllStandardError());
    QByteArray out = p.readAllStandardOutput();
    QBuffer buffer(&out);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<Key> keys;
    if (p.exitCode() != 0 || !reader.readHeader())
        return keys;
    CsvRecord record;
    while (reader.readRecord(record))
        keys.append({record.fields.value(0), record.fields.value(1).startsWith(QLatin1Char('\''))
                                                 ? record.fields.value(1).mid(1)
                                                 : record.fields.value(1)});
    std::sort(keys.begin(), keys.end());
    return keys;
}

QList<Key> TestTriage::modelAccounts()
{
    AccountTableModel* model = m_window->accountModel();
    QList<Key> keys;
    for (int row = 0; row < model->rowCount(); ++row) {
        model->data(model->index(row, 0));
        if (!QTest::qWaitFor([model, row] { return model->isRowLoaded(row); }, Timeout))
            return {};
        keys.append({model->index(row, AccountTableModel::Tool).data().toString(),
                     model->index(row, AccountTableModel::Account).data().toString()});
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

QModelIndex TestTriage::findRow(const QString& tool, const QString& login)
{
    AccountTableModel* model = m_window->accountModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, AccountTableModel::Tool).data().toString() == tool &&
            model->index(row, AccountTableModel::Login).data().toString() == login)
            return model->index(row, AccountTableModel::Login);
    }
    return {};
}

void TestTriage::select(const QModelIndex& index)
{
    AccountTableView* view = m_window->accountView();
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

void TestTriage::filterMatchesCommandLine_data()
{
    QTest::addColumn<int>("which");
    const QList<FilterCase> cases = filterCases();
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(cases.at(i).name) << i;
}

void TestTriage::filterMatchesCommandLine()
{
    QFETCH(int, which);
    const FilterCase c = filterCases().at(which);
    QVERIFY(m_window->openWorkspace(m_ws.path()));
    QVERIFY(settled());
    QAbstractItemModelTester tester(m_window->accountModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int all = m_window->accountModel()->rowCount();
    QCOMPARE(all, cliAccounts(m_ws.path(), {}).size());

    c.apply(m_window);
    // Typing is debounced: wait for the filter bar's filter to reach the model.
    QTRY_VERIFY(!m_window->accountModel()->filter().isEmpty() &&
                m_window->accountModel()->filter() == m_window->filterBar()->filter());
    QVERIFY(settled());
    QString error;
    const QList<Key> expected = cliAccounts(m_ws.path(), c.cliArguments, &error);
    QVERIFY2(!expected.isEmpty(),
             qPrintable(
                 QStringLiteral("the CLI lists nothing for %1: %2").arg(c.cliArguments.join(QLatin1Char(' ')), error)));
    QVERIFY2(expected.size() < all, "the filter filters");
    QCOMPARE(modelAccounts(), expected);
    // The filter in force, said the command line's way, is the same filter.
    QCOMPARE(m_window->accountModel()->filter().toArguments().join(QLatin1Char(' ')),
             c.cliArguments.first() == QLatin1String("--view")
                 ? savedView(c.cliArguments.at(1))->filter.toArguments().join(QLatin1Char(' '))
                 : c.cliArguments.join(QLatin1Char(' ')));
}

void TestTriage::savedViewsShowTheirCounts()
{
    QVERIFY(m_window->openWorkspace(m_ws.path()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statsReady(), Timeout);
    SavedViewsPanel* panel = m_window->savedViews();
    QCOMPARE(panel->entryCount(), 5);
    QCOMPARE(panel->entryText(0), QStringLiteral("All accounts (%1)").arg(cliAccounts(m_ws.path(), {}).size()));
    const QList<SavedView> views = defaultSavedViews();
    for (int i = 0; i < views.size(); ++i) {
        const qsizetype n = cliAccounts(m_ws.path(), {QStringLiteral("--view"), views.at(i).id}).size();
        QCOMPARE(panel->entryText(i + 1), QStringLiteral("%1 (%2)").arg(views.at(i).title).arg(n));
    }
    // Choosing a view shows it in the filter bar too; changing the filter deselects it.
    panel->choose(1);
    QCOMPARE(m_window->filterBar()->classButton()->selected(), QStringList{QStringLiteral("orphaned")});
    QCOMPARE(panel->list()->currentIndex().row(), 1);
    m_window->filterBar()->textEdit()->setText(QStringLiteral("x"));
    QTRY_VERIFY(!panel->list()->currentIndex().isValid());
}

void TestTriage::detailPaneExplains()
{
    QVERIFY(m_window->openWorkspace(m_ws.path()));
    QVERIFY(settled());
    const QModelIndex dana = findRow(QStringLiteral("aws-prod"), QStringLiteral("dana.kowalski"));
    QVERIFY(dana.isValid());
    select(dana);
    DetailPane* pane = m_window->detailPane();
    QTRY_VERIFY(pane->titleText().startsWith(QStringLiteral("dana.kowalski")));
    QVERIFY2(pane->explanationText().startsWith(QStringLiteral("Why: ")), qPrintable(pane->explanationText()));
    QVERIFY2(pane->explanationText().contains(QStringLiteral("dana.kowalski@larkspur.example")),
             qPrintable(pane->explanationText()));
    QVERIFY2(pane->factorsText().contains(QStringLiteral("owner has left")), qPrintable(pane->factorsText()));
    // The cascade as Reconciler::judge traces it, step by step.
    QTRY_VERIFY_WITH_TIMEOUT(pane->traceModel()->rowCount() > 0, Timeout);
    QStringList steps;
    for (int row = 0; row < pane->traceModel()->rowCount(); ++row)
        steps.append(pane->traceModel()->item(row, 0)->text());
    QVERIFY2(steps.contains(QStringLiteral("manual")), qPrintable(steps.join(QLatin1Char(','))));
    // Today's cascade agrees with the stored verdict.
    QVERIFY2(pane->traceStatusText().startsWith(QStringLiteral("Step by step")), qPrintable(pane->traceStatusText()));
    QVERIFY(steps.contains(QStringLiteral("login")) || steps.contains(QStringLiteral("email")));
    // The record as imported: the credential report's header, each with its value.
    QStandardItemModel* fields = pane->fieldsModel();
    QVERIFY(fields->rowCount() > 10);
    QCOMPARE(fields->item(0, 0)->text(), QStringLiteral("user"));
    QCOMPARE(fields->item(0, 1)->text(), QStringLiteral("dana.kowalski"));
    QCOMPARE(fields->item(1, 0)->text(), QStringLiteral("arn"));
    // Two snapshots of aws-prod hold this account.
    QCOMPARE(pane->historyModel()->rowCount(), 2);
    QCOMPARE(pane->historyModel()->item(1, 2)->text(), QStringLiteral("orphaned"));

    // A JSON record shows its keys.
    const QModelIndex mira = findRow(QStringLiteral("gitlab"), QStringLiteral("mira.holt"));
    select(mira);
    QTRY_VERIFY(pane->titleText().startsWith(QStringLiteral("mira.holt")));
    QStringList keys;
    for (int row = 0; row < pane->fieldsModel()->rowCount(); ++row)
        keys.append(pane->fieldsModel()->item(row, 0)->text());
    QVERIFY2(keys.contains(QStringLiteral("two_factor_enabled")) && keys.contains(QStringLiteral("username")),
             qPrintable(keys.join(QLatin1Char(','))));
}

void TestTriage::linkFromDetailPane()
{
    TempWorkspace ws;
    QString error;
    QVERIFY2(ws.importDemo(&error), qPrintable(error));
    QVERIFY(m_window->openWorkspace(ws.path()));
    QVERIFY(settled());
    const QModelIndex gustav = findRow(QStringLiteral("atlassian"), QStringLiteral("gustav.b.home@mail.example"));
    QVERIFY(gustav.isValid());
    QCOMPARE(gustav.siblingAtColumn(AccountTableModel::Class).data().toString(), QStringLiteral("unmanaged"));
    select(gustav);
    DetailPane* pane = m_window->detailPane();
    QTRY_VERIFY(!pane->linkButtons().isEmpty());
    QCOMPARE(pane->firstSuggestion(), QStringLiteral("gustav.berg@larkspur.example"));

    // A cancelled reason links nothing.
    InputDialog::setNextText({}, false);
    pane->linkButtons().first()->click();
    QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM manual_link_event")), 0);

    InputDialog::setNextText(QStringLiteral("Gustav confirmed this is his private address"));
    pane->linkButtons().first()->click();
    QVERIFY2(InputDialog::lastLabel().contains(QStringLiteral("gustav.berg@larkspur.example")),
             qPrintable(InputDialog::lastLabel()));
    QTRY_COMPARE_WITH_TIMEOUT(ws.count(QStringLiteral("SELECT count(*) FROM manual_link_event")), 1, Timeout);
    QSqlQuery q(ws.store().database());
    QVERIFY(q.exec(QStringLiteral("SELECT owner_email, actor, reason FROM manual_link_event")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("gustav.berg@larkspur.example"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("test-reviewer"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("Gustav confirmed this is his private address"));
    // The table follows: the account is managed now, by the manual rule.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            if (!settled())
                return false;
            const QModelIndex row = findRow(QStringLiteral("atlassian"), QStringLiteral("gustav.b.home@mail.example"));
            return row.isValid() &&
                   row.siblingAtColumn(AccountTableModel::Class).data().toString() == QLatin1String("managed");
        }(),
        Timeout);
    QTRY_VERIFY(pane->explanationText().contains(QStringLiteral("gustav.berg@larkspur.example")));
}

void TestTriage::chartClickFilters()
{
    QVERIFY(m_window->openWorkspace(m_ws.path()));
    QVERIFY(settled());
    m_window->resize(1400, 900);
    m_window->showDashboard();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statsReady(), Timeout);
    DashboardView* dashboard = m_window->dashboard();
    QChartView* classes = dashboard->classChartView();
    QTRY_VERIFY(classes->isVisible() && classes->width() > 100);
    QCoreApplication::processEvents();

    // The orphaned part of aws-prod's bar.
    QBarSet* orphaned = nullptr;
    for (QBarSet* set : DashboardView::barSets(classes)) {
        if (set->label() == QLatin1String("orphaned"))
            orphaned = set;
    }
    QVERIFY(orphaned);
    auto* axis = qobject_cast<QBarCategoryAxis*>(classes->chart()->axes(Qt::Vertical).value(0));
    QVERIFY(axis);
    const int index = int(axis->categories().indexOf(QStringLiteral("aws-prod")));
    QVERIFY(index >= 0);
    QVERIFY(orphaned->at(index) > 0);
    const QPoint at = DashboardView::barCenter(classes, orphaned, index);
    QTest::mouseClick(classes->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(m_window->tabs()->currentIndex(), 0);
    const AccountFilter f = m_window->accountModel()->filter();
    QCOMPARE(f.tool, QStringLiteral("aws-prod"));
    QCOMPARE(f.classes, QList<AccountClass>{AccountClass::Orphaned});
    QVERIFY(settled());
    QCOMPARE(modelAccounts(), cliAccounts(m_ws.path(), {QStringLiteral("--tool"), QStringLiteral("aws-prod"),
                                                        QStringLiteral("--class"), QStringLiteral("orphaned")}));

    // A bar of the risk distribution: that band of risk.
    m_window->showDashboard();
    QChartView* risk = dashboard->riskChartView();
    QTRY_VERIFY(risk->isVisible());
    QBarSet* high = nullptr;
    for (QBarSet* set : DashboardView::barSets(risk)) {
        if (set->at(6) > 0)
            high = set;
    }
    QVERIFY(high);
    QTest::mouseClick(risk->viewport(), Qt::LeftButton, {}, DashboardView::barCenter(risk, high, 6));
    QTRY_COMPARE(m_window->tabs()->currentIndex(), 0);
    QCOMPARE(m_window->accountModel()->filter().riskMin, std::optional<int>(60));
    QCOMPARE(m_window->accountModel()->filter().riskMax, std::optional<int>(69));
    QCOMPARE(m_window->accountModel()->filter().tool, QString());
    QVERIFY(settled());
    QCOMPARE(modelAccounts(), cliAccounts(m_ws.path(), {QStringLiteral("--risk-min"), QStringLiteral("60"),
                                                        QStringLiteral("--risk-max"), QStringLiteral("69")}));
}

// The charts without a mouse: Tab to one, arrows to a bar, Enter lists its accounts.
void TestTriage::chartKeyboardFilters()
{
    QVERIFY(m_window->openWorkspace(m_ws.path()));
    QVERIFY(settled());
    QTest::keyClick(m_window, Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statsReady(), Timeout);
    QChartView* leavers = m_window->dashboard()->leaverChartView();
    QTRY_VERIFY(leavers->isVisible());
    leavers->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(leavers->hasFocus());
    QTest::keyClick(leavers, Qt::Key_Right);
    QVERIFY2(leavers->accessibleDescription().contains(QStringLiteral("Enter lists them")),
             qPrintable(leavers->accessibleDescription()));
    QTest::keyClick(leavers, Qt::Key_Return);
    QTRY_COMPARE(m_window->tabs()->currentIndex(), 0);
    const AccountFilter f = m_window->accountModel()->filter();
    QVERIFY(!f.tool.isEmpty());
    QCOMPARE(f.classes, QList<AccountClass>{AccountClass::Orphaned});
    QVERIFY(settled());
    QCOMPARE(modelAccounts(), cliAccounts(m_ws.path(), {QStringLiteral("--view"), QStringLiteral("leavers-with-access"),
                                                        QStringLiteral("--tool"), f.tool}));
}

QTEST_MAIN(TestTriage)
#include "TestTriage.moc"
