// CardPicture: a card's picture kept between frames.
#include "storymap/cardpicture.h"

#include "widgets/theme.h"

#include <QPaintEngine>
#include <QPainter>
#include <QImage>
#include <QPixmap>

#include <cmath>

namespace Valuemap {

namespace {

bool enabled = true;

// Whether this desktop smooths text in grey. Where it smooths with coloured sub-pixels (LCD),
// it does so only on opaque surfaces: a card's picture (transparent around its corners) would
// show its text otherwise than drawing it on the view does, so there are no pictures.
bool textSmoothedInGrey()
{
    static const bool grey = [] {
        // A measurement, never shown: the painter's default ink on every bit set (not colours
        // of the theme, which may be tinted).
        QImage image(96, 32, QImage::Format_RGB32);
        image.fill(~0u);
        QPainter p(&image);
        p.setFont(QFont());
        p.drawText(QPointF(2, 22), QStringLiteral("Wwm lJ"));
        p.end();
        for (int y = 0; y < image.height(); ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                if (qRed(line[x]) != qGreen(line[x]) || qGreen(line[x]) != qBlue(line[x]))
                    return false;
            }
        }
        return true;
    }();
    return grey;
}

} // namespace

void CardPicture::setEnabled(bool on)
{
    enabled = on;
}

bool CardPicture::servesPainter(const QPainter *painter)
{
    const QTransform &world = painter->worldTransform();
    return painter->paintEngine()->type() == QPaintEngine::Raster && world.type() <= QTransform::TxScale
            && world.m11() == world.m22() && world.m11() > 0
            && world.m11() * painter->device()->devicePixelRatioF() <= MaxScale;
}

void CardPicture::copyAt(QPainter *painter, const QPointF &devicePixel, const QPixmap &picture)
{
    painter->save();
    painter->resetTransform();
    painter->drawPixmap(devicePixel / painter->device()->devicePixelRatioF(), picture);
    painter->restore();
}

bool CardPicture::draw(QPainter *painter, const QRectF &bounds, bool selected, const std::function<void(QPainter *)> &paint)
{
    const QTransform &world = painter->worldTransform();
    const qreal ratio = painter->device()->devicePixelRatioF();
    // A faded card (filtered out, dragged) is drawn: faded part by part, its shadow shows
    // through its body, which a faded copy of the whole picture would not.
    if (!enabled || painter->opacity() < 1.0 || !servesPainter(painter) || !textSmoothedInGrey())
        return false;
    const qreal scale = world.m11();
    const void *colors = &Theme::colors();
    const QFont font; // the application's, which the card's fonts derive from
    // The picture goes on whole device pixels; the part of a pixel the card starts at is drawn
    // into it, so that it is the very image drawing the card there would give.
    const QPointF at = world.map(bounds.topLeft()) * ratio;
    const QPointF pixel(std::floor(at.x()), std::floor(at.y()));
    const QPointF offset = at - pixel;
    if (scale != m_scale || ratio != m_ratio || selected != m_selected || colors != m_colors || offset != m_offset
        || font != m_font) {
        // The first frame in a new look draws the card: a picture pays off only in the frames
        // after it, and while a zoom moves on each frame is the first at its scale.
        clear();
        m_scale = scale;
        m_ratio = ratio;
        m_selected = selected;
        m_colors = colors;
        m_offset = offset;
        m_font = font;
        return false;
    }
    QPixmap picture;
    if (!QPixmapCache::find(m_key, &picture)) {
        // The card from its offset within the first pixel to its far edge.
        const QSizeF pixels = bounds.size() * scale * ratio + QSizeF(offset.x(), offset.y());
        picture = QPixmap(int(std::ceil(pixels.width())), int(std::ceil(pixels.height())));
        picture.setDevicePixelRatio(ratio);
        picture.fill(Qt::transparent);
        QPainter p(&picture);
        p.setRenderHints(painter->renderHints());
        // The painter's own scale (the device's ratio comes with the pixmap): the card sees the
        // level of detail it would see on the screen and draws the same.
        p.translate(offset / ratio);
        p.scale(scale, scale);
        p.translate(-bounds.topLeft());
        paint(&p);
        p.end();
        m_key = QPixmapCache::insert(picture);
    }
    copyAt(painter, pixel, picture);
    return true;
}

void CardPicture::clear()
{
    if (m_key.isValid())
        QPixmapCache::remove(m_key);
    m_key = QPixmapCache::Key();
    m_scale = 0; // the next frame draws the card; the one after makes its picture
}

} // namespace Valuemap
