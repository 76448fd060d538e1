#pragma once

#include "io/plandata.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>

namespace Valuemap {

class Document;

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
    // dpi 96 is the map at 100 %.
    static bool writePng(Document &document, const QString &path, int dpi, QString *error);
    static bool writeSvg(Document &document, const QString &path, QString *error);
};

} // namespace Valuemap
