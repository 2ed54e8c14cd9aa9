// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

using namespace Rollcall;

class TestCsvReader : public QObject
{
    Q_OBJECT

private:
    // Reads everything; records joined as "a|b;c|d" so expectations fit in one string.
    static QString readAll(const QByteArray& bytes, QString* error = nullptr, QString* encoding = nullptr,
                           QChar* delimiter = nullptr)
    {
        QByteArray data = bytes;
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QStringList records;
        if (reader.readHeader()) {
            records.append(reader.header().join(QLatin1Char('|')));
            CsvRecord record;
            while (reader.readRecord(record))
                records.append(record.fields.join(QLatin1Char('|')));
        }
        if (error && reader.error().isSet())
            *error = reader.error().format(QStringLiteral("f.csv"));
        if (encoding)
            *encoding = reader.encoding();
        if (delimiter)
            *delimiter = reader.delimiter();
        return records.join(QLatin1Char(';'));
    }

    static QByteArray utf16(const QString& text, QStringConverter::Encoding encoding)
    {
        QStringEncoder encoder(encoding, QStringEncoder::Flag::WriteBom);
        return encoder.encode(text);
    }

private Q_SLOTS:
    void read_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("delimiter");

        QTest::newRow("lf") << QByteArray("a,b\n1,2\n") << "a|b;1|2"
                            << "UTF-8"
                            << ",";
        QTest::newRow("no-final-newline") << QByteArray("a,b\n1,2") << "a|b;1|2"
                                          << "UTF-8"
                                          << ",";
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << "a|b;1|2;3|4"
                              << "UTF-8"
                              << ",";
        QTest::newRow("bom-utf8") << QByteArray("\xEF\xBB\xBFuser,arn\nx,y\n") << "user|arn;x|y"
                                  << "UTF-8 with BOM"
                                  << ",";
        QTest::newRow("utf16le-tab") << utf16(QStringLiteral("name\tmail\r\nJörg\tj@x.example\r\n"),
                                              QStringConverter::Utf16LE)
                                     << QStringLiteral("name|mail;Jörg|j@x.example") << "UTF-16LE"
                                     << "\t";
        QTest::newRow("utf16be") << utf16(QStringLiteral("a,b\n1,2\n"), QStringConverter::Utf16BE) << "a|b;1|2"
                                 << "UTF-16BE"
                                 << ",";
        QTest::newRow("quoted-comma") << QByteArray("a,b\n\"Doe, Jane\",2\n") << "a|b;Doe, Jane|2"
                                      << "UTF-8"
                                      << ",";
        QTest::newRow("quoted-newline") << QByteArray("a,b\n\"line1\nline2\",2\n3,4\n") << "a|b;line1\nline2|2;3|4"
                                        << "UTF-8"
                                        << ",";
        QTest::newRow("doubled-quote") << QByteArray("a,b\n\"say \"\"hi\"\"\",2\n") << "a|b;say \"hi\"|2"
                                       << "UTF-8"
                                       << ",";
        QTest::newRow("empty-quoted") << QByteArray("a,b\n\"\",2\n") << "a|b;|2"
                                      << "UTF-8"
                                      << ",";
        QTest::newRow("semicolon") << QByteArray("a;b;c\n1;2,5;3\n") << "a|b|c;1|2,5|3"
                                   << "UTF-8"
                                   << ";";
        QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << "a|b;1|2"
                             << "UTF-8"
                             << "\t";
        QTest::newRow("blank-lines-skipped") << QByteArray("a,b\n\n1,2\n\n") << "a|b;1|2"
                                             << "UTF-8"
                                             << ",";
        QTest::newRow("windows-1252") << QByteArray("name,city\nJ\xF6rg,K\xF6ln\n")
                                      << QStringLiteral("name|city;Jörg|Köln") << "Windows-1252"
                                      << ",";
        QTest::newRow("utf8-multibyte") << QByteArray("name\nZo\xC3\xAB\n") << QStringLiteral("name;Zoë") << "UTF-8"
                                        << ",";
    }

    void read()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QFETCH(QString, encoding);
        QFETCH(QString, delimiter);
        QString error, actualEncoding;
        QChar actualDelimiter;
        QCOMPARE(readAll(input, &error, &actualEncoding, &actualDelimiter), expected);
        QCOMPARE(error, QString());
        QCOMPARE(actualEncoding, encoding);
        QCOMPARE(QString(actualDelimiter), delimiter);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("error");

        QTest::newRow("ragged-row") << QByteArray("a,b\n1,2\n3\n")
                                    << "f.csv:3: expected 2 field(s) as in the header, found 1";
        QTest::newRow("too-many-fields") << QByteArray("a,b\r\n1,2,3\r\n")
                                         << "f.csv:2: expected 2 field(s) as in the header, found 3";
        QTest::newRow("unclosed-quote") << QByteArray("a,b\n1,\"open\n2,3\n")
                                        << "f.csv:2:3: quoted field is never closed; expected a closing '\"'";
        QTest::newRow("text-after-quote")
            << QByteArray("a,b\n\"x\"y,2\n")
            << "f.csv:2:4: expected a delimiter or the end of the line after a closing quote, found 'y'";
        QTest::newRow("empty") << QByteArray() << "f.csv: the file is empty; expected a header row";
        QTest::newRow("nul-byte") << QByteArray("a,b\n1,\0002\n", 10)
                                  << "f.csv:2:3: found a NUL byte; expected a CSV text file";
    }

    void errors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, error);
        QString actual;
        readAll(input, &actual);
        QCOMPARE(actual, error);
    }

    // A 50 MB cell is an error naming its line and column, not 50 MB held twice.
    void hugeCellIsAnError()
    {
        QByteArray data("a,b\n1,\"");
        data += QByteArray(50 * 1024 * 1024, 'x');
        data += "\"\n";
        QString error;
        readAll(data, &error);
        QCOMPARE(error,
                 QStringLiteral("f.csv:2: field 'b' is longer than 1 MiB; expected an export with ordinary cells"));
    }

    void recordKeepsRawTextAndLine()
    {
        QByteArray data("a,b\r\n\"x\ny\",2\r\nlast,row");
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QVERIFY(reader.readHeader());
        CsvRecord record;
        QVERIFY(reader.readRecord(record));
        QCOMPARE(record.line, qint64(2));
        QCOMPARE(record.text, QStringLiteral("\"x\ny\",2"));
        QVERIFY(reader.readRecord(record));
        QCOMPARE(record.line, qint64(4));
        QCOMPARE(record.text, QStringLiteral("last,row"));
        QVERIFY(!reader.readRecord(record));
        QVERIFY(!reader.error().isSet());
    }

    // Records span the reader's 64 KiB chunks and its buffer compaction; none may be lost or split.
    void streamsAcrossChunks()
    {
        QByteArray data("id,note\n");
        const int rows = 30000;
        for (int i = 0; i < rows; ++i)
            data += QByteArray::number(i) + ",\"multi\nline, " + QByteArray::number(i) + "\"\n";
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QVERIFY(reader.readHeader());
        CsvRecord record;
        int count = 0;
        while (reader.readRecord(record)) {
            QCOMPARE(record.fields.at(0), QString::number(count));
            QCOMPARE(record.fields.at(1), QStringLiteral("multi\nline, %1").arg(count));
            QCOMPARE(record.line, qint64(2 + 2 * count));
            ++count;
        }
        QVERIFY2(!reader.error().isSet(), qPrintable(reader.error().message));
        QCOMPARE(count, rows);
    }

    void normaliseHeader_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("snake") << "access_key_1_active"
                               << "accesskey1active";
        QTest::newRow("spaces-case") << "User id"
                                     << "userid";
        QTest::newRow("bom") << QStringLiteral("\uFEFFuser") << "user";
        QTest::newRow("read-only-suffix") << "Email Address [Required]"
                                          << "emailaddress";
        QTest::newRow("dashes") << "Last seen in Jira - acme"
                                << "lastseeninjiraacme";
        QTest::newRow("camel") << "userPrincipalName"
                               << "userprincipalname";
    }

    void normaliseHeader()
    {
        QFETCH(QString, name);
        QFETCH(QString, normalised);
        QCOMPARE(CsvReader::normaliseHeader(name), normalised);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
