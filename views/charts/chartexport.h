#pragma once

#include "charts/chartfactory.h"

#include <QCoreApplication>
#include <QRectF>
#include <QSize>

class QPainter;

namespace Valuemap {

class Document;

// Saves a chart as PNG or PDF (chosen by the file's suffix): the one renderer behind the Charts
// screen's export and `valuemap export chart`. Needs a QApplication (charts are widgets). The
// file is written beside the target and renamed into place only when complete.
class ChartExport final
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::ChartExport)

public:
    static constexpr QSize DefaultSize { 1200, 750 };

    static bool save(const Document &document, const ChartRequest &request, const QString &path,
        QString *error, QSize size = DefaultSize);
    // Draws the chart, laid out at `size`, into target (scaled to fit, centred). Returns false,
    // drawing nothing, with *empty saying which data are missing. Shared with the client handout.
    static bool paint(const Document &document, const ChartRequest &request, QPainter *painter,
        const QRectF &target, QString *empty, QSize size = DefaultSize);
};

} // namespace Valuemap
