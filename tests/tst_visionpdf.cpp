// The vision statement on paper: one landscape page of the chosen size, real text with every
// note (checked with pdftotext), German labels for a German plan, a crowded vision that keeps
// every word on the page, metadata, PNG, and `valuemap export vision` with its exit codes.
#include "export/visionexport.h"
#include "export/visionrenderer.h"
#include "storage/document.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

using Run = Test::ProcessRun;

Run run(const QString &program, const QStringList &arguments, bool withoutDisplay = false)
{
    return Test::runProgram(program, arguments, withoutDisplay ? Test::Display::Headless : Test::Display::Inherit);
}

// Text compared without whitespace: line breaks inside a note (also after a hyphen) vanish.
QString squeezed(QString text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.remove(space);
}

QString pdfText(const QString &pdf)
{
    return run(u"pdftotext"_s, { u"-raw"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s }).out;
}

QString pdfInfo(const QString &pdf)
{
    return run(u"pdfinfo"_s, { pdf }).out;
}

QString infoField(const QString &info, const QString &field)
{
    const QRegularExpression re(
        u"^"_s + field + u":\\s*(.*)$"_s, QRegularExpression::MultilineOption);
    return re.match(info).captured(1).trimmed();
}

// VALUEMAP_TEST_KEEP=folder keeps a copy of the PDFs, to look at them (pdftoppm -png ...).
void keep(const QString &pdf)
{
    const QString folder = qEnvironmentVariable("VALUEMAP_TEST_KEEP");
    if (folder.isEmpty())
        return;
    const QString target = folder + u'/' + QFileInfo(pdf).fileName();
    QFile::remove(target);
    QFile::copy(pdf, target);
}

} // namespace

class TestVisionPdf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<Document> openSample(const QString &name)
    {
        QString error;
        auto doc = Document::open(Test::makeSamplePlan(m_dir, name), &error);
        if (!doc)
            qFatal("%s", qPrintable(error));
        return doc;
    }

    QStringList allNotes(const Document &doc)
    {
        QStringList notes;
        for (int a = 0; a < VisionAreaCount; ++a) {
            for (VisionNoteId id : doc.visionNotes(VisionArea(a)))
                notes.append(doc.visionNote(id).text);
        }
        return notes;
    }

private slots:
    void initTestCase()
    {
        Test::useFixedLocale();
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()
            || QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
            QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    }

    void onePageOfTheChosenSize_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("size");
        QTest::addRow("A4") << int(QPageSize::A4) << u"842 x 595 pts (A4)"_s;
        QTest::addRow("Letter") << int(QPageSize::Letter) << u"792 x 612 pts (letter)"_s;
    }

    void onePageOfTheChosenSize()
    {
        QFETCH(int, page);
        QFETCH(QString, size);
        auto doc = openSample(u"size-%1.valuemap"_s.arg(page));
        const QString pdf = m_dir.filePath(u"size-%1.pdf"_s.arg(page));
        QString error;
        QVERIFY2(VisionExport::writePdf(*doc, pdf, QPageSize::PageSizeId(page), &error),
            qPrintable(error));
        const QString info = pdfInfo(pdf);
        QCOMPARE(infoField(info, u"Pages"_s), u"1"_s);
        QCOMPARE(infoField(info, u"Page size"_s), size); // landscape: wider than high
        QCOMPARE(infoField(info, u"Title"_s),
            u"Bean There – Coffee Subscription – Product Vision Board"_s);
        QCOMPARE(infoField(info, u"Author"_s), u"Lena Hoffmann, Product Owner"_s);
        // Fonts are embedded.
        const QString fonts = run(u"pdffonts"_s, { pdf }).out;
        QVERIFY(fonts.contains(u"DejaVuSans"_s));
        for (const QString &line : fonts.split(u'\n').mid(2, -1)) {
            if (!line.trimmed().isEmpty())
                QVERIFY2(line.contains(u" yes "_s), qPrintable(u"font not embedded: "_s + line));
        }
    }

    void holdsEveryNoteOfTheSample()
    {
        auto doc = openSample(u"text.valuemap"_s);
        const QString pdf = m_dir.filePath(u"text.pdf"_s);
        QString error;
        QVERIFY2(VisionExport::writePdf(*doc, pdf, QPageSize::A4, &error), qPrintable(error));
        keep(pdf);
        const QString text = pdfText(pdf);
        const QString flat = squeezed(text);
        const QStringList notes = allNotes(*doc);
        QCOMPARE(notes.size(), 26);
        for (const QString &note : notes)
            QVERIFY2(flat.contains(squeezed(note)), qPrintable(u"missing from the PDF: "_s + note));
        // Title block, area titles, personas, non-ASCII text.
        for (const QString &word : { u"Bean There – Coffee Subscription"_s, u"Lena Hoffmann"_s,
                 u"1.2"_s, u"2 March 2026"_s, u"TARGET GROUP"_s, u"NEEDS & PROBLEMS"_s,
                 u"DIFFERENTIATION"_s, u"Curious Clara"_s, u"Jürgen Müller"_s, u"€14.90"_s })
            QVERIFY2(text.contains(word), qPrintable(u"missing from the PDF: "_s + word));
    }

    void speaksGermanWhenThePlanIsGerman()
    {
        auto doc = openSample(u"de.valuemap"_s);
        QVERIFY(doc->setProductField(ProductField::Language, u"de"_s));
        const VisionNoteId note = doc->addVisionNote(
            VisionArea::Needs, u"Größere Auswahl für Kaffeeliebhaber – ab 9,90 € im Monat"_s);
        QVERIFY(note.isValid());
        const QString pdf = m_dir.filePath(u"de.pdf"_s);
        QString error;
        QVERIFY2(VisionExport::writePdf(*doc, pdf, QPageSize::A4, &error), qPrintable(error));
        keep(pdf);
        const QString text = pdfText(pdf);
        for (const QString &label :
            { u"ZIELGRUPPE"_s, u"BEDÜRFNISSE & PROBLEME"_s, u"TOP FEATURES"_s, u"GESCHÄFTSMODELL"_s,
                u"KONKURRENZ"_s, u"DIFFERENZNUTZEN"_s, u"2. März 2026"_s, u"Datum"_s })
            QVERIFY2(text.contains(label), qPrintable(u"missing German label: "_s + label));
        QVERIFY(!text.contains(u"TARGET GROUP"_s));
        QVERIFY(squeezed(text).contains(squeezed(doc->visionNote(note).text)));
    }

    void anEmptyAreaShowsItsQuestions()
    {
        QString error;
        auto doc = Document::create(m_dir.filePath(u"empty.valuemap"_s), &error);
        QVERIFY2(doc, qPrintable(error));
        const QString pdf = m_dir.filePath(u"empty.pdf"_s);
        QVERIFY2(VisionExport::writePdf(*doc, pdf, QPageSize::A4, &error), qPrintable(error));
        keep(pdf);
        const QString flat = squeezed(pdfText(pdf));
        QVERIFY(flat.contains(squeezed(
            u"Which needs does the product satisfy? What value does it create? Which emotions?"_s)));
        QCOMPARE(infoField(pdfInfo(pdf), u"Pages"_s), u"1"_s);
    }

    void aCrowdedVisionKeepsEveryWordOnThePage()
    {
        auto doc = openSample(u"crowded.valuemap"_s);
        // Far more than fits at the normal size: long notes in every area, one huge Needs area.
        const QString sentence
            = u"Customers in Köln and Zürich expect their order number %1 to arrive quickly, "
              "fully tracked, beautifully packed and without plastic, otherwise they complain "
              "loudly about the service."_s;
        doc->beginCompound(u"crowd"_s);
        for (int i = 0; i < 30; ++i)
            doc->addVisionNote(VisionArea::Needs, sentence.arg(i));
        for (int a = 0; a < VisionAreaCount; ++a) {
            for (int i = 0; i < 8; ++i)
                doc->addVisionNote(
                    VisionArea(a), u"Area %1 note %2: "_s.arg(a).arg(i) + sentence.arg(1000 + i));
        }
        doc->addVisionNote(VisionArea::Competition,
            u"Donaudampfschifffahrtsgesellschaftskapitänsmützenhersteller"_s
            u"verband-ohne-Leerzeichen-und-sehr-lang"_s);
        doc->endCompound();
        const QString pdf = m_dir.filePath(u"crowded.pdf"_s);
        QString error;
        QVERIFY2(VisionExport::writePdf(*doc, pdf, QPageSize::A4, &error), qPrintable(error));
        keep(pdf);
        QCOMPARE(infoField(pdfInfo(pdf), u"Pages"_s), u"1"_s);
        const QString flat = squeezed(pdfText(pdf));
        const QStringList notes = allNotes(*doc);
        QVERIFY(notes.size() > 110);
        for (const QString &note : notes)
            QVERIFY2(flat.contains(squeezed(note)), qPrintable(u"lost from the PDF: "_s + note));

        // Every word lies on the page, inside the margins: nothing drawn off the paper.
        const QString boxes = run(u"pdftotext"_s, { u"-bbox"_s, pdf, u"-"_s }).out;
        static const QRegularExpression word(
            uR"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">)re"_s);
        int words = 0;
        for (auto it = word.globalMatch(boxes); it.hasNext(); ++words) {
            const auto m = it.next();
            QVERIFY(m.captured(1).toDouble() >= 10 && m.captured(3).toDouble() <= 842 - 10);
            QVERIFY(m.captured(2).toDouble() >= 10 && m.captured(4).toDouble() <= 595 - 10);
        }
        QVERIFY(words > 2000);

        // The crowded areas were set smaller than the sample's.
        VisionRenderer renderer(VisionRenderer::boardOf(*doc));
        QImage image(842, 595, QImage::Format_RGB32);
        image.setDotsPerMeterX(qRound(72 / 0.0254));
        image.setDotsPerMeterY(qRound(72 / 0.0254));
        QPainter painter(&image);
        renderer.paint(&painter, QRectF(0, 0, 842, 595));
        painter.end();
        QVERIFY(!renderer.overflowed()); // every area holds its notes: none runs past its edge
        QVERIFY(renderer.areaFontSize(VisionArea::Needs) < 9);
        QVERIFY(renderer.areaFontSize(VisionArea::Needs) > 0);
    }

    void printsThroughTheSameRenderer()
    {
        auto doc = openSample(u"print.valuemap"_s);
        const VisionNoteId odd
            = doc->addVisionNote(VisionArea::Needs, u"Kaffee für Zoë → 咖啡 ☕ ∑"_s);
        QVERIFY(odd.isValid());
        const QString pdf = m_dir.filePath(u"print.pdf"_s);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        printer.setPageSize(QPageSize(QPageSize::Letter));
        printer.setPageOrientation(QPageLayout::Landscape);
        VisionExport::print(*doc, &printer);
        keep(pdf);
        QCOMPARE(infoField(pdfInfo(pdf), u"Pages"_s), u"1"_s);
        QCOMPARE(infoField(pdfInfo(pdf), u"Page size"_s), u"792 x 612 pts (letter)"_s);
        const QString text = pdfText(pdf);
        QVERIFY(squeezed(text).contains(squeezed(u"Capsule systems with automatic reordering."_s)));
        // Characters beyond DejaVu Sans are not dropped: another font draws them, or, where no
        // installed font has them, a visible U+FFFD stands in (and the export says so).
        const bool cjkFont
            = !VisionRenderer(VisionRenderer::boardOf(*doc)).missingCharacters().contains(u'咖');
        QVERIFY2(
            squeezed(text).contains(squeezed(
                cjkFont ? u"Kaffee für Zoë → 咖啡 ☕ ∑"_s : u"Kaffee für Zoë → \uFFFD\uFFFD ☕ ∑"_s)),
            qPrintable(text));
        QString error;
        QString warning;
        QVERIFY(VisionExport::writePdf(
            *doc, m_dir.filePath(u"odd.pdf"_s), QPageSize::A4, &error, &warning));
        QCOMPARE(warning.contains(u"咖啡"_s), !cjkFont);
    }

    void exportsAPicture()
    {
        auto doc = openSample(u"png.valuemap"_s);
        const QString png = m_dir.filePath(u"vision.png"_s);
        QString error;
        QVERIFY2(VisionExport::writePng(*doc, png, QPageSize::A4, 100, &error), qPrintable(error));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > image.height()); // landscape
        QCOMPARE(image.width(), qRound(297 / 25.4 * 100));
    }

    void aFailedExportLeavesTheOldFile()
    {
        auto doc = openSample(u"fail.valuemap"_s);
        const QString blocker = m_dir.filePath(u"a-file"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a folder");
        file.close();
        QString error;
        QVERIFY(!VisionExport::writePdf(*doc, blocker + u"/vision.pdf"_s, QPageSize::A4, &error));
        QVERIFY(error.contains(u"vision.pdf"_s));
        QVERIFY(!VisionExport::writePdf(*doc, m_dir.path(), QPageSize::A4, &error));
        QVERIFY(error.contains(u"folder"_s));
    }

    void commandLineExport()
    {
        const QString exe = QStringLiteral(VALUEMAP_EXECUTABLE);
        const QString plan = Test::makeSamplePlan(m_dir, u"cli.valuemap"_s);
        const QString out = m_dir.filePath(u"cli.pdf"_s);

        Run r = run(exe, { u"export"_s, u"vision"_s, plan, u"-o"_s, out }, true);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(infoField(pdfInfo(out), u"Page size"_s), u"842 x 595 pts (A4)"_s);
        QVERIFY(squeezed(pdfText(out))
                    .contains(squeezed(u"Capsule systems with automatic reordering."_s)));

        r = run(
            exe, { u"export"_s, u"vision"_s, plan, u"-o"_s, out, u"--page"_s, u"letter"_s }, true);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(infoField(pdfInfo(out), u"Page size"_s), u"792 x 612 pts (letter)"_s);
        const QByteArray good = Test::fileHash(out);

        // Failures: a clear message, exit code 2, and the existing PDF untouched.
        const QString bad = m_dir.filePath(u"bad.valuemap"_s);
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write(QByteArray(4096, 'x'));
        badFile.close();
        const QList<QStringList> failures = {
            { u"export"_s, u"vision"_s, bad, u"-o"_s, out },
            { u"export"_s, u"vision"_s, m_dir.filePath(u"missing.valuemap"_s), u"-o"_s, out },
            { u"export"_s, u"vision"_s, plan, u"-o"_s, out, u"--page"_s, u"a3"_s },
            { u"export"_s, u"vision"_s, plan },
            { u"export"_s, u"vision"_s, plan, u"-o"_s, m_dir.filePath(u"cli.valuemap/x.pdf"_s) },
            { u"export"_s, u"nonsense"_s },
        };
        for (const QStringList &args : failures) {
            r = run(exe, args, true);
            QVERIFY2(r.exitCode == 2,
                qPrintable(args.join(u' ') + u" → "_s + QString::number(r.exitCode)));
            QVERIFY2(r.err.startsWith(u"valuemap export"_s), qPrintable(r.err));
            QCOMPARE(Test::fileHash(out), good);
        }
        QVERIFY(r.err.size() > 20);
        // The plan itself is never changed by an export.
        const QByteArray planHash = Test::fileHash(plan);
        run(exe, { u"export"_s, u"vision"_s, plan, u"-o"_s, out }, true);
        QCOMPARE(Test::fileHash(plan), planHash);
        // `check` still runs without any display.
        QCOMPARE(run(exe, { u"check"_s, plan }, true).exitCode, 0);
    }
};

QTEST_MAIN(TestVisionPdf)
#include "tst_visionpdf.moc"
