// StoryMapScene: what the map shows of the plan — the filter, collapsed lanes and activities,
// the steps shown, the persona row, presentation mode — and the selection.
#include "storymap/storymapscene.h"

#include "storage/document.h"
#include "storymap/backboneitem.h"
#include "storymap/cellitem.h"
#include "storymap/laneitem.h"
#include "storymap/storycarditem.h"

namespace Valuemap {

bool StoryMapScene::matches(qint64 story) const
{
    return m_filter.isEmpty() || m_filter.matches(*m_document, StoryId(story));
}

void StoryMapScene::applyFilter(StoryCardItem *card)
{
    card->setMatchesFilter(matches(card->storyId().value));
}

void StoryMapScene::setFilter(const StoryFilter &filter)
{
    m_filter = filter;
    for (CellItem *cell : std::as_const(m_cells)) {
        QList<CellItem::Block> blocks = cell->blocks();
        bool changed = false;
        for (CellItem::Block &b : blocks) {
            const bool now = matches(b.story);
            changed = changed || now != b.matches;
            b.matches = now;
        }
        if (changed)
            cell->setBlocks(blocks);
    }
    for (StoryCardItem *card : std::as_const(m_cards))
        applyFilter(card);
}

int StoryMapScene::matchingCount() const
{
    int n = 0;
    for (const CellItem *cell : std::as_const(m_cells)) {
        for (const CellItem::Block &b : cell->blocks())
            n += b.matches ? 1 : 0;
    }
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
            if (StoryCardItem *card = builtCard(id); card && card->isSelected())
                ids.append(id);
        }
    }
    return ids;
}

void StoryMapScene::setPresentation(bool on)
{
    if (m_presentation == on)
        return;
    m_presentation = on;
    update();
}

} // namespace Valuemap
