// StoryMapView: the context menus of cards, steps, activities, lanes and empty cells.
#include "storymap/storymapview.h"

#include "storage/document.h"
#include "storymap/backboneitem.h"
#include "storymap/laneitem.h"
#include "storymap/storycarditem.h"
#include "storymap/storymapscene.h"
#include "storymap/storymapstyle.h"

#include <QContextMenuEvent>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace Valuemap {

using namespace StoryMapStyle;

void StoryMapView::contextMenuEvent(QContextMenuEvent *event)
{
    Document *doc = m_scene->document();
    const bool editable = !doc->isReadOnly();
    QGraphicsItem *item = mapItemAt(event->pos());
    QMenu menu(this);
    if (item && !item->isSelected()) {
        m_scene->clearSelection();
        item->setSelected(true);
    }
    const QPointF scenePos = mapToScene(event->pos());
    if (item && item->type() == StoryCardItem::Type) {
        const StoryId id = static_cast<StoryCardItem *>(item)->storyId();
        setCurrent(id);
        menu.addAction(tr("Edit Title"), this, [this, item] { editTitle(item); })->setEnabled(editable);
        menu.addAction(tr("Add Story Below"), this, &StoryMapView::addStory)->setEnabled(editable);
        QMenu *release = menu.addMenu(tr("Move to Release"));
        release->setEnabled(editable);
        for (ReleaseId r : m_scene->laneOrder()) {
            const QString name = r.isValid() ? doc->release(r).name : tr("Unplanned");
            release->addAction(name, this, [this, doc, r] {
                const QList<StoryId> ids = m_scene->selectedStories();
                if (ids.isEmpty())
                    return;
                const Story first = doc->story(ids.first());
                doc->moveStories(ids, first.stepId, r,
                                 m_scene->stepIndexForCell(first.stepId, r, -1, {}));
            });
        }
        QMenu *status = menu.addMenu(tr("Status"));
        status->setEnabled(editable);
        const QStringList names = { tr("To do"), tr("In progress"), tr("Done"), tr("Blocked") };
        for (int i = 0; i < names.size(); ++i) {
            status->addAction(names[i], this, [this, doc, i] {
                const QList<StoryId> ids = m_scene->selectedStories();
                doc->beginCompound(tr("Set Story Status"));
                for (StoryId s : ids)
                    doc->setStoryField(s, StoryField::Status, i);
                doc->endCompound();
            });
        }
        menu.addSeparator();
        menu.addAction(tr("Copy"), this, &StoryMapView::copySelection);
        menu.addAction(tr("Paste"), this, &StoryMapView::paste)->setEnabled(editable);
        menu.addAction(tr("Delete"), this, &StoryMapView::deleteSelection)->setEnabled(editable);
    } else if (item && item->type() == BackboneItem::Type) {
        auto *b = static_cast<BackboneItem *>(item);
        if (b->kind() == BackboneItem::Step) {
            m_lastStep = StepId(b->id());
            menu.addAction(tr("Rename Step"), this, [this, item] { editTitle(item); })->setEnabled(editable);
            menu.addAction(tr("Add Story"), this, [this, b] { addStoryAt(StepId(b->id()), ReleaseId(), -1); })
                    ->setEnabled(editable);
            menu.addAction(tr("Add Step After"), this, &StoryMapView::addStep)->setEnabled(editable);
            menu.addAction(tr("Delete Step"), this, &StoryMapView::deleteSelection)->setEnabled(editable);
        } else {
            const ActivityId activity(b->id());
            const QList<StepId> steps = doc->steps(activity);
            m_lastStep = steps.isEmpty() ? StepId() : steps.last();
            menu.addAction(tr("Rename Activity"), this, [this, item] { editTitle(item); })->setEnabled(editable);
            menu.addAction(tr("Add Step"), this, [this, doc, activity] {
                const StepId step = doc->addStep(activity, tr("New step"));
                if (step.isValid())
                    editTitle(m_scene->stepItem(step));
            })->setEnabled(editable);
            menu.addAction(tr("Add Activity After"), this, &StoryMapView::addActivity)->setEnabled(editable);
            const bool collapsed = m_scene->isActivityCollapsed(activity);
            menu.addAction(collapsed ? tr("Expand Activity") : tr("Collapse Activity"), this,
                           [this, activity, collapsed] { m_scene->setActivityCollapsed(activity, !collapsed); });
            menu.addAction(tr("Delete Activity"), this, &StoryMapView::deleteSelection)->setEnabled(editable);
        }
    } else if (item && item->type() == LaneItem::Type) {
        const ReleaseId release = static_cast<LaneItem *>(item)->releaseId();
        const bool collapsed = m_scene->isLaneCollapsed(release);
        if (release.isValid()) {
            menu.addAction(tr("Rename Release"), this, [this, item] { editTitle(item); })->setEnabled(editable);
            const int rank = doc->release(release).rank;
            menu.addAction(tr("Move Lane Up"), this, [doc, release, rank] { doc->moveRelease(release, rank - 1); })
                    ->setEnabled(editable && rank > 0);
            menu.addAction(tr("Move Lane Down"), this, [doc, release, rank] { doc->moveRelease(release, rank + 1); })
                    ->setEnabled(editable && rank + 1 < doc->releases().size());
        }
        menu.addAction(collapsed ? tr("Expand Lane") : tr("Collapse Lane"), this,
                       [this, release, collapsed] { m_scene->setLaneCollapsed(release, !collapsed); });
        menu.addAction(tr("Add Release"), this, &StoryMapView::addRelease)->setEnabled(editable);
        if (release.isValid())
            menu.addAction(tr("Delete Release"), this, &StoryMapView::deleteSelection)->setEnabled(editable);
    } else {
        StepId step;
        ReleaseId release;
        if (!onPinnedHeader(event->pos()) && m_scene->cellAt(scenePos, &step, &release)) {
            menu.addAction(tr("Add Story Here"), this, [this, step, release] { addStoryAt(step, release, -1); })
                    ->setEnabled(editable);
            menu.addAction(tr("Paste"), this, [this, step, release] {
                m_lastStep = step;
                m_lastRelease = release;
                setCurrent({});
                paste();
            })->setEnabled(editable);
        }
        menu.addAction(tr("Add Activity"), this, &StoryMapView::addActivity)->setEnabled(editable);
        menu.addAction(tr("Add Release"), this, &StoryMapView::addRelease)->setEnabled(editable);
        menu.addSeparator();
        menu.addAction(tr("Zoom to Fit"), this, &StoryMapView::zoomToFit);
    }
    menu.exec(event->globalPos());
}

} // namespace Valuemap
