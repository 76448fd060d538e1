#include "export/screenprint.h"

#include "charts/chartexport.h"
#include "charts/chartfactory.h"
#include "export/mapexport.h"
#include "export/outlinerenderer.h"
#include "export/papertext.h"
#include "export/pdfoutput.h"
#include "export/releaseplanrenderer.h"
#include "export/visionexport.h"
#include "shell/preferences.h"
#include "storage/document.h"
#include "storymap/storymapscene.h"
#include "widgets/theme.h"

#include <QPainter>
#include <QPrinter>

namespace Valuemap {

namespace {
constexpr qreal MarginMm = 15.0;

QList<ChartRequest> chartsToPrint(const Document &document)
{
    QList<ChartRequest> charts;
    for (const GoalId goal : document.goals())
        charts.append({ ChartKind::Goal, goal, ScopeUnit::Stories });
    charts.append({ ChartKind::BurnUp, GoalId(), ScopeUnit::Stories });
    return charts;
}

void printReleasePlan(const Document &document, QPrinter *printer)
{
    ReleasePlanRenderer plan(document);
    const int pages = plan.paginate(printer, QSizeF(printer->width(), printer->height()));
    QPainter painter(printer);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            printer->newPage();
        plan.paintPage(&painter, page, QPointF(0, 0));
    }
}

void printCharts(const Document &document, QPrinter *printer)
{
    const Theme::PaperScope paper;
    QPainter painter(printer);
    const QRectF page(0, 0, printer->width(), printer->height());
    const QFont titleFont = PaperText::font(14, printer, true);
    const QFont bodyFont = PaperText::font(10, printer);
    bool first = true;
    for (const ChartRequest &request : chartsToPrint(document)) {
        if (!first)
            printer->newPage();
        first = false;
        const qreal top = PaperText::draw(&painter, ChartFactory::title(document, request), titleFont,
                page.topLeft(), page.width(), Theme::paper().ink);
        const QRectF target = page.adjusted(0, top * 1.3, 0, 0);
        QString empty;
        if (!ChartExport::paint(document, request, &painter, target, &empty))
            PaperText::draw(&painter, empty, bodyFont, target.topLeft(), page.width(), Theme::paper().muted);
    }
}
} // namespace

QString ScreenPrint::title(Kind kind)
{
    switch (kind) {
    case Kind::Vision:
        return tr("Vision statement");
    case Kind::Map:
        return tr("Story map");
    case Kind::ReleasePlan:
        return tr("Release plan");
    case Kind::Charts:
        return tr("Goal charts");
    case Kind::Outline:
        return tr("Outline");
    }
    return {};
}

void ScreenPrint::setUp(QPrinter *printer, Kind kind, Document &document, const Options &options)
{
    printer->setCreator(PdfOutput::creatorName());
    const QString name = document.product().name.trimmed();
    printer->setDocName(name.isEmpty() ? title(kind) : tr("%1 — %2").arg(name, title(kind)));
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    if (kind == Kind::Vision || kind == Kind::Charts || kind == Kind::Outline)
        orientation = QPageLayout::Landscape;
    if (kind == Kind::Map) {
        orientation = QPageLayout::Landscape;
        if (!options.mapPoster) {
            const StoryMapScene scene(&document);
            const QRectF map = MapExport::mapRect(scene);
            if (map.height() > map.width())
                orientation = QPageLayout::Portrait;
        }
        // The map's items size their type against 96 dpi (MapExport::renderMap).
        printer->setResolution(96);
    }
    const qreal margin = kind == Kind::Vision ? 0 : MarginMm;
    printer->setPageLayout(QPageLayout(QPageSize(Preferences::paperSize()), orientation,
        QMarginsF(margin, margin, margin, margin), QPageLayout::Millimeter));
}

void ScreenPrint::print(Document &document, Kind kind, QPrinter *printer, const Options &options)
{
    switch (kind) {
    case Kind::Vision:
        VisionExport::print(document, printer);
        return;
    case Kind::Map: {
        MapExport::PdfOptions map;
        map.tiled = options.mapPoster;
        MapExport::paintPages(document, *printer, map);
        return;
    }
    case Kind::ReleasePlan:
        printReleasePlan(document, printer);
        return;
    case Kind::Charts:
        printCharts(document, printer);
        return;
    case Kind::Outline:
        OutlineRenderer(document).print(*printer);
        return;
    }
}

} // namespace Valuemap
