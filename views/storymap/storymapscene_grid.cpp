#include "storymap/storymapscene.h"

#include "storage/document.h"
#include "storymap/storycarditem.h"
#include "storymap/storymapstyle.h"

#include <cmath>

namespace Valuemap {

using namespace StoryMapStyle;

// The grid as the view asks about it: cells, lanes, drop targets, neighbours.

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
            // Where the cards are on the map, built or not.
            const qreal y = storyRect(from).top();
            StoryId best = column.first();
            qreal bestDistance = std::abs(storyRect(best).top() - y);
            for (StoryId c : column) {
                if (const qreal d = std::abs(storyRect(c).top() - y); d < bestDistance) {
                    best = c;
                    bestDistance = d;
                }
            }
            return best;
        }
    }
    return {};
}

} // namespace Valuemap
