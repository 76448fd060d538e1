// CardPicture: a card's picture kept between frames.
#include "storymap/cardpicture.h"

#include "widgets/theme.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPixmap>

#include <cmath>

namespace Valuemap {

bool CardPicture::draw(QPainter *painter, const QRectF &bounds, bool selected, const std::function<void(QPainter *)> &paint)
{
    const QTransform &world = painter->worldTransform();
    const qreal ratio = painter->device()->devicePixelRatioF();
    if (painter->paintEngine()->type() != QPaintEngine::Raster || world.type() > QTransform::TxScale
        || world.m11() != world.m22() || world.m11() <= 0 || world.m11() * ratio > MaxScale)
        return false;
    const qreal scale = world.m11();
    const void *colors = &Theme::colors();
    // The picture goes on whole device pixels; the part of a pixel the card starts at is drawn
    // into it, so that it is the very image drawing the card there would give.
    const QPointF at = world.map(bounds.topLeft()) * ratio;
    const QPointF pixel(std::floor(at.x()), std::floor(at.y()));
    const QPointF offset = at - pixel;
    if (scale != m_scale || ratio != m_ratio || selected != m_selected || colors != m_colors || offset != m_offset) {
        // The first frame in a new look draws the card: a picture pays off only in the frames
        // after it, and while a zoom moves on each frame is the first at its scale.
        clear();
        m_scale = scale;
        m_ratio = ratio;
        m_selected = selected;
        m_colors = colors;
        m_offset = offset;
        return false;
    }
    QPixmap picture;
    if (!QPixmapCache::find(m_key, &picture)) {
        const QSizeF pixels = bounds.size() * scale * ratio + QSizeF(1, 1);
        picture = QPixmap(int(std::ceil(pixels.width())) + 1, int(std::ceil(pixels.height())) + 1);
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
    painter->save();
    painter->resetTransform();
    painter->drawPixmap(pixel / ratio, picture);
    painter->restore();
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
