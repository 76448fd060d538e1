#include "export/pdfoutput.h"
#include "io/outputfile.h"
#include "domain/text.h"

#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

QByteArray xmpMetadata(const QString &title, const QString &author, const QString &creator)
{
    // Qt 6.4's QPdfWriter has no setAuthor(): the author travels in the XMP packet (dc:creator),
    // which is where PDF 2.0 keeps document metadata anyway.
    const QString xmp = uR"(<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">%1</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>
<xmp:CreatorTool>%3</xmp:CreatorTool>
<pdf:Producer>%3</pdf:Producer>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>)"_s.arg(title.toHtmlEscaped(), author.toHtmlEscaped(), creator.toHtmlEscaped());
    return xmp.toUtf8();
}

} // namespace

QString PdfOutput::creatorName()
{
    return u"Valuemap "_s + QCoreApplication::applicationVersion();
}

void PdfOutput::setMetadata(QPdfWriter &writer, const QString &title, const QString &author)
{
    writer.setTitle(title);
    writer.setCreator(creatorName());
    writer.setDocumentXmpMetadata(xmpMetadata(title, author, creatorName()));
}

// Qt 6.4 writes no /Author into the PDF's document information. An incremental update (the
// PDF's own mechanism for amending a file) redefines that dictionary with the author added, so
// every viewer, and pdfinfo, shows it. If the file does not look as expected it is left as is;
// the author is then still in the XMP metadata.
QByteArray PdfOutput::withAuthor(const QByteArray &pdf, const QString &author)
{
    if (author.isEmpty())
        return pdf;
    static const QRegularExpression trailerPattern(
        uR"(trailer\s*<<\s*/Size (\d+)\s*/Info (\d+) 0 R\s*/Root (\d+) 0 R\s*>>\s*startxref\s*(\d+)\s*%%EOF\s*$)"_s);
    const QString tail = QString::fromLatin1(pdf.right(300));
    const QRegularExpressionMatch m = trailerPattern.match(tail);
    if (!m.hasMatch())
        return pdf;
    const QByteArray info = m.captured(2).toLatin1();
    const qsizetype start = pdf.indexOf(QByteArray("\n" + info + " 0 obj\n<<"));
    const qsizetype end = start < 0 ? -1 : pdf.indexOf("\n>>\nendobj", start);
    if (start < 0 || end < 0)
        return pdf;
    const qsizetype bodyStart = pdf.indexOf("<<", start) + 2;
    QByteArray hex = "FEFF";
    for (QChar c : author)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    QByteArray update = pdf;
    if (!update.endsWith('\n'))
        update += '\n';
    const qsizetype offset = update.size();
    update += info + " 0 obj\n<<" + pdf.mid(bodyStart, end - bodyStart) + "\n/Author <" + hex
        + ">\n>>\nendobj\n";
    const qsizetype xref = update.size();
    update += "xref\n" + info + " 1\n" + QByteArray::number(offset).rightJustified(10, '0')
        + " 00000 n \ntrailer\n<<\n/Size " + m.captured(1).toLatin1() + "\n/Info " + info
        + " 0 R\n/Root " + m.captured(3).toLatin1() + " 0 R\n/Prev " + m.captured(4).toLatin1()
        + "\n>>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return update;
}

QString PdfOutput::renderWarning(const QString &missing, int shortened)
{
    QString warning = missing.isEmpty()
        ? QString()
        : tr("No installed font can show these characters, so they appear as “\uFFFD”: %1. "
             "Install a font that has them (for Chinese, Japanese or Korean e.g. Noto Sans CJK) "
             "and export again.")
              .arg(missing);
    if (shortened > 0) {
        const QString cut = tr("%n note(s) are too long to read on one page and are shortened "
                                     "on it, with a mark; the plan keeps their whole text.",
            "", shortened);
        warning = warning.isEmpty() ? cut : QString(warning + u' ' + cut);
    }
    return warning;
}

bool PdfOutput::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    const QString shown = shownPath(path);
    if (QFileInfo(path).isDir()) {
        if (error)
            *error = tr("“%1” is a folder. Choose a file name for the export.").arg(shown);
        return false;
    }
    // Written to a temporary file beside the target, renamed into place only when complete.
    OutputFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write “%1”: %2. Choose a folder you can write to.")
                         .arg(shown, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write “%1”: %2. The existing file, if any, was left as it was; "
                        "check the free space and the permissions.")
                         .arg(shown, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace Valuemap
