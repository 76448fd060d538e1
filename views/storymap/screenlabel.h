#pragma once

#include <QFont>
#include <QRectF>
#include <QString>

class QColor;
class QPainter;

namespace Valuemap::ScreenLabel {

// Semantic zoom: far out, the map's labels are drawn at one size on screen (in device pixels,
// whatever the zoom), elided to the box they label, so the structure of a large map stays
// readable where the scaled text would be a few pixels high. The items decide when (their level
// of detail, and only on screen: paper and pictures keep their scaled text).

// The label font of `pixels` device pixels.
QFont font(int pixels, bool bold);

// `box` (in the item's coordinates) on the device the painter paints on.
QRectF deviceRect(const QPainter *painter, const QRectF &box);

// Draws `text` inside `box` (item coordinates) at `pixels` device pixels: as many lines as
// `maxLines` and the box allow, the last elided; nothing when not even one short line fits.
// Returns the device height used (0 when nothing was drawn).
qreal draw(QPainter *painter, const QRectF &box, const QString &text, int pixels, bool bold,
           const QColor &ink, int flags, int maxLines = 1);
// The same into `area`, a rectangle on the device (no padding added).
qreal drawOnDevice(QPainter *painter, const QRectF &area, const QString &text, int pixels, bool bold,
                   const QColor &ink, int flags, int maxLines = 1);

} // namespace Valuemap::ScreenLabel
