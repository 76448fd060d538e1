// The story map canvas driven like a user drives it: mouse and keyboard on the view, asserting
// what the document holds afterwards.
#include "itemmodels/storymapmodel.h"
#include "storage/document.h"
#include "storymap/backboneitem.h"
#include "storymap/laneitem.h"
#include "storymap/storycarditem.h"
#include "storymap/storymapscene.h"
#include "storymap/storymapscreen.h"
#include "storymap/storymapview.h"
#include "storymap/titleeditor.h"
#include "mapscreentest.h"
#include "testsupport.h"
#include "widgets/storydetailspanel.h"

#include <QApplication>
#include <QComboBox>
#include <QHelpEvent>
#include <QImage>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Valuemap;

class TestStoryMap : public Test::MapScreenTest
{
    Q_OBJECT

private:
    QPoint at(const QPointF &scenePos) const { return view()->mapFromScene(scenePos); }
    QPoint at(QGraphicsItem *item) const { return at(item->sceneBoundingRect().center()); }
    TitleEditor *editor() const
    {
        for (QGraphicsItem *item : scene()->items())
            if (item->type() == TitleEditor::Type && item->isVisible())
                return static_cast<TitleEditor *>(item);
        return nullptr;
    }
    void typeIntoEditor(const QString &text, Qt::Key finish = Qt::Key_Return)
    {
        TitleEditor *e = editor();
        QVERIFY2(e, "no title editor is open");
        QTest::keyClicks(view()->viewport(), text);
        QTest::keyClick(view()->viewport(), finish);
    }
    void drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers = {})
    {
        QWidget *vp = view()->viewport();
        QTest::mousePress(vp, Qt::LeftButton, modifiers, from);
        QTest::mouseMove(vp, from + QPoint(12, 12));
        QTest::mouseMove(vp, (from + to) / 2);
        QTest::mouseMove(vp, to);
        QTest::mouseRelease(vp, Qt::LeftButton, modifiers, to);
    }

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    void init() { openSampleMap(); }
    void cleanup() { closeMap(); }

    void doubleClickAddsStoriesTypeAndEnterAddsTheNext()
    {
        const StepId target = step(0, 0);
        const ReleaseId unplanned;
        const int before = int(scene()->cellStories(target, unplanned).size());
        const QRectF cell = scene()->cellRect(target, unplanned);
        QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, at(QPointF(cell.center().x(), cell.bottom() - 20)));
        typeIntoEditor(u"Gift card at checkout"_s);
        typeIntoEditor(u"Gift card balance"_s);
        // The third, still empty card is taken back with Escape.
        QVERIFY(editor());
        QTest::keyClick(view()->viewport(), Qt::Key_Escape);
        QTRY_VERIFY(!editor());
        const QList<StoryId> cell2 = scene()->cellStories(target, unplanned);
        QCOMPARE(cell2.size(), before + 2);
        QCOMPARE(m_doc->story(cell2.at(before)).title, u"Gift card at checkout"_s);
        QCOMPARE(m_doc->story(cell2.at(before + 1)).title, u"Gift card balance"_s);
    }

    void f2EditsTheTitleInPlace()
    {
        const StoryId id = m_doc->stories(step(1, 0)).first();
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, at(scene()->card(id)));
        QCOMPARE(view()->currentStory(), id);
        QCOMPARE(m_screen->detailsPanel()->story(), id);
        QTest::keyClick(view()->viewport(), Qt::Key_F2);
        typeIntoEditor(u"Sign up in ten seconds"_s);
        QCOMPARE(m_doc->story(id).title, u"Sign up in ten seconds"_s);
        QVERIFY(m_doc->undo());
        QVERIFY(m_doc->story(id).title != u"Sign up in ten seconds"_s);
    }

    void aCardsTooltipShowsItsTitleDescriptionAndLatestEdit()
    {
        const StoryId id = m_doc->stories(step(1, 0)).first();
        QVERIFY(m_doc->setStoryField(id, StoryField::Description, u"Why it matters\nsecond line"_s));
        auto tooltipAt = [this](QGraphicsItem *item) {
            QHelpEvent help(QEvent::ToolTip, at(item), view()->viewport()->mapToGlobal(at(item)));
            QApplication::sendEvent(view()->viewport(), &help);
            return QToolTip::text();
        };
        QString tip = tooltipAt(scene()->card(id));
        QVERIFY2(tip.contains(m_doc->story(id).title.toHtmlEscaped()), qPrintable(tip));
        QVERIFY2(tip.contains(u"Why it matters<br>second line"_s), qPrintable(tip));
        QVERIFY(m_doc->setStoryField(id, StoryField::Title, u"A <new> title"_s));
        tip = tooltipAt(scene()->card(id));
        QVERIFY2(tip.contains(u"<b>A &lt;new&gt; title</b>"_s), qPrintable(tip));
    }

    void theDetailsDockEditsEveryFieldIncludingColour()
    {
        const StoryId id = m_doc->stories(step(2, 0)).first();
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, at(scene()->card(id)));
        StoryDetailsPanel *panel = m_screen->detailsPanel();
        QCOMPARE(panel->story(), id);
        QComboBox *colour = nullptr;
        for (QComboBox *combo : panel->findChildren<QComboBox *>())
            if (combo->findText(u"Pink"_s) >= 0)
                colour = combo;
        QVERIFY(colour);
        colour->setCurrentIndex(colour->findText(u"Pink"_s));
        emit colour->activated(colour->currentIndex());
        QCOMPARE(m_doc->story(id).color, QColor(u"#ffc9de"_s));
        QVERIFY(m_doc->undo());
        QVERIFY(!m_doc->story(id).color.isValid());
        QCOMPARE(colour->currentText(), u"Default"_s); // the panel follows undo
    }

    void dragsACardToAnotherCellAndLane()
    {
        const StoryId id = m_doc->storiesInRelease(m_doc->releases().first()).first();
        const StepId toStep = step(3, 1);
        const ReleaseId toRelease = m_doc->releases().at(2);
        const QRectF cell = scene()->cellRect(toStep, toRelease);
        const int undoBefore = m_doc->undoStack()->count();
        drag(at(scene()->card(id)), at(QPointF(cell.center().x(), cell.top() + 12)));
        const Story moved = m_doc->story(id);
        QCOMPARE(moved.stepId, toStep);
        QCOMPARE(moved.releaseId, toRelease);
        QCOMPARE(scene()->cellStories(toStep, toRelease).first(), id); // dropped at the top
        QCOMPARE(m_doc->undoStack()->count(), undoBefore + 1);
        QVERIFY(cell.contains(scene()->card(id)->sceneBoundingRect().center()));
    }

    void movesSeveralSelectedCardsAsOneUndoStep()
    {
        const QList<StoryId> mvp = m_doc->storiesInRelease(m_doc->releases().first());
        const StoryId a = mvp.at(0);
        const StoryId b = mvp.at(1);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, at(scene()->card(a)));
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, Qt::ControlModifier, at(scene()->card(b)));
        QCOMPARE(scene()->selectedStories().size(), 2);
        const QString before = m_doc->databaseDump();
        const StepId toStep = step(5, 0);
        const QRectF cell = scene()->cellRect(toStep, ReleaseId());
        drag(at(scene()->card(b)), at(QPointF(cell.center().x(), cell.bottom() - 10)));
        QCOMPARE(m_doc->story(a).stepId, toStep);
        QCOMPARE(m_doc->story(b).stepId, toStep);
        QVERIFY(!m_doc->story(a).releaseId.isValid());
        QVERIFY(m_doc->undo());
        QCOMPARE(m_doc->databaseDump(), before);
        QCOMPARE(m_doc->story(a).releaseId, m_doc->releases().first());
    }

    void rubberBandSelectsAndDeleteDeletes()
    {
        const StepId s = step(0, 0);
        const ReleaseId mvp = m_doc->releases().first();
        const QRectF cell = scene()->cellRect(s, mvp);
        const int total = int(m_doc->store().count(Table::Story));
        const int inCell = int(scene()->cellStories(s, mvp).size());
        QVERIFY(inCell > 0);
        // From the empty space right of the cell's bottom, back over its cards.
        drag(at(QPointF(cell.right() + 4, cell.bottom() - 4)), at(QPointF(cell.left() + 20, cell.top() + 4)));
        QCOMPARE(scene()->selectedStories().size(), inCell);
        QTest::keyClick(view()->viewport(), Qt::Key_Delete);
        QCOMPARE(int(m_doc->store().count(Table::Story)), total - inCell);
        QVERIFY(m_doc->undo());
        QCOMPARE(int(m_doc->store().count(Table::Story)), total);
        QCOMPARE(int(scene()->cellStories(s, mvp).size()), inCell);
    }

    void keyboardMovesTheSelectionAndTheCard()
    {
        const StepId s = step(1, 0); // Create account: MVP, Release 2, Unplanned
        const QList<StoryId> column = scene()->columnStories(s);
        QVERIFY(column.size() >= 3);
        view()->selectStory(column.first());
        QTest::keyClick(view()->viewport(), Qt::Key_Down);
        QCOMPARE(view()->currentStory(), column.at(1));
        QTest::keyClick(view()->viewport(), Qt::Key_Right);
        QCOMPARE(m_doc->story(view()->currentStory()).stepId, step(1, 1));
        // Ctrl+Down takes the card down a lane; Ctrl+Left one column left.
        const StoryId card = view()->currentStory();
        const ReleaseId lane = m_doc->story(card).releaseId;
        QTest::keyClick(view()->viewport(), Qt::Key_Down, Qt::ControlModifier);
        const QList<ReleaseId> lanes = scene()->laneOrder();
        QCOMPARE(m_doc->story(card).releaseId, lanes.at(lanes.indexOf(lane) + 1));
        QTest::keyClick(view()->viewport(), Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(m_doc->story(card).stepId, s);
    }

    void stepsActivitiesAndLanesWorkFromTheKeyboard()
    {
        const StepId s = step(1, 0);
        view()->selectStory(m_doc->stories(s).first());
        QTest::keyClick(view()->viewport(), Qt::Key_Up, Qt::AltModifier);
        QVERIFY(scene()->stepItem(s)->isSelected());
        QTest::keyClick(view()->viewport(), Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(m_doc->step(s).rank, 1);
        QTest::keyClick(view()->viewport(), Qt::Key_F2);
        typeIntoEditor(u"Create an account"_s);
        QCOMPARE(m_doc->step(s).title, u"Create an account"_s);
        QTest::keyClick(view()->viewport(), Qt::Key_Up, Qt::AltModifier);
        const ActivityId activity = m_doc->step(s).activityId;
        QVERIFY(scene()->activityItem(activity)->isSelected());
        QTest::keyClick(view()->viewport(), Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(m_doc->activities().first(), activity);
        // A lane moves down with Ctrl+Down once its label is selected (Alt+Left from a card).
        const ReleaseId mvp = m_doc->releases().first();
        view()->selectStory(m_doc->storiesInRelease(mvp).first());
        QTest::keyClick(view()->viewport(), Qt::Key_Left, Qt::AltModifier);
        QVERIFY(scene()->lane(mvp)->isSelected());
        QTest::keyClick(view()->viewport(), Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(m_doc->releases().at(1), mvp);
    }

    void dragsStepsActivitiesAndLanes()
    {
        view()->setZoom(0.5); // the whole backbone in view: no scrolling while dragging
        const ActivityId first = m_doc->activities().first();
        const StepId moving = step(0, 0);
        // A step onto the right half of another activity's last step.
        const StepId target = step(2, 2);
        const QRectF targetRect = scene()->stepItem(target)->sceneBoundingRect();
        drag(at(scene()->stepItem(moving)), at(QPointF(targetRect.right() - 10, targetRect.center().y())));
        QCOMPARE(m_doc->step(moving).activityId, m_doc->activities().at(2));
        QCOMPARE(m_doc->steps(m_doc->activities().at(2)).last(), moving);
        // The first activity to the end of the backbone.
        const QRectF last = scene()->activityItem(m_doc->activities().last())->sceneBoundingRect();
        drag(at(scene()->activityItem(first)), at(QPointF(last.right() - 5, last.center().y())));
        QCOMPARE(m_doc->activities().last(), first);
        // The last release lane to the top.
        const ReleaseId release3 = m_doc->releases().at(2);
        LaneItem *lane = scene()->lane(release3);
        const QRectF header = lane->mapRectToScene(lane->headerRect());
        const QRectF top = scene()->laneRect(m_doc->releases().first());
        drag(at(QPointF(header.center().x(), header.top() + 20)), at(QPointF(header.center().x(), top.top() + 5)));
        QCOMPARE(m_doc->releases().first(), release3);
    }

    void filterFadesWhatDoesNotMatch()
    {
        m_screen->searchField()->setText(u"gift"_s);
        int matching = 0;
        for (StoryId id : m_doc->storiesInRelease(m_doc->releases().at(2)) + m_doc->storiesInRelease({})) {
            if (scene()->card(id)->matchesFilter()) {
                ++matching;
                QVERIFY(m_doc->story(id).title.contains(u"gift"_s, Qt::CaseInsensitive)
                        || m_doc->story(id).description.contains(u"gift"_s, Qt::CaseInsensitive)
                        || !m_doc->storyTags(id).filter(u"gift"_s, Qt::CaseInsensitive).isEmpty());
            }
        }
        QVERIFY(matching > 0);
        QCOMPARE(scene()->matchingCount() > 0 && scene()->matchingCount() < m_doc->store().count(Table::Story), true);
        const StoryId other = m_doc->storiesInRelease(m_doc->releases().first()).first();
        QVERIFY(!scene()->card(other)->matchesFilter());
        QCOMPARE(scene()->card(other)->opacity() < 0.5, true);
        m_screen->searchField()->clear();
        QVERIFY(scene()->card(other)->matchesFilter());
    }

    void followsEditsFromElsewhereAndUndo()
    {
        const StepId s = step(4, 0);
        const StoryId added = m_doc->addStory(s, m_doc->releases().at(1), u"From the outline"_s, 0);
        QVERIFY(scene()->card(added));
        QCOMPARE(scene()->cellStories(s, m_doc->releases().at(1)).first(), added);
        QVERIFY(scene()->cellRect(s, m_doc->releases().at(1)).contains(scene()->card(added)->sceneBoundingRect().center()));
        // The step's label counts its stories.
        QVERIFY2(scene()->stepItem(s)->detail().startsWith(QString::number(m_doc->stories(s).size())),
                 qPrintable(scene()->stepItem(s)->detail()));
        QVERIFY(m_doc->undo());
        QVERIFY(!scene()->card(added));
        QVERIFY(m_doc->redo());
        QVERIFY(scene()->card(added));
        QVERIFY(m_doc->addActivity(u"Share with friends"_s).isValid());
        QCOMPARE(scene()->activityItem(m_doc->activities().last())->title(), u"Share with friends"_s);
    }

    void copyAndPasteDuplicatesCards()
    {
        const StoryId id = m_doc->storiesInRelease(m_doc->releases().first()).first();
        view()->selectStory(id);
        view()->copySelection();
        const Story original = m_doc->story(id);
        const int before = int(scene()->cellStories(original.stepId, original.releaseId).size());
        view()->paste();
        const QList<StoryId> cell = scene()->cellStories(original.stepId, original.releaseId);
        QCOMPARE(cell.size(), before + 1);
        const Story copy = m_doc->story(cell.at(cell.indexOf(id) + 1));
        QCOMPARE(copy.title, original.title);
        QCOMPARE(copy.estimate, original.estimate);
        QCOMPARE(m_doc->storyTags(copy.id), m_doc->storyTags(id));
        QCOMPARE(m_doc->undoStack()->undoText(), u"Paste %n Story(s)"_s.replace(u"%n"_s, u"1"_s));
        QVERIFY(m_doc->undo());
        QCOMPARE(scene()->cellStories(original.stepId, original.releaseId).size(), before);
    }

    void paintsHostileTextAtEveryZoom()
    {
        const QStringList titles = {
            u"Robert'); DROP TABLE story;-- \"quoted\""_s,
            u"\u202Bשלום\u202C and العربية"_s,
            u"Family 👨‍👩‍👧‍👦 and ☕️"_s,
            u"e\u0301 a\u0308 Zu\u0308rich"_s,
            QString(100000, u'w'),
            u"x"_s.repeated(40) + u" "_s + u"y"_s.repeated(400),
        };
        const StepId s = step(0, 0);
        for (const QString &title : titles) {
            const StoryId id = m_doc->addStory(s, {}, title, 0);
            QVERIFY(scene()->card(id));
            QCOMPARE(m_doc->story(id).title, title);
            scene()->card(id)->setSelected(true);
        }
        for (qreal zoom : { 1.0, 0.45, 0.15, 2.5 }) {
            view()->setZoom(zoom);
            view()->showTopLeft();
            const QImage frame = view()->viewport()->grab().toImage();
            QVERIFY(!frame.isNull());
        }
    }

    void zoomsAndFits()
    {
        view()->zoomToFit();
        QVERIFY(view()->zoom() < 1.0);
        const QRectF visible = view()->mapToScene(view()->viewport()->rect()).boundingRect();
        QVERIFY(visible.adjusted(-2, -2, 2, 2).contains(scene()->sceneRect()));
        view()->resetZoom();
        QCOMPARE(view()->zoom(), 1.0);
        QTest::keyClick(view()->viewport(), Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(view()->zoom() > 1.0);
    }
};

QTEST_MAIN(TestStoryMap)
#include "tst_storymap.moc"
