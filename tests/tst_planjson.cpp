// Valuemap JSON: export → import gives back the identical plan; malformed files are refused
// with a message naming the line or field; merging into an open plan is one undo step.
#include "planfactory.h"
#include "testsupport.h"

#include "io/planjson.h"
#include "storage/document.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Valuemap;

class TestPlanJson : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    void roundTrip_data()
    {
        QTest::addColumn<int>("stories");
        QTest::addRow("sample plan") << -1;
        QTest::addRow("generated, 60 stories") << 60;
        QTest::addRow("generated, 1000 stories") << 1000;
    }

    void roundTrip()
    {
        QFETCH(int, stories);
        QTemporaryDir dir;
        const QString source
            = stories < 0 ? Test::makeSamplePlan(dir) : Test::makeGeneratedPlan(dir, stories);
        QString error;
        QString originalDump;
        QByteArray json;
        {
            const auto doc = Document::open(source, &error);
            QVERIFY2(doc, qPrintable(error));
            originalDump = doc->databaseDump();
            json = PlanJson::write(doc->store());
        }
        // The writer's bytes are exactly those of QJsonDocument's indented form of the same
        // JSON: sorted keys, escapes, numbers — a file that diffs cleanly against older exports.
        QCOMPARE(QJsonDocument::fromJson(json).toJson(QJsonDocument::Indented), json);
        PlanData data;
        QVERIFY2(PlanJson::read(json, &data, &error), qPrintable(error));
        const QString copy = dir.filePath(u"copy.valuemap"_s);
        QVERIFY2(createPlanFile(copy, false, data, &error), qPrintable(error));
        const auto reopened = Document::open(copy, &error);
        QVERIFY2(reopened, qPrintable(error));
        // Every row of every table, timestamps of the product included, is the same.
        QCOMPARE(reopened->databaseDump(), originalDump);
        QCOMPARE(PlanJson::write(reopened->store()), json);
        QVERIFY(reopened->fileProblems().isEmpty());
    }

    // A story made from feedback names it (schema 4); the link travels through JSON.
    void storyFeedbackLinkTravels()
    {
        QTemporaryDir dir;
        QString error;
        QByteArray json;
        StoryId story;
        FeedbackId feedback;
        {
            const auto doc = Document::open(Test::makeSamplePlan(dir), &error);
            QVERIFY2(doc, qPrintable(error));
            const StoryId about = doc->stories(doc->steps(doc->activities().first()).first()).first();
            feedback = doc->addFeedback(IncrementId(), about, QDate(2026, 5, 1), u"More beans"_s);
            story = doc->storyFromFeedback(feedback, doc->story(about).stepId, u"More beans"_s, {});
            QVERIFY(story.isValid());
            json = PlanJson::write(doc->store());
        }
        const QJsonArray stories = QJsonDocument::fromJson(json).object().value(u"tables"_s).toObject().value(u"story"_s).toArray();
        int linked = 0;
        for (const QJsonValue &s : stories) {
            if (!s.toObject().value(u"feedback_id"_s).isNull()) {
                ++linked;
                QCOMPARE(s.toObject().value(u"id"_s).toInteger(), story.value);
                QCOMPARE(s.toObject().value(u"feedback_id"_s).toInteger(), feedback.value);
            }
        }
        QCOMPARE(linked, 1);
        PlanData data;
        QVERIFY2(PlanJson::read(json, &data, &error), qPrintable(error));
        const QString copy = dir.filePath(u"copy.valuemap"_s);
        QVERIFY2(createPlanFile(copy, false, data, &error), qPrintable(error));
        const auto reopened = Document::open(copy, &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(reopened->story(story).feedbackId, feedback);
        QVERIFY(reopened->fileProblems().isEmpty());
        // Merged into a plan that has rows already, the copy links to the copy of the feedback
        // (which comes later in the file than the story that names it).
        QVERIFY2(mergeIntoDocument(*reopened, data, u"Merge"_s, false, &error), qPrintable(error));
        const PlanStore &merged = reopened->store();
        const qint64 last = merged.nextId(Table::Story) - 1;
        QVERIFY(last != story.value);
        const FeedbackId copied = reopened->story(StoryId(last)).feedbackId;
        QVERIFY(copied.isValid() && copied != feedback);
        QCOMPARE(reopened->feedback(copied).text, u"More beans"_s);
        QVERIFY(reopened->fileProblems().isEmpty());
    }

    void formatHeader()
    {
        QTemporaryDir dir;
        QString error;
        const auto doc = Document::open(Test::makeSamplePlan(dir), &error);
        const QJsonObject root = QJsonDocument::fromJson(PlanJson::write(doc->store())).object();
        QCOMPARE(root.value(u"format"_s).toString(), u"valuemap-plan"_s);
        QCOMPARE(root.value(u"version"_s).toInt(), 1);
        QVERIFY(root.value(u"tables"_s).toObject().value(u"story"_s).toArray().size() > 10);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray head
            = R"({"format": "valuemap-plan", "version": 1, "product": {"name": "P", "owner": "", "version": "", "vision_date": null, "client": "", "language": "", "created_at": "2026-01-01T00:00:00.000Z", "updated_at": "2026-01-01T00:00:00.000Z"}, "tables": )";
        QTest::addRow("syntax error")
            << QByteArray("{\n  \"format\": \"valuemap-plan\",\n  \"version\": 1\n  \"x\": 2\n}")
            << u"line 4"_s;
        QTest::addRow("not a plan") << QByteArray(R"({"app": "storymap"})") << u"“format”"_s;
        QTest::addRow("newer version")
            << QByteArray(R"({"format": "valuemap-plan", "version": 9})") << u"version 9"_s;
        QTest::addRow("missing field") << QByteArray(
            head + R"({"activity": [{"id": 1, "title": "A", "description": "", "color": ""}]}})")
                                       << u"“tables.activity[0].rank” is missing"_s;
        QTest::addRow("wrong type") << QByteArray(head
            + R"({"activity": [{"id": 1, "title": 5, "description": "", "color": "", "rank": 0}]}})")
                                    << u"“tables.activity[0].title” must be text"_s;
        QTest::addRow("unknown table")
            << QByteArray(head + R"({"cards": []}})") << u"tables.cards"_s;
        // Found by hostile testing: each made an empty plan, "Created … with nothing".
        QTest::addRow("tables missing") << QByteArray(head).replace(R"(, "tables": )", "}")
                                        << u"Field “tables” is missing or not an object."_s;
        QTest::addRow("tables a number") << QByteArray(head + "5}") << u"Field “tables” is missing or not an object."_s;
        QTest::addRow("tables a list") << QByteArray(head + "[]}") << u"Field “tables” is missing or not an object."_s;
        QTest::addRow("dangling reference") << QByteArray(head
            + R"({"step": [{"id": 1, "activity_id": 7, "title": "S", "description": "", "rank": 0}]}})")
                                            << u"activity id 7"_s;
        QTest::addRow("dangling feedback link") << QByteArray(head
            + R"({"activity": [{"id": 1, "title": "A", "description": "", "color": "", "rank": 0}], "step": [{"id": 1, "activity_id": 1, "title": "S", "description": "", "rank": 0}], "story": [{"id": 1, "step_id": 1, "release_id": null, "rank": 0, "title": "T", "description": "", "acceptance_criteria": "", "estimate": null, "business_value": null, "status": 0, "persona_id": null, "color": "", "created_at": "2026-01-01T00:00:00.000Z", "updated_at": "2026-01-01T00:00:00.000Z", "done_at": null, "feedback_id": 9}]}})")
                                                << u"its field “feedback_id” refers to feedback id 9"_s;
        QTest::addRow("duplicate id") << QByteArray(head
            + R"({"activity": [{"id": 1, "title": "A", "description": "", "color": "", "rank": 0}, {"id": 1, "title": "B", "description": "", "color": "", "rank": 1}]}})")
                                      << u"tables.activity[1].id"_s;
        // Found by fuzz_planjson: ranks with a gap made a plan whose order could not be shown.
        QTest::addRow("rank gap") << QByteArray(head
            + R"({"activity": [{"id": 1, "title": "A", "description": "", "color": "", "rank": 0}, {"id": 2, "title": "B", "description": "", "color": "", "rank": 2}]}})")
                                  << u"without gaps or repeats"_s;
        QTest::addRow("rank repeated") << QByteArray(head
            + R"({"activity": [{"id": 1, "title": "A", "description": "", "color": "", "rank": 0}, {"id": 2, "title": "B", "description": "", "color": "", "rank": 0}]}})")
                                       << u"“rank” in “tables.activity”"_s;
        // Issue 14: values a plan may not hold are refused with the row, the field and the rule.
        QTest::addRow("version as text")
            << QByteArray(R"({"format": "valuemap-plan", "version": "1"})")
            << u"Field “version” must be a number, e.g. \"version\": 1, not \"1\"."_s;
        QTest::addRow("duplicate key")
            << QByteArray(head + "{},\n\"tables\": {\"activity\": []}}")
            << u"Line 2: the key “tables” appears a second time in the same object (first on line 1)."_s;
        QTest::addRow("duplicate key, escaped")
            << QByteArray(R"({"format": "valuemap-plan", "form\u0061t": "x"})")
            << u"the key “format” appears a second time"_s;
        QTest::addRow("deeply nested") << (QByteArray(R"({"format": )") + QByteArray(500, '[')
                                              + QByteArray(500, ']') + '}')
                                       << u"nests deeper than 64 levels"_s;
        const QByteArray release = R"({"release": [{"id": 1, "name": "R", "outcome": "", "target_date": "%1", "status": 0, "capacity": null, "rank": 0}]}})";
        QTest::addRow("date banana") << (head + QByteArray(release).replace("%1", "banana"))
                                     << u"Row “tables.release[0]” (release “R”): the release target date “banana” is not a date from 1900-01-01 to 9999-12-31 (use YYYY-MM-DD)."_s;
        QTest::addRow("date 31.02.2026") << (head + QByteArray(release).replace("%1", "31.02.2026"))
                                         << u"the release target date “31.02.2026” is not a date"_s;
        QTest::addRow("vote state 77") << QByteArray(head
            + R"({"vote": [{"id": 1, "title": "V", "dots_per_participant": 3, "subject": 0, "state": 77, "created_at": "2026-01-01T00:00:00.000Z"}]}})")
                                       << u"Row “tables.vote[0]” (dot vote “V”): the dot vote state must be one of 0 to 1, not 77."_s;
        QTest::addRow("business value 1e20") << QByteArray(head
            + R"({"tag": [{"id": 1e20, "name": "x", "color": ""}]}})")
                                             << u"Field “tables.tag[0].id” holds 1e+20, far more than a plan holds"_s;
        QTest::addRow("colour with SQL") << QByteArray(head
            + "{\"tag\": [{\"id\": 1, \"name\": \"x\", \"color\": \"'); DROP TABLE tag;--\"}]}}")
                                         << u"the tag colour “'); DROP TABLE tag;--” is not a colour (use #rrggbb)"_s;
        QTest::addRow("product name too long") << QByteArray(R"({"format": "valuemap-plan", "version": 1, "product": {"name": ")"
            + QByteArray(1000001, 'n') + R"(", "owner": "", "version": "", "vision_date": null, "client": "", "language": "", "created_at": "2026-01-01T00:00:00.000Z", "updated_at": "2026-01-01T00:00:00.000Z"}, "tables": {}})")
                                               << u"The product: the product name is 1,000,001 characters long; at most 1,000,000 are allowed."_s;
    }

    // Text is cleaned as typed text is (NUL, control characters, lone surrogates), with a note;
    // tags whose names differ only in case become one, with a note.
    void cleanedAndMergedWithANote()
    {
        const QByteArray json = "{\"format\": \"valuemap-plan\", \"version\": 1, \"product\": {\"name\": \"P\\u0000Q\", \"owner\": \"\", \"version\": \"\", \"vision_date\": null, \"client\": \"\\ud800'); DROP\", \"language\": \"\", \"created_at\": \"2026-01-01T00:00:00.000Z\", \"updated_at\": \"2026-01-01T00:00:00.000Z\"}, \"tables\": {\"tag\": [{\"id\": 1, \"name\": \"UX\", \"color\": \"\"}, {\"id\": 2, \"name\": \"ux\", \"color\": \"\"}, {\"id\": 3, \"name\": \"Ux2\", \"color\": \"\"}]}}";
        PlanData data;
        QString error;
        QVERIFY2(PlanJson::read(json, &data, &error), qPrintable(error));
        QCOMPARE(data.product[ProductCol::Name].toString(), u"PQ"_s);
        QCOMPARE(data.product[ProductCol::Client].toString(), u"'); DROP"_s);
        QCOMPARE(data.count(Table::Tag), 2);
        QCOMPARE(data.notes, (QStringList { u"Tags whose names differ only in upper and lower case were merged into one: ux."_s,
                                 u"2 text(s) held control characters or broken Unicode; those characters were left out."_s }));
    }

    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        PlanData data;
        QString error;
        QVERIFY(!PlanJson::read(json, &data, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(data.rows.isEmpty());
    }

    void cancelledImportLeavesNoFile()
    {
        QTemporaryDir dir;
        QString error;
        QByteArray json;
        {
            const auto doc = Document::open(Test::makeGeneratedPlan(dir, 600), &error);
            json = PlanJson::write(doc->store());
        }
        PlanData data;
        QVERIFY(PlanJson::read(json, &data, &error));
        const QString target = dir.filePath(u"cancelled.valuemap"_s);
        qint64 calls = 0;
        QVERIFY(!createPlanFile(target, false, data, &error, [&calls](qint64 done, qint64 total) {
            ++calls;
            return done < total / 2;
        }));
        QVERIFY(calls > 1);
        QVERIFY2(error.contains(u"cancelled"_s), qPrintable(error));
        QVERIFY(!QFile::exists(target));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // only the generated plan
    }

    void mergeIntoOpenPlanIsOneUndoStep()
    {
        QTemporaryDir dir;
        QString error;
        QByteArray json;
        {
            const auto other = Document::open(Test::makeGeneratedPlan(dir, 30), &error);
            json = PlanJson::write(other->store());
        }
        const auto doc = Document::open(Test::makeSamplePlan(dir), &error);
        const QString before = doc->databaseDump();
        const qsizetype stories = doc->store().count(Table::Story);
        const qsizetype activities = doc->activities().size();
        PlanData data;
        QVERIFY(PlanJson::read(json, &data, &error));
        const int steps = doc->undoStack()->count();
        QVERIFY2(mergeIntoDocument(*doc, data, u"Import Plan"_s, false, &error), qPrintable(error));
        QCOMPARE(doc->store().count(Table::Story), stories + 30);
        QCOMPARE(doc->activities().size(), activities + 2);
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QVERIFY(doc->fileProblems().isEmpty());
        // The imported activities come after the plan's own, ranks 0..n-1.
        const QList<ActivityId> order = doc->activities();
        for (int i = 0; i < order.size(); ++i)
            QCOMPARE(doc->activity(order[i]).rank, i);
        QVERIFY(doc->undo());
        QCOMPARE(doc->databaseDump().section(u'\n', 1), before.section(u'\n', 1));
    }

    // A story key number given twice is said, not quietly changed (found by hostile testing:
    // BTCS-2 became BTCS-68 without a word, and pipelines refer to stories by their keys).
    void aStoryKeyGivenTwiceIsSaid()
    {
        QTemporaryDir dir;
        QString error;
        const auto doc = Document::open(Test::makeSamplePlan(dir), &error);
        QVERIFY2(doc, qPrintable(error));
        QJsonObject root = QJsonDocument::fromJson(PlanJson::write(doc->store())).object();
        QJsonObject tables = root.value(u"tables"_s).toObject();
        QJsonArray stories = tables.value(u"story"_s).toArray();
        QJsonObject second = stories.at(1).toObject();
        second[u"key_number"_s] = stories.at(0).toObject().value(u"key_number"_s);
        stories[1] = second;
        tables[u"story"_s] = stories;
        root[u"tables"_s] = tables;
        PlanData data;
        QVERIFY2(PlanJson::read(QJsonDocument(root).toJson(), &data, &error), qPrintable(error));
        const QString notes = data.notes.join(u'\n');
        const QString number = QString::number(stories.at(0).toObject().value(u"key_number"_s).toInteger());
        QVERIFY2(notes.contains(u"appear more than once (%1)"_s.arg(number)) && notes.contains(u"their keys change"_s),
                 qPrintable(notes));
    }
};

QTEST_GUILESS_MAIN(TestPlanJson)
#include "tst_planjson.moc"
