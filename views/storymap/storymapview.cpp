// StoryMapView: zoom, selection, keyboard navigation, drag and drop.
#include "storymap/storymapview.h"
#include "widgets/arrowkeys.h"

#include "storage/document.h"
#include "storymap/backboneitem.h"
#include "storymap/laneitem.h"
#include "storymap/storycarditem.h"
#include "storymap/storymapscene.h"
#include "storymap/storymapstyle.h"
#include "storymap/titleeditor.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPixmapCache>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTimer>


namespace Valuemap {

using namespace StoryMapStyle;

StoryMapView::~StoryMapView()
{
    ItemAccessibility::unfollow(this);
}

StoryMapView::StoryMapView(StoryMapScene *scene, QWidget *parent) : QGraphicsView(scene, parent), m_scene(scene)
{
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(NoAnchor);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setBackgroundBrush(Theme::colors().canvas);
    connect(Theme::instance(), &Theme::changed, this,
            [this] { setBackgroundBrush(Theme::colors().canvas); });
    // That opaque brush paints every pixel a frame shows: the viewport is not cleared to the
    // palette's colour first (a pass over the whole viewport, a fifth of a frame at fit).
    // Opaque, it still scrolls by moving pixels.
    viewport()->setAutoFillBackground(false);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Story map"));
    ItemAccessibility::follow(this, [this](const QGraphicsItem *item) { return describe(item); });
    viewport()->grabGesture(Qt::PinchGesture);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        const QList<StoryId> selected = m_scene->selectedStories();
        if (selected.size() == 1)
            setCurrent(selected.first());
        else if (selected.isEmpty() && !m_scene->isOnMap(m_current))
            setCurrent({});
    });
    // A rubber band selects the cards it touches, built or not (far out they are not).
    connect(this, &QGraphicsView::rubberBandChanged, this, [this](QRect, QPointF from, QPointF to) {
        if (!from.isNull() || !to.isNull())
            m_scene->buildCards(QRectF(from, to).normalized());
    });
    // The view scrolls a little further than the scene where the pinned headers need room.
    connect(m_scene, &QGraphicsScene::sceneRectChanged, this, &StoryMapView::updateScrollArea);
    updateScrollArea();
    // A lane's totals or a step's count changed: the scene repaints the header where it is, which
    // may be scrolled away; its pinned copy is repainted here.
    connect(m_scene->document(), &Document::changed, this, [this] { updatePinnedStrips(); });
    connect(m_scene, &StoryMapScene::relaidOut, this, [this] {
        // The empty map's hint comes and goes with the first activity and step.
        if (m_hintShown != !emptyMapHint().isEmpty())
            viewport()->update();
        if (m_current.isValid() && !m_scene->isOnMap(m_current))
            setCurrent({});
        updateBuiltCards(); // cells that moved into view
    });
}

void StoryMapView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    updateBuiltCards();
    if (!m_shown) {
        // A map is read from its top-left corner: the backbone and the first lane.
        m_shown = true;
        QTimer::singleShot(0, this, &StoryMapView::showTopLeft);
    }
}

void StoryMapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    // Room for the pictures of the cards on show (CardPicture), which cover less than the view:
    // twice the viewport's pixels, 64 MB at least. Qt's default of 10 MB would drop them between
    // frames, and a frame would then draw each card and copy it too.
    const qreal ratio = viewport()->devicePixelRatioF();
    const qint64 kib = qint64(viewport()->width() * ratio * viewport()->height() * ratio) * 4 * 2 / 1024;
    QPixmapCache::setCacheLimit(int(std::max<qint64>({ QPixmapCache::cacheLimit(), 64 * 1024, kib })));
    updateBuiltCards();
}

void StoryMapView::updateBuiltCards()
{
    if (!isVisible())
        return; // cells paint from data until shown; card() builds what is acted on
    if (scene() != m_scene)
        return; // the scene is being destroyed (it takes itself off its views, which scrolls them)
    // What is shown now, before this frame is painted; half a viewport around it (three times
    // as many cards) once the frame is on screen, so that a scroll or a small zoom finds its
    // cards built without the user waiting for them first. The current card is kept built.
    // Then too, not before the frame, the cards a viewport or more away from what is shown go
    // back to being painted from data (wider than what is built, so that a small scroll to and
    // fro neither drops nor builds). Kept built: the current card, the one being renamed and
    // the one under a pressed button.
    auto show = [this](qreal around) {
        const QRectF shown = visibleSceneRect();
        const qreal dx = shown.width() * around;
        const qreal dy = shown.height() * around;
        QSet<qint64> keep;
        for (StoryId id : { m_current, m_editor ? m_editedStory : StoryId() }) {
            if (id.isValid())
                keep.insert(id.value);
        }
        if (m_pressItem && m_pressItem->type() == StoryCardItem::Type)
            keep.insert(static_cast<StoryCardItem *>(m_pressItem)->storyId().value);
        m_scene->showRegion(shown.adjusted(-dx, -dy, dx, dy), m_zoom, keep);
        if (around > 0)
            m_scene->dropCardsOutside(shown.adjusted(-shown.width(), -shown.height(), shown.width(), shown.height()),
                                      keep);
    };
    show(0);
    if (!m_aroundPending) {
        m_aroundPending = true;
        QTimer::singleShot(0, this, [this, show] {
            m_aroundPending = false;
            if (isVisible() && scene() == m_scene)
                show(0.5);
        });
    }
}

QGraphicsItem *StoryMapView::mapItemAt(const QPoint &viewPos) const
{
    // The pinned headers lie over the map: a click there is on the step, activity or lane shown.
    bool covered = false;
    if (QGraphicsItem *pinned = pinnedItemAt(viewPos, &covered))
        return pinned;
    if (covered)
        return nullptr;
    // Far out the cells paint their cards: the one under the pointer becomes an item to act on.
    m_scene->buildCards(QRectF(mapToScene(viewPos), QSizeF(0.01, 0.01)));
    const QList<QGraphicsItem *> found = items(viewPos);
    for (QGraphicsItem *item : found) {
        const int t = item->type();
        if (t == StoryCardItem::Type || t == BackboneItem::Type)
            return item;
        if (t == LaneItem::Type) {
            auto *lane = static_cast<LaneItem *>(item);
            if (lane->headerRect().contains(lane->mapFromScene(mapToScene(viewPos))))
                return item;
        }
    }
    return nullptr;
}

void StoryMapView::setCurrent(StoryId id)
{
    if (m_current == id)
        return;
    m_current = id;
    if (id.isValid()) {
        const Story s = m_scene->document()->story(id);
        m_lastStep = s.stepId;
        m_lastRelease = s.releaseId;
    }
    emit currentStoryChanged(id);
}

void StoryMapView::selectStory(StoryId id, bool ensureVisible)
{
    StoryCardItem *card = m_scene->card(id);
    if (!card)
        return;
    m_scene->clearSelection();
    card->setSelected(true);
    setCurrent(id);
    if (ensureVisible) {
        this->ensureVisible(card, 40, 40);
        revealFromUnderPinned(card);
    }
}

void StoryMapView::selectAllCards()
{
    QList<StoryId> shown;
    for (StepId step : m_scene->columnSteps()) {
        for (StoryId id : m_scene->columnStories(step)) {
            if (StoryCardItem *card = m_scene->card(id); card && card->isVisible())
                shown.append(id);
        }
    }
    selectCards(shown);
}

void StoryMapView::selectCards(const QList<StoryId> &stories)
{
    {
        const QSignalBlocker quiet(m_scene);
        m_scene->clearSelection();
        for (StoryId id : stories) {
            if (StoryCardItem *card = m_scene->card(id))
                card->setSelected(true);
        }
    }
    emit m_scene->selectionChanged();
}

void StoryMapView::mousePressEvent(QMouseEvent *event)
{
    if (m_editor)
        m_editor->clearFocus(); // commits
    m_pressItem = nullptr;
    m_pressToggled = false;
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    const QPointF scenePos = mapToScene(event->position().toPoint());
    StepId step;
    ReleaseId release;
    if (!onPinnedHeader(event->position().toPoint()) && m_scene->cellAt(scenePos, &step, &release)) {
        m_lastStep = step;
        m_lastRelease = release;
    }
    QGraphicsItem *item = mapItemAt(event->position().toPoint());
    if (!item) {
        QGraphicsView::mousePressEvent(event); // rubber band on empty space
        return;
    }
    const bool toggle = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    if (toggle) {
        item->setSelected(!item->isSelected());
        m_pressToggled = true;
    } else if (!item->isSelected()) {
        m_scene->clearSelection();
        item->setSelected(true);
    }
    if (item->type() == StoryCardItem::Type && item->isSelected())
        setCurrent(static_cast<StoryCardItem *>(item)->storyId());
    m_pressItem = item;
    m_pressPos = event->position().toPoint();
    setFocus(Qt::MouseFocusReason);
    event->accept();
}

void StoryMapView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressItem && m_drag == DragKind::None
        && (event->position().toPoint() - m_pressPos).manhattanLength() >= QApplication::startDragDistance()
        && !m_scene->document()->isReadOnly()) {
        switch (m_pressItem->type()) {
        case StoryCardItem::Type:
            m_drag = DragKind::Cards;
            m_pressItem->setSelected(true);
            for (StoryId id : m_scene->selectedStories()) {
                m_moving.insert(id.value);
                m_scene->card(id)->setOpacity(0.45);
            }
            break;
        case BackboneItem::Type:
            m_drag = static_cast<BackboneItem *>(m_pressItem)->kind() == BackboneItem::Step ? DragKind::Step
                                                                                          : DragKind::Activity;
            m_pressItem->setOpacity(0.5);
            break;
        case LaneItem::Type:
            if (static_cast<LaneItem *>(m_pressItem)->releaseId().isValid())
                m_drag = DragKind::Lane;
            break;
        }
        if (m_drag != DragKind::None)
            viewport()->setCursor(Qt::ClosedHandCursor);
    }
    if (m_drag != DragKind::None) {
        const QPoint p = event->position().toPoint();
        updateDrag(mapToScene(p));
        // Scroll when the pointer nears an edge (or the pinned headers along it).
        const int edge = 30;
        if (p.x() < edge + m_pinnedPainted.width())
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() - 20);
        else if (p.x() > viewport()->width() - edge)
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() + 20);
        if (p.y() < edge + m_pinnedPainted.height())
            verticalScrollBar()->setValue(verticalScrollBar()->value() - 20);
        else if (p.y() > viewport()->height() - edge)
            verticalScrollBar()->setValue(verticalScrollBar()->value() + 20);
        event->accept();
        return;
    }
    if (!m_pressItem)
        QGraphicsView::mouseMoveEvent(event);
}

void StoryMapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag != DragKind::None) {
        finishDrag(mapToScene(event->position().toPoint()));
        event->accept();
        return;
    }
    if (m_pressItem) {
        // A plain click on one of several selected items selects just that one.
        if (!m_pressToggled && event->button() == Qt::LeftButton) {
            m_scene->clearSelection();
            m_pressItem->setSelected(true);
        }
        m_pressItem = nullptr;
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void StoryMapView::updateDrag(const QPointF &scenePos)
{
    m_indicator = QLineF();
    switch (m_drag) {
    case DragKind::Cards: {
        const auto target = m_scene->storyDropTarget(scenePos, m_moving);
        if (target.valid)
            m_indicator = target.indicator;
        break;
    }
    case DragKind::Step: {
        qint64 activity = 0;
        const int index = stepDropIndex(scenePos, &activity);
        if (index >= 0) {
            const QList<StepId> steps = m_scene->document()->steps(ActivityId(activity));
            qreal x = 0;
            if (index < steps.size() && m_scene->stepItem(steps[index]))
                x = m_scene->stepItem(steps[index])->x() - Gap / 2;
            else if (BackboneItem *a = m_scene->activityItem(ActivityId(activity)))
                x = a->x() + a->boundingRect().width() - 4 + Gap / 2 - 2;
            const qreal y = m_scene->activityItem(ActivityId(activity))->y();
            m_indicator = QLineF(x, y, x, y + ActivityHeight + Gap + StepHeight);
        }
        break;
    }
    case DragKind::Activity: {
        const int index = activityDropIndex(scenePos);
        const QList<ActivityId> activities = m_scene->document()->activities();
        qreal x = m_scene->sceneRect().width() - Margin;
        if (index < activities.size() && m_scene->activityItem(activities[index]))
            x = m_scene->activityItem(activities[index])->x() - Gap / 2;
        const qreal y = m_scene->activityItem(activities.first())->y();
        m_indicator = QLineF(x, y, x, y + ActivityHeight);
        break;
    }
    case DragKind::Lane: {
        const int index = laneDropIndex(scenePos);
        const QList<ReleaseId> lanes = m_scene->laneOrder();
        const qreal y = m_scene->laneRect(lanes.value(index)).top();
        m_indicator = QLineF(0, y, m_scene->sceneRect().width(), y);
        break;
    }
    case DragKind::None:
        break;
    }
    viewport()->update();
}

int StoryMapView::stepDropIndex(const QPointF &scenePos, qint64 *activity) const
{
    const QList<ActivityId> activities = m_scene->document()->activities();
    for (ActivityId a : activities) {
        BackboneItem *item = m_scene->activityItem(a);
        if (!item)
            continue;
        const qreal left = item->x() - Gap / 2;
        const qreal right = item->x() + item->boundingRect().width() - 4 + Gap / 2;
        if (scenePos.x() < left || scenePos.x() >= right)
            continue;
        *activity = a.value;
        const QList<StepId> steps = m_scene->document()->steps(a);
        int index = 0;
        for (StepId s : steps) {
            BackboneItem *step = m_scene->stepItem(s);
            if (step && step->isVisible() && scenePos.x() > step->x() + CardWidth / 2)
                ++index;
        }
        return index;
    }
    return -1;
}

int StoryMapView::activityDropIndex(const QPointF &scenePos) const
{
    int index = 0;
    for (ActivityId a : m_scene->document()->activities()) {
        BackboneItem *item = m_scene->activityItem(a);
        if (item && scenePos.x() > item->x() + item->boundingRect().width() / 2)
            ++index;
    }
    return index;
}

int StoryMapView::laneDropIndex(const QPointF &scenePos) const
{
    int index = 0;
    for (ReleaseId r : m_scene->document()->releases()) {
        if (scenePos.y() > m_scene->laneRect(r).center().y())
            ++index;
    }
    return index;
}

void StoryMapView::finishDrag(const QPointF &scenePos)
{
    Document *doc = m_scene->document();
    const DragKind kind = m_drag;
    QGraphicsItem *item = m_pressItem;
    cancelDrag();
    switch (kind) {
    case DragKind::Cards: {
        QSet<qint64> moving;
        const QList<StoryId> ids = m_scene->selectedStories();
        for (StoryId id : ids)
            moving.insert(id.value);
        const auto target = m_scene->storyDropTarget(scenePos, moving);
        if (target.valid)
            doc->moveStories(ids, target.step, target.release, target.stepIndex); // one undo step
        break;
    }
    case DragKind::Step: {
        qint64 activity = 0;
        const StepId step(static_cast<BackboneItem *>(item)->id());
        int index = stepDropIndex(scenePos, &activity);
        if (index < 0)
            break;
        const QList<StepId> steps = doc->steps(ActivityId(activity));
        const int from = int(steps.indexOf(step));
        if (from >= 0 && from < index)
            --index; // the step leaves its old place first
        doc->moveStep(step, ActivityId(activity), index);
        break;
    }
    case DragKind::Activity: {
        const ActivityId activity(static_cast<BackboneItem *>(item)->id());
        int index = activityDropIndex(scenePos);
        const int from = int(doc->activities().indexOf(activity));
        if (from < index)
            --index;
        doc->moveActivity(activity, index);
        break;
    }
    case DragKind::Lane: {
        const ReleaseId release = static_cast<LaneItem *>(item)->releaseId();
        int index = laneDropIndex(scenePos);
        const int from = int(doc->releases().indexOf(release));
        if (from < index)
            --index;
        doc->moveRelease(release, index);
        break;
    }
    case DragKind::None:
        break;
    }
}

void StoryMapView::cancelDrag()
{
    for (qint64 id : std::as_const(m_moving)) {
        if (StoryCardItem *card = m_scene->builtCard(StoryId(id)))
            card->setOpacity(card->matchesFilter() ? 1.0 : FilteredOutOpacity);
    }
    if (m_pressItem && m_pressItem->type() == BackboneItem::Type)
        m_pressItem->setOpacity(1.0);
    m_moving.clear();
    m_drag = DragKind::None;
    m_pressItem = nullptr;
    m_indicator = QLineF();
    viewport()->unsetCursor();
    viewport()->update();
}

} // namespace Valuemap
