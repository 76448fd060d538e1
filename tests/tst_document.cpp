// The document: every edit is on disk when the call returns, ranks stay contiguous, bad values
// are refused with a message, text is kept exactly.
#include "storage/document.h"
#include "storage/plancheck.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Valuemap;

class TestDocument : public QObject
{
    Q_OBJECT

private:
    // What a crash right now would leave: the database file and its WAL, copied aside.
    std::unique_ptr<Document> crashCopy(const Document &doc, const QTemporaryDir &dir)
    {
        const QString copy = dir.filePath(u"crash-copy.valuemap"_s);
        QFile::remove(copy);
        QFile::remove(copy + u"-wal"_s);
        QFile::copy(doc.filePath(), copy);
        if (QFile::exists(doc.filePath() + u"-wal"_s))
            QFile::copy(doc.filePath() + u"-wal"_s, copy + u"-wal"_s);
        QString error;
        auto reopened = Document::open(copy, &error);
        if (!reopened)
            qWarning("%s", qPrintable(error));
        return reopened;
    }

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    void createsAnIdentifiedEmptyPlan()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"Launch plan.valuemap"_s);
        QString error;
        {
            auto doc = Document::create(path, &error);
            QVERIFY2(doc, qPrintable(error));
            QCOMPARE(doc->product().name, u"Launch plan"_s);
            QVERIFY(doc->activities().isEmpty());
            QVERIFY(!doc->isReadOnly());
        }
        // A clean close leaves one self-contained file.
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        QVERIFY(!QFile::exists(path + u"-shm"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray header = file.read(100);
        QCOMPARE(header.left(15), QByteArray("SQLite format 3"));
        QCOMPARE(header.mid(68, 4), QByteArray("VMAP")); // application_id
        QCOMPARE(header.mid(60, 4), QByteArray("\0\0\0\4", 4)); // user_version 4
        QCOMPARE(header.at(18), char(1)); // rollback journal: readable without side files
        QVERIFY(!Document::create(path, &error));
        QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));
    }

    void everyEditIsOnDiskWhenTheCallReturns()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(u"p.valuemap"_s), &error);
        QVERIFY(doc);
        const ActivityId a = doc->addActivity(u"Discover"_s);
        const StepId s = doc->addStep(a, u"Browse"_s);
        const ReleaseId r = doc->addRelease(u"MVP"_s);
        const StoryId st = doc->addStory(s, r, u"See prices"_s);
        QVERIFY(doc->setStoryField(st, StoryField::Estimate, 3));
        QVERIFY(doc->setStoryField(st, StoryField::Description, u"Line one\nLine two"_s));
        QVERIFY(doc->setStoryTags(st, { u"ux"_s, u"pricing"_s }));
        const GoalId g = doc->addGoal(u"Conversion"_s);
        QVERIFY(doc->linkStoryGoal(st, g, true));
        QVERIFY(doc->addMeasurement(g, QDate(2026, 2, 1), 4.5, u"first"_s).isValid());

        auto copy = crashCopy(*doc, dir);
        QVERIFY(copy);
        QCOMPARE(Test::outline(*copy), QStringList({ u"Discover"_s, u"  Browse"_s, u"    See prices"_s }));
        const Story saved = copy->story(st);
        QCOMPARE(saved.estimate.value_or(-1), 3.0);
        QCOMPARE(saved.description, u"Line one\nLine two"_s);
        QCOMPARE(saved.releaseId, r);
        QCOMPARE(copy->storyTags(st), QStringList({ u"ux"_s, u"pricing"_s }));
        QCOMPARE(copy->storyGoals(st), QList<GoalId>{ g });
        QCOMPARE(copy->measurements(g).size(), 1);
        QCOMPARE(copy->measurement(copy->measurements(g).first()).value, 4.5);
        copy.reset();

        // Undo is an edit of the file too.
        QVERIFY(doc->undo()); // measurement
        QVERIFY(doc->undo()); // goal link
        copy = crashCopy(*doc, dir);
        QVERIFY(copy->storyGoals(st).isEmpty());
        QVERIFY(copy->measurements(g).isEmpty());
    }

    void statusDoneRecordsTheDoneDate()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(u"p.valuemap"_s), &error);
        const StepId s = doc->addStep(doc->addActivity(u"A"_s), u"S"_s);
        const StoryId st = doc->addStory(s, {}, u"Story"_s);
        QVERIFY(!doc->story(st).doneAt.isValid());
        QVERIFY(doc->setStoryField(st, StoryField::Status, int(StoryStatus::Done)));
        QVERIFY(doc->story(st).doneAt.isValid());
        QVERIFY(doc->story(st).updatedAt >= doc->story(st).createdAt);
        QVERIFY(doc->setStoryField(st, StoryField::Status, int(StoryStatus::InProgress)));
        QVERIFY(!doc->story(st).doneAt.isValid());
        QVERIFY(doc->undo());
        QVERIFY(doc->story(st).doneAt.isValid());
    }

    void ranksStayContiguousThroughMoves()
    {
        QTemporaryDir dir;
        const QString path = Test::makeSamplePlan(dir);
        QString error;
        auto doc = Document::open(path, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(planProblems(*doc).isEmpty());

        const QList<ActivityId> activities = doc->activities();
        const StepId first = doc->steps(activities.first()).first();
        const StepId last = doc->steps(activities.last()).last();
        const QList<StoryId> fromFirst = doc->stories(first);
        // Two stories from one step to the top of another, into the second release.
        const ReleaseId release2 = doc->releases().at(1);
        QVERIFY(doc->moveStories({ fromFirst.at(1), fromFirst.at(0) }, last, release2, 0));
        QCOMPARE(doc->stories(last).mid(0, 2), (QList<StoryId>{ fromFirst.at(0), fromFirst.at(1) }));
        QCOMPARE(doc->story(fromFirst.at(0)).releaseId, release2);
        QCOMPARE(doc->stories(first).size(), fromFirst.size() - 2);
        // A step to another activity, an activity to the end, a release to the front.
        QVERIFY(doc->moveStep(first, activities.at(2), 1));
        QCOMPARE(doc->steps(activities.at(2)).at(1), first);
        QVERIFY(doc->moveActivity(activities.first(), -1));
        QCOMPARE(doc->activities().last(), activities.first());
        QVERIFY(doc->moveRelease(doc->releases().last(), 0));
        QVERIFY2(planProblems(*doc).isEmpty(), qPrintable(planProblems(*doc).join(u'\n')));

        // The order is what the file says after reopening.
        const QStringList before = Test::outline(*doc);
        doc.reset();
        doc = Document::open(path, &error);
        QCOMPARE(Test::outline(*doc), before);
        QVERIFY(planProblems(*doc).isEmpty());
    }

    void badValuesAreRefusedWithAMessage_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("expected");
        QTest::addRow("estimate text") << int(StoryField::Estimate) << QVariant(u"lots"_s) << u"not a number"_s;
        QTest::addRow("negative estimate") << int(StoryField::Estimate) << QVariant(-2) << u"not a number of zero or more"_s;
        QTest::addRow("fractional value") << int(StoryField::BusinessValue) << QVariant(2.5) << u"whole number"_s;
        QTest::addRow("unknown status") << int(StoryField::Status) << QVariant(9) << u"not a story status"_s;
        QTest::addRow("missing persona") << int(StoryField::Persona) << QVariant(4711) << u"no longer exists"_s;
    }

    void badValuesAreRefusedWithAMessage()
    {
        QFETCH(int, field);
        QFETCH(QVariant, value);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(u"p.valuemap"_s), &error);
        const StoryId st = doc->addStory(doc->addStep(doc->addActivity(u"A"_s), u"S"_s), {}, u"Story"_s);
        const QString dumpBefore = doc->databaseDump();
        const int undoSteps = doc->undoStack()->count();
        QSignalSpy errors(doc.get(), &Document::errorOccurred);
        QVERIFY(!doc->setStoryField(st, static_cast<StoryField>(field), value));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().first().toString().contains(expected), qPrintable(errors.first().first().toString()));
        QCOMPARE(doc->databaseDump(), dumpBefore);
        QCOMPARE(doc->undoStack()->count(), undoSteps);
    }

    void textIsKeptExactlyOrCleanedConsistently_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("kept");
        const QString quotes = u"Robert'); DROP TABLE story;-- \"quoted\" `back`"_s;
        QTest::addRow("sql and quotes") << quotes << quotes;
        const QString rtl = u"\u202Bשלום\u202C and العربية"_s;
        QTest::addRow("rtl marks") << rtl << rtl;
        const QString emoji = u"Family 👨‍👩‍👧‍👦 and ☕️"_s;
        QTest::addRow("emoji with joiners") << emoji << emoji;
        const QString combining = u"e\u0301 a\u0308 Zu\u0308rich"_s;
        QTest::addRow("combining marks") << combining << combining;
        const QString longText(100000, u'x');
        QTest::addRow("100000 characters") << longText << longText;
        QTest::addRow("NUL dropped") << u"a\0b"_s << u"ab"_s;
        QTest::addRow("lone surrogate dropped") << (u"a"_s + QChar(0xD800) + u"b"_s) << u"ab"_s;
        QTest::addRow("newline in title") << u"two\nlines"_s << u"two lines"_s;
        // A UTF-8 reader drops U+FEFF at the start of a text; anywhere it is invisible.
        QTest::addRow("byte order marks dropped") << (QChar(0xFEFF) + u"Pay"_s + QChar(0xFEFF) + u" now"_s)
                                                  << u"Pay now"_s;
    }

    void textIsKeptExactlyOrCleanedConsistently()
    {
        QFETCH(QString, typed);
        QFETCH(QString, kept);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.valuemap"_s);
        QString error;
        StoryId st;
        {
            auto doc = Document::create(path, &error);
            st = doc->addStory(doc->addStep(doc->addActivity(u"A"_s), u"S"_s), {}, typed);
            QCOMPARE(doc->story(st).title, kept);
        }
        auto doc = Document::open(path, &error);
        QCOMPARE(doc->story(st).title, kept);
        QVERIFY2(doc->fileProblems().isEmpty(), qPrintable(doc->fileProblems().join(u'\n')));
        QVERIFY(!doc->isReadOnly());
    }

    void typingIntoOneFieldIsOneUndoStep()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(u"p.valuemap"_s), &error);
        const StoryId st = doc->addStory(doc->addStep(doc->addActivity(u"A"_s), u"S"_s), {}, u"T"_s);
        const int steps = doc->undoStack()->count();
        QVERIFY(doc->setStoryField(st, StoryField::Title, u"Ti"_s));
        QVERIFY(doc->setStoryField(st, StoryField::Title, u"Tit"_s));
        QVERIFY(doc->setStoryField(st, StoryField::Title, u"Title"_s));
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(doc->undoStack()->undoText(), u"Rename Story"_s);
        QVERIFY(doc->undo());
        QCOMPARE(doc->story(st).title, u"T"_s);
    }

    void aCompoundEditIsOneUndoStep()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(u"p.valuemap"_s), &error);
        const QString empty = doc->databaseDump();
        const int steps = doc->undoStack()->count();
        doc->beginCompound(u"Build backbone"_s);
        const ActivityId a = doc->addActivity(u"A"_s);
        doc->addStep(a, u"S1"_s);
        doc->addStep(a, u"S2"_s);
        doc->endCompound();
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QVERIFY(doc->undo());
        QCOMPARE(doc->databaseDump(), empty);
        QVERIFY(doc->redo());
        QCOMPARE(Test::outline(*doc), QStringList({ u"A"_s, u"  S1"_s, u"  S2"_s }));
    }

    void deletingAnActivityTakesItsContentsAndUndoBringsThemBack()
    {
        QTemporaryDir dir;
        const QString path = Test::makeSamplePlan(dir);
        QString error;
        auto doc = Document::open(path, &error);
        const QString before = doc->databaseDump();
        const ActivityId first = doc->activities().first();
        const int stories = int(doc->store().count(Table::Story));
        int inActivity = 0;
        for (StepId s : doc->steps(first))
            inActivity += int(doc->stories(s).size());
        QVERIFY(inActivity > 0);
        QVERIFY(doc->deleteActivity(first));
        QCOMPARE(int(doc->store().count(Table::Story)), stories - inActivity);
        QVERIFY(doc->fileProblems().isEmpty());
        QVERIFY(doc->undo());
        QCOMPARE(doc->databaseDump(), before);
    }

    void deletingAReleaseLeavesItsStoriesUnplanned()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::open(Test::makeSamplePlan(dir), &error);
        const ReleaseId r = doc->releases().last();
        const QList<StoryId> inRelease = doc->storiesInRelease(r);
        const int unplanned = int(doc->storiesInRelease({}).size());
        QVERIFY(doc->deleteRelease(r));
        QCOMPARE(doc->storiesInRelease({}).size(), unplanned + inRelease.size());
        QCOMPARE(doc->releases().size(), 2);
        QVERIFY(planProblems(*doc).isEmpty());
    }

    void aReadOnlyPlanRefusesEditsAndStaysUntouched()
    {
        QTemporaryDir dir;
        const QString path = Test::makeSamplePlan(dir);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        const QByteArray hash = Test::fileHash(path);
        QString error;
        {
            auto doc = Document::open(path, &error);
            QVERIFY2(doc, qPrintable(error));
            QVERIFY(doc->isReadOnly());
            QVERIFY2(doc->readOnlyReason().contains(u"read-only"_s), qPrintable(doc->readOnlyReason()));
            QSignalSpy errors(doc.get(), &Document::errorOccurred);
            QVERIFY(!doc->addActivity(u"Nope"_s).isValid());
            QCOMPARE(errors.size(), 1);
            QVERIFY(errors.first().first().toString().contains(u"cannot be changed"_s));
        }
        QCOMPARE(Test::fileHash(path), hash);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }

    void saveACopyGivesAnEqualSelfContainedPlan()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::open(Test::makeSamplePlan(dir), &error);
        QVERIFY(doc->addActivity(u"Added before copying"_s).isValid());
        const QString copy = dir.filePath(u"copy.valuemap"_s);
        QVERIFY2(doc->saveCopyAs(copy, &error), qPrintable(error));
        QVERIFY(!QFile::exists(copy + u"-wal"_s));
        auto other = Document::open(copy, &error);
        QVERIFY2(other, qPrintable(error));
        QCOMPARE(other->databaseDump(), doc->databaseDump());
        QVERIFY(!doc->saveCopyAs(doc->filePath(), &error));
        QVERIFY(error.contains(u"open plan itself"_s));
        QVERIFY(!doc->saveCopyAs(dir.path(), &error));
        QVERIFY(error.contains(u"folder"_s));
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
