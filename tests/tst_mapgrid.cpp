// The story map's grid of lanes and columns: every card of the plan in its cell, in its step's
// order, after every kind of change and its undo; the lanes' summaries say what a slice lacks.
#include "storage/document.h"
#include "storymap/laneitem.h"
#include "storymap/storycarditem.h"
#include "storymap/storymapscene.h"
#include "storymap/storymapscreen.h"
#include "storymap/storymapview.h"
#include "mapscreentest.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Valuemap;

class TestMapGrid : public Test::MapScreenTest
{
    Q_OBJECT

private:
    // What a user sees of the grid: every card of a shown lane and column in its cell, in the
    // step's order, one under the other; the cards of a collapsed lane or activity hidden; the
    // lanes one under the other without gaps; a click on a card's middle finds the card.
    void verifyEveryCardInItsCell() const
    {
        const QList<ReleaseId> lanes = scene()->laneOrder();
        for (int i = 0; i + 1 < lanes.size(); ++i)
            QCOMPARE(scene()->laneRect(lanes[i]).bottom(), scene()->laneRect(lanes[i + 1]).top());
        int shown = 0;
        for (ActivityId a : m_doc->activities()) {
            for (StepId s : m_doc->steps(a)) {
                for (ReleaseId r : lanes) {
                    const QList<StoryId> cell = scene()->cellStories(s, r);
                    const bool visible = !scene()->isLaneCollapsed(r) && !scene()->isActivityCollapsed(a);
                    for (int k = 0; k < cell.size(); ++k) {
                        StoryCardItem *card = scene()->card(cell[k]);
                        QVERIFY(card);
                        QCOMPARE(card->isVisible(), visible);
                        if (!visible)
                            continue;
                        ++shown;
                        const QRectF box = card->sceneBoundingRect();
                        QVERIFY2(scene()->cellRect(s, r).contains(box.center()),
                                 qPrintable(u"%1 is not in its cell"_s.arg(card->title())));
                        QCOMPARE(box.top() + 2, scene()->cellSlotY(r, k));
                        QVERIFY(scene()->laneRect(r).contains(box.adjusted(2, 2, -4, -4)));
                        const QList<QGraphicsItem *> hit = scene()->items(box.center());
                        QVERIFY(!hit.isEmpty());
                        QCOMPARE(hit.first(), card);
                    }
                }
            }
        }
        int visibleCards = 0;
        for (QGraphicsItem *item : scene()->items())
            visibleCards += item->type() == StoryCardItem::Type && item->isVisible() ? 1 : 0;
        QCOMPARE(visibleCards, shown);
    }

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    void init() { openSampleMap(); }
    void cleanup() { closeMap(); }

    void showsTheWholePlan()
    {
        for (qint64 id : m_doc->store().group(Table::Story, -1, 0))
            QVERIFY(scene()->isOnMap(StoryId(id)));
        scene()->buildAllCards(); // items only where the view shows them, unless asked for all
        int cards = 0;
        for (QGraphicsItem *item : scene()->items())
            cards += item->type() == StoryCardItem::Type ? 1 : 0;
        QCOMPARE(cards, int(m_doc->store().count(Table::Story)));
        QCOMPARE(scene()->laneOrder().size(), 4); // three releases and Unplanned
        // The delivered MVP shipped nothing for "Manage subscription": its lane says so. Release 3
        // has no story for "Sign up", but builds on the delivered MVP there; it has no goal.
        const QString mvp = scene()->lane(m_doc->releases().at(0))->summary().warnings.join(u'\n');
        QVERIFY2(mvp.contains(u"Not a working product"_s) && mvp.contains(u"Manage subscription"_s), qPrintable(mvp));
        const QString release3 = scene()->lane(m_doc->releases().at(2))->summary().warnings.join(u'\n');
        QVERIFY2(!release3.contains(u"Not a working product"_s), qPrintable(release3));
        QVERIFY(release3.contains(u"No customer goal"_s));
        const QString release2 = scene()->lane(m_doc->releases().at(1))->summary().warnings.join(u'\n');
        QVERIFY2(!release2.contains(u"Not a working product"_s), qPrintable(release2));
        // Undeliver the MVP: now Release 3 misses "Sign up" too.
        QVERIFY(m_doc->setReleaseField(m_doc->releases().at(0), ReleaseField::Status, int(ReleaseStatus::InProgress)));
        QVERIFY(scene()->lane(m_doc->releases().at(2))->summary().warnings.join(u'\n').contains(u"Sign up"_s));
        // Cards sit in their cells: the first story of a step in the MVP lane is inside that cell.
        const StoryId first = m_doc->storiesInRelease(m_doc->releases().first()).first();
        const Story s = m_doc->story(first);
        QVERIFY(scene()->cellRect(s.stepId, s.releaseId).contains(scene()->card(first)->sceneBoundingRect().center()));
    }

    void cardsFollowEveryChangeIntoTheirCells_data()
    {
        QTest::addColumn<QString>("change");
        for (const char *change : { "move to another lane", "move to another step", "move within the cell",
                                    "add", "delete", "collapse a lane", "collapse an activity",
                                    "delete a release", "add a release", "move a release", "delete a step",
                                    "move an activity", "filter", "hide personas" })
            QTest::newRow(change) << QString::fromLatin1(change);
    }

    void cardsFollowEveryChangeIntoTheirCells()
    {
        QFETCH(QString, change);
        verifyEveryCardInItsCell();
        const QList<ReleaseId> releases = m_doc->releases();
        const StoryId first = m_doc->storiesInRelease(releases.first()).first();
        const Story s = m_doc->story(first);
        const qreal below = scene()->laneRect(ReleaseId()).top();
        if (change == u"move to another lane")
            QVERIFY(m_doc->moveStories({ first }, s.stepId, releases.at(1), 0));
        else if (change == u"move to another step")
            QVERIFY(m_doc->moveStories({ first }, step(1, 0), s.releaseId, 0));
        else if (change == u"move within the cell")
            QVERIFY(m_doc->moveStories({ first }, s.stepId, s.releaseId, int(m_doc->stories(s.stepId).size())));
        else if (change == u"add") {
            for (int i = 0; i < 6; ++i) // the lane grows: the lanes below move
                QVERIFY(m_doc->addStory(s.stepId, s.releaseId, u"Added %1"_s.arg(i)).isValid());
            QVERIFY(scene()->laneRect(ReleaseId()).top() > below);
        } else if (change == u"delete")
            QVERIFY(m_doc->deleteStories({ first }));
        else if (change == u"collapse a lane")
            scene()->setLaneCollapsed(releases.at(1), true);
        else if (change == u"collapse an activity")
            scene()->setActivityCollapsed(m_doc->activities().first(), true);
        else if (change == u"delete a release")
            QVERIFY(m_doc->deleteRelease(releases.first()));
        else if (change == u"add a release")
            QVERIFY(m_doc->addRelease(u"Between"_s, 1).isValid());
        else if (change == u"move a release")
            QVERIFY(m_doc->moveRelease(releases.first(), 2));
        else if (change == u"delete a step")
            QVERIFY(m_doc->deleteStep(s.stepId));
        else if (change == u"move an activity")
            QVERIFY(m_doc->moveActivity(m_doc->activities().first(), 2));
        else if (change == u"filter") {
            StoryFilter filter;
            filter.text = s.title;
            scene()->setFilter(filter);
            QVERIFY(scene()->card(first)->matchesFilter());
            QVERIFY(scene()->matchingCount() < m_doc->store().count(Table::Story));
        } else if (change == u"hide personas")
            scene()->setPersonasShown(false);
        verifyEveryCardInItsCell();
        // Undo puts every card back, through the same paths.
        if (m_doc->undoStack()->canUndo() && change != u"filter" && !change.startsWith(u"collapse"_s)
            && change != u"hide personas") {
            QVERIFY(m_doc->undo());
            verifyEveryCardInItsCell();
        }
        if (change == u"collapse a lane") {
            scene()->setLaneCollapsed(releases.at(1), false);
            verifyEveryCardInItsCell();
        }
    }
};

QTEST_MAIN(TestMapGrid)
#include "tst_mapgrid.moc"
