// StoryMapView: zoom, fit, and the pinned backbone and lane headers.
#include "storymap/storymapview.h"

#include "storage/document.h"
#include "storymap/backboneitem.h"
#include "storymap/laneitem.h"
#include "storymap/storymapscene.h"
#include "storymap/storymapstyle.h"

#include <QGestureEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QScopeGuard>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QWheelEvent>

#include <cmath>

namespace Valuemap {

using namespace StoryMapStyle;

namespace {
constexpr qreal MinZoom = 0.03;
constexpr qreal MaxZoom = 4.0;
// Pinned headers never get smaller on screen than this, so their labels stay readable far out.
constexpr qreal MinGutterPixels = 160;
constexpr qreal MinActivityPixels = 36; // two lines of its label
constexpr qreal MinStepPixels = 20;
constexpr qreal HeaderWidth = Gutter - Gap; // a lane's header in the gutter
constexpr qreal StickyRoom = 90; // pixels a sticky label keeps before its lane or activity ends
} // namespace

void StoryMapView::showTopLeft()
{
    // centerOn, not the scroll bars: the view re-centres on its last centre point whenever the
    // scene grows, and centerOn is what sets that point.
    const QPointF topLeft = sceneRect().topLeft();
    centerOn(topLeft.x() + viewport()->width() / (2 * m_zoom), topLeft.y() + viewport()->height() / (2 * m_zoom));
}

void StoryMapView::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    // A view at the map's left or top edge stays there: the pinned headers' room changes with
    // the zoom, and would otherwise lie over the first column or lane.
    const bool atLeft = horizontalScrollBar()->value() == horizontalScrollBar()->minimum();
    const bool atTop = verticalScrollBar()->value() == verticalScrollBar()->minimum();
    m_zoom = zoom;
    setTransform(QTransform::fromScale(zoom, zoom));
    updateScrollArea();
    if (atLeft)
        horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
    if (atTop)
        verticalScrollBar()->setValue(verticalScrollBar()->minimum());
    updateBuiltCards();
    emit zoomChanged(zoom);
}

void StoryMapView::zoomIn()
{
    setZoom(m_zoom * 1.25);
}

void StoryMapView::zoomOut()
{
    setZoom(m_zoom / 1.25);
}

void StoryMapView::resetZoom()
{
    setZoom(1.0);
}

QSizeF StoryMapView::pinnedRoom(qreal zoom) const
{
    // Far out the pinned headers are larger than the map's own: the view scrolls that much
    // further up and left, so at the top-left they cover only the map's own headers.
    if (!pinningEnabled())
        return {};
    const qreal band = std::max(ActivityHeight * zoom, MinActivityPixels) + std::max(Gap * zoom, 2.0)
            + std::max(StepHeight * zoom, MinStepPixels);
    const qreal above = Margin + (m_scene->personasShown() ? PersonaRowHeight : 0.0);
    return QSizeF(std::max(0.0, MinGutterPixels / zoom - HeaderWidth),
                  std::max(0.0, band / zoom - (ActivityHeight + Gap + StepHeight) - above));
}

void StoryMapView::updateScrollArea()
{
    const QSizeF room = pinnedRoom(m_zoom);
    const QRectF area = m_scene->sceneRect().adjusted(-room.width(), -room.height(), 0, 0);
    if (area != sceneRect())
        setSceneRect(area);
}

void StoryMapView::zoomToFit()
{
    const QRectF rect = m_scene->sceneRect();
    if (rect.isEmpty())
        return;
    const qreal width = viewport()->width() - 4;
    const qreal height = viewport()->height() - 4;
    // The zoom that shows the map's width or height (or both) with the pinned headers' room,
    // which itself depends on the zoom: a few rounds settle it.
    auto fitting = [&](bool byWidth, bool byHeight) {
        qreal zoom = std::min(width / rect.width(), height / rect.height());
        for (int round = 0; round < 4; ++round) {
            const QSizeF room = pinnedRoom(zoom);
            const qreal x = width / (rect.width() + room.width());
            const qreal y = height / (rect.height() + room.height());
            zoom = byWidth && byHeight ? std::min(x, y) : (byWidth ? x : y);
        }
        return zoom;
    };
    const qreal all = fitting(true, true);
    // The share of the view the whole map would fill (the ratio of the two aspects); below this
    // the map is a thin strip with most of the view empty.
    const qreal plain = std::min(width / rect.width(), height / rect.height());
    const qreal filled = (rect.width() * plain) * (rect.height() * plain) / (width * height);
    if (filled >= 0.4) {
        setZoom(all);
        centerOn(rect.center());
        return;
    }
    // The whole map would leave most of the view empty (a long, flat map): fill the view's
    // height (or width) instead and scroll along the other, from the start of the backbone;
    // but never closer than 100 %.
    const bool fillHeight = width / rect.width() < height / rect.height();
    setZoom(std::min(fitting(!fillHeight, fillHeight), std::max(all, 1.0)));
    showTopLeft();
}

void StoryMapView::zoomToRect(const QRectF &rect)
{
    if (rect.isEmpty())
        return;
    const qreal sx = (viewport()->width() - 4) / rect.width();
    const qreal sy = (viewport()->height() - 4) / rect.height();
    setZoom(std::min(sx, sy));
    centerOn(rect.center());
}

void StoryMapView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        setZoom(m_zoom * std::pow(1.15, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

bool StoryMapView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Gesture) {
        auto *gesture = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gesture->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                setZoom(m_zoom * pinch->scaleFactor());
            return true;
        }
    }
    if (event->type() == QEvent::NativeGesture) {
        auto *native = static_cast<QNativeGestureEvent *>(event);
        if (native->gestureType() == Qt::ZoomNativeGesture) {
            setZoom(m_zoom * (1.0 + native->value()));
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void StoryMapView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    // The viewport was scrolled as a picture, the pinned headers with it: repaint their strips
    // as last painted, and the strips the moved copies landed on.
    updatePinnedStrips(dx, dy);
    updateBuiltCards();
    emit viewportMoved();
}

void StoryMapView::updatePinnedStrips(int dx, int dy)
{
    if (m_pinnedPainted.height() > 0)
        viewport()->update(QRectF(0, 0, viewport()->width(), m_pinnedPainted.height() + std::abs(dy) + 4).toAlignedRect());
    if (m_pinnedPainted.width() > 0)
        viewport()->update(QRectF(0, 0, m_pinnedPainted.width() + std::abs(dx) + 4, viewport()->height()).toAlignedRect());
}

bool StoryMapView::pinningEnabled() const
{
    // A projector shows a slice as a page, not a scrolled map.
    return !m_scene->presentation();
}

StoryMapView::Pinned StoryMapView::pinnedLayout() const
{
    Pinned out;
    if (!pinningEnabled() || m_editor)
        return out;
    const QTransform toView = viewportTransform();
    const qreal z = m_zoom;
    const QRectF view = viewport()->rect();

    // The backbone: activities, then the steps below them.
    QList<BackboneItem *> activities;
    for (ActivityId a : m_scene->document()->activities()) {
        if (BackboneItem *item = m_scene->activityItem(a))
            activities.append(item);
    }
    QList<BackboneItem *> steps;
    for (StepId s : m_scene->columnSteps()) {
        if (BackboneItem *item = m_scene->stepItem(s); item && item->isVisible())
            steps.append(item);
    }
    if (!activities.isEmpty()) {
        const qreal realTop = toView.map(QPointF(0, activities.first()->y())).y();
        const qreal realBottom = steps.isEmpty() ? realTop + ActivityHeight * z
                                                 : toView.map(QPointF(0, steps.first()->y() + StepHeight)).y();
        const qreal activityHeight = std::max(ActivityHeight * z, MinActivityPixels);
        const qreal gap = steps.isEmpty() ? 0.0 : std::max(Gap * z, 2.0);
        const qreal stepHeight = steps.isEmpty() ? 0.0 : std::max(StepHeight * z, MinStepPixels);
        const qreal height = activityHeight + gap + stepHeight;
        out.band = realTop < 0 || height > realBottom - realTop + 0.5;
        out.bandBottom = std::max(realBottom, height);
        const qreal top = out.bandBottom - height;
        out.bandTop = top;
        // Only those in view: a large map far out has thousands of steps beside it.
        for (BackboneItem *item : std::as_const(activities)) {
            const QRectF own = item->boundingRect().adjusted(2, 2, -2, -2);
            const qreal x = toView.map(item->pos()).x();
            if (x <= view.right() && x + own.width() * z >= view.left())
                out.items.append({ item, QRectF(x, top, own.width() * z, activityHeight) });
        }
        for (BackboneItem *item : std::as_const(steps)) {
            const qreal x = toView.map(item->pos()).x();
            if (x <= view.right() && x + CardWidth * z >= view.left())
                out.items.append({ item, QRectF(x, top + activityHeight + gap, CardWidth * z, stepHeight) });
        }
        if (!out.band)
            out.items.clear();
    }

    // The lane headers in the gutter.
    const qreal realLeft = toView.map(QPointF(0, 0)).x();
    const qreal width = std::max(HeaderWidth * z, MinGutterPixels);
    out.gutterRight = std::max(realLeft + HeaderWidth * z, width);
    out.gutter = realLeft < 0 || width > HeaderWidth * z + 0.5;
    if (out.gutter) {
        for (ReleaseId release : m_scene->laneOrder()) {
            LaneItem *lane = m_scene->lane(release);
            if (!lane)
                continue;
            const qreal top = toView.map(lane->pos()).y();
            const QRectF header(out.gutterRight - width, top, width, lane->boundingRect().height() * z);
            const qreal visibleTop = std::max(header.top(), out.band ? out.bandBottom : 0.0);
            if (header.bottom() > visibleTop && header.top() < view.bottom())
                out.items.append({ lane, header });
        }
    }
    return out;
}

QGraphicsItem *StoryMapView::pinnedItemAt(const QPoint &viewPos, bool *covered) const
{
    *covered = false;
    const Pinned pinned = pinnedLayout();
    const QPointF at(viewPos);
    const bool inBand = pinned.band && at.y() >= pinned.bandTop && at.y() < pinned.bandBottom + 2;
    const bool inGutter = pinned.gutter && at.x() < pinned.gutterRight + 2 && !inBand;
    if (!inBand && !inGutter)
        return nullptr;
    *covered = true;
    for (const auto &[item, rect] : pinned.items) {
        const bool lane = item->type() == LaneItem::Type;
        if (lane == inGutter && rect.contains(at) && (lane || at.x() >= (pinned.gutter ? pinned.gutterRight : 0.0)))
            return item;
    }
    return nullptr;
}

bool StoryMapView::onPinnedHeader(const QPoint &viewPos) const
{
    bool covered = false;
    pinnedItemAt(viewPos, &covered);
    return covered;
}

void StoryMapView::drawPinnedHeaders(QPainter *painter)
{
    const Pinned pinned = m_framePinned ? *m_framePinned : pinnedLayout();
    const qreal z = m_zoom;
    const qreal gapPixels = std::max(Gap * z, 2.0);
    m_pinnedPainted = QSizeF(pinned.gutter ? pinned.gutterRight + gapPixels : 0.0, pinned.band ? pinned.bandBottom + gapPixels : 0.0);
    if (!pinned.band && !pinned.gutter)
        return;
    const QRectF view = viewport()->rect();
    painter->save();
    painter->resetTransform();
    const qreal gutterEdge = pinned.gutter ? pinned.gutterRight + gapPixels : 0.0;
    if (pinned.gutter) {
        const qreal top = pinned.band ? pinned.bandBottom + gapPixels : 0.0;
        drawPinnedStrip(painter, m_gutterPicture, QRectF(0, top, gutterEdge, view.height() - top), pinned, LaneItem::Type,
                        [&](QPainter *into) { paintPinnedGutter(into, pinned, top, gutterEdge); });
    }
    if (pinned.band) {
        const QRectF strip(0, std::max(0.0, pinned.bandTop - gapPixels), view.width(),
                           pinned.bandBottom + gapPixels - std::max(0.0, pinned.bandTop - gapPixels));
        drawPinnedStrip(painter, m_bandPicture, strip, pinned, BackboneItem::Type,
                        [&](QPainter *into) { paintPinnedBand(into, pinned, strip, gutterEdge); });
    }
    painter->restore();
}

// The painter's transform on entry is where the viewport's pixels are (none on screen, an
// image's offset for a picture of the strip).
void StoryMapView::paintPinnedItem(QPainter *painter, QGraphicsItem *item, const QRectF &rect, const QSizeF &own)
{
    const QTransform base = painter->transform();
    painter->save();
    painter->setTransform(QTransform(rect.width() / own.width(), 0, 0, rect.height() / own.height(), rect.left(), rect.top()) * base);
    QStyleOptionGraphicsItem option;
    option.exposedRect = item->boundingRect();
    option.state = item->isSelected() ? QStyle::State_Selected : QStyle::State_None;
    item->paint(painter, &option, viewport());
    painter->restore();
}

void StoryMapView::paintPinnedGutter(QPainter *painter, const Pinned &pinned, qreal top, qreal gutterEdge)
{
    const ThemeColors &theme = Theme::colors();
    const QRectF view = viewport()->rect();
    painter->save();
    painter->setClipRect(QRectF(0, top, gutterEdge, view.height()));
    painter->fillRect(QRectF(0, top, gutterEdge, view.height()), theme.canvas);
    for (const auto &[item, rect] : pinned.items) {
        if (item->type() != LaneItem::Type)
            continue;
        // Sticky: a lane taller than the view keeps its name at the top of the part in view,
        // until the lane's end pushes it up.
        const qreal stickyTop = std::clamp(top, rect.top(), std::max(rect.top(), rect.bottom() - StickyRoom));
        painter->save();
        painter->setClipRect(QRectF(0, std::max(top, rect.top()), gutterEdge, rect.bottom() - std::max(top, rect.top())));
        // The whole lane's width is painted (its background); the clip keeps the gutter.
        const qreal sx = rect.width() / HeaderWidth;
        paintPinnedItem(painter, item, QRectF(QPointF(rect.left(), stickyTop), QSizeF(item->boundingRect().width() * sx, rect.height())),
                        item->boundingRect().size());
        painter->restore();
    }
    painter->restore();
    painter->setPen(QPen(theme.line, 1));
    painter->drawLine(QPointF(gutterEdge - 0.5, top), QPointF(gutterEdge - 0.5, view.height()));
}

void StoryMapView::paintPinnedBand(QPainter *painter, const Pinned &pinned, const QRectF &strip, qreal gutterEdge)
{
    const ThemeColors &theme = Theme::colors();
    const QRectF view = viewport()->rect();
    painter->fillRect(strip, theme.canvas);
    painter->save();
    painter->setClipRect(QRectF(gutterEdge, strip.top(), view.width() - gutterEdge, strip.height()));
    for (const auto &[item, rect] : pinned.items) {
        if (item->type() != BackboneItem::Type || rect.right() < gutterEdge || rect.left() > view.width())
            continue;
        // Sticky too: an activity that began to the left keeps its title at the left edge.
        const bool activity = static_cast<BackboneItem *>(item)->kind() == BackboneItem::Activity;
        const qreal left = activity ? std::clamp(gutterEdge, rect.left(), std::max(rect.left(), rect.right() - StickyRoom))
                                    : rect.left();
        painter->save();
        painter->setClipRect(rect.intersected(QRectF(gutterEdge, strip.top(), view.width() - gutterEdge, strip.height())));
        paintPinnedItem(painter, item, rect.translated(left - rect.left(), 0), item->boundingRect().adjusted(2, 2, -2, -2).size());
        painter->restore();
    }
    painter->restore();
    painter->setPen(QPen(theme.line, 1));
    painter->drawLine(QPointF(0, strip.bottom() - 0.5), QPointF(view.width(), strip.bottom() - 0.5));
}

QRegion StoryMapView::pinnedCover(const Pinned &pinned) const
{
    const qreal gapPixels = std::max(Gap * m_zoom, 2.0);
    const QRectF view = viewport()->rect();
    // The pixels a fill of `area` covers whole, whatever the antialiasing.
    auto inner = [](const QRectF &area) {
        return QRect(QPoint(int(std::ceil(area.left())), int(std::ceil(area.top()))),
                     QPoint(int(std::floor(area.right())) - 1, int(std::floor(area.bottom())) - 1));
    };
    QRegion cover;
    if (pinned.gutter) {
        const qreal top = pinned.band ? pinned.bandBottom + gapPixels : 0.0;
        cover += inner(QRectF(0, top, pinned.gutterRight + gapPixels, view.height() - top));
    }
    if (pinned.band) {
        const qreal top = std::max(0.0, pinned.bandTop - gapPixels);
        cover += inner(QRectF(0, top, view.width(), pinned.bandBottom + gapPixels - top));
    }
    return cover;
}

void StoryMapView::paintEvent(QPaintEvent *event)
{
    // Far out the pinned headers cover the map's own backbone and lane headers and a band of
    // cards: the items that lie wholly under them are left out (the view paints the items in
    // the event's region); the strips are painted over the rest as before, since the paint
    // is clipped to the whole region still. The same pixels, in less time.
    // The layout of this frame's pinned headers, laid out once for the cover and the strips.
    m_framePinned = pinnedLayout();
    const auto done = qScopeGuard([this] { m_framePinned.reset(); });
    const QRegion cover = pinnedCover(*m_framePinned) & event->region();
    if (cover.isEmpty()) {
        QGraphicsView::paintEvent(event);
        return;
    }
    QPaintEvent rest(event->region() - cover);
    QGraphicsView::paintEvent(&rest);
}

void StoryMapView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    drawPinnedHeaders(painter);
    drawEmptyMapHint(painter);
    if (m_indicator.isNull())
        return;
    painter->setPen(QPen(selectionColor(), std::max(3.0, 3.0 / m_zoom), Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(m_indicator);
}

void StoryMapView::revealFromUnderPinned(const QGraphicsItem *item)
{
    // ensureVisible knows nothing of the pinned headers: a card it scrolled to the edge may lie
    // under them. Scroll on until it is clear (a card under its own lane's header is fine).
    if (!item || item->type() == LaneItem::Type || item->type() == BackboneItem::Type)
        return;
    const Pinned pinned = pinnedLayout();
    const QRectF shown = mapFromScene(item->sceneBoundingRect()).boundingRect();
    const qreal gutterEdge = pinned.gutter ? pinned.gutterRight + std::max(Gap * m_zoom, 2.0) : 0.0;
    if (pinned.band && shown.top() < pinned.bandBottom + 8)
        verticalScrollBar()->setValue(verticalScrollBar()->value() - int(std::ceil(pinned.bandBottom + 8 - shown.top())));
    if (pinned.gutter && shown.left() < gutterEdge + 8)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - int(std::ceil(gutterEdge + 8 - shown.left())));
}

QRectF StoryMapView::visibleSceneRect() const
{
    return mapToScene(viewport()->rect()).boundingRect();
}

} // namespace Valuemap
