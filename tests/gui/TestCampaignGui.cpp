// SPDX-License-Identifier: GPL-3.0-or-later
// Review campaigns in the main window, against the core and the real command line: a decision made with
// the decision bar (and its single-key shortcut) is in the attestation log and in the account's history;
// a separation-of-duties refusal shows in the pane; bulk certify of orphaned rows is refused; bulk
// remove asks with the count; "my queue" lists what `accounts --campaign --reviewer --undecided` lists;
// the progress tab shows what `campaign status --format json` says, with a burn-down point per day; and
// decisions from the window and from rollcall-cli at the same time all land in one intact chain.
#include "AccountTableView.h"
#include "CampaignRunner.h"
#include "CampaignView.h"
#include "CsvReader.h"
#include "DecisionBar.h"
#include "DemoCampaign.h"
#include "DetailPane.h"
#include "FileDialog.h"
#include "FilterBar.h"
#include "InputDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "Preferences.h"
#include "RulesLoader.h"
#include "ShortcutsDialog.h"
#include "TempWorkspace.h"
#include "campaign/CampaignStore.h"
#include "campaign/DecisionService.h"
#include "evidence/Signer.h"
#include "item/AccountTableModel.h"
#include "item/CampaignProgressModel.h"
#include "util/Clock.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBuffer>
#include <QChartView>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLineSeries>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Rollcall;

namespace {
constexpr int Timeout = 30000;
const QString Campaign = QStringLiteral("2026-Q4");
const QString Farah = QStringLiteral("farah.nasser@larkspur.example");
const QString Ada = QStringLiteral("ada.lindqvist@larkspur.example");
const QString Chen = QStringLiteral("chen.wei@larkspur.example");
const QDateTime Today(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};
} // namespace

class TestCampaignGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void decisionBarRecordsDecision();
    void separationOfDutiesShown();
    void bulkCertifyOfOrphanedRefused();
    void bulkRemoveAsksWithCount();
    void myQueueMatchesCommandLine();
    void progressMatchesCampaignStatus();
    void concurrentGuiAndCliLoseNothing();
    void keysTypeIntoFields();
    void reconcileAndCapFromTheBar();
    void startAndCloseFromTheWindow();
    void evidenceOnClose();

private:
    // The demo company with campaign 2026-Q4 started `startedDaysAgo` days before 2026-11-27 (due
    // 2026-12-31, owner Farah, atlassian reviewed by Ada, aws-prod by Chen, aws-staging by Farah).
    bool prepare(int startedDaysAgo = 0, bool start = true);
    bool open(bool withCampaign = true);
    bool idle();
    bool settled(); // the table after a refresh, and the campaign work it started
    QModelIndex findRow(const QString& tool, const QString& login);
    bool selectRows(const QList<QModelIndex>& rows);
    Run cli(const QStringList& arguments, const QMap<QString, QString>& env = {});
    QList<QPair<QString, QString>> modelAccounts();
    qint64 attestations(const QString& decision);

    std::unique_ptr<TempWorkspace> m_ws;
    MainWindow* m_window = nullptr;
};

void TestCampaignGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RollcallTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestCampaignGui"));
}

void TestCampaignGui::init()
{
    QSettings().clear();
    m_ws = std::make_unique<TempWorkspace>();
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestCampaignGui::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    delete m_window;
    m_window = nullptr;
    m_ws.reset();
    Clock::setFixed(Today);
}

bool TestCampaignGui::prepare(int startedDaysAgo, bool start)
{
    QString error;
    if (!m_ws->importDemo(&error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    if (!start)
        return true;
    Rules rules;
    if (!RulesLoader::loadForWorkspace(m_ws->store(), {}, rules, error))
        return false;
    Clock::setFixed(Today.addDays(-startedDaysAgo));
    CampaignStore campaigns(m_ws->store(), rules);
    StartReport report;
    const bool ok = campaigns.start(DemoCampaign::Fixture::demoStart(Campaign), report);
    if (!ok)
        qWarning("%s", qPrintable(campaigns.errorString()));
    Clock::setFixed(Today);
    return ok;
}

bool TestCampaignGui::idle()
{
    MainWindow* w = m_window;
    return QTest::qWaitFor([w] { return !w->isCampaignBusy(); }, Timeout);
}

bool TestCampaignGui::settled()
{
    AccountTableModel* model = m_window->accountModel();
    return QTest::qWaitFor([model] { return !model->isLoading() && model->isCountKnown(); }, Timeout) && idle();
}

bool TestCampaignGui::open(bool withCampaign)
{
    return m_window->openWorkspace(m_ws->path()) && settled() &&
           m_window->activeCampaign() == (withCampaign ? Campaign : QString());
}

QModelIndex TestCampaignGui::findRow(const QString& tool, const QString& login)
{
    AccountTableModel* model = m_window->accountModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        model->data(model->index(row, 0));
        if (!QTest::qWaitFor([model, row] { return model->isRowLoaded(row); }, Timeout))
            return {};
        if (model->index(row, AccountTableModel::Tool).data().toString() == tool &&
            model->index(row, AccountTableModel::Login).data().toString() == login)
            return model->index(row, AccountTableModel::Login);
    }
    return {};
}

// The first row current (the detail pane and its decision bar show it), all of them selected.
bool TestCampaignGui::selectRows(const QList<QModelIndex>& rows)
{
    AccountTableView* view = m_window->accountView();
    view->setFocus();
    view->selectionModel()->setCurrentIndex(rows.first(),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    for (const QModelIndex& index : rows.mid(1))
        view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString key = m_window->accountModel()->rowAt(rows.first().row())->accountKey;
    DecisionBar* bar = m_window->detailPane()->decisionBar();
    return QTest::qWaitFor([bar, key] { return bar->item() && bar->item()->accountKey == key; }, Timeout) &&
           bar->selectionCount() == rows.size();
}

Run TestCampaignGui::cli(const QStringList& arguments, const QMap<QString, QString>& env)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("ROLLCALL_NOW"), QStringLiteral("2026-11-27T12:00:00Z"));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(ROLLCALL_CLI), QStringList{QStringLiteral("-w"), m_ws->path()} + arguments);
    Run r;
    if (p.waitForFinished(60000))
        r = {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
    return r;
}

QList<QPair<QString, QString>> TestCampaignGui::modelAccounts()
{
    AccountTableModel* model = m_window->accountModel();
    QList<QPair<QString, QString>> keys;
    for (int row = 0; row < model->rowCount(); ++row) {
        model->data(model->index(row, 0));
        if (!QTest::qWaitFor([model, row] { return model->isRowLoaded(row); }, Timeout))
            return {};
        keys.append({model->rowAt(row)->tool, model->rowAt(row)->accountKey});
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

qint64 TestCampaignGui::attestations(const QString& decision)
{
    return m_ws->count(QStringLiteral("SELECT count(*) FROM attestation WHERE decision = '%1'").arg(decision));
}

void TestCampaignGui::decisionBarRecordsDecision()
{
    QVERIFY(prepare());
    QVERIFY(open());
    const QModelIndex legacy = findRow(QStringLiteral("aws-prod"), QStringLiteral("legacy-admin"));
    QVERIFY(legacy.isValid());
    QVERIFY(selectRows({legacy}));
    DecisionBar* bar = m_window->detailPane()->decisionBar();
    QVERIFY2(bar->statusText().contains(Chen) && bar->statusText().contains(QLatin1String("undecided")),
             qPrintable(bar->statusText()));
    QCOMPARE(m_window->detailPane()->attestationModel()->rowCount(), 0);

    // No reviewer yet: asked once, remembered in the settings.
    QVERIFY(QSettings().value(MainWindow::ReviewerKey).toString().isEmpty());
    InputDialog::setNextText(Chen);
    bar->reasonEdit()->setText(QStringLiteral("Nobody has used it since 2024"));
    QSignalSpy finished(m_window, &MainWindow::decisionsFinished);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_window->accountView()->setFocus();
    QTest::keyClick(m_window->accountView(), Qt::Key_D); // remove
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(QSettings().value(MainWindow::ReviewerKey).toString(), Chen);

    // In the store, as the core records it.
    QSqlQuery q(m_ws->store().database());
    QVERIFY(q.exec(QStringLiteral("SELECT seq, reviewer, fields, hash FROM attestation WHERE decision = 'remove'")));
    QVERIFY(q.next());
    const qint64 seq = q.value(0).toLongLong();
    QCOMPARE(q.value(1).toString(), Chen);
    QVERIFY2(q.value(2).toString().contains(QLatin1String("\"reason\":\"Nobody has used it since 2024\"")),
             qPrintable(q.value(2).toString()));
    const QString hash = q.value(3).toString();
    QVERIFY(!q.next());
    QVERIFY2(bar->errorText().contains(QStringLiteral("#%1").arg(seq)), qPrintable(bar->errorText()));

    // The history lists it: time, reviewer, decision, fields, not superseded, the hash's start.
    QStandardItemModel* history = m_window->detailPane()->attestationModel();
    QTRY_COMPARE_WITH_TIMEOUT(history->rowCount(), 1, Timeout);
    QCOMPARE(history->item(0, DetailPane::AttestedAt)->text(), QStringLiteral("2026-11-27T12:00:00Z"));
    QCOMPARE(history->item(0, DetailPane::AttestedReviewer)->text(), Chen);
    QCOMPARE(history->item(0, DetailPane::AttestedDecision)->text(), QStringLiteral("remove"));
    QCOMPARE(history->item(0, DetailPane::AttestedFields)->text(),
             QStringLiteral("reason=Nobody has used it since 2024"));
    QCOMPARE(history->item(0, DetailPane::AttestedSuperseded)->text(), QStringLiteral("no"));
    QCOMPARE(history->item(0, DetailPane::AttestedHash)->text(), hash.left(12));
    QTRY_VERIFY(bar->statusText().contains(QLatin1String("decided: <b>remove</b>")));

    // Undo supersedes it; the history says so.
    bar->reasonEdit()->setText(QStringLiteral("Wrong account"));
    bar->button(DecisionKind::Undo)->click();
    QVERIFY(finished.wait(Timeout));
    QTRY_COMPARE_WITH_TIMEOUT(history->rowCount(), 2, Timeout);
    QCOMPARE(history->item(0, DetailPane::AttestedSuperseded)->text(), QStringLiteral("yes, by #%1").arg(seq + 1));
    QCOMPARE(history->item(1, DetailPane::AttestedDecision)->text(), QStringLiteral("undo"));

    // The command line agrees: the chain is intact.
    const Run verify = cli({QStringLiteral("verify-store")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
}

void TestCampaignGui::separationOfDutiesShown()
{
    QVERIFY(prepare());
    QSettings().setValue(MainWindow::ReviewerKey, Farah);
    QVERIFY(open());
    const QModelIndex root = findRow(QStringLiteral("aws-staging"), QStringLiteral("<root_account>"));
    QVERIFY(root.isValid());
    QVERIFY(selectRows({root}));
    DecisionBar* bar = m_window->detailPane()->decisionBar();
    QSignalSpy finished(m_window, &MainWindow::decisionsFinished);
    bar->button(DecisionKind::Remove)->click();
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(bar->errorText(),
             QStringLiteral("aws-staging/<root_account>: farah.nasser@larkspur.example owns this account and cannot "
                            "decide on it (separation of duties); reassign it to another reviewer"));
    QVERIFY(bar->isVisible());
    QCOMPARE(attestations(QStringLiteral("remove")), 0);

    // A missing field is said without the command line's option names.
    QVERIFY(selectRows({findRow(QStringLiteral("aws-staging"), QStringLiteral("test-user"))}));
    bar->button(DecisionKind::NeedsInfo)->click();
    QVERIFY(finished.wait(Timeout));
    QVERIFY2(bar->errorText().endsWith(QLatin1String("needs-info needs the question: what is missing")),
             qPrintable(bar->errorText()));
}

void TestCampaignGui::bulkCertifyOfOrphanedRefused()
{
    QVERIFY(prepare());
    QSettings().setValue(MainWindow::ReviewerKey, Ada);
    QVERIFY(open());
    // Two orphaned atlassian accounts, and one managed one.
    FilterBar* filters = m_window->filterBar();
    filters->setTool(QStringLiteral("atlassian"));
    AccountTableModel* model = m_window->accountModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->filter().tool == QLatin1String("atlassian") && !model->isLoading(), Timeout);
    QList<QModelIndex> orphaned;
    for (int row = 0; row < model->rowCount(); ++row) {
        model->data(model->index(row, 0));
        QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(row), Timeout);
        if (model->rowAt(row)->cls == QLatin1String("orphaned"))
            orphaned.append(model->index(row, AccountTableModel::Login));
    }
    QVERIFY2(orphaned.size() >= 2, "the demo has orphaned Atlassian accounts");
    orphaned = orphaned.mid(0, 2);
    QVERIFY(selectRows(orphaned));
    DecisionBar* bar = m_window->detailPane()->decisionBar();
    bar->ownerEdit()->setText(QStringLiteral("farah.nasser@larkspur.example"));
    bar->purposeEdit()->setText(QStringLiteral("Handover"));
    bar->reasonEdit()->setText(QStringLiteral("Kept for the handover"));
    QVERIFY2(bar->button(DecisionKind::Certify)->text().startsWith(QLatin1String("Certify 2")),
             qPrintable(bar->button(DecisionKind::Certify)->text()));
    QSignalSpy finished(m_window, &MainWindow::decisionsFinished);
    bar->button(DecisionKind::Certify)->click();
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(bar->errorText().contains(QLatin1String("bulk certify is refused for orphaned accounts; certify it on "
                                                     "its own")),
             qPrintable(bar->errorText()));
    QCOMPARE(attestations(QStringLiteral("certify")), 0);
}

void TestCampaignGui::bulkRemoveAsksWithCount()
{
    QVERIFY(prepare());
    QSettings().setValue(MainWindow::ReviewerKey, Chen);
    QVERIFY(open());
    QList<QModelIndex> rows;
    for (const char* login : {"legacy-admin", "emil", "ci-deploy"})
        rows.append(findRow(QStringLiteral("aws-prod"), QLatin1String(login)));
    for (const QModelIndex& index : rows)
        QVERIFY(index.isValid());
    QVERIFY(selectRows(rows));
    DecisionBar* bar = m_window->detailPane()->decisionBar();
    QSignalSpy finished(m_window, &MainWindow::decisionsFinished);

    // Declined: nothing recorded, and the question stated the count.
    MessageBox::setNextAnswer(QMessageBox::No);
    bar->button(DecisionKind::Remove)->click();
    QVERIFY(finished.wait(Timeout));
    QVERIFY2(MessageBox::lastText().startsWith(QLatin1String("This ends the access of 3 account(s) in campaign "
                                                             "2026-Q4 (removals: 3, expiries: 0)")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(attestations(QStringLiteral("remove")), 0);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    bar->button(DecisionKind::Remove)->click();
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.last().first().toBool(), true);
    QCOMPARE(attestations(QStringLiteral("remove")), 3);
    QVERIFY2(bar->errorText().startsWith(QLatin1String("Recorded 3 decisions in bulk")), qPrintable(bar->errorText()));
    const Run status = cli({QStringLiteral("campaign"), QStringLiteral("status"), Campaign, QStringLiteral("--format"),
                            QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(status.out).object().value(QStringLiteral("decided")).toInt(), 3);
}

void TestCampaignGui::myQueueMatchesCommandLine()
{
    QVERIFY(prepare());
    // One of Chen's accounts decided already, one waiting for information (still in the queue).
    Rules rules;
    QString error;
    QVERIFY2(RulesLoader::loadForWorkspace(m_ws->store(), {}, rules, error), qPrintable(error));
    DecisionService service(m_ws->store(), rules);
    DecisionRequest remove;
    remove.tool = QStringLiteral("aws-prod");
    remove.account = QStringLiteral("legacy-admin");
    remove.kind = DecisionKind::Remove;
    QVERIFY2(service.decide(Campaign, remove, Chen), qPrintable(service.errorString()));
    DecisionRequest ask = remove;
    ask.account = QStringLiteral("emil");
    ask.kind = DecisionKind::NeedsInfo;
    ask.reason = QStringLiteral("Which Emil?");
    QVERIFY2(service.decide(Campaign, ask, Chen), qPrintable(service.errorString()));

    QSettings().setValue(MainWindow::ReviewerKey, Chen);
    QVERIFY(open());
    QAbstractItemModelTester tester(m_window->accountModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->myQueueCheck()->setChecked(true);
    AccountTableModel* model = m_window->accountModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->filter().undecided && !model->isLoading() && model->isCountKnown(), Timeout);
    const QStringList args = {QStringLiteral("--campaign"), Campaign, QStringLiteral("--reviewer"), Chen,
                              QStringLiteral("--undecided")};
    QCOMPARE(model->filter().toArguments(), args);
    const Run r =
        cli(QStringList{QStringLiteral("accounts"), QStringLiteral("--format"), QStringLiteral("csv")} + args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QBuffer buffer;
    buffer.setData(r.out);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QVERIFY(reader.readHeader());
    QList<QPair<QString, QString>> expected;
    CsvRecord record;
    while (reader.readRecord(record)) {
        const QString key = record.fields.value(1);
        expected.append({record.fields.value(0), key.startsWith(QLatin1Char('\'')) ? key.mid(1) : key});
    }
    std::sort(expected.begin(), expected.end());
    const QList<QPair<QString, QString>> shown = modelAccounts();
    QCOMPARE(shown, expected);
    // Chen's aws-prod accounts less the decided one; emil (needs info) stays.
    QVERIFY(!shown.isEmpty());
    for (const auto& [tool, key] : shown)
        QCOMPARE(tool, QStringLiteral("aws-prod"));
    QVERIFY(
        !shown.contains({QStringLiteral("aws-prod"), QStringLiteral("arn:aws:iam::111122223333:user/legacy-admin")}));
    QVERIFY(shown.contains({QStringLiteral("aws-prod"), QStringLiteral("arn:aws:iam::111122223333:user/emil")}));

    // Off again: every account.
    m_window->myQueueCheck()->setChecked(false);
    QTRY_VERIFY_WITH_TIMEOUT(!model->filter().usesCampaign() && !model->isLoading() && model->isCountKnown(), Timeout);
    QVERIFY(model->rowCount() > shown.size());
}

void TestCampaignGui::progressMatchesCampaignStatus()
{
    // Started a week ago; decisions on three days since.
    QVERIFY(prepare(7));
    Rules rules;
    QString error;
    QVERIFY2(RulesLoader::loadForWorkspace(m_ws->store(), {}, rules, error), qPrintable(error));
    DecisionService service(m_ws->store(), rules);
    const QList<QPair<int, QString>> removals = {
        {5, QStringLiteral("legacy-admin")}, {5, QStringLiteral("ci-deploy")}, {2, QStringLiteral("emil")}};
    for (const auto& [daysAgo, login] : removals) {
        Clock::setFixed(Today.addDays(-daysAgo));
        DecisionRequest r;
        r.tool = QStringLiteral("aws-prod");
        r.account = login;
        r.kind = DecisionKind::Remove;
        QVERIFY2(service.decide(Campaign, r, Chen), qPrintable(service.errorString()));
    }
    Clock::setFixed(Today);
    DecisionRequest ask;
    ask.tool = QStringLiteral("atlassian");
    ask.account = QStringLiteral("old.intern@gmail.example");
    ask.kind = DecisionKind::NeedsInfo;
    ask.reason = QStringLiteral("Whose intern?");
    QVERIFY2(service.decide(Campaign, ask, Ada), qPrintable(service.errorString()));

    QVERIFY(open());
    m_window->showCampaign();
    CampaignView* view = m_window->campaignView();
    QAbstractItemModelTester reviewerTester(view->reviewerModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester toolTester(view->toolModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Run r = cli({QStringLiteral("campaign"), QStringLiteral("status"), Campaign, QStringLiteral("--format"),
                       QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject status = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(status.value(QStringLiteral("decided")).toInt(), 3);
    QVERIFY2(view->summaryText().startsWith(
                 QStringLiteral("3 of %1 accounts decided").arg(status.value(QStringLiteral("total")).toInt())),
             qPrintable(view->summaryText()));

    auto compare = [](CampaignProgressModel* model, const QJsonArray& expected, const QString& keyName) {
        if (model->rowCount() != expected.size())
            return QStringLiteral("%1 rows, expected %2").arg(model->rowCount()).arg(expected.size());
        for (int row = 0; row < model->rowCount(); ++row) {
            const QJsonObject o = expected.at(row).toObject();
            auto cell = [&](int column) { return model->index(row, column).data(Qt::UserRole); };
            if (cell(CampaignProgressModel::Key).toString() != o.value(keyName).toString() ||
                cell(CampaignProgressModel::Decided).toInt() != o.value(QStringLiteral("decided")).toInt() ||
                cell(CampaignProgressModel::Total).toInt() != o.value(QStringLiteral("total")).toInt() ||
                cell(CampaignProgressModel::NeedsInfo).toInt() != o.value(QStringLiteral("needs_info")).toInt())
                return QStringLiteral("row %1 differs from %2")
                    .arg(row)
                    .arg(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        }
        return QString();
    };
    QString diff = compare(view->reviewerModel(), status.value(QStringLiteral("by_reviewer")).toArray(),
                           QStringLiteral("reviewer"));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    diff = compare(view->toolModel(), status.value(QStringLiteral("by_tool")).toArray(), QStringLiteral("tool"));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(view->toolModel()->rowCount(), 3);

    // The burn-down: a point per day from the start (2026-11-20) to today, as the status says.
    const QJsonArray burnDown = status.value(QStringLiteral("burn_down")).toArray();
    QCOMPARE(burnDown.size(), 8);
    QLineSeries* actual = view->burnDownSeries();
    QCOMPARE(actual->count(), int(burnDown.size()));
    for (int i = 0; i < actual->count(); ++i) {
        const QJsonObject o = burnDown.at(i).toObject();
        const QDate day = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(actual->at(i).x()), Qt::UTC).date(), day);
        QCOMPARE(qint64(actual->at(i).y()), qint64(o.value(QStringLiteral("undecided")).toInt()));
    }
    const int total = status.value(QStringLiteral("total")).toInt();
    QCOMPARE(actual->at(0).y(), qreal(total));
    QCOMPARE(actual->at(actual->count() - 1).y(), qreal(total - 3));
    // The ideal line: everything at the start, nothing on the due date.
    QLineSeries* ideal = view->idealSeries();
    QCOMPARE(ideal->count(), 2);
    QCOMPARE(ideal->at(0).y(), qreal(total));
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(ideal->at(1).x()), Qt::UTC).date(), QDate(2026, 12, 31));
    QCOMPARE(ideal->at(1).y(), 0.0);
    QVERIFY(!view->burnDownView()->grab().isNull());
}

void TestCampaignGui::concurrentGuiAndCliLoseNothing()
{
    QVERIFY(prepare());
    QSettings().setValue(MainWindow::ReviewerKey, Chen);
    QVERIFY(open());
    // The command line decides Ada's Atlassian accounts one after the other while the window decides
    // Chen's aws-prod accounts one by one.
    const QStringList atlassian = {
        QStringLiteral("old.intern@gmail.example"), QStringLiteral("gustav.b.home@mail.example"),
        QStringLiteral("jenkins-bot@larkspur.example"), QStringLiteral("maria.gomez@contractco.example"),
        QStringLiteral("ivan.petrov@contractco.example")};
    // The script starts when the window is about to record its first decision.
    const QString go = m_ws->dir() + QStringLiteral("/go");
    QString script = QStringLiteral("while [ ! -e \"$GO\" ]; do sleep 0.01; done\n");
    for (int i = 0; i < atlassian.size(); ++i) {
        script += QStringLiteral("\"$CLI\" -w \"$WS\" decide %1 needs-info --tool atlassian --account '%2' "
                                 "--reviewer %3 --reason 'round %4' || exit 1\n")
                      .arg(Campaign, atlassian.at(i), Ada)
                      .arg(i);
    }
    QProcess shell;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ROLLCALL_NOW"), QStringLiteral("2026-11-27T12:00:00Z"));
    env.insert(QStringLiteral("CLI"), QStringLiteral(ROLLCALL_CLI));
    env.insert(QStringLiteral("WS"), m_ws->path());
    env.insert(QStringLiteral("GO"), go);
    shell.setProcessEnvironment(env);
    shell.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
    QVERIFY(shell.waitForStarted());

    const QStringList prod = {QStringLiteral("legacy-admin"), QStringLiteral("emil"), QStringLiteral("ci-deploy"),
                              QStringLiteral("svc-terraform"), QStringLiteral("dana.kowalski")};
    DecisionBar* bar = m_window->detailPane()->decisionBar();
    QSignalSpy finished(m_window, &MainWindow::decisionsFinished);
    int guiDecisions = 0;
    for (const QString& login : prod) {
        const QModelIndex index = findRow(QStringLiteral("aws-prod"), login);
        QVERIFY2(index.isValid(), qPrintable(login));
        QVERIFY(selectRows({index}));
        bar->reasonEdit()->setText(QStringLiteral("gui %1").arg(login));
        if (guiDecisions == 0)
            QVERIFY(QFile(go).open(QIODevice::WriteOnly));
        bar->button(DecisionKind::NeedsInfo)->click();
        QVERIFY(finished.wait(Timeout));
        QVERIFY2(finished.last().first().toBool(), qPrintable(bar->errorText()));
        ++guiDecisions;
        QVERIFY(settled());
    }
    QVERIFY(shell.state() == QProcess::NotRunning || shell.waitForFinished(120000));
    QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());

    // Every decision of both is in the log, and the chain is one intact chain.
    QCOMPARE(m_ws->count(QStringLiteral("SELECT count(*) FROM attestation WHERE decision = 'needs-info' AND reviewer "
                                        "= 'chen.wei@larkspur.example'")),
             qint64(guiDecisions));
    QCOMPARE(m_ws->count(QStringLiteral("SELECT count(*) FROM attestation WHERE decision = 'needs-info' AND reviewer "
                                        "= 'ada.lindqvist@larkspur.example'")),
             qint64(atlassian.size()));
    const Run verify = cli({QStringLiteral("verify-store")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
    QVERIFY2(verify.out.contains(QByteArray("intact: 11 attestations")), verify.out.constData());
    // How the two writers interleaved in this run (for the log; the order is up to the scheduler).
    QSqlQuery q(m_ws->store().database());
    QString order;
    QVERIFY(q.exec(QStringLiteral("SELECT reviewer FROM attestation WHERE decision = 'needs-info' ORDER BY seq")));
    while (q.next())
        order += q.value(0).toString() == Chen ? QLatin1Char('G') : QLatin1Char('C');
    qInfo("attestations in log order, G window / C command line: %s", qPrintable(order));
}

// A single-key shortcut is a letter while a text field has the focus.
void TestCampaignGui::keysTypeIntoFields()
{
    QVERIFY(prepare());
    QSettings().setValue(MainWindow::ReviewerKey, Chen);
    QVERIFY(open());
    QVERIFY(selectRows({findRow(QStringLiteral("aws-prod"), QStringLiteral("legacy-admin"))}));
    QCOMPARE(m_window->action(QStringLiteral("decide-remove"))->shortcut(), QKeySequence(Qt::Key_D));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    DecisionBar* bar = m_window->detailPane()->decisionBar();
    bar->reasonEdit()->setFocus();
    QTest::keyClicks(bar->reasonEdit(), QStringLiteral("dead account, remove"));
    QCOMPARE(bar->reasonEdit()->text(), QStringLiteral("dead account, remove"));
    QTest::qWait(200);
    QVERIFY(idle());
    QCOMPARE(m_ws->count(QStringLiteral("SELECT count(*) FROM attestation")), 1); // the campaign's start

    // The shortcuts dialog lists every decision with its key.
    m_window->action(QStringLiteral("shortcuts"))->trigger();
    ShortcutsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ShortcutsDialog*>()) != nullptr);
    QStringList listed;
    for (int row = 0; row < dialog->model()->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < dialog->model()->columnCount(); ++column)
            cells.append(dialog->model()->index(row, column).data().toString());
        listed.append(cells.join(QLatin1Char('|')));
    }
    for (DecisionKind kind : allDecisionKinds()) {
        const QString entry =
            QStringLiteral("Campaign|%1 Selected|%2")
                .arg(DecisionBar::buttonText(kind), DecisionBar::shortcut(kind).toString(QKeySequence::NativeText));
        QVERIFY2(listed.contains(entry), qPrintable(entry));
    }
    dialog->close();
}

void TestCampaignGui::reconcileAndCapFromTheBar()
{
    QVERIFY(prepare());
    QSettings().setValue(MainWindow::ReviewerKey, Ada);
    QVERIFY(open());
    DecisionBar* bar = m_window->detailPane()->decisionBar();
    // An external account: the expiry can be at most 90 days away, as the core caps it.
    QVERIFY(selectRows({findRow(QStringLiteral("atlassian"), QStringLiteral("maria.gomez@contractco.example"))}));
    QCOMPARE(bar->untilEdit()->maximumDate(), QDate(2026, 11, 27).addDays(90));
    QVERIFY(!bar->rotationEdit()->isEnabled());

    // Reconcile an unmanaged account to its owner: recorded, linked, judged again on the worker.
    const QModelIndex gustav = findRow(QStringLiteral("atlassian"), QStringLiteral("gustav.b.home@mail.example"));
    QCOMPARE(gustav.siblingAtColumn(AccountTableModel::Class).data().toString(), QStringLiteral("unmanaged"));
    QVERIFY(selectRows({gustav}));
    bar->ownerEdit()->setText(QStringLiteral("gustav.berg@larkspur.example"));
    bar->reasonEdit()->setText(QStringLiteral("Gustav confirmed his private address"));
    QSignalSpy finished(m_window, &MainWindow::decisionsFinished);
    bar->button(DecisionKind::Reconcile)->click();
    QVERIFY(finished.wait(Timeout));
    QVERIFY2(finished.first().first().toBool(), qPrintable(bar->errorText()));
    QCOMPARE(attestations(QStringLiteral("reconcile")), 1);
    QCOMPARE(m_ws->count(QStringLiteral("SELECT count(*) FROM manual_link_event WHERE owner_email = "
                                        "'gustav.berg@larkspur.example' AND actor = 'ada.lindqvist@larkspur.example'")),
             1);
    // Judged again before the decision was reported; the table the decision refreshed shows it.
    QCOMPARE(m_ws->count(QStringLiteral("SELECT count(*) FROM account_view WHERE login = 'gustav.b.home@mail.example' "
                                        "AND class = 'managed' AND rule = 'manual'")),
             1);
    QVERIFY(settled());
    QCOMPARE(findRow(QStringLiteral("atlassian"), QStringLiteral("gustav.b.home@mail.example"))
                 .siblingAtColumn(AccountTableModel::Class)
                 .data()
                 .toString(),
             QStringLiteral("managed"));
}

void TestCampaignGui::startAndCloseFromTheWindow()
{
    QVERIFY(prepare(0, false));
    QSettings().setValue(MainWindow::ReviewerKey, Farah);
    QVERIFY(open(false));
    QVERIFY(!m_window->action(QStringLiteral("decide-remove"))->isEnabled());
    QVERIFY(!m_window->myQueueCheck()->isEnabled());

    InputDialog::setNextText(Campaign);
    InputDialog::setNextText(QStringLiteral("2026-12-31"));
    InputDialog::setNextText(QStringLiteral("aws-prod=%1, atlassian=%2").arg(Chen, Ada));
    m_window->action(QStringLiteral("startCampaign"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->activeCampaign(), Campaign, Timeout);
    QVERIFY(idle());
    Run r = cli({QStringLiteral("campaign"), QStringLiteral("status"), Campaign, QStringLiteral("--format"),
                 QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonObject status = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    QCOMPARE(status.value(QStringLiteral("owner")).toString(), Farah);
    QCOMPARE(status.value(QStringLiteral("reviewers")).toObject().value(QStringLiteral("aws-prod")).toString(), Chen);
    QCOMPARE(qint64(status.value(QStringLiteral("total")).toInt()), m_window->campaignView()->progress().total);
    QVERIFY(m_window->action(QStringLiteral("decide-remove"))->isEnabled());

    // A second one while it is open: the core's refusal, said.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    InputDialog::setNextText(QStringLiteral("2026-Q4b"));
    InputDialog::setNextText(QStringLiteral("2026-12-31"));
    InputDialog::setNextText({});
    m_window->action(QStringLiteral("startCampaign"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(MessageBox::lastText().contains(QLatin1String("campaign 2026-Q4 is still open")), Timeout);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->action(QStringLiteral("closeCampaign"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->campaignView()->campaign().closed, Timeout);
    r = cli({QStringLiteral("campaign"), QStringLiteral("status"), Campaign, QStringLiteral("--format"),
             QStringLiteral("json")});
    status = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    QVERIFY(!m_window->action(QStringLiteral("decide-remove"))->isEnabled());
}

// Closing with a signing key in the preferences offers the final evidence bundle; it verifies, with
// remediation/ inside, as `rollcall-cli verify` sees it.
void TestCampaignGui::evidenceOnClose()
{
    QVERIFY(prepare(1, true));
    QSettings().setValue(MainWindow::ReviewerKey, Farah);
    QTemporaryDir out;
    SigningKey key;
    QString error;
    QVERIFY2(SigningKey::generate(key, error) && key.writePrivateKey(out.filePath(QStringLiteral("k.pem")), {}, error),
             qPrintable(error));
    Preferences preferences = Preferences::load();
    preferences.signingKey = out.filePath(QStringLiteral("k.pem"));
    preferences.save();
    QVERIFY(open(true));
    MessageBox::setNextAnswer(QMessageBox::Yes); // close it
    MessageBox::setNextAnswer(QMessageBox::Yes); // write the evidence now
    FileDialog::setNextFileName(out.path());
    m_window->action(QStringLiteral("closeCampaign"))->trigger();
    const QString bundle = out.filePath(QStringLiteral("evidence-") + Campaign);
    QTRY_VERIFY2_WITH_TIMEOUT(
        QFileInfo::exists(QDir(bundle).filePath(QStringLiteral("SHA256SUMS"))),
        qPrintable(MessageBox::lastText() + QLatin1Char('|') + m_window->statusBar()->currentMessage()), Timeout);
    QVERIFY(idle());
    const Run r = cli({QStringLiteral("verify"), bundle});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFileInfo::exists(QDir(bundle).filePath(QStringLiteral("remediation/README.txt"))));
    const QJsonObject manifest = QJsonDocument::fromJson([&] {
                                     QFile f(QDir(bundle).filePath(QStringLiteral("manifest.json")));
                                     return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
                                 }())
                                     .object();
    QCOMPARE(manifest.value(QStringLiteral("interim")).toBool(true), false);
    preferences.signingKey.clear();
    preferences.save();
}

QTEST_MAIN(TestCampaignGui)
#include "TestCampaignGui.moc"
