// A large story map builds card items only where a view shows them (and for the cards a user
// acts on); everywhere else its cells paint the cards from the plan. What the user sees and can
// do must not depend on which cards happen to be items.
#include "storage/document.h"
#include "storymap/storycarditem.h"
#include "storymap/storymapscene.h"
#include "storymap/storymapscreen.h"
#include "storymap/storymapstyle.h"
#include "storymap/storymapview.h"
#include "planfactory.h"
#include "testsupport.h"

#include <QImage>
#include <QUndoStack>
#include <QPainter>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Valuemap;

class TestMapCards : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<StoryMapScreen> m_screen;

    StoryMapView *view() const { return m_screen->view(); }
    StoryMapScene *scene() const { return m_screen->scene(); }

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
    void init()
    {
        QString error;
        const QString path = Test::makeGeneratedPlan(m_dir, 3000, u"%1.valuemap"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        m_doc = Document::open(path, &error);
        QVERIFY2(m_doc, qPrintable(error));
        m_screen = std::make_unique<StoryMapScreen>(m_doc.get());
        m_screen->resize(900, 600);
        m_screen->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
        view()->resetZoom();
        view()->showTopLeft();
        QCoreApplication::processEvents();
    }
    void cleanup()
    {
        m_screen.reset();
        m_doc.reset();
    }

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
        view()->selectAllCards();
        QCOMPARE(int(scene()->selectedStories().size()), stories);
        view()->deleteSelection();
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
};

QTEST_MAIN(TestMapCards)
#include "tst_mapcards.moc"
