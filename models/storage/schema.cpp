#include "storage/schema.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

constexpr ColumnType I = ColumnType::Integer;
constexpr ColumnType R = ColumnType::Real;
constexpr ColumnType T = ColumnType::Text;

std::array<TableSpec, TableCount> makeSpecs()
{
    return { {
            { "product"_L1,
              { { "id"_L1, I },
                { "name"_L1, T },
                { "owner"_L1, T },
                { "version"_L1, T },
                { "vision_date"_L1, T },
                { "client"_L1, T },
                { "language"_L1, T },
                { "created_at"_L1, T },
                { "updated_at"_L1, T },
                { "key_prefix"_L1, T, 3 },
                { "next_key"_L1, I, 3 } } },
            { "vision_note"_L1,
              { { "id"_L1, I }, { "area"_L1, I }, { "text"_L1, T }, { "color"_L1, T }, { "rank"_L1, I } },
              VisionNoteCol::Area,
              VisionNoteCol::Rank },
            { "persona"_L1,
              { { "id"_L1, I },
                { "name"_L1, T },
                { "description"_L1, T },
                { "color"_L1, T },
                { "rank"_L1, I } },
              -1,
              PersonaCol::Rank },
            { "activity"_L1,
              { { "id"_L1, I },
                { "title"_L1, T },
                { "description"_L1, T },
                { "color"_L1, T },
                { "rank"_L1, I } },
              -1,
              ActivityCol::Rank },
            { "step"_L1,
              { { "id"_L1, I },
                { "activity_id"_L1, I },
                { "title"_L1, T },
                { "description"_L1, T },
                { "rank"_L1, I } },
              StepCol::ActivityId,
              StepCol::Rank },
            { "release"_L1,
              { { "id"_L1, I },
                { "name"_L1, T },
                { "outcome"_L1, T },
                { "target_date"_L1, T },
                { "status"_L1, I },
                { "capacity"_L1, R },
                { "rank"_L1, I } },
              -1,
              ReleaseCol::Rank },
            { "story"_L1,
              { { "id"_L1, I },
                { "step_id"_L1, I },
                { "release_id"_L1, I },
                { "rank"_L1, I },
                { "title"_L1, T },
                { "description"_L1, T },
                { "acceptance_criteria"_L1, T },
                { "estimate"_L1, R },
                { "business_value"_L1, I },
                { "status"_L1, I },
                { "persona_id"_L1, I },
                { "color"_L1, T },
                { "created_at"_L1, T },
                { "updated_at"_L1, T },
                { "done_at"_L1, T },
                { "key_number"_L1, I, 3 },
                { "feedback_id"_L1, I, 4 } },
              StoryCol::StepId,
              StoryCol::Rank },
            { "tag"_L1, { { "id"_L1, I }, { "name"_L1, T }, { "color"_L1, T } }, -1, TagCol::Name },
            { "story_tag"_L1,
              { { "id"_L1, I }, { "story_id"_L1, I }, { "tag_id"_L1, I } },
              StoryTagCol::StoryId },
            { "goal"_L1,
              { { "id"_L1, I },
                { "name"_L1, T },
                { "description"_L1, T },
                { "metric"_L1, T },
                { "unit"_L1, T },
                { "baseline"_L1, R },
                { "target"_L1, R },
                { "target_date"_L1, T },
                { "direction"_L1, I },
                { "rank"_L1, I } },
              -1,
              GoalCol::Rank },
            { "measurement"_L1,
              { { "id"_L1, I },
                { "goal_id"_L1, I },
                { "date"_L1, T },
                { "value"_L1, R },
                { "note"_L1, T } },
              MeasurementCol::GoalId,
              MeasurementCol::Date },
            { "increment"_L1,
              { { "id"_L1, I },
                { "release_id"_L1, I },
                { "date"_L1, T },
                { "note"_L1, T },
                { "version"_L1, T, 3 },
                { "commit_sha"_L1, T, 3 },
                { "environment"_L1, T, 3 } },
              -1,
              IncrementCol::Date },
            { "increment_story"_L1,
              { { "id"_L1, I }, { "increment_id"_L1, I }, { "story_id"_L1, I } },
              IncrementStoryCol::IncrementId },
            { "feedback"_L1,
              { { "id"_L1, I },
                { "increment_id"_L1, I },
                { "story_id"_L1, I },
                { "date"_L1, T },
                { "text"_L1, T },
                { "score"_L1, I } },
              FeedbackCol::IncrementId,
              FeedbackCol::Date },
            { "story_goal"_L1,
              { { "id"_L1, I }, { "story_id"_L1, I }, { "goal_id"_L1, I } },
              StoryGoalCol::StoryId },
            { "release_goal"_L1,
              { { "id"_L1, I }, { "release_id"_L1, I }, { "goal_id"_L1, I } },
              ReleaseGoalCol::ReleaseId },
            { "vote"_L1,
              { { "id"_L1, I },
                { "title"_L1, T },
                { "dots_per_participant"_L1, I },
                { "subject"_L1, I },
                { "state"_L1, I },
                { "created_at"_L1, T } },
              -1,
              VoteCol::CreatedAt },
            { "vote_participant"_L1,
              { { "id"_L1, I }, { "vote_id"_L1, I }, { "name"_L1, T }, { "rank"_L1, I } },
              VoteParticipantCol::VoteId,
              VoteParticipantCol::Rank },
            { "vote_dot"_L1,
              { { "id"_L1, I },
                { "vote_id"_L1, I },
                { "participant_id"_L1, I },
                { "story_id"_L1, I },
                { "note_id"_L1, I } },
              VoteDotCol::VoteId },
            { "record_event"_L1,
              { { "id"_L1, I, 3 },
                { "event_id"_L1, T, 3 },
                { "kind"_L1, I, 3 },
                { "digest"_L1, T, 3 },
                { "target_table"_L1, I, 3 },
                { "row_id"_L1, I, 3 },
                { "source"_L1, T, 3 },
                { "recorded_at"_L1, T, 3 } },
              -1,
              RecordEventCol::RecordedAt },
    } };
}

// Schema v1: the whole mission's data, so later screens need no redesign.
// Foreign keys are DEFERRABLE INITIALLY DEFERRED: an edit is a list of row operations applied
// in one transaction, and undo replays them in reverse; deferring the checks to COMMIT lets
// that order be natural while still refusing any commit that would leave a dangling reference.
// Dates are ISO 8601 text (YYYY-MM-DD), timestamps ISO 8601 UTC with milliseconds.
QStringList schemaV1()
{
    return {
        uR"(CREATE TABLE product (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL DEFAULT '',
            version TEXT NOT NULL DEFAULT '',
            vision_date TEXT,
            client TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"_s,
        uR"(CREATE TABLE vision_note (
            id INTEGER PRIMARY KEY,
            area INTEGER NOT NULL CHECK (area BETWEEN 0 AND 6),
            text TEXT NOT NULL DEFAULT '',
            color TEXT NOT NULL DEFAULT '',
            rank INTEGER NOT NULL))"_s,
        uR"(CREATE TABLE persona (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            color TEXT NOT NULL DEFAULT '',
            rank INTEGER NOT NULL))"_s,
        uR"(CREATE TABLE activity (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            color TEXT NOT NULL DEFAULT '',
            rank INTEGER NOT NULL))"_s,
        uR"(CREATE TABLE step (
            id INTEGER PRIMARY KEY,
            activity_id INTEGER NOT NULL
                REFERENCES activity(id) DEFERRABLE INITIALLY DEFERRED,
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            rank INTEGER NOT NULL))"_s,
        uR"(CREATE TABLE "release" (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            outcome TEXT NOT NULL DEFAULT '',
            target_date TEXT,
            status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2),
            capacity REAL,
            rank INTEGER NOT NULL))"_s,
        uR"(CREATE TABLE story (
            id INTEGER PRIMARY KEY,
            step_id INTEGER NOT NULL REFERENCES step(id) DEFERRABLE INITIALLY DEFERRED,
            release_id INTEGER REFERENCES "release"(id) DEFERRABLE INITIALLY DEFERRED,
            rank INTEGER NOT NULL,
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            acceptance_criteria TEXT NOT NULL DEFAULT '',
            estimate REAL,
            business_value INTEGER,
            status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 3),
            persona_id INTEGER REFERENCES persona(id) DEFERRABLE INITIALLY DEFERRED,
            color TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            done_at TEXT))"_s,
        uR"(CREATE TABLE tag (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            color TEXT NOT NULL DEFAULT ''))"_s,
        uR"(CREATE TABLE story_tag (
            id INTEGER PRIMARY KEY,
            story_id INTEGER NOT NULL REFERENCES story(id) DEFERRABLE INITIALLY DEFERRED,
            tag_id INTEGER NOT NULL REFERENCES tag(id) DEFERRABLE INITIALLY DEFERRED,
            UNIQUE (story_id, tag_id)))"_s,
        uR"(CREATE TABLE goal (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            metric TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL DEFAULT '',
            baseline REAL,
            target REAL,
            target_date TEXT,
            direction INTEGER NOT NULL DEFAULT 0 CHECK (direction IN (0, 1)),
            rank INTEGER NOT NULL))"_s,
        uR"(CREATE TABLE measurement (
            id INTEGER PRIMARY KEY,
            goal_id INTEGER NOT NULL REFERENCES goal(id) DEFERRABLE INITIALLY DEFERRED,
            date TEXT NOT NULL,
            value REAL NOT NULL,
            note TEXT NOT NULL DEFAULT ''))"_s,
        uR"(CREATE TABLE increment (
            id INTEGER PRIMARY KEY,
            release_id INTEGER REFERENCES "release"(id) DEFERRABLE INITIALLY DEFERRED,
            date TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''))"_s,
        uR"(CREATE TABLE increment_story (
            id INTEGER PRIMARY KEY,
            increment_id INTEGER NOT NULL
                REFERENCES increment(id) DEFERRABLE INITIALLY DEFERRED,
            story_id INTEGER NOT NULL REFERENCES story(id) DEFERRABLE INITIALLY DEFERRED,
            UNIQUE (increment_id, story_id)))"_s,
        uR"(CREATE TABLE feedback (
            id INTEGER PRIMARY KEY,
            increment_id INTEGER REFERENCES increment(id) DEFERRABLE INITIALLY DEFERRED,
            story_id INTEGER REFERENCES story(id) DEFERRABLE INITIALLY DEFERRED,
            date TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            score INTEGER,
            CHECK (increment_id IS NOT NULL OR story_id IS NOT NULL)))"_s,
        uR"(CREATE TABLE story_goal (
            id INTEGER PRIMARY KEY,
            story_id INTEGER NOT NULL REFERENCES story(id) DEFERRABLE INITIALLY DEFERRED,
            goal_id INTEGER NOT NULL REFERENCES goal(id) DEFERRABLE INITIALLY DEFERRED,
            UNIQUE (story_id, goal_id)))"_s,
        uR"(CREATE TABLE release_goal (
            id INTEGER PRIMARY KEY,
            release_id INTEGER NOT NULL REFERENCES "release"(id) DEFERRABLE INITIALLY DEFERRED,
            goal_id INTEGER NOT NULL REFERENCES goal(id) DEFERRABLE INITIALLY DEFERRED,
            UNIQUE (release_id, goal_id)))"_s,
        uR"(CREATE TABLE vote (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            dots_per_participant INTEGER NOT NULL CHECK (dots_per_participant > 0),
            subject INTEGER NOT NULL DEFAULT 0 CHECK (subject IN (0, 1)),
            state INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL))"_s,
        uR"(CREATE TABLE vote_participant (
            id INTEGER PRIMARY KEY,
            vote_id INTEGER NOT NULL REFERENCES vote(id) DEFERRABLE INITIALLY DEFERRED,
            name TEXT NOT NULL,
            rank INTEGER NOT NULL))"_s,
        uR"(CREATE TABLE vote_dot (
            id INTEGER PRIMARY KEY,
            vote_id INTEGER NOT NULL REFERENCES vote(id) DEFERRABLE INITIALLY DEFERRED,
            participant_id INTEGER NOT NULL
                REFERENCES vote_participant(id) DEFERRABLE INITIALLY DEFERRED,
            story_id INTEGER REFERENCES story(id) DEFERRABLE INITIALLY DEFERRED,
            note_id INTEGER REFERENCES vision_note(id) DEFERRABLE INITIALLY DEFERRED))"_s,
        u"CREATE INDEX story_by_step ON story(step_id, rank)"_s,
        u"CREATE INDEX story_by_release ON story(release_id)"_s,
        u"CREATE INDEX step_by_activity ON step(activity_id, rank)"_s,
        u"CREATE INDEX measurement_by_goal ON measurement(goal_id, date)"_s,
        u"CREATE INDEX story_goal_by_goal ON story_goal(goal_id)"_s,
        u"CREATE INDEX increment_story_by_story ON increment_story(story_id)"_s,
    };
}

// Schema v3: pipelines feed the plan.
// - Story keys (BT-42): a prefix and the next number in the product row, a number per story
//   (unique, never given twice: the next number only grows). Existing stories are numbered by
//   their ids, the prefix made from the initials of the product name (as defaultKeyPrefix()
//   does: the first ASCII letter of each word, up to 6, uppercase; "S" when there is none).
// - Increments say which version, commit and environment a pipeline delivered.
// - record_event: what `valuemap record` wrote, by event id, so that a re-run changes nothing.
//   row_id is no foreign key: its table depends on the kind, and deleting the row by hand
//   must stay possible (the event then still counts as recorded).
QStringList schemaV3()
{
    return {
        u"ALTER TABLE product ADD COLUMN key_prefix TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE product ADD COLUMN next_key INTEGER NOT NULL DEFAULT 1"_s,
        u"ALTER TABLE story ADD COLUMN key_number INTEGER NOT NULL DEFAULT 0"_s,
        u"UPDATE story SET key_number = id"_s,
        uR"(UPDATE product SET
            next_key = 1 + coalesce((SELECT max(key_number) FROM story), 0),
            key_prefix = (WITH RECURSIVE w(rest, acc, prev) AS (
                    SELECT upper(name), '', ' '
                    UNION ALL
                    SELECT substr(rest, 2),
                           CASE WHEN prev IN (' ', '-', '_', '.', '/', '&', '+', ',', ':', char(9))
                                     AND substr(rest, 1, 1) BETWEEN 'A' AND 'Z'
                                     AND length(acc) < 6
                                THEN acc || substr(rest, 1, 1) ELSE acc END,
                           substr(rest, 1, 1)
                    FROM w WHERE rest <> '')
                SELECT coalesce(nullif(acc, ''), 'S') FROM w WHERE rest = ''))"_s,
        u"CREATE UNIQUE INDEX story_by_key ON story(key_number)"_s,
        u"ALTER TABLE increment ADD COLUMN version TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE increment ADD COLUMN commit_sha TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE increment ADD COLUMN environment TEXT NOT NULL DEFAULT ''"_s,
        uR"(CREATE TABLE record_event (
            id INTEGER PRIMARY KEY,
            event_id TEXT NOT NULL UNIQUE,
            kind INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 2),
            digest TEXT NOT NULL,
            target_table INTEGER NOT NULL,
            row_id INTEGER NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL))"_s,
    };
}

// Schema v4: a story made from customer feedback names it, so the time from hearing the
// customer to delivering the answer can be charted. Optional, like story.persona_id: deleting
// the feedback clears the link in the same change (Document::appendRemoveFeedback), so the
// story stays.
QStringList schemaV4()
{
    return {
        u"ALTER TABLE story ADD COLUMN feedback_id INTEGER "
        "REFERENCES feedback(id) DEFERRABLE INITIALLY DEFERRED"_s,
        u"CREATE INDEX story_by_feedback ON story(feedback_id)"_s,
    };
}

} // namespace

int rankColumn(Table table)
{
    const TableSpec &spec = tableSpec(table);
    return spec.sortColumn >= 0 && spec.columns[spec.sortColumn].name == "rank"_L1 ? spec.sortColumn : -1;
}

bool isUpdateStamp(Table table, int column)
{
    const TableSpec &spec = tableSpec(table);
    return column >= 0 && column < spec.columns.size() && spec.columns[column].name == "updated_at"_L1;
}

std::optional<Table> tableNamed(QAnyStringView name)
{
    for (int t = 0; t < TableCount; ++t) {
        if (tableSpec(static_cast<Table>(t)).name == name)
            return static_cast<Table>(t);
    }
    return std::nullopt;
}

const TableSpec &tableSpec(Table table)
{
    static const std::array<TableSpec, TableCount> specs = makeSpecs();
    return specs[static_cast<size_t>(table)];
}

const QList<Migration> &migrations()
{
    // 2: a checksum beside every row (row_check: table number, row id, rowChecksum), so that
    // damage or an edit made outside Valuemap is found when the plan is read.
    static const QList<Migration> all = {
        { 1, schemaV1() },
        { 2,
          { uR"(CREATE TABLE row_check (
                tbl INTEGER NOT NULL,
                id INTEGER NOT NULL,
                sum INTEGER NOT NULL,
                PRIMARY KEY (tbl, id)) WITHOUT ROWID)"_s } },
        { 3, schemaV3() },
        { 4, schemaV4() },
    };
    return all;
}

} // namespace Valuemap
