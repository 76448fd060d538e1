#include "storymap/storymapscene.h"

#include "storage/document.h"
#include "storymap/laneitem.h"
#include "storymap/storycarditem.h"
#include "storymap/storymapstyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Valuemap {

using namespace StoryMapStyle;

// The cards of one cell (a step's column in a lane) as its children, placed one under the
// other. It paints nothing; it tells the scene that its cards stay inside it, so the scene's
// index holds the cell and not each card, a card's move between lanes re-fills two cells, and a
// lane that moves takes its cells and their cards along in one setPos.
class CellItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 5 };

    CellItem(StepId step, ReleaseId release, QGraphicsItem *lane)
        : QGraphicsItem(lane), m_step(step), m_release(release)
    {
        setFlag(ItemContainsChildrenInShape);
        setAcceptedMouseButtons(Qt::NoButton); // clicks beside the cards go to the view's cell
    }

    int type() const override { return Type; }
    StepId step() const { return m_step; }
    ReleaseId release() const { return m_release; }
    int count() const { return m_count; }
    // The cards' bounds, their shadows and selection rings included (StoryCardItem::boundingRect).
    QRectF boundingRect() const override
    {
        return QRectF(-2, LanePadding - 2, CardWidth + 6, m_count * (CardHeight + Gap) + 6);
    }
    // Not ItemHasNoContents: the painter skips a cell (and its cards) outside the exposed area
    // only for an item with contents of its own.
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override { }

    void setCount(int count)
    {
        if (count == m_count)
            return;
        prepareGeometryChange();
        m_count = count;
    }

private:
    StepId m_step;
    ReleaseId m_release;
    int m_count = 0;
};

StoryMapScene::CellKey StoryMapScene::cellOf(const StoryCardItem *card) const
{
    const auto *cell = static_cast<const CellItem *>(card->parentItem());
    return cell ? CellKey { cell->step().value, cell->release().value } : CellKey { -1, -1 };
}

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
    for (int i = 0; i < stories.size(); ++i) {
        StoryCardItem *card = m_cards.value(stories[i]);
        if (!card)
            continue;
        card->setPos(0, LanePadding + i * (CardHeight + Gap)); // nothing when it stays
        if (card->parentItem() != cell)
            card->setParentItem(cell); // into the scene with it, the first time
    }
    cell->setCount(int(stories.size()));
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
    // Its cards, if any are left (a story whose step or release is gone), leave the scene with
    // it but stay the scene's: a later layout puts them back.
    for (QGraphicsItem *card : cell->childItems()) {
        card->setParentItem(nullptr);
        QGraphicsScene::removeItem(card);
    }
    m_cells.remove({ cell->step().value, cell->release().value });
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
    for (const CellKey &key : cells) {
        QList<qint64> stories;
        for (StoryId id : cellStories(StepId(key.first), ReleaseId(key.second)))
            stories.append(id.value);
        if (stories.isEmpty())
            emptied.append(key);
        else
            fillCell(key, stories);
    }
    for (const CellKey &key : std::as_const(emptied)) {
        if (CellItem *cell = m_cells.value(key))
            dropCell(cell);
    }
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
    for (int i = 0; i < numItems; ++i) {
        QGraphicsItem *item = items[i];
        if (item->flags() & QGraphicsItem::ItemHasNoContents)
            continue;
        painter->save();
        painter->setWorldTransform(item->sceneTransform() * view);
        painter->setOpacity(opacity * item->effectiveOpacity());
        item->paint(painter, &options[i], widget);
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
