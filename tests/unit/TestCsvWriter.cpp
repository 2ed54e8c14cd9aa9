// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/CsvWriter.h"

#include <QTest>

using namespace Rollcall;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void field_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << "jane"
                               << "jane";
        QTest::newRow("formula") << "=1+3"
                                 << "'=1+3";
        QTest::newRow("plus") << "+49 30 1234"
                              << "'+49 30 1234";
        QTest::newRow("minus") << "-2"
                               << "'-2";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("tab") << "\tcmd"
                             << "'\tcmd";
        QTest::newRow("formula-with-comma") << "=HYPERLINK(\"http://x\",\"y\")"
                                            << "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"";
        QTest::newRow("comma") << "Doe, Jane"
                               << "\"Doe, Jane\"";
        QTest::newRow("newline") << "a\nb"
                                 << "\"a\nb\"";
        QTest::newRow("empty") << ""
                               << "";
    }

    void field()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(csvField(value), written);
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "TestCsvWriter.moc"
