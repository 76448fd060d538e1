// Team plans live (issue 15), against the suite's real PostgreSQL: Documents on one server plan
// see each other's edits through the listener, a stale edit or undo is refused whole and the
// client catches up, a viewer cannot edit through the app, a lost connection (terminated
// backend, restarted server) takes no edits, reconnects and catches up, and a client killed
// during scripted edits leaves every acknowledged edit and a consistent log on the server.
// What many laptops do at once is in tst_serverconcurrent.
#include "serverdocs.h"
#include "testsupport.h"

#include "server/serversession.h"
#include "storage/document.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Valuemap;
using namespace ServerTest;

namespace {

qint64 logEntries(const QString &plan)
{
    RawConnection admin(u"vmsuper"_s);
    QVariant count;
    admin.run(u"SELECT count(*) FROM valuemap.change_log l JOIN valuemap.plan p "
              "ON p.id = l.plan_id WHERE p.name = ?"_s,
              { plan }, &count);
    return count.toLongLong();
}

} // namespace

class TestServerLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void clientsSeeEachOthersEdits();
    void staleEditRefusedAsAWholeAndCaughtUp();
    void conflictingUndoRefused();
    void viewerCannotEditThroughTheApp();
    void reconnectsAfterTerminatedBackend();
    void levelChangedWhileOfflineTakenOnReconnect();
    void removedWhileOfflineFollowsWhenAddedAgain();
    void reconnectsAfterServerRestart();
    void pipelineRecordArrivesLive();
    void killedClientLeavesEveryAcknowledgedEdit();
    void copyOfServerPlanMatches();
    void textWrittenWithAMarkCanBeChanged();

private:
    void publish(const QString &name) { publishSample(m_dir, name); }
    QTemporaryDir m_dir;
};

void TestServerLive::initTestCase()
{
    Test::useFixedLocale();
    SERVERTEST_REQUIRE_SERVER();
    QVERIFY(m_dir.isValid());
    const Run init = valuemap({ u"server"_s, u"init"_s, u"--server"_s, conn(u"vmadmin"_s) });
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
}

void TestServerLive::clientsSeeEachOthersEdits()
{
    publish(u"LiveEdits"_s);
    auto alice = openAs(u"alice"_s, u"LiveEdits"_s);
    auto bob = openAs(u"bob"_s, u"LiveEdits"_s);
    auto viewer = openAs(u"viewer"_s, u"LiveEdits"_s);
    QVERIFY(alice && bob && viewer);
    QCOMPARE(alice->location(), bob->location());
    const StoryId story = firstStory(*alice);
    QVERIFY(story.isValid());

    QSignalSpy bobHeard(bob.get(), &Document::remoteChanges);
    QVERIFY2(alice->setStoryField(story, StoryField::Title, u"Renamed by Alice"_s),
             qPrintable(alice->lastError()));
    // Committed when the call returned: a fresh reader sees it at once.
    QCOMPARE(serverTitle(u"LiveEdits"_s, story), u"Renamed by Alice"_s);
    QTRY_COMPARE_WITH_TIMEOUT(bob->story(story).title, u"Renamed by Alice"_s, Patience);
    QTRY_COMPARE_WITH_TIMEOUT(viewer->story(story).title, u"Renamed by Alice"_s, Patience);
    QVERIFY(!bobHeard.isEmpty());
    const auto entries = bobHeard.constLast().constFirst().value<QList<LogEntry>>();
    QCOMPARE(entries.constLast().author, u"alice"_s);

    // And back: a new story from Bob shows up for Alice, with its key.
    const StepId step = bob->story(story).stepId;
    const StoryId added = bob->addStory(step, {}, u"Added by Bob"_s);
    QVERIFY2(added.isValid(), qPrintable(bob->lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(alice->story(added).title, u"Added by Bob"_s, Patience);
    QCOMPARE(alice->storyKey(added), bob->storyKey(added));
    QTRY_COMPARE_WITH_TIMEOUT(alice->revision(), bob->revision(), Patience);
    QCOMPARE(alice->store().count(Table::Story), bob->store().count(Table::Story));
}

void TestServerLive::staleEditRefusedAsAWholeAndCaughtUp()
{
    publish(u"Stale"_s);
    // Bob reads once (no listener): his view of the plan goes stale.
    auto alice = openAs(u"alice"_s, u"Stale"_s);
    auto bob = openAs(u"bob"_s, u"Stale"_s, false);
    QVERIFY(alice && bob);
    const StoryId story = firstStory(*alice);
    const StepId step = alice->story(story).stepId;
    const QList<StoryId> both = alice->stories(step).mid(0, 2);
    QCOMPARE(both.size(), 2);
    QVERIFY(alice->setStoryField(both.last(), StoryField::Estimate, 13));
    const qint64 entriesBefore = logEntries(u"Stale"_s);

    // Bob deletes both stories in one step; one of them was changed meanwhile.
    QVERIFY(!bob->deleteStories(both));
    const QString message = bob->lastError();
    QVERIFY2(message.contains(u"changed meanwhile by alice"_s), qPrintable(message));
    QVERIFY2(message.contains(u"make the change again"_s), qPrintable(message));
    expectNoSqlText(message);
    // Nothing of the refused change on the server, and Bob now sees Alice's value.
    QVERIFY(!openAs(u"carol"_s, u"Stale"_s, false)); // carol is no member: she sees nothing
    auto reader = openAs(u"viewer"_s, u"Stale"_s, false);
    QVERIFY(reader);
    QVERIFY(reader->story(both.first()).id.isValid());
    QCOMPARE(reader->story(both.last()).estimate, 13);
    QCOMPARE(bob->story(both.last()).estimate, 13);
    QCOMPARE(bob->stories(step), reader->stories(step));
    QCOMPARE(logEntries(u"Stale"_s), entriesBefore);
    // Made again on the current state, it goes through.
    QVERIFY2(bob->setStoryField(both.last(), StoryField::Estimate, 8), qPrintable(bob->lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(alice->story(both.last()).estimate, 8, Patience);
}

void TestServerLive::conflictingUndoRefused()
{
    publish(u"Undo"_s);
    auto alice = openAs(u"alice"_s, u"Undo"_s);
    auto bob = openAs(u"bob"_s, u"Undo"_s);
    QVERIFY(alice && bob);
    const StoryId story = firstStory(*alice);
    QVERIFY(alice->setStoryField(story, StoryField::Title, u"Alice's title"_s));
    QTRY_COMPARE_WITH_TIMEOUT(bob->story(story).title, u"Alice's title"_s, Patience);
    QVERIFY(bob->setStoryField(story, StoryField::Title, u"Bob's title"_s));
    // Alice's undo would overwrite Bob's title: refused, whatever Alice has seen by now.
    QVERIFY(!alice->undo());
    QVERIFY2(alice->lastError().contains(u"Undo"_s), qPrintable(alice->lastError()));
    QVERIFY2(alice->lastError().contains(u"by bob"_s), qPrintable(alice->lastError()));
    QCOMPARE(alice->story(story).title, u"Bob's title"_s);
    QCOMPARE(serverTitle(u"Undo"_s, story), u"Bob's title"_s);
    // Bob's own undo is his to make.
    QVERIFY2(bob->undo(), qPrintable(bob->lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(alice->story(story).title, u"Alice's title"_s, Patience);
}

void TestServerLive::viewerCannotEditThroughTheApp()
{
    publish(u"Viewed"_s);
    auto viewer = openAs(u"viewer"_s, u"Viewed"_s);
    QVERIFY(viewer);
    QVERIFY(viewer->isReadOnly());
    QVERIFY2(viewer->readOnlyReason().contains(u"viewer of plan “Viewed”"_s),
             qPrintable(viewer->readOnlyReason()));
    const StoryId story = firstStory(*viewer);
    const QString before = viewer->story(story).title;
    QVERIFY(!viewer->setStoryField(story, StoryField::Title, u"Viewer was here"_s));
    QCOMPARE(serverTitle(u"Viewed"_s, story), before);
}

void TestServerLive::reconnectsAfterTerminatedBackend()
{
    publish(u"Dropped"_s);
    auto alice = openAs(u"alice"_s, u"Dropped"_s);
    auto bob = openAs(u"bob"_s, u"Dropped"_s);
    QVERIFY(alice && bob);
    const StoryId story = firstStory(*alice);
    QSignalSpy states(alice->serverSession(), &ServerSession::stateChanged);
    RawConnection admin(u"vmsuper"_s);
    QVERIFY(!admin.run(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                       "WHERE usename = ?"_s,
                       { u"alice"_s })
                     .isValid());
    QTRY_VERIFY_WITH_TIMEOUT(alice->isReadOnly(), Patience);
    QVERIFY2(alice->readOnlyReason().startsWith(u"Offline — reconnecting"_s),
             qPrintable(alice->readOnlyReason()));
    // Meanwhile Bob edits; Alice comes back, catches up and takes edits again.
    QVERIFY(bob->setStoryField(story, StoryField::Title, u"While Alice was away"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!alice->isReadOnly(), Patience);
    QTRY_COMPARE_WITH_TIMEOUT(alice->story(story).title, u"While Alice was away"_s, Patience);
    QVERIFY(states.size() >= 2);
    QVERIFY2(alice->setStoryField(story, StoryField::Title, u"Alice is back"_s),
             qPrintable(alice->lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(bob->story(story).title, u"Alice is back"_s, Patience);
}

// Bob is made a viewer in the same transaction that drops his connections: his window learns
// the new level only by reconnecting. Before, reconnecting took the level silently, and the
// window took edits the server then refused.
void TestServerLive::levelChangedWhileOfflineTakenOnReconnect()
{
    publish(u"Demoted"_s);
    auto bob = openAs(u"bob"_s, u"Demoted"_s);
    QVERIFY(bob);
    QVERIFY(!bob->isReadOnly());
    RawConnection admin(u"vmsuper"_s);
    QVERIFY(admin.database().transaction());
    QVERIFY(!admin.run(u"UPDATE valuemap.plan_member SET level = 'viewer' WHERE role = 'bob' "
                       "AND plan_id = (SELECT id FROM valuemap.plan WHERE name = ?)"_s,
                       { u"Demoted"_s })
                     .isValid());
    QVERIFY(!admin.run(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = ?"_s,
                       { u"bob"_s })
                     .isValid());
    QVERIFY(admin.database().commit());
    QTRY_COMPARE_WITH_TIMEOUT(bob->serverSession()->level(), u"viewer"_s, Patience);
    QTRY_VERIFY_WITH_TIMEOUT(bob->serverSession()->state() == ServerSession::State::Online, Patience);
    QVERIFY(bob->isReadOnly());
    QVERIFY2(bob->readOnlyReason().contains(u"now a viewer"_s), qPrintable(bob->readOnlyReason()));
}

// Removed as a member while the connection was down: the window finds that out when it
// reconnects, so there is no listener left to probe with. It says so, takes no edit, keeps
// trying at the longest pause, and follows the plan again (caught up) once an owner adds the
// role back.
void TestServerLive::removedWhileOfflineFollowsWhenAddedAgain()
{
    publish(u"RemovedOffline"_s);
    auto bob = openAs(u"bob"_s, u"RemovedOffline"_s);
    QVERIFY(bob);
    const StoryId story = firstStory(*bob);
    QVERIFY(story.isValid());
    RawConnection admin(u"vmsuper"_s);
    const QString plan = u"(SELECT id FROM valuemap.plan WHERE name = ?)"_s;
    const QVariantList name { u"RemovedOffline"_s };
    QVERIFY(admin.database().transaction());
    QVERIFY(!admin.run(u"DELETE FROM valuemap.plan_member WHERE role = 'bob' AND plan_id = "_s + plan, name).isValid());
    QVERIFY(!admin.run(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = ?"_s,
                       { u"bob"_s })
                     .isValid());
    QVERIFY(admin.database().commit());
    QTRY_VERIFY_WITH_TIMEOUT(bob->serverSession()->state() == ServerSession::State::Excluded, Patience);
    QVERIFY(bob->isReadOnly());
    QVERIFY2(bob->readOnlyReason().contains(u"may no longer see plan “RemovedOffline”"_s),
             qPrintable(bob->readOnlyReason()));
    QVERIFY(!bob->setStoryField(story, StoryField::Title, u"Edited while removed"_s));
    QVERIFY(!bob->lastError().isEmpty());

    // Meanwhile Alice changes the story; then an owner adds Bob again.
    {
        auto alice = openAs(u"alice"_s, u"RemovedOffline"_s, false);
        QVERIFY(alice);
        QVERIFY2(alice->setStoryField(story, StoryField::Title, u"Changed while Bob was out"_s),
                 qPrintable(alice->lastError()));
    }
    QVERIFY(!admin.run(u"INSERT INTO valuemap.plan_member (plan_id, role, level) VALUES ("_s + plan
                               + u", 'bob', 'editor')"_s, name)
                     .isValid());
    QTRY_VERIFY_WITH_TIMEOUT(bob->serverSession()->state() == ServerSession::State::Online,
                             ServerSession::MaxRetryPause + Patience);
    QTRY_VERIFY_WITH_TIMEOUT(!bob->isReadOnly(), Patience);
    QCOMPARE(bob->story(story).title, u"Changed while Bob was out"_s);
    QVERIFY2(bob->setStoryField(story, StoryField::Title, u"Bob is back"_s), qPrintable(bob->lastError()));
    QCOMPARE(serverTitle(u"RemovedOffline"_s, story), u"Bob is back"_s);
}

void TestServerLive::reconnectsAfterServerRestart()
{
    publish(u"Restarted"_s);
    auto alice = openAs(u"alice"_s, u"Restarted"_s);
    QVERIFY(alice);
    const StoryId story = firstStory(*alice);
    QProcess restart;
    restart.start(u"bash"_s, { QStringLiteral(VALUEMAP_PG_SCRIPT), u"restart"_s, socketDir() });
    QVERIFY(restart.waitForFinished(60000));
    QCOMPARE(restart.exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(alice->isReadOnly(), Patience);
    // An edit while offline is refused, not queued: nothing unacknowledged.
    QVERIFY(!alice->setStoryField(story, StoryField::Title, u"Offline edit"_s));
    {
        auto bob = openAs(u"bob"_s, u"Restarted"_s, false);
        QVERIFY(bob);
        QVERIFY(bob->setStoryField(story, StoryField::Title, u"After the restart"_s));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!alice->isReadOnly(), Patience);
    QTRY_COMPARE_WITH_TIMEOUT(alice->story(story).title, u"After the restart"_s, Patience);
}

void TestServerLive::pipelineRecordArrivesLive()
{
    publish(u"Pipeline"_s);
    auto alice = openAs(u"alice"_s, u"Pipeline"_s);
    auto viewer = openAs(u"viewer"_s, u"Pipeline"_s);
    QVERIFY(alice && viewer);
    const ReleaseId release = alice->releases().constFirst();
    const qsizetype before = alice->increments().size();
    const QStringList record { u"record"_s, u"increment"_s, u"--server"_s, conn(u"bob"_s),
                               u"--plan"_s, u"Pipeline"_s, u"--release"_s,
                               alice->release(release).name, u"--version"_s, u"v9.1.0"_s,
                               u"--commit"_s, u"0123456789abcdef"_s, u"--event-id"_s,
                               u"deploy-9.1.0"_s };
    const Run recorded = valuemap(record);
    QVERIFY2(recorded.exitCode == 0, qPrintable(recorded.err));
    // Both open clients (another process wrote it) show it; the same event again adds nothing.
    QTRY_COMPARE_WITH_TIMEOUT(alice->increments().size(), before + 1, Patience);
    QTRY_COMPARE_WITH_TIMEOUT(viewer->increments().size(), before + 1, Patience);
    QCOMPARE(alice->increment(alice->increments().constLast()).version, u"v9.1.0"_s);
    QCOMPARE(valuemap(record).exitCode, 0);
    QCOMPARE(openAs(u"alice"_s, u"Pipeline"_s, false)->increments().size(), before + 1);
    // A viewer's pipeline is refused by the server, in words.
    QStringList asViewer = record;
    asViewer[3] = conn(u"viewer"_s);
    asViewer.last() = u"deploy-9.2.0"_s;
    const Run refused = valuemap(asViewer);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"viewer"_s), qPrintable(refused.err));
    expectNoSqlText(refused.err);
}

void TestServerLive::killedClientLeavesEveryAcknowledgedEdit()
{
    publish(u"Killed"_s);
    QProcess process;
    process.start(QStringLiteral(VALUEMAP_SCRIPT),
                  { u"--server"_s, conn(u"bob"_s), u"Killed"_s });
    QVERIFY(process.waitForStarted());
    QString script;
    for (int i = 1; i <= 100; ++i)
        script += u"add Scripted %1\n"_s.arg(i);
    process.write(script.toUtf8());
    int acknowledged = 0;
    while (acknowledged < 37 && process.state() == QProcess::Running) {
        if (!process.canReadLine() && !process.waitForReadyRead(Patience))
            break;
        while (process.canReadLine() && acknowledged < 37) {
            const QByteArray line = process.readLine();
            QVERIFY2(!line.startsWith("error"), line.constData());
            acknowledged += line.startsWith("ack ");
        }
    }
    ::kill(pid_t(process.processId()), SIGKILL);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(acknowledged, 37);

    auto check = openAs(u"alice"_s, u"Killed"_s, false);
    QVERIFY(check);
    QStringList titles;
    for (const qint64 id : check->store().group(Table::Story, -1, 0))
        titles << check->story(StoryId(id)).title;
    for (int i = 1; i <= acknowledged; ++i)
        QVERIFY2(titles.contains(u"Scripted %1"_s.arg(i)), qPrintable(u"lost edit %1"_s.arg(i)));
    // Every entry in the log is a whole edit: the stories added equal the entries after the
    // publication, and nothing half-made is there.
    const qint64 added = std::count_if(titles.cbegin(), titles.cend(), [](const QString &t) {
        return t.startsWith(u"Scripted "_s);
    });
    QCOMPARE(logEntries(u"Killed"_s), 1 + added); // the publication, then one per story
    QVERIFY(added >= acknowledged);
    QVERIFY(check->fileProblems().isEmpty());
}

void TestServerLive::copyOfServerPlanMatches()
{
    publish(u"Copied"_s);
    auto alice = openAs(u"alice"_s, u"Copied"_s, false);
    QVERIFY(alice);
    const QString copy = m_dir.filePath(u"copied.valuemap"_s);
    QString error;
    QVERIFY2(alice->saveCopyAs(copy, &error), qPrintable(error));
    // Into files of their own: "-o -" compared two "Wrote “-”." messages, not the plans (and
    // wrote a file named "-"; it is refused now).
    const QString serverJson = m_dir.filePath(u"from-server.json"_s);
    const QString copyJson = m_dir.filePath(u"from-copy.json"_s);
    const Run fromServer = valuemap({ u"export"_s, u"json"_s, u"--server"_s, conn(u"alice"_s),
                                      u"--plan"_s, u"Copied"_s, u"-o"_s, serverJson });
    const Run fromCopy = valuemap({ u"export"_s, u"json"_s, copy, u"-o"_s, copyJson });
    QVERIFY2(fromServer.exitCode == 0, qPrintable(fromServer.err));
    QVERIFY2(fromCopy.exitCode == 0, qPrintable(fromCopy.err));
    const QByteArray json = Test::readBytes(serverJson);
    QVERIFY(json.contains("\"Copied\"") || json.contains("\"story\""));
    QCOMPARE(json, Test::readBytes(copyJson));
}

// A text written by hand (or by an older Valuemap) that begins with U+FEFF: Qt's driver reads
// it without the mark, and the compare-and-set compared it with the mark, so every change or
// removal of that row was refused as "changed meanwhile", for good.
void TestServerLive::textWrittenWithAMarkCanBeChanged()
{
    publish(u"Mark"_s);
    auto alice = openAs(u"alice"_s, u"Mark"_s, false);
    QVERIFY(alice);
    const StoryId renamed = firstStory(*alice);
    const StoryId removed = alice->stories(alice->story(renamed).stepId).constLast();
    QVERIFY(renamed != removed);
    {
        RawConnection bob(u"bob"_s);
        const QVariant plan = bob.planId(u"Mark"_s);
        QVERIFY(plan.isValid());
        for (const StoryId story : { renamed, removed })
            QVERIFY(!bob.run(u"UPDATE valuemap.story SET title = chr(65279) || title, "
                             "description = chr(65279) || 'Written by hand' WHERE plan_id = ? AND id = ?"_s,
                             { plan, story.value })
                             .isValid());
    }
    alice = openAs(u"alice"_s, u"Mark"_s, false);
    QVERIFY(alice);
    QVERIFY2(alice->setStoryField(renamed, StoryField::Title, u"Renamed after the mark"_s),
             qPrintable(alice->lastError()));
    QVERIFY2(alice->deleteStories({ removed }), qPrintable(alice->lastError()));
    const auto fresh = openAs(u"alice"_s, u"Mark"_s, false);
    QVERIFY(fresh);
    QCOMPARE(fresh->story(renamed).title, u"Renamed after the mark"_s);
    QVERIFY(!fresh->story(removed).id.isValid());
}

QTEST_GUILESS_MAIN(TestServerLive)
#include "tst_serverlive.moc"
