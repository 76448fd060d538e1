// The window as a user meets it: the sample plan in the outline, adding and renaming a story
// with the keyboard, undo through the Edit menu, the details panel, bad and read-only files.
#include "../app/mainwindow.h"
#include "charts/chartpanel.h"
#include "charts/chartsscreen.h"
#include "goals/goalsscreen.h"
#include "io/sampleplan.h"
#include "itemmodels/storymapmodel.h"
#include "outline/outlineview.h"
#include "storymap/storymapscreen.h"
#include "releases/boardscene.h"
#include "releases/releaseboard.h"
#include "storage/document.h"
#include "testsupport.h"
#include "widgets/storydetailspanel.h"
#include "vision/visioncanvas.h"
#include "vision/visionview.h"
#include "workshop/capturebar.h"
#include "workshop/presentationwindow.h"
#include "workshop/timebox.h"
#include "storymap/storycarditem.h"
#include "storymap/storymapscene.h"
#include "storymap/storymapview.h"
#include "workshop/votepanel.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Valuemap;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QMessageBox *shownMessage(MainWindow &window)
    {
        const auto boxes = window.findChildren<QMessageBox *>(u"valuemapMessage"_s);
        return boxes.isEmpty() ? nullptr : boxes.last();
    }

private slots:
    void initTestCase()
    {
        Test::startCleanSettings();
        QFile::remove(SamplePlan::userCopyPath());
    }

    void opensTheSamplePlanAsAnOutline()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openSample());
        QVERIFY(window.document());
        QCOMPARE(window.document()->filePath(), SamplePlan::userCopyPath());
        // The vision comes first; the outline is a few tabs away.
        QVERIFY(window.vision() && window.vision()->isVisible());
        QVERIFY(window.showScreen(u"map"_s));
        QVERIFY(window.storyMap()->isVisible());
        QVERIFY(window.showScreen(u"outline"_s));
        QTreeView *tree = window.outline()->tree();
        QCOMPARE(tree->model()->rowCount(), 6);
        QVERIFY(tree->isVisible());
        QVERIFY(window.windowTitle().contains(u"Bean There"_s));
        QVERIFY(!window.undoAction()->isEnabled());
    }

    void theWorkshopMenuRunsADotVoteOnTheMap()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openSample());
        QMenu *workshop = nullptr;
        for (QAction *action : window.menuBar()->actions())
            if (action->text() == u"&Workshop"_s)
                workshop = action->menu();
        QVERIFY(workshop && workshop->isEnabled());
        QStringList texts;
        for (QAction *action : workshop->actions())
            if (!action->isSeparator())
                texts.append(action->text());
        QCOMPARE(texts, QStringList({ u"&Present"_s, u"Fast &Capture"_s, u"&Timebox Timer"_s,
                                      u"Start Dot &Vote…"_s, u"Vote &Panel"_s }));
        Document *doc = window.document();
        const VoteId vote = doc->startVote(u"Workshop"_s, VoteSubject::Stories, 3, { u"Ana"_s });
        QVERIFY(window.showScreen(u"vote"_s));
        QVERIFY(window.votePanel()->isVisible());
        QVERIFY(window.storyMap()->isVisible());
        QCOMPARE(window.votePanel()->currentVote(), vote);
        // A click on a card of the map in the window places Ana's dot.
        StoryCardItem *card = window.storyMap()->scene()->card(doc->stories(doc->steps(doc->activities().first()).first()).first());
        StoryMapView *view = window.storyMap()->view();
        view->centerOn(card);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(card->sceneBoundingRect().center()));
        QCOMPARE(doc->storyDots(card->storyId()).size(), 1);
        QCOMPARE(window.undoAction()->text(), u"&Undo Cast Dot"_s);
        // Closing the plan empties the panel and the menu waits for a plan.
        window.closePlan();
        QVERIFY(!window.votePanel()->currentVote().isValid());
        QVERIFY(!workshop->isEnabled());
    }

    void opensOnTheVisionWithItsExportsInTheFileMenu()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openSample());
        auto *tabs = window.findChild<QTabWidget *>();
        QCOMPARE(window.currentScreen(), window.vision());
        QCOMPARE(tabs->tabText(0), u"Vision"_s);
        QVERIFY(window.vision()->canvas()->isVisible());
        QStringList fileActions;
        for (QAction *action : window.menuBar()->actions().constFirst()->menu()->actions())
            fileActions.append(action->text());
        QVERIFY(fileActions.contains(u"Export Vision Statement as &PDF…"_s));
        QVERIFY(fileActions.contains(u"Print Pre&view…"_s));
        // The Plan menu offers the board's commands, and their keys work on the board.
        QStringList planActions;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->text() == u"&Plan"_s) {
                for (QAction *action : menu->menu()->actions())
                    planActions.append(action->text());
            }
        }
        QVERIFY(planActions.contains(u"&Add Note"_s));
        Document *doc = window.document();
        VisionCanvas *canvas = window.vision()->canvas();
        const VisionNoteId note = doc->visionNotes(VisionArea::Competition).first();
        canvas->setFocus();
        canvas->selectNotes({ note });
        QTest::keyClick(canvas, Qt::Key_Delete);
        QVERIFY(!doc->visionNotes(VisionArea::Competition).contains(note));
        window.undoAction()->trigger();
        QVERIFY(doc->visionNotes(VisionArea::Competition).contains(note));
        // Closing the plan takes the screen's actions with it.
        window.closePlan();
        fileActions.clear();
        for (QAction *action : window.menuBar()->actions().constFirst()->menu()->actions())
            fileActions.append(action->text());
        QVERIFY(!fileActions.contains(u"Export Vision Statement as &PDF…"_s));
    }

    void goalsIncrementsAndChartsTabs()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openSample());
        auto *tabs = window.findChild<QTabWidget *>();
        const int releases = int(MainWindow::Screen::Releases);
        QCOMPARE(tabs->tabText(releases), u"Releases"_s);
        QCOMPARE(tabs->tabText(releases + 1), u"Goals"_s);
        QCOMPARE(tabs->tabText(releases + 2), u"Increments"_s);
        QCOMPARE(tabs->tabText(releases + 3), u"Charts"_s);
        QVERIFY(window.showScreen(u"goals"_s));
        QCOMPARE(window.currentScreen(), window.goalsScreen());
        QVERIFY(window.showScreen(u"increments"_s));
        QVERIFY(window.showScreen(u"charts"_s));
        QVERIFY(window.chartsScreen()->showChart(u"burnup"_s));
        QVERIFY(window.chartsScreen()->panel()->emptyMessage().isEmpty());
        // Edit → Undo reaches the goals too.
        QVERIFY(window.document()->setGoalField(GoalId(1), GoalField::Name, u"Renamed"_s));
        QCOMPARE(window.undoAction()->text(), u"&Undo Rename Goal"_s);
    }

    void theWorkshopMenuPresentsCapturesAndTimes()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openSample());
        QMenu *workshop = nullptr;
        for (QAction *a : window.menuBar()->actions())
            if (a->text() == u"&Workshop"_s)
                workshop = a->menu();
        QVERIFY(workshop);
        auto action = [workshop](const QString &text) -> QAction * {
            for (QAction *a : workshop->actions())
                if (a->text() == text)
                    return a;
            return nullptr;
        };
        QAction *present = action(u"&Present"_s);
        QVERIFY(present);
        QCOMPARE(present->shortcut(), QKeySequence(Qt::Key_F5));

        // From the releases tab, presentation starts on the release plan; Esc comes back.
        QVERIFY(window.showScreen(u"releases"_s));
        present->trigger();
        QPointer<PresentationWindow> shown = window.presentation();
        QVERIFY(shown);
        QVERIFY(shown->isVisible());
        QVERIFY(shown->isWindow()); // a window of its own, full screen (the offscreen platform ignores that)
        QCOMPARE(shown->pages().value(shown->currentPage()).kind, PresentationWindow::PageKind::ReleasePlan);
        QTest::keyClick(shown->focusWidget() ? shown->focusWidget() : shown.data(), Qt::Key_Escape);
        QTRY_VERIFY(shown.isNull());

        // Fast capture on the map tab (Ctrl+E): the bar opens with its target.
        QVERIFY(window.showScreen(u"map"_s));
        action(u"Fast &Capture"_s)->trigger();
        CaptureBar *bar = window.storyMap()->captureBar();
        QVERIFY(bar->isVisible());
        QVERIFY(bar->targetText().startsWith(u"→ Story map: "_s));

        // The timer window shares the timebox with presentation mode.
        action(u"&Timebox Timer"_s)->trigger();
        window.timebox()->start();
        window.present();
        QVERIFY(window.presentation()->isTimerShown()); // a running timebox shows at once
        // Closing the plan closes its presentation.
        shown = window.presentation();
        window.closePlan();
        QVERIFY(shown.isNull());
    }

    void theReleasesTabFollowsTheOutline()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openSample());
        QVERIFY(window.showScreen(u"releases"_s));
        ReleaseBoard *board = window.releaseBoard();
        QVERIFY(board->isVisible());

        // A story moved to Release 3 in the outline shows there on the board; Edit → Undo takes
        // it back on both.
        StoryMapModel *model = window.outline()->model();
        const StoryId story(4);
        QVERIFY(board->scene()->cardsInLane(ReleaseId()).contains(story));
        QVERIFY(model->setData(model->indexOf(StoryMapModel::StoryLevel, story.value, StoryMapModel::ReleaseColumn), 3));
        QVERIFY(board->scene()->cardsInLane(ReleaseId(3)).contains(story));
        // Edits made while the board is hidden show as soon as it is shown again.
        QVERIFY(window.showScreen(u"outline"_s));
        window.undoAction()->trigger();
        QVERIFY(window.showScreen(u"releases"_s));
        QVERIFY(board->scene()->cardsInLane(ReleaseId()).contains(story));
        QVERIFY(!board->scene()->cardsInLane(ReleaseId(3)).contains(story));
    }

    void addsRenamesAndUndoesAStoryFromTheKeyboard()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openSample());
        QVERIFY(window.showScreen(u"outline"_s));
        Document *doc = window.document();
        QTreeView *tree = window.outline()->tree();
        auto *model = window.outline()->model();
        const StepId step = doc->steps(doc->activities().first()).first();
        const int before = int(doc->stories(step).size());

        tree->setFocus();
        tree->setCurrentIndex(model->indexOf(StoryMapModel::StepLevel, step.value));
        QTest::keyClick(tree, Qt::Key_Insert);
        QCOMPARE(doc->stories(step).size(), before + 1);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY2(editor, "the new story's title is not open for editing");
        editor->selectAll();
        QTest::keyClicks(editor, u"Pay with one tap"_s);
        QTest::keyClick(editor, Qt::Key_Return); // the view commits on its next turn of the event loop
        const StoryId added = doc->stories(step).last();
        QTRY_COMPARE(doc->story(added).title, u"Pay with one tap"_s);
        QCOMPARE(window.undoAction()->text(), u"&Undo Rename Story"_s);

        // The details panel shows it; a description typed there is saved when focus leaves.
        StoryDetailsPanel *panel = window.outline()->detailsPanel();
        QCOMPARE(panel->story(), added);
        auto *title = panel->findChild<QLineEdit *>();
        QCOMPARE(title->text(), u"Pay with one tap"_s);
        auto *description = panel->findChildren<QPlainTextEdit *>().first();
        description->setFocus();
        QTest::keyClicks(description, u"Apple Pay and Google Pay"_s);
        tree->setFocus();
        QCOMPARE(doc->story(added).description, u"Apple Pay and Google Pay"_s);

        window.undoAction()->trigger(); // description
        window.undoAction()->trigger(); // rename
        window.undoAction()->trigger(); // add
        QCOMPARE(doc->stories(step).size(), before);
        QVERIFY(window.redoAction()->isEnabled());
        QCOMPARE(window.redoAction()->text(), u"&Redo Add Story"_s);
    }

    void deletesAndReordersWithTheKeyboard()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openSample());
        QVERIFY(window.showScreen(u"outline"_s));
        Document *doc = window.document();
        QTreeView *tree = window.outline()->tree();
        auto *model = window.outline()->model();
        const StepId step = doc->steps(doc->activities().at(1)).first();
        const QList<StoryId> stories = doc->stories(step);
        QVERIFY(stories.size() >= 2);
        tree->setFocus();
        tree->setCurrentIndex(model->indexOf(StoryMapModel::StoryLevel, stories.at(1).value));
        QTest::keyClick(tree, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(doc->stories(step).first(), stories.at(1));
        tree->setCurrentIndex(model->indexOf(StoryMapModel::StoryLevel, stories.at(0).value));
        QTest::keyClick(tree, Qt::Key_Delete);
        QVERIFY(!doc->stories(step).contains(stories.at(0)));
        window.undoAction()->trigger();
        QVERIFY(doc->stories(step).contains(stories.at(0)));
    }

    void aBadFileShowsWhatIsWrong()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.valuemap"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some notes, not a plan");
        file.close();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.openFile(path));
        QMessageBox *box = shownMessage(window);
        QVERIFY(box);
        QVERIFY2(box->text().contains(u"is not a Valuemap plan"_s), qPrintable(box->text()));
        QVERIFY(box->text().contains(u"notes.valuemap"_s));
        QVERIFY(!window.document());
    }

    void aReadOnlyPlanIsMarkedAndCannotBeEdited()
    {
        QTemporaryDir dir;
        const QString path = Test::makeSamplePlan(dir);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
        const QByteArray hash = Test::fileHash(path);
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openFile(path));
            QVERIFY(window.windowTitle().contains(u"[read-only]"_s));
            auto *banner = window.findChild<QLabel *>(u"readOnlyBanner"_s);
            QVERIFY(banner && banner->isVisible());
            QVERIFY(banner->text().contains(u"read-only"_s));
            for (QAction *action : window.outline()->editActions())
                QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
            QTreeView *tree = window.outline()->tree();
            const QModelIndex first = tree->model()->index(0, 0);
            QVERIFY(!(tree->model()->flags(first) & Qt::ItemIsEditable));
        }
        QCOMPARE(Test::fileHash(path), hash);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
