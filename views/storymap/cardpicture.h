#pragma once

#include <QFont>
#include <QPixmapCache>
#include <QPointF>
#include <QRectF>

#include <functional>

class QPainter;
class QPixmap;

namespace Valuemap {

// A card as a view last showed it, kept as one picture in Qt's pixmap cache: a frame that
// shows the card again unchanged (a scroll, a lane above that grew, another card selected)
// copies the picture instead of drawing the body, the title's glyphs and every chip anew.
// Only for the screen's raster painter at a plain scale, a card not faded, and a desktop that
// smooths text in grey; paper, SVG, rotated painters and the rest get what `paint` draws.
class CardPicture
{
public:
    CardPicture() = default;
    CardPicture(const CardPicture &) = delete;
    CardPicture &operator=(const CardPicture &) = delete;
    ~CardPicture() { clear(); }

    // Draws the picture of `bounds` (item coordinates) for the painter's transform, made with
    // `paint` first when there is none for this scale, selection and theme. False, having drawn
    // nothing, for a painter a picture cannot serve and for the first frame in a new look (the
    // caller draws the card itself).
    bool draw(QPainter *painter, const QRectF &bounds, bool selected, const std::function<void(QPainter *)> &paint);
    // Forgets the picture: the card's content changed.
    void clear();
    // Off: every card is drawn, as on paper (tests compare frames from pictures with that).
    static void setEnabled(bool on);

    // Pictures are made up to this many device pixels per logical one (zoom times the screen's
    // ratio): closer in, a picture costs more memory than drawing costs time.
    static constexpr qreal MaxScale = 2.0;

    // Whether a picture made for this painter can stand for drawing: the screen's raster engine
    // at a plain, unrotated scale of at most MaxScale device pixels per logical one.
    static bool servesPainter(const QPainter *painter);
    // Copies `picture` with its top left at `devicePixel` (whole device pixels), whatever the
    // painter's transform.
    static void copyAt(QPainter *painter, const QPointF &devicePixel, const QPixmap &picture);

private:
    QPixmapCache::Key m_key;
    qreal m_scale = 0;
    qreal m_ratio = 0;
    bool m_selected = false;
    QPointF m_offset; // within the device pixel the card starts at
    QFont m_font;
    const void *m_colors = nullptr;
};

} // namespace Valuemap
