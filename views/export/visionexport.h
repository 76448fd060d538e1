#pragma once

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

class QPrinter;

namespace Valuemap {

class Document;

// Writing the vision statement to paper, PDF and pictures, all drawn by VisionRenderer.
// Files are written beside the target and renamed into place only when complete: a failed
// export leaves an existing file as it was.
class VisionExport final
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::VisionExport)

public:
    // One landscape page of the given size with selectable text, embedded fonts, and the
    // product as title and the owner as author.
    // *warning (if given) says which characters no installed font could draw.
    static bool writePdf(const Document &document, const QString &path, QPageSize::PageSizeId page,
        QString *error, QString *warning = nullptr);
    // The same page as a picture (white background) at the given resolution.
    static bool writePng(const Document &document, const QString &path, QPageSize::PageSizeId page,
        int dpi, QString *error);
    // Prints (or previews) the page on a printer, landscape unless the user chose otherwise.
    static void print(const Document &document, QPrinter *printer);

    // "a4" / "letter" (any case); QPageSize::Custom for anything else.
    static QPageSize::PageSizeId pageFromName(const QString &name);
};

} // namespace Valuemap
