// SPDX-License-Identifier: GPL-3.0-or-later
#include "Importer.h"
#include "TempWorkspace.h"
#include "item/AccountTableModel.h"
#include "store/SnapshotWriter.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Rollcall;

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
        model.setConnectionName(ws.store().database().connectionName());
        QCOMPARE(model.rowCount(), 27);
        QCOMPARE(model.columnCount(), int(AccountTableModel::ColumnCount));

        // Default order: riskiest first.
        const int top = model.data(model.index(0, AccountTableModel::Risk)).toInt();
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.data(model.index(row, AccountTableModel::Risk)).toInt() <= top);

        AccountFilter filter;
        filter.classes = {AccountClass::Orphaned};
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 4);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.classAt(model.index(row, 0)), QStringLiteral("orphaned"));
            QVERIFY(!model.data(model.index(row, 0), Qt::ToolTipRole).toString().isEmpty());
        }

        filter.classes.clear();
        filter.tool = QStringLiteral("aws-prod");
        filter.text = QStringLiteral("SVC-");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, AccountTableModel::Login)).toString(), QStringLiteral("svc-terraform"));

        // LIKE wildcards in the text are literal.
        filter = {};
        filter.text = QStringLiteral("%");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);

        model.setFilter({});
        model.sort(AccountTableModel::Login, Qt::AscendingOrder);
        QCOMPARE(model.data(model.index(0, AccountTableModel::Login)).toString(), QStringLiteral("<root_account>"));
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
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, AccountTableModel::Login)).toString(), QStringLiteral("bruno.okafor"));
        QCOMPARE(model.data(model.index(1, AccountTableModel::Login)).toString(), QStringLiteral("newbie"));
        // A tool imported once: every account is new.
        filter.tool = QStringLiteral("atlassian");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 12);
    }

    // Rows beyond the first page come from their own page, in SQL order, without gaps.
    void pagesAcrossBoundaries()
    {
        TempWorkspace ws;
        SnapshotWriter w(ws.store());
        QVERIFY(w.begin(testSnapshot(SourceKind::Tool, QStringLiteral("gh"))));
        const int total = 3 * AccountTableModel::PageSize + 17;
        for (int i = 0; i < total; ++i) {
            AccountRecord r;
            r.accountKey = r.login = QStringLiteral("user%1").arg(i, 5, 10, QLatin1Char('0'));
            r.raw = r.login;
            r.line = i + 2;
            QVERIFY(w.addAccount(r));
        }
        QVERIFY(w.commit());
        AccountTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConnectionName(ws.store().database().connectionName());
        model.sort(AccountTableModel::Login, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), total);
        for (int row : {0, AccountTableModel::PageSize - 1, AccountTableModel::PageSize, total - 1, 1234}) {
            QCOMPARE(model.data(model.index(row, AccountTableModel::Login)).toString(),
                     QStringLiteral("user%1").arg(total - 1 - row, 5, 10, QLatin1Char('0')));
        }
        QCOMPARE(model.data(model.index(0, AccountTableModel::Class)).toString(), QStringLiteral("not reconciled"));
    }
};

QTEST_GUILESS_MAIN(TestAccountTableModel)
#include "TestAccountTableModel.moc"
