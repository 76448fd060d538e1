#pragma once

#include "domain/ids.h"

#include <QColor>
#include <QGraphicsItem>
#include <QList>

namespace Valuemap {

// The cards of one cell (a step's column in a lane), placed one under the other. The scene's
// index holds the cell and not each card, a card's move between lanes re-fills two cells, and a
// lane that moves takes its cells along in one setPos.
//
// Card items exist only where a view shows them (or a user acts on one): a cell is either
// built, its cards are its children and paint themselves, or it is not, and it paints its cards
// from the plan's data as they would look: compact blocks far out (from the few fields kept
// here), full cards close up (read when painted; views build such cells before they show them).
class CellItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 5 };

    // What a compact block shows of a story, kept per card so that painting a whole map far out
    // reads nothing from the document.
    struct Block
    {
        qint64 story = 0;
        QRgb color = 0; // the story's own colour, if hasColor
        bool hasColor = false;
        bool matches = true; // the filter's; dimmed otherwise
        bool dots = false; // a vote's dots on it
        quint8 status = 0;
    };

    CellItem(StepId step, ReleaseId release, QGraphicsItem *lane);
    ~CellItem() override;

    int type() const override { return Type; }
    StepId step() const { return m_step; }
    ReleaseId release() const { return m_release; }
    int count() const { return int(m_blocks.size()); }
    const QList<Block> &blocks() const { return m_blocks; }
    void setBlocks(const QList<Block> &blocks);
    void setBlock(int index, const Block &block);
    int indexOf(qint64 story) const;
    bool isBuilt() const { return m_built; }
    void setBuilt(bool built);
    // Where card `index` sits in the cell.
    static qreal slotY(int index);
    // The cards' bounds, their shadows and selection rings included (StoryCardItem::boundingRect).
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    // Far out on screen: the blocks as one picture, kept while nothing it shows changed.
    bool paintPicture(QPainter *painter, const QTransform &world);

    StepId m_step;
    ReleaseId m_release;
    QList<Block> m_blocks;
    bool m_built = false;
};

} // namespace Valuemap
