#include "storymap/storymapscene.h"

#include "storage/document.h"
#include "storage/slicecheck.h"
#include "storymap/backboneitem.h"
#include "storymap/laneitem.h"
#include "storymap/storycarditem.h"
#include "storymap/storymapstyle.h"
#include "workshop/votedots.h"

#include <QGraphicsSceneHelpEvent>
#include <QLocale>
#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Valuemap {

using namespace StoryMapStyle;

namespace {

// The optional row of persona chips above the backbone.
class PersonaRowItem final : public QGraphicsItem
{
public:
    QRectF boundingRect() const override { return QRectF(0, 0, m_width, PersonaRowHeight); }
    void setPersonas(const QList<std::pair<QString, QColor>> &personas, qreal width)
    {
        prepareGeometryChange();
        m_personas = personas;
        m_width = width;
        update();
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        QFont font;
        font.setPointSizeF(9);
        painter->setFont(font);
        const QFontMetricsF metrics(font);
        painter->setRenderHint(QPainter::Antialiasing);
        qreal x = Gutter;
        painter->setPen(mutedInk());
        painter->drawText(QRectF(Margin, 0, Gutter - Margin, PersonaRowHeight - 8), Qt::AlignVCenter,
                          StoryMapScene::tr("Personas"));
        for (const auto &[name, color] : m_personas) {
            const qreal w = metrics.horizontalAdvance(name) + 24;
            painter->setPen(Qt::NoPen);
            const QColor fill = color.isValid() ? color : Theme::colors().personaChip;
            painter->setBrush(fill);
            painter->drawRoundedRect(QRectF(x, 6, w, PersonaRowHeight - 16), 12, 12);
            painter->setPen(Theme::textOn(fill));
            painter->drawText(QRectF(x, 6, w, PersonaRowHeight - 16), Qt::AlignCenter, name);
            x += w + 8;
        }
    }

private:
    QList<std::pair<QString, QColor>> m_personas;
    qreal m_width = 0;
};

} // namespace

StoryMapScene::StoryMapScene(Document *document, QObject *parent)
    : QGraphicsScene(parent), m_document(document)
{
    setItemIndexMethod(BspTreeIndex);
    build();
    connect(m_document, &Document::changed, this, &StoryMapScene::onChanged);
    connect(Theme::instance(), &Theme::changed, this, [this] { update(); }); // items paint in it
    connect(VoteOverlay::of(m_document), &VoteOverlay::dotsChanged, this, [this](const QSet<qint64> &stories) {
        for (qint64 id : stories) {
            if (StoryCardItem *card = m_cards.value(id))
                card->refresh(*m_document);
        }
    });
}

StoryMapScene::~StoryMapScene()
{
    // The base class deletes the items; nobody may ask about them while it does.
    blockSignals(true);
    m_cards.clear();
    m_activities.clear();
    m_steps.clear();
    m_lanes.clear();
}

StoryCardItem *StoryMapScene::createCard(qint64 id)
{
    auto *card = new StoryCardItem(StoryId(id));
    addItem(card);
    card->refresh(*m_document);
    m_cards.insert(id, card);
    applyFilter(card);
    return card;
}

void StoryMapScene::build()
{
    auto *personas = new PersonaRowItem;
    addItem(personas);
    m_personas = personas;
    const PlanStore &store = m_document->store();
    for (qint64 id : store.group(Table::Activity, -1, 0)) {
        auto *item = new BackboneItem(BackboneItem::Activity, id);
        addItem(item);
        m_activities.insert(id, item);
    }
    for (qint64 id : store.group(Table::Step, -1, 0)) {
        auto *item = new BackboneItem(BackboneItem::Step, id);
        addItem(item);
        m_steps.insert(id, item);
    }
    for (qint64 id : store.group(Table::Release, -1, 0)) {
        auto *lane = new LaneItem(ReleaseId(id));
        addItem(lane);
        m_lanes.insert(id, lane);
    }
    auto *unplanned = new LaneItem(ReleaseId());
    addItem(unplanned);
    m_lanes.insert(0, unplanned);
    for (qint64 id : store.group(Table::Story, -1, 0))
        createCard(id);
    refreshBackbone();
    relayout();
    refreshLanes();
}

void StoryMapScene::removeItem(QHash<qint64, StoryCardItem *> &items, qint64 id)
{
    delete items.take(id);
}

void StoryMapScene::onChanged(const ChangeSet &changes)
{
    bool structure = false;
    bool backbone = false;
    bool lanes = false;
    QSet<qint64> refresh;
    const PlanStore &store = m_document->store();
    for (const RowOp &op : changes) {
        switch (op.table) {
        case Table::Story:
            if (op.kind == RowOp::Insert) {
                createCard(op.id);
                structure = backbone = lanes = true; // the step's story count changes too
            } else if (op.kind == RowOp::Remove) {
                removeItem(m_cards, op.id);
                structure = backbone = lanes = true;
            } else {
                refresh.insert(op.id);
                // The lanes' totals and working-product check read only these columns: a new
                // title or description does not check every slice again.
                lanes = lanes || op.column == StoryCol::StepId || op.column == StoryCol::ReleaseId
                        || op.column == StoryCol::Status || op.column == StoryCol::Estimate;
                structure = structure || op.column == StoryCol::StepId || op.column == StoryCol::ReleaseId
                        || op.column == StoryCol::Rank;
                backbone = backbone || op.column == StoryCol::StepId;
            }
            break;
        case Table::Activity:
        case Table::Step: {
            auto &items = op.table == Table::Activity ? m_activities : m_steps;
            const auto kind = op.table == Table::Activity ? BackboneItem::Activity : BackboneItem::Step;
            if (op.kind == RowOp::Insert) {
                auto *item = new BackboneItem(kind, op.id);
                addItem(item);
                items.insert(op.id, item);
            } else if (op.kind == RowOp::Remove) {
                delete items.take(op.id);
                m_collapsedActivities.remove(op.id);
            }
            backbone = true;
            structure = true;
            lanes = true; // the working-product check depends on the backbone
            break;
        }
        case Table::Release:
            if (op.kind == RowOp::Insert) {
                auto *lane = new LaneItem(ReleaseId(op.id));
                addItem(lane);
                m_lanes.insert(op.id, lane);
            } else if (op.kind == RowOp::Remove) {
                delete m_lanes.take(op.id);
                m_collapsedLanes.remove(op.id);
            }
            structure = structure || op.kind != RowOp::Update || op.column == ReleaseCol::Rank;
            lanes = true;
            break;
        case Table::Persona:
            backbone = true;
            for (qint64 s : store.group(Table::Story, StoryCol::PersonaId, op.id))
                refresh.insert(s);
            structure = structure || op.kind != RowOp::Update;
            break;
        case Table::StoryTag:
        case Table::StoryGoal:
            refresh.insert((op.kind == RowOp::Update ? store.row(op.table, op.id)->at(1) : op.row.at(1)).toLongLong());
            break;
        case Table::Tag:
            for (qint64 link : store.group(Table::StoryTag, StoryTagCol::TagId, op.id))
                refresh.insert(store.value(Table::StoryTag, link, StoryTagCol::StoryId).toLongLong());
            break;
        case Table::ReleaseGoal:
        case Table::Increment:
            lanes = true;
            break;
        default:
            break;
        }
    }
    for (qint64 id : refresh) {
        if (StoryCardItem *card = m_cards.value(id)) {
            card->refresh(*m_document);
            applyFilter(card);
        }
    }
    if (backbone)
        refreshBackbone();
    if (structure)
        relayout();
    if (lanes)
        refreshLanes();
}

void StoryMapScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    // A card's tooltip is built when it is about to be shown.
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (item->type() == StoryCardItem::Type) {
            static_cast<StoryCardItem *>(item)->prepareToolTip(*m_document);
            break;
        }
    }
    QGraphicsScene::helpEvent(event);
}

QList<ReleaseId> StoryMapScene::laneOrder() const
{
    QList<ReleaseId> order = m_document->releases();
    order.append(ReleaseId());
    return order;
}

QList<StepId> StoryMapScene::columnSteps() const
{
    QList<StepId> steps;
    for (StepId s : m_columnSteps) {
        if (s.isValid())
            steps.append(s);
    }
    return steps;
}

QList<StoryId> StoryMapScene::cellStories(StepId step, ReleaseId release) const
{
    QList<StoryId> cell;
    const PlanStore &store = m_document->store();
    for (qint64 id : store.children(Table::Story, step.value)) {
        if (store.value(Table::Story, id, StoryCol::ReleaseId).toLongLong() == release.value)
            cell.append(StoryId(id));
    }
    return cell;
}

QList<StoryId> StoryMapScene::columnStories(StepId step) const
{
    QList<StoryId> column;
    for (ReleaseId release : laneOrder()) {
        if (!isLaneCollapsed(release))
            column += cellStories(step, release);
    }
    return column;
}

void StoryMapScene::refreshBackbone()
{
    const PlanStore &store = m_document->store();
    for (auto it = m_activities.cbegin(); it != m_activities.cend(); ++it) {
        const Activity a = m_document->activity(ActivityId(it.key()));
        (*it)->setTitle(a.title);
        (*it)->setColor(a.color);
        (*it)->setDetail(isActivityCollapsed(a.id) ? tr("collapsed — double-click the arrow to expand")
                                                    : QString());
    }
    for (auto it = m_steps.cbegin(); it != m_steps.cend(); ++it) {
        (*it)->setTitle(store.value(Table::Step, it.key(), StepCol::Title).toString());
        (*it)->setDetail(tr("%n story(s)", "", int(store.children(Table::Story, it.key()).size())));
    }
    QList<std::pair<QString, QColor>> personas;
    for (PersonaId id : m_document->personas()) {
        const Persona p = m_document->persona(id);
        personas.append({ p.name, p.color });
    }
    static_cast<PersonaRowItem *>(m_personas)->setPersonas(personas, m_width);
}

void StoryMapScene::relayout()
{
    const PlanStore &store = m_document->store();
    const qreal top = Margin + (m_personasShown ? PersonaRowHeight : 0.0);
    m_personas->setVisible(m_personasShown);
    m_personas->setPos(0, Margin);

    // Columns: one per step; an activity without steps, or collapsed, keeps one empty column.
    m_columnSteps.clear();
    QSet<qint64> hiddenSteps;
    for (ActivityId a : m_document->activities()) {
        QList<StepId> steps = m_document->steps(a);
        if (!m_shownSteps.isEmpty()) { // only the shown steps, and no column for an activity without one
            const auto notShown = [this](StepId s) { return !m_shownSteps.contains(s.value); };
            for (StepId s : std::as_const(steps)) {
                if (notShown(s))
                    hiddenSteps.insert(s.value);
            }
            steps.removeIf(notShown);
            if (BackboneItem *item = m_activities.value(a.value))
                item->setVisible(!steps.isEmpty());
            if (steps.isEmpty())
                continue;
        }
        const int first = int(m_columnSteps.size());
        if (steps.isEmpty() || isActivityCollapsed(a)) {
            m_columnSteps.append(StepId());
            for (StepId s : steps)
                hiddenSteps.insert(s.value);
        } else {
            m_columnSteps += steps;
        }
        const int count = int(m_columnSteps.size()) - first;
        if (BackboneItem *item = m_activities.value(a.value)) {
            item->setPos(Gutter + first * ColumnWidth, top);
            item->setSize(QSizeF(count * ColumnWidth - Gap, ActivityHeight));
        }
    }
    for (auto it = m_steps.cbegin(); it != m_steps.cend(); ++it)
        (*it)->setVisible(!hiddenSteps.contains(it.key()));
    const qreal stepTop = top + ActivityHeight + Gap;
    for (int col = 0; col < m_columnSteps.size(); ++col) {
        if (BackboneItem *item = m_steps.value(m_columnSteps[col].value)) {
            item->setPos(Gutter + col * ColumnWidth, stepTop);
            item->setSize(QSizeF(CardWidth, StepHeight));
        }
    }
    m_width = Gutter + std::max<qsizetype>(1, m_columnSteps.size()) * ColumnWidth + Margin;

    // Lanes: tall enough for the fullest cell plus a strip to drop or add into below it: not a
    // whole empty card row, which made every lane look half empty.
    constexpr qreal DropRoom = 36;
    m_lanesTop = stepTop + StepHeight + 2 * Gap;
    m_laneSpans.clear();
    qreal y = m_lanesTop;
    // One pass over the stories of each column, sorted into its lanes: cells[column][release].
    QList<QHash<qint64, QList<qint64>>> cells(m_columnSteps.size());
    for (int col = 0; col < m_columnSteps.size(); ++col) {
        if (!m_columnSteps[col].isValid())
            continue;
        for (qint64 id : store.children(Table::Story, m_columnSteps[col].value)) {
            if (const Row *row = store.row(Table::Story, id))
                cells[col][row->at(StoryCol::ReleaseId).toLongLong()].append(id);
        }
    }
    const QList<ReleaseId> lanes = laneOrder();
    int moved = 0;
    for (int li = 0; li < lanes.size(); ++li) {
        const ReleaseId release = lanes[li];
        const bool collapsed = isLaneCollapsed(release);
        int fullest = 0;
        for (int col = 0; col < m_columnSteps.size(); ++col) {
            const QList<qint64> cell = cells[col].value(release.value);
            fullest = std::max(fullest, int(cell.size()));
            for (int i = 0; i < cell.size(); ++i) {
                StoryCardItem *card = m_cards.value(cell[i]);
                if (!card)
                    continue;
                card->setVisible(!collapsed);
                const QPointF pos(Gutter + col * ColumnWidth, y + LanePadding + i * (CardHeight + Gap));
                if (card->pos() != pos) {
                    card->setPos(pos);
                    ++moved;
                }
            }
        }
        LaneItem *lane = m_lanes.value(release.value);
        const qreal warningsRoom = lane ? 16.0 * lane->summary().warnings.size() * 2 : 0.0;
        const qreal height = collapsed ? CollapsedLaneHeight
                                       : std::max(LaneHeaderMinHeight + warningsRoom,
                                                  fullest * (CardHeight + Gap) + DropRoom + 2 * LanePadding);
        if (lane) {
            lane->setPos(0, y);
            lane->setGeometry(m_width, height, li % 2 == 1);
        }
        m_laneSpans.insert(release.value, { y, height });
        y += height;
    }
    // Cards of collapsed activities (their steps have no column) are hidden.
    for (qint64 step : hiddenSteps) {
        for (qint64 story : store.children(Table::Story, step)) {
            if (StoryCardItem *card = m_cards.value(story))
                card->setVisible(false);
        }
    }
    static_cast<PersonaRowItem *>(m_personas)->setPersonas(
            [this] {
                QList<std::pair<QString, QColor>> list;
                for (PersonaId id : m_document->personas())
                    list.append({ m_document->persona(id).name, m_document->persona(id).color });
                return list;
            }(),
            m_width);
    setSceneRect(0, 0, m_width, y + Margin);
    // When a lane grows, every card below it moves: one update of everything then costs less
    // than a dirty rectangle for each card, and the repaint it brings is one plain frame instead
    // of a frame clipped to hundreds of rectangles (callgrind: a third of a move between lanes).
    if (moved > 100)
        update();
    emit relaidOut();
}

void StoryMapScene::refreshLanes()
{
    // The same check as the release board, so the map and the board flag the same slices.
    bool heightsChanged = false;
    for (const SliceCheck &check : checkSlices(*m_document)) { // in lane order
        const ReleaseId release = check.release;
        LaneItem *lane = m_lanes.value(release.value);
        if (!lane)
            continue;
        LaneItem::Summary summary;
        summary.totals = tr("%n story(s)", "", check.stories) + u" · "_s
                + tr("%1 pts").arg(QLocale().toString(check.estimate)) + u" · "_s
                + tr("%1 done").arg(check.doneStories);
        summary.progress = check.stories == 0 ? 0.0 : double(check.doneStories) / check.stories;
        summary.collapsed = isLaneCollapsed(release);
        if (release.isValid()) {
            const Release r = m_document->release(release);
            summary.name = r.name;
            summary.delivered = r.status == ReleaseStatus::Delivered;
            summary.warnings = sliceWarnings(*m_document, check);
        } else {
            summary.name = tr("Unplanned");
        }
        heightsChanged = heightsChanged || lane->summary().warnings.size() != summary.warnings.size();
        lane->setSummary(summary);
    }
    if (heightsChanged)
        relayout();
}

void StoryMapScene::applyFilter(StoryCardItem *card)
{
    card->setMatchesFilter(m_filter.isEmpty() || m_filter.matches(*m_document, card->storyId()));
}

void StoryMapScene::setFilter(const StoryFilter &filter)
{
    m_filter = filter;
    for (StoryCardItem *card : std::as_const(m_cards))
        applyFilter(card);
}

int StoryMapScene::matchingCount() const
{
    int n = 0;
    for (StoryCardItem *card : std::as_const(m_cards))
        n += card->matchesFilter() ? 1 : 0;
    return n;
}

void StoryMapScene::setLaneCollapsed(ReleaseId release, bool collapsed)
{
    if (collapsed)
        m_collapsedLanes.insert(release.value);
    else
        m_collapsedLanes.remove(release.value);
    relayout();
    refreshLanes();
}

void StoryMapScene::setActivityCollapsed(ActivityId activity, bool collapsed)
{
    if (collapsed)
        m_collapsedActivities.insert(activity.value);
    else
        m_collapsedActivities.remove(activity.value);
    refreshBackbone();
    relayout();
}

void StoryMapScene::setShownSteps(const QSet<qint64> &steps)
{
    if (steps == m_shownSteps)
        return;
    m_shownSteps = steps;
    if (steps.isEmpty()) {
        for (BackboneItem *item : std::as_const(m_activities))
            item->setVisible(true);
    }
    relayout();
}

void StoryMapScene::setPersonasShown(bool shown)
{
    m_personasShown = shown;
    relayout();
}

QList<StoryId> StoryMapScene::selectedStories() const
{
    QList<StoryId> ids;
    for (StepId step : columnSteps()) {
        for (StoryId id : m_document->stories(step)) {
            if (StoryCardItem *card = m_cards.value(id.value); card && card->isSelected())
                ids.append(id);
        }
    }
    return ids;
}

QRectF StoryMapScene::laneRect(ReleaseId release) const
{
    const auto span = m_laneSpans.value(release.value, { -1.0, 0.0 });
    return QRectF(0, span.first, m_width, span.second);
}

QRectF StoryMapScene::cellRect(StepId step, ReleaseId release) const
{
    const int col = columnOf(step);
    const QRectF lane = laneRect(release);
    if (col < 0 || lane.top() < 0)
        return {};
    return QRectF(Gutter + col * ColumnWidth, lane.top(), CardWidth, lane.height());
}

qreal StoryMapScene::cellSlotY(ReleaseId release, int slot) const
{
    return laneRect(release).top() + LanePadding + slot * (CardHeight + Gap);
}

int StoryMapScene::stepIndexForCell(StepId step, ReleaseId release, int cellIndex,
                                    const QSet<qint64> &excluding) const
{
    const PlanStore &store = m_document->store();
    QList<qint64> stepList = store.children(Table::Story, step.value);
    stepList.removeIf([&](qint64 id) { return excluding.contains(id); });
    QList<int> cellPositions;
    for (int i = 0; i < stepList.size(); ++i) {
        if (store.value(Table::Story, stepList[i], StoryCol::ReleaseId).toLongLong() == release.value)
            cellPositions.append(i);
    }
    if (cellIndex >= 0 && cellIndex < cellPositions.size())
        return cellPositions[cellIndex];
    if (!cellPositions.isEmpty())
        return cellPositions.last() + 1;
    // An empty cell: after the stories of the lanes above, so the step's order follows the lanes.
    const QList<ReleaseId> lanes = laneOrder();
    const int lane = int(lanes.indexOf(release));
    int index = 0;
    for (int i = 0; i < stepList.size(); ++i) {
        const ReleaseId r(store.value(Table::Story, stepList[i], StoryCol::ReleaseId).toLongLong());
        if (lanes.indexOf(r) < lane)
            index = i + 1;
    }
    return index;
}

bool StoryMapScene::cellAt(const QPointF &scenePos, StepId *step, ReleaseId *release) const
{
    const int col = int(std::floor((scenePos.x() - Gutter) / ColumnWidth));
    if (col < 0 || col >= m_columnSteps.size() || !m_columnSteps[col].isValid())
        return false;
    for (ReleaseId r : laneOrder()) {
        const QRectF lane = laneRect(r);
        if (scenePos.y() >= lane.top() && scenePos.y() < lane.bottom()) {
            *step = m_columnSteps[col];
            *release = r;
            return true;
        }
    }
    return false;
}

StoryMapScene::DropTarget StoryMapScene::storyDropTarget(const QPointF &scenePos,
                                                         const QSet<qint64> &moving) const
{
    DropTarget target;
    QPointF pos = scenePos;
    const QList<ReleaseId> lanes = laneOrder();
    // Below the last lane counts as the last lane; above the first, as the first.
    pos.setY(std::clamp(pos.y(), laneRect(lanes.first()).top() + 1, laneRect(lanes.last()).bottom() - 1));
    if (!cellAt(pos, &target.step, &target.release))
        return target;
    const QList<StoryId> shown = cellStories(target.step, target.release);
    const qreal slot = CardHeight + Gap;
    int k = int(std::floor((pos.y() - laneRect(target.release).top() - LanePadding + slot / 2) / slot));
    k = std::clamp(k, 0, int(shown.size()));
    if (isLaneCollapsed(target.release))
        k = int(shown.size());
    int withoutMoving = 0;
    for (int i = 0; i < k; ++i)
        withoutMoving += moving.contains(shown[i].value) ? 0 : 1;
    target.stepIndex = stepIndexForCell(target.step, target.release, withoutMoving, moving);
    const qreal x = Gutter + columnOf(target.step) * ColumnWidth;
    const qreal y = cellSlotY(target.release, k) - Gap / 2;
    target.indicator = QLineF(x - 4, y, x + CardWidth + 4, y);
    target.valid = true;
    return target;
}

StoryId StoryMapScene::neighbour(StoryId from, int dx, int dy) const
{
    const Story s = m_document->story(from);
    if (!s.id.isValid())
        return {};
    if (dy != 0) {
        const QList<StoryId> column = columnStories(s.stepId);
        const int at = int(column.indexOf(from)) + dy;
        return at >= 0 && at < column.size() ? column[at] : StoryId();
    }
    const QList<StepId> steps = columnSteps();
    int col = int(steps.indexOf(s.stepId));
    // The nearest card in the next column that has any, preferring the same lane and height.
    for (col += dx; col >= 0 && col < steps.size(); col += dx) {
        const QList<StoryId> cell = cellStories(steps[col], s.releaseId);
        const int row = int(cellStories(s.stepId, s.releaseId).indexOf(from));
        if (!cell.isEmpty())
            return cell[std::min(row, int(cell.size()) - 1)];
        const QList<StoryId> column = columnStories(steps[col]);
        if (!column.isEmpty()) {
            const qreal y = card(from) ? card(from)->y() : 0.0;
            StoryId best = column.first();
            for (StoryId c : column) {
                if (card(c) && card(best) && std::abs(card(c)->y() - y) < std::abs(card(best)->y() - y))
                    best = c;
            }
            return best;
        }
    }
    return {};
}

void StoryMapScene::setPresentation(bool on)
{
    if (m_presentation == on)
        return;
    m_presentation = on;
    update();
}

} // namespace Valuemap
