#include "storymap/storymapscene.h"

#include "storage/document.h"
#include "storymap/backboneitem.h"
#include "storymap/cellitem.h"
#include "storymap/laneitem.h"
#include "storymap/storycarditem.h"
#include "storymap/storymapstyle.h"
#include "workshop/votedots.h"

#include <QGraphicsSceneHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QSignalBlocker>

#include <algorithm>
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
    : QGraphicsScene(parent), m_document(document), m_slices(*document)
{
    setItemIndexMethod(NoIndex);
    build();
    connect(m_document, &Document::changed, this, &StoryMapScene::onChanged);
    connect(Theme::instance(), &Theme::changed, this, [this] { update(); }); // items paint in it
    connect(VoteOverlay::of(m_document), &VoteOverlay::dotsChanged, this, [this](const QSet<qint64> &stories) {
        for (qint64 id : stories) {
            if (StoryCardItem *card = m_cards.value(id))
                card->refresh(*m_document);
            refreshBlock(id);
        }
    });
}

StoryMapScene::~StoryMapScene()
{
    // The base class deletes the items; nobody may ask about them while it does.
    blockSignals(true);
    m_cards.clear();
    m_cells.clear();
    m_cellOf.clear();
    m_builtCells.clear();
    m_activities.clear();
    m_steps.clear();
    m_lanes.clear();
}

StoryCardItem *StoryMapScene::createCard(qint64 id, CellItem *cell, int index)
{
    auto *card = new StoryCardItem(StoryId(id));
    card->refresh(*m_document);
    m_cards.insert(id, card);
    applyFilter(card);
    card->setPos(0, CellItem::slotY(index));
    card->setParentItem(cell); // placed before it enters the scene
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
    // The lanes, their cells and cards are laid out before they enter the scene, which then
    // takes them as they are: a scene marks what moves within it for repainting, and before its
    // first frame it keeps those marks until an edit nearby repaints a whole lane for them.
    for (qint64 id : store.group(Table::Release, -1, 0))
        m_lanes.insert(id, new LaneItem(ReleaseId(id)));
    m_lanes.insert(0, new LaneItem(ReleaseId()));
    refreshBackbone();
    relayout();
    refreshLanes();
    for (ReleaseId release : laneOrder()) { // in the lanes' order, not the hash's: see relayout()
        if (LaneItem *lane = m_lanes.value(release.value))
            addItem(lane);
    }
}

void StoryMapScene::removeCard(qint64 id)
{
    delete m_cards.take(id);
}

void StoryMapScene::onChanged(const ChangeSet &changes)
{
    m_slices.apply(changes);
    bool structure = false;
    bool backbone = false;
    bool lanes = false;
    QSet<qint64> refresh;
    QSet<CellKey> cells; // whose cards changed; the whole layout only when `structure`
    const PlanStore &store = m_document->store();
    auto storeCell = [&store](qint64 story) {
        return CellKey { store.value(Table::Story, story, StoryCol::StepId).toLongLong(),
                         store.value(Table::Story, story, StoryCol::ReleaseId).toLongLong() };
    };
    auto touchCardCell = [&](qint64 story) {
        if (auto it = m_cellOf.constFind(story); it != m_cellOf.cend())
            cells.insert(*it);
    };
    // A removed card's place in the selection (or its focus) is said once, after the change,
    // not once per card: each listener reads the whole selection, and deleting 10,000
    // selected cards one signal at a time took 3 seconds.
    bool selectionShrank = false;
    bool focusLost = false;
    for (const RowOp &op : changes) {
        switch (op.table) {
        case Table::Story:
            if (op.kind == RowOp::Insert) {
                cells.insert(storeCell(op.id)); // a card if its cell has them
                backbone = lanes = true; // the step's story count changes too
            } else if (op.kind == RowOp::Remove) {
                touchCardCell(op.id);
                if (const StoryCardItem *card = m_cards.value(op.id)) {
                    selectionShrank = selectionShrank || card->isSelected();
                    focusLost = focusLost || card->hasFocus();
                    const QSignalBlocker quiet(this);
                    removeCard(op.id);
                }
                m_cellOf.remove(op.id);
                backbone = lanes = true;
            } else {
                refresh.insert(op.id);
                // The lanes' totals and working-product check read only these columns: a new
                // title or description does not check every slice again.
                lanes = lanes || op.column == StoryCol::StepId || op.column == StoryCol::ReleaseId
                        || op.column == StoryCol::Status || op.column == StoryCol::Estimate;
                if (op.column == StoryCol::StepId || op.column == StoryCol::ReleaseId || op.column == StoryCol::Rank) {
                    touchCardCell(op.id); // where it is shown, and where it goes
                    cells.insert(storeCell(op.id));
                }
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
                dropLane(op.id);
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
        refreshBlock(id);
    }
    if (backbone)
        refreshBackbone();
    if (structure)
        relayout();
    else if (!cells.isEmpty())
        relayoutCells(cells);
    if (lanes)
        refreshLanes();
    if (selectionShrank)
        emit selectionChanged();
    if (focusLost)
        emit focusItemChanged(focusItem(), nullptr, Qt::OtherFocusReason);
}

void StoryMapScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    // A card's tooltip is built when it is about to be shown; far out, its card first.
    buildCards(QRectF(event->scenePos(), QSizeF(0.01, 0.01)));
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
    updatePersonaRow();
}

void StoryMapScene::updatePersonaRow()
{
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

    // Cells: the stories of every step (those of collapsed activities too, hidden), sorted into
    // their lanes in the step's order; then the lanes' heights and places.
    m_lanesTop = stepTop + StepHeight + 2 * Gap;
    QHash<CellKey, QList<qint64>> cells;
    for (auto it = m_steps.cbegin(); it != m_steps.cend(); ++it) {
        for (qint64 id : store.children(Table::Story, it.key())) {
            if (const Row *row = store.row(Table::Story, id))
                cells[{ it.key(), row->at(StoryCol::ReleaseId).toLongLong() }].append(id);
        }
    }
    // In one order on every run (a hash's order is not): items made in the same order are
    // stacked and exported in the same order, so that the same plan gives the same file.
    QList<CellKey> keys = cells.keys();
    std::sort(keys.begin(), keys.end());
    for (const CellKey &key : std::as_const(keys))
        fillCell(key, cells.value(key));
    for (const CellKey &key : m_cells.keys()) {
        if (!cells.contains(key))
            dropCell(m_cells.value(key));
    }
    pruneCells(QList<CellItem *>(m_builtCells.cbegin(), m_builtCells.cend()));
    for (CellItem *cell : std::as_const(m_cells))
        placeCell(cell);
    updatePersonaRow();
    placeLanes();
}

void StoryMapScene::refreshLanes()
{
    // The same check as the release board, so the map and the board flag the same slices.
    bool heightsChanged = false;
    for (const SliceCheck &check : m_slices.checks()) { // in lane order
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
        placeLanes();
}

} // namespace Valuemap
