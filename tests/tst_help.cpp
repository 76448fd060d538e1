// Help as a user meets it: F1 on a tab opens the handbook at that screen's page, every page
// loads with its pictures, search keeps only the pages with the words typed, and the keyboard
// shortcut sheet lists every action of the window that has a shortcut.
#include "../app/mainwindow.h"
#include "help/handbook.h"
#include "help/helpwindow.h"
#include "help/shortcutsheet.h"
#include "io/sampleplan.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

QAction *actionWithShortcut(const QWidget &window, const QKeySequence &keys)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcuts().contains(keys))
            return action;
    }
    return nullptr;
}

QStringList menuTexts(const QMainWindow &window, const QString &title)
{
    QStringList texts;
    for (QAction *menuAction : window.menuBar()->actions()) {
        if (menuAction->text() != title)
            continue;
        for (QAction *action : menuAction->menu()->actions()) {
            if (!action->isSeparator())
                texts.append(action->text());
        }
    }
    return texts;
}

} // namespace

class TestHelp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::startCleanSettings();
        QFile::remove(SamplePlan::userCopyPath());
    }

    void theHelpMenuHasHandbookShortcutsAndAbout()
    {
        MainWindow window;
        QCOMPARE(menuTexts(window, u"&Help"_s),
                 QStringList({ u"Valuemap &Handbook"_s, u"What's This?"_s, u"&Keyboard Shortcuts"_s, u"&About Valuemap"_s,
                               u"About &Qt"_s }));
        QAction *handbook = actionWithShortcut(window, QKeySequence(QKeySequence::HelpContents));
        QVERIFY(handbook);
        QCOMPARE(handbook->text(), u"Valuemap &Handbook"_s);
    }

    void f1OpensThePageOfTheTabInFront_data()
    {
        QTest::addColumn<QString>("screen");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("heading");
        QTest::newRow("vision") << u"vision"_s << u"vision"_s << u"Vision"_s;
        QTest::newRow("map") << u"map"_s << u"map"_s << u"Story Map"_s;
        QTest::newRow("releases") << u"releases"_s << u"releases"_s << u"Releases"_s;
        QTest::newRow("goals") << u"goals"_s << u"goals"_s << u"Goals"_s;
        QTest::newRow("increments") << u"increments"_s << u"increments"_s << u"Increments"_s;
        QTest::newRow("charts") << u"charts"_s << u"charts"_s << u"Charts"_s;
        QTest::newRow("outline") << u"outline"_s << u"outline"_s << u"Outline"_s;
        QTest::newRow("no plan open") << QString() << u"index"_s << u"Valuemap Handbook"_s;
    }

    void f1OpensThePageOfTheTabInFront()
    {
        QFETCH(QString, screen);
        QFETCH(QString, page);
        QFETCH(QString, heading);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (!screen.isEmpty()) {
            QVERIFY(window.openSample());
            QVERIFY(window.showScreen(screen));
        }
        // A shortcut works in the active window.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        auto *help = window.findChild<HelpWindow *>();
        QVERIFY2(help, "F1 opened no help window");
        QVERIFY(help->isVisible());
        QCOMPARE(help->currentPage(), page);
        // What the reader sees: the page's heading first, and the same entry marked in the contents.
        QCOMPARE(help->browser()->document()->toPlainText().section(u'\n', 0, 0), heading);
        QCOMPARE(help->contents()->currentItem()->data(Qt::UserRole).toString(), page);
        QFile::remove(SamplePlan::userCopyPath());
    }

    void everyPageLoadsWithItsPictures_data()
    {
        QTest::addColumn<QString>("page");
        for (const Handbook::Page &page : Handbook::pages())
            QTest::addRow("%s", qPrintable(page.id)) << page.id;
    }

    void everyPageLoadsWithItsPictures()
    {
        QFETCH(QString, page);
        const QString markdown = Handbook::text(page);
        QVERIFY2(markdown.startsWith(u"# "_s), "the page is missing or has no heading");
        HelpWindow help;
        help.showPage(page);
        QTextBrowser *browser = help.browser();
        QVERIFY(!browser->document()->toPlainText().contains(u"# "_s)); // rendered, not raw
        static const QRegularExpression reference(u"\\]\\(([^)]+)\\)"_s);
        for (const auto &match : reference.globalMatch(markdown)) {
            const QUrl target = browser->source().resolved(QUrl(match.captured(1)));
            const QVariant resource = browser->loadResource(
                    target.path().endsWith(".png"_L1) ? QTextDocument::ImageResource : QTextDocument::MarkdownResource,
                    target);
            QVERIFY2(resource.isValid() && !resource.toByteArray().isEmpty(),
                     qPrintable(match.captured(1) + u" does not load"_s));
        }
    }

    // The handbook speaks the interface's language: German pages in German, and a page not yet
    // translated (here: every page but the French index) in English, also when a link leads there.
    void theHandbookSpeaksTheInterfaceLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("words");
        QTest::newRow("de index") << u"de"_s << u"index"_s << u"Valuemap-Handbuch"_s << u"Jeder Reiter"_s;
        QTest::newRow("de map") << u"de"_s << u"map"_s << u"Story Map"_s << u"Ungeplant"_s;
        QTest::newRow("de goals") << u"de"_s << u"goals"_s << u"Kundenziele"_s << u"Messwerte"_s;
        QTest::newRow("en index") << u"en"_s << u"index"_s << u"Valuemap Handbook"_s << u"Each tab"_s;
        QTest::newRow("fr index") << u"fr"_s << u"index"_s << u"Manuel de Valuemap"_s << u"français"_s;
        QTest::newRow("fr map falls back") << u"fr"_s << u"map"_s << u"Story Map"_s << u"Unplanned"_s;
    }

    void theHandbookSpeaksTheInterfaceLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, page);
        QFETCH(QString, heading);
        QFETCH(QString, words);
        QLocale::setDefault(QLocale(language));
        HelpWindow help;
        help.showPage(page);
        const QString shown = help.browser()->document()->toPlainText();
        const QString markdown = Handbook::text(page); // what the search reads
        Test::useFixedLocale();
        QCOMPARE(shown.section(u'\n', 0, 0), heading);
        QVERIFY2(shown.contains(words), qPrintable(shown));
        QVERIFY2(markdown.contains(words), qPrintable(page));
    }

    void aLinkToAnUntranslatedPageShowsItInEnglish()
    {
        QLocale::setDefault(QLocale(u"fr"_s));
        HelpWindow help;
        help.showPage(u"index"_s);
        QCOMPARE(help.browser()->source(), QUrl(u"qrc:/valuemap/handbook/fr/index.md"_s));
        // What a click on the link does: the browser follows it relative to the page.
        help.browser()->setSource(help.browser()->source().resolved(QUrl(u"map.md"_s)),
                                  QTextDocument::MarkdownResource);
        const QString shown = help.browser()->document()->toPlainText();
        Test::useFixedLocale();
        QCOMPARE(shown.section(u'\n', 0, 0), u"Story Map"_s);
        QVERIFY(shown.contains(u"Unplanned"_s));
        QCOMPARE(help.currentPage(), u"map"_s);
    }

    void everyGermanPageHasTheEnglishPagesPictures_data() { everyPageLoadsWithItsPictures_data(); }

    // The same content: each German page shows the pictures and links to the pages its English
    // page does.
    void everyGermanPageHasTheEnglishPagesPictures()
    {
        QFETCH(QString, page);
        static const QRegularExpression reference(u"\\]\\(([^)]+)\\)"_s);
        auto references = [](const QString &markdown) {
            QStringList found;
            for (const auto &match : reference.globalMatch(markdown))
                found.append(match.captured(1));
            return found;
        };
        QFile german(u":/valuemap/handbook/de/%1.md"_s.arg(page));
        QVERIFY2(german.open(QIODevice::ReadOnly), "no German page");
        QLocale::setDefault(QLocale(u"en"_s));
        const QString english = Handbook::text(page);
        Test::useFixedLocale();
        QCOMPARE(references(QString::fromUtf8(german.readAll())), references(english));
    }

    // The help window in both languages on its first page and the shortcut sheet: each picture
    // shows the page (not an empty frame). With VALUEMAP_HELP_PICTURES set, the pictures go to
    // that folder to be looked at.
    void helpPictures_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("en") << u"en"_s;
        QTest::addRow("de") << u"de"_s;
    }

    void helpPictures()
    {
        QFETCH(QString, language);
        const QString folder = qEnvironmentVariable("VALUEMAP_HELP_PICTURES");
        QLocale::setDefault(QLocale(language));
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openSample());
            QVERIFY(window.showScreen(u"map"_s));
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QTest::keyClick(&window, Qt::Key_F1);
            auto *help = window.findChild<HelpWindow *>();
            QVERIFY(help && QTest::qWaitForWindowExposed(help));
            for (const QString &page : { u"index"_s, u"map"_s, u"shortcuts"_s }) {
                if (page == u"shortcuts"_s)
                    help->setShortcutsPage(ShortcutSheet::html(ShortcutSheet::rows(&window)));
                help->showPage(page);
                const QImage picture = help->grab().toImage();
                QVERIFY(picture.width() > 300 && picture.height() > 200);
                QVERIFY(!help->browser()->document()->toPlainText().isEmpty());
                if (!folder.isEmpty()) {
                    picture.save(u"%1/help-%2-%3.png"_s.arg(folder, language, page));
                    QFile text(u"%1/help-%2-%3.txt"_s.arg(folder, language, page));
                    if (text.open(QIODevice::WriteOnly))
                        text.write(help->browser()->document()->toPlainText().toUtf8());
                }
            }
        }
        Test::useFixedLocale();
        QFile::remove(SamplePlan::userCopyPath());
    }

    void searchKeepsThePagesWithTheWords()
    {
        HelpWindow help;
        help.setShortcutsPage(u"<h1>Keyboard Shortcuts</h1><p>Zoom In Ctrl++</p>"_s);
        help.searchField()->setText(u"working product"_s);
        QStringList shown;
        for (int row = 0; row < help.contents()->count(); ++row) {
            if (!help.contents()->item(row)->isHidden())
                shown.append(help.contents()->item(row)->data(Qt::UserRole).toString());
        }
        QVERIFY(shown.contains(u"releases"_s));
        QVERIFY(!shown.contains(u"goals"_s));
        QVERIFY(!shown.contains(u"shortcuts"_s));
        help.searchField()->clear();
        for (int row = 0; row < help.contents()->count(); ++row)
            QVERIFY(!help.contents()->item(row)->isHidden());
    }

    void theShortcutSheetListsEveryActionWithAShortcut()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openSample());
        QAction *sheet = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == u"&Keyboard Shortcuts"_s)
                sheet = action;
        }
        QVERIFY(sheet);
        sheet->trigger();
        auto *help = window.findChild<HelpWindow *>();
        QVERIFY(help && help->isVisible());
        QCOMPARE(help->currentPage(), u"shortcuts"_s);
        const QString shown = help->browser()->document()->toPlainText();
        int listed = 0;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcuts().isEmpty() || !action->isVisible() || action->text().isEmpty())
                continue;
            const QString keys = action->shortcuts().constFirst().toString(QKeySequence::NativeText);
            QVERIFY2(shown.contains(keys), qPrintable(keys + u" is missing in the shortcut sheet"_s));
            // A screen's command on a key of the window's menus (the map's Copy, Ctrl+C) is
            // listed as the menu's command (Edit ▸ Copy), which triggers it.
            const bool ownRow = shown.contains(QString(action->text()).remove(u'&'));
            bool menuRow = false;
            for (QAction *other : window.findChildren<QAction *>()) {
                menuRow = menuRow
                        || (other != action && other->shortcutContext() == Qt::WidgetShortcut
                            && !other->shortcuts().isEmpty() && other->shortcuts().constFirst() == action->shortcuts().constFirst()
                            && shown.contains(QString(other->text()).remove(u'&')));
            }
            QVERIFY2(ownRow || menuRow, qPrintable(action->text() + u" is missing in the shortcut sheet"_s));
            ++listed;
        }
        // The window's own and the screens' actions: far more than a handful.
        QVERIFY2(listed > 20, qPrintable(QString::number(listed)));
        QVERIFY(shown.contains(u"Valuemap Handbook"_s) && shown.contains(u"F1"_s));
        QFile::remove(SamplePlan::userCopyPath());
    }

    // A key does one thing where it is pressed: the sheet lists it once, with one description
    // (Ctrl+C is Edit ▸ Copy, not also the map's Copy).
    void theSheetListsEveryKeyOnce()
    {
        MainWindow window;
        QVERIFY(window.openSample());
        const QList<ShortcutSheet::Row> rows = ShortcutSheet::rows(&window);
        QHash<QString, QString> owner;
        QStringList twice;
        for (const ShortcutSheet::Row &row : rows) {
            QVERIFY2(!row.keys.isEmpty(), qPrintable(row.group + u" ▸ "_s + row.action));
            for (const QString &key : row.keys.split(u", "_s)) {
                const QString here = row.group + u" ▸ "_s + row.action;
                if (owner.contains(key))
                    twice.append(key + u": "_s + owner.value(key) + u" and "_s + here);
                owner.insert(key, here);
            }
        }
        QVERIFY2(twice.isEmpty(), qPrintable(twice.join(u"\n"_s)));
        // The keys of the window's menus keep their menu's name.
        QCOMPARE(owner.value(QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)), u"Edit ▸ Copy"_s);
        QCOMPARE(owner.value(QKeySequence(QKeySequence::FindNext).toString(QKeySequence::NativeText)),
                 u"Edit ▸ Find Next"_s);
        QFile::remove(SamplePlan::userCopyPath());
    }

    void theSheetGroupsByScreenAndMenu()
    {
        MainWindow window;
        QVERIFY(window.openSample());
        const QList<ShortcutSheet::Row> rows = ShortcutSheet::rows(&window);
        auto groupOf = [&rows](const QString &action) {
            for (const ShortcutSheet::Row &row : rows) {
                if (row.action == action)
                    return row.group;
            }
            return QString();
        };
        QCOMPARE(groupOf(u"Open…"_s), u"File"_s);
        QCOMPARE(groupOf(u"Present"_s), u"Workshop"_s);
        QCOMPARE(groupOf(u"Valuemap Handbook"_s), u"Help"_s);
        QFile::remove(SamplePlan::userCopyPath());
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
