// Defects seen on the way (issue 17): what each looked like is in the test's name.
#include "goals/incrementsview.h"
#include "releases/boarditems.h"
#include "releases/boardscene.h"
#include "storage/document.h"
#include "storymap/storymapscene.h"
#include "storymap/storymapstyle.h"
#include "storymap/storymapview.h"
#include "testsupport.h"
#include "vision/visionareaitem.h"
#include "vision/visioncanvas.h"

#include <QFile>
#include <QFontMetrics>
#include <QGraphicsScene>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Valuemap;

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
};

QTEST_MAIN(TestDefects)
#include "tst_defects.moc"
