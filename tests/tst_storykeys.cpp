// Story keys (BT-42): given once from the plan's counter, never reused after a delete, kept
// through moves, undo, renames and JSON round trips, found by the filter; older plans get keys
// when they are migrated (schema 3), with the prefix the C++ and the SQL make alike.
#include "io/csv.h"
#include "io/jiracsv.h"
#include "io/planjson.h"
#include "io/storiescsv.h"
#include "io/storymapsio.h"
#include "io/plandata.h"
#include "storage/document.h"
#include "storage/schema.h"
#include "storage/storyfilter.h"
#include "storage/storykeys.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

struct Plan
{
    QTemporaryDir dir;
    std::unique_ptr<Document> doc;
    StepId step;
    QList<StoryId> stories;

    explicit Plan(const QString &name = u"Bean Tracker"_s, int count = 3)
    {
        QString error;
        doc = Document::create(dir.filePath(name + u".valuemap"_s), &error);
        if (!doc)
            qFatal("%s", qPrintable(error));
        step = doc->addStep(doc->addActivity(u"Order"_s), u"Choose"_s);
        for (int i = 1; i <= count; ++i)
            stories.append(doc->addStory(step, {}, u"Story %1"_s.arg(i)));
    }
};

QStringList keysOf(const Document &doc)
{
    QStringList keys;
    for (ActivityId a : doc.activities())
        for (StepId s : doc.steps(a))
            for (StoryId st : doc.stories(s))
                keys.append(doc.story(st).title + u'=' + doc.storyKey(st));
    keys.sort();
    return keys;
}

} // namespace

class TestStoryKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    void newStoriesCountFromOneWithThePlansInitials()
    {
        Plan p;
        QCOMPARE(p.doc->keyPrefix(), u"BT"_s);
        QCOMPARE(p.doc->storyKey(p.stories[0]), u"BT-1"_s);
        QCOMPARE(p.doc->story(p.stories[2]).key, u"BT-3"_s);
        QCOMPARE(p.doc->storyByKey(u"bt-2"), p.stories[1]);
        QCOMPARE(p.doc->storyByKey(u"#2"), p.stories[1]);
        QVERIFY(!p.doc->storyByKey(u"XY-2").isValid());
        QVERIFY(!p.doc->storyByKey(u"BT-9").isValid());
        // The prefix is fixed with the first key: renaming the product keeps every key.
        QVERIFY(p.doc->setProductField(ProductField::Name, u"Something Else"_s));
        QCOMPARE(p.doc->storyKey(p.stories[0]), u"BT-1"_s);
    }

    void numbersAreNeverReusedAfterADelete()
    {
        Plan p;
        const StoryId third = p.stories[2];
        QVERIFY(p.doc->deleteStories({ third }));
        const StoryId fourth = p.doc->addStory(p.step, {}, u"Story 4"_s);
        QCOMPARE(p.doc->storyKey(fourth), u"BT-4"_s);
        QVERIFY(p.doc->undo()); // the add
        QVERIFY(p.doc->undo()); // the delete: the story is back with its key
        QCOMPARE(p.doc->storyKey(third), u"BT-3"_s);
        QVERIFY(p.doc->redo());
        QVERIFY(p.doc->redo());
        QCOMPARE(p.doc->storyKey(fourth), u"BT-4"_s);
        QVERIFY(p.doc->deleteStories({ fourth }));
        QCOMPARE(p.doc->storyKey(p.doc->addStory(p.step, {}, u"Story 5"_s)), u"BT-5"_s);
        QCOMPARE(p.doc->nextStoryKeyNumber(), 6);
    }

    void keysSurviveMovesAndReopening()
    {
        Plan p;
        const StepId other = p.doc->addStep(p.doc->activities().first(), u"Pay"_s);
        QVERIFY(p.doc->moveStories({ p.stories[0] }, other, {}, 0));
        QCOMPARE(p.doc->storyKey(p.stories[0]), u"BT-1"_s);
        const QStringList before = keysOf(*p.doc);
        const QString path = p.doc->filePath();
        p.doc.reset();
        QString error;
        const auto again = Document::open(path, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(keysOf(*again), before);
        QCOMPARE(again->storyKey(again->addStory(p.step, {}, u"Story 4"_s)), u"BT-4"_s);
    }

    void thePrefixIsSetInTheHeader()
    {
        Plan p;
        QVERIFY(p.doc->setProductField(ProductField::KeyPrefix, u"vm"_s));
        QCOMPARE(p.doc->storyKey(p.stories[1]), u"VM-2"_s);
        QCOMPARE(p.doc->undoStack()->undoText(), u"Set Story Key Prefix"_s);
        const QString dump = p.doc->databaseDump();
        for (const QString &bad : { u"V1"_s, u"TOOLONGX"_s, u""_s, u"Ü"_s }) {
            QVERIFY(!p.doc->setProductField(ProductField::KeyPrefix, bad));
            QVERIFY(p.doc->lastError().contains(u"1 to 6 letters"_s));
        }
        QCOMPARE(p.doc->databaseDump(), dump);
    }

    void theFilterFindsAKey()
    {
        Plan p(u"Bean Tracker"_s, 12);
        StoryFilter f;
        f.text = u"bt-12"_s;
        QList<StoryId> found;
        for (StoryId s : p.stories) {
            if (f.matches(*p.doc, s))
                found.append(s);
        }
        QCOMPARE(found, QList<StoryId> { p.stories[11] });
        f.text = u"BT-1"_s; // the start of a key: BT-1, BT-10, BT-11, BT-12
        QCOMPARE(std::count_if(p.stories.begin(), p.stories.end(), [&](StoryId s) { return f.matches(*p.doc, s); }), 4);
        f.text = u"#3"_s;
        QVERIFY(f.matches(*p.doc, p.stories[2]) && !f.matches(*p.doc, p.stories[1]));
    }

    // JSON carries the keys (story.key_number, product.key_prefix and next_key): a plan made
    // from it has the same keys and goes on counting where the original would.
    void keysRoundTripThroughJson()
    {
        Plan p;
        QVERIFY(p.doc->deleteStories({ p.stories[2] }));
        QVERIFY(p.doc->setProductField(ProductField::KeyPrefix, u"VM"_s));
        PlanData data;
        QString error;
        QVERIFY2(PlanJson::read(PlanJson::write(p.doc->store()), &data, &error), qPrintable(error));
        const QString copy = p.dir.filePath(u"copy.valuemap"_s);
        QVERIFY2(createPlanFile(copy, false, data, &error), qPrintable(error));
        const auto doc = Document::open(copy, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(keysOf(*doc), keysOf(*p.doc));
        QCOMPARE(doc->storyKey(doc->addStory(doc->steps(doc->activities().first()).first(), {}, u"New"_s)), u"VM-4"_s);
    }

    // The stories CSV and storymaps.io carry the keys too (a Key column; the card's body), and
    // read them back; Jira gets them as "Issue key".
    void keysRoundTripThroughCsvAndStorymaps_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("stories csv") << 0;
        QTest::newRow("storymaps.io") << 1;
    }

    void keysRoundTripThroughCsvAndStorymaps()
    {
        QFETCH(int, format);
        Plan p(u"Bean Tracker"_s, 4);
        QVERIFY(p.doc->deleteStories({ p.stories[0] })); // keys 2, 3, 4 remain
        const QByteArray bytes = format == 0 ? StoriesCsv::write(*p.doc) : StorymapsIo::write(*p.doc);
        QVERIFY(bytes.contains("BT-3"));
        PlanData data;
        QString error;
        QVERIFY2(format == 0 ? StoriesCsv::read(bytes, &data, &error) : StorymapsIo::read(bytes, &data, &error),
                 qPrintable(error));
        const QString copy = p.dir.filePath(u"Bean Tracker copy.valuemap"_s);
        QVERIFY2(createPlanFile(copy, false, data, &error), qPrintable(error));
        const auto doc = Document::open(copy, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(keysOf(*doc), keysOf(*p.doc));
        QCOMPARE(doc->story(doc->storyByKey(u"BT-3")).description, p.doc->story(p.stories[2]).description);
    }

    void jiraGetsTheIssueKey()
    {
        Plan p;
        Csv::Table table;
        QString error;
        QVERIFY(Csv::read(JiraCsv::write(*p.doc), &table, &error));
        const int column = int(table.records.first().fields.indexOf(u"Issue key"_s));
        QVERIFY(column > 0);
        QStringList keys;
        for (const Csv::Record &r : table.records.mid(1))
            keys.append(r.fields.value(column));
        QCOMPARE(keys, (QStringList { QString(), u"BT-1"_s, u"BT-2"_s, u"BT-3"_s })); // the epic has none
    }

    void aBadKeyInACsvIsNamed()
    {
        PlanData data;
        QString error;
        QVERIFY(!StoriesCsv::read("Title,Key\nOne,BT-x\n", &data, &error));
        QVERIFY2(error.contains(u"Line 2"_s) && error.contains(u"“Key”"_s), qPrintable(error));
    }

    // Importing into an open plan keeps a key the plan has not given; a taken one is renumbered.
    void anImportKeepsFreeKeysAndRenumbersTakenOnes()
    {
        Plan source(u"Bean Tracker"_s, 2);
        QVERIFY(source.doc->deleteStories({ source.stories[0] })); // BT-2 stays
        source.doc->addStory(source.step, {}, u"Story 3"_s); // BT-3
        PlanData data;
        QString error;
        QVERIFY(PlanJson::read(PlanJson::write(source.doc->store()), &data, &error));
        Plan target(u"Bean Tracker"_s, 2); // BT-1, BT-2
        QVERIFY2(mergeIntoDocument(*target.doc, data, u"Import"_s, false, &error), qPrintable(error));
        QStringList keys;
        for (StoryId s : target.doc->stories(target.doc->steps(target.doc->activities().last()).first()))
            keys.append(target.doc->storyKey(s));
        QCOMPARE(keys, (QStringList { u"BT-4"_s, u"BT-3"_s })); // Story 2 took 2's place: renumbered
        QCOMPARE(target.doc->nextStoryKeyNumber(), 5);
        QVERIFY(target.doc->undo());
        QCOMPARE(target.doc->nextStoryKeyNumber(), 3);
    }

    // A plan of schema 2 gets keys from its story ids and a prefix from its product name.
    void aMigratedPlanHasKeys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.valuemap"_s);
        QVERIFY(QFile::copy(QStringLiteral(VALUEMAP_FIXTURES) + u"/plan-v2.valuemap"_s, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        const auto doc = Document::open(path, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->keyPrefix(), defaultKeyPrefix(doc->product().name));
        qint64 highest = 0;
        for (qint64 id : doc->store().group(Table::Story, -1, 0)) {
            QCOMPARE(doc->story(StoryId(id)).keyNumber, id);
            highest = std::max(highest, id);
        }
        QCOMPARE(doc->nextStoryKeyNumber(), highest + 1);
    }

    void theMigrationMakesTheSamePrefixAsTheCode_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("sample") << u"Bean There – Coffee Subscription"_s << u"BTCS"_s;
        QTest::newRow("one word") << u"valuemap"_s << u"V"_s;
        QTest::newRow("empty") << u""_s << u"S"_s;
        QTest::newRow("umlaut") << u"über tool"_s << u"T"_s;
        QTest::newRow("separators") << u"a-b_c.d/e f g h"_s << u"ABCDEF"_s;
        QTest::newRow("digits") << u"2 go Team"_s << u"GT"_s;
    }

    void theMigrationMakesTheSamePrefixAsTheCode()
    {
        QFETCH(QString, name);
        QFETCH(QString, prefix);
        QCOMPARE(defaultKeyPrefix(name), prefix);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"mem"_s);
            db.setDatabaseName(u":memory:"_s);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const Migration &m : migrations()) {
                if (m.toVersion == 3) {
                    QVERIFY(q.prepare(u"INSERT INTO product (id, name, created_at, updated_at) VALUES (1, ?, '', '')"_s));
                    q.addBindValue(name);
                    QVERIFY(q.exec());
                }
                for (const QString &statement : m.statements)
                    QVERIFY2(q.exec(statement), qPrintable(statement));
            }
            QVERIFY(q.exec(u"SELECT key_prefix, next_key FROM product"_s) && q.next());
            QCOMPARE(q.value(0).toString(), prefix);
            QCOMPARE(q.value(1).toLongLong(), 1);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"mem"_s);
    }
};

QTEST_GUILESS_MAIN(TestStoryKeys)
#include "tst_storykeys.moc"
