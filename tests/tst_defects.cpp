// Defects seen on the way (issue 17): what each looked like is in the test's name.
#include "charts/chartfactory.h"
#include "export/releaseplanrenderer.h"
#include "goals/incrementsview.h"
#include "releases/boarditems.h"
#include "releases/boardscene.h"
#include "storage/document.h"
#include "storymap/laneitem.h"
#include "storymap/storycarditem.h"
#include "storymap/storymapscene.h"
#include "storymap/storymapstyle.h"
#include "storymap/storymapview.h"
#include "testsupport.h"
#include "vision/visionareaitem.h"
#include "vision/visioncanvas.h"
#include "workshop/releaseplanslide.h"

#include <QChart>
#include <QChartView>
#include <QFile>
#include <QFontMetrics>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPaintEngine>
#include <QStyleOptionGraphicsItem>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

// What an item paints, as the texts (with their fonts and boxes) and the ellipses it draws: a
// paint device that records instead of drawing, so a test sees what a user would.
class PaintRecorder final : public QPaintEngine
{
public:
    struct Text
    {
        QString text;
        QFont font;
        QRectF rect;
    };
    QList<Text> texts;
    QList<QRectF> ellipses;

    PaintRecorder() : QPaintEngine(QPaintEngine::AllFeatures) { }
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override { }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
    void drawPath(const QPainterPath &) override { }
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override { }
    void drawEllipse(const QRectF &rect) override { ellipses.append(rect); }
    void drawTextItem(const QPointF &at, const QTextItem &item) override
    {
        texts.append({ item.text(), item.font(),
                       QRectF(at.x(), at.y() - item.ascent(), item.width(), item.ascent() + item.descent()) });
    }
    Type type() const override { return User; }
};

class RecordingDevice final : public QPaintDevice
{
public:
    mutable PaintRecorder recorder;
    QPaintEngine *paintEngine() const override { return &recorder; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
        case PdmHeight:
            return 4000;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        default:
            return 1000;
        }
    }
};

// The item painted at 100 % (what is drawn, not how the screen shows it).
QList<PaintRecorder::Text> paintedTexts(QGraphicsItem *item, QList<QRectF> *ellipses = nullptr)
{
    RecordingDevice device;
    QPainter painter(&device);
    QStyleOptionGraphicsItem option;
    item->paint(&painter, &option, nullptr);
    painter.end();
    if (ellipses)
        *ellipses = device.recorder.ellipses;
    return device.recorder.texts;
}

QString withoutSpace(QString text)
{
    text.remove(QRegularExpression(u"\\s"_s));
    return text;
}

} // namespace

class TestDefects : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<Document> sample()
    {
        QString error;
        QFile::remove(m_dir.filePath(u"sample.valuemap"_s));
        auto doc = Document::open(Test::makeSamplePlan(m_dir), &error);
        if (!doc)
            qWarning() << error;
        return doc;
    }

    std::unique_ptr<Document> empty(const QString &name)
    {
        QString error;
        auto doc = Document::create(m_dir.filePath(name), &error, true);
        if (!doc)
            qWarning() << error;
        return doc;
    }

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    void anEmptyMapSaysWhatToAddFirst()
    {
        auto doc = empty(u"empty.valuemap"_s);
        QVERIFY(doc);
        StoryMapScene scene(doc.get());
        StoryMapView view(&scene);
        QVERIFY(view.emptyMapHint().contains(u"Add an activity first (Ctrl+Ins)"_s));
        // Add Story (Ins) cannot add yet: it says why instead of doing nothing.
        QSignalSpy said(&view, &StoryMapView::hintShown);
        view.addStory();
        QCOMPARE(said.size(), 1);
        QCOMPARE(said.first().first().toString(), view.emptyMapHint());
        QCOMPARE(doc->store().count(Table::Story), 0);

        const ActivityId activity = doc->addActivity(u"Order"_s);
        QVERIFY(view.emptyMapHint().contains(u"(Shift+Ins)"_s));
        doc->addStep(activity, u"Pick"_s);
        QVERIFY(view.emptyMapHint().isEmpty());
        view.addStory();
        QCOMPARE(said.size(), 1);
        QCOMPARE(doc->store().count(Table::Story), 1);
    }

    void theEmptyIncrementsHintIsNotCutOff()
    {
        auto doc = empty(u"noincrements.valuemap"_s);
        QVERIFY(doc);
        IncrementsView view(doc.get());
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTreeWidget *tree = view.tree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem *hint = tree->topLevelItem(0);
        const QString text = hint->text(0);
        QVERIFY(text.startsWith(u"No increment delivered yet"_s));
        QVERIFY(hint->isFirstColumnSpanned());
        QVERIFY(tree->visualItemRect(hint).width() > tree->fontMetrics().horizontalAdvance(text));
    }

    void thePresentedVisionHasNoPersonaButton()
    {
        auto doc = sample();
        QVERIFY(doc);
        VisionCanvas canvas(doc.get());
        auto targetGroup = [&canvas]() -> const VisionAreaItem * {
            for (const QGraphicsItem *item : canvas.scene()->items()) {
                if (item->type() == VisionAreaItem::Type
                    && static_cast<const VisionAreaItem *>(item)->area() == VisionArea::TargetGroup)
                    return static_cast<const VisionAreaItem *>(item);
            }
            return nullptr;
        };
        QVERIFY(targetGroup());
        QVERIFY(!targetGroup()->addPersonaRect().isEmpty()); // on the editable board
        canvas.setPresentation(true);
        QVERIFY(targetGroup());
        QVERIFY(targetGroup()->addPersonaRect().isEmpty());
        QVERIFY(targetGroup()->content().addPersonaText.isEmpty());
        QCOMPARE(targetGroup()->content().personas.size(), 3); // the personas themselves stay
    }

    void lanesKeepNoEmptyCardRow()
    {
        auto doc = sample();
        QVERIFY(doc);
        StoryMapScene scene(doc.get());
        const qreal row = StoryMapStyle::CardHeight + StoryMapStyle::Gap;
        int checked = 0;
        for (ReleaseId release : scene.laneOrder()) {
            int fullest = 0;
            for (StepId step : scene.columnSteps())
                fullest = std::max(fullest, int(scene.cellStories(step, release).size()));
            if (fullest < 2)
                continue; // the header sets the height of a lane with few cards
            const qreal height = scene.laneRect(release).height();
            QVERIFY2(height >= fullest * row, qPrintable(QString::number(height)));
            // Below the fullest cell: a strip to drop into, not a whole empty card row.
            const qreal free = height - fullest * row - 2 * StoryMapStyle::LanePadding;
            QVERIFY2(free < StoryMapStyle::CardHeight / 2, qPrintable(QString::number(free)));
            ++checked;
        }
        QVERIFY(checked >= 2);
    }

    void germanBoardCardsAndDatesAreWhole()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QTranslator translator;
        QVERIFY(translator.load(QLocale(), u"valuemap"_s, u"_"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&translator);
        const auto restore = qScopeGuard([&translator] {
            QCoreApplication::removeTranslator(&translator);
            Test::useFixedLocale();
        });
        Story story;
        story.title = u"Browse all coffees on one page"_s;
        story.status = StoryStatus::Done;
        story.estimate = 3;
        story.businessValue = 80;
        const qreal width = BoardMetrics::CardWidth - 15; // as the card draws it
        const QString meta = BoardCardItem::metaText(story, width);
        QVERIFY2(meta.startsWith(u"✓ erledigt"_s), qPrintable(meta));
        story.estimate = 12345.5;
        story.businessValue = 100000;
        QVERIFY2(BoardCardItem::metaText(story, width).startsWith(u"✓ erledigt"_s),
                 qPrintable(BoardCardItem::metaText(story, width)));

        auto doc = sample();
        QVERIFY(doc);
        const LaneInfo habit = ReleaseBoardScene::describeSlice(*doc, ReleaseId(2), doc->activities(), {});
        QVERIFY2(habit.dates.endsWith(u"30.06.2026"_s), qPrintable(habit.dates));
    }

    void theReleasePlanSlideShowsEveryStory_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("extraStories");
        QTest::addRow("sample on a laptop") << QSize(1366, 660) << 0;
        QTest::addRow("sample in a small window") << QSize(800, 450) << 0;
        QTest::addRow("a crowded slice") << QSize(1366, 660) << 60;
    }

    void theReleasePlanSlideShowsEveryStory()
    {
        QFETCH(QSize, size);
        QFETCH(int, extraStories);
        auto doc = sample();
        QVERIFY(doc);
        const QList<ReleaseId> releases = doc->releases();
        const StepId step = doc->steps(doc->activities().constFirst()).constFirst();
        for (int i = 0; i < extraStories; ++i)
            QVERIFY(doc->addStory(step, releases.last(),
                                  u"Story number %1 with a title long enough to wrap twice"_s.arg(i)).isValid());
        // An outcome far longer than its six lines: cut, with "…".
        doc->setReleaseField(releases.first(), ReleaseField::Outcome, QString(u"Learn what people need. "_s.repeated(40)));
        ReleasePlanSlide slide(doc.get());
        slide.resize(size);
        const QList<ReleasePlanSlide::Part> parts = slide.layoutParts(QSizeF(size));
        QVERIFY(!parts.isEmpty());
        if (extraStories > 0)
            QVERIFY2(parts.size() > 1, "sixty more stories need another part");
        QList<QString> storyText(releases.size());
        int cut = 0;
        for (const ReleasePlanSlide::Part &part : parts) {
            QCOMPARE(part.boxes.size(), releases.size());
            for (int i = 0; i < part.lines.size(); ++i) {
                const ReleasePlanSlide::PaintedLine &line = part.lines[i];
                const QString where = u"“%1”"_s.arg(line.text);
                // Inside its column and the slide, as wide as its text, over no other line.
                QVERIFY2(part.boxes[line.column].contains(line.rect), qPrintable(where));
                QVERIFY2(QRectF(QPointF(0, 0), QSizeF(size)).contains(line.rect), qPrintable(where));
                QVERIFY2(QFontMetricsF(line.font).horizontalAdvance(line.text) <= line.rect.width() + 1, qPrintable(where));
                for (int j = 0; j < i; ++j)
                    QVERIFY2(!part.lines[j].rect.intersected(line.rect).isValid()
                                     || part.lines[j].rect.intersected(line.rect).height() < 0.5,
                             qPrintable(where));
                QVERIFY2(line.font.pixelSize() >= 12, qPrintable(where));
                if (line.cut) {
                    QVERIFY2(line.text.endsWith(u'…'), qPrintable(where));
                    QVERIFY2(!line.story, qPrintable(where)); // a story is never cut off
                    ++cut;
                }
                if (line.story)
                    storyText[line.column] += line.text;
            }
        }
        QVERIFY(cut >= 1);
        for (int c = 0; c < releases.size(); ++c) {
            const QString shown = withoutSpace(storyText[c]);
            for (StoryId id : doc->storiesInRelease(releases[c])) {
                const QString title = doc->story(id).title;
                QVERIFY2(shown.contains(withoutSpace(title)), qPrintable(u"missing: "_s + title));
            }
        }
    }

    void presentedCardsShareOneTitleSizeAndLaneNamesAreLarge()
    {
        auto doc = sample();
        QVERIFY(doc);
        StoryMapScene desk(doc.get());
        StoryMapScene slides(doc.get());
        slides.setPresentation(true);
        slides.buildAllCards(); // cards are items where a view shows them; no view here
        QSet<qreal> sizes;
        qreal cardSize = 0;
        int cards = 0;
        for (QGraphicsItem *item : slides.items()) {
            if (item->type() != StoryCardItem::Type)
                continue;
            auto *card = static_cast<StoryCardItem *>(item);
            const QRectF area = StoryCardItem::titleArea(false);
            const QList<PaintRecorder::Text> texts = paintedTexts(card);
            QVERIFY2(!texts.isEmpty(), qPrintable(card->title()));
            QString shown;
            for (const PaintRecorder::Text &t : texts) {
                sizes.insert(t.font.pointSizeF());
                cardSize = t.font.pointSizeF();
                QVERIFY2(area.adjusted(-0.5, -0.5, 0.5, 0.5).contains(t.rect), qPrintable(t.text));
                shown += t.text;
            }
            // The whole title, or as much as fits and "…".
            QVERIFY2(withoutSpace(shown) == withoutSpace(card->title()) || shown.endsWith(u'…'),
                     qPrintable(shown));
            ++cards;
        }
        QVERIFY(cards > 40);
        QCOMPARE(sizes.size(), 1);
        QVERIFY(cardSize >= 13);

        int lanes = 0;
        for (QGraphicsItem *item : slides.items()) {
            if (item->type() != LaneItem::Type)
                continue;
            auto *lane = static_cast<LaneItem *>(item);
            QList<PaintRecorder::Text> texts = paintedTexts(lane);
            texts.removeIf([](const PaintRecorder::Text &t) { return t.text == u"!"_s; });
            QVERIFY2(!texts.isEmpty(), qPrintable(lane->summary().name));
            for (const PaintRecorder::Text &t : std::as_const(texts)) {
                // Larger than the cards' titles, twice the desk's size, inside the header.
                QVERIFY2(t.font.pointSizeF() > cardSize, qPrintable(t.text));
                QVERIFY2(t.font.pointSizeF() >= 2 * LaneItem::nameFont(false).pointSizeF(), qPrintable(t.text));
                QVERIFY2(lane->headerRect().contains(t.rect), qPrintable(t.text));
            }
            ++lanes;
        }
        QCOMPARE(lanes, int(doc->releases().size()) + 1);
        Q_UNUSED(desk);
    }

    void theGoalMarkerLeavesTheTitleReadable()
    {
        auto doc = sample();
        QVERIFY(doc);
        StoryMapScene scene(doc.get());
        scene.buildAllCards(); // cards are items where a view shows them; no view here
        int withGoal = 0;
        for (QGraphicsItem *item : scene.items()) {
            if (item->type() != StoryCardItem::Type)
                continue;
            QList<QRectF> ellipses;
            const QList<PaintRecorder::Text> texts = paintedTexts(item, &ellipses);
            if (ellipses.isEmpty())
                continue;
            ++withGoal;
            for (const PaintRecorder::Text &t : texts) {
                for (const QRectF &marker : std::as_const(ellipses))
                    QVERIFY2(!marker.intersects(t.rect), qPrintable(t.text));
            }
            for (const QRectF &marker : std::as_const(ellipses))
                QVERIFY(!marker.intersects(StoryCardItem::titleRect()));
        }
        QVERIFY(withGoal >= 3);
    }

    void burnUpLabelsDoNotOverlap()
    {
        auto doc = sample();
        QVERIFY(doc);
        // Three slices due within three days: their labels would be drawn on one spot.
        const QList<ReleaseId> releases = doc->releases();
        for (int i = 0; i < releases.size(); ++i)
            doc->setReleaseField(releases[i], ReleaseField::TargetDate, QDate(2026, 6, 10 + i));
        QString empty;
        QChartView view(ChartFactory::create(*doc, { ChartKind::BurnUp, GoalId(), ScopeUnit::Stories }, &empty));
        QVERIFY2(view.chart(), qPrintable(empty));
        view.chart()->resize(QSizeF(900, 560));
        QCoreApplication::processEvents();
        QList<QRectF> labels;
        for (QGraphicsItem *item : view.chart()->childItems()) {
            if (item->type() == QGraphicsSimpleTextItem::Type && item->isVisible())
                labels.append(item->sceneBoundingRect());
        }
        QCOMPARE(labels.size(), releases.size());
        for (int i = 0; i < labels.size(); ++i) {
            for (int j = 0; j < i; ++j)
                QVERIFY2(!labels[i].intersects(labels[j]), qPrintable(u"%1 and %2"_s.arg(i).arg(j)));
        }
    }

    void incrementsShowWhatThePipelineGave()
    {
        auto doc = sample();
        QVERIFY(doc);
        const ReleaseId release = doc->releases().at(1);
        RecordRequest request;
        request.kind = RecordKind::Increment;
        request.eventId = u"job-42"_s;
        request.release = doc->release(release).name;
        request.date = u"2026-07-01"_s;
        request.version = u"v1.4.0"_s;
        request.commit = u"a1b2c3d4e5f60718293a"_s;
        request.environment = u"production"_s;
        QCOMPARE(doc->record(request).status, RecordResult::Created);
        const QString shown = u"v1.4.0 · a1b2c3d · production"_s;

        // The Increments tab: short on the row, the whole commit in the tooltip and for screen readers.
        IncrementsView view(doc.get());
        QTreeWidgetItem *pipeline = nullptr;
        QTreeWidgetItem *manual = nullptr;
        for (int i = 0; i < view.tree()->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = view.tree()->topLevelItem(i);
            (item->text(1).contains(u"v1.4.0"_s) ? pipeline : manual) = item;
        }
        QVERIFY(pipeline && manual);
        QVERIFY2(pipeline->text(1).endsWith(u" · "_s + shown), qPrintable(pipeline->text(1)));
        QVERIFY(!pipeline->text(1).contains(u"a1b2c3d4"_s));
        QVERIFY(pipeline->toolTip(1).contains(request.commit));
        QVERIFY(pipeline->data(1, Qt::AccessibleDescriptionRole).toString().contains(request.commit));
        QVERIFY(!manual->text(1).contains(u" · "_s)); // nothing where the pipeline gave nothing
        QVERIFY(manual->toolTip(1).isEmpty());

        // The release board: the delivered slice names what shipped.
        const LaneInfo info = ReleaseBoardScene::describeSlice(*doc, release, doc->activities(), {});
        QCOMPARE(info.pipeline, u"Shipped "_s + shown);
        QVERIFY(info.pipelineDetails.contains(request.commit));
        QVERIFY(ReleaseBoardScene::describeSlice(*doc, doc->releases().at(0), doc->activities(), {}).pipeline.isEmpty());
        ReleaseBoardScene board(doc.get());
        board.rebuild();
        QVERIFY(board.lane(release)->toolTip().contains(request.commit));
        QVERIFY(board.describe(board.lane(release)).description.contains(request.commit));

        // The handout's release plan.
        ReleasePlanRenderer plan(*doc);
        QVERIFY2(plan.allText().contains(u"Shipped "_s + shown + u'.'), qPrintable(plan.allText()));
        QCOMPARE(plan.allText().count(u"Shipped "_s), 1);
    }
};

QTEST_MAIN(TestDefects)
#include "tst_defects.moc"
