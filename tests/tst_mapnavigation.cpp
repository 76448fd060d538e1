// Finding one's way around a large story map: "fit" fills the view, the backbone and the lane
// headers stay pinned while scrolling (and act as the real ones), the overview jumps, and far
// out cards are compact blocks without text.
#include "storage/document.h"
#include "storymap/backboneitem.h"
#include "storymap/laneitem.h"
#include "storymap/mapoverview.h"
#include "storymap/storycarditem.h"
#include "storymap/storymapscene.h"
#include "storymap/storymapscreen.h"
#include "storymap/storymapview.h"
#include "planfactory.h"
#include "mapscreentest.h"
#include "testsupport.h"
#include "widgets/theme.h"

#include <QAction>
#include <QImage>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QStyleOptionGraphicsItem>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Valuemap;

class TestMapNavigation : public Test::MapScreenTest
{
    Q_OBJECT

private:

    // A long, flat map: 12 activities of 5 steps, two releases, a few stories in each cell.
    void openWidePlan()
    {
        QString error;
        m_doc = Document::create(m_dir.filePath(u"wide-%1.valuemap"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))), &error);
        QVERIFY2(m_doc, qPrintable(error));
        Test::fillWidePlan(*m_doc);
        show();
    }
    void openSample()
    {
        QString error;
        m_doc = Document::open(Test::makeSamplePlan(m_dir, u"sample-%1.valuemap"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))), &error);
        QVERIFY2(m_doc, qPrintable(error));
        show();
    }
    void show()
    {
        m_screen = std::make_unique<StoryMapScreen>(m_doc.get());
        m_screen->resize(1200, 760);
        m_screen->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
        QCoreApplication::processEvents();
    }
    QRectF visible() const { return view()->visibleSceneRect(); }

private slots:
    void initTestCase()
    {
        Test::useFixedLocale();
        QCoreApplication::setOrganizationName(u"valuemap-tests"_s);
        QSettings().remove(u"map/overview"_s);
    }

    void cleanup()
    {
        m_screen.reset();
        m_doc.reset();
    }

    void fitShowsTheWholeSampleMap()
    {
        openSample();
        view()->zoomToFit();
        QVERIFY(view()->zoom() < 1.0);
        QVERIFY2(visible().adjusted(-2, -2, 2, 2).contains(scene()->sceneRect()),
                 qPrintable(u"%1,%2 %3x%4 in view of %5x%6 at %7"_s.arg(visible().left()).arg(visible().top()).arg(visible().width()).arg(visible().height())
                                    .arg(scene()->sceneRect().width()).arg(scene()->sceneRect().height()).arg(view()->zoom())));
    }

    void fitFillsTheHeightOfAWideMap()
    {
        openWidePlan();
        const QRectF map = scene()->sceneRect();
        QVERIFY2(map.width() > 4 * map.height(), "the plan is meant to be long and flat");
        view()->zoomToFit();
        // The map's height fills the view (nothing to scroll up or down) ...
        QCOMPARE(view()->verticalScrollBar()->maximum(), 0);
        QVERIFY2(map.height() * view()->zoom() > 0.8 * view()->viewport()->height(),
                 qPrintable(u"zoom %1 leaves the view's height empty"_s.arg(view()->zoom())));
        // ... and it scrolls along the backbone, starting at its beginning.
        QVERIFY(view()->horizontalScrollBar()->maximum() > 0);
        QCOMPARE(view()->horizontalScrollBar()->value(), view()->horizontalScrollBar()->minimum());
        QVERIFY(visible().contains(scene()->activityItem(m_doc->activities().first())->sceneBoundingRect().topLeft()));
    }

    void pinnedStepHeaderSelectsTheStepAfterScrollingDown()
    {
        openWidePlan();
        view()->resetZoom();
        view()->verticalScrollBar()->setValue(view()->verticalScrollBar()->maximum());
        QCoreApplication::processEvents();
        BackboneItem *step = scene()->stepItem(m_doc->steps(m_doc->activities().first()).at(1));
        QVERIFY2(step->sceneBoundingRect().bottom() < visible().top(), "the backbone has scrolled away");
        // At the top of the view, over the cards, the step's pinned copy: clicking it selects the step.
        const qreal x = view()->mapFromScene(step->sceneBoundingRect().center()).x();
        const QPoint pinnedStep(int(x), 54 + 10 + 20); // below the pinned activity row, in the step row
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, pinnedStep);
        QVERIFY(step->isSelected());
        QCOMPARE(scene()->selectedItems().size(), 1);
        // The pinned copy is painted there: the step's colour, not a card's.
        const QImage frame = view()->viewport()->grab().toImage();
        const QColor drawn = frame.pixelColor(pinnedStep * frame.devicePixelRatio());
        QVERIFY2(drawn != Theme::colors().cardPaper, qPrintable(drawn.name()));
    }

    void doubleClickOnThePinnedStepEditsItsTitleAndAddsNoCard()
    {
        openWidePlan();
        view()->resetZoom();
        view()->verticalScrollBar()->setValue(view()->verticalScrollBar()->maximum());
        QCoreApplication::processEvents();
        auto count = [this] {
            qsizetype n = m_doc->storiesInRelease(ReleaseId()).size();
            for (ReleaseId r : m_doc->releases())
                n += m_doc->storiesInRelease(r).size();
            return int(n);
        };
        const int stories = count();
        BackboneItem *step = scene()->stepItem(m_doc->steps(m_doc->activities().first()).at(1));
        const QPoint pinnedStep(view()->mapFromScene(step->sceneBoundingRect().center()).x(), 54 + 10 + 20);
        QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, pinnedStep);
        QVERIFY(view()->isEditing());
        QTest::keyClick(view()->viewport(), Qt::Key_Escape);
        // Between two pinned steps, over a cell: nothing is added there.
        QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, pinnedStep + QPoint(int(step->boundingRect().width() / 2) + 3, 0));
        QVERIFY(!view()->isEditing());
        QCOMPARE(count(), stories);
    }

    void pinnedLaneHeaderSelectsTheLaneAfterScrollingRight()
    {
        openWidePlan();
        view()->resetZoom();
        view()->horizontalScrollBar()->setValue(view()->horizontalScrollBar()->maximum());
        QCoreApplication::processEvents();
        LaneItem *lane = scene()->lane(m_doc->releases().at(1));
        QVERIFY2(lane->mapRectToScene(lane->headerRect()).right() < visible().left(), "the gutter has scrolled away");
        const int y = view()->mapFromScene(lane->mapRectToScene(lane->headerRect()).center()).y();
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, QPoint(40, y));
        QVERIFY(lane->isSelected());
        // Without scrolling, nothing is pinned: a click at the same place on a card selects the card.
        view()->horizontalScrollBar()->setValue(0);
        QCoreApplication::processEvents();
        const StoryId story = scene()->cellStories(m_doc->steps(m_doc->activities().first()).first(), m_doc->releases().at(1)).first();
        const QPoint onCard = view()->mapFromScene(scene()->card(story)->sceneBoundingRect().center());
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, onCard);
        QVERIFY(scene()->card(story)->isSelected());
    }

    // The lane's totals change while its header is scrolled away: the pinned copy the user sees
    // is repainted, not left showing the old totals.
    void aPinnedLaneHeaderIsRepaintedWhenItsTotalsChange()
    {
        openWidePlan();
        view()->resetZoom();
        view()->horizontalScrollBar()->setValue(view()->horizontalScrollBar()->maximum());
        QCoreApplication::processEvents();
        view()->viewport()->repaint(); // the pinned headers are painted once
        const ReleaseId release = m_doc->releases().at(0);
        LaneItem *lane = scene()->lane(release);
        QVERIFY2(lane->mapRectToScene(lane->headerRect()).right() < visible().left(), "the gutter has scrolled away");
        const QPoint pinnedHeader(40, view()->mapFromScene(lane->mapRectToScene(lane->headerRect()).center()).y());
        QVERIFY(view()->viewport()->rect().contains(pinnedHeader));

        struct PaintRegions : QObject
        {
            QRegion painted;
            bool eventFilter(QObject *, QEvent *event) override
            {
                if (event->type() == QEvent::Paint)
                    painted += static_cast<QPaintEvent *>(event)->region();
                return false;
            }
        } regions;
        view()->viewport()->installEventFilter(&regions);
        const StoryId story = m_doc->storiesInRelease(release).first();
        QVERIFY(m_doc->setStoryField(story, StoryField::Status, QVariant::fromValue(int(StoryStatus::Done))));
        for (int i = 0; i < 20 && !regions.painted.contains(pinnedHeader); ++i)
            QCoreApplication::processEvents();
        QVERIFY2(regions.painted.contains(pinnedHeader), "the pinned lane header was not repainted");
    }

    void aCardSelectedFromTheKeyboardIsNotLeftUnderThePinnedBackbone()
    {
        openWidePlan();
        view()->resetZoom();
        view()->verticalScrollBar()->setValue(view()->verticalScrollBar()->maximum());
        view()->horizontalScrollBar()->setValue(view()->horizontalScrollBar()->maximum() / 2);
        QCoreApplication::processEvents();
        // The top card of a column in the middle, scrolled out of view upwards.
        const StepId step = m_doc->steps(m_doc->activities().at(6)).first();
        const StoryId story = scene()->cellStories(step, m_doc->releases().first()).first();
        view()->selectStory(story);
        const QRect shown = view()->mapFromScene(scene()->card(story)->sceneBoundingRect()).boundingRect();
        // Below the pinned activity and step rows (54 + 10 + 46 pixels at 100 %).
        QVERIFY2(shown.top() >= 110, qPrintable(u"card at y %1"_s.arg(shown.top())));
        QVERIFY(view()->viewport()->rect().contains(shown));
    }

    void overviewClickMovesTheView()
    {
        openWidePlan();
        view()->resetZoom();
        MapOverview *overview = m_screen->overview();
        QTRY_VERIFY(overview->isVisible());
        const QPointF target(scene()->sceneRect().width() * 0.75, scene()->sceneRect().height() * 0.6);
        QTest::mouseClick(overview, Qt::LeftButton, {}, overview->toOverview(target).toPoint());
        const QPointF centre = visible().center();
        QVERIFY2(std::abs(centre.x() - target.x()) < 60, qPrintable(u"centre at %1"_s.arg(centre.x())));
        // Switched off, it is gone; with the whole map in view it hides itself.
        const QList<QAction *> actions = m_screen->planActions();
        const auto toggle = std::find_if(actions.cbegin(), actions.cend(), [](QAction *a) { return a->text() == u"&Overview"_s; });
        QVERIFY(toggle != actions.cend());
        (*toggle)->setChecked(false);
        QVERIFY(!overview->isVisible());
        QCOMPARE(QSettings().value(u"map/overview"_s).toBool(), false);
        (*toggle)->setChecked(true);
        QVERIFY(overview->isVisible());
        view()->setZoom(0.05);
        QVERIFY(!overview->isVisible());
    }

    void farOutACardIsABlockWithoutItsTitle()
    {
        openSample();
        StoryCardItem *card = nullptr;
        for (QGraphicsItem *item : scene()->items())
            if (item->type() == StoryCardItem::Type && !static_cast<StoryCardItem *>(item)->title().isEmpty())
                card = static_cast<StoryCardItem *>(item);
        QVERIFY(card);
        // The card painted as on screen into an image of its own size: at 100 % its title's ink
        // shows; at 10 % the same card is its colour and its status band, nothing else.
        auto render = [&](qreal lod) {
            QImage image(QSize(200, 120), QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            painter.scale(lod, lod);
            QStyleOptionGraphicsItem option;
            option.exposedRect = card->boundingRect();
            card->paint(&painter, &option, view()->viewport());
            painter.end();
            return image;
        };
        auto colours = [](const QImage &image, const QRect &area) {
            QSet<QRgb> out;
            for (int y = area.top(); y <= area.bottom(); ++y)
                for (int x = area.left(); x <= area.right(); ++x)
                    out.insert(image.pixel(x, y));
            return out.size();
        };
        const QImage close = render(1.0);
        const QImage far = render(0.1);
        // The title's area: many shades of anti-aliased text close up, one flat colour far out.
        QVERIFY(colours(close, QRect(12, 6, 120, 30)) > 5);
        const QRect titleFar(2, 1, 12, 5); // the same place at 10 %, inside the card
        QCOMPARE(colours(far, titleFar), 1);
    }

    // On a projector, a step's long title takes at most the two lines its box holds, the last
    // ending in "…": a title wrapped at word ends used to need a third line, drawn over the
    // box's top and bottom edges.
    void aStepTitleOnAProjectorStaysInsideItsBox()
    {
        openSample();
        scene()->setPresentation(true);
        const StepId stepId = m_doc->steps(m_doc->activities().first()).first();
        QVERIFY(m_doc->setStepField(stepId, StepField::Title,
                                    u"export a gift card for a colleague"_s));
        BackboneItem *step = scene()->stepItem(stepId);
        const qreal lod = 0.67; // a slice page on a 1920 × 1080 projector
        const QRectF box(QPointF(0, 0), step->boundingRect().size() - QSizeF(4, 4));
        QImage image((box.size() * lod).toSize() + QSize(8, 8), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.translate(4, 4); // room outside the box: text drawn there is outside it
        painter.scale(lod, lod);
        QStyleOptionGraphicsItem option;
        option.exposedRect = step->boundingRect();
        step->paint(&painter, &option, view()->viewport());
        painter.end();
        // Dark ink (the title) anywhere outside the box's inner area is text that left the box;
        // inside, the rows with ink form one band per line of text.
        const QRect inner = QRectF(4 + 1.5 * lod, 4 + 1.5 * lod, (box.width() - 3) * lod, (box.height() - 3) * lod).toRect();
        int outside = 0;
        int bands = 0;
        bool previousRowInked = false;
        for (int y = 0; y < image.height(); ++y) {
            bool inked = false;
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.alpha() > 40 && c.lightness() < 120) {
                    inked = true;
                    outside += inner.contains(x, y) ? 0 : 1;
                }
            }
            bands += inked && !previousRowInked ? 1 : 0;
            previousRowInked = inked;
        }
        QCOMPARE(outside, 0);
        QCOMPARE(bands, 2); // two lines, the second ending in "…"; not three
    }

    // Pictures to look at, not assertions: with VALUEMAP_SHOTS=folder (and VALUEMAP_SHOTS_PLAN=
    // a large plan, e.g. from bench_storymap --generate 10000), the map at fit, at 25 %, and at
    // 25 % and 100 % scrolled into the middle, in the light and the dark theme.
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("VALUEMAP_SHOTS");
        if (folder.isEmpty())
            QSKIP("set VALUEMAP_SHOTS to a folder to get the pictures");
        QString error;
        const QString plan = qEnvironmentVariable("VALUEMAP_SHOTS_PLAN");
        m_doc = Document::open(plan.isEmpty() ? Test::makeSamplePlan(m_dir, u"shots.valuemap"_s) : plan, &error);
        QVERIFY2(m_doc, qPrintable(error));
        for (const Theme::Choice theme : { Theme::Light, Theme::Dark }) {
            Theme::instance()->setChoice(theme);
            m_screen = std::make_unique<StoryMapScreen>(m_doc.get());
            m_screen->resize(1366, 700);
            m_screen->show();
            QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
            const QString suffix = theme == Theme::Dark ? u"-dark.png"_s : u".png"_s;
            auto shoot = [&](const QString &name) {
                QTest::qWait(600); // the overview renders after a pause
                QVERIFY(m_screen->grab().save(folder + u'/' + name + suffix));
            };
            view()->zoomToFit();
            shoot(u"fit"_s);
            view()->setZoom(0.25);
            view()->showTopLeft();
            shoot(u"25"_s);
            view()->centerOn(scene()->sceneRect().center());
            shoot(u"25-middle"_s);
            view()->resetZoom();
            view()->centerOn(scene()->sceneRect().center());
            shoot(u"100-middle"_s);
            view()->showTopLeft();
            shoot(u"100"_s);
            m_screen.reset();
        }
        Theme::instance()->setChoice(Theme::Light);
    }

    // `valuemap --screen map --zoom 25` opens the map at 25 %: far out, the same window shows a
    // different picture than at 100 %; a zoom out of range is refused with the value named.
    void commandLineZoom()
    {
        QTemporaryDir dir;
        auto shot = [&](const QString &zoom) {
            const QString file = dir.filePath(zoom + u".png"_s);
            const Test::ProcessRun run = Test::runProgram(QString::fromUtf8(VALUEMAP_EXECUTABLE),
                { u"--sample"_s, u"--screen"_s, u"map"_s, u"--zoom"_s, zoom, u"--screenshot"_s, file });
            [&] { QCOMPARE(run.exitCode, 0); }();
            return QImage(file);
        };
        const QImage far = shot(u"25"_s);
        const QImage near = shot(u"100"_s);
        QVERIFY(!far.isNull() && !near.isNull());
        QVERIFY(far != near);
        for (const QString &bad : { u"0"_s, u"1000"_s, u"big"_s }) {
            const Test::ProcessRun run = Test::runProgram(QString::fromUtf8(VALUEMAP_EXECUTABLE),
                { u"--sample"_s, u"--zoom"_s, bad, u"--screenshot"_s, dir.filePath(u"bad.png"_s) });
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(u"“%1”"_s.arg(bad)), qPrintable(run.err));
            QVERIFY(!QFile::exists(dir.filePath(u"bad.png"_s)));
        }
    }
};

QTEST_MAIN(TestMapNavigation)
#include "tst_mapnavigation.moc"
