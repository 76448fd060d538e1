#include "storymap/backboneitem.h"

#include "storymap/storymapscene.h"

#include "storymap/screenlabel.h"
#include "storymap/storymapstyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Valuemap {

BackboneItem::BackboneItem(Kind kind, qint64 id, QGraphicsItem *parent)
    : QGraphicsObject(parent), m_kind(kind), m_id(id)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
}

QRectF BackboneItem::boundingRect() const
{
    return QRectF(QPointF(-2, -2), m_size + QSizeF(4, 4));
}

void BackboneItem::setSize(const QSizeF &size)
{
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
}

void BackboneItem::setTitle(const QString &title)
{
    m_title = title;
    setToolTip(title);
    update();
}

void BackboneItem::setColor(const QColor &color)
{
    m_color = color;
    update();
}

void BackboneItem::setDetail(const QString &detail)
{
    m_detail = detail;
    update();
}

void BackboneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    using namespace StoryMapStyle;
    const QRectF rect(QPointF(0, 0), m_size);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool activity = m_kind == Activity;
    const QColor fill = m_color.isValid() ? m_color : (activity ? activityColor() : stepColor());
    const QColor ink = Theme::textOn(fill);
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.4);
    painter->setPen(isSelected() ? QPen(selectionColor(), 3) : QPen(fill.darker(115), 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(rect, 5, 5);
    const auto *map = static_cast<const StoryMapScene *>(scene());
    const bool projector = map && map->presentation();
    if (widget && !projector && lod < SemanticLod) {
        // Far out on screen: the title at one size on screen, so the backbone stays readable.
        ScreenLabel::draw(painter, rect, m_title, activity ? 13 : 12, true, ink, Qt::AlignLeft | Qt::AlignVCenter,
                          activity ? 2 : 1);
        return;
    }
    if (lod < 0.15)
        return;
    // Far out, or on a projector: the title larger and without the detail line.
    const bool closeUp = lod >= (projector ? 1.3 : 0.5);
    QFont font;
    font.setBold(true);
    font.setPointSizeF(activity ? 11 : 9.5);
    if (!closeUp)
        font.setPointSizeF(font.pointSizeF() * (projector ? (activity ? 2.0 : 1.3) : 1.6));
    painter->setFont(font);
    painter->setPen(ink);
    const bool withDetail = !m_detail.isEmpty() && closeUp;
    const QRectF textRect = !closeUp && projector
            ? rect.adjusted(8, 2, -8, -2)
            : rect.adjusted(10, 4, -10, withDetail ? -18 : -4);
    const QFontMetricsF metrics(font);
    // One line when a detail line sits below, up to two otherwise; never over the detail.
    const bool twoLines = !withDetail && textRect.height() >= 2 * metrics.lineSpacing();
    const QString shown = metrics.elidedText(m_title, Qt::ElideRight, textRect.width() * (twoLines ? 1.9 : 1.0));
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter | (twoLines ? Qt::TextWordWrap : 0), shown);
    if (withDetail) {
        QFont small;
        small.setPointSizeF(7.5);
        painter->setFont(small);
        QColor detail = ink; // a softer line under the title, on any fill
        detail.setAlpha(210);
        painter->setPen(detail);
        painter->drawText(rect.adjusted(10, 0, -10, -4), Qt::AlignLeft | Qt::AlignBottom, m_detail);
    }
}

} // namespace Valuemap
