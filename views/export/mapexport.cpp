#include "export/mapexport.h"

#include "widgets/theme.h"
#include "io/outputfile.h"

#include "storage/document.h"
#include "storymap/storycarditem.h"
#include "storymap/storymapscene.h"

#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

// Text as XML character data: markup characters escaped, and what XML 1.0 does not allow at
// all (control characters, lone surrogates, U+FFFE and U+FFFF) left out.
QString xmlText(const QString &text)
{
    QString allowed;
    allowed.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            allowed.append(c);
            allowed.append(text.at(++i));
        } else if (!c.isSurrogate() && (c.unicode() >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r')
                   && c.unicode() != 0xFFFE && c.unicode() != 0xFFFF) {
            allowed.append(c);
        }
    }
    return allowed.toHtmlEscaped();
}

constexpr qreal ScenePixelsPerInch = 96.0;
// The items size their fonts in points against the device's resolution; at the screen's 96 dpi
// text keeps its proportion to the cards. A PDF is vector output, so nothing is lost.
constexpr int PdfResolution = 96;
constexpr qreal MarginMm = 12.0; // room for crop marks and the page label

QString writeFailed(const QString &path, const QString &detail)
{
    return MapExport::tr("Could not write “%1”: %2. Check that the folder exists and is writable.")
        .arg(QFileInfo(path).fileName(), detail);
}

MapExport::Tiling posterLayout(const StoryMapScene &scene, const MapExport::PdfOptions &options)
{
    const QPageLayout layout(options.pageSize, options.orientation,
        QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm), QPageLayout::Millimeter);
    return MapExport::tiling(scene, layout.paintRect(QPageLayout::Inch).size(), options.tileScale);
}

void cropMarks(QPainter &painter, const QRectF &r, qreal length)
{
    const qreal gap = length / 4;
    const QPointF corners[] = { r.topLeft(), r.topRight(), r.bottomLeft(), r.bottomRight() };
    for (const QPointF &c : corners) {
        const qreal dx = c.x() == r.left() ? -1 : 1;
        const qreal dy = c.y() == r.top() ? -1 : 1;
        painter.drawLine(
            QPointF(c.x() + dx * gap, c.y()), QPointF(c.x() + dx * (gap + length), c.y()));
        painter.drawLine(
            QPointF(c.x(), c.y() + dy * gap), QPointF(c.x(), c.y() + dy * (gap + length)));
    }
}

} // namespace

QRectF MapExport::mapRect(const StoryMapScene &scene)
{
    return scene.itemsBoundingRect().adjusted(-16, -16, 16, 16);
}

void MapExport::renderMap(
    StoryMapScene &scene, QPainter &painter, const QRectF &target, const QRectF &source)
{
    const Theme::PaperScope paper; // the screen's items, in the light set
    painter.fillRect(target, Theme::paper().page);
    QSizeF size = source.size();
    size.scale(target.size(), Qt::KeepAspectRatio);
    QRectF placed(QPointF(0, 0), size);
    placed.moveCenter(target.center());
    // Close enough to read, the cards there are built (and keep their laid-out titles for the
    // next tile); far out the map's cells paint them as blocks.
    const QTransform &world = painter.worldTransform();
    const qreal lod = placed.width() / source.width() * std::sqrt(std::abs(world.determinant()));
    if (lod >= StoryCardItem::compactLod(scene.presentation()) / 2)
        scene.buildCards(source);
    scene.render(&painter, placed, source, Qt::IgnoreAspectRatio);
}

MapExport::Tiling MapExport::tiling(const StoryMapScene &scene, const QSizeF &content, double scale)
{
    Tiling poster;
    poster.map = mapRect(scene);
    scale = std::max(0.5, scale);
    poster.tile = QSizeF(
        content.width() * ScenePixelsPerInch / scale, content.height() * ScenePixelsPerInch / scale);
    poster.columns = std::max(1, int(std::ceil(poster.map.width() / poster.tile.width() - 1e-6)));
    poster.rows = std::max(1, int(std::ceil(poster.map.height() / poster.tile.height() - 1e-6)));
    return poster;
}

QRectF MapExport::Tiling::tileAt(int row, int column) const
{
    return QRectF(map.left() + column * tile.width(), map.top() + row * tile.height(),
        tile.width(), tile.height());
}

int MapExport::posterPages(Document &document, const PdfOptions &options, int *rows, int *columns)
{
    StoryMapScene scene(&document);
    const Tiling poster = posterLayout(scene, options);
    if (rows)
        *rows = poster.rows;
    if (columns)
        *columns = poster.columns;
    return options.tiled ? poster.rows * poster.columns : 1;
}

bool MapExport::writePdf(Document &document, const QString &path, const PdfOptions &options,
    QString *error, const Progress &progress)
{
    OutputFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = writeFailed(path, file.errorString());
        return false;
    }
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(PdfResolution);
        pdf.setTitle(tr("Story map — %1").arg(document.product().name));
        pdf.setCreator(u"Valuemap"_s);
        QPageLayout::Orientation orientation = options.orientation;
        if (!options.tiled && options.autoOrientation) { // one page: turn it the way the map is
            const StoryMapScene scene(&document);
            const QRectF map = mapRect(scene);
            orientation
                = map.height() > map.width() ? QPageLayout::Portrait : QPageLayout::Landscape;
        }
        pdf.setPageLayout(QPageLayout(options.pageSize, orientation,
            QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm), QPageLayout::Millimeter));
        if (!paintPages(document, pdf, options, progress)) {
            file.cancelWriting();
            *error = tr("The export was cancelled; no file was written.");
            return false;
        }
    }
    if (!file.commit()) {
        *error = writeFailed(path, file.errorString());
        return false;
    }
    return true;
}

bool MapExport::paintPages(
    Document &document, QPagedPaintDevice &device, const PdfOptions &options, const Progress &progress)
{
    StoryMapScene scene(&document);
    QPainter painter(&device);
    const QRectF content(
        QPointF(0, 0), QSizeF(device.width(), device.height())); // the paint rect, in device pixels
    const qreal mm = device.logicalDpiX() / 25.4;
    QFont labelFont(u"DejaVu Sans"_s);
    labelFont.setPointSizeF(7);
    if (!options.tiled) {
        const QRectF map = mapRect(scene);
        const QRectF target = content.adjusted(0, 0, 0, -6 * mm);
        renderMap(scene, painter, target, map);
        painter.setFont(labelFont);
        painter.setPen(Theme::paper().muted);
        painter.drawText(QRectF(0, content.bottom() - 5 * mm, content.width(), 5 * mm),
            Qt::AlignLeft | Qt::AlignVCenter, tr("%1 — story map").arg(document.product().name));
        return true;
    }
    // The tiles fill the device's printable part (a printer's margins may differ from ours).
    const QSizeF inches(device.widthMM() / 25.4, device.heightMM() / 25.4);
    const Tiling poster = tiling(scene, inches, options.tileScale);
    const int total = poster.rows * poster.columns;
    int page = 0;
    for (int r = 0; r < poster.rows; ++r) {
        for (int c = 0; c < poster.columns; ++c) {
            if (progress && !progress(page, total)) {
                painter.end();
                return false;
            }
            if (page > 0)
                device.newPage();
            const QRectF source = poster.tileAt(r, c);
            painter.save();
            painter.setClipRect(content);
            renderMap(scene, painter, content, source);
            painter.restore();
            painter.setPen(QPen(Theme::paper().ink, 0.2 * mm));
            cropMarks(painter, content, 5 * mm);
            painter.setFont(labelFont);
            painter.setPen(Theme::paper().muted);
            // Between the crop marks, so the labels stay on the trimmed-off margin.
            const QRectF labelRect(
                8 * mm, content.bottom() + 1.5 * mm, content.width() - 16 * mm, 4 * mm);
            painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignTop,
                tr("%1 — story map").arg(document.product().name));
            painter.drawText(labelRect, Qt::AlignRight | Qt::AlignTop,
                tr("row %1, column %2 (page %3 of %4)")
                    .arg(r + 1)
                    .arg(c + 1)
                    .arg(page + 1)
                    .arg(total));
            ++page;
        }
    }
    if (progress)
        progress(total, total);
    return true;
}

bool MapExport::writePng(Document &document, const QString &path, int dpi, QString *error)
{
    StoryMapScene scene(&document);
    const QRectF map = mapRect(scene);
    const qreal scale = dpi / ScenePixelsPerInch;
    const QSize size(int(std::ceil(map.width() * scale)), int(std::ceil(map.height() * scale)));
    if (dpi < 10 || size.width() > 32000 || size.height() > 32000
        || qint64(size.width()) * size.height() > 400'000'000) {
        *error = tr("A picture of this map at %1 dpi would be %2 × %3 pixels, too large. Choose a "
                    "lower resolution.")
                     .arg(dpi)
                     .arg(size.width())
                     .arg(size.height());
        return false;
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Theme::paper().page);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        renderMap(scene, painter, QRectF(QPointF(0, 0), QSizeF(size)), map);
    }
    // Only now: fonts were sized at 96 dpi, the file says how large to print it.
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    OutputFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        *error = writeFailed(path, file.errorString());
        return false;
    }
    return true;
}

bool MapExport::writeSvg(Document &document, const QString &path, QString *error)
{
    StoryMapScene scene(&document);
    const QRectF map = mapRect(scene);
    OutputFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = writeFailed(path, file.errorString());
        return false;
    }
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(map.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), map.size()));
        svg.setResolution(int(ScenePixelsPerInch));
        // QSvgGenerator writes its title as it is given: a product name from someone else's
        // plan ("…</title><script>…") would become markup in the file.
        svg.setTitle(xmlText(tr("Story map — %1").arg(document.product().name)));
        QPainter painter(&svg);
        renderMap(scene, painter, QRectF(QPointF(0, 0), map.size()), map);
    }
    if (!file.commit()) {
        *error = writeFailed(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Valuemap
