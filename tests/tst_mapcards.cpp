// A large story map builds card items only where a view shows them (and for the cards a user
// acts on); everywhere else its cells paint the cards from the plan. What the user sees and can
// do must not depend on which cards happen to be items.
#include "storage/document.h"
#include "storymap/cardpicture.h"
#include "storymap/cellitem.h"
#include "storymap/laneitem.h"
#include "storymap/storycarditem.h"
#include "storymap/storymapscene.h"
#include "storymap/storymapscreen.h"
#include "storymap/storymapstyle.h"
#include "storymap/storymapview.h"
#include "planfactory.h"
#include "mapscreentest.h"
#include "testsupport.h"

#include <QFile>
#include <QImage>
#include <QUndoStack>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Valuemap;

using Change = std::function<void(Document *, StoryMapView *)>;
Q_DECLARE_METATYPE(Change)

class TestMapCards : public Test::MapScreenTest
{
    Q_OBJECT

private:
    QString m_plan; // generated once: init() opens a copy

    QList<StoryId> storiesOnMap() const
    {
        QList<StoryId> all;
        for (StepId step : scene()->columnSteps())
            all += scene()->columnStories(step);
        return all;
    }
    QRect onScreen(StoryId id) const { return view()->mapFromScene(scene()->storyRect(id)).boundingRect(); }
    bool inView(StoryId id) const { return view()->viewport()->rect().contains(onScreen(id)); }
    // The share of the card's pixels in its fill colour: a card drawn there, not empty canvas.
    double cardShare(const QImage &image, StoryId id) const
    {
        const QRect r = onScreen(id).adjusted(8, 8, -8, -24) & image.rect();
        const QColor fill = m_doc->story(id).color.isValid() ? m_doc->story(id).color : StoryMapStyle::defaultCardColor();
        int n = 0;
        for (int y = r.top(); y <= r.bottom(); ++y) {
            for (int x = r.left(); x <= r.right(); ++x)
                n += image.pixelColor(x, y).rgb() == fill.rgb() ? 1 : 0;
        }
        return r.isEmpty() ? 0.0 : double(n) / (r.width() * r.height());
    }

private slots:
    void initTestCase()
    {
        m_plan = Test::makeGeneratedPlan(m_dir, 3000, u"plan.valuemap"_s);
        QVERIFY(!m_plan.isEmpty());
    }

    void init()
    {
        // A copy of the one generated plan for each test and data row (generating 3,000 stories
        // is most of a test's time under the sanitizers).
        const QString path = m_dir.filePath(u"%1-%2.valuemap"_s.arg(QString::fromLatin1(QTest::currentTestFunction()),
                                                                  QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        QFile::remove(path);
        QVERIFY(QFile::copy(m_plan, path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        openMap(path, QSize(900, 600));
        QVERIFY(m_screen);
        view()->showTopLeft();
        QCoreApplication::processEvents();
    }
    void cleanup() { closeMap(); }

    void fewItemsYetTheKeyboardReachesAFarCard()
    {
        const int stories = int(storiesOnMap().size());
        QVERIFY(stories >= 2500);
        QVERIFY2(scene()->builtCardCount() < stories / 5, qPrintable(QString::number(scene()->builtCardCount())));
        const QList<StepId> steps = scene()->columnSteps();
        const StoryId first = scene()->columnStories(steps.first()).first();
        view()->selectStory(first);
        // The first card to the right, as → goes, that has no item: out of view, far away.
        StoryId target = first;
        int presses = 0;
        while (target.isValid() && (scene()->builtCard(target) || presses < 8)) {
            target = scene()->neighbour(target, 1, 0);
            ++presses;
        }
        QVERIFY(target.isValid());
        QVERIFY(!inView(target));
        view()->setFocus();
        for (int i = 0; i < presses; ++i)
            QTest::keyClick(view(), Qt::Key_Right);
        QCOMPARE(view()->currentStory(), target);
        QVERIFY(scene()->builtCard(target) && scene()->builtCard(target)->isSelected());
        QVERIFY(inView(target));
        QVERIFY(scene()->builtCardCount() < stories / 5);
    }

    void selectAllActsOnEveryStory()
    {
        const int stories = int(storiesOnMap().size());
        QSignalSpy changes(scene(), &QGraphicsScene::selectionChanged);
        view()->selectAllCards();
        QCOMPARE(int(scene()->selectedStories().size()), stories);
        // Said once, not once per card (whose listeners each read the whole selection).
        QCOMPARE(changes.size(), 1);
        changes.clear();
        view()->deleteSelection();
        // The cards going is said once too, not once per card.
        QCOMPARE(changes.size(), 1);
        QVERIFY(storiesOnMap().isEmpty());
        m_doc->undoStack()->undo();
        QCOMPARE(int(storiesOnMap().size()), stories);
    }

    void findNamesAndShowsACardThatHadNoItem()
    {
        const QList<StoryId> all = storiesOnMap();
        StoryId far;
        for (auto it = all.crbegin(); it != all.crend() && !far.isValid(); ++it) {
            if (!scene()->builtCard(*it) && !inView(*it))
                far = *it;
        }
        QVERIFY(far.isValid());
        const QString title = m_doc->story(far).title;
        StoryFilter filter;
        filter.text = title;
        scene()->setFilter(filter);
        QVERIFY(scene()->storyMatches(far));
        QVERIFY(scene()->matchingCount() >= 1);
        view()->selectStory(far); // what Find's next match does
        QVERIFY(inView(far));
        StoryCardItem *card = scene()->builtCard(far);
        QVERIFY(card && card->isSelected());
        QCOMPARE(card->matchesFilter(), true);
        QVERIFY(view()->describe(card).name.contains(title));
    }

    void aClickOnACompactBlockAtFitSelectsThatStory()
    {
        view()->zoomToFit();
        QCoreApplication::processEvents();
        QVERIFY(view()->zoom() < StoryCardItem::CompactLod);
        QCOMPARE(scene()->builtCardCount(), 0);
        const QList<StoryId> all = storiesOnMap();
        const StoryId target = all.at(all.size() / 2 + 7);
        const QPoint at = onScreen(target).center();
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(scene()->selectedStories(), QList<StoryId> { target });
        QCOMPARE(view()->currentStory(), target);
        // Far out few cards are items: the selected one and its cell.
        QVERIFY(scene()->builtCardCount() < 50);
    }

    // A frame is painted with the cards it shows as items (the first one of a plan too); the
    // half viewport around them follows once the frame is on screen, so that a scroll finds
    // them built without the user waiting for them first.
    void theCardsAroundTheViewAreBuiltAfterTheFrame()
    {
        QScrollBar *bar = view()->horizontalScrollBar();
        bar->setValue(bar->value() + 2 * view()->viewport()->width()); // and no event since
        const QRectF shown = view()->mapToScene(view()->viewport()->rect()).boundingRect();
        const QRectF right(shown.right() + 1, shown.top(), shown.width() / 2 - 2, shown.height());
        StoryId inView;
        StoryId beside;
        for (StepId step : scene()->columnSteps()) {
            const QRectF cell = scene()->cellRect(step, m_doc->releases().first());
            const QList<StoryId> cards = scene()->cellStories(step, m_doc->releases().first());
            if (cards.isEmpty())
                continue;
            if (!inView.isValid() && cell.intersects(shown))
                inView = cards.first();
            if (!beside.isValid() && cell.intersects(right) && !cell.intersects(shown))
                beside = cards.first();
        }
        QVERIFY(inView.isValid() && beside.isValid());
        QVERIFY(scene()->builtCard(inView));
        QVERIFY(!scene()->builtCard(beside));
        QTRY_VERIFY(scene()->builtCard(beside));
        QVERIFY(scene()->builtCardCount() < int(storiesOnMap().size()) / 5);
    }

    void aLongScrollCloseUpKeepsFewCardsAsItems()
    {
        // Row by row across the whole map at 100 %, as a user reads it: the cards left behind
        // are painted from data again, so the items (and memory) stay few.
        const int stories = int(storiesOnMap().size());
        const StoryId first = storiesOnMap().first();
        view()->selectStory(first);
        const QImage before = view()->viewport()->grab().toImage();
        QScrollBar *h = view()->horizontalScrollBar();
        QScrollBar *v = view()->verticalScrollBar();
        QVERIFY(h->maximum() > 4 * view()->viewport()->width());
        int most = 0;
        for (int y = v->minimum(); y <= v->maximum(); y += view()->viewport()->height()) {
            v->setValue(y);
            for (int x = h->minimum(); x <= h->maximum(); x += view()->viewport()->width()) {
                h->setValue(x);
                QCoreApplication::processEvents(); // the cards around the view, after the frame
                most = std::max(most, scene()->builtCardCount());
            }
        }
        QVERIFY2(most < stories / 5, qPrintable(u"%1 of %2 cards were items at once"_s.arg(most).arg(stories)));
        // The selected card far behind stayed an item and selected.
        QVERIFY(scene()->builtCard(first) && scene()->builtCard(first)->isSelected());
        // Back at the start the map looks as it did, its cards built again.
        h->setValue(h->minimum());
        v->setValue(v->minimum());
        QCoreApplication::processEvents();
        const QImage after = view()->viewport()->grab().toImage();
        QCOMPARE(after, before);
        QVERIFY(scene()->builtCard(storiesOnMap().at(1)));
    }

    void aPictureAt100IsTheSameBuiltOrNot()
    {
        const QList<StoryId> all = storiesOnMap();
        const StoryId far = all.at(all.size() - 3);
        QVERIFY(!scene()->builtCard(far));
        const QRectF region = scene()->storyRect(far).adjusted(-400, -300, 400, 300);
        auto picture = [&] {
            QImage image(region.size().toSize(), QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter painter(&image);
            scene()->render(&painter, QRectF(image.rect()), region);
            return image;
        };
        const QImage fromData = picture();
        scene()->buildCards(region);
        QVERIFY(scene()->builtCard(far));
        const QImage fromItems = picture();
        QCOMPARE(fromData, fromItems);
        // And it shows the cards (not an empty canvas).
        QVERIFY(fromData != QImage(fromData.size(), fromData.format()));
    }

    void aScrollToANewRegionShowsItsCards()
    {
        const QList<StoryId> all = storiesOnMap();
        StoryId far;
        for (qsizetype i = all.size() / 2; i < all.size() && !far.isValid(); ++i) {
            if (!scene()->builtCard(all[i]))
                far = all[i];
        }
        QVERIFY(far.isValid());
        const QRectF rect = scene()->storyRect(far);
        view()->centerOn(rect.center());
        QVERIFY(inView(far));
        QVERIFY(scene()->builtCard(far)); // built as the view scrolled, before it painted
        const QImage shown = view()->viewport()->grab().toImage();
        QVERIFY2(cardShare(shown, far) > 0.4, qPrintable(QString::number(cardShare(shown, far))));
    }

    void aCellFarOutPaintsWhatItsFillsPaint_data()
    {
        QTest::addColumn<QTransform>("transform");
        QTest::addRow("fit, whole pixels") << QTransform(0.17, 0, 0, 0.17, 3, 2);
        QTest::addRow("fit, parts of a pixel") << QTransform(0.1713, 0, 0, 0.1713, 2.37, 1.81);
        QTest::addRow("farther, half a pixel") << QTransform(0.05, 0, 0, 0.05, 4.5, 0.5);
        QTest::addRow("farthest") << QTransform(0.03, 0, 0, 0.03, 1.29, 3.71);
    }

    // Far out a cell paints its blocks from a picture it keeps: the pixels of the two fills per
    // card it stands for, on the lane's canvas between them, the first time and from the
    // picture after, dimmed cards included.
    void aCellFarOutPaintsWhatItsFillsPaint()
    {
        QFETCH(QTransform, transform);
        CellItem *cell = nullptr;
        for (QGraphicsItem *item : scene()->items()) {
            if (item->type() == CellItem::Type && static_cast<CellItem *>(item)->count() > 4
                && !static_cast<CellItem *>(item)->isBuilt())
                cell = static_cast<CellItem *>(item);
        }
        QVERIFY(cell);
        QList<CellItem::Block> blocks = cell->blocks();
        blocks[1].matches = false;
        blocks[2].hasColor = true;
        blocks[2].color = qRgb(0xf4, 0xa2, 0x61);
        blocks[3].status = 2;
        cell->setBlocks(blocks);
        const auto *lane = static_cast<const LaneItem *>(cell->parentItem());
        const QColor canvas = lane->shaded() ? Theme::colors().canvasShaded : Theme::colors().canvas;
        const QSize size(40, int(transform.m22() * CellItem::slotY(cell->count())) + 12);
        auto blank = [&] {
            QImage image(size, QImage::Format_ARGB32_Premultiplied);
            image.fill(canvas);
            return image;
        };
        QImage expected = blank();
        {
            QPainter painter(&expected);
            painter.setTransform(transform);
            for (int i = 0; i < blocks.size(); ++i) {
                painter.setOpacity(blocks[i].matches ? 1.0 : StoryMapStyle::FilteredOutOpacity);
                StoryCardItem::fillBlock(&painter, QRectF(0, CellItem::slotY(i), StoryMapStyle::CardWidth, StoryMapStyle::CardHeight),
                                         blocks[i].hasColor ? QColor::fromRgba(blocks[i].color) : QColor(), blocks[i].status, false);
            }
        }
        for (int round = 0; round < 2; ++round) {
            QImage painted = blank();
            QPainter painter(&painted);
            painter.setTransform(transform);
            QStyleOptionGraphicsItem option;
            option.exposedRect = cell->boundingRect();
            cell->paint(&painter, &option, view()->viewport());
            painter.end();
            QVERIFY2(painted == expected, qPrintable(u"round %1 differs"_s.arg(round)));
        }
    }

    void aChangeShowsAsAFreshViewShowsIt_data()
    {
        QTest::addColumn<int>("zoom"); // percent; 0: fit
        QTest::addColumn<Change>("change");
        QTest::addColumn<bool>("viewState"); // a change of the view, made on the fresh one too
        const auto firstCell = [](Document *doc) { return doc->stories(doc->steps(doc->activities().first()).first()); };
        const QList<std::tuple<const char *, Change, bool>> changes = {
            { "status", [=](Document *doc, StoryMapView *) {
                  for (StoryId id : firstCell(doc))
                      doc->setStoryField(id, StoryField::Status, 3);
              }, false },
            { "colour", [=](Document *doc, StoryMapView *) {
                  for (StoryId id : firstCell(doc))
                      doc->setStoryField(id, StoryField::Color, u"#f4a261"_s);
              }, false },
            { "title", [=](Document *doc, StoryMapView *) {
                  doc->setStoryField(firstCell(doc).first(), StoryField::Title, u"Pay with a gift card"_s);
              }, false },
            { "estimate", [=](Document *doc, StoryMapView *) {
                  doc->setStoryField(firstCell(doc).first(), StoryField::Estimate, 13.0);
              }, false },
            { "moved to another lane", [=](Document *doc, StoryMapView *) {
                  const Story story = doc->story(firstCell(doc).first());
                  const QList<ReleaseId> releases = doc->releases();
                  doc->moveStories({ story.id }, story.stepId, releases.at((releases.indexOf(story.releaseId) + 1) % releases.size()), 0);
              }, false },
            { "selected", [=](Document *doc, StoryMapView *view) {
                  view->selectStory(firstCell(doc).first(), false);
              }, true },
            { "filter", [](Document *, StoryMapView *view) {
                  StoryFilter filter;
                  filter.status = StoryStatus::Done;
                  view->mapScene()->setFilter(filter);
              }, true },
            { "lane collapsed", [](Document *doc, StoryMapView *view) {
                  view->mapScene()->setLaneCollapsed(doc->releases().first(), true);
              }, true },
            { "dark theme", [](Document *, StoryMapView *) { Theme::instance()->setChoice(Theme::Dark); }, false },
        };
        for (int zoom : { 0, 100, 73 }) {
            for (const auto &[name, change, viewState] : changes) {
                // At fit a card is a block: a selection or new words show only close up.
                const QByteArray what(name);
                if (zoom == 0 && (what == "selected" || what == "title" || what == "estimate"))
                    continue;
                QTest::addRow("%s at %s", name, zoom ? qPrintable(u"%1 %"_s.arg(zoom)) : "fit") << zoom << change << viewState;
            }
        }
    }

    // Neither the cells' pictures at fit nor the cards' pictures close up ever show a stale map:
    // after the change the frame differs from before and is what a view opened afresh on the
    // changed plan shows, drawing every card.
    void aChangeShowsAsAFreshViewShowsIt()
    {
        QFETCH(int, zoom);
        QFETCH(Change, change);
        QFETCH(bool, viewState);
        Theme::instance()->setChoice(Theme::Light);
        const auto restore = qScopeGuard([] { Theme::instance()->setChoice(Theme::Light); });
        auto frame = [](StoryMapView *view) {
            for (int i = 0; i < 5; ++i)
                QCoreApplication::processEvents();
            return view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        };
        if (zoom == 0) {
            view()->zoomToFit();
            QVERIFY(view()->zoom() < StoryCardItem::CompactLod);
        } else {
            view()->setZoom(zoom / 100.0);
            view()->showTopLeft();
        }
        const QImage before = frame(view());
        QCOMPARE(frame(view()), before); // the second frame is drawn from the pictures
        change(m_doc.get(), view());
        const QImage after = frame(view());
        QVERIFY2(after != before, "the map did not change");
        QCOMPARE(frame(view()), after); // and again, from the pictures made of the changed cards

        // A fresh view that draws every card: the frames above came from the cards' pictures.
        CardPicture::setEnabled(false);
        const auto pictures = qScopeGuard([] { CardPicture::setEnabled(true); });
        StoryMapScreen fresh(m_doc.get());
        fresh.resize(m_screen->size());
        fresh.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fresh));
        fresh.view()->setZoom(view()->zoom());
        if (viewState)
            change(m_doc.get(), fresh.view()); // the view's own state, not the plan's
        fresh.view()->horizontalScrollBar()->setValue(view()->horizontalScrollBar()->value());
        fresh.view()->verticalScrollBar()->setValue(view()->verticalScrollBar()->value());
        const QImage expected = frame(fresh.view());
        if (after != expected) {
            after.save(m_dir.filePath(u"after.png"_s));
            expected.save(m_dir.filePath(u"expected.png"_s));
            QFAIL(qPrintable(u"the map differs from a fresh view's (pictures in %1)"_s.arg(m_dir.path())));
        }
    }

    // The viewport is not cleared before a frame, and the canvas is not painted under the
    // lanes: every pixel must still be painted, at every zoom, scroll and theme, with a lane
    // collapsed, and past the map's edges.
    void everyPixelOfAFrameIsPainted_data()
    {
        QTest::addColumn<int>("zoom"); // percent; 0: fit
        QTest::addColumn<bool>("dark");
        QTest::addColumn<bool>("collapsed");
        QTest::addColumn<bool>("scrolled");
        QTest::addRow("fit") << 0 << false << false << false;
        QTest::addRow("fit dark, a lane collapsed") << 0 << true << true << false;
        QTest::addRow("100 %%") << 100 << false << false << false;
        QTest::addRow("100 %% scrolled, dark") << 100 << true << false << true;
        QTest::addRow("37 %% scrolled, a lane collapsed") << 37 << false << true << true;
        QTest::addRow("13 %% at the far corner") << 13 << false << false << true;
    }

    void everyPixelOfAFrameIsPainted()
    {
        QFETCH(int, zoom);
        QFETCH(bool, dark);
        QFETCH(bool, collapsed);
        QFETCH(bool, scrolled);
        Theme::instance()->setChoice(dark ? Theme::Dark : Theme::Light);
        const auto restore = qScopeGuard([] { Theme::instance()->setChoice(Theme::Light); });
        if (collapsed)
            scene()->setLaneCollapsed(m_doc->releases().first(), true);
        if (zoom == 0)
            view()->zoomToFit();
        else
            view()->setZoom(zoom / 100.0);
        if (scrolled) {
            for (QScrollBar *bar : { view()->horizontalScrollBar(), view()->verticalScrollBar() })
                bar->setValue(bar->maximum() * 2 / 3 + (zoom == 13 ? bar->maximum() : 0));
        }
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        // Rendered over two different old pictures: a pixel left as it was, or blended with
        // what was there, differs between the two.
        auto render = [&](const QColor &old) {
            QImage image(view()->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
            image.fill(old);
            view()->viewport()->render(&image);
            return image;
        };
        for (int frame = 0; frame < 2; ++frame) { // the second one from the kept pictures
            const QImage overMagenta = render(QColor(255, 0, 254));
            const QImage overGreen = render(QColor(0, 255, 1));
            int unpainted = 0;
            QPoint first;
            for (int y = 0; y < overMagenta.height(); ++y) {
                const auto *a = reinterpret_cast<const QRgb *>(overMagenta.constScanLine(y));
                const auto *b = reinterpret_cast<const QRgb *>(overGreen.constScanLine(y));
                for (int x = 0; x < overMagenta.width(); ++x) {
                    if (a[x] != b[x] && unpainted++ == 0)
                        first = QPoint(x, y);
                }
            }
            if (unpainted > 0) {
                overMagenta.save(m_dir.filePath(u"unpainted.png"_s));
                QFAIL(qPrintable(u"%1 pixels not painted over, the first at %2,%3 (picture in %4)"_s
                                         .arg(unpainted).arg(first.x()).arg(first.y()).arg(m_dir.path())));
            }
        }
    }
};

QTEST_MAIN(TestMapCards)
#include "tst_mapcards.moc"
