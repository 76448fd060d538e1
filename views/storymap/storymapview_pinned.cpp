// StoryMapView: the frame's canvas, and the pinned strips kept as pictures between frames.
#include "storymap/storymapview.h"

#include "storymap/backboneitem.h"
#include "storymap/laneitem.h"
#include "storymap/storymapscene.h"
#include "storymap/storymapstyle.h"
#include "widgets/theme.h"

#include <QPainter>

#include <cmath>

namespace Valuemap {

namespace {

enum FaceFlag { Selected = 1, Shaded = 2, Collapsed = 4, Delivered = 8, Activity = 16 };

} // namespace

void StoryMapView::drawBackground(QPainter *painter, const QRectF &rect)
{
    // The lanes paint their bands opaque, and far out they are most of the frame: the canvas
    // goes only where no lane covers whole pixels, instead of under every lane as well (the
    // viewport is not cleared before either: see the constructor). In whole device pixels
    // only, so that no pixel at a lane's edge is left to what the last frame had there.
    const QPaintDevice *device = painter->device();
    const ThemeColors &theme = Theme::colors();
    if (!device || device->devicePixelRatioF() != 1.0 || painter->worldTransform().type() > QTransform::TxScale
        || theme.canvas.alpha() != 255 || theme.canvasShaded.alpha() != 255) {
        QGraphicsView::drawBackground(painter, rect);
        return;
    }
    const QTransform world = painter->worldTransform();
    QRegion canvas(world.mapRect(rect).toAlignedRect());
    for (ReleaseId release : m_scene->laneOrder()) {
        const LaneItem *lane = m_scene->lane(release);
        if (!lane || !lane->isVisible() || lane->effectiveOpacity() < 1.0)
            continue;
        const QRectF band = world.mapRect(lane->sceneBoundingRect());
        canvas -= QRect(QPoint(int(std::ceil(band.left())), int(std::ceil(band.top()))),
                        QPoint(int(std::floor(band.right())) - 1, int(std::floor(band.bottom())) - 1));
    }
    painter->save();
    painter->resetTransform();
    for (const QRect &r : canvas)
        painter->fillRect(r, backgroundBrush());
    painter->restore();
}

// Far out the strips are most of a frame's work (rounded headers, their labels, the lanes'
// dashed lines) and change far less often than frames are painted: on a hover, a selection
// elsewhere or a scroll across the strip they are the same picture. What a pinned item's
// paint() reads is compared instead of trusted to an invalidation, so that a rename, a theme,
// a zoom or a collapse shows at once, however it came.
void StoryMapView::drawPinnedStrip(QPainter *painter, PinnedPicture &picture, const QRectF &area, const Pinned &pinned,
                                   int itemType, const std::function<void(QPainter *)> &paint)
{
    const QPaintDevice *device = painter->device();
    if (!device || device->devicePixelRatioF() != 1.0 || painter->opacity() < 1.0
        || painter->compositionMode() != QPainter::CompositionMode_SourceOver) {
        picture = {};
        paint(painter); // kept in whole device pixels only where they are the viewport's
        return;
    }
    QList<PinnedFace> faces;
    faces.reserve(pinned.items.size());
    for (const auto &[item, rect] : pinned.items) {
        if (item->type() != itemType)
            continue;
        PinnedFace face;
        face.item = item;
        face.rect = rect;
        face.flags = item->isSelected() ? Selected : 0;
        if (itemType == LaneItem::Type) {
            const auto *lane = static_cast<const LaneItem *>(item);
            const LaneItem::Summary &summary = lane->summary();
            face.title = summary.name;
            face.detail = summary.totals;
            face.warnings = summary.warnings;
            face.progress = summary.progress;
            face.flags |= (lane->shaded() ? Shaded : 0) | (summary.collapsed ? Collapsed : 0)
                    | (summary.delivered ? Delivered : 0);
        } else {
            const auto *backbone = static_cast<const BackboneItem *>(item);
            face.title = backbone->title();
            face.detail = backbone->detail();
            face.color = backbone->color();
            face.flags |= backbone->kind() == BackboneItem::Activity ? FaceFlag::Activity : 0;
        }
        faces.append(face);
    }
    // A pixel around the strip for the lines' caps and antialiased edges (left transparent).
    const QRect pixels = QRect(QPoint(int(std::floor(area.left())) - 1, int(std::floor(area.top())) - 1),
                               QPoint(int(std::ceil(area.right())) + 1, int(std::ceil(area.bottom())) + 1))
                                 .intersected(viewport()->rect());
    if (pixels.isEmpty())
        return;
    const int hints = int(painter->renderHints());
    const QString font = QFont().key(); // the labels' default font is the application's
    const void *theme = &Theme::colors();
    if (picture.image.isNull() || picture.pixels != pixels || picture.area != area || picture.zoom != m_zoom
        || picture.theme != theme || picture.hints != hints || picture.font != font || picture.faces != faces) {
        picture.faces = std::move(faces);
        picture.area = area;
        picture.pixels = pixels;
        picture.zoom = m_zoom;
        picture.theme = theme;
        picture.hints = hints;
        picture.font = font;
        picture.image = QImage(pixels.size(), QImage::Format_ARGB32_Premultiplied);
        picture.image.fill(Qt::transparent);
        QPainter into(&picture.image);
        into.setRenderHints(painter->renderHints());
        into.setTransform(QTransform::fromTranslate(-pixels.left(), -pixels.top()));
        paint(&into);
    }
    painter->drawImage(pixels.topLeft(), picture.image);
}

} // namespace Valuemap
