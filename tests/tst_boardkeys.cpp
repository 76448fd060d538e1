// The release board from the keyboard, as on the story map: arrows select, Ctrl+arrows move
// cards between slices and activities (one undo step each), Enter/F2 edit, Del deletes, Space
// toggles; and what a screen reader is told of cards, lanes, steps, activities and notes on the
// board, the map and the vision board.
#include "releases/boarditems.h"
#include "releases/boardscene.h"
#include "releases/boardview.h"
#include "releases/releaseboard.h"
#include "storage/document.h"
#include "storymap/backboneitem.h"
#include "storymap/laneitem.h"
#include "storymap/storymapscene.h"
#include "storymap/storymapview.h"
#include "testsupport.h"
#include "vision/visioncanvas.h"
#include "vision/visionnoteitem.h"

#include <QAccessible>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

constexpr ReleaseId Habit(2);
constexpr ReleaseId Delight(3);

QString accessibleText(QWidget *widget, QAccessible::Text what)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(what) : QString();
}

QList<qint64> ids(const QList<StoryId> &stories)
{
    QList<qint64> out;
    for (StoryId s : stories)
        out.append(s.value);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestBoardKeys : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<ReleaseBoard> m_board;

    BoardView *view() const { return m_board->view(); }
    ReleaseBoardScene *scene() const { return m_board->scene(); }
    void press(int key, Qt::KeyboardModifiers modifiers = {}) { QTest::keyClick(view(), Qt::Key(key), modifiers); }
    ActivityId activityOf(StoryId story) const { return m_doc->step(m_doc->story(story).stepId).activityId; }

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    void init()
    {
        QString error;
        QFile::remove(m_dir.filePath(u"sample.valuemap"_s));
        m_doc = Document::open(Test::makeSamplePlan(m_dir), &error);
        QVERIFY2(m_doc, qPrintable(error));
        m_board = std::make_unique<ReleaseBoard>(m_doc.get());
        m_board->resize(1400, 900);
        m_board->show();
        m_board->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_board.get()));
        view()->setFocus();
        QVERIFY(view()->hasFocus());
    }

    void cleanup()
    {
        m_board.reset();
        m_doc.reset();
    }

    void arrowsMoveBetweenCards()
    {
        // The first arrow starts at the first card of the current slice.
        QCOMPARE(m_board->currentRelease(), Habit);
        press(Qt::Key_Down);
        const StoryId first = scene()->cardsInLane(Habit).first();
        QCOMPARE(view()->currentStory(), first);
        QCOMPARE(scene()->selectedStories(), QList<StoryId>{ first });
        QCOMPARE(scene()->focusItem(), scene()->card(first)); // drawn with a focus ring

        // Right: the card beside it, in the next activity's column, same row.
        press(Qt::Key_Right);
        const StoryId right = view()->currentStory();
        QVERIFY(right != first);
        QCOMPARE(scene()->card(right)->pos().y(), scene()->card(first)->pos().y());
        QVERIFY(scene()->card(right)->pos().x() > scene()->card(first)->pos().x());
        QCOMPARE(scene()->selectedStories(), QList<StoryId>{ right });
        // Left comes back; Down goes to the card below in the same column.
        press(Qt::Key_Left);
        QCOMPARE(view()->currentStory(), first);
        press(Qt::Key_Down);
        const StoryId below = view()->currentStory();
        QCOMPARE(scene()->card(below)->pos().x(), scene()->card(first)->pos().x());
        QVERIFY(scene()->card(below)->pos().y() > scene()->card(first)->pos().y());
        // Shift+Up extends the selection; Space takes the current card out of it again.
        press(Qt::Key_Up, Qt::ShiftModifier);
        QCOMPARE(ids(scene()->selectedStories()), ids({ first, below }));
        press(Qt::Key_Space);
        QCOMPARE(scene()->selectedStories(), QList<StoryId>{ below });
        press(Qt::Key_Space);
        QCOMPARE(ids(scene()->selectedStories()), ids({ first, below }));
        press(Qt::Key_Escape);
        QVERIFY(scene()->selectedStories().isEmpty());
    }

    void ctrlUpDownMoveTheSelectionBetweenSlicesInOneUndoStep()
    {
        press(Qt::Key_Down);
        const StoryId a = view()->currentStory();
        press(Qt::Key_Right, Qt::ShiftModifier);
        const StoryId b = view()->currentStory();
        QCOMPARE(ids(scene()->selectedStories()), ids({ a, b }));
        const int undoIndex = m_doc->undoStack()->index();

        press(Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(m_doc->story(a).releaseId, Delight);
        QCOMPARE(m_doc->story(b).releaseId, Delight);
        QCOMPARE(m_doc->undoStack()->index(), undoIndex + 1);
        // The board follows: both cards in the Delight lane, still selected and current.
        QVERIFY(scene()->cardsInLane(Delight).contains(a));
        QCOMPARE(ids(scene()->selectedStories()), ids({ a, b }));
        QCOMPARE(view()->currentStory(), b);

        press(Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(m_doc->story(a).releaseId, Habit);
        press(Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(m_doc->story(a).releaseId, ReleaseId(1));
        QCOMPARE(m_doc->undoStack()->index(), undoIndex + 3);

        QVERIFY(m_doc->undo());
        QVERIFY(m_doc->undo());
        QVERIFY(m_doc->undo());
        QCOMPARE(m_doc->story(a).releaseId, Habit);
        QCOMPARE(m_doc->story(b).releaseId, Habit);
    }

    void ctrlLeftRightMoveTheSelectionBetweenActivities()
    {
        press(Qt::Key_Down);
        const StoryId story = view()->currentStory();
        const QList<ActivityId> activities = m_doc->activities();
        const int before = int(activities.indexOf(activityOf(story)));
        QCOMPARE(before, 0);
        const StepId step = m_doc->story(story).stepId;
        const int undoIndex = m_doc->undoStack()->index();

        press(Qt::Key_Left, Qt::ControlModifier); // at the edge of the backbone: nothing happens
        QCOMPARE(m_doc->undoStack()->index(), undoIndex);
        press(Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(activityOf(story), activities[1]);
        QCOMPARE(m_doc->story(story).stepId, m_doc->steps(activities[1]).first());
        QCOMPARE(m_doc->story(story).releaseId, Habit); // the slice stays
        QCOMPARE(m_doc->undoStack()->index(), undoIndex + 1);
        QCOMPARE(view()->currentStory(), story);

        QVERIFY(m_doc->undo());
        QCOMPARE(m_doc->story(story).stepId, step);
    }

    void enterEditsTheTitleInPlace_data()
    {
        QTest::addColumn<int>("key");
        QTest::addRow("Enter") << int(Qt::Key_Return);
        QTest::addRow("F2") << int(Qt::Key_F2);
    }

    void enterEditsTheTitleInPlace()
    {
        QFETCH(int, key);
        press(Qt::Key_Down);
        const StoryId story = view()->currentStory();
        const QString old = m_doc->story(story).title;
        press(key);
        QVERIFY(view()->isEditing());
        QTest::keyClicks(view(), u"Renamed by keyboard"_s);
        press(Qt::Key_Return);
        QVERIFY(!view()->isEditing());
        QCOMPARE(m_doc->story(story).title, u"Renamed by keyboard"_s);
        QCOMPARE(view()->currentStory(), story);
        QVERIFY(m_doc->undo());
        QCOMPARE(m_doc->story(story).title, old);

        // Escape leaves the title as it was.
        press(key);
        QTest::keyClicks(view(), u"Not this"_s);
        press(Qt::Key_Escape);
        QVERIFY(!view()->isEditing());
        QCOMPARE(m_doc->story(story).title, old);
    }

    void deleteRemovesTheSelectedCardsInOneUndoStep()
    {
        press(Qt::Key_Down);
        const StoryId a = view()->currentStory();
        press(Qt::Key_Down, Qt::ShiftModifier);
        const StoryId b = view()->currentStory();
        const int stories = int(m_doc->storiesInRelease(Habit).size());
        press(Qt::Key_Delete);
        QVERIFY(!m_doc->store().contains(Table::Story, a.value));
        QVERIFY(!m_doc->store().contains(Table::Story, b.value));
        QCOMPARE(int(m_doc->storiesInRelease(Habit).size()), stories - 2);
        // The keyboard goes on from a neighbour.
        QVERIFY(view()->currentStory().isValid());
        QVERIFY(scene()->card(view()->currentStory()));
        QVERIFY(m_doc->undo());
        QCOMPARE(int(m_doc->storiesInRelease(Habit).size()), stories);
        QVERIFY(scene()->card(a) && scene()->card(b));
    }

    void theStatusIsWrittenBesideItsColour()
    {
        QStringList texts;
        for (int s = 0; s < StoryStatusCount; ++s)
            texts.append(BoardCardItem::statusText(static_cast<StoryStatus>(s)));
        QCOMPARE(texts, QStringList({ u"○ to do"_s, u"◐ in progress"_s, u"✓ done"_s, u"✕ blocked"_s }));
    }

    void aScreenReaderHearsTheFocusedCardAndLane()
    {
        QCOMPARE(accessibleText(view(), QAccessible::Name), u"Release slicing board"_s);
        press(Qt::Key_Down);
        const Story story = m_doc->story(view()->currentStory());
        QCOMPARE(accessibleText(view(), QAccessible::Name), u"Story: "_s + story.title);
        const QString description = accessibleText(view(), QAccessible::Description);
        QVERIFY2(description.startsWith(u"Status: "_s), qPrintable(description));
        QVERIFY2(description.contains(story.estimate ? u"Estimate: "_s : u"Not estimated"_s), qPrintable(description));
        QVERIFY2(description.contains(u"Release: Release 2 – Habit"_s), qPrintable(description));
        QCOMPARE(scene()->describe(scene()->card(story.id)).name, u"Story: "_s + story.title);

        // A lane says its name, status and totals; the board's own name comes back after Escape.
        const ItemAccessibility::Description lane = scene()->describe(scene()->lane(Habit));
        QCOMPARE(lane.name, u"Slice: Release 2 – Habit"_s);
        QVERIFY2(lane.description.contains(u"In progress"_s), qPrintable(lane.description));
        QVERIFY2(lane.description.contains(u"50 pts"_s), qPrintable(lane.description));
        QVERIFY2(!lane.description.contains(u".."_s), qPrintable(lane.description));
        scene()->clearFocus();
        press(Qt::Key_Escape);
        QCOMPARE(accessibleText(view(), QAccessible::Name), u"Release slicing board"_s);
    }

    void theMapAndTheVisionDescribeTheirItems()
    {
        StoryMapScene mapScene(m_doc.get());
        StoryMapView map(&mapScene);
        const StoryId story = m_doc->stories(m_doc->steps(m_doc->activities().first()).first()).first();
        map.selectStory(story);
        QCOMPARE(accessibleText(&map, QAccessible::Name), u"Story: "_s + m_doc->story(story).title);
        QVERIFY(accessibleText(&map, QAccessible::Description).contains(u"Release: "_s));
        QCOMPARE(map.describe(mapScene.activityItem(m_doc->activities().first())).name, u"Activity: Discover"_s);
        const StepId step = m_doc->steps(m_doc->activities().first()).first();
        QCOMPARE(map.describe(mapScene.stepItem(step)).name, u"Step: "_s + m_doc->step(step).title);
        QVERIFY(map.describe(mapScene.stepItem(step)).description.contains(u"story"_s));
        QCOMPARE(map.describe(mapScene.lane(Habit)).name, u"Release: Release 2 – Habit"_s);
        QVERIFY(map.describe(mapScene.lane(Habit)).description.contains(u"50 pts"_s));

        VisionCanvas vision(m_doc.get());
        const QList<VisionNoteId> notes = m_doc->visionNotes(VisionArea::Vision);
        QVERIFY(!notes.isEmpty());
        vision.selectNotes({ notes.first() });
        QCOMPARE(accessibleText(&vision, QAccessible::Name), u"Note: "_s + m_doc->visionNote(notes.first()).text);
        QCOMPARE(accessibleText(&vision, QAccessible::Description), u"In Vision"_s);
    }
};

QTEST_MAIN(TestBoardKeys)
#include "tst_boardkeys.moc"
