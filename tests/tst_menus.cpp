// Issue 18: the menus as on a Linux desktop (standard keys, icons, Edit and View acting on the
// tab in front), Find Next, and pictures of every menu in English and German. Settings, the
// welcome page and New from Template are in tst_welcome.
#include "../app/mainwindow.h"
#include "io/sampleplan.h"
#include "itemmodels/storymapmodel.h"
#include "outline/outlineview.h"
#include "releases/boardscene.h"
#include "releases/releaseboard.h"
#include "shell/routedactions.h"
#include "shell/settingsdialog.h"
#include "storage/document.h"
#include "storymap/storycarditem.h"
#include "storymap/storymapscene.h"
#include "storymap/storymapscreen.h"
#include "storymap/storymapview.h"
#include "testsupport.h"
#include "widgets/storyfinder.h"
#include "vision/visionview.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

QMenu *menu(const MainWindow &window, const QString &title)
{
    for (QAction *action : window.menuBar()->actions()) {
        if (action->text() == title)
            return action->menu();
    }
    return nullptr;
}

QAction *action(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

QStringList texts(QMenu *menu)
{
    QStringList result;
    for (QAction *a : menu->actions()) {
        if (!a->isSeparator())
            result.append(a->text());
    }
    return result;
}

} // namespace

class TestMenus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::startCleanSettings();
        QFile::remove(SamplePlan::userCopyPath());
    }

    void menuBarInDesktopOrder()
    {
        MainWindow window;
        QStringList titles;
        for (QAction *a : window.menuBar()->actions())
            titles.append(a->text());
        QCOMPARE(titles, QStringList({ u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Plan"_s, u"&Workshop"_s,
                                       u"&Settings"_s, u"&Help"_s }));
    }

    void menusHaveTheirActionsWithStandardKeys_data()
    {
        QTest::addColumn<QString>("menu");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QKeySequence>("key");
        const QKeySequence none;
        QTest::addRow("new") << u"&File"_s << u"&New Plan…"_s << QKeySequence(QKeySequence::New);
        QTest::addRow("template") << u"&File"_s << u"New from &Template…"_s << none;
        QTest::addRow("open") << u"&File"_s << u"&Open…"_s << QKeySequence(QKeySequence::Open);
        QTest::addRow("recent") << u"&File"_s << u"Open &Recent"_s << none;
        QTest::addRow("save copy") << u"&File"_s << u"Save a &Copy As…"_s << QKeySequence(QKeySequence::SaveAs);
        QTest::addRow("import") << u"&File"_s << u"&Import"_s << none;
        QTest::addRow("export") << u"&File"_s << u"&Export"_s << none;
        QTest::addRow("print") << u"&File"_s << u"&Print…"_s << QKeySequence(QKeySequence::Print);
        QTest::addRow("preview") << u"&File"_s << u"Print Pre&view…"_s << none;
        QTest::addRow("close") << u"&File"_s << u"&Close"_s << QKeySequence(QKeySequence::Close);
        QTest::addRow("quit") << u"&File"_s << u"&Quit"_s << QKeySequence(QKeySequence::Quit);
        QTest::addRow("undo") << u"&Edit"_s << u"&Undo"_s << QKeySequence(QKeySequence::Undo);
        QTest::addRow("redo") << u"&Edit"_s << u"&Redo"_s << QKeySequence(QKeySequence::Redo);
        QTest::addRow("cut") << u"&Edit"_s << u"Cu&t"_s << QKeySequence(QKeySequence::Cut);
        QTest::addRow("copy") << u"&Edit"_s << u"&Copy"_s << QKeySequence(QKeySequence::Copy);
        QTest::addRow("paste") << u"&Edit"_s << u"&Paste"_s << QKeySequence(QKeySequence::Paste);
        QTest::addRow("delete") << u"&Edit"_s << u"&Delete"_s << QKeySequence(QKeySequence::Delete);
        QTest::addRow("select all") << u"&Edit"_s << u"Select &All"_s << QKeySequence(QKeySequence::SelectAll);
        QTest::addRow("find") << u"&Edit"_s << u"&Find…"_s << QKeySequence(QKeySequence::Find);
        QTest::addRow("find next") << u"&Edit"_s << u"Find &Next"_s << QKeySequence(QKeySequence::FindNext);
        QTest::addRow("find previous") << u"&Edit"_s << u"Find Pre&vious"_s
                                       << QKeySequence(QKeySequence::FindPrevious);
        QTest::addRow("zoom in") << u"&View"_s << u"Zoom &In"_s << QKeySequence(QKeySequence::ZoomIn);
        QTest::addRow("zoom out") << u"&View"_s << u"Zoom &Out"_s << QKeySequence(QKeySequence::ZoomOut);
        QTest::addRow("reset zoom") << u"&View"_s << u"&Reset Zoom"_s << QKeySequence(Qt::CTRL | Qt::Key_0);
        QTest::addRow("fit") << u"&View"_s << u"Zoom to &Fit"_s << QKeySequence(Qt::CTRL | Qt::Key_9);
        QTest::addRow("map tab") << u"&View"_s << u"Story &Map"_s << QKeySequence(Qt::ALT | Qt::Key_2);
        QTest::addRow("panels") << u"&View"_s << u"&Panels"_s << none;
        QTest::addRow("full screen") << u"&View"_s << u"F&ull Screen"_s << QKeySequence(Qt::Key_F11);
        QTest::addRow("theme") << u"&View"_s << u"&Theme"_s << none;
        QTest::addRow("configure") << u"&Settings"_s << u"&Configure Valuemap…"_s
                                   << QKeySequence(QKeySequence::Preferences);
        QTest::addRow("handbook") << u"&Help"_s << u"Valuemap &Handbook"_s << QKeySequence(QKeySequence::HelpContents);
        QTest::addRow("what's this") << u"&Help"_s << u"What's This?"_s << QKeySequence(QKeySequence::WhatsThis);
    }

    void menusHaveTheirActionsWithStandardKeys()
    {
        QFETCH(QString, menu);
        QFETCH(QString, text);
        QFETCH(QKeySequence, key);
        MainWindow window;
        QMenu *m = ::menu(window, menu);
        QVERIFY(m);
        QAction *a = action(m, text);
        QVERIFY2(a, qPrintable(texts(m).join(u" | "_s)));
        if (!key.isEmpty())
            QVERIFY2(a->shortcuts().contains(key), qPrintable(a->shortcut().toString()));
    }

    void everyCommandHasAnIconEvenWithoutATheme()
    {
        MainWindow window;
        for (const QString &title : { u"&File"_s, u"&Edit"_s }) {
            for (QAction *a : menu(window, title)->actions()) {
                if (a->isSeparator() || a->text() == u"Open the &Sample Plan"_s)
                    continue;
                QVERIFY2(!a->icon().isNull(), qPrintable(a->text()));
                QVERIFY2(!a->icon().pixmap(16).isNull(), qPrintable(a->text()));
            }
        }
    }

    void editAndViewActOnTheTabInFront()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openSample());
        QVERIFY(window.showScreen(u"map"_s));
        QMenu *edit = menu(window, u"&Edit"_s);
        emit edit->aboutToShow();
        QAction *selectAll = action(edit, u"Select &All"_s);
        QVERIFY(selectAll->isEnabled());
        selectAll->trigger();
        int cards = 0;
        int selected = 0;
        for (QGraphicsItem *item : window.storyMap()->scene()->items()) {
            if (item->type() == StoryCardItem::Type && item->isVisible()) {
                ++cards;
                selected += item->isSelected() ? 1 : 0;
            }
        }
        QVERIFY(cards > 10);
        QCOMPARE(selected, cards);
        // Find puts the cursor in the map's search field.
        action(edit, u"&Find…"_s)->trigger();
        QCOMPARE(window.focusWidget(), static_cast<QWidget *>(window.storyMap()->searchField()));
        // Zoom In zooms the map.
        const qreal zoom = window.storyMap()->view()->zoom();
        QMenu *view = menu(window, u"&View"_s);
        emit view->aboutToShow();
        action(view, u"Zoom &In"_s)->trigger();
        QVERIFY(window.storyMap()->view()->zoom() > zoom);
        // The Plan menu no longer holds what Edit and View offer.
        const QStringList plan = texts(menu(window, u"&Plan"_s));
        for (const QString &kept : { u"Add &Story"_s, u"Add S&tep"_s, u"Add &Activity"_s })
            QVERIFY2(plan.contains(kept), qPrintable(plan.join(u" | "_s)));
        for (const QString &moved : { u"&Copy"_s, u"&Paste"_s, u"Select &All"_s, u"&Find"_s, u"Zoom &In"_s })
            QVERIFY2(!plan.contains(moved), qPrintable(moved));
        // On the Releases tab there is nothing to select all: the command is off.
        QVERIFY(window.showScreen(u"releases"_s));
        window.releaseBoard()->setFocus();
        emit edit->aboutToShow();
        QVERIFY(!action(edit, u"&Copy"_s)->isEnabled());
        // View's screen actions switch tabs.
        action(view, u"&Outline"_s)->trigger();
        QCOMPARE(window.currentScreen(), static_cast<QWidget *>(window.outline()));
    }

    // Edit ▸ Find Next (F3) and Find Previous (Shift+F3) walk through the cards the map's search
    // highlights, lane by lane and left to right, and say when they wrap or find nothing.
    void findNextSelectsTheNextMatchingStory()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openSample());
        QVERIFY(window.showScreen(u"map"_s));
        StoryMapScreen *map = window.storyMap();
        Document *doc = window.document();
        const QString word = u"coffee"_s;
        map->searchField()->setText(word);
        QList<StoryId> expected;
        int titles = 0;
        for (ReleaseId release : map->scene()->laneOrder()) {
            for (StepId step : map->scene()->columnSteps()) {
                for (StoryId id : map->scene()->cellStories(step, release)) {
                    if (!map->scene()->card(id)->matchesFilter())
                        continue;
                    expected.append(id);
                    const Story story = doc->story(id);
                    titles += story.title.contains(word, Qt::CaseInsensitive) ? 1 : 0;
                }
            }
        }
        QVERIFY2(titles >= 3 && expected.size() < doc->store().count(Table::Story), qPrintable(QString::number(titles)));
        QMenu *edit = menu(window, u"&Edit"_s);
        map->view()->setFocus();
        emit edit->aboutToShow();
        QAction *next = action(edit, u"Find &Next"_s);
        QVERIFY(next->isEnabled());
        for (const StoryId id : std::as_const(expected)) {
            next->trigger();
            QCOMPARE(map->view()->currentStory(), id);
            QVERIFY(map->scene()->selectedStories() == QList<StoryId>({ id }));
        }
        QVERIFY(!window.statusBar()->currentMessage().contains(u"wrapped"_s));
        // Past the last one, back to the first, and the status bar says so. (A shortcut works
        // in the active window.)
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        map->view()->setFocus();
        QTest::keyClick(map->view(), Qt::Key_F3);
        QCOMPARE(map->view()->currentStory(), expected.first());
        QCOMPARE(window.statusBar()->currentMessage(), u"Search wrapped to the top"_s);
        if (const QString folder = qEnvironmentVariable("VALUEMAP_MENU_PICTURES"); !folder.isEmpty())
            window.grab().save(folder + u"/find-next-wrapped.png"_s);
        // Find Previous from the first goes round to the last.
        emit edit->aboutToShow();
        action(edit, u"Find Pre&vious"_s)->trigger();
        QCOMPARE(map->view()->currentStory(), expected.last());
        QCOMPARE(window.statusBar()->currentMessage(), u"Search wrapped to the bottom"_s);
        // A story key finds that story (a two-digit one: no other key of the sample starts so).
        const auto twoDigits = std::find_if(expected.cbegin(), expected.cend(), [doc](StoryId id) {
            return doc->storyKey(id).section(u'-', 1).size() == 2;
        });
        QVERIFY(twoDigits != expected.cend() && *twoDigits != expected.first());
        const StoryId keyed = *twoDigits;
        map->searchField()->setText(doc->storyKey(keyed));
        map->view()->selectStory(expected.first());
        map->finder()->nextAction()->trigger();
        QCOMPARE(map->view()->currentStory(), keyed);
        // Nothing matches: the selection stays and the status bar says what was not found.
        map->searchField()->setText(u"zebra crossing"_s);
        map->finder()->nextAction()->trigger();
        QCOMPARE(map->view()->currentStory(), keyed);
        QCOMPARE(window.statusBar()->currentMessage(), u"No story matches “zebra crossing”"_s);

        // On the release board: the cards whose key, title or description hold the filter's
        // text, slice by slice, from the routed Edit command.
        QVERIFY(window.showScreen(u"releases"_s));
        ReleaseBoard *board = window.releaseBoard();
        QList<StoryId> onBoard;
        for (ReleaseId lane : board->scene()->lanes()) {
            for (StoryId id : board->scene()->cardsInLane(lane)) {
                if (StoryFinder::matches(*doc, id, u"pause"_s))
                    onBoard.append(id);
            }
        }
        QVERIFY2(onBoard.size() >= 2, qPrintable(QString::number(onBoard.size())));
        board->unplannedFilter()->setText(u"pause"_s);
        board->view()->setFocus();
        emit edit->aboutToShow();
        QVERIFY(next->isEnabled());
        next->trigger();
        QCOMPARE(board->scene()->selectedStories(), QList<StoryId>({ onBoard.first() }));
        // Enter in the field goes on too.
        QTest::keyClick(board->unplannedFilter(), Qt::Key_Return);
        QCOMPARE(board->scene()->selectedStories(), QList<StoryId>({ onBoard.at(1) }));

        // In the outline: Edit ▸ Find… goes to its search field, F3 to the stories top to bottom.
        QVERIFY(window.showScreen(u"outline"_s));
        OutlineView *outline = window.outline();
        QList<StoryId> inOutline;
        for (ActivityId a : doc->activities()) {
            for (StepId step : doc->steps(a)) {
                for (StoryId id : doc->stories(step)) {
                    if (StoryFinder::matches(*doc, id, u"gift"_s))
                        inOutline.append(id);
                }
            }
        }
        QVERIFY(inOutline.size() >= 2);
        outline->tree()->setFocus();
        emit edit->aboutToShow();
        QVERIFY(action(edit, u"&Find…"_s)->isEnabled());
        action(edit, u"&Find…"_s)->trigger();
        QCOMPARE(window.focusWidget(), static_cast<QWidget *>(outline->searchField()));
        QTest::keyClicks(outline->searchField(), u"gift"_s);
        auto currentStory = [outline] {
            return StoryId(outline->model()->idOf(outline->tree()->currentIndex().siblingAtColumn(0)));
        };
        emit edit->aboutToShow();
        next->trigger();
        QCOMPARE(currentStory(), inOutline.first());
        QTest::keyClick(outline->searchField(), Qt::Key_Return);
        QCOMPARE(currentStory(), inOutline.at(1));
        emit edit->aboutToShow();
        action(edit, u"Find Pre&vious"_s)->trigger();
        QCOMPARE(currentStory(), inOutline.first());
        QFile::remove(SamplePlan::userCopyPath());
    }

    // Every menu and the settings dialog drawn in English and German: each picture shows text
    // (not an empty frame). With VALUEMAP_MENU_PICTURES set, the pictures go to that folder to be
    // looked at.
    void menuPictures_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("en") << u"en"_s;
        QTest::addRow("de") << u"de"_s;
    }

    void menuPictures()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(u"valuemap_"_s + language, u":/i18n"_s));
        QCoreApplication::installTranslator(&translator);
        const QString folder = qEnvironmentVariable("VALUEMAP_MENU_PICTURES");
        QTemporaryDir dir;
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openFile(Test::makeSamplePlan(dir)));
            window.showScreen(u"map"_s);
            const QList<QAction *> menus = window.menuBar()->actions();
            for (int i = 0; i < menus.size(); ++i) {
                QMenu *m = menus[i]->menu();
                m->popup(window.mapToGlobal(QPoint(10 + 60 * i, 20)));
                QVERIFY(QTest::qWaitForWindowExposed(m));
                const QImage picture = m->grab().toImage();
                QVERIFY(picture.width() > 100 && picture.height() > 20);
                if (!folder.isEmpty())
                    picture.save(u"%1/menu-%2-%3.png"_s.arg(folder, language).arg(i));
                m->hide();
            }
            SettingsDialog *dialog = window.configure();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            if (!folder.isEmpty())
                dialog->grab().save(u"%1/settings-%2.png"_s.arg(folder, language));
            dialog->close();
        }
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestMenus)
#include "tst_menus.moc"
