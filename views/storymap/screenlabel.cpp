#include "storymap/screenlabel.h"

#include "storymap/storycarditem.h"

#include <QCache>
#include <QFontMetricsF>
#include <QPainter>
#include <QStaticText>
#include <QTextLayout>

#include <algorithm>

namespace Valuemap::ScreenLabel {

namespace {

// A label's font and the measures the layout needs, per size: a frame far out draws a few
// hundred labels in two or three sizes.
struct Measures
{
    QFont font;
    qreal height = 0;
    qreal lineSpacing = 0;
    qreal ascent = 0;
    qreal charWidth = 0;
};

const Measures &measures(int pixels, bool bold)
{
    static QHash<int, Measures> all;
    const QFont f = font(pixels, bold);
    Measures &m = all[pixels * 2 + (bold ? 1 : 0)];
    // Built again when the application's font changed under it.
    if (m.lineSpacing <= 0 || !(m.font == f)) {
        const QFontMetricsF metrics(f);
        m = { f, metrics.height(), metrics.lineSpacing(), metrics.ascent(), metrics.averageCharWidth() };
    }
    return m;
}

// A label laid out once: its lines, shaped (QStaticText keeps the glyphs), with their widths
// and where each baseline lies below the text's top. The key holds everything the layout
// depends on (text, size, weight, width and lines), so an edit, a new language or a zoom that
// changes the room simply asks for another entry; colours are not part of it (the pen is set
// when drawing), so a theme switch repaints from the same entry.
struct Line
{
    QStaticText text;
    qreal width = 0;
    qreal ascent = 0;
};

struct Key
{
    QString text;
    QFont font;
    qreal width = 0;
    int lines = 0;
    bool operator==(const Key &other) const
    {
        return width == other.width && lines == other.lines && text == other.text && font == other.font;
    }
};

size_t qHash(const Key &key, size_t seed = 0)
{
    return qHashMulti(seed, key.text, key.font.pixelSize(), key.font.bold(), key.width, key.lines);
}

QList<Line> layOut(const QString &text, const Measures &m, qreal width, int lines)
{
    const QStringList shown = StoryCardItem::wrappedLines(text, m.font, QSizeF(width, lines * m.lineSpacing));
    // "Br…" tells nothing: a label keeps at least a short word of its text, or is left out.
    const QString simplified = text.simplified();
    if (shown.isEmpty() || (shown.first().endsWith(u'\u2026') && shown.first().size() - 1 < std::min<qsizetype>(4, simplified.size())))
        return {};
    const QFontMetricsF metrics(m.font);
    QList<Line> out;
    for (const QString &line : shown) {
        Line laid;
        laid.text.setText(line);
        laid.text.setTextFormat(Qt::PlainText);
        laid.text.setPerformanceHint(QStaticText::AggressiveCaching);
        laid.text.prepare(QTransform(), m.font);
        laid.width = metrics.horizontalAdvance(line);
        // QStaticText is drawn from its top, at the ascent of the fonts its line uses (a
        // fallback font for a sign can be taller): the same line laid out says where that is.
        QTextLayout layout(line, m.font);
        layout.beginLayout();
        const QTextLine first = layout.createLine();
        layout.endLayout();
        laid.ascent = first.isValid() ? first.ascent() : m.ascent;
        out.append(laid);
    }
    return out;
}

const QList<Line> &laidOut(const QString &text, const Measures &m, qreal width, int lines)
{
    static QCache<Key, QList<Line>> cache(4000);
    Key key { text, m.font, width, lines };
    if (QList<Line> *hit = cache.object(key))
        return *hit;
    auto *entry = new QList<Line>(layOut(text, m, width, lines));
    cache.insert(key, entry);
    return *entry;
}

} // namespace

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
    const Measures &m = measures(pixels, bold);
    // Less room than a line, or than a few letters: a label there would be noise.
    if (text.isEmpty() || area.height() < m.height * 0.9 || area.width() < m.charWidth * 5)
        return 0;
    const int lines = std::clamp(int(area.height() / m.lineSpacing), 1, std::max(1, maxLines));
    const QList<Line> &shown = laidOut(text, m, area.width(), lines);
    if (shown.isEmpty())
        return 0;
    const qreal height = shown.size() * m.lineSpacing;
    qreal y = area.top();
    if (flags & Qt::AlignVCenter)
        y = area.center().y() - height / 2;
    else if (flags & Qt::AlignBottom)
        y = area.bottom() - height;
    painter->save();
    painter->resetTransform();
    painter->setFont(m.font);
    painter->setPen(ink);
    for (const Line &line : shown) {
        qreal x = area.left();
        if (flags & Qt::AlignHCenter)
            x = area.center().x() - line.width / 2;
        else if (flags & Qt::AlignRight)
            x = area.right() - line.width;
        painter->drawStaticText(QPointF(x, y + m.ascent - line.ascent), line.text);
        y += m.lineSpacing;
    }
    painter->restore();
    return height;
}

} // namespace Valuemap::ScreenLabel
