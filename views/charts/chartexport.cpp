#include "charts/chartexport.h"

#include "widgets/theme.h"
#include "io/outputfile.h"

#include "storage/document.h"
#include "domain/text.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>

#include <memory>

using namespace Qt::StringLiterals;

namespace Valuemap {

bool ChartExport::paint(const Document &document, const ChartRequest &request,
    QPainter *painter, const QRectF &target, QString *empty, QSize size)
{
    const Theme::PaperScope paper; // pictures and paper: the light set
    std::unique_ptr<QChart> chart(ChartFactory::create(document, request, empty));
    if (!chart)
        return false;
    // Drawn from a scene, never shown: no window, no display, the same on every platform.
    QChartView view(chart.release());
    view.setRenderHint(QPainter::Antialiasing);
    QChart *drawn = view.chart();
    drawn->setAnimationOptions(QChart::NoAnimation);
    drawn->resize(QSizeF(size));
    view.setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    QCoreApplication::processEvents(); // lets the chart lay itself out at this size
    const qreal scale
        = std::min(target.width() / size.width(), target.height() / size.height());
    QRectF rect(QPointF(0, 0), QSizeF(size.width() * scale, size.height() * scale));
    rect.moveCenter(target.center());
    view.scene()->render(painter, rect, QRectF(QPointF(0, 0), QSizeF(size)));
    return true;
}

bool ChartExport::save(const Document &document, const ChartRequest &request, const QString &path,
    QString *error, QSize size)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString shownPath = Valuemap::shownPath(path);
    if (suffix != "png"_L1 && suffix != "pdf"_L1) {
        *error = tr("Cannot save the chart as “%1”: name a file ending in .png or .pdf.")
                     .arg(shownPath);
        return false;
    }
    OutputFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write “%1”: %2. Choose a folder you can write to.")
                     .arg(shownPath, file.errorString());
        return false;
    }
    QString empty;
    bool ok = false;
    if (suffix == "png"_L1) {
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2.0);
        image.fill(Theme::paper().page);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        ok = paint(document, request, &painter, QRectF(QPointF(0, 0), QSizeF(size)), &empty, size);
        painter.end();
        ok = ok && image.save(&file, "PNG");
    } else {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(ChartFactory::title(document, request));
        writer.setCreator(u"Valuemap"_s);
        QPainter painter;
        ok = painter.begin(&writer);
        if (ok) {
            ok = paint(document, request, &painter, painter.viewport(), &empty, size);
            ok = painter.end() && ok;
        }
    }
    if (!ok && !empty.isEmpty()) {
        file.cancelWriting();
        *error = tr("There is nothing to chart yet: %1").arg(empty);
        return false;
    }
    if (!ok) {
        file.cancelWriting();
        *error = tr("Cannot write “%1”: the chart could not be drawn into the file. Check the free "
                    "disk space and try again.")
                     .arg(shownPath);
        return false;
    }
    if (!file.commit()) {
        *error = tr("Cannot write “%1”: %2. Check the free disk space and the folder's "
                    "permissions.")
                     .arg(shownPath, file.errorString());
        return false;
    }
    return true;
}

} // namespace Valuemap
