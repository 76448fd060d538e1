// StoryMapView: the keyboard: arrows select, Alt+arrows climb between cards, steps, activities
// and lanes, Ctrl+arrows move the selection.
#include "storymap/storymapview.h"
#include "widgets/arrowkeys.h"

#include "storage/document.h"
#include "storymap/backboneitem.h"
#include "storymap/laneitem.h"
#include "storymap/storycarditem.h"
#include "storymap/storymapscene.h"

#include <QKeyEvent>

namespace Valuemap {

void StoryMapView::keyPressEvent(QKeyEvent *event)
{
    if (m_editor) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const QPoint arrow = arrowStep(event->key());
    const int dx = arrow.x();
    const int dy = arrow.y();
    if (arrow.isNull()) {
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_F2:
            editCurrentTitle();
            return;
        case Qt::Key_Escape:
            if (m_drag != DragKind::None)
                cancelDrag();
            else
                m_scene->clearSelection();
            return;
        default:
            QGraphicsView::keyPressEvent(event);
            return;
        }
    }
    // With a step, an activity or a lane selected, the keys work on it.
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    QGraphicsItem *single = selected.size() == 1 ? selected.first() : nullptr;
    if (event->modifiers() & Qt::AltModifier) {
        selectByKeyboard(single, dx, dy);
        return;
    }
    if (single && single->type() != StoryCardItem::Type) {
        if (ctrl)
            moveByKeyboard(single, dx, dy);
        else if (single->type() == BackboneItem::Type)
            selectNeighbourBackbone(static_cast<BackboneItem *>(single), dx, dy);
        return;
    }
    if (ctrl) {
        moveCurrent(dx, dy);
        return;
    }
    if (!m_current.isValid()) {
        const QList<StepId> steps = m_scene->columnSteps();
        for (StepId s : steps) {
            const QList<StoryId> column = m_scene->columnStories(s);
            if (!column.isEmpty()) {
                selectStory(column.first());
                return;
            }
        }
        return;
    }
    const StoryId next = m_scene->neighbour(m_current, dx, dy);
    if (next.isValid())
        selectStory(next);
}

void StoryMapView::selectItem(QGraphicsItem *item)
{
    if (!item)
        return;
    m_scene->clearSelection();
    item->setSelected(true);
    ensureVisible(item, 40, 40);
}

void StoryMapView::selectByKeyboard(QGraphicsItem *from, int dx, int dy)
{
    // Alt+Up climbs from a card to its step and activity, Alt+Down goes back down,
    // Alt+Left goes from a card to its lane's label.
    Document *doc = m_scene->document();
    if (!from && m_current.isValid())
        from = m_scene->card(m_current);
    if (!from)
        return;
    if (from->type() == StoryCardItem::Type) {
        const Story s = doc->story(static_cast<StoryCardItem *>(from)->storyId());
        if (dy < 0)
            selectItem(m_scene->stepItem(s.stepId));
        else if (dx < 0)
            selectItem(m_scene->lane(s.releaseId));
        return;
    }
    if (from->type() == BackboneItem::Type) {
        auto *b = static_cast<BackboneItem *>(from);
        if (b->kind() == BackboneItem::Step && dy < 0) {
            selectItem(m_scene->activityItem(doc->step(StepId(b->id())).activityId));
        } else if (b->kind() == BackboneItem::Step && dy > 0) {
            const QList<StoryId> column = m_scene->columnStories(StepId(b->id()));
            if (!column.isEmpty())
                selectStory(column.first());
        } else if (b->kind() == BackboneItem::Activity && dy > 0) {
            const QList<StepId> steps = doc->steps(ActivityId(b->id()));
            if (!steps.isEmpty())
                selectItem(m_scene->stepItem(steps.first()));
        }
        return;
    }
    if (from->type() == LaneItem::Type && dx > 0) {
        const ReleaseId release = static_cast<LaneItem *>(from)->releaseId();
        for (StepId step : m_scene->columnSteps()) {
            const QList<StoryId> cell = m_scene->cellStories(step, release);
            if (!cell.isEmpty()) {
                selectStory(cell.first());
                return;
            }
        }
    }
}

void StoryMapView::selectNeighbourBackbone(BackboneItem *from, int dx, int dy)
{
    Document *doc = m_scene->document();
    if (dy != 0 || dx == 0)
        return;
    if (from->kind() == BackboneItem::Step) {
        const QList<StepId> steps = m_scene->columnSteps();
        const int at = int(steps.indexOf(StepId(from->id()))) + dx;
        if (at >= 0 && at < steps.size())
            selectItem(m_scene->stepItem(steps[at]));
    } else {
        const QList<ActivityId> activities = doc->activities();
        const int at = int(activities.indexOf(ActivityId(from->id()))) + dx;
        if (at >= 0 && at < activities.size())
            selectItem(m_scene->activityItem(activities[at]));
    }
}

void StoryMapView::moveByKeyboard(QGraphicsItem *item, int dx, int dy)
{
    // Ctrl+arrows move the selected step or activity along the backbone, or the lane up or down.
    Document *doc = m_scene->document();
    if (item->type() == BackboneItem::Type && dx != 0) {
        auto *b = static_cast<BackboneItem *>(item);
        if (b->kind() == BackboneItem::Activity) {
            doc->moveActivity(ActivityId(b->id()), std::max(0, doc->activity(ActivityId(b->id())).rank + dx));
        } else {
            const Step step = doc->step(StepId(b->id()));
            const QList<StepId> siblings = doc->steps(step.activityId);
            const QList<ActivityId> activities = doc->activities();
            const int activityAt = int(activities.indexOf(step.activityId));
            const int target = step.rank + dx;
            if (target >= 0 && target < siblings.size())
                doc->moveStep(step.id, step.activityId, target);
            else if (dx < 0 && activityAt > 0) // over the edge: into the neighbouring activity
                doc->moveStep(step.id, activities[activityAt - 1], -1);
            else if (dx > 0 && activityAt + 1 < activities.size())
                doc->moveStep(step.id, activities[activityAt + 1], 0);
        }
        selectItem(item);
        return;
    }
    if (item->type() == LaneItem::Type && dy != 0) {
        const ReleaseId release = static_cast<LaneItem *>(item)->releaseId();
        if (!release.isValid())
            return;
        const int target = doc->release(release).rank + dy;
        if (target >= 0 && target < doc->releases().size())
            doc->moveRelease(release, target);
        selectItem(m_scene->lane(release));
    }
}

} // namespace Valuemap
