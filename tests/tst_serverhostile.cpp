// What other members of a server plan write, as an editor with SQL can write it (issue 15):
// names that would take over a terminal, and a plan that fails its checks, which no command
// pulls, records into or exports as if it were sound, and whose recovery advice names it as a
// command does. (Forged change-log entries: tst_serverwindow; a text with a leading U+FEFF:
// tst_serverlive; pipelines at once: tst_serverconcurrent.)
#include "servertest.h"
#include "serverdocs.h"
#include "testsupport.h"

#include "storage/document.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Valuemap;
using namespace ServerTest;

class TestServerHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void namesPrintAsText();
    void planFailingItsChecks();
    void refusedValueOpensForViewing();
    void refusedValueArrivingStaysUntilCorrected();

private:
    QTemporaryDir m_dir;
};

void TestServerHostile::initTestCase()
{
    Test::useFixedLocale();
    SERVERTEST_REQUIRE_SERVER();
    QVERIFY(m_dir.isValid());
    const Run init = valuemap({ u"server"_s, u"init"_s, u"--server"_s, conn(u"vmadmin"_s) });
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
}

// Plan and role names are printed for every member: a name with an escape sequence would
// retitle a terminal or clear it. Publishing refuses such a name; one an owner set by hand
// prints as plain text; advice to create a role quotes its name as PostgreSQL reads it.
void TestServerHostile::namesPrintAsText()
{
    const QString path = Test::makeSamplePlan(m_dir, u"names.valuemap"_s);
    const Run escaped = valuemap({ u"server"_s, u"publish"_s, path, u"--server"_s, conn(u"alice"_s),
                                   u"--name"_s, u"Roadmap\x1b[2J"_s });
    QCOMPARE(escaped.exitCode, 1);
    QVERIFY2(escaped.err.contains(u"cannot name a plan"_s) && !escaped.err.contains(QChar(0x1b)),
             qPrintable(escaped.err));
    QCOMPARE(valuemap({ u"server"_s, u"publish"_s, path, u"--server"_s, conn(u"alice"_s),
                        u"--name"_s, u"Names"_s })
                     .exitCode,
             0);
    const Run unknown = valuemap({ u"server"_s, u"members"_s, u"--server"_s, conn(u"alice"_s), u"--plan"_s,
                                   u"Names"_s, u"--add"_s, u"x; DROP DATABASE vm; --"_s, u"viewer"_s });
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"CREATE ROLE \"x; DROP DATABASE vm; --\" LOGIN"_s), qPrintable(unknown.err));
    {
        RawConnection admin(u"vmsuper"_s);
        QVERIFY(!admin.run(u"UPDATE valuemap.plan SET name = ? WHERE name = ?"_s,
                           { u"Names\x1b]0;owned\x07 \u202efake\tx"_s, u"Names"_s })
                         .isValid());
    }
    const Run listed = valuemap({ u"server"_s, u"list"_s, u"--server"_s, conn(u"alice"_s) });
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(u"Names]0;owned fake x\towner"_s), qPrintable(listed.out));
    QVERIFY(!listed.out.contains(QChar(0x1b)) && !listed.out.contains(QChar(0x202e)));
}

// bob, an editor, gives two stories of one step the same place by hand.
void TestServerHostile::planFailingItsChecks()
{
    publishSample(m_dir, u"Ranks"_s);
    const auto alice = openAs(u"alice"_s, u"Ranks"_s, false);
    QVERIFY(alice);
    const StoryId first = firstStory(*alice);
    const StoryId second = alice->stories(alice->story(first).stepId).at(1);
    {
        RawConnection bob(u"bob"_s);
        const QVariant plan = bob.planId(u"Ranks"_s);
        QVERIFY(plan.isValid());
        QVERIFY(!bob.run(u"UPDATE valuemap.story SET rank = 0 WHERE plan_id = ? AND id = ?"_s,
                         { plan, second.value })
                         .isValid());
    }
    const QStringList server { u"--server"_s, conn(u"alice"_s), u"--plan"_s, u"Ranks"_s };
    // check lists the problem, and its advice is a command that works as written.
    const Run checked = valuemap(QStringList { u"check"_s } + server);
    QCOMPARE(checked.exitCode, 1);
    QVERIFY2(checked.out.contains(u"valuemap export json --server CONN --plan Ranks -o rescued.json --salvage"_s),
             qPrintable(checked.out));
    QVERIFY2(!checked.out.contains(u"server-plan"_s) && !checked.out.contains(u"restore the file"_s),
             qPrintable(checked.out));
    // pull writes no file that fails its checks.
    const QString pulled = m_dir.filePath(u"ranks.valuemap"_s);
    const Run pull = valuemap({ u"server"_s, u"pull"_s, u"--server"_s, conn(u"alice"_s), u"--plan"_s,
                                u"Ranks"_s, u"-o"_s, pulled });
    QCOMPARE(pull.exitCode, 1);
    QVERIFY2(pull.err.contains(u"problem"_s) && pull.err.contains(u"--salvage"_s), qPrintable(pull.err));
    QVERIFY(!QFile::exists(pulled));
    // record refuses it as it refuses such a file: exit 1, nothing written.
    const Run recorded = valuemap(QStringList { u"record"_s, u"measurement"_s } + server
                                  + QStringList { u"--goal"_s, alice->goal(alice->goals().constFirst()).name,
                                                  u"--value"_s, u"7"_s, u"--event-id"_s, u"job-1"_s });
    QCOMPARE(recorded.exitCode, 1);
    QVERIFY2(recorded.err.contains(u"problem"_s), qPrintable(recorded.err));
    QCOMPARE(openAs(u"alice"_s, u"Ranks"_s, false)->store().count(Table::RecordEvent), 0);
    // export says so in one pair of quotes, and salvage saves the sound rows.
    const Run exported = valuemap(QStringList { u"export"_s, u"json"_s } + server
                                  + QStringList { u"-o"_s, m_dir.filePath(u"ranks.json"_s) });
    QCOMPARE(exported.exitCode, 1);
    QVERIFY2(exported.err.contains(u": plan “Ranks” on the server has 1 problem"_s), qPrintable(exported.err));
    const Run salvaged = valuemap(QStringList { u"export"_s, u"json"_s } + server
                                  + QStringList { u"-o"_s, m_dir.filePath(u"ranks.json"_s), u"--salvage"_s });
    QVERIFY2(salvaged.exitCode == 0, qPrintable(salvaged.err));
}

// bob writes an escape sequence into a story's title by hand. Before, no one could open the
// plan any more, not even its owner, and the advice was to ask the owner. Now it opens for
// viewing only, as such a file does, and the rows that are sound can be saved.
void TestServerHostile::refusedValueOpensForViewing()
{
    publishSample(m_dir, u"Escaped"_s);
    StoryId story;
    {
        const auto alice = openAs(u"alice"_s, u"Escaped"_s, false);
        QVERIFY(alice);
        story = firstStory(*alice);
        RawConnection bob(u"bob"_s);
        const QVariant plan = bob.planId(u"Escaped"_s);
        QVERIFY(plan.isValid());
        QVERIFY(!bob.run(u"UPDATE valuemap.story SET title = chr(27) || '[2J' WHERE plan_id = ? AND id = ?"_s,
                         { plan, story.value })
                         .isValid());
    }
    QString error;
    const auto owner = Document::openServer(conn(u"alice"_s), u"Escaped"_s, &error, false);
    QVERIFY2(owner, qPrintable(error));
    QVERIFY(owner->isReadOnly());
    QVERIFY2(owner->readOnlyReason().contains(u"open for viewing only"_s), qPrintable(owner->readOnlyReason()));
    QVERIFY(owner->unsoundRows().contains(RowKey { Table::Story, story.value }));
    QVERIFY(!owner->setStoryField(owner->stories(owner->story(story).stepId).constLast(), StoryField::Title, u"Changed while refused"_s));
    const QStringList server { u"--server"_s, conn(u"alice"_s), u"--plan"_s, u"Escaped"_s };
    const Run checked = valuemap(QStringList { u"check"_s } + server);
    QCOMPARE(checked.exitCode, 1);
    QVERIFY2(checked.out.contains(u"story %1:"_s.arg(story.value)), qPrintable(checked.out));
    QVERIFY(!checked.out.contains(QChar(0x1b)));
    const Run recorded = valuemap(QStringList { u"record"_s, u"measurement"_s } + server
                                  + QStringList { u"--goal"_s, owner->goal(owner->goals().constFirst()).name,
                                                  u"--value"_s, u"7"_s, u"--event-id"_s, u"job-1"_s });
    QCOMPARE(recorded.exitCode, 1);
    const QString rescued = m_dir.filePath(u"escaped.json"_s);
    const Run salvaged = valuemap(QStringList { u"export"_s, u"json"_s } + server
                                  + QStringList { u"-o"_s, rescued, u"--salvage"_s });
    QVERIFY2(salvaged.exitCode == 0, qPrintable(salvaged.err));
    const Run imported = valuemap({ u"import"_s, u"json"_s, rescued, u"-o"_s, m_dir.filePath(u"escaped.valuemap"_s) });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(valuemap({ u"check"_s, m_dir.filePath(u"escaped.valuemap"_s) }).exitCode, 0);
}

// bob writes an escape sequence into a title by hand while alice has the plan open, with a log
// entry naming the row. Her plan is then for viewing only until the title is corrected. Before,
// any later change of another row made it editable again, the refused title still in it.
void TestServerHostile::refusedValueArrivingStaysUntilCorrected()
{
    publishSample(m_dir, u"Arriving"_s);
    const auto alice = openAs(u"alice"_s, u"Arriving"_s);
    QVERIFY(alice);
    const StoryId story = firstStory(*alice);
    const StoryId other = alice->stories(alice->story(story).stepId).constLast();
    QVERIFY(other != story);
    RawConnection bob(u"bob"_s);
    const QVariant plan = bob.planId(u"Arriving"_s);
    QVERIFY(plan.isValid());
    // A title set by hand, with a log entry naming the row (as a tool writing to the server might).
    const auto byHand = [&](StoryId id, const QString &titleSql) {
        const QSqlError update = bob.run(u"UPDATE valuemap.story SET title = %1 WHERE plan_id = ? AND id = ?"_s.arg(titleSql),
                                         { plan, id.value });
        const QSqlError logged = bob.run(u"INSERT INTO valuemap.change_log (plan_id, undo_text, changes) "
                                          "VALUES (?, 'By hand', CAST(? AS jsonb))"_s,
                                          { plan, u"[{\"table\":\"story\",\"op\":\"update\",\"id\":%1,"
                                                   "\"column\":\"title\",\"old\":\"\",\"new\":\"\"}]"_s.arg(id.value) });
        return !update.isValid() && !logged.isValid();
    };
    QVERIFY(byHand(story, u"chr(27) || '[2J'"_s));
    QTRY_VERIFY_WITH_TIMEOUT(alice->isReadOnly(), Patience);
    QVERIFY2(alice->readOnlyReason().contains(u"until they are corrected"_s), qPrintable(alice->readOnlyReason()));
    // Another story changes: it shows, and the plan stays for viewing only.
    QVERIFY(byHand(other, u"'Another story changed'"_s));
    QTRY_COMPARE_WITH_TIMEOUT(alice->story(other).title, u"Another story changed"_s, Patience);
    QVERIFY(alice->isReadOnly());
    QVERIFY(!alice->setStoryField(other, StoryField::Title, u"Edited while refused"_s));
    // Corrected: editable again, with the corrected title.
    QVERIFY(byHand(story, u"'Corrected by hand'"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!alice->isReadOnly(), Patience);
    QCOMPARE(alice->story(story).title, u"Corrected by hand"_s);
    QVERIFY2(alice->setStoryField(other, StoryField::Title, u"Edited once corrected"_s), qPrintable(alice->lastError()));
}

QTEST_GUILESS_MAIN(TestServerHostile)
#include "tst_serverhostile.moc"
