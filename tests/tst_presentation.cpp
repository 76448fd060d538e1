// Presentation mode at the size of a big plan: a slice's page shows only the steps the slice has
// stories in, at a zoom a room can read, over as many pages as that takes; an empty slice says
// so; fast capture on any of those pages goes into the slice.
#include "storage/document.h"
#include "storymap/backboneitem.h"
#include "storymap/storycarditem.h"
#include "storymap/storymapscene.h"
#include "storymap/storymapview.h"
#include "testsupport.h"
#include "workshop/capturebar.h"
#include "workshop/presentationwindow.h"
#include "workshop/timebox.h"

#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Valuemap;

class TestPresentation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    QList<QList<StepId>> m_steps; // per activity
    ReleaseId m_r1;
    ReleaseId m_r2;
    int m_plans = 0;

    // activities × steps, every step with an unplanned card; slices R1 and R2 (empty).
    void makePlan(int activities, int stepsPerActivity)
    {
        m_doc.reset();
        m_steps.clear();
        QString error;
        m_doc = Document::create(m_dir.filePath(u"plan%1.valuemap"_s.arg(++m_plans)), &error);
        QVERIFY2(m_doc, qPrintable(error));
        m_r1 = m_doc->addRelease(u"R1"_s);
        m_r2 = m_doc->addRelease(u"R2"_s);
        for (int a = 0; a < activities; ++a) {
            const ActivityId activity = m_doc->addActivity(u"Activity %1"_s.arg(a + 1));
            m_steps.emplaceBack();
            for (int s = 0; s < stepsPerActivity; ++s) {
                const StepId step = m_doc->addStep(activity, u"Step %1.%2"_s.arg(a + 1).arg(s + 1));
                m_steps.last().append(step);
                QVERIFY(m_doc->addStory(step, ReleaseId(), u"Later %1.%2"_s.arg(a + 1).arg(s + 1)).isValid());
            }
        }
    }
    QList<int> slicePages(const PresentationWindow &window, ReleaseId release) const
    {
        QList<int> pages;
        const QList<PresentationWindow::Page> all = window.pages();
        for (int i = 0; i < all.size(); ++i) {
            const PresentationWindow::Page &p = all[i];
            if (p.kind == PresentationWindow::PageKind::Slice && p.release == release)
                pages.append(i);
        }
        return pages;
    }
    // The card is drawn and all of it is on the projector.
    static bool cardShown(const PresentationWindow &window, StoryId id)
    {
        const StoryCardItem *card = window.mapView()->mapScene()->card(id);
        if (!card || !card->isVisible() || !window.mapView()->isVisible())
            return false;
        const QRect onScreen = window.mapView()->mapFromScene(card->sceneBoundingRect()).boundingRect();
        return window.mapView()->viewport()->rect().adjusted(-2, -2, 2, 2).contains(onScreen);
    }
    static void present(PresentationWindow &window, QSize size)
    {
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        Test::useFixedLocale();
        QVERIFY(m_dir.isValid());
    }

    void aSliceShowsOnlyItsSteps()
    {
        makePlan(8, 5); // 40 steps
        const QList<StepId> used { m_steps[0][1], m_steps[0][2], m_steps[5][3] };
        QList<StoryId> slice;
        for (StepId step : used)
            slice.append(m_doc->addStory(step, m_r1, u"Now"_s));
        Timebox box;
        PresentationWindow window(m_doc.get(), &box);
        present(window, QSize(1920, 1080));
        const QList<int> pages = slicePages(window, m_r1);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(window.pages()[pages[0]].title, u"Story map — R1"_s);

        window.showPage(pages[0]);
        StoryMapScene *scene = window.mapView()->mapScene();
        QCOMPARE(scene->columnSteps(), used); // exactly its three columns
        for (StoryId id : slice)
            QVERIFY(cardShown(window, id));
        QVERIFY(window.mapView()->zoom() >= PresentationWindow::ReadableZoom);
        for (const QList<StepId> &steps : std::as_const(m_steps)) {
            for (StepId step : steps) {
                QCOMPARE(scene->stepItem(step)->isVisible(), used.contains(step));
                for (StoryId id : m_doc->stories(step)) {
                    if (!slice.contains(id))
                        QVERIFY(!scene->card(id)->isVisible());
                }
            }
        }
        // The activities above them, and no others.
        const QList<ActivityId> activities = m_doc->activities();
        for (int a = 0; a < activities.size(); ++a)
            QCOMPARE(scene->activityItem(activities[a])->isVisible(), a == 0 || a == 5);

        // Back to the whole map: every column again.
        window.showPage(1);
        QCOMPARE(scene->columnSteps().size(), 40);
        QVERIFY(scene->activityItem(activities[3])->isVisible());
        QVERIFY(scene->card(m_doc->stories(m_steps[3][0]).first())->isVisible());
    }

    void aWideSliceGoesOnOverPages_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("expected");
        // 12 activities of 5 steps: three activities a page on a projector, two on a small one.
        QTest::newRow("1920x1080") << QSize(1920, 1080) << 4;
        QTest::newRow("1280x720") << QSize(1280, 720) << 6;
    }

    void aWideSliceGoesOnOverPages()
    {
        QFETCH(QSize, size);
        QFETCH(int, expected);
        makePlan(12, 5); // 60 steps, all in R1
        QSet<qint64> slice;
        for (const QList<StepId> &steps : std::as_const(m_steps)) {
            for (StepId step : steps) {
                slice.insert(m_doc->addStory(step, m_r1, u"First"_s).value);
                if (step.value % 3 == 0)
                    slice.insert(m_doc->addStory(step, m_r1, u"Second"_s).value);
            }
        }
        Timebox box;
        PresentationWindow window(m_doc.get(), &box);
        present(window, size);
        const QList<int> pages = slicePages(window, m_r1);
        QCOMPARE(pages.size(), expected);
        QSet<qint64> seen;
        for (int i = 0; i < pages.size(); ++i) {
            const PresentationWindow::Page page = window.pages()[pages[i]];
            QCOMPARE(page.title, u"Story map — R1 (%1 of %2)"_s.arg(i + 1).arg(expected));
            // Whole activities: an activity's five steps are all on this page or none is.
            for (const QList<StepId> &steps : std::as_const(m_steps)) {
                int here = 0;
                for (StepId step : steps)
                    here += page.steps.contains(step) ? 1 : 0;
                QVERIFY(here == 0 || here == 5);
            }
            // The clicker goes from part to part; the caption says which part it is.
            if (i == 0)
                window.showPage(pages[0]);
            else
                QTest::keyClick(window.mapView()->viewport(), Qt::Key_Right);
            QCOMPARE(window.currentPage(), pages[i]);
            QVERIFY(window.captionText().contains(u"R1 (%1 of %2)"_s.arg(i + 1).arg(expected)));
            QVERIFY(window.footerText().contains(u"%1 / %2"_s.arg(pages[i] + 1).arg(window.pages().size())));
            QVERIFY2(window.mapView()->zoom() >= PresentationWindow::ReadableZoom,
                     qPrintable(QString::number(window.mapView()->zoom())));
            for (qint64 id : std::as_const(slice)) {
                if (cardShown(window, StoryId(id))) {
                    QVERIFY2(!seen.contains(id), "a card on two pages");
                    seen.insert(id);
                }
            }
        }
        QCOMPARE(seen, slice); // every card of the slice on exactly one page
    }

    void captureOnAPagedSliceGoesIntoIt()
    {
        makePlan(12, 5);
        for (const QList<StepId> &steps : std::as_const(m_steps)) {
            for (StepId step : steps)
                m_doc->addStory(step, m_r1, u"First"_s);
        }
        Timebox box;
        PresentationWindow window(m_doc.get(), &box);
        present(window, QSize(1920, 1080));
        const QList<int> pages = slicePages(window, m_r1);
        QVERIFY(pages.size() > 2);
        window.showPage(pages[2]);
        const QList<StepId> onPage = window.pages()[pages[2]].steps;
        QTest::keyClick(window.mapView()->viewport(), Qt::Key_C);
        CaptureBar *bar = window.captureBar();
        QVERIFY(bar->isVisible());
        QVERIFY(bar->targetText().contains(u"R1"_s));
        const int before = int(m_doc->storiesInRelease(m_r1).size());
        for (const QString &title : { u"Gift a box"_s, u"Pause on holiday"_s }) {
            QTest::keyClicks(bar->lineEdit(), title);
            QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
            // Into the slice, on a step of this page, which stays on screen with the bar open.
            const Story added = m_doc->story(m_doc->storiesInRelease(m_r1).last());
            QCOMPARE(added.title, title);
            QVERIFY(onPage.contains(added.stepId));
            QCOMPARE(window.currentPage(), pages[2]);
            QVERIFY(bar->isVisible());
            QVERIFY(bar->lineEdit()->hasFocus());
            QVERIFY(cardShown(window, added.id));
        }
        QCOMPARE(m_doc->storiesInRelease(m_r1).size(), before + 2);
    }

    void anEmptySliceSaysSo()
    {
        makePlan(3, 2);
        m_doc->addStory(m_steps[0][0], m_r1, u"Now"_s);
        Timebox box;
        PresentationWindow window(m_doc.get(), &box);
        present(window, QSize(1920, 1080));
        const QList<int> pages = slicePages(window, m_r2);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(window.pages()[pages[0]].title, u"Story map — R2"_s);
        window.showPage(pages[0]);
        auto *empty = window.findChild<QLabel *>(u"presentationSliceEmpty"_s);
        QVERIFY(empty && empty->isVisible());
        QVERIFY(empty->text().contains(u"“R2” has no stories yet."_s));
        QVERIFY(!window.mapView()->isVisible()); // not an empty map
        QVERIFY(window.captionText().contains(u"R2"_s));

        // Its first card, captured here, goes into it, and the page becomes its map.
        QTest::keyClick(empty, Qt::Key_C);
        CaptureBar *bar = window.captureBar();
        QVERIFY(bar->isVisible());
        QTest::keyClicks(bar->lineEdit(), u"Rate a coffee"_s);
        QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
        const QList<StoryId> r2 = m_doc->storiesInRelease(m_r2);
        QCOMPARE(r2.size(), 1);
        QCOMPARE(m_doc->story(r2.first()).title, u"Rate a coffee"_s);
        QCOMPARE(window.currentPage(), pages[0]);
        QVERIFY(!empty->isVisible());
        QVERIFY(cardShown(window, r2.first()));
    }
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
