// The item models follow the document through edits, undo and redo with correct signals
// (QAbstractItemModelTester) and always show what the document holds.
#include "itemmodels/goalsmodel.h"
#include "itemmodels/personasmodel.h"
#include "itemmodels/releasesmodel.h"
#include "itemmodels/storymapmodel.h"
#include "storage/document.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

QStringList modelOutline(const QAbstractItemModel &model, const QModelIndex &parent = {}, int depth = 0)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        lines.append(QString(depth * 2, u' ') + index.data().toString());
        lines += modelOutline(model, index, depth + 1);
    }
    return lines;
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    void storyMapModelFollowsEditsUndoAndRedo()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::open(Test::makeSamplePlan(dir), &error);
        StoryMapModel model(doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(modelOutline(model), Test::outline(*doc));
        QCOMPARE(model.rowCount(), 6);

        const QList<ActivityId> activities = doc->activities();
        const StepId firstStep = doc->steps(activities.first()).first();
        const StepId lastStep = doc->steps(activities.last()).last();
        const StoryId moved = doc->stories(firstStep).first();
        const QPersistentModelIndex tracked = model.indexOf(StoryMapModel::StoryLevel, moved.value);
        QVERIFY(tracked.isValid());
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        QVERIFY(doc->moveStories({ moved }, lastStep, {}, 0));
        QCOMPARE(modelOutline(model), Test::outline(*doc));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);

        const StoryId added = doc->addStory(firstStep, {}, u"Fresh card"_s, 1);
        QCOMPARE(modelOutline(model), Test::outline(*doc));
        QVERIFY(doc->moveActivity(activities.first(), 3));
        QCOMPARE(modelOutline(model), Test::outline(*doc));
        QVERIFY(doc->moveStep(firstStep, activities.at(1), 0));
        QCOMPARE(modelOutline(model), Test::outline(*doc));
        QVERIFY(doc->setStoryField(added, StoryField::Title, u"Renamed card"_s));
        QCOMPARE(model.indexOf(StoryMapModel::StoryLevel, added.value).data().toString(), u"Renamed card"_s);
        QVERIFY(doc->deleteActivity(activities.at(2)));
        QCOMPARE(modelOutline(model), Test::outline(*doc));

        while (doc->undoStack()->canUndo()) {
            QVERIFY(doc->undo());
            QCOMPARE(modelOutline(model), Test::outline(*doc));
        }
        while (doc->undoStack()->canRedo()) {
            QVERIFY(doc->redo());
            QCOMPARE(modelOutline(model), Test::outline(*doc));
        }
        QCOMPARE(reset.size(), 0); // never a reset: views keep selection and expansion
    }

    void storyColumnsShowReleaseStatusAndNumbers()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::open(Test::makeSamplePlan(dir), &error);
        StoryMapModel model(doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const StoryId story = doc->storiesInRelease(doc->releases().first()).first();
        const QModelIndex title = model.indexOf(StoryMapModel::StoryLevel, story.value);
        QCOMPARE(title.siblingAtColumn(StoryMapModel::ReleaseColumn).data().toString(),
                 doc->release(doc->releases().first()).name);
        QCOMPARE(title.siblingAtColumn(StoryMapModel::StatusColumn).data().toString(), u"Done"_s);

        // Editing through the model is an edit of the document.
        QVERIFY(model.setData(title.siblingAtColumn(StoryMapModel::EstimateColumn), u"5"_s));
        QCOMPARE(doc->story(story).estimate.value_or(-1), 5.0);
        QVERIFY(model.setData(title.siblingAtColumn(StoryMapModel::ReleaseColumn), qint64(0)));
        QVERIFY(!doc->story(story).releaseId.isValid());
        QCOMPARE(title.siblingAtColumn(StoryMapModel::ReleaseColumn).data().toString(), u"Unplanned"_s);
        QVERIFY(!model.setData(title.siblingAtColumn(StoryMapModel::EstimateColumn), u"many"_s));
        QCOMPARE(doc->story(story).estimate.value_or(-1), 5.0);

        // A renamed release shows on its stories at once.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const ReleaseId second = doc->releases().at(1);
        QVERIFY(doc->setReleaseField(second, ReleaseField::Name, u"Habit builder"_s));
        QVERIFY(changed.size() > 0);
        const QModelIndex inSecond = model.indexOf(StoryMapModel::StoryLevel, doc->storiesInRelease(second).first().value);
        QCOMPARE(inSecond.siblingAtColumn(StoryMapModel::ReleaseColumn).data().toString(), u"Habit builder"_s);
    }

    void flatModelsFollowTheirTables()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::open(Test::makeSamplePlan(dir), &error);
        ReleasesModel releases(doc.get());
        GoalsModel goals(doc.get());
        PersonasModel personas(doc.get());
        QAbstractItemModelTester t1(&releases, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&goals, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&personas, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(releases.rowCount(), 3);
        QCOMPARE(goals.rowCount(), 2);
        QCOMPARE(personas.rowCount(), 3);

        const QStringList releaseNames = column(releases, ReleasesModel::NameColumn);
        QVERIFY(doc->moveRelease(doc->releases().last(), 0));
        QCOMPARE(column(releases, ReleasesModel::NameColumn),
                 QStringList({ releaseNames.at(2), releaseNames.at(0), releaseNames.at(1) }));
        const QString storiesBefore = releases.index(1, ReleasesModel::StoriesColumn).data().toString();
        const StoryId unplanned = doc->storiesInRelease({}).first();
        QVERIFY(doc->moveStories({ unplanned }, doc->story(unplanned).stepId, doc->releases().at(1), -1));
        QCOMPARE(releases.index(1, ReleasesModel::StoriesColumn).data().toInt(), storiesBefore.toInt() + 1);

        QVERIFY(doc->addGoal(u"Net promoter score"_s).isValid());
        QCOMPARE(column(goals, GoalsModel::NameColumn).last(), u"Net promoter score"_s);
        QVERIFY(goals.setData(goals.index(2, GoalsModel::TargetColumn), u"45"_s));
        QCOMPARE(doc->goal(doc->goals().last()).target.value_or(0), 45.0);
        QVERIFY(doc->deletePersona(doc->personas().first()));
        QCOMPARE(personas.rowCount(), 2);
        while (doc->undoStack()->canUndo())
            QVERIFY(doc->undo());
        QCOMPARE(column(releases, ReleasesModel::NameColumn), releaseNames);
        QCOMPARE(goals.rowCount(), 2);
        QCOMPARE(personas.rowCount(), 3);
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
