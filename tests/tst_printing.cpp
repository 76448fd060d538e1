// Issue 18: File ▸ Print… prints the tab in front through the PDF exports' renderers. The
// print-to-PDF path (QPrinter::PdfFormat into a temporary file) is read back with pdftotext:
// each tab's pages carry the text a reader expects.
#include "../app/mainwindow.h"
#include "export/screenprint.h"
#include "shell/preferences.h"
#include "storage/document.h"
#include "testsupport.h"

#include <QPrinter>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

QString pdfText(const QString &path, int *pages)
{
    QProcess info;
    info.start(u"pdfinfo"_s, { path });
    info.waitForFinished();
    const QString out = QString::fromUtf8(info.readAllStandardOutput());
    const qsizetype at = out.indexOf(u"Pages:"_s);
    *pages = at < 0 ? 0 : out.mid(at + 6).section(u'\n', 0, 0).trimmed().toInt();
    QProcess text;
    text.start(u"pdftotext"_s, { u"-layout"_s, path, u"-"_s });
    text.waitForFinished();
    return QString::fromUtf8(text.readAllStandardOutput()).simplified();
}

} // namespace

class TestPrinting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::startCleanSettings();
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
    }

    void eachTabPrintsItsPages_data()
    {
        QTest::addColumn<QString>("screen");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("poster");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("minPages");
        QTest::addRow("vision") << u"vision"_s << int(ScreenPrint::Kind::Vision) << false
                                << QStringList { u"Bean There"_s, u"Target group"_s, u"Differentiation"_s } << 1;
        QTest::addRow("map fit") << u"map"_s << int(ScreenPrint::Kind::Map) << false
                                 << QStringList { u"story map"_s, u"Discover"_s, u"Sign up"_s } << 1;
        QTest::addRow("map poster") << u"map"_s << int(ScreenPrint::Kind::Map) << true
                                    << QStringList { u"row 1, column 1"_s, u"Discover"_s } << 2;
        QTest::addRow("releases") << u"releases"_s << int(ScreenPrint::Kind::ReleasePlan) << false
                                  << QStringList { u"Outcome"_s } << 1;
        QTest::addRow("charts") << u"charts"_s << int(ScreenPrint::Kind::Charts) << false
                                << QStringList { u"Burn-up"_s } << 2;
        QTest::addRow("outline") << u"outline"_s << int(ScreenPrint::Kind::Outline) << false
                                 << QStringList { u"Activity"_s, u"Step"_s, u"Story"_s, u"Release"_s,
                                                  u"Discover"_s, u"Browse the shop"_s, u"Page 1"_s } << 1;
    }

    void eachTabPrintsItsPages()
    {
        QFETCH(QString, screen);
        QFETCH(int, kind);
        QFETCH(bool, poster);
        QFETCH(QStringList, expected);
        QFETCH(int, minPages);
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openFile(Test::makeSamplePlan(dir)));
        QVERIFY(window.showScreen(screen));
        // Print… prints what the tab in front shows.
        QCOMPARE(int(window.printKind().value()), kind);
        ScreenPrint::Options options;
        options.mapPoster = poster;
        const QString path = dir.filePath(u"printed.pdf"_s);
        {
            QPrinter printer(QPrinter::HighResolution);
            ScreenPrint::setUp(&printer, ScreenPrint::Kind(kind), *window.document(), options);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(path);
            ScreenPrint::print(*window.document(), ScreenPrint::Kind(kind), &printer, options);
        }
        int pages = 0;
        const QString text = pdfText(path, &pages);
        QVERIFY2(pages >= minPages, qPrintable(u"%1 pages"_s.arg(pages)));
        for (const QString &word : expected)
            QVERIFY2(text.contains(word, Qt::CaseInsensitive), qPrintable(word + u" not in: "_s + text.left(400)));
    }

    void paperComesFromTheSettings()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openFile(Test::makeSamplePlan(dir)));
        for (const QPageSize::PageSizeId page : { QPageSize::Letter, QPageSize::A4 }) {
            Preferences::setPaperSize(page);
            QPrinter printer;
            ScreenPrint::setUp(&printer, ScreenPrint::Kind::Outline, *window.document(), {});
            QCOMPARE(printer.pageLayout().pageSize().id(), page);
        }
        QSettings().clear();
    }
};

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
