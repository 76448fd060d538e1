#include "releases/releaseboard.h"

#include "releases/boarditems.h"
#include "releases/boardscene.h"
#include "widgets/itemaccessibility.h"
#include "releases/boardview.h"
#include "releases/deliverdialog.h"
#include "releases/slicedetailspanel.h"
#include "storage/document.h"
#include "widgets/storyfinder.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Valuemap {

ReleaseBoard::~ReleaseBoard()
{
    ItemAccessibility::unfollow(m_view); // before the scene, a child, is destroyed
}

ReleaseBoard::ReleaseBoard(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    m_scene = new ReleaseBoardScene(document, this);
    m_view = new BoardView(document, m_scene, this);
    m_view->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_view->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_view->setDragMode(QGraphicsView::RubberBandDrag);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setAccessibleName(tr("Release slicing board"));
    m_view->setAccessibleDescription(
        tr("Arrows move between cards, Ctrl+arrows move the selected cards between slices and "
           "activities, Enter edits, Del deletes, Space selects"));
    ItemAccessibility::follow(m_view, [this](const QGraphicsItem *item) { return m_scene->describe(item); });
    m_details = new SliceDetailsPanel(document, this);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto makeAction = [this, toolbar](const QString &text, const QString &tip, auto slot) {
        auto *action = new QAction(text, this);
        action->setToolTip(tip);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        toolbar->addAction(action);
        addAction(action);
        m_editActions.append(action);
        return action;
    };
    m_add = makeAction(
        tr("New Slice"), tr("Add a release slice below the current one"), [this] { addSlice(); });
    m_split = makeAction(tr("Split Off Selected"),
        tr("Move the selected stories of the current slice into a new slice below it"),
        [this] { splitSelected(); });
    m_merge = makeAction(tr("Merge into Slice Above"),
        tr("Move the current slice's stories, goals and deliveries into the slice above"),
        [this] { mergeIntoPrevious(); });
    m_up = makeAction(
        tr("Move Slice Up"), tr("Deliver this slice earlier"), [this] { moveCurrent(-1); });
    m_down = makeAction(
        tr("Move Slice Down"), tr("Deliver this slice later"), [this] { moveCurrent(1); });
    m_deliver = makeAction(tr("Deliver…"), tr("Record that this slice shipped to customers"),
        [this] { deliverCurrent(); });
    m_delete = makeAction(tr("Delete Slice"),
        tr("Delete the current slice; its stories become unplanned"), [this] { deleteCurrent(); });
    m_up->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    m_down->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_filter = new QLineEdit(toolbar);
    m_filter->setPlaceholderText(tr("Filter unplanned stories…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(260);
    m_filter->setAccessibleName(tr("Filter unplanned stories"));
    toolbar->addWidget(m_filter);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({ 1330, 270 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, m_scene, &ReleaseBoardScene::setUnplannedFilter);
    // F3 and Shift+F3 find the field's text on every card of the board, slice by slice.
    StoryFinder::Hooks hooks;
    hooks.order = [this] {
        QList<StoryId> order;
        for (ReleaseId lane : m_scene->lanes())
            order += m_scene->cardsInLane(lane);
        return order;
    };
    hooks.current = [this] { return m_scene->selectedStories().value(0); };
    hooks.select = [this](StoryId id) {
        m_scene->selectStories({ id });
        if (QGraphicsItem *card = m_scene->card(id)) {
            m_view->ensureVisible(card, 40, 40);
            card->setFocus();
        }
    };
    m_finder = new StoryFinder(document, m_filter, this, hooks);
    connect(m_scene, &ReleaseBoardScene::storiesDropped, this,
        [this](const QList<StoryId> &stories, ReleaseId target) {
            moveStoriesToRelease(stories, target);
        });
    connect(m_scene, &ReleaseBoardScene::currentReleaseChanged, this, [this](ReleaseId release) {
        m_details->setRelease(release);
        updateActions();
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &ReleaseBoard::updateActions);
    connect(m_document, &Document::writableChanged, this, &ReleaseBoard::updateActions);
    connect(m_view, &BoardView::moveToSliceRequested, this, &ReleaseBoard::moveStoriesBySlices);
    connect(m_view, &BoardView::moveToActivityRequested, this, &ReleaseBoard::moveStoriesToActivity);
    connect(m_scene, &ReleaseBoardScene::rebuilt, m_view, [this] { ItemAccessibility::update(m_view); });
    connect(m_scene, &ReleaseBoardScene::editRequested, this, [this](ReleaseId release) {
        setCurrentRelease(release);
        m_details->nameEdit()->setFocus(Qt::OtherFocusReason);
        m_details->nameEdit()->selectAll();
    });
    connect(m_document, &Document::changed, this, &ReleaseBoard::refresh);
    m_stale = true; // built when first shown
    const QList<ReleaseId> releases = m_document->releases();
    // Start where the work is: the first slice not yet delivered.
    const auto open = std::find_if(releases.cbegin(), releases.cend(),
        [this](ReleaseId r) { return m_document->release(r).status != ReleaseStatus::Delivered; });
    if (open != releases.cend())
        setCurrentRelease(*open);
    else if (!releases.isEmpty())
        setCurrentRelease(releases.first());
    updateActions();
}

void ReleaseBoard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ReleaseBoard::refresh()
{
    if (!isVisible()) {
        m_stale = true;
        if (!m_document->store().contains(Table::Release, m_scene->currentRelease().value))
            m_scene->setCurrentRelease(ReleaseId());
        updateActions();
        return;
    }
    m_stale = false;
    m_scene->rebuild();
    if (!m_document->store().contains(Table::Release, m_scene->currentRelease().value))
        m_scene->setCurrentRelease(ReleaseId());
    m_details->setRelease(m_scene->currentRelease());
    updateActions();
}

ReleaseId ReleaseBoard::currentRelease() const
{
    return m_scene->currentRelease();
}

void ReleaseBoard::setCurrentRelease(ReleaseId release)
{
    m_scene->setCurrentRelease(release);
    m_details->setRelease(release);
    updateActions();
}

void ReleaseBoard::updateActions()
{
    const QList<ReleaseId> releases = m_document->releases();
    const ReleaseId current = currentRelease();
    const int index = int(releases.indexOf(current));
    const bool writable = !m_document->isReadOnly();
    const bool has = index >= 0 && writable;
    m_add->setEnabled(writable);
    const QList<StoryId> selected = m_scene->selectedStories();
    m_split->setEnabled(has && !selected.isEmpty()
        && std::all_of(selected.cbegin(), selected.cend(),
            [&](StoryId s) { return m_document->story(s).releaseId == current; }));
    m_merge->setEnabled(has && index > 0);
    m_up->setEnabled(has && index > 0);
    m_down->setEnabled(has && index < releases.size() - 1);
    m_deliver->setEnabled(has && !m_document->storiesInRelease(current).isEmpty());
    m_delete->setEnabled(has);
}

bool ReleaseBoard::moveStoriesToRelease(const QList<StoryId> &stories, ReleaseId target)
{
    QList<qint64> steps;
    QHash<qint64, QList<StoryId>> byStep;
    for (StoryId id : stories) {
        const Story s = m_document->story(id);
        if (!s.id.isValid() || s.releaseId == target)
            continue;
        if (!byStep.contains(s.stepId.value))
            steps.append(s.stepId.value);
        byStep[s.stepId.value].append(id);
    }
    if (steps.isEmpty())
        return true;
    int count = 0;
    for (const auto &ids : std::as_const(byStep))
        count += int(ids.size());
    m_document->beginCompound(
        tr("Move %n Story(s) to %1", "", count)
            .arg(target.isValid() ? m_document->release(target).name : tr("Unplanned")));
    bool ok = true;
    for (qint64 step : std::as_const(steps)) {
        const QList<StoryId> moving = byStep.value(step);
        if (!(ok = m_document->moveStories(moving, StepId(step), target, slotInStep(StepId(step), target, moving))))
            break;
    }
    m_document->endCompound();
    return ok;
}

int ReleaseBoard::slotInStep(StepId step, ReleaseId release, const QList<StoryId> &moving) const
{
    // Keep the step's stories ordered by slice: after the last one of this or an earlier slice.
    QHash<qint64, int> laneRank;
    const QList<ReleaseId> releases = m_document->releases();
    for (int i = 0; i < releases.size(); ++i)
        laneRank.insert(releases[i].value, i);
    const int targetRank = laneRank.value(release.value, INT_MAX);
    int index = 0;
    int position = 0;
    for (StoryId other : m_document->stories(step)) {
        if (moving.contains(other))
            continue;
        ++position;
        if (laneRank.value(m_document->story(other).releaseId.value, INT_MAX) <= targetRank)
            index = position;
    }
    return index;
}

bool ReleaseBoard::moveStoriesBySlices(const QList<StoryId> &stories, int delta)
{
    // The lane above or below the first story's, Unplanned being the last lane.
    if (stories.isEmpty())
        return false;
    QList<ReleaseId> lanes = m_document->releases();
    lanes.append(ReleaseId());
    const int at = int(lanes.indexOf(m_document->story(stories.first()).releaseId));
    if (at < 0 || at + delta < 0 || at + delta >= lanes.size())
        return false;
    const ReleaseId target = lanes[at + delta];
    const bool moved = moveStoriesToRelease(stories, target);
    if (moved && target.isValid())
        setCurrentRelease(target);
    return moved;
}

bool ReleaseBoard::moveStoriesToActivity(const QList<StoryId> &stories, int delta)
{
    // Each story into the neighbouring activity's nearest step (its first going right, its last
    // going left), keeping its slice. Stories at the edge of the backbone stay.
    const QList<ActivityId> activities = m_document->activities();
    QList<std::pair<StoryId, StepId>> moves;
    for (StoryId id : stories) {
        const Story s = m_document->story(id);
        int at = int(activities.indexOf(m_document->step(s.stepId).activityId)) + delta;
        for (; at >= 0 && at < activities.size(); at += delta) {
            const QList<StepId> steps = m_document->steps(activities[at]);
            if (!steps.isEmpty()) {
                moves.append({ id, delta > 0 ? steps.first() : steps.last() });
                break;
            }
        }
    }
    if (moves.isEmpty())
        return false;
    const Step first = m_document->step(moves.first().second);
    m_document->beginCompound(tr("Move %n Story(s) to %1", "", int(moves.size()))
                                      .arg(m_document->activity(first.activityId).title));
    bool ok = true;
    for (const auto &[story, step] : std::as_const(moves)) {
        const ReleaseId release = m_document->story(story).releaseId;
        if (!(ok = m_document->moveStories({ story }, step, release, slotInStep(step, release, { story }))))
            break;
    }
    m_document->endCompound();
    return ok;
}

ReleaseId ReleaseBoard::addSlice()
{
    const QList<ReleaseId> releases = m_document->releases();
    const int index = int(releases.indexOf(currentRelease()));
    const ReleaseId created = m_document->addRelease(
        tr("Release %1").arg(releases.size() + 1), index < 0 ? -1 : index + 1);
    if (created.isValid())
        setCurrentRelease(created);
    return created;
}

ReleaseId ReleaseBoard::splitSelected()
{
    const ReleaseId current = currentRelease();
    if (!current.isValid())
        return {};
    const ReleaseId part = m_document->splitRelease(current, m_scene->selectedStories(),
        tr("%1 (split)").arg(m_document->release(current).name));
    if (part.isValid())
        setCurrentRelease(part);
    return part;
}

bool ReleaseBoard::mergeIntoPrevious()
{
    const QList<ReleaseId> releases = m_document->releases();
    const int index = int(releases.indexOf(currentRelease()));
    if (index <= 0)
        return false;
    const ReleaseId into = releases[index - 1];
    if (!m_document->mergeReleases(into, releases[index]))
        return false;
    setCurrentRelease(into);
    return true;
}

bool ReleaseBoard::moveCurrent(int delta)
{
    const QList<ReleaseId> releases = m_document->releases();
    const int index = int(releases.indexOf(currentRelease()));
    if (index < 0 || index + delta < 0 || index + delta >= releases.size())
        return false;
    return m_document->moveRelease(releases[index], index + delta);
}

bool ReleaseBoard::deleteCurrent()
{
    const ReleaseId current = currentRelease();
    return current.isValid() && m_document->deleteRelease(current);
}

DeliverDialog *ReleaseBoard::deliverCurrent()
{
    const ReleaseId current = currentRelease();
    if (!current.isValid())
        return nullptr;
    auto *dialog = new DeliverDialog(m_document, current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace Valuemap
