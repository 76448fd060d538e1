// StoryMapView: what the map tells a newcomer and a screen reader.
#include "storymap/storymapview.h"

#include "storage/document.h"
#include "storymap/backboneitem.h"
#include "storymap/laneitem.h"
#include "storymap/storycarditem.h"
#include "storymap/storymapscene.h"

#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace Valuemap {

QString StoryMapView::emptyMapHint() const
{
    const Document &doc = *m_scene->document();
    if (doc.activities().isEmpty())
        return tr("This map is empty. Add an activity first (Ctrl+Ins): what the user does, in the "
                  "order of their journey. Then add its steps (Shift+Ins) and the stories under them (Ins).");
    if (m_scene->columnSteps().isEmpty())
        return tr("Add a step to an activity first (Shift+Ins); then add the stories under it (Ins).");
    return {};
}

void StoryMapView::drawEmptyMapHint(QPainter *painter)
{
    const QString hint = emptyMapHint();
    m_hintShown = !hint.isEmpty();
    if (hint.isEmpty())
        return;
    // In the viewport's coordinates: the same size at any zoom, below what the scene shows
    // (the personas row and the Unplanned lane), never over it.
    const int below = mapFromScene(scene()->itemsBoundingRect().bottomLeft()).y() + 24;
    painter->save();
    painter->resetTransform();
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    painter->setFont(font);
    painter->setPen(palette().color(QPalette::PlaceholderText));
    const QRect area = viewport()->rect().adjusted(40, std::clamp(below, 24, std::max(24, viewport()->height() - 120)), -40, -24);
    painter->drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, hint);
    painter->restore();
}

void StoryMapView::explainWhyNothingWasAdded()
{
    const QString hint = emptyMapHint();
    if (hint.isEmpty())
        return;
    QToolTip::showText(mapToGlobal(viewport()->geometry().center()), hint, this);
    emit hintShown(hint);
}

ItemAccessibility::Description StoryMapView::describe(const QGraphicsItem *item) const
{
    const Document &doc = *m_scene->document();
    switch (item ? item->type() : 0) {
    case StoryCardItem::Type:
        return ItemAccessibility::story(doc, doc.story(static_cast<const StoryCardItem *>(item)->storyId()));
    case BackboneItem::Type: {
        const auto *b = static_cast<const BackboneItem *>(item);
        if (b->kind() == BackboneItem::Activity)
            return { tr("Activity: %1").arg(b->title()),
                     ItemAccessibility::sentences({ tr("%n step(s)", "", int(doc.steps(ActivityId(b->id())).size())),
                                                    b->detail() }) };
        return { tr("Step: %1").arg(b->title()),
                 ItemAccessibility::sentences({ tr("%n story(s)", "", int(doc.stories(StepId(b->id())).size())) }) };
    }
    case LaneItem::Type: {
        const LaneItem::Summary &summary = static_cast<const LaneItem *>(item)->summary();
        QStringList parts { summary.totals };
        parts += summary.warnings;
        return { static_cast<const LaneItem *>(item)->releaseId().isValid() ? tr("Release: %1").arg(summary.name)
                                                                             : summary.name,
                 ItemAccessibility::sentences(parts) };
    }
    default:
        return {};
    }
}

} // namespace Valuemap
