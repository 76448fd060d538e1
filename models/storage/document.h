#pragma once

#include "domain/entities.h"
#include "storage/changeset.h"
#include "storage/planbackend.h"
#include "storage/planstore.h"
#include "storage/record.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>
#include <tuple>

class QUndoStack;

namespace Valuemap {

enum class OpenMode { ReadWrite, ReadOnly };

enum class ProductField { Name, Owner, Version, VisionDate, Client, Language, KeyPrefix };
enum class PersonaField { Name, Description, Color };
enum class ActivityField { Title, Description, Color };
enum class StepField { Title, Description };
enum class StoryField {
    Title,
    Description,
    AcceptanceCriteria,
    Estimate,
    BusinessValue,
    Status,
    Persona,
    Color
};
enum class ReleaseField { Name, Outcome, TargetDate, Status, Capacity };
enum class GoalField { Name, Description, Metric, Unit, Baseline, Target, TargetDate, Direction };
enum class MeasurementField { Date, Value, Note };
enum class FeedbackField { Date, Text, Score };

class ServerSession;

// One open plan: a .valuemap file or a plan on a Valuemap server (its PlanBackend), and its
// in-memory mirror.
//
// Every edit builds a ChangeSet, commits it through the backend in one transaction (durable
// when the call returns: on disk, or committed on the server), applies it to the mirror, emits
// changed() and pushes one undo step. Undo and redo write the inverse or the same ChangeSet
// through the same path. Edits return false (or an invalid id) only after errorOccurred() has
// said what went wrong; the plan is then unchanged. On a server plan, changes others commit
// arrive through the ServerSession and are applied to the mirror the same way (changed()).
class Document final : public QObject
{
    Q_OBJECT

public:
    ~Document() override;

    // Opens an existing plan. On failure returns nullptr and sets *error to a message that says
    // what is wrong with which file and what to do; the file is left untouched.
    static std::unique_ptr<Document> open(const QString &path, QString *error,
                                          OpenMode mode = OpenMode::ReadWrite);
    // Creates a new, empty plan at path and opens it. An existing file is replaced only when
    // replaceExisting is set (the user confirmed it), and only once the new plan is complete.
    static std::unique_ptr<Document> create(const QString &path, QString *error,
                                            bool replaceExisting = false);
    // Opens a plan on a Valuemap server (server/serverdocument.cpp). With live set, changes
    // others commit are applied as they happen (a second, listening connection), and a lost
    // connection is retried; without it (the command line) the plan is read once.
    // *passwordNeeded (optional): the server wants a password CONN did not give, or refused it.
    static std::unique_ptr<Document> openServer(const QString &conn, const QString &plan,
                                                QString *error, bool live = true,
                                                bool *passwordNeeded = nullptr);

    // The file's path; empty for a server plan.
    QString filePath() const { return m_path; }
    // Where the plan is, as a user names it: the file's path or “plan “x” on server y”.
    QString location() const { return m_backend->location(); }
    QString displayName() const;
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty() || !m_offlineReason.isEmpty(); }
    QString readOnlyReason() const
    {
        return m_offlineReason.isEmpty() ? m_readOnlyReason : m_offlineReason;
    }
    // The server plan's session (state, history, members); nullptr for a file.
    ServerSession *serverSession() const { return m_session; }
    // The server plan's revision the mirror reflects; 0 for a file.
    qint64 revision() const { return m_revision; }
    // For the ServerSession: brings the rows that changes others committed (in revision order)
    // name to what the server holds now (`now`, read after the entries: the log says which rows
    // changed, the rows say what they hold), emits changed() and remoteChanges().
    void applyRemote(const QList<LogEntry> &entries, const RowsNow &now);
    void setOffline(const QString &reason);
    // For the ServerSession: why the plan may not be changed apart from being offline (the
    // role became a viewer; empty: it may again).
    void setReadOnlyReason(const QString &reason);
    int openedSchemaVersion() const { return m_openedSchemaVersion; }
    // What was done while opening that the user should be told (e.g. a foreign -wal set aside).
    QStringList openNotices() const { return m_openNotices; }

    // Every row as text, read from the file (not from memory): for `check` and for tests.
    QString databaseDump() const;
    // Integrity and foreign-key problems of the file; empty when it is sound.
    QStringList fileProblems() const;
    // The rows whose values or checksums failed the checks when the plan was read (the plan is
    // then read-only); an export that salvages the sound rows leaves these out.
    QList<QPair<Table, qint64>> unsoundRows() const;

    // Writes a self-contained copy of the plan to path (replacing it only when the copy is complete).
    bool saveCopyAs(const QString &path, QString *error) const;

    // Undo history. Read texts and states from the stack; change it only through undo()/redo().
    QUndoStack *undoStack() const { return m_undoStack; }
    bool undo();
    bool redo();

    // Groups the edits made until endCompound() into one undo step (e.g. a drag of many cards).
    void beginCompound(const QString &text);
    void endCompound();

    // ---- reading ------------------------------------------------------------------------------
    const PlanStore &store() const { return m_store; }

    Product product() const;
    QList<VisionNoteId> visionNotes(VisionArea area) const;
    VisionNote visionNote(VisionNoteId id) const;
    QList<PersonaId> personas() const;
    Persona persona(PersonaId id) const;
    QList<ActivityId> activities() const;
    Activity activity(ActivityId id) const;
    QList<StepId> steps(ActivityId activity) const;
    Step step(StepId id) const;
    QList<StoryId> stories(StepId step) const;
    QList<StoryId> storiesInRelease(ReleaseId release) const; // invalid: the unplanned stories
    Story story(StoryId id) const;
    QList<ReleaseId> releases() const;
    Release release(ReleaseId id) const;
    QList<TagId> tags() const;
    Tag tag(TagId id) const;
    QStringList storyTags(StoryId story) const;
    QList<GoalId> goals() const;
    Goal goal(GoalId id) const;
    QList<GoalId> storyGoals(StoryId story) const;
    QList<StoryId> goalStories(GoalId goal) const;
    QList<GoalId> releaseGoals(ReleaseId release) const;
    QList<MeasurementId> measurements(GoalId goal) const;
    Measurement measurement(MeasurementId id) const;
    QList<IncrementId> increments() const;
    Increment increment(IncrementId id) const;
    QList<StoryId> incrementStories(IncrementId increment) const;
    QList<FeedbackId> incrementFeedback(IncrementId increment) const;
    Feedback feedback(FeedbackId id) const;

    // Story keys (document_keys.cpp): "BT-42", the plan's prefix and the story's number.
    QString keyPrefix() const; // the header's, or made from the product name while unset
    QString storyKey(StoryId id) const;
    // The story a key names ("BT-42", "bt-42", "42"; another prefix than the plan's: none).
    StoryId storyByKey(QStringView key) const;
    // The number the next new story gets.
    qint64 nextStoryKeyNumber() const;

    // What pipelines write (document_record.cpp, storage/record.h): one increment, measurement
    // or feedback per call, named by the event id the pipeline gives, as one undo step whose
    // text names the source. A second call with the same event id and content changes nothing;
    // one with other content is refused. With dryRun, everything is checked, nothing written.
    RecordResult record(const RecordRequest &request, bool dryRun = false);

    // Dot votes (document_votes.cpp). Reads of dots use the store's cached indexes: cheap
    // enough for every card of a large map.
    QList<VoteId> votes() const; // oldest first
    Vote vote(VoteId id) const;
    QList<ParticipantId> voteParticipants(VoteId vote) const; // in the order they were named
    VoteParticipant voteParticipant(ParticipantId id) const;
    QList<VoteDotId> voteDots(VoteId vote) const; // in the order they were cast
    VoteDot voteDot(VoteDotId id) const;
    QList<VoteDotId> storyDots(StoryId story) const; // of every vote
    QList<VoteDotId> noteDots(VisionNoteId note) const; // of every vote
    int dotsCast(ParticipantId participant) const;
    int dotsLeft(ParticipantId participant) const;
    // The stories or notes that got dots, most dots first; ties in map (or board) order.
    QList<VoteResult> voteResults(VoteId vote) const;

    // ---- editing ------------------------------------------------------------------------------
    bool setProductField(ProductField field, const QVariant &value);

    VisionNoteId addVisionNote(VisionArea area, const QString &text, int index = -1,
                               const QColor &color = {});
    bool setVisionNoteText(VisionNoteId id, const QString &text);
    bool setVisionNoteColor(VisionNoteId id, const QColor &color);
    bool moveVisionNotes(const QList<VisionNoteId> &ids, VisionArea area, int index);
    bool deleteVisionNotes(const QList<VisionNoteId> &ids);

    PersonaId addPersona(const QString &name, int index = -1);
    bool setPersonaField(PersonaId id, PersonaField field, const QVariant &value);
    bool movePersona(PersonaId id, int index);
    bool deletePersona(PersonaId id);

    ActivityId addActivity(const QString &title, int index = -1);
    bool setActivityField(ActivityId id, ActivityField field, const QVariant &value);
    bool moveActivity(ActivityId id, int index);
    bool deleteActivity(ActivityId id);

    StepId addStep(ActivityId activity, const QString &title, int index = -1);
    bool setStepField(StepId id, StepField field, const QVariant &value);
    bool moveStep(StepId id, ActivityId activity, int index);
    bool deleteStep(StepId id);

    // index: position among the step's stories (all lanes) once the moved ones are taken out;
    // -1 appends.
    StoryId addStory(StepId step, ReleaseId release, const QString &title, int index = -1);
    bool setStoryField(StoryId id, StoryField field, const QVariant &value);
    bool moveStories(const QList<StoryId> &ids, StepId step, ReleaseId release, int index);
    bool deleteStories(const QList<StoryId> &ids);
    bool setStoryTags(StoryId id, const QStringList &tags);
    bool linkStoryGoal(StoryId story, GoalId goal, bool linked);

    ReleaseId addRelease(const QString &name, int index = -1);
    bool setReleaseField(ReleaseId id, ReleaseField field, const QVariant &value);
    bool moveRelease(ReleaseId id, int index);
    bool deleteRelease(ReleaseId id); // its stories become unplanned
    bool linkReleaseGoal(ReleaseId release, GoalId goal, bool linked);

    // Release slicing (document_releases.cpp); each is one undo step.
    // Moves `stories` (all in `release`) into a new slice right below it, named `name`, that
    // serves the same goals; returns the new slice.
    ReleaseId splitRelease(ReleaseId release, const QList<StoryId> &stories, const QString &name);
    // Moves every story, goal link and increment of `from` into `into` and removes `from`. The
    // outcomes are joined, capacities added; `into` keeps its name, date and status.
    bool mergeReleases(ReleaseId into, ReleaseId from);
    // Records what shipped: an increment on `date` with `shipped` (stories of the release), each
    // marked Done with that date as its done date, optional customer feedback (empty text: none),
    // and the release set Delivered.
    IncrementId deliverRelease(ReleaseId release, const QDate &date, const QList<StoryId> &shipped,
                               const QString &note, const QString &feedback,
                               std::optional<int> score = {});

    GoalId addGoal(const QString &name, int index = -1);
    bool setGoalField(GoalId id, GoalField field, const QVariant &value);
    bool moveGoal(GoalId id, int index);
    bool deleteGoal(GoalId id);

    MeasurementId addMeasurement(GoalId goal, const QDate &date, double value,
                                 const QString &note = {});
    bool setMeasurementField(MeasurementId id, MeasurementField field, const QVariant &value);
    bool deleteMeasurement(MeasurementId id);
    // Adds all of `rows` (their goalId is ignored) to `goal` as one undo step and one
    // transaction: either every row is added or none (document_goals.cpp).
    bool addMeasurements(GoalId goal, const QList<Measurement> &rows, const QString &undoText);
    // Turns customer feedback into a new unplanned story at the end of `step`, with the feedback
    // quoted in its description, serving `goals`. One undo step; returns the story.
    StoryId storyFromFeedback(FeedbackId feedback, StepId step, const QString &title,
                              const QList<GoalId> &goals);

    IncrementId addIncrement(ReleaseId release, const QDate &date, const QString &note,
                             const QList<StoryId> &stories);
    bool deleteIncrement(IncrementId id);
    FeedbackId addFeedback(IncrementId increment, StoryId story, const QDate &date,
                           const QString &text, std::optional<int> score = {});
    bool setFeedbackField(FeedbackId id, FeedbackField field, const QVariant &value);
    bool deleteFeedback(FeedbackId id);

    // Dot votes (document_votes.cpp); each edit is one undo step. A vote has at least one
    // participant, each with a name of their own, and 1..MaxDotsPerParticipant dots each.
    // What is wrong with a set-up or a name (empty: nothing), for dialogs to say as it is typed.
    static QString voteSetupProblem(int dotsPerParticipant, const QStringList &participants);
    static QString participantNameProblem(const QString &name, const QStringList &taken);
    VoteId startVote(const QString &title, VoteSubject subject, int dotsPerParticipant,
                     const QStringList &participants);
    ParticipantId addVoteParticipant(VoteId vote, const QString &name);
    bool renameVoteParticipant(ParticipantId participant, const QString &name);
    bool removeVoteParticipant(ParticipantId participant); // and the dots they cast
    // Refused past the participant's dots, on an ended vote, or on the wrong kind of item.
    VoteDotId castDot(ParticipantId participant, StoryId story);
    VoteDotId castDot(ParticipantId participant, VisionNoteId note);
    // Takes back the participant's last dot on the story or note.
    bool withdrawDot(ParticipantId participant, StoryId story);
    bool withdrawDot(ParticipantId participant, VisionNoteId note);
    bool endVote(VoteId vote);
    bool reopenVote(VoteId vote);
    bool discardVote(VoteId vote); // the vote, its participants and dots
    // Sets the business value of every story with dots: its dots, or with scaleMax > 0 its dots
    // scaled so that the most-voted story gets scaleMax (at least 1). Others keep theirs.
    bool applyVoteAsBusinessValue(VoteId vote, int scaleMax = 0);
    // Orders each step's stories (or each area's notes) by dots, most first; the ones without
    // dots keep their order below them.
    bool applyVoteAsOrder(VoteId vote);

    // Imports (io/plandata.h): inserts new rows (RowOp::Insert only, ids not yet in the plan) as
    // one undo step. The file's foreign-key check refuses rows that refer to nothing.
    bool insertRows(const ChangeSet &inserts, const QString &text);

    // The message of the last failed edit, undo or redo.
    QString lastError() const { return m_lastError; }

signals:
    void changed(const Valuemap::ChangeSet &changes);
    void errorOccurred(const QString &message);
    // A server plan: what others committed, just applied (after changed()).
    void remoteChanges(const QList<Valuemap::LogEntry> &entries);
    // isReadOnly() changed (a server plan went offline or came back).
    void writableChanged();

private:
    friend class ChangeCommand;

    Document(QString path, std::unique_ptr<PlanBackend> backend, QString readOnlyReason, int version);

    // mayRenumber: on a server plan, new rows whose ids others took meanwhile get the next free
    // ones (committedId() then tells which) instead of the edit being refused.
    bool commit(ChangeSet changes, const QString &text, qint64 mergeKey = 0,
                bool mayRenumber = false);
    qint64 committedId(Table table, qint64 planned) const;
    // Commits through the backend; `text` names the step in the server's log and messages.
    // *changes becomes what was written (see commit's mayRenumber).
    bool writeThrough(ChangeSet &changes, const QString &text, bool mayRenumber = false);
    void applyToMemory(const ChangeSet &changes);
    // Applies what others committed before the last write (see writeThrough), after it.
    void catchUpEarlier();
    bool fail(const QString &message);
    bool checkWritable();

    // Helpers that build ChangeSets; they never touch the file or the mirror.
    Row blankRow(Table table) const;
    void appendRankOps(ChangeSet &ops, Table table, const QList<qint64> &ordered) const;
    void appendUpdate(ChangeSet &ops, Table table, qint64 id, int column, const QVariant &value) const;
    void appendRemoveRow(ChangeSet &ops, Table table, qint64 id) const;
    void appendRemoveGroup(ChangeSet &ops, Table table, int column, qint64 key) const;
    void appendRemoveStory(ChangeSet &ops, qint64 id) const;
    // Removes a feedback; the stories made from it stay, no longer linked to it.
    void appendRemoveFeedback(ChangeSet &ops, qint64 id) const;
    void appendRemoveStep(ChangeSet &ops, qint64 id) const;
    void appendStoryTouched(ChangeSet &ops, qint64 id) const;
    // Gives the story inserted by ops.first() the next key number, and moves the plan's next
    // number (and fixes its prefix, if unset) in the same step.
    void appendStoryKey(ChangeSet &ops) const;
    RecordResult checkRecord(const RecordRequest &request, ChangeSet *ops, QString *undoText) const;
    // Where a story stands on the map: (activity rank, step rank, rank in the step).
    std::tuple<qint64, qint64, qint64> mapPlace(qint64 story) const;
    // Appends an increment and its story links; returns the increment's id.
    qint64 appendIncrement(ChangeSet &ops, ReleaseId release, const QDate &date, const QString &note,
                           const QList<qint64> &stories) const;
    qint64 addRanked(Table table, qint64 parent, Row row, int index, const QString &text);
    bool moveRanked(Table table, qint64 id, qint64 newParent, int index, const QString &text);
    bool setColumn(Table table, qint64 id, int column, const QVariant &value, const QString &text,
                   bool mergeTyping = false);
    bool removeRanked(Table table, qint64 id, ChangeSet ops, const QString &text);
    qint64 castVoteDot(ParticipantId participant, bool onNote, qint64 item);
    bool withdrawVoteDot(ParticipantId participant, bool onNote, qint64 item);
    bool checkVoteOpen(qint64 vote);
    bool setVoteState(VoteId vote, VoteState state, const QString &text);
    // The cleaned name, or an empty string after fail() when it is empty or taken in the vote.
    QString checkedParticipantName(const QString &name, const QStringList &taken);
    bool link(Table table, int leftColumn, qint64 left, int rightColumn, qint64 right, bool linked,
              const QString &text);

    QString m_path;
    std::unique_ptr<PlanBackend> m_backend;
    QString m_readOnlyReason;
    QString m_offlineReason;
    ServerSession *m_session = nullptr; // a child of this document, for server plans
    qint64 m_revision = 0;
    QList<LogEntry> m_earlier; // of the last write, until catchUpEarlier()
    RowsNow m_earlierRows;
    qint64 m_earlierRevision = 0;
    QHash<QPair<int, qint64>, qint64> m_renumbered; // of the last commit: planned id → id
    QStringList m_openNotices;
    int m_openedSchemaVersion = 0;
    PlanStore m_store;
    QUndoStack *m_undoStack = nullptr;
    QString m_lastError;
    bool m_lastCollided = false; // the last commit was refused as a conflict on a shared plan
    int m_compoundDepth = 0;
    QString m_compoundText;
    ChangeSet m_compoundChanges;
};

} // namespace Valuemap

Q_DECLARE_METATYPE(Valuemap::ChangeSet)
