// Document: dot votes — reads, starting and editing a vote, casting dots, applying the result.
#include "storage/document.h"

#include "domain/text.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Valuemap {

// ---- reading ---------------------------------------------------------------------------------

QList<VoteId> Document::votes() const
{
    return typedIds<VoteId>(m_store.children(Table::Vote, 0));
}

Vote Document::vote(VoteId id) const
{
    Vote v;
    const Row *r = m_store.row(Table::Vote, id.value);
    if (!r)
        return v;
    v.id = id;
    v.title = r->at(VoteCol::Title).toString();
    v.dotsPerParticipant = r->at(VoteCol::DotsPerParticipant).toInt();
    v.subject = static_cast<VoteSubject>(r->at(VoteCol::Subject).toInt());
    v.state = static_cast<VoteState>(r->at(VoteCol::State).toInt());
    v.createdAt = QDateTime::fromString(r->at(VoteCol::CreatedAt).toString(), Qt::ISODateWithMs);
    return v;
}

QList<ParticipantId> Document::voteParticipants(VoteId vote) const
{
    return typedIds<ParticipantId>(m_store.children(Table::VoteParticipant, vote.value));
}

VoteParticipant Document::voteParticipant(ParticipantId id) const
{
    VoteParticipant p;
    const Row *r = m_store.row(Table::VoteParticipant, id.value);
    if (!r)
        return p;
    p.id = id;
    p.voteId = VoteId(r->at(VoteParticipantCol::VoteId).toLongLong());
    p.name = r->at(VoteParticipantCol::Name).toString();
    p.rank = r->at(VoteParticipantCol::Rank).toInt();
    return p;
}

QList<VoteDotId> Document::voteDots(VoteId vote) const
{
    return typedIds<VoteDotId>(m_store.children(Table::VoteDot, vote.value));
}

VoteDot Document::voteDot(VoteDotId id) const
{
    VoteDot d;
    const Row *r = m_store.row(Table::VoteDot, id.value);
    if (!r)
        return d;
    d.id = id;
    d.voteId = VoteId(r->at(VoteDotCol::VoteId).toLongLong());
    d.participantId = ParticipantId(r->at(VoteDotCol::ParticipantId).toLongLong());
    d.storyId = StoryId(r->at(VoteDotCol::StoryId).toLongLong());
    d.noteId = VisionNoteId(r->at(VoteDotCol::NoteId).toLongLong());
    return d;
}

QList<VoteDotId> Document::storyDots(StoryId story) const
{
    return typedIds<VoteDotId>(m_store.group(Table::VoteDot, VoteDotCol::StoryId, story.value));
}

QList<VoteDotId> Document::noteDots(VisionNoteId note) const
{
    return typedIds<VoteDotId>(m_store.group(Table::VoteDot, VoteDotCol::NoteId, note.value));
}

int Document::dotsCast(ParticipantId participant) const
{
    return int(m_store.group(Table::VoteDot, VoteDotCol::ParticipantId, participant.value).size());
}

int Document::dotsLeft(ParticipantId participant) const
{
    const qint64 voteId
        = m_store.value(Table::VoteParticipant, participant.value, VoteParticipantCol::VoteId)
              .toLongLong();
    const int dots = m_store.value(Table::Vote, voteId, VoteCol::DotsPerParticipant).toInt();
    return std::max(0, dots - dotsCast(participant));
}

QList<VoteResult> Document::voteResults(VoteId vote) const
{
    QHash<qint64, int> counts; // story or note → dots
    const bool notes = m_store.value(Table::Vote, vote.value, VoteCol::Subject).toInt()
        == int(VoteSubject::VisionNotes);
    const int itemColumn = notes ? VoteDotCol::NoteId : VoteDotCol::StoryId;
    for (qint64 dot : m_store.children(Table::VoteDot, vote.value)) {
        const qint64 item = m_store.value(Table::VoteDot, dot, itemColumn).toLongLong();
        if (item > 0)
            ++counts[item];
    }
    // Ties keep the order of the map (activity, step, card) or of the board (area, note).
    auto place = [&](qint64 item) {
        if (notes)
            return std::make_tuple(
                m_store.value(Table::VisionNote, item, VisionNoteCol::Area).toLongLong(),
                m_store.value(Table::VisionNote, item, VisionNoteCol::Rank).toLongLong(),
                qint64(0));
        return mapPlace(item);
    };
    QList<qint64> items = counts.keys();
    std::sort(items.begin(), items.end(), [&](qint64 a, qint64 b) {
        if (counts[a] != counts[b])
            return counts[a] > counts[b];
        return std::make_pair(place(a), a) < std::make_pair(place(b), b);
    });
    QList<VoteResult> results;
    results.reserve(items.size());
    for (qint64 item : items) {
        VoteResult r;
        if (notes)
            r.noteId = VisionNoteId(item);
        else
            r.storyId = StoryId(item);
        r.dots = counts[item];
        results.append(r);
    }
    return results;
}

// ---- starting and changing a vote -------------------------------------------------------------

QString Document::participantNameProblem(const QString &name, const QStringList &taken)
{
    const QString cleaned = cleanedText(name, true).trimmed();
    if (cleaned.isEmpty())
        return tr("A participant needs a name, so that everyone can see whose dots are whose.");
    if (taken.contains(cleaned, Qt::CaseInsensitive))
        return tr("“%1” takes part already. Give each participant a name of their own, for "
                  "example “%1 B.”.")
            .arg(cleaned);
    return {};
}

QString Document::voteSetupProblem(int dotsPerParticipant, const QStringList &participants)
{
    if (dotsPerParticipant < 1 || dotsPerParticipant > MaxDotsPerParticipant)
        return tr("Each participant gets 1 to %1 dots; %2 is not possible.")
            .arg(MaxDotsPerParticipant)
            .arg(dotsPerParticipant);
    if (participants.isEmpty())
        return tr("A vote needs at least one participant. Enter the names of the people who "
                  "vote, one per line.");
    QStringList names;
    for (const QString &name : participants) {
        const QString problem = participantNameProblem(name, names);
        if (!problem.isEmpty())
            return problem;
        names.append(cleanedText(name, true).trimmed());
    }
    return {};
}

VoteId Document::startVote(const QString &title, VoteSubject subject, int dotsPerParticipant,
    const QStringList &participants)
{
    if (const QString problem = voteSetupProblem(dotsPerParticipant, participants);
        !problem.isEmpty()) {
        fail(problem);
        return {};
    }
    QString cleanedTitle = cleanedText(title, true).trimmed();
    if (cleanedTitle.isEmpty())
        cleanedTitle = tr("Dot vote");

    Row vote = blankRow(Table::Vote);
    const qint64 voteId = vote[0].toLongLong();
    vote[VoteCol::Title] = cleanedTitle;
    vote[VoteCol::DotsPerParticipant] = QVariant::fromValue<qint64>(dotsPerParticipant);
    vote[VoteCol::Subject] = QVariant::fromValue<qint64>(int(subject));
    vote[VoteCol::State] = QVariant::fromValue<qint64>(int(VoteState::Open));
    vote[VoteCol::CreatedAt] = isoTimestamp(QDateTime::currentDateTimeUtc());
    ChangeSet ops { RowOp::insert(Table::Vote, std::move(vote)) };
    qint64 next = m_store.nextId(Table::VoteParticipant);
    for (int i = 0; i < participants.size(); ++i)
        ops.append(RowOp::insert(Table::VoteParticipant,
            { QVariant::fromValue<qint64>(next++), QVariant::fromValue<qint64>(voteId),
                cleanedText(participants[i], true).trimmed(), QVariant::fromValue<qint64>(i) }));
    return commit(std::move(ops), tr("Start Dot Vote")) ? VoteId(voteId) : VoteId();
}

QString Document::checkedParticipantName(const QString &name, const QStringList &taken)
{
    const QString problem = participantNameProblem(name, taken);
    if (!problem.isEmpty()) {
        fail(problem);
        return {};
    }
    return cleanedText(name, true).trimmed();
}

ParticipantId Document::addVoteParticipant(VoteId vote, const QString &name)
{
    if (!m_store.contains(Table::Vote, vote.value)) {
        fail(tr("The vote no longer exists."));
        return {};
    }
    QStringList taken;
    for (ParticipantId p : voteParticipants(vote))
        taken.append(voteParticipant(p).name);
    const QString cleaned = checkedParticipantName(name, taken);
    if (cleaned.isEmpty())
        return {};
    Row row = blankRow(Table::VoteParticipant);
    row[VoteParticipantCol::VoteId] = QVariant::fromValue<qint64>(vote.value);
    row[VoteParticipantCol::Name] = cleaned;
    return ParticipantId(
        addRanked(Table::VoteParticipant, vote.value, std::move(row), -1, tr("Add Participant")));
}

bool Document::renameVoteParticipant(ParticipantId participant, const QString &name)
{
    const VoteParticipant p = voteParticipant(participant);
    if (!p.id.isValid())
        return fail(tr("The participant no longer exists."));
    QStringList taken;
    for (ParticipantId other : voteParticipants(p.voteId)) {
        if (other != participant)
            taken.append(voteParticipant(other).name);
    }
    const QString cleaned = checkedParticipantName(name, taken);
    if (cleaned.isEmpty())
        return false;
    return setColumn(Table::VoteParticipant, participant.value, VoteParticipantCol::Name, cleaned,
        tr("Rename Participant"));
}

bool Document::removeVoteParticipant(ParticipantId participant)
{
    const VoteParticipant p = voteParticipant(participant);
    if (!p.id.isValid())
        return fail(tr("The participant no longer exists."));
    if (voteParticipants(p.voteId).size() == 1)
        return fail(tr("“%1” is the last participant of the vote. A vote needs at least one; "
                       "discard the vote instead.")
                        .arg(p.name));
    if (!checkVoteOpen(p.voteId.value))
        return false;
    ChangeSet ops;
    appendRemoveGroup(ops, Table::VoteDot, VoteDotCol::ParticipantId, participant.value);
    return removeRanked(
        Table::VoteParticipant, participant.value, std::move(ops), tr("Remove Participant"));
}

bool Document::checkVoteOpen(qint64 vote)
{
    if (!m_store.contains(Table::Vote, vote))
        return fail(tr("The vote no longer exists."));
    if (m_store.value(Table::Vote, vote, VoteCol::State).toInt() != int(VoteState::Open))
        return fail(tr("The vote “%1” has ended. Reopen it to change its dots.")
                        .arg(m_store.value(Table::Vote, vote, VoteCol::Title).toString()));
    return true;
}

// ---- dots --------------------------------------------------------------------------------------

qint64 Document::castVoteDot(ParticipantId participant, bool onNote, qint64 item)
{
    const VoteParticipant p = voteParticipant(participant);
    if (!p.id.isValid()) {
        fail(tr("The participant no longer exists."));
        return 0;
    }
    if (!checkVoteOpen(p.voteId.value))
        return 0;
    const Vote v = vote(p.voteId);
    if ((v.subject == VoteSubject::VisionNotes) != onNote) {
        fail(onNote
                ? tr("“%1” is a vote on stories: its dots go on story cards, not on vision notes.")
                      .arg(v.title)
                : tr("“%1” is a vote on vision notes: its dots go on notes, not on stories.")
                      .arg(v.title));
        return 0;
    }
    if (!m_store.contains(onNote ? Table::VisionNote : Table::Story, item)) {
        fail(onNote ? tr("The note to vote for no longer exists.")
                    : tr("The story to vote for no longer exists."));
        return 0;
    }
    if (dotsLeft(participant) == 0) {
        fail(tr("%1 has placed all %n dot(s). Take one back (−) to place it elsewhere.", "",
            v.dotsPerParticipant)
                 .arg(p.name));
        return 0;
    }
    Row row = blankRow(Table::VoteDot);
    const qint64 id = row[0].toLongLong();
    row[VoteDotCol::VoteId] = QVariant::fromValue<qint64>(p.voteId.value);
    row[VoteDotCol::ParticipantId] = QVariant::fromValue<qint64>(participant.value);
    row[onNote ? VoteDotCol::NoteId : VoteDotCol::StoryId] = QVariant::fromValue<qint64>(item);
    // Dots are cast on many laptops at once: a dot whose id someone took meanwhile gets another.
    return commit({ RowOp::insert(Table::VoteDot, std::move(row)) }, tr("Cast Dot"), 0, true)
        ? committedId(Table::VoteDot, id)
        : 0;
}

bool Document::withdrawVoteDot(ParticipantId participant, bool onNote, qint64 item)
{
    const VoteParticipant p = voteParticipant(participant);
    if (!p.id.isValid())
        return fail(tr("The participant no longer exists."));
    if (!checkVoteOpen(p.voteId.value))
        return false;
    const QList<qint64> dots
        = m_store.group(Table::VoteDot, onNote ? VoteDotCol::NoteId : VoteDotCol::StoryId, item);
    for (auto it = dots.crbegin(); it != dots.crend(); ++it) {
        if (m_store.value(Table::VoteDot, *it, VoteDotCol::ParticipantId).toLongLong()
            == participant.value) {
            ChangeSet ops;
            appendRemoveRow(ops, Table::VoteDot, *it);
            return commit(std::move(ops), tr("Take Back Dot"));
        }
    }
    return fail(onNote ? tr("%1 has no dot on this note to take back.").arg(p.name)
                       : tr("%1 has no dot on this story to take back.").arg(p.name));
}

VoteDotId Document::castDot(ParticipantId participant, StoryId story)
{
    return VoteDotId(castVoteDot(participant, false, story.value));
}

VoteDotId Document::castDot(ParticipantId participant, VisionNoteId note)
{
    return VoteDotId(castVoteDot(participant, true, note.value));
}

bool Document::withdrawDot(ParticipantId participant, StoryId story)
{
    return withdrawVoteDot(participant, false, story.value);
}

bool Document::withdrawDot(ParticipantId participant, VisionNoteId note)
{
    return withdrawVoteDot(participant, true, note.value);
}

// ---- the vote's life ---------------------------------------------------------------------------

bool Document::setVoteState(VoteId vote, VoteState state, const QString &text)
{
    return setColumn(Table::Vote, vote.value, VoteCol::State, int(state), text);
}

bool Document::endVote(VoteId vote)
{
    return setVoteState(vote, VoteState::Ended, tr("End Dot Vote"));
}

bool Document::reopenVote(VoteId vote)
{
    return setVoteState(vote, VoteState::Open, tr("Reopen Dot Vote"));
}

bool Document::discardVote(VoteId vote)
{
    if (!m_store.contains(Table::Vote, vote.value))
        return fail(tr("The vote no longer exists."));
    ChangeSet ops;
    appendRemoveGroup(ops, Table::VoteDot, VoteDotCol::VoteId, vote.value);
    appendRemoveGroup(ops, Table::VoteParticipant, VoteParticipantCol::VoteId, vote.value);
    appendRemoveRow(ops, Table::Vote, vote.value);
    return commit(std::move(ops), tr("Discard Dot Vote"));
}

// ---- applying the result -----------------------------------------------------------------------

bool Document::applyVoteAsBusinessValue(VoteId vote, int scaleMax)
{
    const Vote v = this->vote(vote);
    if (!v.id.isValid())
        return fail(tr("The vote no longer exists."));
    if (v.subject != VoteSubject::Stories)
        return fail(
            tr("“%1” is a vote on vision notes; only stories have a business value.").arg(v.title));
    if (scaleMax < 0)
        return fail(tr("The highest business value must be a whole number above zero."));
    const QList<VoteResult> results = voteResults(vote);
    if (results.isEmpty())
        return fail(tr("No story has a dot yet, so there is no value to apply."));
    const int most = results.constFirst().dots;
    ChangeSet ops;
    for (const VoteResult &r : results) {
        const qint64 value = scaleMax > 0
            ? std::max<qint64>(1, std::llround(double(r.dots) * scaleMax / most))
            : r.dots;
        const qsizetype before = ops.size();
        appendUpdate(ops, Table::Story, r.storyId.value, StoryCol::BusinessValue,
            QVariant::fromValue<qint64>(value));
        if (ops.size() != before)
            appendStoryTouched(ops, r.storyId.value);
    }
    return commit(std::move(ops), tr("Apply Vote as Business Value"));
}

bool Document::applyVoteAsOrder(VoteId vote)
{
    const Vote v = this->vote(vote);
    if (!v.id.isValid())
        return fail(tr("The vote no longer exists."));
    const QList<VoteResult> results = voteResults(vote);
    if (results.isEmpty())
        return fail(tr("Nothing has a dot yet, so there is no order to apply."));
    const bool notes = v.subject == VoteSubject::VisionNotes;
    const Table table = notes ? Table::VisionNote : Table::Story;
    const int parentColumn = notes ? int(VisionNoteCol::Area) : int(StoryCol::StepId);
    QHash<qint64, int> dots;
    QList<qint64> parents; // steps or areas, in the order of the result
    for (const VoteResult &r : results) {
        const qint64 item = notes ? r.noteId.value : r.storyId.value;
        dots.insert(item, r.dots);
        const qint64 parent = m_store.value(table, item, parentColumn).toLongLong();
        if (!parents.contains(parent))
            parents.append(parent);
    }
    ChangeSet ops;
    for (qint64 parent : parents) {
        QList<qint64> ordered = m_store.children(table, parent);
        std::stable_sort(ordered.begin(), ordered.end(),
            [&](qint64 a, qint64 b) { return dots.value(a) > dots.value(b); });
        appendRankOps(ops, table, ordered);
    }
    return commit(
        std::move(ops), notes ? tr("Order Notes by Votes") : tr("Order Stories by Votes"));
}

} // namespace Valuemap
