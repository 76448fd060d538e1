#include "storymap/mapoverview.h"

#include "storage/document.h"
#include "storymap/storymapscene.h"
#include "storymap/storymapview.h"
#include "widgets/theme.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace Valuemap {

namespace {
constexpr int MaxWidth = 260;
constexpr int MaxHeight = 120;
constexpr int Border = 3;
constexpr int CornerMargin = 12;
} // namespace

MapOverview::MapOverview(StoryMapView *view) : QWidget(view), m_view(view)
{
    setAccessibleName(tr("Map overview"));
    setAccessibleDescription(tr("The whole story map in miniature; click or drag to move the view there"));
    setToolTip(tr("Overview: click or drag to move the view"));
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(400);
    connect(&m_renderTimer, &QTimer::timeout, this, &MapOverview::render);

    StoryMapScene *scene = view->mapScene();
    connect(scene->document(), &Document::changed, this, &MapOverview::scheduleRender);
    connect(scene, &StoryMapScene::relaidOut, this, &MapOverview::scheduleRender);
    connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] {
        scheduleRender();
        relayout();
    });
    connect(Theme::instance(), &Theme::changed, this, &MapOverview::scheduleRender);
    connect(view, &StoryMapView::zoomChanged, this, &MapOverview::relayout);
    // Every scroll comes through scrollContentsBy, which says viewportMoved.
    connect(view, &StoryMapView::viewportMoved, this, qOverload<>(&QWidget::update));
    for (QScrollBar *bar : { view->horizontalScrollBar(), view->verticalScrollBar() })
        connect(bar, &QScrollBar::rangeChanged, this, &MapOverview::relayout);
    m_viewport = view->viewport();
    m_viewport->installEventFilter(this);
    relayout();
}

void MapOverview::setEnabledByUser(bool on)
{
    m_wanted = on;
    relayout();
}

bool MapOverview::eventFilter(QObject *watched, QEvent *event)
{
    // Not m_view->viewport(): while the view is destroyed its viewport still sends events here,
    // and the view is no scroll area any more.
    if (watched == m_viewport && event->type() == QEvent::Resize)
        relayout();
    return QWidget::eventFilter(watched, event);
}

void MapOverview::relayout()
{
    const QRectF map = m_view->mapScene()->sceneRect();
    const QRect port = m_view->viewport()->geometry();
    // The whole map in view: nothing to find in an overview.
    const QRectF shown = m_view->visibleSceneRect();
    const bool fits = shown.contains(map.adjusted(1, 1, -1, -1));
    const bool wanted = m_wanted && !map.isEmpty() && !fits && port.width() > 3 * CornerMargin + 120;
    if (!wanted) {
        hide();
        return;
    }
    const qreal scale = std::min({ qreal(std::min(MaxWidth, port.width() / 4)) / map.width(),
                                   qreal(MaxHeight) / map.height() });
    const QSize size(qRound(map.width() * scale) + 2 * Border, std::max(16, qRound(map.height() * scale)) + 2 * Border);
    setGeometry(QRect(port.right() - size.width() - CornerMargin,
                      port.bottom() - size.height() - CornerMargin, size.width(), size.height()));
    if (m_image.size() != mapArea().size().toSize() * devicePixelRatioF())
        m_stale = true;
    show();
    raise();
    if (m_stale && !m_renderTimer.isActive())
        m_renderTimer.start(); // not in the frame that shows it: opening a large plan stays quick
    update();
}

void MapOverview::scheduleRender()
{
    m_stale = true;
    if (!m_renderTimer.isActive())
        m_renderTimer.start();
}

void MapOverview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && !m_renderTimer.isActive())
        m_renderTimer.start();
}

QRectF MapOverview::mapArea() const
{
    return QRectF(rect()).adjusted(Border, Border, -Border, -Border);
}

void MapOverview::render()
{
    if (!isVisible())
        return; // rendered when shown
    const QRectF area = mapArea();
    const qreal dpr = devicePixelRatioF();
    QImage image((area.size() * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return;
    image.setDevicePixelRatio(dpr);
    image.fill(Theme::colors().canvas);
    QPainter painter(&image);
    // Without a widget the items paint as on paper: blocks, no labels at this size.
    m_view->mapScene()->render(&painter, QRectF(QPointF(0, 0), area.size()), m_view->mapScene()->sceneRect(),
                               Qt::IgnoreAspectRatio);
    painter.end();
    m_image = image;
    m_stale = false;
    update();
}

QPointF MapOverview::toOverview(const QPointF &scenePos) const
{
    const QRectF map = m_view->mapScene()->sceneRect();
    const QRectF area = mapArea();
    return QPointF(area.left() + (scenePos.x() - map.left()) * area.width() / map.width(),
                   area.top() + (scenePos.y() - map.top()) * area.height() / map.height());
}

QPointF MapOverview::toScene(const QPointF &overviewPos) const
{
    const QRectF map = m_view->mapScene()->sceneRect();
    const QRectF area = mapArea();
    return QPointF(map.left() + (overviewPos.x() - area.left()) * map.width() / area.width(),
                   map.top() + (overviewPos.y() - area.top()) * map.height() / area.height());
}

void MapOverview::paintEvent(QPaintEvent *)
{
    const ThemeColors &theme = Theme::colors();
    QPainter painter(this);
    painter.fillRect(rect(), theme.panel);
    painter.drawImage(mapArea().topLeft(), m_image);
    painter.setPen(QPen(theme.line, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    // The part in view, clamped to the miniature so it stays visible at the map's edges.
    const QRectF shown = m_view->visibleSceneRect();
    QRectF frame(toOverview(shown.topLeft()), toOverview(shown.bottomRight()));
    frame = frame.intersected(mapArea());
    if (frame.width() < 4)
        frame.setWidth(4);
    if (frame.height() < 4)
        frame.setHeight(4);
    QColor veil = theme.accent;
    veil.setAlpha(40);
    painter.fillRect(frame, veil);
    painter.setPen(QPen(theme.accent, 2));
    painter.drawRect(frame.adjusted(1, 1, -1, -1));
}

void MapOverview::jumpTo(const QPointF &overviewPos)
{
    const QRectF area = mapArea();
    const QPointF clamped(std::clamp(overviewPos.x(), area.left(), area.right()),
                          std::clamp(overviewPos.y(), area.top(), area.bottom()));
    m_view->centerOn(toScene(clamped));
    update();
}

void MapOverview::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        jumpTo(event->position());
    event->accept();
}

void MapOverview::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        jumpTo(event->position());
    event->accept();
}

} // namespace Valuemap
