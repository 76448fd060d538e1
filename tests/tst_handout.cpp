// The client handout: one PDF with a cover, the vision statement, the story map (fit or tiled),
// the release plan and the goal charts, each page checked through pdftotext; hostile text that
// stays on its pages; `valuemap export handout` with its options, bad targets and German.
#include "testsupport.h"

#include "export/handoutdialog.h"
#include "export/handoutexport.h"
#include "export/importexportmenus.h"
#include "export/mapexport.h"
#include "storage/document.h"
#include "storymap/storymapscene.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

QString tool(const QStringList &arguments)
{
    return Test::runProgram(arguments.first(), arguments.mid(1)).out;
}

int pdfPages(const QString &pdf)
{
    const auto match = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(tool({ u"pdfinfo"_s, pdf }));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// The text of one page (1-based), lines joined with spaces.
QString pageText(const QString &pdf, int page)
{
    const QString text = tool({ u"pdftotext"_s, u"-raw"_s, u"-enc"_s, u"UTF-8"_s, u"-f"_s,
        QString::number(page), u"-l"_s, QString::number(page), pdf, u"-"_s });
    return text.simplified();
}

QString squeezed(QString text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.remove(space);
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

Test::ProcessRun app(const QStringList &arguments)
{
    return Test::runProgram(QStringLiteral(VALUEMAP_EXECUTABLE), arguments, Test::Display::Headless);
}

} // namespace

class TestHandout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sample;
    QString m_fit; // the sample's handout, map on one page
    QStringList m_pages; // its text, page by page

    std::unique_ptr<Document> openSample()
    {
        QString error;
        auto doc = Document::open(m_sample, &error, OpenMode::ReadOnly);
        if (!doc)
            qWarning("%s", qPrintable(error));
        return doc;
    }

    HandoutExport::Options sampleOptions(bool tiled = false)
    {
        HandoutExport::Options options;
        options.client = u"Kaffeehaus Müller & Söhne"_s;
        options.date = QDate(2026, 7, 1);
        options.tiledMap = tiled;
        return options;
    }

    // The pages (1-based) whose text contains `text`.
    QList<int> pagesWith(const QString &text) const
    {
        QList<int> found;
        for (int i = 0; i < m_pages.size(); ++i) {
            if (m_pages[i].contains(text))
                found.append(i + 1);
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        Test::useFixedLocale();
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()
            || QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
            QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
        QVERIFY(m_dir.isValid());
        m_sample = Test::makeSamplePlan(m_dir);
        auto doc = openSample();
        QVERIFY(doc);
        m_fit = m_dir.filePath(u"handout.pdf"_s);
        QString error;
        QString warning;
        QVERIFY2(HandoutExport::writePdf(*doc, m_fit, sampleOptions(), &error, &warning),
            qPrintable(error));
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        keep(m_fit);
        const int pages = pdfPages(m_fit);
        for (int i = 1; i <= pages; ++i)
            m_pages.append(pageText(m_fit, i));
    }

    void pagesComeInOrderWithNumbers()
    {
        // Cover, vision, map, the release plan (one page or more), two goal charts, burn-up,
        // and the learning loop's deployment frequency, value per increment and time to respond
        // to feedback.
        const int total = int(m_pages.size());
        QVERIFY2(total >= 7, qPrintable(QString::number(total)));
        QCOMPARE(pagesWith(u"CLIENT HANDOUT"_s), QList<int>({ 1 }));
        QCOMPARE(pagesWith(u"PRODUCT VISION BOARD"_s), QList<int>({ 2 }));
        QCOMPARE(pagesWith(u"the whole map on one page"_s), QList<int>({ 3 }));
        const QList<int> plan = pagesWith(u"Release plan"_s).mid(1); // the cover lists it too
        QVERIFY(!plan.isEmpty());
        QCOMPARE(plan.first(), 4);
        QCOMPARE(plan.last(), total - 6);
        QCOMPARE(pagesWith(u"Customer goal: Trial-to-subscriber conversion"_s),
            QList<int>({ total - 5 }));
        QCOMPARE(pagesWith(u"Customer goal: Churn in the first 3 months"_s),
            QList<int>({ total - 4 }));
        QCOMPARE(pagesWith(u"Progress: delivered scope"_s), QList<int>({ total - 3 }));
        QCOMPARE(pagesWith(u"Learning loop: Deployment frequency"_s), QList<int>({ total - 2 }));
        QCOMPARE(pagesWith(u"Learning loop: Value per increment"_s), QList<int>({ total - 1 }));
        QCOMPARE(pagesWith(u"Learning loop: Time to respond to feedback"_s), QList<int>({ total }));
        for (int i = 1; i <= total; ++i)
            QVERIFY2(m_pages[i - 1].contains(u"Page %1 of %2"_s.arg(i).arg(total)),
                qPrintable(m_pages[i - 1].right(200)));
        // The cover's contents name the pages.
        QVERIFY2(m_pages[0].contains(u"Release plan 4"_s), qPrintable(m_pages[0]));
    }

    void coverNamesProductClientAndDate()
    {
        const QString cover = m_pages.value(0);
        QVERIFY2(cover.contains(u"Bean There – Coffee Subscription"_s), qPrintable(cover));
        QVERIFY2(cover.contains(u"Prepared for Kaffeehaus Müller & Söhne"_s), qPrintable(cover));
        QVERIFY2(cover.contains(u"1 July 2026"_s), qPrintable(cover));
        QVERIFY2(cover.contains(u"Lena Hoffmann, Product Owner"_s), qPrintable(cover));
        QVERIFY2(cover.contains(u"Version 1.2"_s), qPrintable(cover));
        // (Plural forms come from the translation: "3 release slices", once it has them.)
        QVERIFY2(cover.contains(u"3 release slice"_s), qPrintable(cover));
        QVERIFY2(cover.contains(u"2 customer goal"_s), qPrintable(cover));
    }

    void visionPageHasTheStatement()
    {
        const QString vision = squeezed(m_pages.value(1));
        QVERIFY(vision.contains(squeezed(u"For home brewers who love great coffee but hate the hassle"_s)));
        QVERIFY(vision.contains(u"DIFFERENTIATION"_s));
    }

    void releasePlanShowsEachSlice()
    {
        QString plan;
        for (int page : pagesWith(u"Release plan"_s).mid(1))
            plan += m_pages[page - 1] + u' ';
        const QString flat = squeezed(plan);
        for (const QString &name :
            { u"MVP – First cup"_s, u"Release 2 – Habit"_s, u"Release 3 – Delight"_s })
            QVERIFY2(plan.contains(name), qPrintable(name));
        QVERIFY(flat.contains(
            squeezed(u"Not a working product: no story for “Manage subscription”."_s)));
        QVERIFY(flat.contains(squeezed(u"Over capacity:"_s)));
        QVERIFY(flat.contains(squeezed(u"Working product: every activity of the user's journey"_s)));
        QVERIFY(flat.contains(squeezed(
            u"Outcome: Hypothesis: people will subscribe to freshly roasted beans"_s)));
        QVERIFY(flat.contains(squeezed(u"Subscribers build a coffee routine"_s)));
        QVERIFY(flat.contains(squeezed(u"No customer goal"_s))); // Release 3
        QVERIFY(flat.contains(squeezed(u"Customer goals: Trial-to-subscriber conversion"_s)));
        QVERIFY(flat.contains(squeezed(u"Delivered 28 March 2026: 11 stor"_s)));
        QVERIFY(flat.contains(squeezed(u"Manage subscription no story: users cannot do this yet"_s)));
        QVERIFY(flat.contains(squeezed(u"✓ Browse all coffees on one page"_s)));
        // Each slice's verdict comes after its name and before the next slice.
        const qsizetype mvp = flat.indexOf(squeezed(u"MVP – First cup"_s));
        const qsizetype notWorking = flat.indexOf(squeezed(u"Not a working product"_s));
        const qsizetype habit = flat.indexOf(squeezed(u"Release 2 – Habit"_s));
        QVERIFY(mvp >= 0 && mvp < notWorking && notWorking < habit);
    }

    void chartPagesHaveTheirCharts()
    {
        const int total = int(m_pages.size());
        const QString goal = m_pages.value(total - 6);
        QVERIFY2(goal.contains(u"Conversion rate"_s), qPrintable(goal));
        QVERIFY2(goal.contains(u"From 4 % to 10 % by 30 September 2026"_s), qPrintable(goal));
        QVERIFY2(m_pages.value(total - 4).contains(u"Burn-up: delivered stories against scope"_s),
            qPrintable(m_pages.value(total - 4)));
        QVERIFY2(m_pages.value(total - 3).contains(u"Increments per week"_s), qPrintable(m_pages.value(total - 3)));
        QVERIFY2(m_pages.value(total - 2).contains(u"Change of the metric"_s), qPrintable(m_pages.value(total - 2)));
        // The sample's feedback has no story made from it yet: all of it is open.
        QVERIFY2(m_pages.value(total - 1).contains(u"Days until delivered"_s)
                     && m_pages.value(total - 1).contains(u"still open"_s),
                 qPrintable(m_pages.value(total - 1)));
    }

    void tiledMapTakesMorePagesWithLabels()
    {
        auto doc = openSample();
        QVERIFY(doc);
        const QString tiled = m_dir.filePath(u"tiled.pdf"_s);
        QString error;
        QVERIFY2(HandoutExport::writePdf(*doc, tiled, sampleOptions(true), &error), qPrintable(error));
        keep(tiled);
        const int pages = pdfPages(tiled);
        QVERIFY2(pages > m_pages.size(), qPrintable(QString::number(pages)));
        const int mapPages = pages - int(m_pages.size()) + 1;
        int rows = 0;
        int columns = 0;
        for (int i = 0; i < mapPages; ++i) {
            const QString text = pageText(tiled, 3 + i);
            const auto match = QRegularExpression(u"row (\\d+), column (\\d+) of (\\d+) × (\\d+)"_s)
                                   .match(text);
            QVERIFY2(match.hasMatch(), qPrintable(text));
            QCOMPARE(match.captured(1).toInt(), i / match.captured(4).toInt() + 1);
            rows = match.captured(3).toInt();
            columns = match.captured(4).toInt();
        }
        QCOMPARE(rows * columns, mapPages);
        QVERIFY(pageText(tiled, 3 + mapPages).contains(u"Release plan"_s));
        // The cover's contents give the map's page range.
        QVERIFY(pageText(tiled, 1).contains(u"Story map 3–%1"_s.arg(2 + mapPages)));
    }

    void hostileTextStaysOnItsPages()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::open(Test::makeSamplePlan(dir), &error);
        QVERIFY2(doc, qPrintable(error));
        const QString longWord = QString(u'W').repeated(10'000);
        QVERIFY(doc->setProductField(ProductField::Name, u"Endless "_s.repeated(2'000)));
        QVERIFY(doc->setProductField(ProductField::Client, longWord));
        const ReleaseId mvp = doc->releases().first();
        QVERIFY(doc->setReleaseField(mvp, ReleaseField::Outcome, u"Lorem ipsum dolor. "_s.repeated(600)));
        QVERIFY(doc->setReleaseField(doc->releases().at(1), ReleaseField::Outcome, u"line\n"_s.repeated(3000)));
        QVERIFY(doc->setReleaseField(doc->releases().at(2), ReleaseField::Name, longWord));
        const StoryId story = doc->storiesInRelease(mvp).first();
        QVERIFY(doc->setStoryField(story, StoryField::Title, u"Title "_s.repeated(2'000)));

        const QString pdf = dir.filePath(u"hostile.pdf"_s);
        QString warning;
        QVERIFY2(HandoutExport::writePdf(*doc, pdf, sampleOptions(), &error, &warning), qPrintable(error));
        keep(pdf);
        QVERIFY2(warning.contains(u"shortened"_s), qPrintable(warning));
        const int pages = pdfPages(pdf);
        QVERIFY2(pages >= 8 && pages < 60, qPrintable(QString::number(pages)));
        // Every word inside its page: pdftotext -bbox gives each word's box. (Not on the map's
        // page: the map clips a long lane name within its lane, which pdftotext cannot see.)
        const QString boxes = tool({ u"pdftotext"_s, u"-bbox"_s, pdf, u"-"_s });
        static const QRegularExpression pageBox(uR"x(<page width="([\d.]+)" height="([\d.]+)">)x"_s);
        static const QRegularExpression wordBox(
            uR"x(<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">)x"_s);
        const QStringList pageBoxes = boxes.split(u"<page "_s).mid(1);
        QCOMPARE(pageBoxes.size(), pages);
        int words = 0;
        for (int page = 1; page <= pages; ++page) {
            if (page == 3)
                continue;
            const QString box = u"<page "_s + pageBoxes[page - 1];
            const auto size = pageBox.match(box);
            QVERIFY(size.hasMatch());
            const double width = size.captured(1).toDouble();
            const double height = size.captured(2).toDouble();
            for (auto it = wordBox.globalMatch(box); it.hasNext();) {
                const auto m = it.next();
                ++words;
                QVERIFY2(m.captured(1).toDouble() >= 0 && m.captured(3).toDouble() <= width + 0.5
                        && m.captured(2).toDouble() >= 0 && m.captured(4).toDouble() <= height + 0.5,
                    qPrintable(u"page %1: "_s.arg(page) + m.captured(0)));
            }
        }
        QVERIFY(words > 1000);
        const QString text = tool({ u"pdftotext"_s, u"-raw"_s, pdf, u"-"_s });
        QVERIFY(squeezed(text).contains(u"morecharacter"_s)); // "… [n more characters in the plan]"
    }

    void exportMenuOffersTheHandoutWithADialog()
    {
        auto doc = openSample();
        QVERIFY(doc);
        QWidget window;
        ImportExportMenus menus(&window, [&doc] { return doc.get(); }, [](const QString &) { return false; });
        QStringList texts;
        for (QAction *action : menus.exportMenu()->actions())
            texts.append(action->text());
        QVERIFY2(texts.contains(u"Client &Handout (PDF)…"_s), qPrintable(texts.join(u", "_s)));

        const HandoutDialog dialog(*doc);
        const HandoutExport::Options options = dialog.options();
        QCOMPARE(options.client, u"Bean There Roasting Co. GmbH"_s); // from the vision header
        QCOMPARE(options.date, QDate::currentDate());
        QCOMPARE(options.page, QPageSize::Letter); // the tests' locale is en_US
        QVERIFY(!options.tiledMap);
    }

    void commandLineWritesTheHandout()
    {
        const QString out = m_dir.filePath(u"cli.pdf"_s);
        const auto run = app({ u"export"_s, u"handout"_s, m_sample, u"-o"_s, out, u"--paper"_s,
            u"letter"_s, u"--client"_s, u"ACME Corp."_s, u"--date"_s, u"2026-07-01"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"cli.pdf"_s), qPrintable(run.out));
        QCOMPARE(pdfPages(out), m_pages.size());
        QVERIFY(tool({ u"pdfinfo"_s, out }).contains(u"792 x 612 pts"_s)); // Letter, landscape
        const QString cover = pageText(out, 1);
        QVERIFY2(cover.contains(u"Prepared for ACME Corp."_s), qPrintable(cover));
        QVERIFY2(cover.contains(u"1 July 2026"_s), qPrintable(cover));

        // Without --client: the client of the vision header.
        const auto fallback = app({ u"export"_s, u"handout"_s, m_sample, u"-o"_s, out, u"--map"_s,
            u"tiled"_s });
        QVERIFY2(fallback.exitCode == 0, qPrintable(fallback.err));
        QVERIFY(pageText(out, 1).contains(u"Prepared for Bean There Roasting Co. GmbH"_s));
        QVERIFY(pdfPages(out) > m_pages.size());
    }

    void commandLineRefusesBadOptions_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::addRow("paper") << QStringList { u"--paper"_s, u"a5"_s } << u"--paper must be a4 or letter"_s;
        QTest::addRow("map") << QStringList { u"--map"_s, u"poster"_s } << u"--map must be fit or tiled"_s;
        QTest::addRow("date") << QStringList { u"--date"_s, u"1.7.2026"_s } << u"use YYYY-MM-DD"_s;
        QTest::addRow("no value") << QStringList { u"--client"_s } << u"needs a value"_s;
    }

    void commandLineRefusesBadOptions()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const QString out = m_dir.filePath(u"bad-option.pdf"_s);
        const auto run = app(QStringList { u"export"_s, u"handout"_s, m_sample, u"-o"_s, out } + options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
    }

    void badTargetsGetAMessageAndNoFile_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("message");
        QTest::addRow("device") << u"/dev/full"_s << u"not a regular file"_s;
        QTest::addRow("folder") << u"FOLDER"_s << u"is a folder"_s;
        QTest::addRow("missing folder") << u"FOLDER/missing/handout.pdf"_s << u"Could not write"_s;
    }

    void badTargetsGetAMessageAndNoFile()
    {
        QFETCH(QString, target);
        QFETCH(QString, message);
        QTemporaryDir dir;
        target.replace(u"FOLDER"_s, dir.path());
        const QFileInfo before(target);
        const auto run = app({ u"export"_s, u"handout"_s, m_sample, u"-o"_s, target });
        QCOMPARE(run.exitCode, 2); // an output that cannot be written
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.err.contains(QDir::toNativeSeparators(target).section(u'/', -1)),
            qPrintable(run.err));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            QStringList());
        if (target == "/dev/full"_L1)
            QVERIFY(QFileInfo(target).exists() && !QFileInfo(target).isFile()); // still the device
    }

    void aReadOnlyFolderGetsAMessageAndNoFile()
    {
        // As root every folder is writable: run as an unprivileged user then.
        const bool root = ::geteuid() == 0;
        if (root && QStandardPaths::findExecutable(u"runuser"_s).isEmpty())
            QSKIP("needs runuser(1) to act as an unprivileged user");
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                | QFile::ReadOther | QFile::ExeOther);
        const QString plan = Test::makeSamplePlan(dir);
        QFile::setPermissions(plan, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        const QString folder = dir.filePath(u"read-only"_s);
        QVERIFY(QDir().mkdir(folder));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
        const QString out = folder + u"/handout.pdf"_s;
        const QStringList command { u"export"_s, u"handout"_s, plan, u"-o"_s, out };
        // The build tree may be out of the unprivileged user's reach (a clone in /root).
        const QTemporaryDir bin(u"/tmp/valuemap-bin-XXXXXX"_s);
        const QString program
            = root ? Test::copyForOtherUsers(QStringLiteral(VALUEMAP_EXECUTABLE), bin) : QString();
        if (root && program.isEmpty())
            QSKIP("cannot copy the app to where an unprivileged user can run it");
        const auto run = root
            ? Test::runProgram(u"runuser"_s,
                QStringList { u"-u"_s, u"nobody"_s, u"--"_s, program } + command,
                Test::Display::Headless)
            : app(command);
        if (root && Test::couldNotRunAsOtherUser(run))
            QSKIP(qPrintable(u"the unprivileged user cannot run the app here: "_s + run.err));
        QCOMPARE(run.exitCode, 2); // an output that cannot be written
        QVERIFY2(run.err.contains(u"Could not write"_s) && run.err.contains(u"handout.pdf"_s),
            qPrintable(run.err));
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            QStringList());
    }

    void germanInterfaceGivesAGermanHandout()
    {
        const QString out = m_dir.filePath(u"de.pdf"_s);
        const auto run = app({ u"--lang"_s, u"de"_s, u"export"_s, u"handout"_s, m_sample, u"-o"_s,
            out, u"--date"_s, u"2026-07-01"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        keep(out);
        QString text;
        for (int i = 1, n = pdfPages(out); i <= n; ++i)
            text += pageText(out, i) + u' ';
        QVERIFY2(text.contains(u"1. Juli 2026"_s), qPrintable(text.left(400)));
        const QString flat = squeezed(text);
        QVERIFY(flat.contains(squeezed(u"Kein funktionierendes Produkt: keine Story für"_s)));
        QVERIFY(flat.contains(u"Geliefert"_s)); // the MVP's status
        QVERIFY(flat.contains(squeezed(u"Burn-up: gelieferte Storys im Vergleich zum Umfang"_s)));
    }
};

QTEST_MAIN(TestHandout)
#include "tst_handout.moc"
