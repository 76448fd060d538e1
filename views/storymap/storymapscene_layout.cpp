#include "storymap/storymapscene.h"

#include "storage/document.h"
#include "storymap/cellitem.h"
#include "storymap/laneitem.h"
#include "storymap/storycarditem.h"
#include "storymap/storymapstyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Valuemap {

using namespace StoryMapStyle;

void StoryMapScene::fillCell(const CellKey &key, const QList<qint64> &stories)
{
    CellItem *cell = m_cells.value(key);
    if (!cell) {
        LaneItem *lane = m_lanes.value(key.second);
        if (!lane)
            return; // a release the plan does not have: its stories are not on the map
        cell = new CellItem(StepId(key.first), ReleaseId(key.second), lane);
        m_cells.insert(key, cell);
        placeCell(cell);
    }
    // The blocks a cell paints far out; read again only when its stories changed (a story's
    // own change comes through refreshBlock).
    const QList<CellItem::Block> &old = cell->blocks();
    bool same = old.size() == stories.size();
    for (int i = 0; same && i < stories.size(); ++i)
        same = old[i].story == stories[i];
    // A card that is built goes on being an item in its new cell, and so does the rest of it.
    bool build = cell->isBuilt();
    for (qint64 id : stories) {
        m_cellOf.insert(id, key);
        build = build || m_cards.contains(id);
    }
    if (!same) {
        QList<CellItem::Block> blocks;
        blocks.reserve(stories.size());
        for (qint64 id : stories)
            blocks.append(blockOf(id));
        cell->setBlocks(blocks);
    }
    if (build)
        buildCell(cell);
}

void StoryMapScene::placeCell(CellItem *cell)
{
    const int col = columnOf(cell->step());
    // The cards of a collapsed activity's steps (no column) and of a collapsed lane are hidden.
    cell->setVisible(col >= 0 && !isLaneCollapsed(cell->release()));
    if (col >= 0)
        cell->setPos(Gutter + col * ColumnWidth, 0);
}

void StoryMapScene::dropCell(CellItem *cell)
{
    // Its cards, if any are left (a story whose step or release is gone), go with it; the
    // stories are built again where a later layout puts them.
    unbuildCell(cell);
    const CellKey key { cell->step().value, cell->release().value };
    for (const CellItem::Block &b : cell->blocks()) {
        if (auto it = m_cellOf.find(b.story); it != m_cellOf.end() && *it == key)
            m_cellOf.erase(it);
    }
    m_cells.remove(key);
    delete cell;
}

void StoryMapScene::dropLane(qint64 release)
{
    LaneItem *lane = m_lanes.take(release);
    if (!lane)
        return;
    for (QGraphicsItem *child : lane->childItems()) {
        if (child->type() == CellItem::Type)
            dropCell(static_cast<CellItem *>(child));
    }
    delete lane;
}

void StoryMapScene::relayoutCells(const QSet<CellKey> &cells)
{
    // First fill, then drop the cells left empty: a card moved between two of them is in its
    // new cell before the old one goes.
    QList<CellKey> emptied;
    QList<CellItem *> touched;
    for (const CellKey &key : cells) {
        QList<qint64> stories;
        for (StoryId id : cellStories(StepId(key.first), ReleaseId(key.second)))
            stories.append(id.value);
        if (stories.isEmpty())
            emptied.append(key);
        else
            fillCell(key, stories);
        if (CellItem *cell = m_cells.value(key); cell && !stories.isEmpty())
            touched.append(cell);
    }
    for (const CellKey &key : std::as_const(emptied)) {
        if (CellItem *cell = m_cells.value(key))
            dropCell(cell);
    }
    pruneCells(touched);
    placeLanes();
}

void StoryMapScene::drawItems(QPainter *painter, int numItems, QGraphicsItem *items[],
                              const QStyleOptionGraphicsItem options[], QWidget *widget)
{
    // Only render() (exports, prints, slides) comes here; views draw the tree themselves. Qt's
    // own version draws the whole tree of each item's top-level item, which for a card is its
    // lane with every card in it: a poster's tile painted every card of the lanes it crossed.
    // These are exactly the items in the source rectangle, back to front.
    const QTransform view = painter->worldTransform();
    const qreal opacity = painter->opacity();
    // render() gives a cell its exposed part in scene coordinates; a cell paints the cards in
    // its own (CellItem::paint).
    const QRectF sceneExposed = painter->hasClipping() ? painter->clipBoundingRect() : sceneRect();
    for (int i = 0; i < numItems; ++i) {
        QGraphicsItem *item = items[i];
        if (item->flags() & QGraphicsItem::ItemHasNoContents)
            continue;
        painter->save();
        painter->setWorldTransform(item->sceneTransform() * view);
        painter->setOpacity(opacity * item->effectiveOpacity());
        if (item->type() == CellItem::Type) {
            QStyleOptionGraphicsItem option = options[i];
            option.exposedRect = item->mapRectFromScene(sceneExposed) & item->boundingRect();
            item->paint(painter, &option, widget);
        } else {
            item->paint(painter, &options[i], widget);
        }
        painter->restore();
    }
}

void StoryMapScene::placeLanes()
{
    // Lanes: tall enough for the fullest cell plus a strip to drop or add into below it: not a
    // whole empty card row, which made every lane look half empty.
    constexpr qreal DropRoom = 36;
    m_laneSpans.clear();
    qreal y = m_lanesTop;
    const QList<ReleaseId> lanes = laneOrder();
    for (int li = 0; li < lanes.size(); ++li) {
        const ReleaseId release = lanes[li];
        const bool collapsed = isLaneCollapsed(release);
        int fullest = 0;
        for (StepId step : std::as_const(m_columnSteps)) {
            if (const CellItem *cell = step.isValid() ? m_cells.value({ step.value, release.value }) : nullptr)
                fullest = std::max(fullest, cell->count());
        }
        LaneItem *lane = m_lanes.value(release.value);
        const qreal warningsRoom = lane ? 16.0 * lane->summary().warnings.size() * 2 : 0.0;
        const qreal height = collapsed ? CollapsedLaneHeight
                                       : std::max(LaneHeaderMinHeight + warningsRoom,
                                                  fullest * (CardHeight + Gap) + DropRoom + 2 * LanePadding);
        if (lane) {
            lane->setPos(0, y); // its cells and their cards with it
            lane->setGeometry(m_width, height, li % 2 == 1);
        }
        m_laneSpans.insert(release.value, { y, height });
        y += height;
    }
    setSceneRect(0, 0, m_width, y + Margin);
    emit relaidOut();
}

} // namespace Valuemap
