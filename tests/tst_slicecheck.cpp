// Release slicing in the model: the working-product check, and the edits of the slicing board
// (split, merge, reorder, deliver) with their undo, asserted on the document and the file.
#include "storage/document.h"
#include "storage/slicecheck.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

// Sample plan ids (resources/samples/coffee-subscription.sql).
constexpr ReleaseId Mvp(1);
constexpr ReleaseId Habit(2);
constexpr ReleaseId Delight(3);
constexpr ActivityId SignUp(2);
constexpr ActivityId ManageSubscription(6);

QStringList titles(const Document &doc, const QList<ActivityId> &ids)
{
    QStringList out;
    for (ActivityId id : ids)
        out.append(doc.activity(id).title);
    return out;
}

QList<qint64> values(const QList<StoryId> &ids)
{
    QList<qint64> out;
    for (StoryId id : ids)
        out.append(id.value);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestSliceCheck : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Document> openSample(const QTemporaryDir &dir)
    {
        QString error;
        auto doc = Document::open(Test::makeSamplePlan(dir), &error);
        if (!doc)
            qWarning("%s", qPrintable(error));
        return doc;
    }

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    void workingProduct_data()
    {
        // backbone: one letter per activity, each with one step. slices: one entry per release in
        // order, "status:letters" where the letters are the activities holding a story of it.
        QTest::addColumn<QString>("backbone");
        QTest::addColumn<QStringList>("slices");
        QTest::addColumn<int>("checked");
        QTest::addColumn<QString>("missing");
        QTest::addColumn<QString>("inherited");

        QTest::addRow("empty backbone")
            << u""_s << QStringList { u"planned:"_s } << 0 << u""_s << u""_s;
        QTest::addRow("empty slice")
            << u"ABC"_s << QStringList { u"planned:"_s } << 0 << u"ABC"_s << u""_s;
        QTest::addRow("one activity missing")
            << u"ABC"_s << QStringList { u"planned:AC"_s } << 0 << u"B"_s << u""_s;
        QTest::addRow("all covered")
            << u"ABC"_s << QStringList { u"planned:CBA"_s } << 0 << u""_s << u""_s;
        QTest::addRow("covered by an earlier delivered slice")
            << u"ABC"_s << QStringList { u"delivered:B"_s, u"planned:AC"_s } << 1 << u""_s
            << u"B"_s;
        QTest::addRow("two delivered slices cover the rest")
            << u"ABCD"_s << QStringList { u"delivered:B"_s, u"delivered:D"_s, u"planned:A"_s } << 2
            << u"C"_s << u"BD"_s;
        QTest::addRow("earlier slice not delivered does not count")
            << u"ABC"_s << QStringList { u"in progress:B"_s, u"planned:AC"_s } << 1 << u"B"_s
            << u""_s;
        QTest::addRow("later delivered slice does not count")
            << u"ABC"_s << QStringList { u"planned:AC"_s, u"delivered:B"_s } << 0 << u"B"_s
            << u""_s;
    }

    void workingProduct()
    {
        QFETCH(QString, backbone);
        QFETCH(QStringList, slices);
        QFETCH(int, checked);
        QFETCH(QString, missing);
        QFETCH(QString, inherited);

        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(u"check.valuemap"_s), &error);
        QVERIFY2(doc, qPrintable(error));
        QHash<QChar, StepId> stepOf;
        for (QChar letter : backbone) {
            const ActivityId a = doc->addActivity(QString(letter));
            stepOf.insert(letter, doc->addStep(a, u"Step "_s + letter));
        }
        QList<ReleaseId> releases;
        for (const QString &slice : slices) {
            const QString status = slice.section(u':', 0, 0);
            const ReleaseId r = doc->addRelease(u"Slice %1"_s.arg(releases.size() + 1));
            releases.append(r);
            for (QChar letter : slice.section(u':', 1))
                QVERIFY(doc->addStory(stepOf.value(letter), r, u"Story "_s + letter).isValid());
            const int code = status == u"delivered"_s ? 2 : status == u"in progress"_s ? 1 : 0;
            QVERIFY(doc->setReleaseField(r, ReleaseField::Status, code));
        }

        const SliceCheck check = checkSlice(*doc, releases.at(checked));
        QCOMPARE(check.release, releases.at(checked));
        QCOMPARE(titles(*doc, check.missingActivities).join(QString()), missing);
        QCOMPARE(titles(*doc, check.inheritedActivities).join(QString()), inherited);
        QCOMPARE(check.isWorkingProduct(), missing.isEmpty());
        const QStringList warnings = sliceWarnings(*doc, check);
        const QStringList flagged = warnings.filter(u"Not a working product"_s);
        QCOMPARE(flagged.size(), missing.isEmpty() ? 0 : 1);
        if (!missing.isEmpty())
            QVERIFY2(flagged.first().contains(u"“%1”"_s.arg(missing.back())),
                qPrintable(flagged.first()));
        QCOMPARE(warnings.first().startsWith(u"Empty slice"_s), check.stories == 0);
    }

    void outcomeGoalAndCapacity()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(u"c.valuemap"_s), &error);
        QVERIFY(doc);
        const StepId step = doc->addStep(doc->addActivity(u"Buy"_s), u"Pay"_s);
        const ReleaseId r = doc->addRelease(u"MVP"_s);
        const StoryId a = doc->addStory(step, r, u"Card"_s);
        const StoryId b = doc->addStory(step, r, u"Invoice"_s);
        doc->addStory(step, r, u"Unestimated"_s);
        QVERIFY(doc->setStoryField(a, StoryField::Estimate, 5));
        QVERIFY(doc->setStoryField(b, StoryField::Estimate, 3.5));
        QVERIFY(doc->setStoryField(a, StoryField::BusinessValue, 40));
        QVERIFY(doc->setStoryField(b, StoryField::Status, int(StoryStatus::Done)));

        SliceCheck check = checkSlice(*doc, r);
        QVERIFY(check.outcomeMissing);
        QVERIFY(check.goalMissing);
        QVERIFY(!check.overCapacity);
        QCOMPARE(check.stories, 3);
        QCOMPARE(check.doneStories, 1);
        QCOMPARE(check.estimate, 8.5);
        QCOMPARE(check.unestimatedStories, 1);
        QCOMPARE(check.businessValue, qint64(40));
        QCOMPARE(sliceWarnings(*doc, check),
            QStringList({ u"No outcome: say what this slice should achieve or let you learn."_s,
                u"No customer goal: link the goal this slice should move."_s }));

        QVERIFY(doc->setReleaseField(r, ReleaseField::Outcome, u"Learn whether people pay."_s));
        QVERIFY(doc->linkReleaseGoal(r, doc->addGoal(u"Revenue"_s), true));
        QVERIFY(doc->setReleaseField(r, ReleaseField::Capacity, 8));
        check = checkSlice(*doc, r);
        QVERIFY(!check.outcomeMissing);
        QVERIFY(!check.goalMissing);
        QVERIFY(check.overCapacity);
        QCOMPARE(sliceWarnings(*doc, check),
            QStringList({ u"Over capacity: 8.5 estimated for a capacity of 8."_s }));
        QVERIFY(doc->setReleaseField(r, ReleaseField::Capacity, 8.5));
        QVERIFY(!checkSlice(*doc, r).hasWarnings());

        // The unplanned stories: totals only.
        const SliceCheck unplanned = checkSlice(*doc, ReleaseId());
        QCOMPARE(unplanned.stories, 0);
        QVERIFY(!unplanned.hasWarnings());
    }

    void sampleFlagsTheMvp()
    {
        QTemporaryDir dir;
        auto doc = openSample(dir);
        QVERIFY(doc);
        // The MVP shipped without self-service subscription management: not end-to-end.
        const SliceCheck mvp = checkSlice(*doc, Mvp);
        QCOMPARE(mvp.missingActivities, QList<ActivityId> { ManageSubscription });
        QVERIFY(!mvp.isWorkingProduct());
        QCOMPARE(mvp.stories, 11);
        QCOMPARE(mvp.doneStories, 11);
        QCOMPARE(sliceWarnings(*doc, mvp).first(),
            u"Not a working product: no story for “Manage subscription”."_s);
        // Release 2 brings it, and more than its capacity.
        const SliceCheck habit = checkSlice(*doc, Habit);
        QVERIFY(habit.isWorkingProduct());
        QVERIFY(habit.overCapacity);

        const SliceCheck delight = checkSlice(*doc, Delight);
        QVERIFY(delight.goalMissing);
        QVERIFY(!delight.outcomeMissing);
        // It has no sign-up story of its own; the delivered MVP's sign-up carries it.
        QCOMPARE(delight.inheritedActivities, QList<ActivityId> { SignUp });
        QVERIFY(delight.isWorkingProduct());
        QVERIFY(delight.hasWarnings());
        QCOMPARE(delight.stories, int(doc->storiesInRelease(Delight).size()));

        // Were the MVP not delivered, Release 3 would not be a working product.
        QVERIFY(doc->setReleaseField(Mvp, ReleaseField::Status, int(ReleaseStatus::InProgress)));
        const SliceCheck alone = checkSlice(*doc, Delight);
        QCOMPARE(alone.missingActivities, QList<ActivityId> { SignUp });
        QCOMPARE(sliceWarnings(*doc, alone).first(),
            u"Not a working product: no story for “Sign up”."_s);
    }

    void allSlicesAtOnceAgreeWithEachAlone()
    {
        QTemporaryDir dir;
        auto doc = openSample(dir);
        QVERIFY(doc);
        for (int round = 0; round < 2; ++round) {
            const QList<SliceCheck> all = checkSlices(*doc);
            QList<ReleaseId> lanes = doc->releases();
            lanes.append(ReleaseId());
            QCOMPARE(all.size(), lanes.size());
            for (qsizetype i = 0; i < lanes.size(); ++i) {
                const SliceCheck one = checkSlice(*doc, lanes[i]);
                QCOMPARE(all[i].release.value, lanes[i].value);
                QCOMPARE(all[i].stories, one.stories);
                QCOMPARE(all[i].doneStories, one.doneStories);
                QCOMPARE(all[i].estimate, one.estimate);
                QCOMPARE(all[i].unestimatedStories, one.unestimatedStories);
                QCOMPARE(all[i].businessValue, one.businessValue);
                QCOMPARE(all[i].missingActivities, one.missingActivities);
                QCOMPARE(all[i].inheritedActivities, one.inheritedActivities);
                QCOMPARE(all[i].overCapacity, one.overCapacity);
                QCOMPARE(all[i].goalMissing, one.goalMissing);
                QCOMPARE(all[i].outcomeMissing, one.outcomeMissing);
            }
            QVERIFY(all.first().stories > 0);
            // The same once the MVP is no longer delivered and covers less.
            QVERIFY(doc->setReleaseField(Mvp, ReleaseField::Status, int(ReleaseStatus::InProgress)));
        }
    }

    void splitMovesTheSelectionIntoANewSliceBelow()
    {
        QTemporaryDir dir;
        auto doc = openSample(dir);
        QVERIFY(doc);
        const QString before = doc->databaseDump();
        const int steps = doc->undoStack()->count();
        const ReleaseId part = doc->splitRelease(
            Habit, { StoryId(59), StoryId(63), StoryId(59) }, u"Release 2b – Keep them"_s);
        QVERIFY2(part.isValid(), qPrintable(doc->lastError()));
        QCOMPARE(doc->releases(), QList<ReleaseId>({ Mvp, Habit, part, Delight }));
        QCOMPARE(doc->release(part).name, u"Release 2b – Keep them"_s);
        QCOMPARE(doc->release(part).status, ReleaseStatus::Planned);
        QCOMPARE(values(doc->storiesInRelease(part)), QList<qint64>({ 59, 63 }));
        QVERIFY(!doc->storiesInRelease(Habit).contains(StoryId(59)));
        QCOMPARE(doc->releaseGoals(part), doc->releaseGoals(Habit));
        QCOMPARE(doc->story(StoryId(59)).stepId, StepId(17)); // still under its step
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(doc->undoStack()->undoText(), u"Split Release"_s);
        QVERIFY(doc->undo());
        QCOMPARE(doc->databaseDump(), before);
        QVERIFY(doc->redo());
        QCOMPARE(doc->releases().size(), 4);
    }

    void splitAndMergeRefuseBadInput()
    {
        QTemporaryDir dir;
        auto doc = openSample(dir);
        QVERIFY(doc);
        const QString before = doc->databaseDump();
        QSignalSpy errors(doc.get(), &Document::errorOccurred);
        QVERIFY(!doc->splitRelease(Habit, { StoryId(1) }, u"X"_s).isValid());
        QVERIFY2(doc->lastError().contains(u"is not in the release “Release 2 – Habit”"_s),
            qPrintable(doc->lastError()));
        QVERIFY(!doc->splitRelease(Habit, {}, u"X"_s).isValid());
        QVERIFY(!doc->splitRelease(ReleaseId(99), { StoryId(59) }, u"X"_s).isValid());
        QVERIFY(!doc->mergeReleases(Habit, Habit));
        QVERIFY(!doc->mergeReleases(Habit, ReleaseId(99)));
        QCOMPARE(errors.count(), 5);
        QCOMPARE(doc->databaseDump(), before);
    }

    void mergeTakesStoriesGoalsAndOutcome()
    {
        QTemporaryDir dir;
        auto doc = openSample(dir);
        QVERIFY(doc);
        const QString before = doc->databaseDump();
        const auto habitStories = values(doc->storiesInRelease(Habit));
        const auto delightStories = values(doc->storiesInRelease(Delight));
        const QString habitOutcome = doc->release(Habit).outcome;
        QVERIFY(doc->linkReleaseGoal(Delight, GoalId(2), true)); // Habit has it already
        const QString beforeMerge = doc->databaseDump();

        QVERIFY2(doc->mergeReleases(Habit, Delight), qPrintable(doc->lastError()));
        QCOMPARE(doc->releases(), QList<ReleaseId>({ Mvp, Habit }));
        auto merged = habitStories + delightStories;
        std::sort(merged.begin(), merged.end());
        QCOMPARE(values(doc->storiesInRelease(Habit)), merged);
        QCOMPARE(doc->releaseGoals(Habit), QList<GoalId>({ GoalId(1), GoalId(2) }));
        QVERIFY(doc->release(Habit).outcome.startsWith(
            habitOutcome + u"\n\nTurn subscribers into fans"_s));
        QCOMPARE(doc->release(Habit).capacity, std::optional<double>(45));
        QCOMPARE(doc->release(Habit).name, u"Release 2 – Habit"_s);
        QCOMPARE(doc->release(Mvp).rank, 0);
        QCOMPARE(doc->release(Habit).rank, 1);
        QCOMPARE(doc->undoStack()->undoText(), u"Merge Releases"_s);

        QVERIFY(doc->undo());
        QCOMPARE(doc->databaseDump(), beforeMerge);
        QVERIFY(doc->undo());
        QCOMPARE(doc->databaseDump(), before);
    }

    void mergeKeepsDeliveredIncrements()
    {
        QTemporaryDir dir;
        auto doc = openSample(dir);
        QVERIFY(doc);
        QVERIFY(doc->mergeReleases(Habit, Mvp));
        QCOMPARE(doc->increment(IncrementId(1)).releaseId, Habit);
        QCOMPARE(doc->releases(), QList<ReleaseId>({ Habit, Delight }));
    }

    void reorderIsOneStepAndUndoes()
    {
        QTemporaryDir dir;
        auto doc = openSample(dir);
        QVERIFY(doc);
        const QString before = doc->databaseDump();
        QVERIFY(doc->moveRelease(Delight, 0));
        QCOMPARE(doc->releases(), QList<ReleaseId>({ Delight, Mvp, Habit }));
        // Now nothing delivered comes before Release 3: it is no longer a working product.
        QCOMPARE(checkSlice(*doc, Delight).missingActivities, QList<ActivityId> { SignUp });
        QVERIFY(doc->undo());
        QCOMPARE(doc->releases(), QList<ReleaseId>({ Mvp, Habit, Delight }));
        QCOMPARE(doc->databaseDump(), before);
    }

    void deliverRecordsTheIncrement()
    {
        QTemporaryDir dir;
        auto doc = openSample(dir);
        QVERIFY(doc);
        const QString before = doc->databaseDump();
        const int steps = doc->undoStack()->count();
        const QList<StoryId> shipped { StoryId(5), StoryId(6),
            StoryId(59) }; // done, in progress, to do
        const QDate day(2026, 7, 3);
        const IncrementId inc = doc->deliverRelease(
            Habit, day, shipped, u"Quiz and swap live."_s, u"Swapping is brilliant."_s, 5);
        QVERIFY2(inc.isValid(), qPrintable(doc->lastError()));
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(doc->undoStack()->undoText(), u"Deliver Release"_s);
        QCOMPARE(doc->increments().size(), 2);
        const Increment increment = doc->increment(inc);
        QCOMPARE(increment.releaseId, Habit);
        QCOMPARE(increment.date, day);
        QCOMPARE(increment.note, u"Quiz and swap live."_s);
        QCOMPARE(values(doc->incrementStories(inc)), QList<qint64>({ 5, 6, 59 }));
        for (StoryId id : shipped) {
            const Story s = doc->story(id);
            QCOMPARE(s.status, StoryStatus::Done);
            QCOMPARE(s.doneAt.toUTC().date(), day); // the delivery date, not today
        }
        QCOMPARE(doc->story(StoryId(13)).status, StoryStatus::Done); // not shipped: untouched
        QCOMPARE(doc->story(StoryId(51)).status, StoryStatus::Todo);
        QCOMPARE(doc->release(Habit).status, ReleaseStatus::Delivered);
        const QList<FeedbackId> feedback = doc->incrementFeedback(inc);
        QCOMPARE(feedback.size(), 1);
        QCOMPARE(doc->feedback(feedback.first()).text, u"Swapping is brilliant."_s);
        QCOMPARE(doc->feedback(feedback.first()).score, std::optional<int>(5));
        QCOMPARE(doc->feedback(feedback.first()).date, day);

        QVERIFY(doc->undo());
        QCOMPARE(doc->databaseDump(), before);
        QCOMPARE(doc->release(Habit).status, ReleaseStatus::InProgress);
        QCOMPARE(doc->story(StoryId(59)).status, StoryStatus::Todo);
        QVERIFY(!doc->story(StoryId(59)).doneAt.isValid());
        QVERIFY(doc->redo());
        QCOMPARE(doc->increments().size(), 2);
    }

    void deliverWithoutFeedbackAddsNone()
    {
        QTemporaryDir dir;
        auto doc = openSample(dir);
        QVERIFY(doc);
        const IncrementId inc
            = doc->deliverRelease(Habit, QDate(2026, 7, 1), { StoryId(5) }, {}, u"  "_s);
        QVERIFY(inc.isValid());
        QVERIFY(doc->incrementFeedback(inc).isEmpty());
    }

    void deliverRefusesBadInput()
    {
        QTemporaryDir dir;
        auto doc = openSample(dir);
        QVERIFY(doc);
        const QString before = doc->databaseDump();
        const QByteArray hash = Test::fileHash(doc->filePath());
        QVERIFY(!doc->deliverRelease(Habit, QDate(), { StoryId(5) }, {}, {}).isValid());
        QVERIFY2(doc->lastError().contains(u"valid delivery date"_s), qPrintable(doc->lastError()));
        QVERIFY(!doc->deliverRelease(Habit, QDate(2026, 7, 1), {}, {}, {}).isValid());
        QVERIFY2(doc->lastError().contains(u"at least one story"_s), qPrintable(doc->lastError()));
        QVERIFY(!doc->deliverRelease(Habit, QDate(2026, 7, 1), { StoryId(3) }, {}, {}).isValid());
        QVERIFY2(doc->lastError().contains(
                     u"“Show tasting notes as a flavour wheel” is not in the release"_s),
            qPrintable(doc->lastError()));
        QVERIFY(!doc->deliverRelease(ReleaseId(42), QDate(2026, 7, 1), { StoryId(5) }, {}, {})
                     .isValid());
        QCOMPARE(doc->databaseDump(), before);
        QCOMPARE(Test::fileHash(doc->filePath()), hash);
    }
};

QTEST_GUILESS_MAIN(TestSliceCheck)
#include "tst_slicecheck.moc"
