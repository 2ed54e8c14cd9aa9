// SPDX-License-Identifier: GPL-3.0-or-later
#include "Importer.h"
#include "TempWorkspace.h"
#include "item/AccountTableModel.h"
#include "store/SnapshotWriter.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Rollcall;

namespace {
constexpr int Timeout = 30000;

// The model answers on a worker thread: wait until the rows shown are those of the current
// query and their number is final.
bool settle(AccountTableModel& model)
{
    return QTest::qWaitFor([&model] { return !model.isLoading() && model.isCountKnown(); }, Timeout);
}

// Waits for a row's page; data() asked for it on the first call.
bool loadRow(AccountTableModel& model, int row)
{
    model.data(model.index(row, 0));
    return QTest::qWaitFor([&model, row] { return model.isRowLoaded(row); }, Timeout);
}

// The window's indexes of migrations 005 and 009 (the model uses them when present), or none.
void setTriageIndexes(TempWorkspace& ws, bool present)
{
    const QStringList create = {
        QStringLiteral("CREATE INDEX IF NOT EXISTS link_triage ON link (account_id, class, risk, recommendation, rule, "
                       "identity_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS link_by_risk ON link (risk)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS link_by_class ON link (class)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS identity_owner ON identity (id, email, upn, status, display_name)")};
    QSqlQuery q(ws.store().database());
    for (const QString& sql : create) {
        const QString name = sql.section(QLatin1Char(' '), 5, 5);
        QVERIFY2(q.exec(present ? sql : QStringLiteral("DROP INDEX IF EXISTS ") + name), qPrintable(name));
    }
}

QString cell(AccountTableModel& model, int row, int column)
{
    if (!loadRow(model, row))
        return QStringLiteral("<not loaded>");
    return model.data(model.index(row, column)).toString();
}

// `count` accounts user00000, user00001, ... in one snapshot of tool "gh", unreconciled, plus a
// verdict with risk = i % 101 and class managed/unmanaged for every other one when `reconciled`.
void writeAccounts(TempWorkspace& ws, int count, bool reconciled)
{
    SnapshotWriter w(ws.store());
    QVERIFY(w.begin(testSnapshot(SourceKind::Tool, QStringLiteral("gh"))));
    for (int i = 0; i < count; ++i) {
        AccountRecord r;
        r.accountKey = r.login = QStringLiteral("user%1").arg(i, 6, 10, QLatin1Char('0'));
        r.email = r.login + QStringLiteral("@example.test");
        r.raw = r.login;
        r.line = i + 2;
        QVERIFY(w.addAccount(r));
    }
    QVERIFY(w.commit());
    if (!reconciled)
        return;
    QSqlDatabase db = ws.store().database();
    QVERIFY(db.transaction());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO link (account_id, class, risk, explanation, reconciled_at) SELECT id, CASE WHEN id % 2 = 0 THEN "
        "'managed' ELSE 'unmanaged' END, (id - 1) % 101, 'because ' || login, '2026-11-27T12:00:00Z' FROM account")));
    QVERIFY(db.commit());
}
} // namespace

class TestAccountTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demo()
    {
        TempWorkspace ws;
        QString error;
        QVERIFY2(ws.importDemo(&error), qPrintable(error));
        AccountTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setConnectionName(ws.store().database().connectionName());
        QVERIFY(model.isLoading());
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 27);
        QCOMPARE(model.columnCount(), int(AccountTableModel::ColumnCount));
        QCOMPARE(model.classCounts().value(QStringLiteral("orphaned")), 4);

        // Default order: riskiest first.
        const int top = model.data(model.index(0, AccountTableModel::Risk)).toInt();
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.data(model.index(row, AccountTableModel::Risk)).toInt() <= top);

        AccountFilter filter;
        filter.classes = {AccountClass::Orphaned};
        model.setFilter(filter);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 4);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.classAt(model.index(row, 0)), QStringLiteral("orphaned"));
            // The explanation (the tooltip) follows the row.
            QTRY_VERIFY(!model.data(model.index(row, 0), Qt::ToolTipRole).toString().isEmpty());
        }

        filter.classes.clear();
        filter.tool = QStringLiteral("aws-prod");
        filter.text = QStringLiteral("SVC-");
        model.setFilter(filter);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, AccountTableModel::Login)).toString(), QStringLiteral("svc-terraform"));

        // LIKE wildcards in the text are literal.
        filter = {};
        filter.text = QStringLiteral("%");
        model.setFilter(filter);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 0);

        model.setFilter({});
        model.sort(AccountTableModel::Login, Qt::AscendingOrder);
        QVERIFY(settle(model));
        QCOMPARE(model.data(model.index(0, AccountTableModel::Login)).toString(), QStringLiteral("<root_account>"));
    }

    void filtersCombine_data()
    {
        QTest::addColumn<AccountFilter>("filter");
        QTest::addColumn<QString>("sql"); // the same condition over account_view

        AccountFilter f;
        f.riskMin = 40;
        f.riskMax = 70;
        QTest::newRow("risk-range") << f << "risk BETWEEN 40 AND 70";
        f = {};
        f.privileges = {Privilege::Admin, Privilege::Owner};
        QTest::newRow("privilege") << f << "privilege IN ('admin', 'owner')";
        f = {};
        f.mfa = AccountFilter::Mfa::No;
        QTest::newRow("mfa-no") << f << "mfa = 0";
        f.mfa = AccountFilter::Mfa::Unknown;
        QTest::newRow("mfa-unknown") << f << "mfa IS NULL";
        f = {};
        f.owner = AccountFilter::Owner::None;
        QTest::newRow("owner-none") << f << "owner_status = ''";
        f.owner = AccountFilter::Owner::Inactive;
        QTest::newRow("owner-inactive") << f << "owner_status IN ('disabled', 'terminated', 'leave')";
        f = {};
        f.states = {ToolState::Suspended, ToolState::Deactivated};
        QTest::newRow("state") << f << "state IN ('suspended', 'deactivated')";
        f = {};
        f.recommendations = {QStringLiteral("remove")};
        QTest::newRow("recommendation") << f << "recommendation = 'remove'";
        f = {};
        f.neverUsed = true;
        QTest::newRow("never-used") << f << "never_used = 1";
        f = {};
        f.stale = true;
        f.staleAfterDays = 90;
        QTest::newRow("stale") << f
                               << "CASE WHEN last_activity IS NOT NULL THEN last_activity < '2026-08-29T00:00:00Z' "
                                  "ELSE never_used = 1 END";
        f = {};
        f.classes = {AccountClass::External};
        f.withoutExpiry = true;
        QTest::newRow("external-no-expiry") << f << "class = 'external' AND state_expiry IS NULL";
        for (const SavedView& view : defaultSavedViews())
            QTest::newRow(qPrintable(QStringLiteral("view-") + view.id)) << view.filter << QString();
    }

    // Every filter, through the paged model (its own SQL over light joins), selects what the same
    // condition selects over account_view.
    void filtersCombine()
    {
        QFETCH(AccountFilter, filter);
        QFETCH(QString, sql);
        TempWorkspace ws;
        QString error;
        QVERIFY2(ws.importDemo(&error), qPrintable(error));
        QVariantList binds;
        const QString where = sql.isEmpty() ? filter.whereClause(binds) : QStringLiteral(" WHERE ") + sql;
        QSqlQuery q(ws.store().database());
        QVERIFY(q.prepare(QStringLiteral("SELECT id FROM account_view") + where + QStringLiteral(" ORDER BY id")));
        for (const QVariant& b : binds)
            q.addBindValue(b);
        QVERIFY(q.exec());
        QList<qint64> expected;
        while (q.next())
            expected.append(q.value(0).toLongLong());

        AccountTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConnectionName(ws.store().database().connectionName());
        model.setFilter(filter);
        QVERIFY(settle(model));
        QList<qint64> got;
        for (int row = 0; row < model.rowCount(); ++row)
            got.append(model.accountIdAt(model.index(row, 0)));
        std::sort(got.begin(), got.end());
        QCOMPARE(got, expected);
    }

    void changedSinceLastImport()
    {
        TempWorkspace ws;
        QString error;
        QVERIFY2(ws.importDemo(&error), qPrintable(error));
        QFile original(QStringLiteral(ROLLCALL_DEMO_DATA "/aws-prod-credential-report.csv"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray next = original.readAll();
        next.replace("2026-11-18T13:22:10Z", "2026-11-26T09:00:00Z"); // bruno.okafor signed in again
        next += "\nnewbie,arn:aws:iam::111122223333:user/newbie,2026-11-20T09:00:00Z,true,no_information,"
                "2026-11-20T09:00:00Z,N/A,false,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A";
        const ImportResult r =
            ws.importFile(ws.writeFile(QStringLiteral("next.csv"), next), SourceKind::Tool, QStringLiteral("aws-prod"));
        QVERIFY2(r.ok, qPrintable(r.error));

        AccountTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConnectionName(ws.store().database().connectionName());
        AccountFilter filter;
        filter.tool = QStringLiteral("aws-prod");
        filter.changedSinceLastImport = true;
        model.setFilter(filter);
        model.sort(AccountTableModel::Login, Qt::AscendingOrder);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, AccountTableModel::Login)).toString(), QStringLiteral("bruno.okafor"));
        QCOMPARE(model.data(model.index(1, AccountTableModel::Login)).toString(), QStringLiteral("newbie"));
        // A tool imported once: every account is new.
        filter.tool = QStringLiteral("atlassian");
        model.setFilter(filter);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 12);
    }

    // Rows beyond the first page come from their own page, in SQL order, without gaps.
    void pagesAcrossBoundaries()
    {
        TempWorkspace ws;
        const int total = 3 * AccountTableModel::PageSize + 17;
        writeAccounts(ws, total, false);
        AccountTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConnectionName(ws.store().database().connectionName());
        model.sort(AccountTableModel::Login, Qt::DescendingOrder);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), total);
        for (int row : {0, AccountTableModel::PageSize - 1, AccountTableModel::PageSize, total - 1, 1234}) {
            QCOMPARE(cell(model, row, AccountTableModel::Login),
                     QStringLiteral("user%1").arg(total - 1 - row, 6, 10, QLatin1Char('0')));
        }
        QCOMPARE(model.data(model.index(0, AccountTableModel::Class)).toString(), QStringLiteral("not reconciled"));
    }

    // The paged model at 100,000 rows under QAbstractItemModelTester: first rows at once, the
    // count after, any page on demand in either order and through a link index, a bounded cache.
    void hundredThousandRows_data()
    {
        QTest::addColumn<bool>("indexes");
        QTest::newRow("scans") << false;
        QTest::newRow("link-indexes") << true;
    }

    void hundredThousandRows()
    {
        QFETCH(bool, indexes);
        TempWorkspace ws;
        const int total = 100000;
        writeAccounts(ws, total, true);
        setTriageIndexes(ws, indexes);
        if (QTest::currentTestFailed())
            return;
        AccountTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &AccountTableModel::countKnown);
        model.setWorkspace(ws.path());
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), total);
        QCOMPARE(counted.size(), 1);
        QCOMPARE(model.classCounts().value(QStringLiteral("managed")), total / 2);

        // Risk, highest first, ties by id highest first.
        QCOMPARE(cell(model, 0, AccountTableModel::Risk), QStringLiteral("100"));
        QCOMPARE(cell(model, total - 1, AccountTableModel::Risk), QStringLiteral("0"));
        for (int row : {1, 499, 500, 50000, 99998}) {
            QVERIFY(cell(model, row - 1, AccountTableModel::Risk).toInt() >=
                    cell(model, row, AccountTableModel::Risk).toInt());
        }

        model.sort(AccountTableModel::Login, Qt::AscendingOrder);
        QVERIFY(settle(model));
        for (int row : {0, 1, 777, 50000, total - 1})
            QCOMPARE(cell(model, row, AccountTableModel::Login),
                     QStringLiteral("user%1").arg(row, 6, 10, QLatin1Char('0')));

        // A bounded cache: reading many pages keeps it under its limit (plus the page in hand).
        model.setCacheLimit(1024 * 1024);
        for (int page = 0; page < 40; ++page)
            QVERIFY(loadRow(model, page * 2 * AccountTableModel::PageSize));
        QVERIFY2(model.cacheBytes() <= model.cacheLimit() + 512 * 1024,
                 qPrintable(QString::number(model.cacheBytes())));
        QVERIFY(model.cachedPages() < 40);

        // A filter typed letter by letter: stale queries give way, the last one is shown.
        AccountFilter filter;
        for (const char* text : {"u", "us", "use", "user0999", "user09999", "user099999"}) {
            filter.text = QLatin1String(text);
            model.setFilter(filter);
        }
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, AccountTableModel::Login), QStringLiteral("user099999"));

        filter = {};
        filter.classes = {AccountClass::Unmanaged};
        filter.riskMin = 50;
        model.setFilter(filter);
        model.sort(AccountTableModel::Risk, Qt::AscendingOrder);
        QVERIFY(settle(model));
        QSqlQuery q(ws.store().database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM account_view WHERE class = 'unmanaged' AND risk >= 50")));
        QVERIFY(q.next());
        QCOMPARE(model.rowCount(), q.value(0).toInt());
        QCOMPARE(cell(model, 0, AccountTableModel::Risk), QStringLiteral("50"));
        QCOMPARE(cell(model, model.rowCount() - 1, AccountTableModel::Risk), QStringLiteral("100"));
    }

    void detaches()
    {
        TempWorkspace ws;
        writeAccounts(ws, 10, false);
        AccountTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(ws.path());
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 10);
        model.setWorkspace({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isLoading());

        // A file that is not a workspace: the failure is reported, no rows. Every time: the loader may open the
        // file before or after the query for it arrives.
        QSignalSpy failed(&model, &AccountTableModel::queryFailed);
        const QString junk = ws.writeFile(QStringLiteral("nothing.rollcall"), "not a database");
        for (int attempt = 1; attempt <= 20; ++attempt) {
            model.setWorkspace(junk);
            QTRY_COMPARE(failed.size(), attempt);
            QCOMPARE(model.rowCount(), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestAccountTableModel)
#include "TestAccountTableModel.moc"
