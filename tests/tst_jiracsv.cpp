// Jira CSV: the columns Jira's importer maps, one Epic per activity (or step), Story rows with
// their parent epic's Issue ID, points, fix version, description with acceptance criteria, labels.
#include "testsupport.h"

#include "io/csv.h"
#include "io/jiracsv.h"
#include "storage/document.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Valuemap;

class TestJiraCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    void epicsAndStories_data()
    {
        QTest::addColumn<bool>("bySteps");
        QTest::addRow("epic per activity") << false;
        QTest::addRow("epic per step") << true;
    }

    void epicsAndStories()
    {
        QFETCH(bool, bySteps);
        QTemporaryDir dir;
        QString error;
        const auto doc = Document::open(Test::makeSamplePlan(dir), &error);
        QVERIFY(doc);
        // A story with everything Jira carries.
        const StepId step = doc->steps(doc->activities().first()).first();
        const StoryId story
            = doc->addStory(step, doc->releases().first(), u"Pay with \"one click\", fast"_s, 0);
        QVERIFY(doc->setStoryField(story, StoryField::Description, u"Line one\nline two"_s));
        QVERIFY(doc->setStoryField(
            story, StoryField::AcceptanceCriteria, u"Given a card, then paid"_s));
        QVERIFY(doc->setStoryField(story, StoryField::Estimate, 5));
        QVERIFY(doc->setStoryTags(story, { u"check out"_s, u"web"_s }));

        Csv::Table table;
        QVERIFY(Csv::read(JiraCsv::write(*doc,
                              bySteps ? JiraCsv::EpicsFrom::Steps : JiraCsv::EpicsFrom::Activities),
            &table, &error));
        const QStringList header = table.records.first().fields;
        QCOMPARE(header.mid(0, 8),
            (QStringList { u"Issue ID"_s, u"Issue Type"_s, u"Summary"_s, u"Description"_s,
                u"Epic Name"_s, u"Parent"_s, u"Story Points"_s, u"Fix Version"_s }));
        QCOMPARE(header.at(8), u"Issue key"_s); // the story key, as Jira names it
        QVERIFY(header.size() >= 10);
        QCOMPARE(header.last(), u"Labels"_s);

        int epics = 0;
        int stories = 0;
        QHash<QString, QString> epicOfId;
        bool storiesBegun = false;
        for (qsizetype i = 1; i < table.records.size(); ++i) {
            const QStringList r = table.records[i].fields;
            QCOMPARE(r.size(), header.size());
            if (r[1] == "Epic"_L1) {
                QVERIFY2(!storiesBegun, "Jira needs every epic before the stories");
                ++epics;
                epicOfId.insert(r[0], r[2]);
                QCOMPARE(r[4], r[2]);
                QVERIFY(r[5].isEmpty());
            } else {
                QCOMPARE(r[1], u"Story"_s);
                storiesBegun = true;
                ++stories;
                QVERIFY2(epicOfId.contains(r[5]), "every story's parent is an epic row above it");
            }
        }
        qsizetype steps = 0;
        for (ActivityId a : doc->activities())
            steps += doc->steps(a).size();
        QCOMPARE(epics, int(bySteps ? steps : doc->activities().size()));
        QCOMPARE(stories, int(doc->store().count(Table::Story)));

        const auto row
            = std::find_if(table.records.cbegin(), table.records.cend(), [](const Csv::Record &r) {
                  return r.fields.value(2) == u"Pay with \"one click\", fast"_s;
              });
        QVERIFY(row != table.records.cend());
        const QStringList r = row->fields;
        QCOMPARE(r[3], u"Line one\nline two\n\n*Acceptance criteria*\nGiven a card, then paid"_s);
        QCOMPARE(r[6], u"5"_s);
        QCOMPARE(r[7], doc->release(doc->releases().first()).name);
        QCOMPARE(r[8], doc->storyKey(doc->storyByKey(r[8])));
        QVERIFY(r[8].startsWith(doc->keyPrefix() + u'-'));
        QCOMPARE(r.mid(9, 2), (QStringList { u"check_out"_s, u"web"_s }));
        const QString activityTitle = doc->activity(doc->activities().first()).title;
        QVERIFY(epicOfId.value(r[5]).startsWith(activityTitle));
    }

    // OWASP: a text cell that a spreadsheet would run as a formula gets a leading quote; the
    // numbers we write ourselves (ids, points) are left as they are.
    void formulaCellsAreNeutralised()
    {
        QTemporaryDir dir;
        QString error;
        const auto doc = Document::open(Test::makeSamplePlan(dir), &error);
        QVERIFY(doc);
        const StepId step = doc->steps(doc->activities().first()).first();
        const StoryId story = doc->addStory(step, doc->releases().first(), u"=cmd|' /C calc'!A0"_s, 0);
        QVERIFY(doc->setStoryField(story, StoryField::Description, u"@SUM(1+1)"_s));
        QVERIFY(doc->setStoryField(story, StoryField::Estimate, 8));
        QVERIFY(doc->setStoryTags(story, { u"-minus"_s, u"+plus"_s }));
        QVERIFY(doc->setReleaseField(doc->releases().first(), ReleaseField::Name, u"\t=HYPERLINK(\"x\")"_s));
        Csv::Table table;
        QVERIFY(Csv::read(JiraCsv::write(*doc, JiraCsv::EpicsFrom::Activities), &table, &error));
        const auto row = std::find_if(table.records.cbegin(), table.records.cend(),
            [](const Csv::Record &r) { return r.fields.value(2).contains(u"calc"_s); });
        QVERIFY(row != table.records.cend());
        const QStringList r = row->fields;
        QCOMPARE(r[2], u"'=cmd|' /C calc'!A0"_s);
        QCOMPARE(r[3], u"'@SUM(1+1)"_s);
        QCOMPARE(r[6], u"8"_s);
        QCOMPARE(r[7], u"'\t=HYPERLINK(\"x\")"_s);
        QVERIFY(r.contains(u"'-minus"_s) && r.contains(u"'+plus"_s));
        QVERIFY(!r[0].startsWith(u'\''));
    }
};

QTEST_GUILESS_MAIN(TestJiraCsv)
#include "tst_jiracsv.moc"
