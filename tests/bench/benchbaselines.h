#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QStringList>
#include <QTransform>

class QImage;

namespace Valuemap::Bench {

// What the hardware and the libraries allow, measured on the same data: the figures the app's
// own are compared with.

// Reads every row of every table of the plan with the SQLite C API (the same columns the app
// loads), converting nothing. Milliseconds.
double rawSqliteScanMs(const QString &path);

// Overwrites 4 KiB of a file in `folder` and syncs it: the least one durable commit costs.
double fsyncMs(const QString &folder);

// A card as plain data: where it is in the scene, its colour and the lines of its title.
struct RawCard
{
    QRectF rect;
    QColor color;
    QStringList lines;
    QString chip;
};

// Draws the cards with a bare QPainter into `image` under `transform` (scene → image), with
// the same level of detail rule as the map (rectangles only when far out). Milliseconds.
double rawCardPaintMs(QImage &image, const QTransform &transform, const QList<RawCard> &cards);

} // namespace Valuemap::Bench
