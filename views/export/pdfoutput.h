#pragma once

#include <QCoreApplication>
#include <QString>

class QPdfWriter;

namespace Valuemap {

// What every PDF of Valuemap's paper exports shares: its metadata (title, author, creator) and
// how its bytes reach the disk: beside the target, renamed into place only when complete, so a
// failed export leaves an existing file as it was. (Its sentences keep the vision export's
// translation context, where they were first translated.)
class PdfOutput final
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::VisionExport)

public:
    // "Valuemap <version>".
    static QString creatorName();
    // Title and creator in the document information, title and author in the XMP metadata.
    static void setMetadata(QPdfWriter &writer, const QString &title, const QString &author);
    // The finished PDF with the author added to its document information (see the .cpp).
    static QByteArray withAuthor(const QByteArray &pdf, const QString &author);
    // Writes bytes to path through OutputFile; false with a message naming the file and what to
    // do (a folder, an unwritable place, a full disk).
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *error);
    // The warning for characters no font has (`missing`) and texts shortened on paper; empty if
    // there are none.
    static QString renderWarning(const QString &missing, int shortened);
};

} // namespace Valuemap
