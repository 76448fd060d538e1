#pragma once

#include "io/plandata.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>

class QPagedPaintDevice;
class QPainter;

namespace Valuemap {

class Document;
class StoryMapScene;

// The story map as a picture a client can read without the app: a PDF that fits the map on one
// page or tiles it across pages as a poster (crop marks, "row 1, column 2" labels), a PNG at a
// chosen resolution, or an SVG. Outputs go to a temporary file renamed into place on success.
class MapExport final
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::MapExport)

public:
    struct PdfOptions
    {
        QPageSize pageSize { QPageSize::A4 };
        QPageLayout::Orientation orientation = QPageLayout::Landscape;
        bool autoOrientation = true; // one page: portrait for a tall map, landscape for a wide one
        bool tiled = false;
        double tileScale = 0.75; // map pixels to 96-dpi inches on a tiled poster (≥ 0.5: legible)
    };

    // The number of pages a poster of the document takes with these options.
    static int posterPages(
        Document &document, const PdfOptions &options, int *rows = nullptr, int *columns = nullptr);
    static bool writePdf(Document &document, const QString &path, const PdfOptions &options,
        QString *error, const Progress &progress = {});
    // The pages of writePdf() on any paged device (a PDF, a printer) with its page layout set;
    // the device should have 96 dpi (see renderMap). False when progress cancelled.
    static bool paintPages(Document &document, QPagedPaintDevice &device, const PdfOptions &options,
        const Progress &progress = {});
    // dpi 96 is the map at 100 %.
    static bool writePng(Document &document, const QString &path, int dpi, QString *error);
    static bool writeSvg(Document &document, const QString &path, QString *error);

    // The pieces the client handout shares with these exports.
    // How the map falls onto pages whose printable part is `content` inches, at `scale` (map
    // pixels to 96-dpi inches; at least 0.5): tile(row, column) is the part of the map on a page.
    struct Tiling
    {
        QRectF map;
        QSizeF tile; // scene units per page
        int rows = 1;
        int columns = 1;
        QRectF tileAt(int row, int column) const;
    };
    static Tiling tiling(const StoryMapScene &scene, const QSizeF &content, double scale);
    // The whole map with a small margin, in scene units.
    static QRectF mapRect(const StoryMapScene &scene);
    // Draws source (scene units) into target at the largest scale that fits, centred, on white.
    // The painter's device should have 96 dpi: the items size their type in points.
    static void renderMap(
        StoryMapScene &scene, QPainter &painter, const QRectF &target, const QRectF &source);
};

} // namespace Valuemap
