// The Valuemap schema on the team server (issue 15), against the real PostgreSQL 15 that the
// suite starts (the CTest fixture of tests/server/pgserver.sh): server init sets it up once and
// again changes nothing, upgrades a server of the first schema to what a new one gets, refuses a
// newer schema, and a database without one is named with what to do.
#include "servertest.h"
#include "testsupport.h"

#include "server/serverschema.h"
#include "server/serverschema_p.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Valuemap;
using namespace ServerTest;

class TestServerSchema : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initIsIdempotent();
    void initRefusesNewerSchema();
    void initUpgradesVersion1();
    void upgradeNamesRepeatsItCannotKeep();
    void serverWithoutSchema();
};

void TestServerSchema::initTestCase()
{
    Test::useFixedLocale();
    SERVERTEST_REQUIRE_SERVER();
    const Run init = valuemap({ u"server"_s, u"init"_s, u"--server"_s, conn(u"vmadmin"_s) });
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
}

void TestServerSchema::initIsIdempotent()
{
    const Run again = valuemap({ u"server"_s, u"init"_s, u"--server"_s, conn(u"vmadmin"_s) });
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(u"already current (version 4)"_s), qPrintable(again.out));
    RawConnection admin(u"vmadmin"_s);
    QVERIFY(admin.isOpen());
    QVariant rows;
    QVERIFY(!admin.run(u"SELECT count(*) FROM valuemap.valuemap_schema"_s, {}, &rows).isValid());
    QCOMPARE(rows.toInt(), 1);
}

void TestServerSchema::initRefusesNewerSchema()
{
    const QString newer = conn(u"vmadmin"_s, u"vm_newer"_s);
    QCOMPARE(valuemap({ u"server"_s, u"init"_s, u"--server"_s, newer }).exitCode, 0);
    {
        RawConnection admin(u"vmadmin"_s, u"vm_newer"_s);
        QVERIFY(admin.isOpen());
        QVERIFY(!admin.run(u"UPDATE valuemap.valuemap_schema SET version = ?"_s, { 99 }).isValid());
    }
    for (const QString &command : { u"init"_s, u"list"_s }) {
        const Run run = valuemap({ u"server"_s, command, u"--server"_s, newer });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"version 99, made by a newer Valuemap"_s), qPrintable(run.err));
        expectNoSqlText(run.err);
    }
}

// A server made by the first team-server release (schema 1) is upgraded by server init to the
// schema a new server gets: story.feedback_id with its link to the plan's feedback.
void TestServerSchema::initUpgradesVersion1()
{
    const QString old = conn(u"vmadmin"_s, u"vm_old"_s);
    const auto columns = [](const QString &database) {
        QStringList found;
        RawConnection admin(u"vmadmin"_s, database);
        QSqlQuery q(admin.database());
        q.exec(u"SELECT column_name || ' ' || data_type || ' ' || is_nullable "
               "FROM information_schema.columns WHERE table_schema = 'valuemap' "
               "AND table_name = 'story' ORDER BY ordinal_position"_s);
        while (q.next())
            found << q.value(0).toString();
        q.exec(u"SELECT pg_get_constraintdef(oid) FROM pg_constraint "
               "WHERE conrelid = 'valuemap.story'::regclass ORDER BY 1"_s);
        while (q.next())
            found << q.value(0).toString();
        return found;
    };
    {
        RawConnection admin(u"vmadmin"_s, u"vm_old"_s);
        QSqlDatabase db = admin.database();
        QVERIFY(admin.isOpen() && db.transaction());
        QSqlQuery q(db);
        for (const QString &statement : ServerSchema::createStatements())
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"INSERT INTO valuemap.valuemap_schema (version) VALUES (1)"_s));
        QVERIFY(db.commit());
    }
    QVERIFY(!columns(u"vm_old"_s).join(u'\n').contains(u"feedback_id"_s));
    // A version-1 server is refused by this build until it is upgraded.
    const Run list = valuemap({ u"server"_s, u"list"_s, u"--server"_s, old });
    QCOMPARE(list.exitCode, 2);
    QVERIFY2(list.err.contains(u"older Valuemap schema (version 1)"_s), qPrintable(list.err));
    const Run init = valuemap({ u"server"_s, u"init"_s, u"--server"_s, old });
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    QVERIFY2(init.out.contains(u"from version 1 to 4"_s), qPrintable(init.out));
    const QStringList upgraded = columns(u"vm_old"_s);
    QVERIFY2(upgraded.contains(u"feedback_id bigint YES"_s), qPrintable(upgraded.join(u'\n')));
    QVERIFY2(upgraded.contains(u"FOREIGN KEY (plan_id, feedback_id) REFERENCES valuemap.feedback(plan_id, id) DEFERRABLE INITIALLY DEFERRED"_s),
             qPrintable(upgraded.join(u'\n')));
    // The same columns and constraints as a server made new.
    QCOMPARE(upgraded, columns(u"vm"_s));
    const Run again = valuemap({ u"server"_s, u"init"_s, u"--server"_s, old });
    QVERIFY2(again.out.contains(u"already current (version 4)"_s), qPrintable(again.out));
}

void TestServerSchema::serverWithoutSchema()
{
    const Run run = valuemap({ u"server"_s, u"list"_s, u"--server"_s,
                               conn(u"alice"_s, u"vm_empty"_s) });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"has no Valuemap schema yet"_s), qPrintable(run.err));
    QVERIFY(run.err.contains(u"database “vm_empty”"_s));
    QVERIFY(run.err.contains(u"valuemap server init"_s));
    // Only a role that may create schemas there sets it up; nothing is left half made.
    const Run init = valuemap({ u"server"_s, u"init"_s, u"--server"_s,
                                conn(u"alice"_s, u"vm_empty"_s) });
    QCOMPARE(init.exitCode, 2);
    QVERIFY2(init.err.contains(u"Role “alice” may not create the Valuemap schema"_s),
             qPrintable(init.err));
    expectNoSqlText(init.err);
    QVERIFY(valuemap({ u"server"_s, u"list"_s, u"--server"_s, conn(u"alice"_s, u"vm_empty"_s) })
                    .err.contains(u"has no Valuemap schema yet"_s));
}

// Version 4 keeps each plan's event ids and story numbers unique. A version-3 server whose data
// repeats an event id (written by hand, or by two pipelines at once before) is not upgraded
// with PostgreSQL's words: init names the plan and the event, changes nothing, and goes
// through once the repeat is gone.
void TestServerSchema::upgradeNamesRepeatsItCannotKeep()
{
    const QString old = conn(u"vmadmin"_s, u"vm_old"_s);
    {
        RawConnection admin(u"vmadmin"_s, u"vm_old"_s);
        QSqlDatabase db = admin.database();
        QVERIFY(admin.isOpen() && db.transaction());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"DROP SCHEMA IF EXISTS valuemap CASCADE"_s));
        for (const ServerSchemaDetail::ServerMigration &m : ServerSchemaDetail::serverMigrations()) {
            if (m.toVersion > 3)
                continue;
            for (const QString &statement : m.statements)
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec(u"INSERT INTO valuemap.valuemap_schema (version) VALUES (3)"_s));
        QVERIFY(q.exec(u"SELECT valuemap.create_plan('Repeats')"_s) && q.next());
        const qint64 plan = q.value(0).toLongLong();
        for (int id = 1; id <= 2; ++id) {
            q.prepare(u"INSERT INTO valuemap.record_event (plan_id, id, event_id, kind, digest, "
                      "target_table, row_id, source, recorded_at) VALUES (?, ?, 'job-1', 1, 'd', 10, ?, "
                      "'pipeline', '2026-03-01T10:00:00.000Z')"_s);
            q.addBindValue(plan);
            q.addBindValue(id);
            q.addBindValue(id);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(db.commit());
    }
    const Run refused = valuemap({ u"server"_s, u"init"_s, u"--server"_s, old });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"plan “Repeats” holds event “job-1” 2 times"_s), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"Nothing was changed"_s), qPrintable(refused.err));
    expectNoSqlText(refused.err);
    QVERIFY(valuemap({ u"server"_s, u"list"_s, u"--server"_s, old }).err.contains(u"older Valuemap schema (version 3)"_s));
    QVERIFY(!RawConnection(u"vmadmin"_s, u"vm_old"_s)
                     .run(u"DELETE FROM valuemap.record_event WHERE id = 2"_s, {})
                     .isValid());
    const Run upgraded = valuemap({ u"server"_s, u"init"_s, u"--server"_s, old });
    QVERIFY2(upgraded.exitCode == 0 && upgraded.out.contains(u"from version 3 to 4"_s), qPrintable(upgraded.err));
}

QTEST_GUILESS_MAIN(TestServerSchema)
#include "tst_serverschema.moc"
