// The team server (issue 15) against a real PostgreSQL 15 that the suite starts (the CTest fixture
// of tests/server/pgserver.sh): publish → pull identical, who sees and writes what (enforced by
// the server, also for raw SQL), and clear, fast answers for bad connections. The schema's
// set-up, upgrade and refusal of a newer one: tst_serverschema.
#include "planfactory.h"
#include "servertest.h"
#include "testsupport.h"

#include "server/pgstore.h"
#include "server/serverconnection.h"
#include "storage/planstore.h"
#include "storage/document.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Valuemap;
using namespace ServerTest;


class TestServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void publishPullIdentical_data();
    void publishPullIdentical();
    void nonMemberSeesNothing();
    void viewerRefusedByServer();
    void onlyOwnersManageMembers();
    void badConnections_data();
    void badConnections();
    void badConnectionsInGerman_data();
    void badConnectionsInGerman();
    void staleEditRefusedAsAWhole();

private:
    QString planId(const QString &name);
    QTemporaryDir m_dir;
};

void TestServer::initTestCase()
{
    Test::useFixedLocale();
    SERVERTEST_REQUIRE_SERVER();
    QVERIFY(m_dir.isValid());
    const Run init = valuemap({ u"server"_s, u"init"_s, u"--server"_s, conn(u"vmadmin"_s) });
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
}

void TestServer::publishPullIdentical_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("sample plan") << u"sample"_s;
    QTest::newRow("hostile text") << u"hostile"_s;
    QTest::newRow("storymaps.io map") << u"storymaps"_s;
    QTest::newRow("10,000 stories") << u"large"_s;
}

void TestServer::publishPullIdentical()
{
    QFETCH(QString, kind);
    QString path;
    if (kind == "sample"_L1) {
        path = Test::makeSamplePlan(m_dir, u"published-sample.valuemap"_s);
    } else if (kind == "storymaps"_L1) {
        path = m_dir.filePath(u"published-storymaps.valuemap"_s);
        const Run imported = valuemap({ u"import"_s, u"storymaps"_s,
                                        QStringLiteral(VALUEMAP_FIXTURES)
                                                + u"/storymaps-garden.json"_s,
                                        u"-o"_s, path });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    } else if (kind == "large"_L1) {
        path = Test::makeGeneratedPlan(m_dir, 10000, u"published-large.valuemap"_s);
    } else {
        path = Test::makeGeneratedPlan(m_dir, 120, u"published-hostile.valuemap"_s);
        QString error;
        auto doc = Document::open(path, &error);
        QVERIFY2(doc, qPrintable(error));
        const QStringList titles = {
            u"It's \"quoted\"; a, b"_s,
            u"'); DROP TABLE story;--"_s,
            u"\\'; SELECT pg_sleep(10); -- \\"_s,
            u"Emoji 👩‍👩‍👧‍👦 🚀 and flags 🇩🇪"_s,
            u"Z̴a̶l̷g̸o, ﬁ ligature, Ǆ, ℌ, ① ⅷ, ‮reversed‬, zero​width"_s,
            u"$1 $$ $body$ ? :name %s {}"_s,
        };
        const QList<qint64> stories = doc->store().group(Table::Story, -1, 0);
        for (int i = 0; i < titles.size(); ++i)
            QVERIFY2(doc->setStoryField(StoryId(stories[i]), StoryField::Title, titles[i]),
                     qPrintable(doc->lastError()));
        QVERIFY(doc->setStoryField(StoryId(stories[0]), StoryField::Description,
                                   u"Line one\nLine two — 北京 — \"'\\\t tab"_s));
    }
    const QString name = u"Plan %1 'x'; --"_s.arg(kind);
    const Run published = valuemap({ u"server"_s, u"publish"_s, path, u"--server"_s,
                                     conn(u"alice"_s), u"--name"_s, name });
    QVERIFY2(published.exitCode == 0, qPrintable(published.err));
    QVERIFY(published.out.contains(u"role “alice” is its owner"_s));

    const QString pulled = m_dir.filePath(u"pulled-%1.valuemap"_s.arg(kind));
    const Run pull = valuemap({ u"server"_s, u"pull"_s, u"--server"_s, conn(u"alice"_s),
                                u"--plan"_s, name, u"-o"_s, pulled });
    QVERIFY2(pull.exitCode == 0, qPrintable(pull.err));
    QCOMPARE(valuemap({ u"check"_s, pulled }).exitCode, 0);

    const QString before = m_dir.filePath(u"before-%1.json"_s.arg(kind));
    const QString after = m_dir.filePath(u"after-%1.json"_s.arg(kind));
    QCOMPARE(valuemap({ u"export"_s, u"json"_s, path, u"-o"_s, before }).exitCode, 0);
    QCOMPARE(valuemap({ u"export"_s, u"json"_s, pulled, u"-o"_s, after }).exitCode, 0);
    const QByteArray expected = readAll(before);
    QVERIFY(expected.size() > 1000);
    QCOMPARE(readAll(after), expected);

    // Publishing the same name again is refused and changes nothing.
    const Run twice = valuemap({ u"server"_s, u"publish"_s, path, u"--server"_s,
                                 conn(u"alice"_s), u"--name"_s, name });
    QCOMPARE(twice.exitCode, 1);
    QVERIFY2(twice.err.contains(u"already has a plan named"_s), qPrintable(twice.err));
    // And pulling onto an existing file is refused without --force.
    const Run overwrite = valuemap({ u"server"_s, u"pull"_s, u"--server"_s, conn(u"alice"_s),
                                     u"--plan"_s, name, u"-o"_s, pulled });
    QCOMPARE(overwrite.exitCode, 2);
    QVERIFY(overwrite.err.contains(u"already exists"_s));
}

QString TestServer::planId(const QString &name)
{
    return RawConnection(u"vmadmin"_s).planId(name).toString();
}

void TestServer::nonMemberSeesNothing()
{
    const QString path = Test::makeSamplePlan(m_dir, u"private.valuemap"_s);
    QCOMPARE(valuemap({ u"server"_s, u"publish"_s, path, u"--server"_s, conn(u"alice"_s),
                        u"--name"_s, u"Private"_s })
                     .exitCode,
             0);
    const Run list = valuemap({ u"server"_s, u"list"_s, u"--server"_s, conn(u"carol"_s) });
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(u"Role “carol” is a member of no plan"_s), qPrintable(list.out));
    const Run aliceList = valuemap({ u"server"_s, u"list"_s, u"--server"_s, conn(u"alice"_s) });
    QVERIFY(aliceList.out.contains(u"Private\towner"_s));

    const Run pull = valuemap({ u"server"_s, u"pull"_s, u"--server"_s, conn(u"carol"_s),
                                u"--plan"_s, u"Private"_s, u"-o"_s,
                                m_dir.filePath(u"stolen.valuemap"_s) });
    QCOMPARE(pull.exitCode, 2);
    QVERIFY2(pull.err.contains(u"no plan “Private”"_s), qPrintable(pull.err));
    QVERIFY(pull.err.contains(u"ask the plan's owner to add you"_s));
    QVERIFY(!QFile::exists(m_dir.filePath(u"stolen.valuemap"_s)));

    // Raw SQL sees no row of it either.
    RawConnection carol(u"carol"_s);
    QVERIFY(carol.isOpen());
    QVariant count;
    QVERIFY(!carol.run(u"SELECT count(*) FROM valuemap.story"_s, {}, &count).isValid());
    QCOMPARE(count.toInt(), 0);
    QVERIFY(!carol.run(u"SELECT count(*) FROM valuemap.change_log"_s, {}, &count).isValid());
    QCOMPARE(count.toInt(), 0);
}

void TestServer::viewerRefusedByServer()
{
    const QString path = Test::makeSamplePlan(m_dir, u"shared.valuemap"_s);
    QCOMPARE(valuemap({ u"server"_s, u"publish"_s, path, u"--server"_s, conn(u"alice"_s),
                        u"--name"_s, u"Shared"_s })
                     .exitCode,
             0);
    const Run add = valuemap({ u"server"_s, u"members"_s, u"--server"_s, conn(u"alice"_s),
                               u"--plan"_s, u"Shared"_s, u"--add"_s, u"viewer"_s, u"viewer"_s });
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    QVERIFY(add.out.contains(u"viewer\tviewer"_s));
    // The viewer reads it …
    const Run pull = valuemap({ u"server"_s, u"pull"_s, u"--server"_s, conn(u"viewer"_s),
                                u"--plan"_s, u"Shared"_s, u"-o"_s,
                                m_dir.filePath(u"viewer.valuemap"_s) });
    QVERIFY2(pull.exitCode == 0, qPrintable(pull.err));

    // … but the server refuses every write of it, whatever the client.
    const QString plan = planId(u"Shared"_s);
    RawConnection viewer(u"viewer"_s);
    QVERIFY(viewer.isOpen());
    QVariant before;
    QVERIFY(!viewer.run(u"SELECT count(*) FROM valuemap.story WHERE plan_id = ?"_s, { plan },
                        &before)
                     .isValid());
    QVERIFY(before.toInt() > 0);
    const QSqlError update = viewer.run(
            u"UPDATE valuemap.story SET title = ? WHERE plan_id = ?"_s, { u"hacked"_s, plan });
    QCOMPARE(update.nativeErrorCode(), u"42501"_s);
    const QSqlError insert = viewer.run(
            u"INSERT INTO valuemap.tag (plan_id, id, name, color) VALUES (?, ?, ?, ?)"_s,
            { plan, 999, u"x"_s, u""_s });
    QCOMPARE(insert.nativeErrorCode(), u"42501"_s);
    QVariant deleted;
    viewer.run(u"DELETE FROM valuemap.story_tag WHERE plan_id = ?"_s, { plan }, &deleted);
    QCOMPARE(deleted.toInt(), 0);
    const QSqlError log = viewer.run(
            u"INSERT INTO valuemap.change_log (plan_id, undo_text, changes) VALUES (?, ?, '[]')"_s,
            { plan, u"forged"_s });
    QCOMPARE(log.nativeErrorCode(), u"42501"_s);
    QVariant titles;
    QVERIFY(!viewer.run(u"SELECT count(*) FROM valuemap.story WHERE title = ?"_s, { u"hacked"_s },
                        &titles)
                     .isValid());
    QCOMPARE(titles.toInt(), 0);
    // Even an editor cannot rewrite history.
    RawConnection alice(u"alice"_s);
    const QSqlError rewrite = alice.run(
            u"UPDATE valuemap.change_log SET author = ? WHERE plan_id = ?"_s, { u"bob"_s, plan });
    QVERIFY(rewrite.isValid());
}

void TestServer::onlyOwnersManageMembers()
{
    const QString path = Test::makeSamplePlan(m_dir, u"team.valuemap"_s);
    QCOMPARE(valuemap({ u"server"_s, u"publish"_s, path, u"--server"_s, conn(u"alice"_s),
                        u"--name"_s, u"Team"_s })
                     .exitCode,
             0);
    const auto members = [](const QString &role, const QStringList &more) {
        return valuemap(QStringList { u"server"_s, u"members"_s, u"--server"_s, conn(role),
                                      u"--plan"_s, u"Team"_s }
                        + more);
    };
    QCOMPARE(members(u"alice"_s, { u"--add"_s, u"bob"_s, u"editor"_s }).exitCode, 0);
    const Run bobList = valuemap({ u"server"_s, u"list"_s, u"--server"_s, conn(u"bob"_s) });
    QVERIFY2(bobList.out.contains(u"Team\teditor"_s), qPrintable(bobList.out));
    // An editor may not add members: the server's policy refuses it.
    const Run bobAdds = members(u"bob"_s, { u"--add"_s, u"carol"_s, u"owner"_s });
    QCOMPARE(bobAdds.exitCode, 2);
    QVERIFY2(bobAdds.err.contains(u"Role “bob” may not do this on plan “Team”"_s),
             qPrintable(bobAdds.err));
    expectNoSqlText(bobAdds.err);
    const Run bobRemoves = members(u"bob"_s, { u"--remove"_s, u"alice"_s });
    QCOMPARE(bobRemoves.exitCode, 2);
    QVERIFY(bobRemoves.err.contains(u"Only an owner"_s));
    // The last owner stays.
    const Run lastOwner = members(u"alice"_s, { u"--remove"_s, u"alice"_s });
    QCOMPARE(lastOwner.exitCode, 2);
    QVERIFY2(lastOwner.err.contains(u"must keep at least one owner"_s), qPrintable(lastOwner.err));
    const Run noRole = members(u"alice"_s, { u"--add"_s, u"nobody"_s, u"viewer"_s });
    QCOMPARE(noRole.exitCode, 2);
    QVERIFY(noRole.err.contains(u"has no role “nobody”"_s));
    const Run badLevel = members(u"alice"_s, { u"--add"_s, u"bob"_s, u"admin"_s });
    QCOMPARE(badLevel.exitCode, 2);
    QVERIFY(badLevel.err.contains(u"use viewer, editor or owner"_s));
    QCOMPARE(members(u"alice"_s, { u"--remove"_s, u"bob"_s }).exitCode, 0);
    const Run bobAfter = valuemap({ u"server"_s, u"list"_s, u"--server"_s, conn(u"bob"_s) });
    QVERIFY(!bobAfter.out.contains(u"Team"_s));
}

void TestServer::badConnections_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("expected");
    const QString base = u"port=%1 dbname=vm user=alice password=alice-pw"_s.arg(port());
    QTest::newRow("socket folder missing")
            << u"host=/tmp/valuemap-no-such-folder "_s + base << u"nothing answers there"_s;
    QTest::newRow("no server on that port")
            << u"host=%1 port=1 dbname=vm user=alice password=alice-pw"_s.arg(socketDir())
            << u"nothing answers there"_s;
    QTest::newRow("wrong database") << conn(u"alice"_s, u"vm_missing"_s)
                                    << u"has no database “vm_missing”"_s;
    QTest::newRow("wrong password")
            << u"host=%1 port=%2 dbname=vm user=alice password=wrong"_s.arg(socketDir(), port())
            << u"refused the password of “alice”"_s;
    QTest::newRow("unknown role")
            << u"host=%1 port=%2 dbname=vm user=mallory password=x"_s.arg(socketDir(), port())
            << u"refused the password of “mallory”"_s;
    QTest::newRow("typo in a key") << u"hots=%1 "_s.arg(socketDir()) + base
                                   << u"did you mean “host”?"_s;
    QTest::newRow("bare word") << u"team"_s << u"Name a service (service=team)"_s;
    QTest::newRow("unclosed quote") << u"host='/tmp/x dbname=vm"_s
                                    << u"opening quote but no closing one"_s;
    QTest::newRow("port not a number") << u"host=/tmp port=fivefour"_s
                                       << u"must be a number"_s;
    QTest::newRow("typo in a value")
            << u"postgresql://alice@/vm?host=%1&sslmode=requir"_s.arg(socketDir())
            << u"a setting the PostgreSQL client does not accept"_s;
    QTest::newRow("unknown service") << u"service=no_such_team_service"_s
                                     << u"no service “no_such_team_service”"_s;
    QTest::newRow("url with wrong database")
            << u"postgresql://alice:alice-pw@/vm_missing?host=%1&port=%2"_s.arg(
                       QString::fromLatin1(QUrl::toPercentEncoding(socketDir())), port())
            << u"has no database “vm_missing”"_s;
}

void TestServer::badConnections()
{
    QFETCH(QString, server);
    QFETCH(QString, expected);
    const Run run = valuemap({ u"server"_s, u"list"_s, u"--server"_s, server });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    QVERIFY2(!run.err.contains(u"-pw"_s) && !run.err.contains(u"wrong"_s), "a password shown");
    expectNoSqlText(run.err);
}

namespace {

// The language the test server answers a connection attempt in (its lc_messages). Waits until
// a new session speaks it: the server reloads its settings when it gets to it.
void setServerLanguage(const QString &locale)
{
    {
        RawConnection admin(u"vmsuper"_s, u"postgres"_s);
        QVERIFY(admin.isOpen());
        // A setting's value cannot be bound (nor ALTER SYSTEM prepared); the locale is one of
        // this test's own names.
        QSqlQuery set(admin.database());
        QVERIFY2(set.exec(u"ALTER SYSTEM SET lc_messages = '%1'"_s.arg(locale)),
                 qPrintable(u"The locale %1 is missing on this machine: run bash dev test, which "
                            "makes it (%2)"_s.arg(locale, set.lastError().text())));
        QVERIFY(set.exec(u"SELECT pg_reload_conf()"_s));
    }
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        RawConnection probe(u"vmsuper"_s, u"postgres"_s);
        QVariant shown;
        return !probe.run(u"SELECT current_setting('lc_messages')"_s, {}, &shown).isValid()
            && shown.toString() == locale;
    }()), 10000);
}

} // namespace

// A server that answers in German, and a desktop in German (whose libpq would speak German
// too): each refusal still gets its own advice, in the desktop's language, and a window still
// knows to ask for the password.
void TestServer::badConnectionsInGerman_data()
{
    QTest::addColumn<QString>("serverLanguage");
    QTest::addColumn<QString>("desktop");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("asksForPassword");
    const QString wrongPassword = u"host=%1 port=%2 dbname=vm user=alice password=wrong"_s.arg(socketDir(), port());
    const QString noPassword = u"host=%1 port=%2 dbname=vm user=alice"_s.arg(socketDir(), port());
    const QString noServer = u"host=%1 port=1 dbname=vm user=alice password=alice-pw"_s.arg(socketDir());
    const QString de = u"de_DE.UTF-8"_s, c = u"C.UTF-8"_s;
    QTest::newRow("German server, wrong password")
            << de << c << wrongPassword << u"refused the password of “alice”"_s << true;
    QTest::newRow("German server and desktop, wrong password")
            << de << de << wrongPassword << u"der Server hat das Passwort für „alice“ abgelehnt"_s << true;
    QTest::newRow("German server, no such database")
            << de << c << conn(u"alice"_s, u"vm_missing"_s) << u"has no database “vm_missing”"_s << false;
    QTest::newRow("German desktop, no password given")
            << c << de << noPassword << u"der Server braucht ein Passwort für „alice“"_s << true;
    QTest::newRow("German desktop, nothing on that port")
            << c << de << noServer << u"dort antwortet nichts"_s << false;
}

void TestServer::badConnectionsInGerman()
{
    QFETCH(QString, serverLanguage);
    QFETCH(QString, desktop);
    QFETCH(QString, server);
    QFETCH(QString, expected);
    QFETCH(bool, asksForPassword);
    setServerLanguage(serverLanguage);
    const auto speakC = qScopeGuard([] { setServerLanguage(u"C"_s); });
    const Run run = valuemap({ u"server"_s, u"list"_s, u"--server"_s, server }, desktop);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    expectNoSqlText(run.err);
    // What the window's password prompt goes by (this process's own libpq speaks English).
    QString error;
    bool passwordNeeded = false;
    QVERIFY(!ServerConnection::open(server, &error, {}, &passwordNeeded));
    QCOMPARE(passwordNeeded, asksForPassword);
}

// Two clients on one plan: the second one's edit rests on a value the first has changed, so
// the server refuses all of it (the harmless first part too) and says who changed what.
void TestServer::staleEditRefusedAsAWhole()
{
    const QString path = Test::makeSamplePlan(m_dir, u"live.valuemap"_s);
    QCOMPARE(valuemap({ u"server"_s, u"publish"_s, path, u"--server"_s, conn(u"alice"_s),
                        u"--name"_s, u"Live"_s })
                     .exitCode,
             0);
    QCOMPARE(valuemap({ u"server"_s, u"members"_s, u"--server"_s, conn(u"alice"_s), u"--plan"_s,
                        u"Live"_s, u"--add"_s, u"bob"_s, u"editor"_s })
                     .exitCode,
             0);
    QCOMPARE(valuemap({ u"server"_s, u"members"_s, u"--server"_s, conn(u"alice"_s), u"--plan"_s,
                        u"Live"_s, u"--add"_s, u"viewer"_s, u"viewer"_s })
                     .exitCode,
             0);
    QString error;
    auto alice = PgStore::open(conn(u"alice"_s), u"Live"_s, &error);
    QVERIFY2(alice, qPrintable(error));
    auto bob = PgStore::open(conn(u"bob"_s), u"Live"_s, &error);
    QVERIFY2(bob, qPrintable(error));
    PlanStore a;
    PlanStore b;
    QVERIFY2(alice->load(&a, nullptr, &error), qPrintable(error));
    QVERIFY2(bob->load(&b, nullptr, &error), qPrintable(error));
    const QList<qint64> stories = b.group(Table::Story, -1, 0);
    QVERIFY(stories.size() >= 3);
    const qint64 contested = stories[0];
    const qint64 other = stories[1];
    const QVariant oldTitle = b.value(Table::Story, contested, StoryCol::Title);
    const QVariant otherTitle = b.value(Table::Story, other, StoryCol::Title);

    const auto mine = alice->commit(
            { RowOp::update(Table::Story, contested, StoryCol::Title, oldTitle, u"Alice's"_s) },
            u"Rename story"_s);
    QVERIFY2(mine.result == PgStore::Result::Committed, qPrintable(mine.message));
    QCOMPARE(mine.revision, 2); // 1 was the publication

    const auto stale = bob->commit(
            { RowOp::update(Table::Story, other, StoryCol::Title, otherTitle, u"Bob's other"_s),
              RowOp::update(Table::Story, contested, StoryCol::Title, oldTitle, u"Bob's"_s) },
            u"Rename stories"_s);
    QVERIFY(stale.result == PgStore::Result::Conflict);
    QVERIFY2(stale.message.contains(u"was changed meanwhile by alice (revision 2)"_s),
             qPrintable(stale.message));
    expectNoSqlText(stale.message);

    // A removal of a row someone changed, and an insert of a taken id, are refused the same way.
    Row removed = *b.row(Table::Story, contested);
    const auto remove = bob->commit({ RowOp::remove(Table::Story, removed) }, u"Delete"_s);
    QVERIFY(remove.result == PgStore::Result::Conflict);
    Row taken = *b.row(Table::Tag, b.group(Table::Tag, -1, 0).value(0));
    taken[TagCol::Name] = u"another name"_s;
    QVERIFY(bob->commit({ RowOp::insert(Table::Tag, taken) }, u"Add tag"_s).result
            == PgStore::Result::Conflict);

    // Nothing of the refused edits is on the server; the log has the two good entries only.
    PlanStore now;
    QVERIFY(bob->load(&now, nullptr, &error));
    QCOMPARE(now.value(Table::Story, contested, StoryCol::Title).toString(), u"Alice's"_s);
    QCOMPARE(now.value(Table::Story, other, StoryCol::Title), otherTitle);
    QVERIFY(now.contains(Table::Story, contested));
    RawConnection raw(u"alice"_s);
    QVariant entries;
    QVERIFY(!raw.run(u"SELECT count(*) FROM valuemap.change_log WHERE plan_id = ?"_s,
                     { planId(u"Live"_s) }, &entries)
                     .isValid());
    QCOMPARE(entries.toInt(), 2);

    // Bob, up to date now, succeeds; the log says who did it.
    const auto retry = bob->commit({ RowOp::update(Table::Story, contested, StoryCol::Title,
                                                   u"Alice's"_s, u"Bob's"_s) },
                                   u"Rename story"_s);
    QVERIFY2(retry.result == PgStore::Result::Committed, qPrintable(retry.message));
    QVariant author;
    raw.run(u"SELECT author FROM valuemap.change_log WHERE plan_id = ? AND revision = ?"_s,
            { planId(u"Live"_s), retry.revision }, &author);
    QCOMPARE(author.toString(), u"bob"_s);

    // A viewer's store is read-only, and the server refuses its commit anyway.
    auto viewer = PgStore::open(conn(u"viewer"_s), u"Live"_s, &error);
    QVERIFY2(viewer, qPrintable(error));
    QVERIFY(viewer->isReadOnly());
    const auto refused = viewer->commit({ RowOp::update(Table::Story, contested, StoryCol::Title,
                                                        u"Bob's"_s, u"Viewer's"_s) },
                                        u"Rename"_s);
    QVERIFY(refused.result == PgStore::Result::Failed);
    QVERIFY2(refused.message.contains(u"Role “viewer” may not do this on plan “Live”"_s),
             qPrintable(refused.message));
}

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
