#include "storymap/cellitem.h"

#include "storymap/laneitem.h"
#include "storymap/storycarditem.h"
#include "storymap/storymapscene.h"
#include "storymap/storymapstyle.h"
#include "workshop/votedots.h"

#include <QCache>
#include <QImage>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace Valuemap {

using namespace StoryMapStyle;

namespace {
constexpr qreal Slot = CardHeight + Gap;

// A cell's blocks far out, painted once into an image of whole device pixels and copied onto
// the view frame after frame (at fit a frame is otherwise two fills per card of the map). With
// everything the pixels depend on: the blocks (a changed block detaches the cell's list from
// the one kept here), the scale and the part of a pixel the cell is offset by (a scroll moves
// it by whole pixels), the colours and the lane's background behind the gaps, the antialiasing.
struct Picture
{
    QImage image;
    QPoint at; // the image's top left, from the whole pixels of the cell's device origin
    QList<CellItem::Block> blocks;
    QTransform local; // the scale, and the fraction of a pixel of the translation
    const ThemeColors *theme = nullptr;
    QRgb background = 0;
    bool antialiased = false;
};

// Held for the cells painted last: at most about a few screens' worth (cost in KiB).
QCache<const CellItem *, Picture> &pictures()
{
    static QCache<const CellItem *, Picture> cache(48 * 1024);
    return cache;
}

bool near(qreal a, qreal b)
{
    return std::abs(a - b) < 1e-9;
}
} // namespace

CellItem::CellItem(StepId step, ReleaseId release, QGraphicsItem *lane)
    : QGraphicsItem(lane), m_step(step), m_release(release)
{
    setFlag(ItemContainsChildrenInShape);
    // The part to paint, in the option: a cell paints only the cards there.
    setFlag(ItemUsesExtendedStyleOption);
    setAcceptedMouseButtons(Qt::NoButton); // clicks beside the cards go to the view's cell
}

CellItem::~CellItem()
{
    pictures().remove(this);
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
    if (plain && paintPicture(painter, world))
        return;
    for (int i = first; i <= last; ++i) {
        const Block &b = m_blocks.at(i); // at(): no copy of a list a picture shares
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

bool CellItem::paintPicture(QPainter *painter, const QTransform &world)
{
    // The same pixels as the fills of paint(): where that cannot be promised, paint() fills.
    const QPaintDevice *device = painter->device();
    if (world.type() > QTransform::TxScale || painter->opacity() < 1.0 || !device || device->devicePixelRatioF() != 1.0
        || painter->compositionMode() != QPainter::CompositionMode_SourceOver)
        return false;
    const auto *lane = parentItem();
    if (!lane || lane->type() != LaneItem::Type)
        return false;
    for (const Block &b : std::as_const(m_blocks)) {
        if (b.dots)
            return false;
    }
    const ThemeColors &theme = Theme::colors();
    // The gaps between the cards show the lane, which painted just this colour there.
    const QColor background = static_cast<const LaneItem *>(lane)->background();
    if (background.alpha() != 255)
        return false;
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    const qreal wholeX = std::floor(world.dx());
    const qreal wholeY = std::floor(world.dy());
    const QTransform local(world.m11(), 0, 0, world.m22(), world.dx() - wholeX, world.dy() - wholeY);

    Picture *picture = pictures().object(this);
    const bool current = picture && picture->blocks.constData() == m_blocks.constData()
            && picture->blocks.size() == m_blocks.size() && picture->theme == &theme
            && picture->background == background.rgba() && picture->antialiased == antialiased
            && near(picture->local.m11(), local.m11()) && near(picture->local.m22(), local.m22())
            && near(picture->local.dx(), local.dx()) && near(picture->local.dy(), local.dy());
    if (!current) {
        auto fresh = std::make_unique<Picture>();
        fresh->blocks = m_blocks;
        fresh->local = local;
        fresh->theme = &theme;
        fresh->background = background.rgba();
        fresh->antialiased = antialiased;
        // The pixels the fills cover, rounded as the raster engine rounds a fill (and no more:
        // a lane's dashed line may lie in the next row far out).
        auto pixels = [&](const QRectF &rect) {
            const QRectF r = local.mapRect(rect);
            return QRect(QPoint(qRound(r.left()), qRound(r.top())), QPoint(qRound(r.right()) - 1, qRound(r.bottom()) - 1));
        };
        const qreal lastTop = slotY(count() - 1);
        const QRect area = pixels(QRectF(0, slotY(0), CardWidth, CardHeight))
                                   .united(pixels(QRectF(0, lastTop, CardWidth, CardHeight)))
                                   .united(pixels(QRectF(0, lastTop + CardHeight - 18, CardWidth, 18)));
        fresh->at = area.topLeft();
        if (area.width() > 0 && area.height() > 0) {
            fresh->image = QImage(area.size(), QImage::Format_RGB32);
            fresh->image.fill(background);
            QPainter into(&fresh->image);
            into.setRenderHint(QPainter::Antialiasing, antialiased);
            into.setTransform(local * QTransform::fromTranslate(-area.left(), -area.top()));
            for (int i = 0; i < count(); ++i) {
                const Block &b = m_blocks.at(i); // at(): no copy of a list a picture shares
                into.setOpacity(b.matches ? 1.0 : FilteredOutOpacity);
                StoryCardItem::fillBlock(&into, QRectF(0, slotY(i), CardWidth, CardHeight),
                                         b.hasColor ? QColor::fromRgba(b.color) : QColor(), b.status, false);
            }
        }
        const qsizetype bytes = fresh->image.sizeInBytes();
        picture = fresh.get();
        if (!pictures().insert(this, fresh.release(), int(std::max<qsizetype>(1, bytes / 1024))))
            return false; // larger than the whole cache: paint() fills
    }
    if (picture->image.isNull())
        return true; // less than a pixel: nothing to paint
    painter->setWorldTransform(QTransform());
    painter->drawImage(QPointF(wholeX + picture->at.x(), wholeY + picture->at.y()), picture->image);
    painter->setWorldTransform(world);
    return true;
}

} // namespace Valuemap
