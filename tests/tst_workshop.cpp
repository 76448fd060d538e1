// Workshop mode: the timebox's state machine, fast capture on the map and the vision board, and
// presentation mode driven with the keys a clicker sends — asserting what the room sees and what
// the plan keeps.
#include "releases/boardscene.h"
#include "storage/document.h"
#include "storymap/storymapscene.h"
#include "storymap/storymapscreen.h"
#include "storymap/storymapview.h"
#include "testsupport.h"
#include "vision/visioncanvas.h"
#include "vision/visionview.h"
#include "workshop/capturebar.h"
#include "workshop/presentationwindow.h"
#include "workshop/releaseplanslide.h"
#include "workshop/timebox.h"
#include "workshop/timerwidget.h"
#include "workshop/votedots.h"

#include <QChart>
#include <QChartView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {
// The sample's slices are "MVP – First cup", "Release 2 – …": found by the start of the name.
ReleaseId releaseNamed(const Document &doc, const QString &name)
{
    for (ReleaseId r : doc.releases())
        if (doc.release(r).name.startsWith(name))
            return r;
    return {};
}
} // namespace

class TestWorkshop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    QString m_path;
    qint64 m_now = 0;

    void openSample()
    {
        m_doc.reset();
        QFile::remove(m_dir.filePath(u"sample.valuemap"_s));
        m_path = Test::makeSamplePlan(m_dir);
        QString error;
        m_doc = Document::open(m_path, &error);
        QVERIFY2(m_doc, qPrintable(error));
    }
    void capture(CaptureBar *bar, const QString &text)
    {
        QTest::keyClicks(bar->lineEdit(), text);
        QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    }

private slots:
    void initTestCase()
    {
        Test::useFixedLocale();
        QVERIFY(m_dir.isValid());
    }

    // ---- the timebox -------------------------------------------------------------------------

    void timeboxRunsPausesAndFinishesOnce()
    {
        Timebox box;
        box.setClock([this] { return m_now; });
        box.setDuration(10 * 60'000);
        QSignalSpy finished(&box, &Timebox::finished);
        QCOMPARE(box.state(), Timebox::State::Idle);
        QCOMPARE(Timebox::format(box.remaining()), u"10:00"_s);

        box.start();
        QCOMPARE(box.state(), Timebox::State::Running);
        m_now += 61'500;
        box.tick();
        QCOMPARE(Timebox::format(box.remaining()), u"08:59"_s); // rounds up: 8:58.5 shows 8:59

        box.pause();
        QCOMPARE(box.state(), Timebox::State::Paused);
        m_now += 5 * 60'000; // a paused timebox does not run down
        box.tick();
        QCOMPARE(box.remaining(), 10 * 60'000 - 61'500);

        box.resume();
        m_now += 10 * 60'000;
        QVERIFY(finished.isEmpty()); // nothing said before the clock is read
        box.tick();
        QCOMPARE(box.state(), Timebox::State::Finished);
        QCOMPARE(box.remaining(), 0);
        QCOMPARE(finished.size(), 1);
        box.tick();
        QCOMPARE(finished.size(), 1); // said once, not on every tick
    }

    void timeboxToggleResetAndExtra()
    {
        Timebox box;
        box.setClock([this] { return m_now; });
        box.setDuration(2 * 60'000);
        box.toggle();
        QCOMPARE(box.state(), Timebox::State::Running);
        m_now += 30'000;
        box.toggle();
        QCOMPARE(box.state(), Timebox::State::Paused);
        box.addTime(60'000);
        QCOMPARE(box.remaining(), 150'000);
        box.toggle();
        QCOMPARE(box.state(), Timebox::State::Running);
        box.reset();
        QCOMPARE(box.state(), Timebox::State::Idle);
        QCOMPARE(box.remaining(), 2 * 60'000);

        // After the end, one more minute runs again.
        box.start();
        m_now += 3 * 60'000;
        box.tick();
        QCOMPARE(box.state(), Timebox::State::Finished);
        box.addTime(60'000);
        QCOMPARE(box.state(), Timebox::State::Running);
        QCOMPARE(box.remaining(), 60'000);

        // Absurd durations are clamped, not obeyed.
        box.setDuration(-5);
        QCOMPARE(box.duration(), 1000);
        box.setDuration(1000LL * 60 * 60 * 1000);
        QCOMPARE(box.duration(), 24LL * 60 * 60 * 1000);
        QCOMPARE(Timebox::format(box.duration()), u"24:00:00"_s);
    }

    void timerWidgetShowsWhatTheRoomSees()
    {
        Timebox box;
        box.setClock([this] { return m_now; });
        box.setDuration(5 * 60'000);
        TimerWidget widget(&box);
        QCOMPARE(widget.displayedTime(), u"05:00"_s);
        box.start();
        m_now += 90'000;
        box.tick();
        QCOMPARE(widget.displayedTime(), u"03:30"_s);
        QCOMPARE(widget.displayedStatus(), u"Running"_s);
        m_now += 5 * 60'000;
        box.tick();
        QCOMPARE(widget.displayedTime(), u"00:00"_s);
        QCOMPARE(widget.displayedStatus(), u"Time is up"_s);
    }

    // ---- fast capture ------------------------------------------------------------------------

    void captureOnTheMapLandsBelowTheSelectedCard()
    {
        openSample();
        auto screen = std::make_unique<StoryMapScreen>(m_doc.get());
        screen->resize(1400, 900);
        screen->show();
        const ReleaseId mvp = releaseNamed(*m_doc, u"MVP"_s);
        const StoryId first = m_doc->storiesInRelease(mvp).constFirst();
        const Story anchor = m_doc->story(first);
        screen->view()->selectStory(first);
        CaptureBar *bar = screen->captureBar();
        bar->activate();
        QVERIFY(bar->isVisible());
        QVERIFY(bar->targetText().contains(m_doc->step(anchor.stepId).title));
        QVERIFY(bar->targetText().contains(u"MVP"_s));

        capture(bar, u"Oat milk option"_s);
        capture(bar, u"Decaf for the evening"_s);
        QVERIFY(bar->lineEdit()->text().isEmpty()); // ready for the next
        QCOMPARE(bar->messageText(), u"2 card(s) captured"_s);

        // Both in the anchor's cell, right below it, in the order typed.
        const QList<StoryId> cell = screen->scene()->cellStories(anchor.stepId, mvp);
        const int at = int(cell.indexOf(first));
        QCOMPARE(m_doc->story(cell.value(at + 1)).title, u"Oat milk option"_s);
        QCOMPARE(m_doc->story(cell.value(at + 2)).title, u"Decaf for the evening"_s);

        // Undo takes the last one back.
        m_doc->undo();
        QVERIFY(!Test::outline(*m_doc).join(u'\n').contains(u"Decaf for the evening"_s));

        // Esc hides the bar and gives the keyboard back to the map.
        QTest::keyClick(bar->lineEdit(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());

        // The file on disk agrees.
        screen.reset();
        m_doc.reset();
        const QString onDisk = Test::dumpClosedFile(m_path);
        QVERIFY(onDisk.contains(u"Oat milk option"_s));
        QVERIFY(!onDisk.contains(u"Decaf for the evening"_s));
    }

    void captureOnTheVisionBoardLandsInTheSelectedArea()
    {
        openSample();
        VisionView view(m_doc.get());
        view.resize(1400, 900);
        view.show();
        const QList<VisionNoteId> needs = m_doc->visionNotes(VisionArea::Needs);
        view.canvas()->selectNotes({ needs.constFirst() });
        CaptureBar *bar = view.captureBar();
        bar->activate();
        QVERIFY2(bar->targetText().contains(u"Needs"_s), qPrintable(bar->targetText()));
        capture(bar, u"Fresh beans without thinking about it"_s);
        const QList<VisionNoteId> after = m_doc->visionNotes(VisionArea::Needs);
        QCOMPARE(after.size(), needs.size() + 1);
        QCOMPARE(m_doc->visionNote(after[1]).text, u"Fresh beans without thinking about it"_s);
        m_doc->undo();
        QCOMPARE(m_doc->visionNotes(VisionArea::Needs), needs);
    }

    void captureInAReadOnlyPlanSaysWhy()
    {
        openSample();
        m_doc.reset();
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ReadUser);
        QString error;
        m_doc = Document::open(m_path, &error);
        QVERIFY2(m_doc, qPrintable(error));
        QVERIFY(m_doc->isReadOnly());
        StoryMapScreen screen(m_doc.get());
        screen.show();
        const QByteArray before = Test::fileHash(m_path);
        screen.captureBar()->activate();
        capture(screen.captureBar(), u"Not allowed"_s);
        QVERIFY(screen.captureBar()->messageText().contains(u"viewing only"_s));
        QCOMPARE(screen.captureBar()->lineEdit()->text(), u"Not allowed"_s); // nothing typed is lost
        m_doc.reset();
        QCOMPARE(Test::fileHash(m_path), before);
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    }

    // ---- presentation mode -------------------------------------------------------------------

    void presentationPagesThroughThePlan()
    {
        openSample();
        Timebox box;
        auto *window = new PresentationWindow(m_doc.get(), &box);
        window->resize(1920, 1080);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QStringList titles;
        for (const PresentationWindow::Page &p : window->pages())
            titles.append(p.title);
        QCOMPARE(titles.size(), 9);
        QCOMPARE(titles[0], u"Vision"_s);
        QCOMPARE(titles[1], u"Story map"_s);
        QCOMPARE(titles[2], u"Story map — "_s + m_doc->release(releaseNamed(*m_doc, u"MVP"_s)).name);
        QVERIFY(titles[3].startsWith(u"Story map — Release 2"_s));
        QVERIFY(titles[4].startsWith(u"Story map — Release 3"_s));
        QCOMPARE(titles[5], u"Release plan"_s);
        QVERIFY(window->footerText().contains(u"1 / 9"_s));

        // What a clicker sends: Page Down / Right forward, Page Up / Left back, Home, End.
        QWidget *focus = window->focusWidget() ? window->focusWidget() : window;
        QTest::keyClick(focus, Qt::Key_PageDown);
        QCOMPARE(window->currentPage(), 1);
        QTest::keyClick(window->mapView()->viewport(), Qt::Key_Right);
        QCOMPARE(window->currentPage(), 2);
        QVERIFY(window->footerText().contains(u"Story map — MVP"_s));
        // The MVP slice: expanded, the others folded away, and the check said in words.
        const ReleaseId mvp = releaseNamed(*m_doc, u"MVP"_s);
        StoryMapScene *scene = window->mapView()->mapScene();
        QVERIFY(!scene->isLaneCollapsed(mvp));
        QVERIFY(scene->isLaneCollapsed(releaseNamed(*m_doc, u"Release 2"_s)));
        QVERIFY(window->captionText().contains(u"Not a working product — missing: Manage subscription"_s));
        // The whole slice is on screen.
        const QRect shown = window->mapView()->mapFromScene(scene->laneRect(mvp)).boundingRect();
        QVERIFY(window->mapView()->viewport()->rect().adjusted(-2, -2, 2, 2).contains(shown));

        // Capture on the slice's page goes into that slice.
        QTest::keyClick(window->mapView()->viewport(), Qt::Key_C);
        CaptureBar *bar = window->captureBar();
        QVERIFY(bar->isVisible());
        QVERIFY(bar->targetText().contains(u"MVP"_s));
        const int before = int(m_doc->storiesInRelease(mvp).size());
        capture(bar, u"Pause deliveries while on holiday"_s);
        QCOMPARE(m_doc->storiesInRelease(mvp).size(), before + 1);
        // Typing did not page: the keys belonged to the bar.
        QCOMPARE(window->currentPage(), 2);
        QTest::keyClick(bar->lineEdit(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());

        QTest::keyClick(window->mapView()->viewport(), Qt::Key_PageUp);
        QCOMPARE(window->currentPage(), 1);
        QVERIFY(!scene->isLaneCollapsed(releaseNamed(*m_doc, u"Release 2"_s)));

        // The release plan: each slice's outcome and working-product status.
        window->showPage(5);
        const QStringList columns = window->releasePlan()->columnTexts();
        QCOMPARE(columns.size(), 3);
        QVERIFY(columns[0].startsWith(u"MVP"_s));
        QVERIFY(columns[0].contains(u"✗ Not a working product\nMissing: Manage subscription"_s));
        QVERIFY(columns[1].contains(u"Outcome: "_s));
        QVERIFY(columns[1].contains(u"✓ A working product"_s));

        // Goal charts, then the burn-up last.
        QTest::keyClick(window->focusWidget(), Qt::Key_Space);
        QCOMPARE(window->currentPage(), 6);
        QVERIFY(window->chartView()->isVisible());
        QCOMPARE(window->chartView()->chart()->title(), titles[6]);
        QTest::keyClick(window->focusWidget(), Qt::Key_End);
        QCOMPARE(window->currentPage(), 8);
        QTest::keyClick(window->focusWidget(), Qt::Key_Right); // stays on the last page
        QCOMPARE(window->currentPage(), 8);
        QTest::keyClick(window->focusWidget(), Qt::Key_Home);
        QCOMPARE(window->currentPage(), 0);

        // Timer and blank screen.
        QTest::keyClick(window->focusWidget(), Qt::Key_S);
        QVERIFY(window->isTimerShown());
        QCOMPARE(box.state(), Timebox::State::Running);
        QTest::keyClick(window->focusWidget(), Qt::Key_B);
        QTest::keyClick(window->focusWidget(), Qt::Key_Right); // any key unblanks, and only that
        QCOMPARE(window->currentPage(), 0);

        // Esc leaves.
        QSignalSpy closed(window, &PresentationWindow::closed);
        QPointer<PresentationWindow> guard(window);
        QTest::keyClick(window->focusWidget(), Qt::Key_Escape);
        QCOMPARE(closed.size(), 1);
        QTRY_VERIFY(guard.isNull()); // closed windows are deleted
    }

    void presentationFollowsEdits()
    {
        openSample();
        Timebox box;
        PresentationWindow window(m_doc.get(), &box);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.resize(1920, 1080); // four slices' stories on one release-plan slide
        window.show();
        window.showPage(4); // Release 3
        const ReleaseId added = m_doc->addRelease(u"Release 4"_s);
        QVERIFY(added.isValid());
        QCOMPARE(window.pages().size(), 10);
        QVERIFY(window.pages().value(window.currentPage()).title.startsWith(u"Story map — Release 3"_s));
        m_doc->undo();
        QCOMPARE(window.pages().size(), 9);
    }

    void aLongReleasePlanGoesOnOverParts()
    {
        openSample();
        Timebox box;
        PresentationWindow window(m_doc.get(), &box);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        auto planPages = [&window] {
            QList<int> pages;
            for (int i = 0; i < window.pages().size(); ++i) {
                if (window.pages()[i].kind == PresentationWindow::PageKind::ReleasePlan)
                    pages.append(i);
            }
            return pages;
        };
        window.resize(1920, 1080);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(planPages().size(), 1);
        // A small screen: the stories do not fit one slide, so the plan goes on over two.
        window.showPage(2); // a slice: the caption above the map takes room the plan has
        window.resize(800, 450);
        QTRY_VERIFY(planPages().size() >= 2);
        window.showPage(planPages().first());
        QCoreApplication::processEvents();
        const int parts = int(planPages().size());
        // As many pages as the slide has parts at the size it is shown.
        QCOMPARE(parts, window.releasePlan()->partCount(window.releasePlan()->size()));
        window.showPage(planPages().last());
        QCOMPARE(window.releasePlan()->part(), parts - 1);
        QVERIFY(window.footerText().contains(u"Release plan (%1 of %1)"_s.arg(parts)));
        // Back on a large screen the second part is gone; the presentation stays on the plan.
        window.resize(1920, 1080);
        QTRY_COMPARE(planPages().size(), 1);
        QCOMPARE(window.currentPage(), planPages().first());
        QCOMPARE(window.releasePlan()->part(), 0);
    }

    // Not a check: pictures of every page at projector size, for a person to look at.
    // VALUEMAP_SCREENSHOTS=DIR tst_workshop screenshots
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("VALUEMAP_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set VALUEMAP_SCREENSHOTS to a folder to get pictures of presentation mode");
        openSample();
        Timebox box;
        box.setClock([this] { return m_now; });
        box.setDuration(10 * 60'000);
        // A dot vote on show, as after a round of voting in the room.
        const VoteId vote = m_doc->startVote(u"Most valuable"_s, VoteSubject::Stories, 3, { u"Ana"_s, u"Ben"_s });
        const QList<ParticipantId> people = m_doc->voteParticipants(vote);
        const QList<StoryId> release2 = m_doc->storiesInRelease(releaseNamed(*m_doc, u"Release 2"_s));
        for (int i = 0; i < 5; ++i)
            QVERIFY(m_doc->castDot(people[i % 2], release2[i % 3]).isValid());
        VoteOverlay::of(m_doc.get())->setShownVote(vote);
        PresentationWindow window(m_doc.get(), &box);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.resize(1920, 1080);
        window.show();
        for (int i = 0; i < window.pages().size(); ++i) {
            window.showPage(i);
            if (i == 3) {
                window.setTimerShown(true);
                box.start();
                m_now += 4 * 60'000 + 12'000;
                box.tick();
                window.showCapture();
                QTest::keyClicks(window.captureBar()->lineEdit(), u"Pause deliveries"_s);
            }
            QVERIFY(window.grab().save(u"%1/present-%2.png"_s.arg(dir).arg(i + 1)));
        }
    }
};

QTEST_MAIN(TestWorkshop)
#include "tst_workshop.moc"
