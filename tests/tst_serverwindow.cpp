// Team plans in the window (issue 15), against the suite's real PostgreSQL: two windows on one
// server plan side by side see a live edit (the other keeps its selection), the History panel
// lists who changed what, a lost connection shows "Offline — reconnecting" and takes no edits,
// and the Open from Server / Share on Server dialogs work and fail with clear words. With
// VALUEMAP_SCREENSHOTS=DIR it also leaves pictures of these there to look at.
#include "servertest.h"
#include "testsupport.h"

#include "mainwindow.h"
#include "server/historypanel.h"
#include "server/serverdialogs.h"
#include "server/serversession.h"
#include "storage/document.h"
#include "storymap/storymapscreen.h"
#include "storymap/storymapview.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Valuemap;
using namespace ServerTest;

namespace {

constexpr int Patience = 15000;

// The windows side by side in one picture, saved when VALUEMAP_SCREENSHOTS names a folder.
void savePicture(const QString &name, const QList<QWidget *> &windows)
{
    const QString dir = qEnvironmentVariable("VALUEMAP_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    // The map's overview renders 400 ms after a change, not in the frame that shows it: the
    // picture waits for it (only when pictures are asked for; nothing is asserted on it).
    QTest::qWait(600);
    QList<QPixmap> shots;
    QSize size;
    for (QWidget *w : windows) {
        shots << w->grab();
        size = QSize(size.width() + shots.last().width(),
                     std::max(size.height(), shots.last().height()));
    }
    QImage picture(size, QImage::Format_RGB32);
    picture.fill(Qt::black);
    QPainter painter(&picture);
    int x = 0;
    for (const QPixmap &shot : std::as_const(shots)) {
        painter.drawPixmap(x, 0, shot);
        x += shot.width();
    }
    painter.end();
    QVERIFY(picture.save(dir + u'/' + name + u".png"_s));
}

StoryId firstStory(const Document &doc)
{
    for (const ActivityId a : doc.activities()) {
        for (const StepId s : doc.steps(a)) {
            if (doc.stories(s).size() > 1)
                return doc.stories(s).constFirst();
        }
    }
    return {};
}

QLabel *liveState(MainWindow &w)
{
    return w.findChild<QLabel *>(u"liveState"_s);
}

QLabel *banner(MainWindow &w)
{
    return w.findChild<QLabel *>(u"readOnlyBanner"_s);
}

} // namespace

class TestServerWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twoWindowsSeeALiveEdit();
    void historyPanelListsWhoChangedWhat();
    void offlineWindowTakesNoEdits();
    void forgedLogEntriesChangeNothing();
    void renamedPlanFollowedRemovedMemberTold();
    void refusedValueLiveForViewingOnly();
    void openFromServerDialog();
    void shareOnServerDialog();

private:
    QTemporaryDir m_dir;
};

void TestServerWindow::initTestCase()
{
    Test::useFixedLocale();
    SERVERTEST_REQUIRE_SERVER();
    QVERIFY(m_dir.isValid());
    const Run init = valuemap({ u"server"_s, u"init"_s, u"--server"_s, conn(u"vmadmin"_s) });
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    const QString path = Test::makeSamplePlan(m_dir, u"window.valuemap"_s);
    const Run published = valuemap({ u"server"_s, u"publish"_s, path, u"--server"_s,
                                     conn(u"alice"_s), u"--name"_s, u"Window"_s });
    QVERIFY2(published.exitCode == 0, qPrintable(published.err));
    const Run added = valuemap({ u"server"_s, u"members"_s, u"--server"_s, conn(u"alice"_s),
                                 u"--plan"_s, u"Window"_s, u"--add"_s, u"bob"_s, u"editor"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

void TestServerWindow::twoWindowsSeeALiveEdit()
{
    MainWindow alice;
    MainWindow bob;
    QVERIFY(alice.openServerPlan(conn(u"alice"_s), u"Window"_s));
    QVERIFY(bob.openServerPlan(conn(u"bob"_s), u"Window"_s));
    for (MainWindow *w : { &alice, &bob }) {
        w->resize(960, 720);
        w->show();
        w->showScreen(u"map"_s);
        QVERIFY(liveState(*w)->isVisible());
        QVERIFY2(liveState(*w)->text().contains(u"Live: Window"_s), qPrintable(liveState(*w)->text()));
        QVERIFY(w->windowTitle().contains(u"on the server"_s));
    }
    QVERIFY(QTest::qWaitForWindowExposed(&bob));
    const StoryId story = firstStory(*alice.document());
    const StoryId other = alice.document()->stories(alice.document()->story(story).stepId).at(1);
    bob.storyMap()->view()->selectStory(other);
    QCOMPARE(bob.storyMap()->view()->currentStory(), other);

    QVERIFY(alice.document()->setStoryField(story, StoryField::Title, u"Renamed live by Alice"_s));
    QTRY_COMPARE_WITH_TIMEOUT(bob.document()->story(story).title, u"Renamed live by Alice"_s,
                              Patience);
    // Bob keeps what he was on, and is told who changed what.
    QCOMPARE(bob.storyMap()->view()->currentStory(), other);
    QVERIFY2(bob.statusBar()->currentMessage().startsWith(u"alice: "_s),
             qPrintable(bob.statusBar()->currentMessage()));
    QTest::qWait(200); // let both repaint before the picture
    savePicture(u"two-windows-live-edit"_s, { &alice, &bob });
}

void TestServerWindow::historyPanelListsWhoChangedWhat()
{
    MainWindow bob;
    QVERIFY(bob.openServerPlan(conn(u"bob"_s), u"Window"_s));
    bob.resize(1366, 768);
    bob.show();
    bob.showScreen(u"map"_s);
    const StoryId story = firstStory(*bob.document());
    QVERIFY(bob.document()->setStoryField(story, StoryField::Estimate, 21));
    HistoryPanel *history = bob.historyPanel();
    history->show();
    history->refresh();
    QTreeWidget *list = history->list();
    QVERIFY(list->topLevelItemCount() >= 3); // publish, Alice's rename, Bob's estimate
    QVERIFY2(list->topLevelItem(0)->text(0).startsWith(u"Set Estimate — bob, "_s),
             qPrintable(list->topLevelItem(0)->text(0)));
    QVERIFY2(list->topLevelItem(1)->text(0).startsWith(u"Rename Story — alice, "_s),
             qPrintable(list->topLevelItem(1)->text(0)));
    QVERIFY(list->topLevelItem(list->topLevelItemCount() - 1)->text(0).startsWith(u"Publish — alice"_s));
    // One story's history: the story selected on the map.
    bob.storyMap()->view()->selectStory(story);
    history->scope()->setCurrentIndex(1);
    history->refresh();
    QCOMPARE(list->topLevelItemCount(), 2);
    QVERIFY2(list->topLevelItem(0)->text(0).contains(
                     u"%1: story estimate"_s.arg(bob.document()->storyKey(story)), Qt::CaseInsensitive),
             qPrintable(list->topLevelItem(0)->text(0)));
    savePicture(u"history-panel"_s, { &bob });
}

void TestServerWindow::offlineWindowTakesNoEdits()
{
    MainWindow carolsLaptop; // bob's second window
    QVERIFY(carolsLaptop.openServerPlan(conn(u"bob"_s), u"Window"_s));
    carolsLaptop.resize(1366, 768);
    carolsLaptop.show();
    RawConnection admin(u"vmsuper"_s);
    QVERIFY(!admin.run(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                       "WHERE usename = ?"_s,
                       { u"bob"_s })
                     .isValid());
    QTRY_VERIFY_WITH_TIMEOUT(banner(carolsLaptop)->isVisible(), Patience);
    QVERIFY2(banner(carolsLaptop)->text().contains(u"Offline — reconnecting"_s),
             qPrintable(banner(carolsLaptop)->text()));
    QVERIFY(liveState(carolsLaptop)->text().contains(u"Offline"_s));
    savePicture(u"offline"_s, { &carolsLaptop });
    const StoryId story = firstStory(*carolsLaptop.document());
    const QString before = carolsLaptop.document()->story(story).title;
    QTRY_VERIFY_WITH_TIMEOUT(!banner(carolsLaptop)->isVisible(), Patience);
    QVERIFY(liveState(carolsLaptop)->text().contains(u"Live"_s));
    QCOMPARE(carolsLaptop.document()->story(story).title, before);
}

// The change log is written by the clients, so anyone who may edit the plan can write an entry
// that no row change stands behind. A window takes from the log only which rows changed, and
// reads what they hold from the rows: a forged value is not shown, a forged link to a slice
// that does not exist does not crash the release board, and an entry whose values are refused
// does not make the plan read-only.
void TestServerWindow::forgedLogEntriesChangeNothing()
{
    MainWindow alice;
    QVERIFY(alice.openServerPlan(conn(u"alice"_s), u"Window"_s));
    alice.resize(1366, 768);
    alice.show();
    QVERIFY(alice.showScreen(u"releases"_s)); // the board built, as when the crash happened
    Document *doc = alice.document();
    const StoryId story = firstStory(*doc);
    const Story before = doc->story(story);
    RawConnection bob(u"bob"_s);
    const QVariant plan = bob.planId(u"Window"_s);
    QVERIFY(plan.isValid());
    const qint64 revision = doc->revision();
    const auto forge = [&](const QString &changes) {
        return bob.run(u"INSERT INTO valuemap.change_log (plan_id, undo_text, changes) "
                       "VALUES (?, ?, CAST(? AS jsonb))"_s,
                       { plan, u"Forged\u202e change"_s, changes });
    };
    const QString id = QString::number(before.id.value);
    // A slice that does not exist (the release board crashed on it).
    QVERIFY(!forge(u"[{\"table\":\"story\",\"op\":\"update\",\"id\":%1,\"column\":\"release_id\","
                   "\"old\":%2,\"new\":8888}]"_s.arg(id).arg(before.releaseId.value)).isValid());
    QTRY_VERIFY_WITH_TIMEOUT(doc->revision() >= revision + 1, Patience);
    QApplication::processEvents(); // the board rebuilds for what it was told
    QCOMPARE(doc->story(story).releaseId, before.releaseId);
    // A title the server does not hold.
    QVERIFY(!forge(u"[{\"table\":\"story\",\"op\":\"update\",\"id\":%1,\"column\":\"title\","
                   "\"old\":\"x\",\"new\":\"FORGED title not on the server\"}]"_s.arg(id)).isValid());
    QTRY_VERIFY_WITH_TIMEOUT(doc->revision() >= revision + 2, Patience);
    QCOMPARE(doc->story(story).title, before.title);
    // A value no plan accepts.
    QVERIFY(!forge(u"[{\"table\":\"story\",\"op\":\"update\",\"id\":%1,\"column\":\"title\","
                   "\"old\":\"x\",\"new\":\"\\u001b[2J\"}]"_s.arg(id)).isValid());
    QTRY_VERIFY_WITH_TIMEOUT(doc->revision() >= revision + 3, Patience);
    QCOMPARE(doc->story(story).title, before.title);
    QVERIFY2(!doc->isReadOnly(), qPrintable(banner(alice)->text()));
    QVERIFY(!alice.statusBar()->currentMessage().contains(QChar(0x202e)));
    // Still live: a real change comes through.
    MainWindow bobsWindow;
    QVERIFY(bobsWindow.openServerPlan(conn(u"bob"_s), u"Window"_s));
    QVERIFY(bobsWindow.document()->setStoryField(story, StoryField::Title, u"Renamed after the forgery"_s));
    QTRY_COMPARE_WITH_TIMEOUT(doc->story(story).title, u"Renamed after the forgery"_s, Patience);
    QVERIFY(bobsWindow.document()->setStoryField(story, StoryField::Title, before.title));
    QTRY_COMPARE_WITH_TIMEOUT(doc->story(story).title, before.title, Patience);
}

// An owner renames the plan by hand, bob's connection drops, then bob is removed as a member.
// Before, bob's window looked the plan up by its old name and stayed "Offline — reconnecting"
// for good; removed, it still said "Live" and refused each edit as "changed meanwhile".
void TestServerWindow::renamedPlanFollowedRemovedMemberTold()
{
    const QString path = Test::makeSamplePlan(m_dir, u"leave.valuemap"_s);
    QCOMPARE(valuemap({ u"server"_s, u"publish"_s, path, u"--server"_s, conn(u"alice"_s), u"--name"_s, u"Leave"_s }).exitCode, 0);
    QCOMPARE(valuemap({ u"server"_s, u"members"_s, u"--server"_s, conn(u"alice"_s), u"--plan"_s, u"Leave"_s,
                        u"--add"_s, u"bob"_s, u"editor"_s })
                     .exitCode,
             0);
    MainWindow bob;
    QVERIFY(bob.openServerPlan(conn(u"bob"_s), u"Leave"_s));
    bob.resize(1366, 768);
    bob.show();
    RawConnection admin(u"vmsuper"_s);
    QVERIFY(!admin.run(u"UPDATE valuemap.plan SET name = ? WHERE name = ?"_s, { u"Left"_s, u"Leave"_s }).isValid());
    QTRY_VERIFY_WITH_TIMEOUT(liveState(bob)->text().contains(u"Live: Left"_s), Patience);
    QVERIFY(!admin.run(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = ?"_s,
                       { u"bob"_s })
                     .isValid());
    QTRY_VERIFY_WITH_TIMEOUT(liveState(bob)->text().contains(u"Offline"_s), Patience);
    QTRY_VERIFY_WITH_TIMEOUT(liveState(bob)->text().contains(u"Live: Left"_s), Patience);
    QVERIFY(!bob.document()->isReadOnly());
    // Made a viewer, the window takes no edits; an editor again, it does.
    const auto level = [](const QString &to) {
        return valuemap({ u"server"_s, u"members"_s, u"--server"_s, conn(u"alice"_s), u"--plan"_s,
                          u"Left"_s, u"--add"_s, u"bob"_s, to })
                .exitCode;
    };
    QCOMPARE(level(u"viewer"_s), 0);
    QTRY_VERIFY_WITH_TIMEOUT(bob.document()->isReadOnly(), Patience);
    QVERIFY(liveState(bob)->text().contains(u"(viewer)"_s));
    QVERIFY2(banner(bob)->text().contains(u"now a viewer"_s), qPrintable(banner(bob)->text()));
    QCOMPARE(level(u"editor"_s), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!bob.document()->isReadOnly(), Patience);
    QCOMPARE(valuemap({ u"server"_s, u"members"_s, u"--server"_s, conn(u"alice"_s), u"--plan"_s, u"Left"_s,
                        u"--remove"_s, u"bob"_s })
                     .exitCode,
             0);
    QTRY_VERIFY_WITH_TIMEOUT(liveState(bob)->text().contains(u"No longer shared with bob"_s), Patience);
    QVERIFY(bob.document()->isReadOnly());
    QVERIFY2(banner(bob)->text().contains(u"may no longer see plan “Left”"_s), qPrintable(banner(bob)->text()));
    savePicture(u"removed-member"_s, { &bob });

    // Meanwhile alice changes the plan; then she adds bob again, as a viewer. His window
    // follows by itself: the change shows, the plan is live again, for viewing only.
    const StoryId first = bob.document()->stories(bob.document()->steps(bob.document()->activities().first()).first()).first();
    {
        MainWindow alice;
        QVERIFY(alice.openServerPlan(conn(u"alice"_s), u"Left"_s));
        QVERIFY(alice.document()->setStoryField(first, StoryField::Title, u"Changed while bob was away"_s));
    }
    QCOMPARE(level(u"viewer"_s), 0);
    QTRY_VERIFY_WITH_TIMEOUT(liveState(bob)->text().contains(u"Live: Left as bob (viewer)"_s), Patience);
    QCOMPARE(bob.document()->story(first).title, u"Changed while bob was away"_s);
    QVERIFY(bob.document()->isReadOnly());
    QVERIFY2(banner(bob)->text().contains(u"now a viewer"_s), qPrintable(banner(bob)->text()));
    // An editor again, he edits, and alice's next window sees it.
    QCOMPARE(level(u"editor"_s), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!bob.document()->isReadOnly(), Patience);
    QVERIFY(bob.document()->setStoryField(first, StoryField::Title, u"Bob is back"_s));
    MainWindow alice;
    QVERIFY(alice.openServerPlan(conn(u"alice"_s), u"Left"_s));
    QCOMPARE(alice.document()->story(first).title, u"Bob is back"_s);
}

// A title with an escape sequence, written by hand: the plan opens for viewing only, and the
// live label says so beside the banner (it said "● Live" as if the plan could be edited).
void TestServerWindow::refusedValueLiveForViewingOnly()
{
    const QString path = Test::makeSamplePlan(m_dir, u"refused.valuemap"_s);
    QCOMPARE(valuemap({ u"server"_s, u"publish"_s, path, u"--server"_s, conn(u"alice"_s), u"--name"_s, u"Refused"_s }).exitCode, 0);
    RawConnection admin(u"vmsuper"_s);
    const QString plan = u"(SELECT id FROM valuemap.plan WHERE name = 'Refused')"_s;
    QVERIFY(!admin.run(u"UPDATE valuemap.story SET title = chr(27) || '[2J' WHERE plan_id = %1 "
                       "AND id = (SELECT min(id) FROM valuemap.story WHERE plan_id = %1)"_s.arg(plan), {})
                     .isValid());
    MainWindow alice;
    QVERIFY(alice.openServerPlan(conn(u"alice"_s), u"Refused"_s));
    alice.resize(1366, 768);
    alice.show();
    QVERIFY(alice.document()->isReadOnly());
    QVERIFY2(liveState(alice)->text().contains(u"● Live, for viewing only: Refused as alice (owner)"_s),
             qPrintable(liveState(alice)->text()));
    QVERIFY2(banner(alice)->text().contains(u"open for viewing only"_s), qPrintable(banner(alice)->text()));
    QVERIFY2(alice.statusBar()->currentMessage().contains(u"for viewing only"_s),
             qPrintable(alice.statusBar()->currentMessage()));
    savePicture(u"refused-value"_s, { &alice });
}

void TestServerWindow::openFromServerDialog()
{
    OpenFromServerDialog dialog;
    dialog.fields()->addressEdit()->setText(conn(u"bob"_s));
    QVERIFY(dialog.listPlans());
    const auto found = dialog.plans()->findItems(u"Window"_s, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first()->text(1), u"editor"_s);
    dialog.plans()->setCurrentItem(found.first());
    QCOMPARE(dialog.planName(), u"Window"_s);
    dialog.resize(640, 420);
    dialog.show();
    savePicture(u"open-from-server"_s, { &dialog });
    // A wrong password: said in the dialog, in words, without SQL.
    dialog.fields()->addressEdit()->setText(
            conn(u"bob"_s).replace(u"password=bob-pw"_s, u"password=wrong"_s));
    QVERIFY(!dialog.listPlans());
    QVERIFY2(dialog.message()->text().contains(u"refused the password"_s),
             qPrintable(dialog.message()->text()));
    expectNoSqlText(dialog.message()->text());
    QCOMPARE(dialog.plans()->topLevelItemCount(), 0);
}

void TestServerWindow::shareOnServerDialog()
{
    MainWindow window;
    QVERIFY(window.openFile(Test::makeSamplePlan(m_dir, u"to-share.valuemap"_s)));
    ShareOnServerDialog dialog(window.document());
    dialog.fields()->addressEdit()->setText(conn(u"alice"_s)); // carol stays a member of nothing (tst_server)
    dialog.nameEdit()->setText(u"Shared from the window"_s);
    QVERIFY2(dialog.share(), qPrintable(dialog.message()->text()));
    // Shared once; a second time the name is taken, and the dialog says so.
    QVERIFY(!dialog.share());
    QVERIFY2(dialog.message()->text().contains(u"already has a plan named"_s),
             qPrintable(dialog.message()->text()));
    QVERIFY(window.openServerPlan(dialog.address(), dialog.planName()));
    QCOMPARE(window.document()->serverSession()->level(), u"owner"_s);
    QString error;
    const auto original = Document::open(Test::makeSamplePlan(m_dir, u"again.valuemap"_s), &error);
    QVERIFY2(original, qPrintable(error));
    QCOMPARE(window.document()->store().count(Table::Story), original->store().count(Table::Story));
}

QTEST_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"
