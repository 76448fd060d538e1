#include "storymap/backboneitem.h"

#include "storymap/storymapscene.h"

#include "storymap/screenlabel.h"
#include "storymap/storycarditem.h"
#include "storymap/storymapstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

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
    // One line when a detail line sits below, up to two otherwise; never over the detail, and
    // never more lines than the box holds (a title wrapped at word ends can need a third line).
    const qreal lineHeight = metrics.lineSpacing();
    const int lines = std::clamp(int(textRect.height() / lineHeight), 1, withDetail ? 1 : 2);
    const QStringList shown = StoryCardItem::wrappedLines(m_title, font, QSizeF(textRect.width(), lines * lineHeight));
    qreal y = textRect.center().y() - shown.size() * lineHeight / 2;
    for (const QString &line : shown) {
        painter->drawText(QPointF(textRect.left(), y + metrics.ascent()), line);
        y += lineHeight;
    }
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
