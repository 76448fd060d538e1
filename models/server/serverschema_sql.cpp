// ServerSchema: the SQL texts of the server schema, generated from the plan tables' spec
// (storage/schema.h), and its numbered migrations. Setting a server up: serverschema.cpp.
#include "server/serverschema.h"
#include "server/serverschema_p.h"

#include "io/plandata.h"
#include "storage/rowcheck.h"

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

QString quoted(QLatin1StringView identifier)
{
    return u'"' + QString(identifier) + u'"';
}

// References that may be empty (as in the file's schema); every other reference is required.
bool isOptionalReference(Table table, int column)
{
    switch (table) {
    case Table::Story:
        return column == StoryCol::ReleaseId || column == StoryCol::PersonaId
            || column == StoryCol::FeedbackId;
    case Table::Increment:
        return column == IncrementCol::ReleaseId;
    case Table::Feedback:
        return column == FeedbackCol::IncrementId || column == FeedbackCol::StoryId;
    case Table::VoteDot:
        return column == VoteDotCol::StoryId || column == VoteDotCol::NoteId;
    default:
        return false;
    }
}

bool isNotNull(Table table, int column)
{
    if (referencedTable(table, column))
        return !isOptionalReference(table, column);
    return column == 0 || !isNullableColumn(table, column);
}

QString sqlType(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
        return u"bigint"_s;
    case ColumnType::Real:
        return u"double precision"_s;
    case ColumnType::Text:
        return u"text"_s;
    }
    return u"text"_s;
}

// The checks of the file's schema that keep a plan meaningful, plus finite, bounded numbers
// (PostgreSQL would take NaN and infinity, which no edit writes).
QStringList tableChecks(Table table)
{
    QStringList checks;
    const TableSpec &spec = tableSpec(table);
    for (int c = 1; c < spec.columns.size(); ++c) {
        if (spec.columns[c].type == ColumnType::Real)
            checks << u"CHECK (%1 BETWEEN -%2 AND %2)"_s.arg(quoted(spec.columns[c].name))
                          .arg(MaxNumber, 0, 'g', 17);
    }
    switch (table) {
    case Table::Product:
        checks << u"CHECK (id = 1)"_s;
        break;
    case Table::VisionNote:
        checks << u"CHECK (area BETWEEN 0 AND 6)"_s;
        break;
    case Table::Release:
        checks << u"CHECK (status BETWEEN 0 AND 2)"_s;
        break;
    case Table::Story:
        checks << u"CHECK (status BETWEEN 0 AND 3)"_s;
        break;
    case Table::Goal:
        checks << u"CHECK (direction IN (0, 1))"_s;
        break;
    case Table::Feedback:
        checks << u"CHECK (increment_id IS NOT NULL OR story_id IS NOT NULL)"_s;
        break;
    case Table::Vote:
        checks << u"CHECK (dots_per_participant > 0)"_s << u"CHECK (subject IN (0, 1))"_s;
        break;
    case Table::StoryTag:
        checks << u"UNIQUE (plan_id, story_id, tag_id)"_s;
        break;
    case Table::IncrementStory:
        checks << u"UNIQUE (plan_id, increment_id, story_id)"_s;
        break;
    case Table::StoryGoal:
        checks << u"UNIQUE (plan_id, story_id, goal_id)"_s;
        break;
    case Table::ReleaseGoal:
        checks << u"UNIQUE (plan_id, release_id, goal_id)"_s;
        break;
    default:
        break;
    }
    return checks;
}

QString columnDefinition(Table table, int c)
{
    const Column &column = tableSpec(table).columns[c];
    return u"%1 %2%3"_s.arg(quoted(column.name), sqlType(column.type),
                            isNotNull(table, c) ? u" NOT NULL"_s : QString());
}

// The table as server migration 1 made it: the columns of file schema 3 (later columns come
// with later migrations, so that an upgraded server and a new one are the same).
QStringList planTableStatements(Table table)
{
    const TableSpec &spec = tableSpec(table);
    const QString name = ServerSchema::tableName(table);
    const int upTo = ServerSchema::fileSchemaVersion(1);
    QStringList parts = { u"plan_id bigint NOT NULL REFERENCES valuemap.plan(id)"_s };
    for (int c = 0; c < spec.columns.size(); ++c) {
        if (spec.columns[c].since <= upTo)
            parts << columnDefinition(table, c);
    }
    parts << u"PRIMARY KEY (plan_id, id)"_s;
    parts << tableChecks(table);
    QStringList statements = { u"CREATE TABLE %1 (\n    %2)"_s.arg(name, parts.join(u",\n    "_s)) };
    if (spec.parentColumn > 0)
        statements << u"CREATE INDEX ON %1 (plan_id, %2)"_s.arg(
                name, quoted(spec.columns[spec.parentColumn].name));
    if (table == Table::Tag)
        statements << u"CREATE UNIQUE INDEX ON %1 (plan_id, lower(name))"_s.arg(name);
    // Row-level security: read by members, written by editors and owners. An update by a viewer
    // sees the rows but fails the check, so it is refused with an error rather than ignored.
    const QString tbl = QString(spec.name);
    statements << u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(name)
               << u"CREATE POLICY %1_read ON %2 FOR SELECT USING "
                  "(plan_id IN (SELECT valuemap.readable_plans()))"_s.arg(tbl, name)
               << u"CREATE POLICY %1_insert ON %2 FOR INSERT WITH CHECK "
                  "(plan_id IN (SELECT valuemap.writable_plans()))"_s.arg(tbl, name)
               << u"CREATE POLICY %1_update ON %2 FOR UPDATE USING "
                  "(plan_id IN (SELECT valuemap.readable_plans())) WITH CHECK "
                  "(plan_id IN (SELECT valuemap.writable_plans()))"_s.arg(tbl, name)
               << u"CREATE POLICY %1_delete ON %2 FOR DELETE USING "
                  "(plan_id IN (SELECT valuemap.writable_plans()))"_s.arg(tbl, name)
               << u"GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO PUBLIC"_s.arg(name);
    return statements;
}

// Links between plan tables, added once every table exists; checked at commit, as in the file.
// Only those of the columns that file schema versions after `after` up to `upTo` added.
QStringList referenceStatements(Table table, int after, int upTo)
{
    QStringList statements;
    const TableSpec &spec = tableSpec(table);
    for (int c = 1; c < spec.columns.size(); ++c) {
        const auto target = referencedTable(table, c);
        if (!target || spec.columns[c].since <= after || spec.columns[c].since > upTo)
            continue;
        const QString column = quoted(spec.columns[c].name);
        statements << u"ALTER TABLE %1 ADD FOREIGN KEY (plan_id, %2) REFERENCES %3 (plan_id, id) "
                      "DEFERRABLE INITIALLY DEFERRED"_s.arg(ServerSchema::tableName(table), column,
                                                            ServerSchema::tableName(*target))
                   << u"CREATE INDEX ON %1 (plan_id, %2)"_s.arg(ServerSchema::tableName(table),
                                                               column);
    }
    return statements;
}

// The plans, who may do what with them, and their history.
QStringList planStatements()
{
    // The membership functions run as the schema's owner (SECURITY DEFINER, fixed search_path)
    // so that policies can read plan_member without recursing into its own policies. A member
    // may be a group role: every role in it gets the level.
    const QString membersOf = uR"(
        SELECT DISTINCT m.plan_id FROM valuemap.plan_member m
        JOIN pg_catalog.pg_roles r ON r.rolname = m.role
        WHERE pg_catalog.pg_has_role(session_user, r.oid, 'MEMBER'))"_s;
    const QString definer = u"LANGUAGE sql STABLE SECURITY DEFINER "
                            "SET search_path = pg_catalog, pg_temp"_s;
    return {
        u"CREATE SCHEMA valuemap"_s,
        u"GRANT USAGE ON SCHEMA valuemap TO PUBLIC"_s,
        u"CREATE TABLE valuemap.valuemap_schema (version integer NOT NULL)"_s,
        u"GRANT SELECT ON valuemap.valuemap_schema TO PUBLIC"_s,
        uR"(CREATE TABLE valuemap.plan (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
            created_at timestamptz NOT NULL DEFAULT now(),
            created_by text NOT NULL DEFAULT session_user,
            revision bigint NOT NULL DEFAULT 0))"_s,
        uR"(CREATE TABLE valuemap.plan_member (
            plan_id bigint NOT NULL REFERENCES valuemap.plan(id),
            role text NOT NULL,
            level text NOT NULL CHECK (level IN ('viewer', 'editor', 'owner')),
            PRIMARY KEY (plan_id, role)))"_s,
        uR"(CREATE TABLE valuemap.change_log (
            plan_id bigint NOT NULL REFERENCES valuemap.plan(id),
            revision bigint NOT NULL,
            author text NOT NULL,
            at timestamptz NOT NULL,
            undo_text text NOT NULL,
            changes jsonb NOT NULL,
            PRIMARY KEY (plan_id, revision)))"_s,
        u"CREATE FUNCTION valuemap.readable_plans() RETURNS SETOF bigint %1 AS $$%2$$"_s.arg(
                definer, membersOf),
        u"CREATE FUNCTION valuemap.writable_plans() RETURNS SETOF bigint %1 AS $$%2 "
        "AND m.level IN ('editor', 'owner')$$"_s.arg(definer, membersOf),
        u"CREATE FUNCTION valuemap.owned_plans() RETURNS SETOF bigint %1 AS $$%2 "
        "AND m.level = 'owner'$$"_s.arg(definer, membersOf),
        uR"(CREATE FUNCTION valuemap.plan_level(p bigint) RETURNS text
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            SELECT CASE max(CASE m.level WHEN 'owner' THEN 3 WHEN 'editor' THEN 2 ELSE 1 END)
                WHEN 3 THEN 'owner' WHEN 2 THEN 'editor' WHEN 1 THEN 'viewer' END
            FROM valuemap.plan_member m JOIN pg_catalog.pg_roles r ON r.rolname = m.role
            WHERE m.plan_id = p AND pg_catalog.pg_has_role(session_user, r.oid, 'MEMBER')$$)"_s,
        // A new plan and its first owner (the calling role) in one step.
        uR"(CREATE FUNCTION valuemap.create_plan(plan_name text) RETURNS bigint
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            DECLARE new_id bigint;
            BEGIN
                INSERT INTO valuemap.plan (name, created_by) VALUES (plan_name, session_user)
                    RETURNING id INTO new_id;
                INSERT INTO valuemap.plan_member (plan_id, role, level)
                    VALUES (new_id, session_user, 'owner');
                RETURN new_id;
            END $$)"_s,
        // Every log entry gets the plan's next revision (the update of the plan row also
        // serializes the commits of one plan), the real author and time; then a notification
        // with only the plan and the revision, delivered at commit.
        uR"(CREATE FUNCTION valuemap.stamp_change() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            BEGIN
                UPDATE valuemap.plan SET revision = revision + 1 WHERE id = NEW.plan_id
                    RETURNING revision INTO NEW.revision;
                IF NOT FOUND THEN
                    RAISE EXCEPTION 'no such plan' USING ERRCODE = '23503';
                END IF;
                NEW.author := session_user;
                NEW.at := now();
                PERFORM pg_notify('valuemap', NEW.plan_id || ' ' || NEW.revision);
                RETURN NEW;
            END $$)"_s,
        u"CREATE TRIGGER stamp BEFORE INSERT ON valuemap.change_log "
        "FOR EACH ROW EXECUTE FUNCTION valuemap.stamp_change()"_s,
        uR"(CREATE FUNCTION valuemap.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'the change log is append-only' USING ERRCODE = 'VM002';
            END $$)"_s,
        u"CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON valuemap.change_log "
        "FOR EACH ROW EXECUTE FUNCTION valuemap.refuse_change()"_s,
        u"CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON valuemap.change_log "
        "FOR EACH STATEMENT EXECUTE FUNCTION valuemap.refuse_change()"_s,
        // A plan keeps at least one owner (checked at commit, so owners can be swapped).
        uR"(CREATE FUNCTION valuemap.keep_owner() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM valuemap.plan_member
                               WHERE plan_id = OLD.plan_id AND level = 'owner') THEN
                    RAISE EXCEPTION 'a plan needs an owner' USING ERRCODE = 'VM001';
                END IF;
                RETURN NULL;
            END $$)"_s,
        u"CREATE CONSTRAINT TRIGGER keep_owner AFTER UPDATE OR DELETE ON valuemap.plan_member "
        "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION valuemap.keep_owner()"_s,
        u"ALTER TABLE valuemap.plan ENABLE ROW LEVEL SECURITY"_s,
        u"CREATE POLICY plan_read ON valuemap.plan FOR SELECT USING "
        "(id IN (SELECT valuemap.readable_plans()))"_s,
        u"CREATE POLICY plan_rename ON valuemap.plan FOR UPDATE USING "
        "(id IN (SELECT valuemap.readable_plans())) WITH CHECK "
        "(id IN (SELECT valuemap.owned_plans()))"_s,
        u"GRANT SELECT ON valuemap.plan TO PUBLIC"_s,
        u"GRANT UPDATE (name) ON valuemap.plan TO PUBLIC"_s,
        u"ALTER TABLE valuemap.plan_member ENABLE ROW LEVEL SECURITY"_s,
        u"CREATE POLICY member_read ON valuemap.plan_member FOR SELECT USING "
        "(plan_id IN (SELECT valuemap.readable_plans()))"_s,
        u"CREATE POLICY member_add ON valuemap.plan_member FOR INSERT WITH CHECK "
        "(plan_id IN (SELECT valuemap.owned_plans()))"_s,
        u"CREATE POLICY member_change ON valuemap.plan_member FOR UPDATE USING "
        "(plan_id IN (SELECT valuemap.readable_plans())) WITH CHECK "
        "(plan_id IN (SELECT valuemap.owned_plans()))"_s,
        u"CREATE POLICY member_remove ON valuemap.plan_member FOR DELETE USING "
        "(plan_id IN (SELECT valuemap.owned_plans()))"_s,
        u"GRANT SELECT, INSERT, UPDATE, DELETE ON valuemap.plan_member TO PUBLIC"_s,
        u"ALTER TABLE valuemap.change_log ENABLE ROW LEVEL SECURITY"_s,
        u"CREATE POLICY log_read ON valuemap.change_log FOR SELECT USING "
        "(plan_id IN (SELECT valuemap.readable_plans()))"_s,
        u"CREATE POLICY log_append ON valuemap.change_log FOR INSERT WITH CHECK "
        "(plan_id IN (SELECT valuemap.writable_plans()))"_s,
        u"GRANT SELECT, INSERT ON valuemap.change_log TO PUBLIC"_s,
    };
}

// The plan columns that a file schema version added, with their links: a migration of the
// server that follows the file's (the columns are optional, so existing rows get null).
QStringList addedColumnStatements(int fileVersion)
{
    QStringList statements;
    for (int t = 0; t < TableCount; ++t) {
        const Table table = static_cast<Table>(t);
        const TableSpec &spec = tableSpec(table);
        for (int c = 1; c < spec.columns.size(); ++c) {
            if (spec.columns[c].since == fileVersion)
                statements << u"ALTER TABLE %1 ADD COLUMN %2"_s.arg(ServerSchema::tableName(table),
                                                                    columnDefinition(table, c));
        }
    }
    for (int t = 0; t < TableCount; ++t)
        statements << referenceStatements(static_cast<Table>(t), fileVersion - 1, fileVersion);
    return statements;
}

} // namespace

QString ServerSchema::tableName(Table table)
{
    return u"valuemap."_s + quoted(tableSpec(table).name);
}

QString ServerSchema::columnList(Table table)
{
    QStringList names;
    for (const Column &column : tableSpec(table).columns)
        names << quoted(column.name);
    return names.join(u", "_s);
}

QStringList ServerSchema::createStatements()
{
    QStringList statements = planStatements();
    for (int t = 0; t < TableCount; ++t)
        statements << planTableStatements(static_cast<Table>(t));
    for (int t = 0; t < TableCount; ++t)
        statements << referenceStatements(static_cast<Table>(t), 0, fileSchemaVersion(1));
    return statements;
}

int ServerSchema::fileSchemaVersion(int serverVersion)
{
    return serverVersion + 2;
}

namespace ServerSchemaDetail {

const QList<ServerMigration> &serverMigrations()
{
    // 2: story.feedback_id, the customer feedback a story was made from (file schema 4).
    // Server versions 1 and 2 follow file schemas 3 and 4 (fileSchemaVersion); 3 and 4 add none.
    static const QList<ServerMigration> all = {
        { 1, ServerSchema::createStatements() },
        { 2, addedColumnStatements(ServerSchema::fileSchemaVersion(2)) },
        // 3: each plan notifies on a channel of its own ("valuemap_<plan id>", payload the
        // revision), so that a client hears nothing of plans it may not see.
        { 3, { uR"(CREATE OR REPLACE FUNCTION valuemap.stamp_change() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            BEGIN
                UPDATE valuemap.plan SET revision = revision + 1 WHERE id = NEW.plan_id
                    RETURNING revision INTO NEW.revision;
                IF NOT FOUND THEN
                    RAISE EXCEPTION 'no such plan' USING ERRCODE = '23503';
                END IF;
                NEW.author := session_user;
                NEW.at := now();
                PERFORM pg_notify('valuemap_' || NEW.plan_id, NEW.revision::text);
                RETURN NEW;
            END $$)"_s } },
        // 4: what a file's schema keeps unique, a plan on the server does too: a pipeline's
        // event id (two runs of one job at once record it once) and a story's number (a key
        // names one story).
        { 4, { u"CREATE UNIQUE INDEX record_event_by_event_id ON valuemap.record_event (plan_id, event_id)"_s,
               u"CREATE UNIQUE INDEX story_by_key ON valuemap.story (plan_id, key_number)"_s } },
    };
    return all;
}

} // namespace ServerSchemaDetail

} // namespace Valuemap
