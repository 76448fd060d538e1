// Undo and redo travel the same path as edits: seeded random sequences of every edit kind,
// undone to the start, give back the very same database content, and redone, the same end.
#include "storage/document.h"
#include "storage/plancheck.h"
#include "planfactory.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

template<typename T>
T pick(QRandomGenerator &rng, const QList<T> &list)
{
    return list.isEmpty() ? T() : list.at(rng.bounded(int(list.size())));
}

// One random edit of some kind; returns its name for the failure message.
QString randomEdit(Document &doc, QRandomGenerator &rng)
{
    const QList<StoryId> stories = Test::allStories(doc);
    const QList<StepId> steps = Test::allSteps(doc);
    QList<ReleaseId> releases = doc.releases();
    releases.append(ReleaseId()); // unplanned
    const QString word = u"edit %1 ✓"_s.arg(rng.bounded(1000));
    const StoryId story = pick(rng, stories);
    const VisionArea area = static_cast<VisionArea>(rng.bounded(VisionAreaCount));

    const QList<std::pair<QString, std::function<void()>>> kinds = {
        { u"add activity"_s, [&] { doc.addActivity(word, rng.bounded(8) - 1); } },
        { u"add step"_s, [&] { doc.addStep(pick(rng, doc.activities()), word, rng.bounded(5) - 1); } },
        { u"add story"_s, [&] { doc.addStory(pick(rng, steps), pick(rng, releases), word, rng.bounded(6) - 1); } },
        { u"retitle story"_s, [&] { doc.setStoryField(story, StoryField::Title, word); } },
        { u"estimate"_s, [&] { doc.setStoryField(story, StoryField::Estimate, rng.bounded(13)); } },
        { u"status"_s, [&] { doc.setStoryField(story, StoryField::Status, rng.bounded(StoryStatusCount)); } },
        { u"persona"_s, [&] { doc.setStoryField(story, StoryField::Persona, pick(rng, doc.personas()).value); } },
        { u"colour"_s, [&] { doc.setStoryField(story, StoryField::Color, QColor::fromHsv(rng.bounded(360), 80, 250)); } },
        { u"description"_s, [&] { doc.setStoryField(story, StoryField::Description, QString(word + u"\nmore"_s)); } },
        { u"move stories"_s, [&] {
              QList<StoryId> some;
              for (int i = 0, n = 1 + rng.bounded(3); i < n; ++i)
                  some.append(pick(rng, stories));
              doc.moveStories(some, pick(rng, steps), pick(rng, releases), rng.bounded(8) - 1);
          } },
        { u"delete stories"_s, [&] { doc.deleteStories({ story, pick(rng, stories) }); } },
        { u"delete step"_s, [&] { doc.deleteStep(pick(rng, steps)); } },
        { u"move step"_s, [&] { doc.moveStep(pick(rng, steps), pick(rng, doc.activities()), rng.bounded(5) - 1); } },
        { u"move activity"_s, [&] { doc.moveActivity(pick(rng, doc.activities()), rng.bounded(8) - 1); } },
        { u"rename activity"_s, [&] { doc.setActivityField(pick(rng, doc.activities()), ActivityField::Title, word); } },
        { u"tags"_s, [&] { doc.setStoryTags(story, { word.left(6), u"ux"_s }); } },
        { u"link goal"_s, [&] { doc.linkStoryGoal(story, pick(rng, doc.goals()), rng.bounded(2) == 0); } },
        { u"add release"_s, [&] { doc.addRelease(word, rng.bounded(4) - 1); } },
        { u"move release"_s, [&] { doc.moveRelease(pick(rng, doc.releases()), rng.bounded(4)); } },
        { u"release outcome"_s, [&] { doc.setReleaseField(pick(rng, doc.releases()), ReleaseField::Outcome, word); } },
        { u"release date"_s, [&] { doc.setReleaseField(pick(rng, doc.releases()), ReleaseField::TargetDate, QDate(2026, 1 + rng.bounded(12), 1)); } },
        { u"delete release"_s, [&] { doc.deleteRelease(pick(rng, doc.releases())); } },
        { u"link release goal"_s, [&] { doc.linkReleaseGoal(pick(rng, doc.releases()), pick(rng, doc.goals()), rng.bounded(2) == 0); } },
        { u"add goal"_s, [&] { doc.addGoal(word); } },
        { u"goal target"_s, [&] { doc.setGoalField(pick(rng, doc.goals()), GoalField::Target, rng.bounded(100)); } },
        { u"add measurement"_s, [&] { doc.addMeasurement(pick(rng, doc.goals()), QDate(2026, 1 + rng.bounded(12), 3), rng.bounded(50)); } },
        { u"delete goal"_s, [&] { doc.deleteGoal(pick(rng, doc.goals())); } },
        { u"add note"_s, [&] { doc.addVisionNote(area, word, rng.bounded(4) - 1); } },
        { u"move note"_s, [&] { doc.moveVisionNotes({ pick(rng, doc.visionNotes(VisionArea::Needs)) }, area, rng.bounded(3)); } },
        { u"edit note"_s, [&] { doc.setVisionNoteText(pick(rng, doc.visionNotes(area)), word); } },
        { u"delete notes"_s, [&] { doc.deleteVisionNotes({ pick(rng, doc.visionNotes(area)) }); } },
        { u"add persona"_s, [&] { doc.addPersona(word); } },
        { u"delete persona"_s, [&] { doc.deletePersona(pick(rng, doc.personas())); } },
        { u"increment"_s, [&] { doc.addIncrement(pick(rng, doc.releases()), QDate(2026, 5, 2), word, { story }); } },
        { u"feedback"_s, [&] { doc.addFeedback(pick(rng, doc.increments()), {}, QDate(2026, 5, 3), word, rng.bounded(5) + 1); } },
        { u"delete increment"_s, [&] { doc.deleteIncrement(pick(rng, doc.increments())); } },
        { u"product"_s, [&] { doc.setProductField(ProductField::Owner, word); } },
        { u"delete activity"_s, [&] { doc.deleteActivity(pick(rng, doc.activities())); } },
    };
    const auto &[name, edit] = kinds.at(rng.bounded(int(kinds.size())));
    edit();
    return name;
}

} // namespace

class TestUndoRedo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    void randomEditsUndoToTheStartAndRedoToTheEnd_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : { 1u, 2u, 3u, 17u, 2026u })
            QTest::addRow("seed %u", seed) << seed;
    }

    void randomEditsUndoToTheStartAndRedoToTheEnd()
    {
        QFETCH(quint32, seed);
        QTemporaryDir dir;
        const QString path = Test::makeSamplePlan(dir);
        QString error;
        auto doc = Document::open(path, &error);
        QVERIFY2(doc, qPrintable(error));
        const QString start = doc->databaseDump();
        QRandomGenerator rng(seed);
        for (int i = 0; i < 80; ++i) {
            const QString name = randomEdit(*doc, rng);
            const QStringList problems = planProblems(*doc);
            QVERIFY2(problems.isEmpty(), qPrintable(u"after %1: %2"_s.arg(name, problems.join(u"; "_s))));
        }
        QVERIFY(doc->undoStack()->count() > 40);
        const QString end = doc->databaseDump();
        const QStringList endOutline = Test::outline(*doc);
        QVERIFY(end != start);

        while (doc->undoStack()->canUndo())
            QVERIFY2(doc->undo(), qPrintable(doc->lastError()));
        QCOMPARE(doc->databaseDump(), start);
        QVERIFY(planProblems(*doc).isEmpty());

        while (doc->undoStack()->canRedo())
            QVERIFY2(doc->redo(), qPrintable(doc->lastError()));
        QCOMPARE(doc->databaseDump(), end);
        QCOMPARE(Test::outline(*doc), endOutline);

        // The memory the views read is what the file holds: reopen and compare.
        doc.reset();
        doc = Document::open(path, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->databaseDump(), end);
        QCOMPARE(Test::outline(*doc), endOutline);
        QVERIFY(planProblems(*doc).isEmpty());
    }

    void undoAfterReopeningIsEmptyButTheFileKeepsEverything()
    {
        QTemporaryDir dir;
        const QString path = Test::makeSamplePlan(dir);
        QString error;
        auto doc = Document::open(path, &error);
        QVERIFY(doc->addActivity(u"Kept"_s).isValid());
        doc.reset();
        doc = Document::open(path, &error);
        QVERIFY(!doc->undoStack()->canUndo());
        QCOMPARE(doc->activity(doc->activities().last()).title, u"Kept"_s);
    }
};

QTEST_GUILESS_MAIN(TestUndoRedo)
#include "tst_undoredo.moc"
