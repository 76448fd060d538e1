#pragma once

#include "domain/ids.h"

#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Valuemap {

// The seven areas of a product vision board, in the order the board shows them.
// Stored as integers: never renumber.
enum class VisionArea {
    Vision = 0,
    TargetGroup = 1,
    Needs = 2,
    TopFeatures = 3,
    BusinessModel = 4,
    Competition = 5,
    Differentiation = 6,
};
inline constexpr int VisionAreaCount = 7;

// Stored as integers: never renumber.
enum class StoryStatus {
    Todo = 0,
    InProgress = 1,
    Done = 2,
    Blocked = 3,
};
inline constexpr int StoryStatusCount = 4;

enum class ReleaseStatus {
    Planned = 0,
    InProgress = 1,
    Delivered = 2,
};
inline constexpr int ReleaseStatusCount = 3;

enum class GoalDirection {
    HigherIsBetter = 0,
    LowerIsBetter = 1,
};

struct Product
{
    QString name;
    QString owner;
    QString version;
    QDate visionDate;
    QString client;
    QString language;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString keyPrefix; // of the story keys (BT in BT-42); empty: made from the name
    qint64 nextKey = 1; // the number the next new story gets
};

struct VisionNote
{
    VisionNoteId id;
    VisionArea area = VisionArea::Vision;
    QString text;
    QColor color;
    int rank = 0;
};

struct Persona
{
    PersonaId id;
    QString name;
    QString description;
    QColor color;
    int rank = 0;
};

struct Activity
{
    ActivityId id;
    QString title;
    QString description;
    QColor color;
    int rank = 0;
};

struct Step
{
    StepId id;
    ActivityId activityId;
    QString title;
    QString description;
    int rank = 0;
};

struct Release
{
    ReleaseId id;
    QString name;
    QString outcome;
    QDate targetDate;
    ReleaseStatus status = ReleaseStatus::Planned;
    std::optional<double> capacity;
    int rank = 0;
};

struct Story
{
    StoryId id;
    StepId stepId;
    ReleaseId releaseId; // invalid: unplanned
    int rank = 0;
    QString title;
    QString description;
    QString acceptanceCriteria;
    std::optional<double> estimate;
    std::optional<int> businessValue;
    StoryStatus status = StoryStatus::Todo;
    PersonaId personaId;
    QColor color;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime doneAt;
    qint64 keyNumber = 0; // 42 in BT-42: given once, never reused
    QString key; // the whole key, e.g. BT-42
    FeedbackId feedbackId; // the customer feedback it was made from (invalid: none)
};

struct Tag
{
    TagId id;
    QString name;
    QColor color;
};

struct Goal
{
    GoalId id;
    QString name;
    QString description;
    QString metric;
    QString unit;
    std::optional<double> baseline;
    std::optional<double> target;
    QDate targetDate;
    GoalDirection direction = GoalDirection::HigherIsBetter;
    int rank = 0;
};

struct Measurement
{
    MeasurementId id;
    GoalId goalId;
    QDate date;
    double value = 0.0;
    QString note;
};

struct Increment
{
    IncrementId id;
    ReleaseId releaseId;
    QDate date;
    QString note;
    QString version; // what a pipeline delivered, where it said so
    QString commit;
    QString environment;
};

struct Feedback
{
    FeedbackId id;
    IncrementId incrementId;
    StoryId storyId;
    QDate date;
    QString text;
    std::optional<int> score;
};

// What a dot vote is about. Stored as integers: never renumber.
enum class VoteSubject {
    Stories = 0,
    VisionNotes = 1,
};

enum class VoteState {
    Open = 0, // dots can be cast
    Ended = 1, // the result stands; reopen to vote on
};

inline constexpr int MaxDotsPerParticipant = 99;

// What a pipeline recorded with `valuemap record`. Stored as integers: never renumber.
enum class RecordKind {
    Increment = 0,
    Measurement = 1,
    Feedback = 2,
};
inline constexpr int RecordKindCount = 3;

struct Vote
{
    VoteId id;
    QString title;
    int dotsPerParticipant = 0;
    VoteSubject subject = VoteSubject::Stories;
    VoteState state = VoteState::Open;
    QDateTime createdAt;
};

struct VoteParticipant
{
    ParticipantId id;
    VoteId voteId;
    QString name;
    int rank = 0;
};

struct VoteDot
{
    VoteDotId id;
    VoteId voteId;
    ParticipantId participantId;
    StoryId storyId; // invalid in a vote on vision notes
    VisionNoteId noteId; // invalid in a vote on stories
};

// One line of a vote's result: a story or note and the dots it got.
struct VoteResult
{
    StoryId storyId;
    VisionNoteId noteId;
    int dots = 0;
};

} // namespace Valuemap
