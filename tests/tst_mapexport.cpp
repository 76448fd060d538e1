// The map as a picture: PDF fit to one page (A4 landscape), a tiled poster of a 1,000-story map
// (page count, crop-mark labels in the text), PNG size at a resolution, SVG that parses.
#include "planfactory.h"
#include "testsupport.h"

#include "export/mapexport.h"
#include "storage/document.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    const auto match
        = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(tool(u"pdfinfo"_s, { path }));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString pdfPageSize(const QString &path)
{
    const auto match = QRegularExpression(u"Page size:\\s+([\\d.]+ x [\\d.]+)"_s)
                           .match(tool(u"pdfinfo"_s, { path }));
    return match.captured(1);
}

} // namespace

class TestMapExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    void pdfFitsOnePage()
    {
        QTemporaryDir dir;
        QString error;
        const auto doc = Document::open(Test::makeSamplePlan(dir), &error);
        const QString pdf = dir.filePath(u"map.pdf"_s);
        MapExport::PdfOptions options;
        options.autoOrientation = false;
        QVERIFY2(MapExport::writePdf(*doc, pdf, options, &error), qPrintable(error));
        QCOMPARE(pdfPages(pdf), 1);
        QCOMPARE(pdfPageSize(pdf), u"842 x 595"_s); // A4 landscape, in points
        const QString text = tool(u"pdftotext"_s, { pdf, u"-"_s });
        QVERIFY2(text.contains(doc->activity(doc->activities().first()).title),
            qPrintable(text.left(400)));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).filter(u"map.pdf"_s).size() == 1);
    }

    void tiledPosterOfALargeMap()
    {
        QTemporaryDir dir;
        QString error;
        const auto doc = Document::open(Test::makeGeneratedPlan(dir, 1000), &error);
        QVERIFY2(doc, qPrintable(error));
        MapExport::PdfOptions options;
        options.tiled = true;
        int rows = 0;
        int columns = 0;
        const int pages = MapExport::posterPages(*doc, options, &rows, &columns);
        QVERIFY(rows > 1 && columns > 1);
        const QString pdf = dir.filePath(u"poster.pdf"_s);
        QVERIFY2(MapExport::writePdf(*doc, pdf, options, &error), qPrintable(error));
        if (!qEnvironmentVariableIsEmpty("VALUEMAP_KEEP_EXPORTS"))
            QFile::copy(pdf, qEnvironmentVariable("VALUEMAP_KEEP_EXPORTS") + u"/poster.pdf"_s);
        QCOMPARE(pdfPages(pdf), pages);
        // -raw: in drawing order, so the page label is not mixed with the text of cards cut at
        // the page edge (clipped, but still in the file).
        const QString text = tool(u"pdftotext"_s, { u"-raw"_s, pdf, u"-"_s });
        QVERIFY(text.contains(u"row 1, column 2"_s));
        QVERIFY(text.contains(
            u"row %1, column %2 (page %3 of %3)"_s.arg(rows).arg(columns).arg(pages)));
        // Legible: the card titles are there as text at tile scale.
        QVERIFY(text.contains(u"do thing number 999"_s));
    }

    void cancelledPosterLeavesNoFile()
    {
        QTemporaryDir dir;
        QString error;
        const auto doc = Document::open(Test::makeSamplePlan(dir), &error);
        MapExport::PdfOptions options;
        options.tiled = true;
        const QString pdf = dir.filePath(u"cancelled.pdf"_s);
        QVERIFY(
            !MapExport::writePdf(*doc, pdf, options, &error, [](qint64, qint64) { return false; }));
        QVERIFY(!QFile::exists(pdf));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).filter(u".pdf"_s).size(), 0);
    }

    void pngAtAResolution()
    {
        QTemporaryDir dir;
        QString error;
        const auto doc = Document::open(Test::makeSamplePlan(dir), &error);
        const QString at96 = dir.filePath(u"map96.png"_s);
        const QString at192 = dir.filePath(u"map192.png"_s);
        QVERIFY2(MapExport::writePng(*doc, at96, 96, &error), qPrintable(error));
        QVERIFY2(MapExport::writePng(*doc, at192, 192, &error), qPrintable(error));
        const QImage small(at96);
        const QImage large(at192);
        QVERIFY(!small.isNull() && small.width() > 400);
        QVERIFY(qAbs(large.width() - 2 * small.width()) <= 2);
        QVERIFY(qAbs(large.height() - 2 * small.height()) <= 2);
        QCOMPARE(qRound(large.dotsPerMeterX() * 0.0254), 192);
        if (!qEnvironmentVariableIsEmpty("VALUEMAP_KEEP_EXPORTS"))
            QFile::copy(at96, qEnvironmentVariable("VALUEMAP_KEEP_EXPORTS") + u"/map96.png"_s);
    }

    void tooLargePngIsRefused()
    {
        QTemporaryDir dir;
        QString error;
        const auto doc = Document::open(Test::makeGeneratedPlan(dir, 1000), &error);
        const QString png = dir.filePath(u"huge.png"_s);
        QVERIFY(!MapExport::writePng(*doc, png, 1200, &error));
        QVERIFY2(error.contains(u"lower resolution"_s), qPrintable(error));
        QVERIFY(!QFile::exists(png));
    }

    void svgParses()
    {
        QTemporaryDir dir;
        QString error;
        const auto doc = Document::open(Test::makeSamplePlan(dir), &error);
        const QString svg = dir.filePath(u"map.svg"_s);
        QVERIFY2(MapExport::writeSvg(*doc, svg, &error), qPrintable(error));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QVERIFY(renderer.defaultSize().width() > 400);
        if (!qEnvironmentVariableIsEmpty("VALUEMAP_KEEP_EXPORTS")) { // to look at it
            QImage image(renderer.defaultSize(), QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            renderer.render(&painter);
            painter.end();
            image.save(qEnvironmentVariable("VALUEMAP_KEEP_EXPORTS") + u"/svg-rendered.png"_s);
        }
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(doc->activity(doc->activities().first()).title.toUtf8()));
    }

    // A plan from someone else is data: its product name goes into the SVG's title as text,
    // never as markup (a name that closed the title and opened a script made a script).
    void svgTitleIsTextNotMarkup_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("script") << u"Q3</title><script>alert(document.domain)</script><title>"_s;
        QTest::addRow("broken tag") << u"Roadmap </text> & <b>bold</b> \"quoted\" 'single'"_s;
        QTest::addRow("entity") << u"Café &amp; &#x3C;script&#x3E; ]]> <!-- x -->"_s;
    }

    void svgTitleIsTextNotMarkup()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        QString error;
        const auto doc = Document::open(Test::makeSamplePlan(dir), &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY2(doc->setProductField(ProductField::Name, name), qPrintable(doc->lastError()));
        const QString svg = dir.filePath(u"map.svg"_s);
        QVERIFY2(MapExport::writeSvg(*doc, svg, &error), qPrintable(error));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Test::XmlOutline xml = Test::xmlOutline(file.readAll());
        QVERIFY2(xml.error.isEmpty(), qPrintable(xml.error));
        QCOMPARE(xml.elements.count(u"title"_s), 1);
        QVERIFY(!xml.elements.contains(u"script"_s));
        QVERIFY(!xml.elements.contains(u"b"_s));
        QCOMPARE(xml.title, u"Story map — "_s + name);
        QVERIFY(QSvgRenderer(svg).isValid());
    }

    void unwritableTargetGivesMessage()
    {
        QTemporaryDir dir;
        QString error;
        const auto doc = Document::open(Test::makeSamplePlan(dir), &error);
        QVERIFY(!MapExport::writeSvg(*doc, dir.filePath(u"missing/folder/map.svg"_s), &error));
        QVERIFY2(error.contains(u"map.svg"_s), qPrintable(error));
    }
};

QTEST_MAIN(TestMapExport)
#include "tst_mapexport.moc"
