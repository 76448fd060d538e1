#include "export/visionexport.h"

#include "widgets/theme.h"
#include "export/pdfoutput.h"

#include "export/visionrenderer.h"
#include "storage/document.h"
#include "domain/text.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

QPageLayout landscape(QPageSize::PageSizeId page)
{
    return QPageLayout(QPageSize(page), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0));
}

} // namespace

QPageSize::PageSizeId VisionExport::pageFromName(const QString &name)
{
    if (name.compare("a4"_L1, Qt::CaseInsensitive) == 0)
        return QPageSize::A4;
    if (name.compare("letter"_L1, Qt::CaseInsensitive) == 0)
        return QPageSize::Letter;
    return QPageSize::Custom;
}

bool VisionExport::writePdf(const Document &document, const QString &path,
    QPageSize::PageSizeId page, QString *error, QString *warning)
{
    const VisionRenderer renderer(VisionRenderer::boardOf(document));
    if (warning)
        *warning = PdfOutput::renderWarning(renderer.missingCharacters(), renderer.shortenedNotes());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(1200);
        writer.setPageLayout(landscape(page));
        PdfOutput::setMetadata(writer, renderer.documentTitle(), document.product().owner);
        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error)
                *error
                    = tr("Could not start the PDF for “%1”.").arg(shownPath(path));
            return false;
        }
        renderer.paint(&painter, QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height())));
        painter.end();
    }
    buffer.close();
    return PdfOutput::writeFile(
        path, PdfOutput::withAuthor(buffer.data(), document.product().owner), error);
}

bool VisionExport::writePng(const Document &document, const QString &path,
    QPageSize::PageSizeId page, int dpi, QString *error)
{
    const VisionRenderer renderer(VisionRenderer::boardOf(document));
    const QSize size = landscape(page).fullRectPixels(dpi).size();
    QImage image(size, QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Theme::paper().page);
    {
        QPainter painter(&image);
        renderer.paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        if (error)
            *error
                = tr("Could not encode the picture for “%1”.").arg(shownPath(path));
        return false;
    }
    return PdfOutput::writeFile(path, buffer.data(), error);
}

void VisionExport::print(const Document &document, QPrinter *printer)
{
    const VisionRenderer renderer(VisionRenderer::boardOf(document));
    printer->setDocName(renderer.documentTitle());
    printer->setCreator(PdfOutput::creatorName());
    printer->setFullPage(true);
    QPainter painter;
    if (!painter.begin(printer))
        return;
    renderer.paint(&painter, printer->paperRect(QPrinter::DevicePixel));
    painter.end();
}

} // namespace Valuemap
