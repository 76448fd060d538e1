#pragma once

#include "domain/entities.h"
#include "storymap/cellitem.h"
#include "storage/changeset.h"
#include "storage/slicechecker.h"
#include "storage/storyfilter.h"

#include <QGraphicsScene>
#include <QHash>
#include <QLineF>
#include <QSet>

#include <utility>

namespace Valuemap {

class BackboneItem;
class Document;
class LaneItem;
class StoryCardItem;

// The story map as a scene: the backbone of activities and steps across the top, release lanes
// below, story cards in the cells. Items are created once and kept; a change of the document
// creates, deletes or refreshes only the items it touches, and a change of order moves only the
// items whose place changed. A card is a child of its cell's item, and a cell's item a child of
// its lane: a lane that grows moves the lanes below it, each in one setPos, and the scene's
// index holds lanes and cells, not cards (a cell says its cards stay inside it).
//
// Card items are built only for the cells a view shows close up (showRegion, which drops them
// again once the view is far away) and for the stories a user acts on (card()); every other
// cell paints its cards from the plan's data, and
// far out (compact blocks) every cell does, so a frame at "fit" costs one item per cell and a
// lane that moves carries few items.
class StoryMapScene final : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit StoryMapScene(Document *document, QObject *parent = nullptr);
    ~StoryMapScene() override;

    Document *document() const { return m_document; }
    // The story's card, built (with the rest of its cell) if it was not; null for a story
    // that is not on the map.
    StoryCardItem *card(StoryId id);
    // The card if it is built; never builds.
    StoryCardItem *builtCard(StoryId id) const { return m_cards.value(id.value); }
    bool isOnMap(StoryId id) const; // it has a cell (shown or hidden by a collapse)
    bool storyMatches(StoryId id) const; // the filter's verdict, as its card shows it
    // Where the story's card is (scene coordinates), built or not; empty if not on the map.
    QRectF storyRect(StoryId id) const;
    // A view shows `rect` at `lod`: close up, the cells there get their cards; far out (compact
    // blocks), the cells drop theirs, except those with a selected card or one of `keep`.
    void showRegion(const QRectF &rect, qreal lod, const QSet<qint64> &keep = {});
    // Close up, the cells that no longer meet `retain` (a view scrolled far from them) drop
    // their cards, so the items stay few however far a user scrolls; the same exceptions.
    void dropCardsOutside(const QRectF &retain, const QSet<qint64> &keep);
    // Builds the cards of the cells that meet `rect` (a rubber band, a click or a tooltip far
    // out: the user acts on those cards).
    void buildCards(const QRectF &rect);
    int builtCardCount() const { return int(m_cards.size()); }
    // Every card of the map as an item (a test or a tool that walks the scene's items).
    void buildAllCards();
    BackboneItem *activityItem(ActivityId id) const { return m_activities.value(id.value); }
    BackboneItem *stepItem(StepId id) const { return m_steps.value(id.value); }
    LaneItem *lane(ReleaseId id) const { return m_lanes.value(id.value); }
    QList<StoryId> selectedStories() const; // in map order

    void setFilter(const StoryFilter &filter);
    const StoryFilter &filter() const { return m_filter; }
    int matchingCount() const;
    void setLaneCollapsed(ReleaseId release, bool collapsed);
    bool isLaneCollapsed(ReleaseId release) const { return m_collapsedLanes.contains(release.value); }
    void setActivityCollapsed(ActivityId activity, bool collapsed);
    bool isActivityCollapsed(ActivityId activity) const { return m_collapsedActivities.contains(activity.value); }
    void setPersonasShown(bool shown);
    bool personasShown() const { return m_personasShown; }
    // Projector type: cards show their title large and bold until zoomed in close, with firmer
    // outlines, so a room can read a whole slice at once.
    void setPresentation(bool on);
    bool presentation() const { return m_presentation; }
    // Only these steps get a column, and only the activities above them show (a slice's page in
    // presentation mode); the other steps and their cards are hidden. Empty: every step.
    void setShownSteps(const QSet<qint64> &steps);
    const QSet<qint64> &shownSteps() const { return m_shownSteps; }

    // ---- the grid --------------------------------------------------------------------------
    QList<ReleaseId> laneOrder() const; // the releases in order, then the unplanned lane
    QList<StepId> columnSteps() const; // the steps that have a column, left to right
    QList<StoryId> cellStories(StepId step, ReleaseId release) const;
    QRectF cellRect(StepId step, ReleaseId release) const;
    QRectF laneRect(ReleaseId release) const;
    // Where the first n cards of a cell end: the y of the gap after card n-1.
    qreal cellSlotY(ReleaseId release, int slot) const;
    // The position among the step's stories (all lanes, without `excluding`) that puts a story
    // at slot `cellIndex` of the cell (step, release); keeps the step's order in lane order.
    int stepIndexForCell(StepId step, ReleaseId release, int cellIndex, const QSet<qint64> &excluding) const;

    struct DropTarget
    {
        bool valid = false;
        StepId step;
        ReleaseId release;
        int stepIndex = -1;
        QLineF indicator;
    };
    DropTarget storyDropTarget(const QPointF &scenePos, const QSet<qint64> &moving) const;
    // The cell under a scene position (for double-click and paste), if any.
    bool cellAt(const QPointF &scenePos, StepId *step, ReleaseId *release) const;
    // For keyboard navigation: the card dx columns and dy cards away (dy counts across lanes).
    StoryId neighbour(StoryId from, int dx, int dy) const;
    // The column index a story is in, and its row in the column's top-to-bottom order.
    int columnOf(StepId step) const { return int(m_columnSteps.indexOf(step)); }
    QList<StoryId> columnStories(StepId step) const;

signals:
    void relaidOut();

protected:
    void helpEvent(QGraphicsSceneHelpEvent *event) override;
    void drawItems(QPainter *painter, int numItems, QGraphicsItem *items[],
                   const QStyleOptionGraphicsItem options[], QWidget *widget) override;

private:
    using CellKey = std::pair<qint64, qint64>; // step, release

    void build();
    void onChanged(const ChangeSet &changes);
    // Everything: the columns, every cell, the lanes (storymapscene_layout.cpp).
    void relayout();
    // Only these cells (their cards changed place), then the lanes' heights and places.
    void relayoutCells(const QSet<CellKey> &cells);
    void fillCell(const CellKey &key, const QList<qint64> &stories);
    void placeCell(CellItem *cell);
    void placeLanes();
    void dropCell(CellItem *cell);
    void dropLane(qint64 release);
    CellItem *cellOfStory(qint64 story) const;
    void buildCell(CellItem *cell);
    void unbuildCell(CellItem *cell);
    StoryCardItem *createCard(qint64 id, CellItem *cell, int index);
    CellItem::Block blockOf(qint64 story) const;
    void refreshBlock(qint64 story);
    QList<CellItem *> cellsIn(const QRectF &rect) const;
    // Drops the card items left in these cells whose stories went elsewhere or away.
    void pruneCells(const QList<CellItem *> &cells);
    bool keepsCards(const CellItem *cell, const QSet<qint64> &keep) const;
    void updatePersonaRow();
    void refreshLanes();
    void refreshBackbone();
    void applyFilter(StoryCardItem *card);
    bool matches(qint64 story) const;
    void removeCard(qint64 id);

    Document *m_document = nullptr;
    SliceChecker m_slices; // the lanes' totals and checks, kept up to date change by change
    QHash<qint64, StoryCardItem *> m_cards;
    QHash<qint64, BackboneItem *> m_activities;
    QHash<qint64, BackboneItem *> m_steps;
    QHash<qint64, LaneItem *> m_lanes; // key 0: the unplanned lane
    QHash<CellKey, CellItem *> m_cells; // only cells with cards
    QHash<qint64, CellKey> m_cellOf; // story → the cell it is shown in
    QSet<CellItem *> m_builtCells;
    QGraphicsItem *m_personas = nullptr;
    StoryFilter m_filter;
    QSet<qint64> m_collapsedLanes;
    QSet<qint64> m_collapsedActivities;
    bool m_personasShown = true;
    bool m_presentation = false;
    QSet<qint64> m_shownSteps; // empty: all

    // The last layout, for hit testing.
    QList<StepId> m_columnSteps; // per column; invalid for an activity without steps or collapsed
    QHash<qint64, QPair<qreal, qreal>> m_laneSpans; // release → top, height
    qreal m_lanesTop = 0;
    qreal m_width = 0;
};

} // namespace Valuemap
