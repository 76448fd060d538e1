#include "storymap/cellitem.h"

#include "storymap/storycarditem.h"
#include "storymap/storymapscene.h"
#include "storymap/storymapstyle.h"
#include "workshop/votedots.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace Valuemap {

using namespace StoryMapStyle;

namespace {
constexpr qreal Slot = CardHeight + Gap;
} // namespace

CellItem::CellItem(StepId step, ReleaseId release, QGraphicsItem *lane)
    : QGraphicsItem(lane), m_step(step), m_release(release)
{
    setFlag(ItemContainsChildrenInShape);
    // The part to paint, in the option: a cell paints only the cards there.
    setFlag(ItemUsesExtendedStyleOption);
    setAcceptedMouseButtons(Qt::NoButton); // clicks beside the cards go to the view's cell
}

qreal CellItem::slotY(int index)
{
    return LanePadding + index * Slot;
}

QRectF CellItem::boundingRect() const
{
    return QRectF(-2, LanePadding - 2, CardWidth + 6, count() * Slot + 6);
}

void CellItem::setBlocks(const QList<Block> &blocks)
{
    if (blocks.size() != m_blocks.size())
        prepareGeometryChange();
    m_blocks = blocks;
    if (!m_built)
        update();
}

void CellItem::setBlock(int index, const Block &block)
{
    if (index < 0 || index >= m_blocks.size())
        return;
    m_blocks[index] = block;
    if (!m_built)
        update(QRectF(-2, slotY(index) - 2, CardWidth + 6, CardHeight + 6));
}

int CellItem::indexOf(qint64 story) const
{
    for (int i = 0; i < m_blocks.size(); ++i) {
        if (m_blocks[i].story == story)
            return i;
    }
    return -1;
}

void CellItem::setBuilt(bool built)
{
    if (m_built == built)
        return;
    m_built = built;
    update();
}

void CellItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    if (m_built || m_blocks.isEmpty())
        return; // the cards paint themselves
    auto *map = static_cast<StoryMapScene *>(scene());
    if (!map)
        return;
    const bool projector = map->presentation();
    const QTransform world = painter->worldTransform();
    const qreal lod = option->levelOfDetailFromTransform(world);
    const qreal opacity = painter->opacity();
    // The cards whose bounds (shadow and ring: -2 … +4) meet the part to paint.
    const QRectF exposed = option->exposedRect;
    const int first = std::max(0, int(std::floor((exposed.top() - LanePadding - CardHeight - 4) / Slot)));
    const int last = std::min(count() - 1, int(std::ceil((exposed.bottom() - LanePadding + 2) / Slot)));
    const bool compact = lod < StoryCardItem::compactLod(projector);
    // On screen, where a card is too small for its status sign (paintCompactSign), a block is
    // two fills placed in the cell's coordinates, without a transform per card (most of a frame
    // at fit). Paper keeps its drawing as it was, to the byte.
    const QRectF device = world.mapRect(QRectF(0, 0, CardWidth, CardHeight));
    const bool plain = compact && widget && (projector || device.width() < 28 || device.height() < 18);
    for (int i = first; i <= last; ++i) {
        const Block &b = m_blocks[i];
        painter->setOpacity(b.matches ? opacity : opacity * FilteredOutOpacity);
        if (plain && !b.dots) {
            if (painter->worldTransform() != world)
                painter->setWorldTransform(world);
            StoryCardItem::fillBlock(painter, QRectF(0, slotY(i), CardWidth, CardHeight),
                                     b.hasColor ? QColor::fromRgba(b.color) : QColor(), b.status, false);
            continue;
        }
        painter->setWorldTransform(QTransform::fromTranslate(0, slotY(i)) * world);
        if (compact) {
            StoryCardItem::paintBlock(painter, b.hasColor ? QColor::fromRgba(b.color) : QColor(), b.status, false,
                                      projector, widget);
            if (b.dots) {
                VoteDots::paint(painter, QRectF(10, CardHeight - 46, CardWidth - 14, 22),
                                VoteDots::onStory(*map->document(), StoryId(b.story)), lod);
            }
        } else {
            // Close up a view builds the cards it shows before it paints them; this is for
            // what no view asked for (an export, a frame before the view caught up).
            StoryCardItem card { StoryId(b.story) };
            card.refresh(*map->document());
            card.paintCard(painter, option, widget, projector);
        }
    }
    painter->setWorldTransform(world);
    painter->setOpacity(opacity);
}

} // namespace Valuemap
