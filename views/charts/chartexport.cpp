#include "charts/chartexport.h"
#include "io/outputfile.h"

#include "storage/document.h"

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

bool ChartExport::save(const Document &document, const ChartRequest &request, const QString &path,
    QString *error, QSize size)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString shownPath = QDir::toNativeSeparators(path);
    if (suffix != "png"_L1 && suffix != "pdf"_L1) {
        *error = tr("Cannot save the chart as “%1”: name a file ending in .png or .pdf.")
                     .arg(shownPath);
        return false;
    }
    QString empty;
    std::unique_ptr<QChart> chart(ChartFactory::create(document, request, &empty));
    if (!chart) {
        *error = tr("There is nothing to chart yet: %1").arg(empty);
        return false;
    }
    const QString title = chart->title();
    // Drawn from a scene, never shown: no window, no display, the same on every platform.
    QChartView view(chart.release());
    view.setRenderHint(QPainter::Antialiasing);
    QChart *drawn = view.chart();
    drawn->setAnimationOptions(QChart::NoAnimation);
    drawn->resize(QSizeF(size));
    view.setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    QCoreApplication::processEvents(); // lets the chart lay itself out at this size
    QGraphicsScene *scene = view.scene();

    OutputFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write “%1”: %2. Choose a folder you can write to.")
                     .arg(shownPath, file.errorString());
        return false;
    }
    const QRectF source(QPointF(0, 0), QSizeF(size));
    bool ok = false;
    if (suffix == "png"_L1) {
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2.0);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene->render(&painter, source, source);
        painter.end();
        ok = image.save(&file, "PNG");
    } else {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(u"Valuemap"_s);
        QPainter painter;
        ok = painter.begin(&writer);
        if (ok) {
            const QRectF page = painter.viewport();
            const qreal scale
                = std::min(page.width() / size.width(), page.height() / size.height());
            const QSizeF target(size.width() * scale, size.height() * scale);
            const QRectF rect(
                QPointF((page.width() - target.width()) / 2, (page.height() - target.height()) / 2),
                target);
            scene->render(&painter, rect, source);
            ok = painter.end();
        }
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
