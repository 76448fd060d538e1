// Stories CSV: the RFC 4180 reader and writer, the round trip (quotes, line breaks, semicolons,
// unicode, BOM), names that create activities/steps/releases, and malformed files.
#include "planfactory.h"
#include "testsupport.h"

#include "io/csv.h"
#include "io/storiescsv.h"
#include "storage/document.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

std::unique_ptr<Document> importAsNew(
    const QTemporaryDir &dir, const QByteArray &csv, const QString &name, PlanData *data = nullptr)
{
    return Test::importAsNew(dir, csv, name, &StoriesCsv::read, data);
}

} // namespace

class TestStoriesCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    void readerHandlesRfc4180()
    {
        const QByteArray bytes
            = "\xEF\xBB\xBF"
              "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n\r\nü,,last\n";
        Csv::Table table;
        QString error;
        QVERIFY2(Csv::read(bytes, &table, &error), qPrintable(error));
        QCOMPARE(table.separator, QChar(u','));
        QCOMPARE(table.records.size(), 3);
        QCOMPARE(
            table.records[1].fields, (QStringList { u"x, y"_s, u"say \"hi\""_s, u"two\nlines"_s }));
        QCOMPARE(table.records[2].fields, (QStringList { u"ü"_s, u""_s, u"last"_s }));
        QCOMPARE(table.records[2].line, 5);
    }

    void readerDetectsSemicolons()
    {
        Csv::Table table;
        QString error;
        QVERIFY(Csv::read("Title;Estimate\n\"a;b\";2,5\n", &table, &error));
        QCOMPARE(table.separator, QChar(u';'));
        QCOMPARE(table.records[1].fields, (QStringList { u"a;b"_s, u"2,5"_s }));
    }

    void writerQuotesOnlyWhatNeedsIt()
    {
        const QByteArray out = Csv::write({ { u"plain"_s, u"a,b"_s, u"q\"q"_s, u"x\ny"_s } });
        QCOMPARE(out, QByteArray("plain,\"a,b\",\"q\"\"q\",\"x\ny\"\r\n"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QChar>("separator");
        QTest::addColumn<bool>("bom");
        QTest::addRow("comma") << QChar(u',') << false;
        QTest::addRow("semicolon with BOM") << QChar(u';') << true;
    }

    void roundTrip()
    {
        QFETCH(QChar, separator);
        QFETCH(bool, bom);
        QTemporaryDir dir;
        QString error;
        const auto original = Document::open(Test::makeGeneratedPlan(dir, 120), &error);
        QVERIFY2(original, qPrintable(error));
        const QByteArray csv = StoriesCsv::write(*original, separator, bom);
        QCOMPARE(csv.startsWith("\xEF\xBB\xBF"), bom);
        const auto copy = importAsNew(dir, csv, u"copy.valuemap"_s);
        QVERIFY(copy);
        // The same stories, in the same places, with the same fields: the CSV written again is
        // byte for byte the same.
        QCOMPARE(StoriesCsv::write(*copy, separator, bom), csv);
        QCOMPARE(copy->store().count(Table::Story), 120);
        const Story tricky
            = copy->story(copy->stories(copy->steps(copy->activities().first()).first()).value(3));
        QVERIFY(copy->fileProblems().isEmpty());
        QVERIFY(!tricky.title.isEmpty());
        bool sawQuotes = false;
        for (qint64 id : copy->store().group(Table::Story, -1, 0)) {
            const Story s = copy->story(StoryId(id));
            sawQuotes = sawQuotes
                || (s.title.contains(u"\"quotes\", commas; semicolons — ünïcödé 日本"_s));
            QCOMPARE(s.description.count(u'\n'), 1);
        }
        QVERIFY(sawQuotes);
    }

    void importCreatesByName()
    {
        const QByteArray csv
            = "Activity,Step,Release,Title,Estimate,Value,Status,Persona,Tags,Goals,Colour\n"
              "Order,Choose,MVP,First,3,5,Done,Buyer,\"web, mobile\",Grow,red\n"
              "Order,Choose,,Second,,,in progress,,,,\n"
              "order,Pay,V2,Third,\"2.5\",1,blocked,Buyer,web,\"Grow\nRetain\",\n";
        QTemporaryDir dir;
        PlanData data;
        const auto doc = importAsNew(dir, csv, u"new.valuemap"_s, &data);
        QVERIFY(doc);
        QCOMPARE(doc->activities().size(), 1);
        const ActivityId order = doc->activities().first();
        QCOMPARE(doc->steps(order).size(), 2);
        QCOMPARE(doc->releases().size(), 2);
        QCOMPARE(doc->personas().size(), 1);
        QCOMPARE(doc->goals().size(), 2);
        const QList<StoryId> choose = doc->stories(doc->steps(order).first());
        QCOMPARE(choose.size(), 2);
        const Story first = doc->story(choose[0]);
        QCOMPARE(first.estimate, std::optional<double>(3));
        QCOMPARE(first.businessValue, std::optional<int>(5));
        QCOMPARE(first.status, StoryStatus::Done);
        QCOMPARE(doc->storyTags(choose[0]), (QStringList { u"web"_s, u"mobile"_s }));
        QVERIFY(!doc->story(choose[1]).releaseId.isValid());
        QCOMPARE(doc->story(choose[1]).status, StoryStatus::InProgress);
        const Story third = doc->story(doc->stories(doc->steps(order).last()).first());
        QCOMPARE(third.estimate, std::optional<double>(2.5));
        QCOMPARE(doc->storyGoals(third.id).size(), 2);
        QVERIFY(data.notes.join(u' ').contains(u"Colour"_s)); // the unknown column is reported
    }

    void germanSpreadsheet()
    {
        // Excel in a German locale: semicolons, decimal comma, BOM, German headers.
        const QByteArray csv = "\xEF\xBB\xBF"
                               "Aktivität;Schritt;Release;Titel;Schätzung;Status\r\n"
                               "Bestellen;Wählen;MVP;Größe wählen;2,5;Erledigt\r\n";
        QTemporaryDir dir;
        const auto doc = importAsNew(dir, csv, u"de.valuemap"_s);
        QVERIFY(doc);
        const Story s
            = doc->story(doc->stories(doc->steps(doc->activities().first()).first()).first());
        QCOMPARE(s.title, u"Größe wählen"_s);
        QCOMPARE(s.estimate, std::optional<double>(2.5));
        QCOMPARE(s.status, StoryStatus::Done);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        QTest::addRow("empty") << QByteArray() << u"empty"_s;
        QTest::addRow("no title column") << QByteArray("Activity,Step\nA,B\n") << u"“Title”"_s;
        QTest::addRow("unclosed quote")
            << QByteArray("Title,Description\nA,ok\nB,\"never\nclosed\n") << u"Line 3"_s;
        QTest::addRow("text after quote") << QByteArray("Title\n\"A\"x\n") << u"Line 2"_s;
        QTest::addRow("bad estimate")
            << QByteArray("Title,Estimate\nA,1\nB,lots\n") << u"Line 3: the field “Estimate”"_s;
        QTest::addRow("bad status")
            << QByteArray("Title,Status\nA,maybe\n") << u"Line 2: the field “Status”"_s;
        QTest::addRow("empty title") << QByteArray("Title,Step\n,B\n") << u"Line 2"_s;
        QTest::addRow("too many fields")
            << QByteArray("Title,Step\nA,B,C\n") << u"Line 2 has 3 fields"_s;
        QTest::addRow("not utf-8") << QByteArray("Title\n\xff\xfe\x41\n") << u"UTF-8"_s;
    }

    void malformed()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        PlanData data;
        QString error;
        QVERIFY(!StoriesCsv::read(csv, &data, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(data.rows.isEmpty());
    }

    void mergeMatchesNamesInOneUndoStep()
    {
        QTemporaryDir dir;
        QString error;
        const auto doc = Document::open(Test::makeSamplePlan(dir), &error);
        const ActivityId firstActivity = doc->activities().first();
        const Activity activity = doc->activity(firstActivity);
        const Step step = doc->step(doc->steps(firstActivity).first());
        const qsizetype activities = doc->activities().size();
        const qsizetype inStep = doc->stories(step.id).size();
        const QByteArray csv = Csv::write({ { u"Activity"_s, u"Step"_s, u"Title"_s },
            { activity.title.toUpper(), step.title, u"Imported one"_s },
            { u"Brand new activity"_s, u"New step"_s, u"Imported two"_s } });
        PlanData data;
        QVERIFY(StoriesCsv::read(csv, &data, &error));
        const QString before = doc->databaseDump();
        QVERIFY2(
            mergeIntoDocument(*doc, data, u"Import Stories"_s, true, &error), qPrintable(error));
        QCOMPARE(doc->activities().size(), activities + 1);
        QCOMPARE(doc->stories(step.id).size(), inStep + 1);
        QCOMPARE(doc->story(doc->stories(step.id).last()).title, u"Imported one"_s);
        QCOMPARE(doc->story(doc->stories(step.id).last()).rank, int(inStep));
        QVERIFY(doc->fileProblems().isEmpty());
        QVERIFY(doc->undo());
        QCOMPARE(doc->databaseDump(), before);
    }
};

QTEST_GUILESS_MAIN(TestStoriesCsv)
#include "tst_storiescsv.moc"
