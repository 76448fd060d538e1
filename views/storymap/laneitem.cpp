#include "storymap/laneitem.h"

#include "storymap/screenlabel.h"
#include "storymap/storycarditem.h"
#include "storymap/storymapscene.h"
#include "storymap/storymapstyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

namespace Valuemap {

LaneItem::LaneItem(ReleaseId release, QGraphicsItem *parent) : QGraphicsObject(parent), m_release(release)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    // The part to paint, in the option: a lane whose header lies under the view's pinned
    // headers (or outside a partial update) does not lay out its labels there.
    setFlag(ItemUsesExtendedStyleOption);
    setZValue(-10);
}

QRectF LaneItem::boundingRect() const
{
    return QRectF(0, 0, m_width, m_height);
}

QRectF LaneItem::headerRect() const
{
    return QRectF(0, 0, StoryMapStyle::Gutter - StoryMapStyle::Gap, m_height);
}

QPainterPath LaneItem::shape() const
{
    QPainterPath path;
    path.addRect(headerRect());
    return path;
}

void LaneItem::setSummary(const Summary &summary)
{
    const bool same = summary.name == m_summary.name && summary.totals == m_summary.totals
            && summary.progress == m_summary.progress && summary.warnings == m_summary.warnings
            && summary.delivered == m_summary.delivered && summary.collapsed == m_summary.collapsed;
    m_summary = summary;
    if (same)
        return;
    setToolTip(summary.warnings.join(u'\n'));
    // The summary is the label's: the cells beside it are not painted again for a new total.
    update(headerRect());
}

void LaneItem::setGeometry(qreal width, qreal height, bool shaded)
{
    if (width == m_width && height == m_height && shaded == m_shaded)
        return; // a lane the layout leaves as it was is not painted again
    if (width != m_width || height != m_height)
        prepareGeometryChange();
    m_width = width;
    m_height = height;
    m_shaded = shaded;
    update();
}

QFont LaneItem::nameFont(bool projector)
{
    QFont name;
    name.setBold(true);
    name.setPointSizeF(projector ? 22 : 10.5); // on a projector as the activities
    return name;
}

QStringList LaneItem::projectorNameLines(const QString &name, const QSizeF &area)
{
    return StoryCardItem::wrappedLines(name, nameFont(true), area);
}

// Zoomed out on screen: the name, the totals and the first warning at one size on screen, as
// far as the header has room, so the lanes stay told apart at "fit".
void LaneItem::paintFarOut(QPainter *painter, const QRectF &header) const
{
    using namespace StoryMapStyle;
    QRectF area = ScreenLabel::deviceRect(painter, header).adjusted(6, 4, -4, -4);
    area.setTop(area.top() + ScreenLabel::drawOnDevice(painter, area, m_summary.name, 13, true, inkColor(),
                                                       Qt::AlignLeft | Qt::AlignTop, 3) + 2);
    if (m_summary.collapsed && area.height() < 40)
        return;
    area.setTop(area.top() + ScreenLabel::drawOnDevice(painter, area, m_summary.totals, 11, false, mutedInk(),
                                                       Qt::AlignLeft | Qt::AlignTop, 2) + 2);
    if (!m_summary.warnings.isEmpty()) {
        const QString first = QString(QChar(0x26A0) + u' ' + m_summary.warnings.first());
        ScreenLabel::drawOnDevice(painter, area, first, 11, false, warningColor(), Qt::AlignLeft | Qt::AlignTop, 3);
    }
}

QColor LaneItem::background() const
{
    return m_shaded ? Theme::colors().canvasShaded : Theme::colors().canvas;
}

void LaneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    using namespace StoryMapStyle;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF all = boundingRect();
    const ThemeColors &theme = Theme::colors();
    painter->fillRect(all, background());
    QPen line(theme.line, 1, Qt::DashLine);
    if (widget) {
        // On screen one crisp pixel and its dashes at every zoom: scaled with the map, far out
        // it was a faint blur of thousands of sub-pixel dashes (a fifth of the frame at fit),
        // and antialiased or not by whatever item the view painted before (it does not save
        // the painter between items). Paper keeps the line in map units.
        line.setCosmetic(true);
        painter->setRenderHint(QPainter::Antialiasing, false);
    }
    painter->setPen(line);
    painter->drawLine(all.topLeft(), all.topRight());

    if (widget && !option->exposedRect.intersects(headerRect())) {
        // The view does not save the painter between items: leave it as the header would.
        painter->setRenderHint(QPainter::Antialiasing, lod > 0.4);
        return;
    }
    const QRectF header = headerRect().adjusted(8, 6, -4, -6);
    const bool warn = !m_summary.warnings.isEmpty();
    painter->setPen(Qt::NoPen);
    painter->setBrush(isSelected() ? theme.panelHighlight : theme.panel);
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.4);
    painter->drawRoundedRect(header, 5, 5);
    if (warn) {
        painter->setBrush(warningColor());
        painter->drawRoundedRect(QRectF(header.left(), header.top(), 5, header.height()), 2, 2);
    }
    const auto *map = qobject_cast<const StoryMapScene *>(scene());
    if (widget && !(map && map->presentation()) && lod < SemanticLod) {
        paintFarOut(painter, header.adjusted(warn ? 5 : 0, 0, 0, 0));
        return;
    }
    if (lod < 0.15)
        return;
    if (map && map->presentation()) {
        // On a projector: the name only, large (the caption above the map says the rest),
        // and the warnings as one mark.
        const QRectF name = header.adjusted(10, 2, warn ? -36 : -6, -2);
        if (warn) {
            const QRectF badge(header.right() - 32, header.top() + 4, 26, 26);
            painter->setBrush(warningColor());
            painter->drawEllipse(badge);
            QFont bang = nameFont(true);
            bang.setPointSizeF(14);
            painter->setFont(bang);
            painter->setPen(Theme::textOn(warningColor()));
            painter->drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
        }
        const QFont font = nameFont(true);
        const QFontMetricsF metrics(font);
        const QStringList lines = projectorNameLines(m_summary.name, name.size());
        painter->setFont(font);
        painter->setPen(inkColor());
        // A single line sits in the middle of a collapsed lane's header.
        qreal y = lines.size() == 1 ? name.center().y() - metrics.lineSpacing() / 2 : name.top();
        for (const QString &line : lines) {
            painter->drawText(QPointF(name.left(), y + metrics.ascent()), line);
            y += metrics.lineSpacing();
        }
        return;
    }
    const qreal scale = lod < 0.5 ? 1.5 : 1.0;
    if (warn && lod < 0.5) {
        // Zoomed out, the warnings collapse into one mark that still stands out.
        const QRectF badge(header.right() - 34, header.top() + 6, 26, 26);
        painter->setBrush(warningColor());
        painter->drawEllipse(badge);
        QFont bang;
        bang.setBold(true);
        bang.setPointSizeF(14);
        painter->setFont(bang);
        painter->setPen(Theme::textOn(warningColor()));
        painter->drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
    }
    QFont name = nameFont(false);
    name.setPointSizeF(name.pointSizeF() * scale);
    painter->setFont(name);
    painter->setPen(inkColor());
    const QRectF text = header.adjusted(12, 6, warn && lod < 0.5 ? -40 : -8, -6);
    if (lod < 0.5) // zoomed out: the name may take the lines the details no longer need
        painter->drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_summary.name);
    else
        painter->drawText(text, Qt::AlignLeft | Qt::AlignTop,
                          QFontMetricsF(name).elidedText(m_summary.name, Qt::ElideRight, text.width()));
    if (lod < 0.5 || (m_summary.collapsed && header.height() < 40))
        return;
    QFont small;
    small.setPointSizeF(8);
    painter->setFont(small);
    const QFontMetricsF metrics(small);
    qreal y = text.top() + QFontMetricsF(name).lineSpacing() + 2;
    painter->setPen(mutedInk());
    painter->drawText(QRectF(text.left(), y, text.width(), metrics.lineSpacing()), Qt::AlignLeft,
                      metrics.elidedText(m_summary.totals, Qt::ElideRight, text.width()));
    y += metrics.lineSpacing() + 4;
    // Progress: the share of done stories.
    const QRectF bar(text.left(), y, text.width(), 6);
    painter->setPen(Qt::NoPen);
    painter->setBrush(theme.track);
    painter->drawRoundedRect(bar, 3, 3);
    painter->setBrush(theme.progress);
    painter->drawRoundedRect(QRectF(bar.topLeft(), QSizeF(bar.width() * m_summary.progress, bar.height())), 3, 3);
    y += 12;
    painter->setPen(warningColor());
    for (const QString &warning : m_summary.warnings) {
        const QRectF line(text.left(), y, text.width(), text.bottom() - y);
        if (line.height() < metrics.lineSpacing())
            break;
        QRectF used;
        painter->drawText(line, Qt::AlignLeft | Qt::TextWordWrap, QString(QChar(0x26A0) + u' ' + warning), &used);
        y += used.height() + 2;
    }
}

} // namespace Valuemap
