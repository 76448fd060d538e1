#include "storymap/storymapscene.h"

#include "storage/document.h"
#include "storymap/cellitem.h"
#include "storymap/storycarditem.h"
#include "storymap/storymapstyle.h"
#include "workshop/votedots.h"

#include <cmath>

namespace Valuemap {

using namespace StoryMapStyle;

// Which cards are items: those of the cells a view shows close up and those a user acts on
// (StoryMapScene::card); the other cells paint their cards from these blocks (CellItem).

CellItem::Block StoryMapScene::blockOf(qint64 story) const
{
    CellItem::Block b;
    b.story = story;
    const Row *row = m_document->store().row(Table::Story, story);
    if (!row)
        return b;
    const QString color = row->at(StoryCol::Color).toString();
    if (!color.isEmpty()) {
        const QColor c = QColor::fromString(color);
        b.hasColor = c.isValid();
        b.color = c.rgba();
    }
    b.status = quint8(std::clamp(row->at(StoryCol::Status).toInt(), 0, 255));
    b.matches = matches(story);
    b.dots = !VoteDots::onStory(*m_document, StoryId(story)).isEmpty();
    return b;
}

void StoryMapScene::refreshBlock(qint64 story)
{
    if (CellItem *cell = cellOfStory(story))
        cell->setBlock(cell->indexOf(story), blockOf(story));
}

CellItem *StoryMapScene::cellOfStory(qint64 story) const
{
    const auto it = m_cellOf.constFind(story);
    return it == m_cellOf.cend() ? nullptr : m_cells.value(*it);
}

StoryCardItem *StoryMapScene::card(StoryId id)
{
    if (StoryCardItem *card = m_cards.value(id.value))
        return card;
    CellItem *cell = cellOfStory(id.value);
    if (!cell)
        return nullptr;
    buildCell(cell);
    return m_cards.value(id.value);
}

bool StoryMapScene::isOnMap(StoryId id) const
{
    return cellOfStory(id.value) != nullptr;
}

bool StoryMapScene::storyMatches(StoryId id) const
{
    if (const CellItem *cell = cellOfStory(id.value)) {
        if (const int i = cell->indexOf(id.value); i >= 0)
            return cell->blocks().at(i).matches;
    }
    return matches(id.value);
}

QRectF StoryMapScene::storyRect(StoryId id) const
{
    const CellItem *cell = cellOfStory(id.value);
    const int i = cell ? cell->indexOf(id.value) : -1;
    if (i < 0)
        return {};
    return QRectF(cell->scenePos() + QPointF(0, CellItem::slotY(i)), QSizeF(CardWidth, CardHeight));
}

void StoryMapScene::buildCell(CellItem *cell)
{
    const QList<CellItem::Block> &blocks = cell->blocks();
    for (int i = 0; i < blocks.size(); ++i) {
        if (StoryCardItem *card = m_cards.value(blocks[i].story)) {
            card->setPos(0, CellItem::slotY(i)); // nothing when it stays
            if (card->parentItem() != cell)
                card->setParentItem(cell);
        } else {
            createCard(blocks[i].story, cell, i);
        }
    }
    cell->setBuilt(true);
    m_builtCells.insert(cell);
}

void StoryMapScene::unbuildCell(CellItem *cell)
{
    for (QGraphicsItem *child : cell->childItems()) {
        if (child->type() == StoryCardItem::Type)
            removeCard(static_cast<StoryCardItem *>(child)->storyId().value);
        else
            delete child;
    }
    cell->setBuilt(false);
    m_builtCells.remove(cell);
}

void StoryMapScene::pruneCells(const QList<CellItem *> &cells)
{
    for (CellItem *cell : cells) {
        if (!cell->isBuilt())
            continue;
        const CellKey key { cell->step().value, cell->release().value };
        for (QGraphicsItem *child : cell->childItems()) {
            const qint64 story = static_cast<StoryCardItem *>(child)->storyId().value;
            if (m_cellOf.value(story, { -1, -1 }) != key)
                removeCard(story);
        }
    }
}

QList<CellItem *> StoryMapScene::cellsIn(const QRectF &rect) const
{
    QList<CellItem *> cells;
    if (m_columnSteps.isEmpty())
        return cells;
    const int last = int(m_columnSteps.size()) - 1;
    const int from = std::clamp(int(std::floor((rect.left() - Gutter) / ColumnWidth)), 0, last);
    const int to = std::clamp(int(std::floor((rect.right() - Gutter) / ColumnWidth)), 0, last);
    for (auto it = m_laneSpans.cbegin(); it != m_laneSpans.cend(); ++it) {
        const auto [top, height] = *it;
        if (top > rect.bottom() || top + height < rect.top())
            continue;
        for (int col = from; col <= to; ++col) {
            const StepId step = m_columnSteps[col];
            if (!step.isValid())
                continue;
            if (CellItem *cell = m_cells.value({ step.value, it.key() }); cell && cell->isVisible())
                cells.append(cell);
        }
    }
    return cells;
}

bool StoryMapScene::keepsCards(const CellItem *cell, const QSet<qint64> &keep) const
{
    for (const QGraphicsItem *child : cell->childItems()) {
        if (child->isSelected() || child->hasFocus()
            || keep.contains(static_cast<const StoryCardItem *>(child)->storyId().value))
            return true;
    }
    return false;
}

void StoryMapScene::showRegion(const QRectF &rect, qreal lod, const QSet<qint64> &keep)
{
    if (lod < StoryCardItem::compactLod(m_presentation)) {
        // Far out the cells paint every card as a block: the items would only cost.
        dropCardsOutside(QRectF(), keep);
        return;
    }
    buildCards(rect);
}

void StoryMapScene::dropCardsOutside(const QRectF &retain, const QSet<qint64> &keep)
{
    // What a view has left behind goes back to being painted from data (a scroll back builds
    // it again).
    QSet<const CellItem *> near;
    if (!retain.isEmpty()) {
        for (const CellItem *cell : cellsIn(retain))
            near.insert(cell);
    }
    const QList<CellItem *> built(m_builtCells.cbegin(), m_builtCells.cend());
    for (CellItem *cell : built) {
        if (!near.contains(cell) && !keepsCards(cell, keep))
            unbuildCell(cell);
    }
}

void StoryMapScene::buildCards(const QRectF &rect)
{
    for (CellItem *cell : cellsIn(rect)) {
        if (!cell->isBuilt())
            buildCell(cell);
    }
}

void StoryMapScene::buildAllCards()
{
    for (CellItem *cell : std::as_const(m_cells)) {
        if (!cell->isBuilt())
            buildCell(cell);
    }
}

} // namespace Valuemap
