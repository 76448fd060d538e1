#pragma once

#include <QHashFunctions>
#include <QLatin1StringView>
#include <QList>
#include <QStringList>

#include <optional>

namespace Valuemap {

// 'VMAP': what PRAGMA application_id holds in every Valuemap file.
inline constexpr qint32 ApplicationId = 0x564D4150;
// The schema version this build writes; older files are migrated up to it on open.
inline constexpr int CurrentSchemaVersion = 4;

enum class Table : int {
    Product,
    VisionNote,
    Persona,
    Activity,
    Step,
    Release,
    Story,
    Tag,
    StoryTag,
    Goal,
    Measurement,
    Increment,
    IncrementStory,
    Feedback,
    StoryGoal,
    ReleaseGoal,
    Vote,
    VoteParticipant,
    VoteDot,
    RecordEvent,
};

// So that a table (and a row's table and id) can key a hash.
inline size_t qHash(Table table, size_t seed = 0) noexcept
{
    return ::qHash(int(table), seed);
}
inline constexpr int TableCount = 20;

enum class ColumnType { Integer, Real, Text };

struct Column
{
    QLatin1StringView name;
    ColumnType type;
    int since = 1; // the schema version that added the column (older exports lack it)
};

struct TableSpec
{
    QLatin1StringView name;
    QList<Column> columns; // column 0 is always "id"
    int parentColumn = -1; // rows are grouped under the value of this column (-1: one group)
    int sortColumn = -1; // and ordered by it within the group (-1: by id)
};

const TableSpec &tableSpec(Table table);
// The table of that name in the file, or nullopt.
std::optional<Table> tableNamed(QAnyStringView name);
// Whether the column is an "updated at" stamp, which every edit of its row sets.
bool isUpdateStamp(Table table, int column);
// The column that places a row among its siblings as 0..n-1 (its "rank"), or -1 for a table
// ordered by something else (a date, a name) that is the row's own data.
int rankColumn(Table table);

// Column indexes; each list matches the order of its table's spec.
namespace ProductCol {
enum { Id, Name, Owner, Version, VisionDate, Client, Language, CreatedAt, UpdatedAt, KeyPrefix, NextKey };
}
namespace VisionNoteCol {
enum { Id, Area, Text, Color, Rank };
}
namespace PersonaCol {
enum { Id, Name, Description, Color, Rank };
}
namespace ActivityCol {
enum { Id, Title, Description, Color, Rank };
}
namespace StepCol {
enum { Id, ActivityId, Title, Description, Rank };
}
namespace ReleaseCol {
enum { Id, Name, Outcome, TargetDate, Status, Capacity, Rank };
}
namespace StoryCol {
enum {
    Id,
    StepId,
    ReleaseId,
    Rank,
    Title,
    Description,
    AcceptanceCriteria,
    Estimate,
    BusinessValue,
    Status,
    PersonaId,
    Color,
    CreatedAt,
    UpdatedAt,
    DoneAt,
    KeyNumber,
    FeedbackId // the customer feedback the story was made from (schema 4)
};
}
namespace TagCol {
enum { Id, Name, Color };
}
namespace StoryTagCol {
enum { Id, StoryId, TagId };
}
namespace GoalCol {
enum {
    Id,
    Name,
    Description,
    Metric,
    Unit,
    Baseline,
    Target,
    TargetDate,
    Direction,
    Rank
};
}
namespace MeasurementCol {
enum { Id, GoalId, Date, Value, Note };
}
namespace IncrementCol {
enum { Id, ReleaseId, Date, Note, Version, Commit, Environment };
}
namespace IncrementStoryCol {
enum { Id, IncrementId, StoryId };
}
namespace FeedbackCol {
enum { Id, IncrementId, StoryId, Date, Text, Score };
}
namespace StoryGoalCol {
enum { Id, StoryId, GoalId };
}
namespace ReleaseGoalCol {
enum { Id, ReleaseId, GoalId };
}
namespace VoteCol {
enum { Id, Title, DotsPerParticipant, Subject, State, CreatedAt };
}
namespace VoteParticipantCol {
enum { Id, VoteId, Name, Rank };
}
namespace VoteDotCol {
enum { Id, VoteId, ParticipantId, StoryId, NoteId };
}
// What `valuemap record` has written, by the event id the pipeline gave, so that a re-run is
// recognised: the kind (RecordKind), a digest of the content, and the row it made.
namespace RecordEventCol {
enum { Id, EventId, Kind, Digest, TargetTable, RowId, Source, RecordedAt };
}

// The SQL that takes a file from schema version (toVersion - 1) to toVersion.
struct Migration
{
    int toVersion;
    QStringList statements;
};
const QList<Migration> &migrations();

} // namespace Valuemap
