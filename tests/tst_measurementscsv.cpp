// Measurements CSV (models/io/measurementscsv.h): good rows in the variants people's
// spreadsheets write, bad rows with their line numbers, and the import: all or nothing, one
// undo step, the file untouched on error.
#include "io/measurementscsv.h"
#include "storage/document.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Valuemap;

class TestMeasurementsCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    void goodRows_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("expected"); // date|value|note per row
        QTest::addRow("plain") << QByteArray("2026-01-15,4.0\n2026-02-15,4.5,after launch\n")
                               << QStringList { u"2026-01-15|4|"_s,
                                      u"2026-02-15|4.5|after launch"_s };
        QTest::addRow("header and CRLF") << QByteArray("date,value,note\r\n2026-01-15,4,x\r\n")
                                         << QStringList { u"2026-01-15|4|x"_s };
        QTest::addRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                           "date,value\n2026-03-31,5.4\n")
                             << QStringList { u"2026-03-31|5.4|"_s };
        QTest::addRow("semicolons, decimal comma")
            << QByteArray("Datum;Wert;Notiz\n2026-03-31;5,4;MVP live\n2026-04-30;6.1;\n")
            << QStringList { u"2026-03-31|5.4|MVP live"_s, u"2026-04-30|6.1|"_s };
        QTest::addRow("quotes") << QByteArray("2026-01-15,4,\"Launch, \"\"beta\"\" customers\"\n"
                                              "2026-02-15,\"4.5\",\"two\nlines\"\n")
                                << QStringList { u"2026-01-15|4|Launch, \"beta\" customers"_s,
                                       u"2026-02-15|4.5|two\nlines"_s };
        QTest::addRow("tab-separated, a note kept exactly but cleaned")
            << QByteArray("date\tvalue\tnote\n2026-01-15\t4\t\"\t=1+1 \x07ok\"\n")
            << QStringList { u"2026-01-15|4|\t=1+1 ok"_s };
        QTest::addRow("blank lines, no final newline, UTF-8")
            << QByteArray("\n2026-01-15,-3.25,Café ☕\n\n2026-01-16,1e2")
            << QStringList { u"2026-01-15|-3.25|Café ☕"_s, u"2026-01-16|100|"_s };
    }

    void goodRows()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, expected);
        const MeasurementsCsv parsed = parseMeasurementsCsv(csv);
        QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.join(u'\n')));
        QStringList rows;
        for (const Measurement &m : parsed.rows)
            rows.append(
                m.date.toString(Qt::ISODate) + u'|' + QString::number(m.value) + u'|' + m.note);
        QCOMPARE(rows, expected);
        QVERIFY(parsed.isValid());
    }

    void badRows_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("errors");
        QTest::addRow("german date")
            << QByteArray("date,value\n2026-01-15,4\n2026-01-16,4\n31.02.2026,5\n")
            << QStringList { u"line 4: “31.02.2026” is not a date (use YYYY-MM-DD)"_s };
        QTest::addRow("impossible date and bad number")
            << QByteArray("2026-02-31,4\n2026-03-01,four\n2026-03-02\n")
            << QStringList { u"line 1: “2026-02-31” is not a date (use YYYY-MM-DD)"_s,
                   u"line 2: “four” is not a number (use e.g. 4.2)"_s,
                   u"line 3: needs a date and a value, e.g. 2026-03-31, 4.2"_s };
        QTest::addRow("too many fields")
            << QByteArray("2026-03-01,4,a,b\n")
            << QStringList {
                   u"line 1: has 4 fields; expected date, value and an optional note (quote a note that contains “,”)"_s
               };
        QTest::addRow("missing value")
            << QByteArray("2026-03-01,\n") << QStringList { u"line 1: the value is missing"_s };
        QTest::addRow("line numbers after a quoted line break")
            << QByteArray("2026-03-01,4,\"a\nb\"\nxx,5\n")
            << QStringList { u"line 3: “xx” is not a date (use YYYY-MM-DD)"_s };
        QTest::addRow("unclosed quote")
            << QByteArray("2026-03-01,4,\"open\n")
            << QStringList {
                   u"Line 1: a quoted field is never closed (a \" is missing)."_s
               };
        QTest::addRow("values beyond what a plan holds")
            << QByteArray("date,value\n2026-03-01,1e20\n0001-01-01,4\n2026-03-02,-1e13\n")
            << QStringList {
                   u"line 2: the measurement value must be a number from -1,000,000,000,000 to 1,000,000,000,000"_s,
                   u"line 3: the measurement date “0001-01-01” is not a date from 1900-01-01 to 9999-12-31 (use YYYY-MM-DD)"_s,
                   u"line 4: the measurement value must be a number from -1,000,000,000,000 to 1,000,000,000,000"_s
               };
        QTest::addRow("not a number")
            << QByteArray("date,value\n2026-03-01,nan\n2026-03-02,inf\n")
            << QStringList { u"line 2: “nan” is not a number (use e.g. 4.2)"_s,
                   u"line 3: “inf” is not a number (use e.g. 4.2)"_s };
        QTest::addRow("empty")
            << QByteArray("date,value\n")
            << QStringList {
                   u"The file holds no measurements. Each line needs a date and a value, e.g. 2026-03-31,4.2"_s
               };
        QTest::addRow("not UTF-8")
            << QByteArray("2026-03-01,4,Caf\xE9\n")
            << QStringList {
                   u"The file is not UTF-8 text. Save it from your spreadsheet as “CSV UTF-8”."_s
               };
    }

    void badRows()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, errors);
        const MeasurementsCsv parsed = parseMeasurementsCsv(csv);
        QCOMPARE(parsed.errors, errors);
        QVERIFY(!parsed.isValid());
    }

    void importIsOneUndoStep()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::open(Test::makeSamplePlan(dir), &error);
        QVERIFY(doc);
        const GoalId goal(1);
        const qsizetype before = doc->measurements(goal).size();
        const int steps = doc->undoStack()->count();
        const MeasurementsCsv csv
            = parseMeasurementsCsv("date;value;note\n2026-07-31;8,1;July\n2026-08-31;8.4;\n");
        QVERIFY(importMeasurements(*doc, goal, csv, u"july.csv"_s, &error));
        QCOMPARE(doc->measurements(goal).size(), before + 2);
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(doc->undoStack()->undoText(), u"Import 2 Measurement(s)"_s);
        const Measurement last = doc->measurement(doc->measurements(goal).constLast());
        QCOMPARE(last.date, QDate(2026, 8, 31));
        QCOMPARE(last.value, 8.4);
        // Written to the file: a fresh open sees the rows.
        const QString path = doc->filePath();
        QVERIFY(doc->undo());
        QCOMPARE(doc->measurements(goal).size(), before);
        QVERIFY(doc->redo());
        doc.reset();
        auto reopened = Document::open(path, &error);
        QVERIFY(reopened);
        QCOMPARE(reopened->measurements(goal).size(), before + 2);
    }

    void badFileImportsNothing()
    {
        QTemporaryDir dir;
        QString error;
        const QString path = Test::makeSamplePlan(dir);
        auto doc = Document::open(path, &error);
        QVERIFY(doc);
        const QString dump = doc->databaseDump();
        const int steps = doc->undoStack()->count();
        const MeasurementsCsv csv
            = parseMeasurementsCsv("2026-07-31,8.1\n2026-08-31,8.4\n2026-13-01,9\n");
        QCOMPARE(csv.rows.size(), 2); // the good rows were read ...
        QVERIFY(!importMeasurements(*doc, GoalId(1), csv, u"bad.csv"_s, &error));
        // ... but none is imported, and the message names the file and the line.
        QCOMPARE(error,
            u"Nothing was imported from “bad.csv”; correct these lines and import it "
            "again:\nline 3: “2026-13-01” is not a date (use YYYY-MM-DD)"_s);
        QCOMPARE(doc->databaseDump(), dump);
        QCOMPARE(doc->undoStack()->count(), steps);
    }

    void unreadableFile()
    {
        QTemporaryDir dir;
        const MeasurementsCsv csv = readMeasurementsCsv(dir.filePath(u"missing.csv"_s));
        QCOMPARE(csv.errors.size(), 1);
        QVERIFY2(csv.errors.constFirst().startsWith(u"Cannot read “missing.csv”"_s),
            qPrintable(csv.errors.constFirst()));
    }
};

QTEST_GUILESS_MAIN(TestMeasurementsCsv)
#include "tst_measurementscsv.moc"
