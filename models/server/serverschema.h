#pragma once

#include "storage/schema.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Valuemap {

class ServerConnection;

// The version of the Valuemap schema on a server that this build creates and reads.
inline constexpr int CurrentServerSchemaVersion = 4;

// The Valuemap schema on a PostgreSQL server, all in the schema (namespace) "valuemap":
// - the plan tables of storage/schema.h, generated from the same tableSpec() so that one spec
//   serves the file and the server, each keyed by (plan_id, id) with the file's checks;
// - plan (id, unique name, created_at, the latest revision), plan_member (plan, role name,
//   viewer|editor|owner), change_log (plan, revision, author = session_user, at = now(), the
//   undo text and the row changes as jsonb; append-only), valuemap_schema (the version);
// - row-level security: a role sees only the plans it is a member of (directly or through a
//   group role), editors and owners write, owners manage members. The server enforces it, so
//   raw SQL by a viewer is refused too. Plans are made by valuemap.create_plan(name), which
//   makes the calling role the owner.
class ServerSchema final
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::ServerSchema)

public:
    // The schema version on the server: 0 when there is none, -1 (with *error) when it cannot be
    // read or a "valuemap" schema is there that Valuemap did not make.
    static int version(ServerConnection &c, QString *error);
    // Creates the schema or upgrades it, each numbered migration in one transaction (a second
    // init at the same time waits for the first). Refused on a newer schema. *notes says what
    // was done ("created", "upgraded from 1 to 2", "already current").
    static bool init(ServerConnection &c, QString *error, QString *notes = nullptr);
    // Whether the server has the current schema; otherwise *error says what to do.
    static bool check(ServerConnection &c, QString *error);

    // "valuemap.story": a plan table's qualified, quoted name.
    static QString tableName(Table table);
    // The quoted column list of a plan table, without plan_id: "id", "title", …
    static QString columnList(Table table);
    // The statements of migration 1 (for tests and the README).
    static QStringList createStatements();
    // The file schema version whose plan columns a server schema version holds (1: 3, 2: 4).
    static int fileSchemaVersion(int serverVersion);

private:
    // What version 4's unique indexes would refuse, in words ("plan “x” holds event “e” 2
    // times"); empty when nothing (or when reading failed: then *error says why).
    static QString repeatsForVersion4(ServerConnection &c, QString *error);
};

} // namespace Valuemap
