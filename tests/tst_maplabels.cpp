// The story map far out keeps what does not change between frames: its labels are laid out and
// shaped once (ScreenLabel), the items under the pinned headers are not painted first. What the
// user sees must not change for it: a label draws the pixels plain text drawing draws, and after
// an edit, a new theme or another zoom the pinned strips show what a view opened afresh shows.
#include "storage/document.h"
#include "storymap/backboneitem.h"
#include "storymap/laneitem.h"
#include "storymap/screenlabel.h"
#include "storymap/storycarditem.h"
#include "storymap/storymapscene.h"
#include "storymap/storymapscreen.h"
#include "storymap/storymapview.h"
#include "planfactory.h"
#include "mapscreentest.h"
#include "testsupport.h"
#include "widgets/theme.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

// The label as it was drawn before it was kept between frames: wrapped, elided, shaped and
// drawn line by line on every call.
void drawPlain(QPainter *painter, const QRectF &area, const QString &text, int pixels, bool bold, int flags, int maxLines)
{
    const QFont f = ScreenLabel::font(pixels, bold);
    const QFontMetricsF metrics(f);
    const int lines = std::clamp(int(area.height() / metrics.lineSpacing()), 1, std::max(1, maxLines));
    const QStringList shown = StoryCardItem::wrappedLines(text, f, QSizeF(area.width(), lines * metrics.lineSpacing()));
    const qreal height = shown.size() * metrics.lineSpacing();
    qreal y = flags & Qt::AlignVCenter ? area.center().y() - height / 2 : area.top();
    painter->setFont(f);
    painter->setPen(Qt::black);
    for (const QString &line : shown) {
        const qreal width = metrics.horizontalAdvance(line);
        const qreal x = flags & Qt::AlignHCenter ? area.center().x() - width / 2
                : flags & Qt::AlignRight         ? area.right() - width
                                                 : area.left();
        painter->drawText(QPointF(x, y + metrics.ascent()), line);
        y += metrics.lineSpacing();
    }
}

QImage blank()
{
    QImage image(240, 80, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

} // namespace

class TestMapLabels : public Test::MapScreenTest
{
    Q_OBJECT

private:

    // A long, flat map, far out at "fit": 12 activities of 5 steps, two releases.
    void openWidePlan()
    {
        QString error;
        m_doc = Document::create(m_dir.filePath(u"wide-%1.valuemap"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'))), &error);
        QVERIFY2(m_doc, qPrintable(error));
        Test::fillWidePlan(*m_doc);
    }
    static std::unique_ptr<StoryMapScreen> showMap(Document *doc)
    {
        auto screen = std::make_unique<StoryMapScreen>(doc);
        screen->resize(1200, 760);
        screen->show();
        if (!QTest::qWaitForWindowExposed(screen.get()))
            return nullptr;
        QCoreApplication::processEvents();
        return screen;
    }
    // What the view shows now, once the posted changes have been delivered.
    static QImage frame(StoryMapView *view)
    {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        return view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    }
    // The pinned strips: the backbone band at the top and the lane headers at the left.
    static QImage strips(const QImage &image)
    {
        QImage out = image.copy();
        QPainter painter(&out);
        painter.fillRect(QRect(170, 120, out.width(), out.height()), Qt::black); // the cards
        return out;
    }

private slots:
    void initTestCase()
    {
        Test::useFixedLocale();
        QCoreApplication::setOrganizationName(u"valuemap-tests"_s);
        QSettings().remove(u"map/overview"_s);
        Theme::instance()->setChoice(Theme::Light);
    }

    void cleanup()
    {
        m_screen.reset();
        m_doc.reset();
        Theme::instance()->setChoice(Theme::Light);
    }

    void aLabelDrawsWhatPlainTextDraws_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("pixels");
        QTest::addColumn<bool>("bold");
        QTest::addColumn<int>("flags");
        QTest::addColumn<int>("maxLines");
        QTest::addColumn<QRectF>("area");
        QTest::addRow("one line") << u"Walking skeleton"_s << 13 << true << int(Qt::AlignLeft | Qt::AlignTop) << 1 << QRectF(4.5, 3.25, 200, 30);
        QTest::addRow("wrapped") << u"Activity 1: see the roast profile of this month's beans"_s << 13 << true
                                 << int(Qt::AlignLeft | Qt::AlignVCenter) << 2 << QRectF(10.3, 2, 150.6, 40);
        QTest::addRow("elided") << u"2000 stories · 9,057 pts · 2000 done and a long tail"_s << 11 << false
                                << int(Qt::AlignLeft | Qt::AlignTop) << 1 << QRectF(6, 8.7, 120, 20);
        QTest::addRow("sign from another font") << u"\u26A0 No outcome: say what this slice should achieve"_s << 11 << false
                                                << int(Qt::AlignLeft | Qt::AlignTop) << 3 << QRectF(6, 4, 140, 60);
        QTest::addRow("centred") << u"Schritt 3.2: Übergabe"_s << 12 << true << int(Qt::AlignHCenter | Qt::AlignVCenter) << 1 << QRectF(0, 0, 240, 80);
        QTest::addRow("right") << u"Later"_s << 12 << false << int(Qt::AlignRight | Qt::AlignBottom) << 1 << QRectF(0, 0, 230.5, 80);
    }

    // Laid out once and drawn from what was kept: the same pixels as drawing the text afresh,
    // the first time and every time after.
    void aLabelDrawsWhatPlainTextDraws()
    {
        QFETCH(QString, text);
        QFETCH(int, pixels);
        QFETCH(bool, bold);
        QFETCH(int, flags);
        QFETCH(int, maxLines);
        QFETCH(QRectF, area);
        QImage expected = blank();
        {
            QPainter painter(&expected);
            QRectF box = area;
            if (flags & Qt::AlignBottom) { // drawPlain aligns top or centre; the bottom by hand
                const QFontMetricsF metrics(ScreenLabel::font(pixels, bold));
                box.setTop(area.bottom() - metrics.lineSpacing());
            }
            drawPlain(&painter, box, text, pixels, bold, flags & ~Qt::AlignBottom, maxLines);
        }
        for (int round = 0; round < 2; ++round) {
            QImage drawn = blank();
            QPainter painter(&drawn);
            QVERIFY(ScreenLabel::drawOnDevice(&painter, area, text, pixels, bold, Qt::black, flags, maxLines) > 0);
            painter.end();
            QVERIFY2(drawn == expected, qPrintable(u"round %1 differs"_s.arg(round)));
        }
        // Another text in the same room is another picture, not the one kept.
        QImage other = blank();
        QPainter painter(&other);
        ScreenLabel::drawOnDevice(&painter, area, u"New "_s + text, pixels, bold, Qt::black, flags, maxLines);
        painter.end();
        QVERIFY(other != expected);
    }

    void thePinnedStripsShowTheChangeAsAFreshViewDoes_data()
    {
        QTest::addColumn<std::function<void(Document *, StoryMapView *)>>("change");
        QTest::addColumn<bool>("viewState"); // the view's own (done on the fresh view too), not the plan's
        QTest::addRow("step renamed") << std::function([](Document *doc, StoryMapView *) {
            doc->setStepField(doc->steps(doc->activities().first()).first(), StepField::Title, u"Pay by card"_s);
        }) << false;
        QTest::addRow("activity renamed") << std::function([](Document *doc, StoryMapView *) {
            doc->setActivityField(doc->activities().first(), ActivityField::Title, u"Checkout and payment"_s);
        }) << false;
        QTest::addRow("lane renamed") << std::function([](Document *doc, StoryMapView *) {
            doc->setReleaseField(doc->releases().first(), ReleaseField::Name, u"Minimum lovable product"_s);
        }) << false;
        QTest::addRow("dark theme") << std::function([](Document *, StoryMapView *) {
            Theme::instance()->setChoice(Theme::Dark);
        }) << false;
        QTest::addRow("zoomed in") << std::function([](Document *, StoryMapView *view) { view->zoomIn(); }) << false;
        QTest::addRow("zoomed out") << std::function([](Document *, StoryMapView *view) { view->zoomOut(); }) << false;
        QTest::addRow("story moved to another lane") << std::function([](Document *doc, StoryMapView *) {
            const Story story = doc->story(doc->stories(doc->steps(doc->activities().first()).first()).first());
            const QList<ReleaseId> releases = doc->releases();
            doc->moveStories({ story.id }, story.stepId, releases.at((releases.indexOf(story.releaseId) + 1) % releases.size()), 0);
        }) << false;
        QTest::addRow("lane collapsed") << std::function([](Document *doc, StoryMapView *view) {
            view->mapScene()->setLaneCollapsed(doc->releases().first(), true);
        }) << true;
        QTest::addRow("activity collapsed") << std::function([](Document *doc, StoryMapView *view) {
            view->mapScene()->setActivityCollapsed(doc->activities().at(1), true);
        }) << true;
        QTest::addRow("step selected") << std::function([](Document *doc, StoryMapView *view) {
            view->mapScene()->stepItem(doc->steps(doc->activities().first()).at(1))->setSelected(true);
        }) << true;
        QTest::addRow("lane selected") << std::function([](Document *doc, StoryMapView *view) {
            view->mapScene()->lane(doc->releases().first())->setSelected(true);
        }) << true;
    }

    // Far out (the labels at one size on screen): after the change, the strips differ from
    // before it and are what a view opened afresh on the changed plan shows there.
    void thePinnedStripsShowTheChangeAsAFreshViewDoes()
    {
        QFETCH(std::function<void(Document *, StoryMapView *)>, change);
        QFETCH(bool, viewState);
        openWidePlan();
        m_screen = showMap(m_doc.get());
        QVERIFY(m_screen);
        view()->zoomToFit();
        QVERIFY2(view()->zoom() < BackboneItem::SemanticLod, "the labels are drawn at one size on screen");
        const QImage before = frame(view());

        change(m_doc.get(), view());
        const QImage after = frame(view());
        QVERIFY2(strips(after) != strips(before), "the pinned strips did not change");

        const auto fresh = showMap(m_doc.get());
        QVERIFY(fresh);
        if (viewState)
            change(m_doc.get(), fresh->view());
        fresh->view()->setZoom(view()->zoom());
        fresh->view()->horizontalScrollBar()->setValue(view()->horizontalScrollBar()->value());
        fresh->view()->verticalScrollBar()->setValue(view()->verticalScrollBar()->value());
        const QImage expected = frame(fresh->view());
        if (strips(after) != strips(expected)) {
            after.save(m_dir.filePath(u"after.png"_s));
            expected.save(m_dir.filePath(u"expected.png"_s));
            QFAIL(qPrintable(u"the strips differ from a fresh view's (pictures in %1)"_s.arg(m_dir.path())));
        }
    }

    // The dark theme's canvas under the pinned lane headers, not the light one kept from before.
    void thePinnedGutterTakesTheThemesCanvas()
    {
        openWidePlan();
        m_screen = showMap(m_doc.get());
        QVERIFY(m_screen);
        view()->zoomToFit();
        const QPoint gutter(3, view()->viewport()->height() - 3);
        QCOMPARE(frame(view()).pixelColor(gutter), Theme::light().canvas);
        Theme::instance()->setChoice(Theme::Dark);
        QCOMPARE(frame(view()).pixelColor(gutter), Theme::dark().canvas);
    }
};

QTEST_MAIN(TestMapLabels)
#include "tst_maplabels.moc"
