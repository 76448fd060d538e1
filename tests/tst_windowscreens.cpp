// The window builds a screen when its tab is first shown (issue 17: a big plan opens fast):
// opening a plan builds only the screen in front, each other screen comes when its tab does or
// when a command needs it, and everything aimed at a screen not yet built still works.
#include "../app/mainwindow.h"
#include "charts/chartpanel.h"
#include "charts/chartsscreen.h"
#include "goals/goalsscreen.h"
#include "goals/incrementsview.h"
#include "help/helpwindow.h"
#include "outline/outlineview.h"
#include "releases/releaseboard.h"
#include "storage/document.h"
#include "storymap/storymapscreen.h"
#include "storymap/storymapview.h"
#include "testsupport.h"
#include "vision/visionview.h"
#include "widgets/storydetailspanel.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

// The screens that exist in the window now, by their command-line names.
QStringList builtScreens(const MainWindow &window)
{
    QStringList names;
    if (window.findChild<VisionView *>())
        names.append(u"vision"_s);
    if (window.findChild<StoryMapScreen *>())
        names.append(u"map"_s);
    if (window.findChild<ReleaseBoard *>())
        names.append(u"releases"_s);
    if (window.findChild<GoalsScreen *>())
        names.append(u"goals"_s);
    if (window.findChild<IncrementsView *>())
        names.append(u"increments"_s);
    if (window.findChild<ChartsScreen *>())
        names.append(u"charts"_s);
    if (window.findChild<OutlineView *>())
        names.append(u"outline"_s);
    return names;
}

QAction *menuAction(const MainWindow &window, const QString &menu, const QString &text)
{
    for (QAction *top : window.menuBar()->actions()) {
        if (top->text() != menu)
            continue;
        for (QAction *action : top->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

} // namespace

class TestWindowScreens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::startCleanSettings();
    }

    void opensOnlyTheScreenInFront_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("viewAction");
        QTest::addColumn<int>("printKind");
        QTest::newRow("map") << u"map"_s << u"Story &Map"_s << int(ScreenPrint::Kind::Map);
        QTest::newRow("releases") << u"releases"_s << u"&Releases"_s << int(ScreenPrint::Kind::ReleasePlan);
        QTest::newRow("goals") << u"goals"_s << u"&Goals"_s << int(ScreenPrint::Kind::Charts);
        QTest::newRow("increments") << u"increments"_s << u"&Increments"_s << int(ScreenPrint::Kind::ReleasePlan);
        QTest::newRow("charts") << u"charts"_s << u"C&harts"_s << int(ScreenPrint::Kind::Charts);
        QTest::newRow("outline") << u"outline"_s << u"&Outline"_s << int(ScreenPrint::Kind::Outline);
    }

    void opensOnlyTheScreenInFront()
    {
        QFETCH(QString, name);
        QFETCH(QString, viewAction);
        QFETCH(int, printKind);
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(Test::makeSamplePlan(dir)));
        // The vision is in front; nothing else is built yet.
        QCOMPARE(builtScreens(window), QStringList({ u"vision"_s }));

        // View ▸ the screen builds it, in front, with its commands in the Plan menu and Print.
        QAction *show = menuAction(window, u"&View"_s, viewAction);
        QVERIFY(show);
        show->trigger();
        QCOMPARE(builtScreens(window), QStringList({ u"vision"_s, name }));
        QVERIFY(window.currentScreen() && window.currentScreen()->isVisible());
        QCOMPARE(int(window.printKind().value()), printKind);
        // Back and forth builds nothing more.
        QVERIFY(window.showScreen(u"vision"_s));
        QVERIFY(window.showScreen(name));
        QCOMPARE(builtScreens(window), QStringList({ u"vision"_s, name }));

        // Another plan starts over: the old plan's screens are gone.
        QVERIFY(window.openFile(Test::makeSamplePlan(dir, u"other.valuemap"_s)));
        QCOMPARE(builtScreens(window), QStringList({ u"vision"_s }));
        window.closePlan();
        QCOMPARE(builtScreens(window), QStringList());
    }

    // Edit ▸ Find and F3 on the outline, first shown after opening on the map (Alt+7).
    void findsOnAScreenFirstShownLater()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(Test::makeSamplePlan(dir)));
        QVERIFY(window.showScreen(u"map"_s));
        window.storyMap()->view()->setFocus();
        QVERIFY(!builtScreens(window).contains(u"outline"_s));
        QTest::keyClick(&window, Qt::Key_7, Qt::AltModifier);
        OutlineView *outline = window.findChild<OutlineView *>();
        QVERIFY(outline && outline->isVisible());
        QCOMPARE(window.currentScreen(), static_cast<QWidget *>(outline));
        // The keyboard went along into the new screen, as between screens already built.
        QVERIFY(outline->isAncestorOf(window.focusWidget()));

        QAction *find = menuAction(window, u"&Edit"_s, u"&Find…"_s);
        QAction *next = menuAction(window, u"&Edit"_s, u"Find &Next"_s);
        QVERIFY(find && next);
        // The routed commands follow the screen in front when the Edit menu opens.
        for (QAction *top : window.menuBar()->actions()) {
            if (top->text() == u"&Edit"_s)
                emit top->menu()->aboutToShow();
        }
        find->trigger();
        QCOMPARE(window.focusWidget(), static_cast<QWidget *>(outline->searchField()));
        QTest::keyClicks(outline->searchField(), u"gift"_s);
        next->trigger();
        const QModelIndex current = outline->tree()->currentIndex();
        QVERIFY(current.isValid());
        QVERIFY2(current.siblingAtColumn(0).data().toString().contains(u"gift"_s, Qt::CaseInsensitive),
                 qPrintable(current.siblingAtColumn(0).data().toString()));
    }

    // A screen asked for by a command (--chart NAME, Fast Capture) is built even though its tab is
    // not in front; it shows what was asked for when its tab comes.
    void aCommandBuildsTheScreenItNeeds()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(Test::makeSamplePlan(dir)));
        QVERIFY(window.chartsScreen()->showChart(u"burnup"_s));
        QCOMPARE(builtScreens(window), QStringList({ u"vision"_s, u"charts"_s }));
        QCOMPARE(window.currentScreen(), static_cast<QWidget *>(window.vision()));
        QVERIFY(window.showScreen(u"charts"_s));
        QVERIFY(window.chartsScreen()->panel()->emptyMessage().isEmpty());
        // Fast Capture goes to the map, building it.
        QVERIFY(window.showScreen(u"releases"_s));
        menuAction(window, u"&Workshop"_s, u"Fast &Capture"_s)->trigger();
        QCOMPARE(window.currentScreen(), static_cast<QWidget *>(window.storyMap()));
        QVERIFY(window.storyMap()->isVisible());
    }

    // Help ▸ Keyboard Shortcuts lists the keys of every screen, shown yet or not.
    void theShortcutSheetListsScreensNotYetShown()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(Test::makeSamplePlan(dir)));
        menuAction(window, u"&Help"_s, u"&Keyboard Shortcuts"_s)->trigger();
        auto *help = window.findChild<HelpWindow *>();
        QVERIFY(help && help->isVisible());
        const QString shown = help->browser()->document()->toPlainText();
        // The board's, the goals' and the outline's keys, none of them shown before.
        for (const QString &row : { u"Move Slice Up"_s, u"Add Goal (Goals)"_s, u"Add Story (Outline, Story Map)"_s })
            QVERIFY2(shown.contains(row), qPrintable(row + u" is missing in:\n"_s + shown));
    }

    // View ▸ Panels lists the map's Story Details panel before the map is built; choosing it
    // builds the map and hides the panel, as the panel's own toggle does.
    void thePanelsMenuListsTheMapsPanelBeforeTheMapIsBuilt()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(Test::makeSamplePlan(dir)));
        QMenu *panels = menuAction(window, u"&View"_s, u"&Panels"_s)->menu();
        auto detailsAction = [&] {
            for (QAction *top : window.menuBar()->actions()) {
                if (top->text() == u"&View"_s)
                    emit top->menu()->aboutToShow();
            }
            for (QAction *action : panels->actions()) {
                if (action->text() == u"Story &Details Panel"_s)
                    return action;
            }
            return static_cast<QAction *>(nullptr);
        };
        QAction *details = detailsAction();
        QVERIFY(details);
        QVERIFY(details->isChecked());
        QCOMPARE(builtScreens(window), QStringList({ u"vision"_s }));
        details->trigger();
        QCOMPARE(builtScreens(window), QStringList({ u"vision"_s, u"map"_s }));
        auto *dock = window.storyMap()->findChild<QDockWidget *>(u"storyDetailsDock"_s);
        QVERIFY(dock);
        QVERIFY(dock->isHidden());
        // Listed again, now the panel's own toggle, unchecked.
        details = detailsAction();
        QVERIFY(details);
        QVERIFY(!details->isChecked());
        QCOMPARE(details, dock->toggleViewAction());
    }

    // The handbook (F1) opens at the screen's page without building the other screens: on a
    // big plan that would cost as much as opening it. Its shortcut page still lists them all.
    void theHandbookBuildsNoScreen()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(Test::makeSamplePlan(dir)));
        QVERIFY(window.showScreen(u"map"_s));
        menuAction(window, u"&Help"_s, u"Valuemap &Handbook"_s)->trigger();
        auto *help = window.findChild<HelpWindow *>();
        QVERIFY(help && help->isVisible());
        QCOMPARE(help->currentPage(), u"map"_s);
        QCOMPARE(builtScreens(window), QStringList({ u"vision"_s, u"map"_s }));
        // Typing into the search keeps the pages that mention the words, the sheet among them.
        help->searchField()->setText(u"Move Slice"_s);
        QStringList kept;
        for (int row = 0; row < help->contents()->count(); ++row) {
            if (!help->contents()->item(row)->isHidden())
                kept.append(help->contents()->item(row)->text());
        }
        QVERIFY2(kept.contains(u"Keyboard Shortcuts"_s), qPrintable(kept.join(u", "_s)));
        help->showPage(u"shortcuts"_s);
        QVERIFY(help->browser()->document()->toPlainText().contains(u"Move Slice Up"_s));
    }

    // A server plan that goes offline takes no edits until it is back (Document::setOffline,
    // as the server session calls it): no screen, built before or after, offers one meanwhile,
    // and back online every control is as it was.
    void noScreenOffersAnEditWhileThePlanIsOffline()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(Test::makeSamplePlan(dir)));
        for (const QString &screen : { u"map"_s, u"releases"_s, u"goals"_s, u"increments"_s, u"outline"_s })
            QVERIFY(window.showScreen(screen));
        QVERIFY(window.showScreen(u"vision"_s));
        // What adds, deletes or changes the plan, on every screen and panel, and the vision's
        // and the story details' fields.
        auto editControls = [&window] {
            QMap<QString, bool> enabled;
            const QRegularExpression edits(u"^(Add|Delete|Remove|Paste|Split|Merge|Start Dot|Edit Note|Move Note)"_s);
            for (QAction *action : window.findChildren<QAction *>()) {
                const QString text = QString(action->text()).remove(u'&');
                if (edits.match(text).hasMatch() && !text.contains(u"Filter"_s))
                    enabled[text + u" ("_s + QString::fromLatin1(action->parent()->metaObject()->className()) + u' '
                            + QString::number(quintptr(action), 16) + u')'] = action->isEnabled();
            }
            // (Not the capture bars: typed into while the plan takes no edits, Enter says why.)
            for (QLineEdit *field : window.findChildren<VisionView *>().constFirst()->findChildren<QLineEdit *>()) {
                if (field->objectName() != "captureText"_L1)
                    enabled[u"vision field "_s + field->objectName() + field->placeholderText()] = field->isEnabled();
            }
            for (StoryDetailsPanel *panel : window.findChildren<StoryDetailsPanel *>()) {
                for (QLineEdit *field : panel->findChildren<QLineEdit *>())
                    enabled[u"story details "_s + field->objectName() + field->accessibleName()] = field->isEnabled();
            }
            return enabled;
        };
        const QMap<QString, bool> online = editControls();
        QVERIFY2(online.size() > 10, qPrintable(QStringList(online.keys()).join(u", "_s)));
        QVERIFY(std::count(online.cbegin(), online.cend(), true) > 10);

        window.document()->setOffline(u"Offline — reconnecting to the test server."_s);
        QVERIFY(window.document()->isReadOnly());
        QVERIFY(window.showScreen(u"charts"_s)); // a screen first built while offline
        QStringList stillEnabled;
        const QMap<QString, bool> offline = editControls();
        for (auto it = offline.cbegin(); it != offline.cend(); ++it) {
            if (it.value())
                stillEnabled.append(it.key());
        }
        QVERIFY2(stillEnabled.isEmpty(), qPrintable(stillEnabled.join(u", "_s)));

        window.document()->setOffline(QString());
        QVERIFY(!window.document()->isReadOnly());
        QVERIFY(window.showScreen(u"vision"_s)); // in front as before (Edit ▸ Delete follows it)
        const QMap<QString, bool> back = editControls();
        QStringList changed;
        for (auto it = online.cbegin(); it != online.cend(); ++it) {
            if (back.value(it.key(), !it.value()) != it.value())
                changed.append(it.key() + (it.value() ? u": was on"_s : u": was off"_s));
        }
        QVERIFY2(changed.isEmpty(), qPrintable(changed.join(u", "_s)));
    }
};

QTEST_MAIN(TestWindowScreens)
#include "tst_windowscreens.moc"
