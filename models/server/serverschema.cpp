// ServerSchema: setting a server up (the version it holds, init through the numbered
// migrations, the check before use). The SQL texts: serverschema_sql.cpp.
#include "server/serverschema.h"
#include "server/serverschema_p.h"

#include "domain/text.h"
#include "server/serverconnection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Valuemap {

using ServerSchemaDetail::ServerMigration;
using ServerSchemaDetail::serverMigrations;

int ServerSchema::version(ServerConnection &c, QString *error)
{
    auto found = c.run(u"SELECT to_regnamespace(?) IS NOT NULL, to_regclass(?) IS NOT NULL"_s,
                             { u"valuemap"_s, u"valuemap.valuemap_schema"_s }, error);
    if (!found || !found->next())
        return -1;
    if (!found->value(0).toBool())
        return 0;
    if (!found->value(1).toBool()) {
        *error = tr("%1 has a schema named “valuemap” that Valuemap did not make. Valuemap "
                    "leaves it alone: use another database, or ask the administrator to rename "
                    "that schema.")
                     .arg(c.serverName());
        return -1;
    }
    auto row = c.run(u"SELECT max(version) FROM valuemap.valuemap_schema"_s, {}, error);
    if (!row || !row->next())
        return -1;
    return row->value(0).toInt();
}

bool ServerSchema::check(ServerConnection &c, QString *error)
{
    const int found = version(c, error);
    if (found < 0)
        return false;
    if (found == 0) {
        *error = tr("%1 has no Valuemap schema yet. Create it once with: valuemap server init "
                    "--server CONN (as the database's owner).")
                     .arg(c.serverName());
        return false;
    }
    if (found > CurrentServerSchemaVersion) {
        *error = tr("%1 holds Valuemap schema version %2, made by a newer Valuemap; this one "
                    "reads up to version %3. Update Valuemap on this computer.")
                     .arg(c.serverName())
                     .arg(found)
                     .arg(CurrentServerSchemaVersion);
        return false;
    }
    if (found < CurrentServerSchemaVersion) {
        *error = tr("%1 holds an older Valuemap schema (version %2). Ask its administrator to "
                    "upgrade it with: valuemap server init --server CONN")
                     .arg(c.serverName())
                     .arg(found);
        return false;
    }
    return true;
}

QString ServerSchema::repeatsForVersion4(ServerConnection &c, QString *error)
{
    QStringList found;
    auto events = c.run(u"SELECT p.name, e.event_id, count(*) FROM valuemap.record_event e "
                        "JOIN valuemap.plan p ON p.id = e.plan_id GROUP BY p.name, e.event_id "
                        "HAVING count(*) > 1 ORDER BY 1, 2 LIMIT 5"_s,
                        {}, error);
    if (!events)
        return {};
    while (events->next())
        found << tr("plan “%1” holds event “%2” %3 times")
                         .arg(inertLine(events->value(0).toString()), inertLine(events->value(1).toString()))
                         .arg(events->value(2).toLongLong());
    events.reset();
    auto keys = c.run(u"SELECT p.name, s.key_number, count(*) FROM valuemap.story s "
                      "JOIN valuemap.plan p ON p.id = s.plan_id WHERE s.key_number IS NOT NULL "
                      "GROUP BY p.name, s.key_number HAVING count(*) > 1 ORDER BY 1, 2 LIMIT 5"_s,
                      {}, error);
    if (!keys)
        return {};
    while (keys->next())
        found << tr("plan “%1” holds story number %2 %3 times")
                         .arg(inertLine(keys->value(0).toString()))
                         .arg(keys->value(1).toLongLong())
                         .arg(keys->value(2).toLongLong());
    return found.join(u"; "_s);
}

bool ServerSchema::init(ServerConnection &c, QString *error, QString *notes)
{
    const int before = version(c, error);
    if (before < 0)
        return false;
    if (before > CurrentServerSchemaVersion) {
        *error = tr("%1 holds Valuemap schema version %2, made by a newer Valuemap; this one "
                    "knows up to version %3 and leaves it untouched. Update Valuemap.")
                     .arg(c.serverName())
                     .arg(before)
                     .arg(CurrentServerSchemaVersion);
        return false;
    }
    int now = before;
    for (const ServerMigration &m : serverMigrations()) {
        if (m.toVersion <= now)
            continue;
        if (!c.begin(error))
            return false;
        // One init at a time: a second one waits here, then finds the work done.
        QString step;
        bool ok = c.run(u"SELECT pg_advisory_xact_lock(?)"_s, { qint64(0x564D4150) }, &step)
                      .has_value();
        const int current = ok ? version(c, &step) : -1;
        ok = ok && current >= 0;
        if (ok && current < m.toVersion && m.toVersion == 4) {
            // Version 4 makes event ids and story numbers unique per plan: data that repeats
            // them (written by hand, or by two pipelines at once before) is named, not met with
            // PostgreSQL's own words.
            const QString repeats = repeatsForVersion4(c, &step);
            if (!repeats.isEmpty() || !step.isEmpty()) {
                c.rollback();
                *error = !repeats.isEmpty()
                    ? tr("%1 cannot be brought to Valuemap schema version 4, which keeps each "
                         "plan's pipeline event ids and story numbers unique: %2. Remove the "
                         "repeated records (keep one of each) and give the repeated stories "
                         "numbers of their own (as the database's owner, e.g. in psql), then run "
                         "valuemap server init again. Nothing was changed.")
                              .arg(c.serverName(), repeats)
                    : step;
                return false;
            }
        }
        if (ok && current < m.toVersion) {
            for (const QString &statement : m.statements) {
                if (!c.runPlain(statement, &step)) {
                    ok = false;
                    break;
                }
            }
            ok = ok
                && c.run(m.toVersion == 1
                                 ? u"INSERT INTO valuemap.valuemap_schema (version) VALUES (?)"_s
                                 : u"UPDATE valuemap.valuemap_schema SET version = ?"_s,
                         { m.toVersion }, &step)
                       .has_value();
        }
        if (!ok && c.lastErrorCode() == "42501"_L1) {
            c.rollback();
            *error = tr("Role “%1” may not create the Valuemap schema in %2. Run valuemap server "
                        "init as the database's owner (or a role with CREATE on it). Nothing was "
                        "changed.")
                         .arg(c.role(), c.serverName());
            return false;
        }
        if (!ok) {
            c.rollback();
            *error = tr("Could not set up the Valuemap schema (version %1) in %2: %3 Nothing "
                        "was changed.")
                         .arg(m.toVersion)
                         .arg(c.serverName(), step);
            return false;
        }
        if (!c.commit(error))
            return false;
        now = m.toVersion;
    }
    if (notes) {
        if (before == now)
            *notes = tr("The Valuemap schema on %1 is already current (version %2).")
                         .arg(c.serverName())
                         .arg(now);
        else if (before == 0)
            *notes = tr("Created the Valuemap schema (version %1) on %2.").arg(now).arg(
                    c.serverName());
        else
            *notes = tr("Upgraded the Valuemap schema on %1 from version %2 to %3.")
                         .arg(c.serverName())
                         .arg(before)
                         .arg(now);
    }
    return true;
}

} // namespace Valuemap
