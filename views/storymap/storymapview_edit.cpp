// StoryMapView: the editing commands, in-place titles and context menus.
#include "storymap/storymapview.h"

#include "storage/document.h"
#include "storymap/backboneitem.h"
#include "storymap/laneitem.h"
#include "storymap/storycarditem.h"
#include "storymap/storymapscene.h"
#include "storymap/storymapstyle.h"
#include "storymap/titleeditor.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace Valuemap {

using namespace StoryMapStyle;

namespace {
const QString StoriesMime = u"application/x-valuemap-stories"_s;
}

void StoryMapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    QGraphicsItem *item = mapItemAt(event->position().toPoint());
    if (item) {
        if (item->type() == BackboneItem::Type) {
            auto *backbone = static_cast<BackboneItem *>(item);
            // Double-clicking a collapsed activity opens it again.
            if (backbone->kind() == BackboneItem::Activity && m_scene->isActivityCollapsed(ActivityId(backbone->id()))) {
                m_scene->setActivityCollapsed(ActivityId(backbone->id()), false);
                return;
            }
        }
        editTitle(item);
        return;
    }
    StepId step;
    ReleaseId release;
    const QPointF scenePos = mapToScene(event->position().toPoint());
    if (!onPinnedHeader(event->position().toPoint()) && m_scene->cellAt(scenePos, &step, &release)) {
        addStoryAt(step, release, -1);
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void StoryMapView::editCurrentTitle()
{
    QList<QGraphicsItem *> selected = m_scene->selectedItems();
    if (StoryCardItem *card = m_scene->card(m_current); card && card->isSelected())
        editTitle(card);
    else if (selected.size() == 1)
        editTitle(selected.first());
}

void StoryMapView::editTitle(QGraphicsItem *item, bool freshlyAdded)
{
    Document *doc = m_scene->document();
    if (!item || doc->isReadOnly())
        return;
    QString text;
    QRectF area = item->sceneBoundingRect().adjusted(2, 2, -4, -4);
    switch (item->type()) {
    case StoryCardItem::Type:
        text = static_cast<StoryCardItem *>(item)->title();
        break;
    case BackboneItem::Type:
        text = static_cast<BackboneItem *>(item)->title();
        break;
    case LaneItem::Type: {
        auto *lane = static_cast<LaneItem *>(item);
        if (!lane->releaseId().isValid())
            return;
        text = doc->release(lane->releaseId()).name;
        area = lane->mapRectToScene(lane->headerRect()).adjusted(8, 6, -4, 0);
        area.setHeight(std::min(area.height(), 60.0));
        break;
    }
    default:
        return;
    }
    if (m_editor)
        m_editor->clearFocus();
    auto *editor = new TitleEditor(text, area);
    m_scene->addItem(editor);
    m_editor = editor;
    m_editedStory = item->type() == StoryCardItem::Type ? static_cast<StoryCardItem *>(item)->storyId() : StoryId();
    ensureVisible(area, 30, 30);
    connect(editor, &TitleEditor::committed, this, [this, editor, item, freshlyAdded](const QString &value) {
        editor->hide();
        editor->deleteLater();
        m_editor = nullptr; // editing is over now, not when the editor is deleted
        m_editedStory = {};
        commitTitle(item, value, freshlyAdded);
    });
    connect(editor, &TitleEditor::cancelled, this, [this, editor, freshlyAdded] {
        editor->hide();
        editor->deleteLater();
        m_editor = nullptr;
        m_editedStory = {};
        // Escape on a card that was just added takes the card back.
        if (freshlyAdded)
            m_scene->document()->undo();
        setFocus();
    });
    editor->start();
}

void StoryMapView::commitTitle(QGraphicsItem *item, const QString &text, bool freshlyAdded)
{
    Document *doc = m_scene->document();
    const QString title = text.trimmed();
    setFocus();
    switch (item->type()) {
    case StoryCardItem::Type: {
        const StoryId id = static_cast<StoryCardItem *>(item)->storyId();
        if (freshlyAdded && title.isEmpty()) {
            doc->undo(); // an empty new card is no card
            return;
        }
        if (!title.isEmpty())
            doc->setStoryField(id, StoryField::Title, title);
        if (freshlyAdded) {
            // Type, Enter, type the next: a new card right below this one.
            const Story s = doc->story(id);
            const int slot = int(m_scene->cellStories(s.stepId, s.releaseId).indexOf(id)) + 1;
            addStoryAt(s.stepId, s.releaseId, slot);
        }
        return;
    }
    case BackboneItem::Type: {
        auto *backbone = static_cast<BackboneItem *>(item);
        if (title.isEmpty())
            return;
        if (backbone->kind() == BackboneItem::Activity)
            doc->setActivityField(ActivityId(backbone->id()), ActivityField::Title, title);
        else
            doc->setStepField(StepId(backbone->id()), StepField::Title, title);
        return;
    }
    case LaneItem::Type:
        if (!title.isEmpty())
            doc->setReleaseField(static_cast<LaneItem *>(item)->releaseId(), ReleaseField::Name, title);
        return;
    }
}

void StoryMapView::addStoryAt(StepId step, ReleaseId release, int cellIndex)
{
    if (!step.isValid())
        return;
    const StoryId id = insertStory(step, release, cellIndex, tr("New story"));
    if (id.isValid())
        editTitle(m_scene->card(id), true);
}

StoryId StoryMapView::insertStory(StepId step, ReleaseId release, int cellIndex, const QString &title)
{
    if (m_scene->isLaneCollapsed(release))
        m_scene->setLaneCollapsed(release, false);
    const int index = m_scene->stepIndexForCell(step, release, cellIndex, {});
    const StoryId id = m_scene->document()->addStory(step, release, title, index);
    if (id.isValid())
        selectStory(id);
    return id;
}

void StoryMapView::addStory()
{
    StepId step;
    ReleaseId release;
    int cellIndex = -1;
    if (insertionCell(&step, &release, &cellIndex))
        addStoryAt(step, release, cellIndex);
    else
        explainWhyNothingWasAdded(); // an empty map: say what comes first
}

void StoryMapView::addStep()
{
    Document *doc = m_scene->document();
    ActivityId activity;
    int index = -1;
    if (m_lastStep.isValid() && doc->store().contains(Table::Step, m_lastStep.value)) {
        const Step s = doc->step(m_lastStep);
        activity = s.activityId;
        index = s.rank + 1;
    } else if (!doc->activities().isEmpty()) {
        activity = doc->activities().last();
    } else {
        activity = doc->addActivity(tr("New activity"));
    }
    const StepId step = doc->addStep(activity, tr("New step"), index);
    if (!step.isValid())
        return;
    m_lastStep = step;
    editTitle(m_scene->stepItem(step));
}

void StoryMapView::addActivity()
{
    Document *doc = m_scene->document();
    int index = -1;
    if (m_lastStep.isValid() && doc->store().contains(Table::Step, m_lastStep.value))
        index = doc->activity(doc->step(m_lastStep).activityId).rank + 1;
    const ActivityId activity = doc->addActivity(tr("New activity"), index);
    if (activity.isValid())
        editTitle(m_scene->activityItem(activity));
}

void StoryMapView::addRelease()
{
    const ReleaseId release = m_scene->document()->addRelease(tr("New release"));
    if (release.isValid())
        editTitle(m_scene->lane(release));
}

void StoryMapView::deleteSelection()
{
    Document *doc = m_scene->document();
    const QList<StoryId> stories = m_scene->selectedStories();
    QList<StepId> steps;
    QList<ActivityId> activities;
    QList<ReleaseId> releases;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (item->type() == BackboneItem::Type) {
            auto *b = static_cast<BackboneItem *>(item);
            if (b->kind() == BackboneItem::Step)
                steps.append(StepId(b->id()));
            else
                activities.append(ActivityId(b->id()));
        } else if (item->type() == LaneItem::Type && static_cast<LaneItem *>(item)->releaseId().isValid()) {
            releases.append(static_cast<LaneItem *>(item)->releaseId());
        }
    }
    if (stories.isEmpty() && steps.isEmpty() && activities.isEmpty() && releases.isEmpty())
        return;
    // The neighbour of the first deleted card keeps the keyboard going.
    const StoryId next = stories.isEmpty() ? StoryId() : m_scene->neighbour(stories.last(), 0, 1);
    doc->beginCompound(tr("Delete"));
    if (!stories.isEmpty())
        doc->deleteStories(stories);
    for (StepId s : steps) {
        if (doc->store().contains(Table::Step, s.value))
            doc->deleteStep(s);
    }
    for (ActivityId a : activities) {
        if (doc->store().contains(Table::Activity, a.value))
            doc->deleteActivity(a);
    }
    for (ReleaseId r : releases)
        doc->deleteRelease(r);
    doc->endCompound();
    if (next.isValid() && m_scene->card(next))
        selectStory(next);
}

void StoryMapView::copySelection()
{
    const Document *doc = m_scene->document();
    const QList<StoryId> ids = m_scene->selectedStories();
    if (ids.isEmpty())
        return;
    QJsonArray array;
    QStringList titles;
    for (StoryId id : ids) {
        const Story s = doc->story(id);
        QJsonObject o;
        o[u"title"_s] = s.title;
        o[u"description"_s] = s.description;
        o[u"acceptanceCriteria"_s] = s.acceptanceCriteria;
        if (s.estimate)
            o[u"estimate"_s] = *s.estimate;
        if (s.businessValue)
            o[u"businessValue"_s] = *s.businessValue;
        o[u"status"_s] = int(s.status);
        o[u"persona"_s] = s.personaId.value;
        o[u"color"_s] = s.color.isValid() ? s.color.name() : QString();
        o[u"tags"_s] = QJsonArray::fromStringList(doc->storyTags(id));
        array.append(o);
        titles.append(s.title);
    }
    auto *mime = new QMimeData;
    mime->setData(StoriesMime, QJsonDocument(array).toJson(QJsonDocument::Compact));
    mime->setText(titles.join(u'\n'));
    QApplication::clipboard()->setMimeData(mime);
}

void StoryMapView::paste()
{
    Document *doc = m_scene->document();
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime || doc->isReadOnly())
        return;
    QJsonArray stories;
    if (mime->hasFormat(StoriesMime)) {
        stories = QJsonDocument::fromJson(mime->data(StoriesMime)).array();
    } else if (mime->hasText()) {
        // Lines of text from anywhere become cards, one per line.
        for (const QString &line : mime->text().split(u'\n', Qt::SkipEmptyParts)) {
            if (!line.trimmed().isEmpty())
                stories.append(QJsonObject{ { u"title"_s, line.trimmed() } });
        }
    }
    if (stories.isEmpty())
        return;
    StepId step = m_lastStep;
    ReleaseId release = m_lastRelease;
    int slot = -1;
    if (m_current.isValid() && doc->store().contains(Table::Story, m_current.value)) {
        const Story s = doc->story(m_current);
        step = s.stepId;
        release = s.releaseId;
        slot = int(m_scene->cellStories(step, release).indexOf(s.id)) + 1;
    }
    if (!doc->store().contains(Table::Step, step.value))
        return;
    if (!doc->store().contains(Table::Release, release.value))
        release = ReleaseId();
    int index = m_scene->stepIndexForCell(step, release, slot, {});
    QList<StoryId> added;
    doc->beginCompound(tr("Paste %n Story(s)", "", int(stories.size())));
    for (const QJsonValue &value : std::as_const(stories)) {
        const QJsonObject o = value.toObject();
        const StoryId id = doc->addStory(step, release, o[u"title"_s].toString(), index++);
        if (!id.isValid())
            break;
        added.append(id);
        if (o.contains(u"description"_s))
            doc->setStoryField(id, StoryField::Description, o[u"description"_s].toString());
        if (o.contains(u"acceptanceCriteria"_s))
            doc->setStoryField(id, StoryField::AcceptanceCriteria, o[u"acceptanceCriteria"_s].toString());
        if (o.contains(u"estimate"_s))
            doc->setStoryField(id, StoryField::Estimate, o[u"estimate"_s].toDouble());
        if (o.contains(u"businessValue"_s))
            doc->setStoryField(id, StoryField::BusinessValue, o[u"businessValue"_s].toInt());
        if (o.contains(u"status"_s))
            doc->setStoryField(id, StoryField::Status, o[u"status"_s].toInt());
        const qint64 persona = qint64(o[u"persona"_s].toDouble());
        if (persona && doc->store().contains(Table::Persona, persona))
            doc->setStoryField(id, StoryField::Persona, persona);
        if (!o[u"color"_s].toString().isEmpty())
            doc->setStoryField(id, StoryField::Color, o[u"color"_s].toString());
        if (o.contains(u"tags"_s)) {
            QStringList tags;
            for (const QJsonValue &t : o[u"tags"_s].toArray())
                tags.append(t.toString());
            doc->setStoryTags(id, tags);
        }
    }
    doc->endCompound();
    selectCards(added);
    if (!added.isEmpty())
        setCurrent(added.last());
}

void StoryMapView::moveCurrent(int dx, int dy)
{
    Document *doc = m_scene->document();
    if (!m_current.isValid() || !m_scene->card(m_current))
        return;
    const Story s = doc->story(m_current);
    const QList<ReleaseId> lanes = m_scene->laneOrder();
    const QList<StoryId> cell = m_scene->cellStories(s.stepId, s.releaseId);
    const int row = int(cell.indexOf(s.id));
    const QSet<qint64> self{ s.id.value };
    StepId step = s.stepId;
    ReleaseId release = s.releaseId;
    int slot = row;
    if (dy != 0) {
        slot = row + dy;
        const int lane = int(lanes.indexOf(release));
        if (slot < 0 && lane > 0) {
            release = lanes[lane - 1]; // up out of the lane: to the end of the lane above
            slot = int(m_scene->cellStories(step, release).size());
        } else if (slot >= cell.size() && lane + 1 < lanes.size()) {
            release = lanes[lane + 1]; // down out of the lane: to the top of the lane below
            slot = 0;
        } else if (slot < 0 || slot >= cell.size()) {
            return;
        }
    } else {
        const QList<StepId> steps = m_scene->columnSteps();
        const int col = int(steps.indexOf(step)) + dx;
        if (col < 0 || col >= steps.size())
            return;
        step = steps[col];
        slot = std::min(row, int(m_scene->cellStories(step, release).size()));
    }
    doc->moveStories({ s.id }, step, release, m_scene->stepIndexForCell(step, release, slot, self));
    selectStory(s.id);
}

bool StoryMapView::insertionCell(StepId *step, ReleaseId *release, int *cellIndex) const
{
    const Document *doc = m_scene->document();
    if (m_current.isValid() && doc->store().contains(Table::Story, m_current.value)) {
        const Story s = doc->story(m_current);
        *step = s.stepId;
        *release = s.releaseId;
        *cellIndex = int(m_scene->cellStories(s.stepId, s.releaseId).indexOf(s.id)) + 1;
        return true;
    }
    *step = m_lastStep;
    if (!doc->store().contains(Table::Step, step->value)) {
        const QList<StepId> steps = m_scene->columnSteps();
        if (steps.isEmpty())
            return false;
        *step = steps.first();
    }
    *release = doc->store().contains(Table::Release, m_lastRelease.value) ? m_lastRelease : ReleaseId();
    *cellIndex = -1;
    return true;
}

QString StoryMapView::captureTargetText() const
{
    StepId step;
    ReleaseId release;
    int cellIndex = -1;
    if (!insertionCell(&step, &release, &cellIndex))
        return tr("no step yet — add one to the backbone first");
    const Document *doc = m_scene->document();
    const QString lane = release.isValid() ? doc->release(release).name : tr("Unplanned");
    return tr("%1 · %2").arg(doc->step(step).title, lane);
}

bool StoryMapView::captureStory(const QString &title, QString *error)
{
    Document *doc = m_scene->document();
    if (doc->isReadOnly()) {
        *error = tr("This plan is open for viewing only.");
        return false;
    }
    StepId step;
    ReleaseId release;
    int cellIndex = -1;
    if (!insertionCell(&step, &release, &cellIndex)) {
        *error = tr("The map has no step yet: add an activity and a step first.");
        return false;
    }
    if (!insertStory(step, release, cellIndex, title).isValid()) {
        *error = tr("The card could not be added (see the message).");
        return false;
    }
    return true;
}

void StoryMapView::setAddTarget(StepId step, ReleaseId release)
{
    m_scene->clearSelection();
    setCurrent(StoryId());
    m_lastStep = step;
    m_lastRelease = release;
}

} // namespace Valuemap
