#include "storymap/screenlabel.h"

#include "storymap/storycarditem.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace Valuemap::ScreenLabel {

QFont font(int pixels, bool bold)
{
    QFont f;
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

QRectF deviceRect(const QPainter *painter, const QRectF &box)
{
    return painter->worldTransform().mapRect(box);
}

qreal draw(QPainter *painter, const QRectF &box, const QString &text, int pixels, bool bold,
           const QColor &ink, int flags, int maxLines)
{
    return drawOnDevice(painter, deviceRect(painter, box).adjusted(4, 1, -4, -1), text, pixels, bold, ink, flags,
                        maxLines);
}

qreal drawOnDevice(QPainter *painter, const QRectF &area, const QString &text, int pixels, bool bold,
                   const QColor &ink, int flags, int maxLines)
{
    const QFont f = font(pixels, bold);
    const QFontMetricsF metrics(f);
    // Less room than a line, or than a few letters: a label there would be noise.
    if (text.isEmpty() || area.height() < metrics.height() * 0.9 || area.width() < metrics.averageCharWidth() * 5)
        return 0;
    const int lines = std::clamp(int(area.height() / metrics.lineSpacing()), 1, std::max(1, maxLines));
    const QStringList shown = StoryCardItem::wrappedLines(text, f, QSizeF(area.width(), lines * metrics.lineSpacing()));
    // "Br…" tells nothing: a label keeps at least a short word of its text, or is left out.
    const QString simplified = text.simplified();
    if (shown.isEmpty() || (shown.first().endsWith(u'\u2026') && shown.first().size() - 1 < std::min<qsizetype>(4, simplified.size())))
        return 0;
    const qreal height = shown.size() * metrics.lineSpacing();
    qreal y = area.top();
    if (flags & Qt::AlignVCenter)
        y = area.center().y() - height / 2;
    else if (flags & Qt::AlignBottom)
        y = area.bottom() - height;
    painter->save();
    painter->resetTransform();
    painter->setFont(f);
    painter->setPen(ink);
    for (const QString &line : shown) {
        const qreal width = metrics.horizontalAdvance(line);
        qreal x = area.left();
        if (flags & Qt::AlignHCenter)
            x = area.center().x() - width / 2;
        else if (flags & Qt::AlignRight)
            x = area.right() - width;
        painter->drawText(QPointF(x, y + metrics.ascent()), line);
        y += metrics.lineSpacing();
    }
    painter->restore();
    return height;
}

} // namespace Valuemap::ScreenLabel
