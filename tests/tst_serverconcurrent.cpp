// Team plans when many laptops change one plan at the same moment (issue 15), against the
// suite's real PostgreSQL: dots and stories added at once all count and keep their numbers and
// places, an undo is not refused for places others' adds moved, a stale delete is, and two
// changes that wait for each other's rows (a deadlock) are both kept.
#include "serverdocs.h"
#include "testsupport.h"

#include "server/serversession.h"
#include "storage/document.h"
#include "storage/plancheck.h"
#include "storage/slicecheck.h"
#include "storage/slicechecker.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Valuemap;
using namespace ServerTest;

namespace {

// A step with at least `count` stories, the first one found.
StepId stepWithStories(const Document &doc, int count)
{
    for (const ActivityId a : doc.activities()) {
        for (const StepId s : doc.steps(a)) {
            if (doc.stories(s).size() >= count)
                return s;
        }
    }
    return {};
}

// Until `done` holds, or a minute has passed (then the test fails on what it finds).
template<typename Done>
void waitFor(Done done)
{
    for (int i = 0; i < 6000 && !done(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
}

} // namespace

class TestServerConcurrent : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dotsCastAtOnceAllCount();
    void storiesAddedAtOnceAllKept();
    void undoInTheMiddleOfAStepOthersAddedTo();
    void staleDeleteOfAMovedMeasurementRefused();
    void changesThatWaitForEachOtherAreBothKept();
    void pipelinesRecordingAtOnceAllCount();
    void ownChangeCountedOnceBesideOthers();

private:
    void publish(const QString &name) { publishSample(m_dir, name); }
    QTemporaryDir m_dir;
};

void TestServerConcurrent::initTestCase()
{
    Test::useFixedLocale();
    SERVERTEST_REQUIRE_SERVER();
    QVERIFY(m_dir.isValid());
    const Run init = valuemap({ u"server"_s, u"init"_s, u"--server"_s, conn(u"vmadmin"_s) });
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
}

void TestServerConcurrent::dotsCastAtOnceAllCount()
{
    publish(u"Dots"_s);
    auto presenter = openAs(u"alice"_s, u"Dots"_s);
    QVERIFY(presenter);
    const VoteId vote = presenter->startVote(u"What first?"_s, VoteSubject::Stories, 3,
                                             { u"Ann"_s, u"Ben"_s });
    QVERIFY2(vote.isValid(), qPrintable(presenter->lastError()));
    const QList<ParticipantId> people = presenter->voteParticipants(vote);
    const StoryId story = firstStory(*presenter);
    // Ben's laptop has not seen Ann's dot when he casts his: both plan the same new id.
    auto bensLaptop = openAs(u"bob"_s, u"Dots"_s, false);
    QVERIFY(bensLaptop);
    const VoteDotId ann = VoteDotId(presenter->castDot(people.at(0), story).value);
    QVERIFY2(ann.isValid(), qPrintable(presenter->lastError()));
    const VoteDotId ben = VoteDotId(bensLaptop->castDot(people.at(1), story).value);
    QVERIFY2(ben.isValid(), qPrintable(bensLaptop->lastError()));
    QVERIFY(ben != ann);
    QCOMPARE(bensLaptop->voteDot(ben).participantId, people.at(1));
    QCOMPARE(bensLaptop->storyDots(story).size(), 2);
    // The presenter's screen follows every laptop.
    QTRY_COMPARE_WITH_TIMEOUT(presenter->storyDots(story).size(), 2, Patience);
    QCOMPARE(presenter->voteDot(ben).participantId, people.at(1));
    // Ben's undo takes back his own dot, not Ann's.
    QVERIFY2(bensLaptop->undo(), qPrintable(bensLaptop->lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(presenter->storyDots(story), QList<VoteDotId> { ann }, Patience);
}

void TestServerConcurrent::storiesAddedAtOnceAllKept()
{
    // A workshop: everyone writes stories at once. Ben's laptop has not seen Ann's story when
    // he adds his: both planned the same new id and the same story number.
    publish(u"Adds"_s);
    auto presenter = openAs(u"alice"_s, u"Adds"_s);
    auto bensLaptop = openAs(u"bob"_s, u"Adds"_s, false);
    QVERIFY(presenter && bensLaptop);
    const QList<StepId> steps = presenter->steps(presenter->activities().constFirst());
    QVERIFY(steps.size() >= 2);
    QStringList keys;
    for (int round = 0; round < 2; ++round) {
        // First in two steps, then both in the same one.
        const StepId annsStep = steps.at(0);
        const StepId bensStep = steps.at(round == 0 ? 1 : 0);
        const StoryId ann = presenter->addStory(annsStep, ReleaseId(), u"Ann's idea %1"_s.arg(round));
        QVERIFY2(ann.isValid(), qPrintable(presenter->lastError()));
        const StoryId ben = bensLaptop->addStory(bensStep, ReleaseId(), u"Ben's idea %1"_s.arg(round));
        QVERIFY2(ben.isValid(), qPrintable(bensLaptop->lastError()));
        QVERIFY(ben != ann);
        QCOMPARE(bensLaptop->story(ben).title, u"Ben's idea %1"_s.arg(round));
        QVERIFY(!bensLaptop->storyKey(ben).isEmpty());
        QVERIFY(bensLaptop->storyKey(ben) != presenter->storyKey(ann));
        QVERIFY(bensLaptop->stories(bensStep).contains(ben));
        // The presenter's screen shows Ben's story under the number his laptop shows.
        QTRY_COMPARE_WITH_TIMEOUT(presenter->story(ben).title, u"Ben's idea %1"_s.arg(round), Patience);
        QCOMPARE(presenter->storyKey(ben), bensLaptop->storyKey(ben));
        QVERIFY(presenter->stories(bensStep).contains(ben));
        keys << presenter->storyKey(ann) << presenter->storyKey(ben);
    }
    // As the server keeps them: every story number once.
    auto fresh = openAs(u"alice"_s, u"Adds"_s, false);
    QVERIFY(fresh);
    QStringList all;
    for (const ActivityId a : fresh->activities()) {
        for (const StepId s : fresh->steps(a)) {
            for (const StoryId story : fresh->stories(s))
                all << fresh->storyKey(story);
        }
    }
    for (const QString &key : std::as_const(keys))
        QCOMPARE(all.count(key), 1);
    // Stories that came in at the same moment do not share a place: the server's order is
    // 0, 1, 2 … in every step, as a file needs it (`valuemap check` finds nothing).
    QVERIFY2(planProblems(*fresh).isEmpty(), qPrintable(planProblems(*fresh).join(u"; "_s)));
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), all.size());
    // The next story anyone adds takes a number no story has. It goes into the step where
    // Ann's and Ben's stories came in at once, which puts that step's order in a row again.
    const StoryId later = presenter->addStory(steps.at(0), ReleaseId(), u"Later"_s);
    QVERIFY2(later.isValid(), qPrintable(presenter->lastError()));
    QVERIFY(!all.contains(presenter->storyKey(later)));
    // Ben's undo takes back his own last story although Ann added one since in that step and
    // so moved his story down one place (a new place is not a change to the story itself),
    // and his redo brings it back under its number.
    const QString bensKey = keys.last();
    const StoryId bens = fresh->storyByKey(bensKey);
    QVERIFY(bens.isValid());
    QVERIFY2(bensLaptop->undo(), qPrintable(bensLaptop->lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(!presenter->storyByKey(bensKey).isValid(), Patience);
    QVERIFY(presenter->storyByKey(keys.at(2)).isValid()); // Ann's story of that round stays
    QVERIFY2(bensLaptop->redo(), qPrintable(bensLaptop->lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(presenter->storyByKey(bensKey), bens, Patience);
    QCOMPARE(presenter->story(later).title, u"Later"_s);
    // A change to the story itself still stops that undo: Ann's title is not thrown away.
    QVERIFY(presenter->setStoryField(bens, StoryField::Title, u"Ann's better words"_s));
    QVERIFY(!bensLaptop->undo());
    QVERIFY2(bensLaptop->lastError().contains(u"by alice"_s), qPrintable(bensLaptop->lastError()));
    // Named as the user knows it: its number and its title now, not a row number.
    QVERIFY2(bensLaptop->lastError().contains(u"%1 “Ann's better words”"_s.arg(bensKey)),
             qPrintable(bensLaptop->lastError()));
    QCOMPARE(serverTitle(u"Adds"_s, bens), u"Ann's better words"_s);
}

void TestServerConcurrent::undoInTheMiddleOfAStepOthersAddedTo()
{
    // Ben puts a story between the first two of a step; before his laptop has caught up, Ann
    // puts one at the top of that step, which moves every story there down a place.
    publish(u"Middle"_s);
    auto presenter = openAs(u"alice"_s, u"Middle"_s);
    auto bensLaptop = openAs(u"bob"_s, u"Middle"_s, false);
    QVERIFY(presenter && bensLaptop);
    StepId step;
    for (const ActivityId a : presenter->activities()) {
        for (const StepId s : presenter->steps(a)) {
            if (!step.isValid() && presenter->stories(s).size() >= 3)
                step = s;
        }
    }
    QVERIFY(step.isValid());
    const QList<StoryId> original = presenter->stories(step);
    const StoryId ben = bensLaptop->addStory(step, ReleaseId(), u"Ben's in between"_s, 1);
    QVERIFY2(ben.isValid(), qPrintable(bensLaptop->lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(presenter->stories(step).contains(ben), Patience);
    const StoryId ann = presenter->addStory(step, ReleaseId(), u"Ann's first"_s, 0);
    QVERIFY2(ann.isValid(), qPrintable(presenter->lastError()));
    QCOMPARE(presenter->stories(step), QList<StoryId>({ ann, original.at(0), ben }) + original.mid(1));
    // Ben's undo takes his story back: the places around it are no change of his to refuse.
    QVERIFY2(bensLaptop->undo(), qPrintable(bensLaptop->lastError()));
    const QList<StoryId> afterUndo = QList<StoryId>({ ann }) + original;
    QCOMPARE(bensLaptop->stories(step), afterUndo);
    QTRY_COMPARE_WITH_TIMEOUT(presenter->stories(step), afterUndo, Patience);
    // Everyone agrees on the order, and the server keeps its places in a row: 0, 1, 2 …
    auto fresh = openAs(u"alice"_s, u"Middle"_s, false);
    QVERIFY(fresh);
    QCOMPARE(fresh->stories(step), afterUndo);
    for (qsizetype i = 0; i < afterUndo.size(); ++i)
        QCOMPARE(fresh->store().value(Table::Story, afterUndo[i].value, StoryCol::Rank).toLongLong(), i);
    // His redo brings it back between the same two stories, for everyone.
    QVERIFY2(bensLaptop->redo(), qPrintable(bensLaptop->lastError()));
    const QList<StoryId> afterRedo = QList<StoryId>({ ann, original.at(0), ben }) + original.mid(1);
    QCOMPARE(bensLaptop->stories(step), afterRedo);
    QTRY_COMPARE_WITH_TIMEOUT(presenter->stories(step), afterRedo, Patience);
    // A reorder is what the user meant, not housekeeping: a stale one is still refused whole.
    QVERIFY2(presenter->moveStories({ original.last() }, step, ReleaseId(), 0), qPrintable(presenter->lastError()));
    QVERIFY(!bensLaptop->moveStories({ ben }, step, ReleaseId(), 0));
    QTRY_COMPARE_WITH_TIMEOUT(bensLaptop->stories(step), presenter->stories(step), Patience);
}

void TestServerConcurrent::staleDeleteOfAMovedMeasurementRefused()
{
    // Measurements are ordered by their date, which is their own data, not a place: Ben's
    // delete of one whose date Ann corrected meanwhile is refused, her date kept.
    publish(u"Dated"_s);
    auto ann = openAs(u"alice"_s, u"Dated"_s);
    auto bensLaptop = openAs(u"bob"_s, u"Dated"_s, false);
    QVERIFY(ann && bensLaptop);
    const GoalId goal = ann->goals().constFirst();
    const MeasurementId m = ann->addMeasurement(goal, QDate(2026, 3, 1), 40, QString());
    QVERIFY2(m.isValid(), qPrintable(ann->lastError()));
    QVERIFY(bensLaptop->serverSession()->catchUp());
    QVERIFY(bensLaptop->measurements(goal).contains(m));
    QVERIFY(ann->setMeasurementField(m, MeasurementField::Date, QDate(2026, 2, 1)));
    QVERIFY(!bensLaptop->deleteMeasurement(m));
    QVERIFY2(bensLaptop->lastError().contains(u"by alice"_s), qPrintable(bensLaptop->lastError()));
    auto fresh = openAs(u"alice"_s, u"Dated"_s, false);
    QVERIFY(fresh);
    QCOMPARE(fresh->measurement(m).date, QDate(2026, 2, 1));
}

void TestServerConcurrent::changesThatWaitForEachOtherAreBothKept()
{
    // Ben puts a story into the middle of a step. His change moves the stories below it down a
    // place, then locks the whole step to put it in a row. Ann's change, at the same moment,
    // holds the step's top story and then wants one that Ben's has moved: each waits for the
    // other. PostgreSQL ends one of them (a deadlock) and asks for it to be run again; Ben's
    // laptop does so, so his story is kept and he never reads "try again".
    publish(u"Together"_s);
    auto bensLaptop = openAs(u"bob"_s, u"Together"_s, false);
    QVERIFY(bensLaptop);
    const StepId step = stepWithStories(*bensLaptop, 3);
    QVERIFY(step.isValid());
    const QList<StoryId> original = bensLaptop->stories(step);
    std::atomic<bool> holding = false;
    QString annsError = u"not run"_s;
    std::thread ann([&] {
        // Ann's change as her laptop's transaction holds it (the connections of this thread).
        RawConnection change(u"vmsuper"_s);
        RawConnection watcher(u"vmsuper"_s);
        const QVariant plan = watcher.planId(u"Together"_s);
        QSqlDatabase db = change.database();
        if (!db.transaction())
            return;
        change.run(u"SELECT id FROM valuemap.story WHERE plan_id = ? AND id = ? FOR UPDATE"_s,
                   { plan, original.first().value });
        holding = true;
        // Once Ben's change waits for the top story, Ann's wants one that his has moved.
        waitFor([&] {
            QVariant waiting;
            watcher.run(u"SELECT count(*) FROM pg_locks WHERE NOT granted"_s, {}, &waiting);
            return waiting.toInt() > 0;
        });
        const QSqlError moved = change.run(
                u"UPDATE valuemap.story SET rank = rank WHERE plan_id = ? AND id = ?"_s,
                { plan, original.last().value });
        annsError = moved.nativeErrorCode();
        if (moved.isValid())
            db.rollback();
        else
            db.commit();
    });
    waitFor([&] { return holding.load(); });
    const StoryId ben = bensLaptop->addStory(step, ReleaseId(), u"Ben's in the middle"_s, 1);
    const QString bensError = bensLaptop->lastError();
    ann.join();
    QVERIFY2(ben.isValid(), qPrintable(bensError));
    // Ann's change went through too, unless the server ended hers rather than his.
    QVERIFY2(annsError.isEmpty() || annsError == "40P01"_L1, qPrintable(annsError));
    QVERIFY2(bensLaptop->serverSession()->catchUp(), qPrintable(bensLaptop->lastError()));
    const QList<StoryId> expected = QList<StoryId>({ original.first(), ben }) + original.mid(1);
    QCOMPARE(bensLaptop->stories(step), expected);
    auto fresh = openAs(u"alice"_s, u"Together"_s, false);
    QVERIFY(fresh);
    QCOMPARE(fresh->stories(step), expected);
    QCOMPARE(fresh->story(ben).title, u"Ben's in the middle"_s);
    QVERIFY2(planProblems(*fresh).isEmpty(), qPrintable(planProblems(*fresh).join(u"; "_s)));
}

// Pipelines record into one plan at the same moment: six jobs with their own event ids are all
// recorded, four runs of one job (the same event id and content) are recorded once, and every
// run says it succeeded.
void TestServerConcurrent::pipelinesRecordingAtOnceAllCount()
{
    publish(u"Pipelines"_s);
    const auto before = openAs(u"alice"_s, u"Pipelines"_s, false);
    QVERIFY(before);
    const GoalId goal = before->goals().constFirst();
    const qsizetype measured = before->measurements(goal).size();
    std::vector<std::unique_ptr<QProcess>> runs;
    const auto start = [&](const QString &eventId, const QString &value) {
        auto run = std::make_unique<QProcess>();
        run->start(QStringLiteral(VALUEMAP_EXECUTABLE),
                   { u"record"_s, u"measurement"_s, u"--server"_s, conn(u"bob"_s), u"--plan"_s,
                     u"Pipelines"_s, u"--goal"_s, before->goal(goal).name, u"--value"_s, value,
                     u"--event-id"_s, eventId });
        runs.push_back(std::move(run));
    };
    for (int job = 1; job <= 6; ++job)
        start(u"nightly-%1"_s.arg(job), u"4.%1"_s.arg(job));
    for (int again = 0; again < 4; ++again)
        start(u"release-check"_s, u"5.5"_s);
    for (const auto &run : runs) {
        QVERIFY(run->waitForFinished(120000));
        QVERIFY2(run->exitStatus() == QProcess::NormalExit && run->exitCode() == 0,
                 run->readAllStandardError().constData());
    }
    const auto after = openAs(u"alice"_s, u"Pipelines"_s, false);
    QVERIFY(after);
    QCOMPARE(after->measurements(goal).size(), measured + 7);
    QStringList values;
    for (MeasurementId m : after->measurements(goal))
        values << QString::number(after->measurement(m).value);
    QCOMPARE(values.count(u"5.5"_s), 1);
    for (int job = 1; job <= 6; ++job)
        QVERIFY2(values.contains(u"4.%1"_s.arg(job)), qPrintable(values.join(u", "_s)));
}

// Ann adds a story to a step (the places of its other stories change); Ben's laptop, not having
// seen that, changes the estimate and status of one of those stories. His commit brings Ann's
// change along with the rows as they are now, his own in them: his change must count once in
// what his screens keep up to date change by change (the lanes' totals), as a fresh count has it.
void TestServerConcurrent::ownChangeCountedOnceBesideOthers()
{
    publish(u"Totals"_s);
    auto annsLaptop = openAs(u"alice"_s, u"Totals"_s, false);
    auto bensLaptop = openAs(u"bob"_s, u"Totals"_s, false);
    QVERIFY(annsLaptop && bensLaptop);
    SliceChecker bensLanes(*bensLaptop);
    connect(bensLaptop.get(), &Document::changed, bensLaptop.get(),
            [&bensLanes](const ChangeSet &changes) { bensLanes.apply(changes); });
    const StepId step = stepWithStories(*annsLaptop, 2);
    QVERIFY(step.isValid());
    const StoryId sibling = annsLaptop->stories(step).constLast();
    QVERIFY(annsLaptop->addStory(step, annsLaptop->story(sibling).releaseId, u"Ann's new story"_s, 0).isValid());
    QVERIFY2(bensLaptop->setStoryField(sibling, StoryField::Estimate, 21), qPrintable(bensLaptop->lastError()));
    QVERIFY2(bensLaptop->setStoryField(sibling, StoryField::Status, int(StoryStatus::Done)),
             qPrintable(bensLaptop->lastError()));
    QVERIFY(bensLaptop->stories(step).size() == annsLaptop->stories(step).size());
    const QList<SliceCheck> kept = bensLanes.checks();
    const QList<SliceCheck> counted = checkSlices(*bensLaptop);
    QCOMPARE(kept.size(), counted.size());
    for (qsizetype i = 0; i < kept.size(); ++i) {
        QCOMPARE(kept[i].stories, counted[i].stories);
        QCOMPARE(kept[i].doneStories, counted[i].doneStories);
        QCOMPARE(kept[i].estimate, counted[i].estimate);
    }
}

QTEST_GUILESS_MAIN(TestServerConcurrent)
#include "tst_serverconcurrent.moc"
