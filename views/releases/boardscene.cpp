#include "releases/boardscene.h"

#include "widgets/theme.h"

#include "releases/boarditems.h"
#include "storage/document.h"

#include <QApplication>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QMenu>
#include <QPainter>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Valuemap {

using namespace BoardMetrics;

namespace {

// An activity's name above its column.
class ColumnHeaderItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 103 };
    explicit ColumnHeaderItem(QString title)
        : m_title(std::move(title))
    {
        setToolTip(m_title);
    }
    int type() const override { return Type; }
    QRectF boundingRect() const override
    {
        return QRectF(0, 0, ColumnWidth - Gap, ColumnHeaderHeight);
    }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(Qt::NoPen);
        p->setBrush(Theme::colors().columnHeader);
        p->drawRoundedRect(boundingRect(), 5, 5);
        QFont f = QApplication::font();
        f.setBold(true);
        p->setFont(f);
        p->setPen(Theme::colors().columnHeaderText);
        const QRectF text = boundingRect().adjusted(8, 0, -8, 0);
        p->drawText(text, Qt::AlignCenter,
            QFontMetrics(f).elidedText(m_title, Qt::ElideRight, int(text.width())));
    }

private:
    QString m_title;
};

} // namespace

ReleaseBoardScene::ReleaseBoardScene(Document *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
{
    setBackgroundBrush(Theme::colors().boardCanvas);
    connect(Theme::instance(), &Theme::changed, this, [this] {
        setBackgroundBrush(Theme::colors().boardCanvas);
        for (QGraphicsItem *item : items()) { // the only plain text: the column label
            if (auto *label = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item))
                label->setBrush(Theme::colors().muted);
        }
        update();
    });
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        const QList<StoryId> selected = selectedStories();
        if (!selected.isEmpty())
            setCurrentRelease(m_document->story(selected.first()).releaseId);
    });
}

ReleaseBoardScene::~ReleaseBoardScene()
{
    // Removing the cards changes the selection; nobody may hear of it while this scene goes.
    const QSignalBlocker blocker(this);
    clear();
}

void ReleaseBoardScene::addColumnHeaders(const QList<ActivityId> &backbone)
{
    for (int c = 0; c < backbone.size(); ++c) {
        auto *header = new ColumnHeaderItem(m_document->activity(backbone[c]).title);
        header->setPos(HeaderWidth + c * ColumnWidth, 0);
        addItem(header);
    }
    auto *label = new QGraphicsSimpleTextItem(tr("Releases, in delivery order"));
    QFont f = QApplication::font();
    f.setBold(true);
    label->setFont(f);
    label->setBrush(Theme::colors().muted);
    label->setPos(8, (ColumnHeaderHeight - label->boundingRect().height()) / 2);
    addItem(label);
}

void ReleaseBoardScene::rebuild()
{
    const QList<StoryId> keepSelection = selectedStories();
    m_dropTarget = nullptr;
    m_dragging = false;
    m_pressedOnCard = false;
    {
        const QSignalBlocker blocker(this);
        clear();
    }
    m_lanes.clear();
    m_cards.clear();
    m_laneCards.clear();
    m_laneOrder = m_document->releases();
    m_laneOrder.append(ReleaseId());
    if (m_current.isValid() && !m_laneOrder.contains(m_current))
        m_current = ReleaseId();

    const QList<ActivityId> backbone = m_document->activities();
    addColumnHeaders(backbone);

    // Every story once, in map order, into its lane's column.
    QHash<qint64, QList<QList<Story>>> columns;
    for (ReleaseId r : std::as_const(m_laneOrder))
        columns[r.value].resize(backbone.size());
    const QString filter = m_filter.trimmed();
    for (int c = 0; c < backbone.size(); ++c) {
        for (StepId step : m_document->steps(backbone[c])) {
            for (StoryId id : m_document->stories(step)) {
                const Story story = m_document->story(id);
                if (!story.releaseId.isValid() && !filter.isEmpty()
                    && !story.title.contains(filter, Qt::CaseInsensitive)
                    && !m_document->storyTags(id).join(u' ').contains(filter, Qt::CaseInsensitive))
                    continue;
                // A slice the plan does not hold (never in a sound plan) shows nowhere, rather
                // than in a column that does not exist.
                if (const auto lane = columns.find(story.releaseId.value); lane != columns.end())
                    (*lane)[c].append(story);
            }
        }
    }
    const QHash<qint64, QDate> deliveredOn = deliveryDates(*m_document);

    qreal y = ColumnHeaderHeight + Gap * 2;
    for (ReleaseId r : std::as_const(m_laneOrder)) {
        LaneInfo info = describeSlice(*m_document, r, backbone, deliveredOn);
        if (r.isValid()) {
            info.collapsed = info.collapsible && m_collapsed.contains(r.value);
        } else if (!filter.isEmpty()) {
            info.status = tr("Showing the stories that match “%1”").arg(filter);
        }
        auto *lane = new BoardLaneItem(info, int(backbone.size()));
        addItem(lane);
        lane->setPos(0, y);
        lane->setCurrent(r.isValid() && r == m_current);
        m_lanes.insert(r.value, lane);

        int tallest = 0;
        const QList<QList<Story>> &cells = columns[r.value];
        if (!info.collapsed) {
            for (int c = 0; c < cells.size(); ++c) {
                tallest = std::max(tallest, int(cells[c].size()));
                for (int i = 0; i < cells[c].size(); ++i) {
                    auto *card = new BoardCardItem(cells[c][i]);
                    card->setPos(
                        HeaderWidth + c * ColumnWidth + 3, y + Gap * 2 + i * (CardHeight + Gap));
                    addItem(card);
                    m_cards.insert(cells[c][i].id.value, card);
                    m_laneCards[r.value].append(cells[c][i].id);
                }
            }
        }
        const qreal cardsHeight = Gap * 3 + tallest * (CardHeight + Gap);
        const qreal height = info.collapsed
            ? CollapsedHeight
            : std::max({ lane->headerHeight(), cardsHeight, qreal(96) });
        lane->setHeight(height);
        y += height + Gap * 2;
    }
    setSceneRect(itemsBoundingRect().adjusted(-12, -12, 12, 12));
    {
        const QSignalBlocker blocker(this);
        selectStories(keepSelection);
    }
    emit rebuilt();
}

void ReleaseBoardScene::setUnplannedFilter(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    rebuild();
}

void ReleaseBoardScene::setCollapsed(ReleaseId release, bool collapsed)
{
    if (collapsed)
        m_collapsed.insert(release.value);
    else
        m_collapsed.remove(release.value);
    rebuild();
}

void ReleaseBoardScene::setCurrentRelease(ReleaseId release)
{
    if (release == m_current)
        return;
    if (BoardLaneItem *old = lane(m_current); old && m_current.isValid())
        old->setCurrent(false);
    m_current = release;
    if (BoardLaneItem *now = lane(release); now && release.isValid())
        now->setCurrent(true);
    emit currentReleaseChanged(release);
}

QList<StoryId> ReleaseBoardScene::selectedStories() const
{
    QList<StoryId> ids;
    // In board order, so a moved group keeps its order.
    for (ReleaseId r : m_laneOrder) {
        for (StoryId id : m_laneCards.value(r.value)) {
            if (BoardCardItem *c = card(id); c && c->isSelected())
                ids.append(id);
        }
    }
    return ids;
}

void ReleaseBoardScene::selectStories(const QList<StoryId> &stories)
{
    clearSelection();
    for (StoryId id : stories) {
        if (BoardCardItem *c = card(id))
            c->setSelected(true);
    }
}

QList<StoryId> ReleaseBoardScene::cardsInLane(ReleaseId release) const
{
    return m_laneCards.value(release.value);
}

BoardLaneItem *ReleaseBoardScene::laneAt(const QPointF &scenePos) const
{
    for (BoardLaneItem *lane : m_lanes) {
        if (lane->sceneBoundingRect().contains(scenePos))
            return lane;
    }
    return nullptr;
}

StoryId ReleaseBoardScene::neighbour(StoryId from, int dx, int dy) const
{
    const BoardCardItem *start = card(from);
    if (!start)
        return {};
    StoryId best;
    qreal bestScore = 0;
    for (const BoardCardItem *other : m_cards) {
        const QPointF d = other->pos() - start->pos();
        const qreal ahead = dx != 0 ? d.x() * dx : d.y() * dy;
        if (ahead < 1)
            continue;
        // Off the row or column counts four times as much as going further.
        const qreal score = ahead + 4 * std::abs(dx != 0 ? d.y() : d.x());
        if (!best.isValid() || score < bestScore
            || (score == bestScore && other->storyId().value < best.value)) {
            best = other->storyId();
            bestScore = score;
        }
    }
    return best;
}

ItemAccessibility::Description ReleaseBoardScene::describe(const QGraphicsItem *item) const
{
    if (!item)
        return {};
    if (item->type() == BoardCardItem::Type) {
        const auto *cardItem = static_cast<const BoardCardItem *>(item);
        return ItemAccessibility::story(*m_document, m_document->story(cardItem->storyId()));
    }
    if (item->type() == BoardLaneItem::Type) {
        const LaneInfo &info = static_cast<const BoardLaneItem *>(item)->info();
        QStringList parts { info.status };
        for (const QString &part : { info.dates, info.pipelineDetails, info.outcome, info.goals, info.totals, info.capacity }) {
            if (!part.isEmpty())
                parts.append(part);
        }
        parts += info.problems;
        return { info.release.isValid() ? tr("Slice: %1").arg(info.name) : info.name,
            ItemAccessibility::sentences(parts) };
    }
    if (item->type() == ColumnHeaderItem::Type)
        return { tr("Activity: %1").arg(item->toolTip()), {} };
    return {};
}

void ReleaseBoardScene::highlightDropTarget(BoardLaneItem *lane)
{
    if (lane == m_dropTarget)
        return;
    if (m_dropTarget)
        m_dropTarget->setDropTarget(false);
    m_dropTarget = lane;
    if (m_dropTarget)
        m_dropTarget->setDropTarget(true);
}

void ReleaseBoardScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mousePressEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    m_pressPos = event->scenePos();
    m_dragging = false;
    const auto *cardItem = [&]() -> BoardCardItem * {
        for (QGraphicsItem *item : items(event->scenePos())) {
            if (item->type() == BoardCardItem::Type)
                return static_cast<BoardCardItem *>(item);
        }
        return nullptr;
    }();
    m_pressedOnCard = cardItem != nullptr;
    if (m_pressedOnCard)
        return;
    if (BoardLaneItem *lane = laneAt(event->scenePos())) {
        const QPointF local = lane->mapFromScene(event->scenePos());
        if (lane->collapseToggleRect().contains(local)) {
            const ReleaseId r = lane->releaseId();
            // Rebuilding deletes the items of this very event: do it once the event is over.
            QTimer::singleShot(0, this, [this, r] { setCollapsed(r, !isCollapsed(r)); });
        }
        setCurrentRelease(lane->releaseId());
        lane->setFocus(Qt::MouseFocusReason); // for the accessible name and description
    }
}

void ReleaseBoardScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseMoveEvent(event);
    if (!m_pressedOnCard || !(event->buttons() & Qt::LeftButton))
        return;
    if (!m_dragging
        && (event->scenePos() - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        m_dragging = true;
    if (m_dragging) {
        highlightDropTarget(laneAt(event->scenePos()));
        for (QGraphicsView *view : views())
            view->viewport()->setCursor(m_dropTarget ? Qt::DragMoveCursor : Qt::ForbiddenCursor);
    }
}

void ReleaseBoardScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    const bool dropped = m_dragging && event->button() == Qt::LeftButton;
    BoardLaneItem *target = dropped ? laneAt(event->scenePos()) : nullptr;
    const QList<StoryId> moving = selectedStories();
    const ReleaseId targetRelease = target ? target->releaseId() : ReleaseId();
    highlightDropTarget(nullptr);
    if (m_dragging) {
        for (QGraphicsView *view : views())
            view->viewport()->unsetCursor();
    }
    m_dragging = false;
    m_pressedOnCard = false;
    QGraphicsScene::mouseReleaseEvent(event);
    // Emitted last: the move rebuilds the scene, which deletes the items of this event.
    if (target && !moving.isEmpty())
        emit storiesDropped(moving, targetRelease);
}

void ReleaseBoardScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseDoubleClickEvent(event);
    BoardLaneItem *lane = laneAt(event->scenePos());
    if (lane && lane->releaseId().isValid()
        && lane->mapFromScene(event->scenePos()).x() < BoardMetrics::HeaderWidth)
        emit editRequested(lane->releaseId());
}

void ReleaseBoardScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    BoardCardItem *cardItem = nullptr;
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (item->type() == BoardCardItem::Type) {
            cardItem = static_cast<BoardCardItem *>(item);
            break;
        }
    }
    if (!cardItem)
        return;
    // Without a drag, from the keyboard's context-menu key too: move the selection to a slice.
    if (!cardItem->isSelected())
        selectStories({ cardItem->storyId() });
    const QList<StoryId> moving = selectedStories();
    QMenu menu;
    QMenu *moveTo = menu.addMenu(tr("Move %n Story(s) To", "", int(moving.size())));
    for (ReleaseId r : std::as_const(m_laneOrder)) {
        QAction *action
            = moveTo->addAction(r.isValid() ? m_document->release(r).name : tr("Unplanned"));
        action->setData(r.value);
    }
    const QAction *chosen = menu.exec(event->screenPos());
    if (chosen && chosen->data().isValid())
        emit storiesDropped(moving, ReleaseId(chosen->data().toLongLong()));
}

} // namespace Valuemap
