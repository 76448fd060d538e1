// Document: edits of the product, the vision, personas, releases, goals and what was delivered.
#include "storage/document.h"
#include "storage/storykeys.h"

#include "domain/text.h"
#include "storage/editvalues.h"

#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Valuemap {

// ---- product ---------------------------------------------------------------------------------

bool Document::setProductField(ProductField field, const QVariant &value)
{
    const QString text = tr("Edit Product Details");
    switch (field) {
    case ProductField::Name:
        return setColumn(Table::Product, 1, ProductCol::Name, EditValues::text(value, true), text, true);
    case ProductField::Owner:
        return setColumn(Table::Product, 1, ProductCol::Owner, EditValues::text(value, true), text, true);
    case ProductField::Version:
        return setColumn(Table::Product, 1, ProductCol::Version, EditValues::text(value, true), text, true);
    case ProductField::Client:
        return setColumn(Table::Product, 1, ProductCol::Client, EditValues::text(value, true), text, true);
    case ProductField::Language:
        return setColumn(Table::Product, 1, ProductCol::Language, EditValues::text(value, true), text);
    case ProductField::VisionDate:
        return setColumn(Table::Product, 1, ProductCol::VisionDate, EditValues::date(value), text);
    case ProductField::KeyPrefix: {
        const QString prefix = value.toString().trimmed().toUpper();
        if (!isValidKeyPrefix(prefix))
            return fail(tr("The story key prefix “%1” is not 1 to 6 letters A to Z, such as BT. "
                           "Story keys keep their numbers; only the prefix changes.")
                                .arg(value.toString().left(40)));
        return setColumn(Table::Product, 1, ProductCol::KeyPrefix, prefix, tr("Set Story Key Prefix"));
    }
    }
    return false;
}

// ---- vision notes ----------------------------------------------------------------------------

VisionNoteId Document::addVisionNote(VisionArea area, const QString &text, int index,
                                     const QColor &color)
{
    Row row = blankRow(Table::VisionNote);
    row[VisionNoteCol::Area] = QVariant::fromValue<qint64>(qint64(area));
    row[VisionNoteCol::Text] = cleanedText(text, false);
    row[VisionNoteCol::Color] = EditValues::color(color);
    return VisionNoteId(addRanked(Table::VisionNote, qint64(area), std::move(row), index,
                                  tr("Add Note")));
}

bool Document::setVisionNoteText(VisionNoteId id, const QString &text)
{
    return setColumn(Table::VisionNote, id.value, VisionNoteCol::Text,
                     EditValues::text(text, false), tr("Edit Note"), true);
}

bool Document::setVisionNoteColor(VisionNoteId id, const QColor &color)
{
    return setColumn(Table::VisionNote, id.value, VisionNoteCol::Color, EditValues::color(color),
                     tr("Recolour Note"));
}

bool Document::moveVisionNotes(const QList<VisionNoteId> &ids, VisionArea area, int index)
{
    if (ids.size() == 1)
        return moveRanked(Table::VisionNote, ids.first().value, qint64(area), index, tr("Move Note"));
    beginCompound(tr("Move %n Note(s)", "", int(ids.size())));
    bool ok = true;
    for (int i = 0; ok && i < ids.size(); ++i)
        ok = moveRanked(Table::VisionNote, ids[i].value, qint64(area), index < 0 ? -1 : index + i, {});
    endCompound();
    return ok;
}

bool Document::deleteVisionNotes(const QList<VisionNoteId> &ids)
{
    for (VisionNoteId id : ids) {
        if (!m_store.contains(Table::VisionNote, id.value))
            return fail(tr("A note to delete no longer exists."));
    }
    ChangeSet ops;
    QSet<qint64> areas;
    QSet<qint64> doomed;
    for (VisionNoteId id : ids) {
        if (doomed.contains(id.value))
            continue;
        doomed.insert(id.value);
        areas.insert(m_store.value(Table::VisionNote, id.value, VisionNoteCol::Area).toLongLong());
        appendRemoveGroup(ops, Table::VoteDot, VoteDotCol::NoteId, id.value);
        appendRemoveRow(ops, Table::VisionNote, id.value);
    }
    for (qint64 area : areas) {
        QList<qint64> rest = m_store.children(Table::VisionNote, area);
        rest.removeIf([&](qint64 n) { return doomed.contains(n); });
        appendRankOps(ops, Table::VisionNote, rest);
    }
    return commit(std::move(ops), tr("Delete %n Note(s)", "", int(doomed.size())));
}

// ---- personas --------------------------------------------------------------------------------

PersonaId Document::addPersona(const QString &name, int index)
{
    Row row = blankRow(Table::Persona);
    row[PersonaCol::Name] = cleanedText(name, true);
    row[PersonaCol::Description] = QString();
    row[PersonaCol::Color] = QString();
    return PersonaId(addRanked(Table::Persona, 0, std::move(row), index, tr("Add Persona")));
}

bool Document::setPersonaField(PersonaId id, PersonaField field, const QVariant &value)
{
    switch (field) {
    case PersonaField::Name:
        return setColumn(Table::Persona, id.value, PersonaCol::Name, EditValues::text(value, true),
                         tr("Rename Persona"), true);
    case PersonaField::Description:
        return setColumn(Table::Persona, id.value, PersonaCol::Description,
                         EditValues::text(value, false), tr("Edit Persona"), true);
    case PersonaField::Color:
        return setColumn(Table::Persona, id.value, PersonaCol::Color, EditValues::color(value),
                         tr("Recolour Persona"));
    }
    return false;
}

bool Document::movePersona(PersonaId id, int index)
{
    return moveRanked(Table::Persona, id.value, 0, index, tr("Move Persona"));
}

bool Document::deletePersona(PersonaId id)
{
    if (!m_store.contains(Table::Persona, id.value))
        return fail(tr("The persona to delete no longer exists."));
    ChangeSet ops;
    for (qint64 story : m_store.group(Table::Story, StoryCol::PersonaId, id.value)) {
        appendUpdate(ops, Table::Story, story, StoryCol::PersonaId, QVariant());
        appendStoryTouched(ops, story);
    }
    return removeRanked(Table::Persona, id.value, std::move(ops), tr("Delete Persona"));
}

// ---- releases --------------------------------------------------------------------------------

ReleaseId Document::addRelease(const QString &name, int index)
{
    Row row = blankRow(Table::Release);
    row[ReleaseCol::Name] = cleanedText(name, true);
    row[ReleaseCol::Outcome] = QString();
    row[ReleaseCol::Status] = QVariant::fromValue<qint64>(0);
    return ReleaseId(addRanked(Table::Release, 0, std::move(row), index, tr("Add Release")));
}

bool Document::setReleaseField(ReleaseId id, ReleaseField field, const QVariant &value)
{
    const qint64 rid = id.value;
    switch (field) {
    case ReleaseField::Name:
        return setColumn(Table::Release, rid, ReleaseCol::Name, EditValues::text(value, true),
                         tr("Rename Release"), true);
    case ReleaseField::Outcome:
        return setColumn(Table::Release, rid, ReleaseCol::Outcome, EditValues::text(value, false),
                         tr("Edit Release Outcome"), true);
    case ReleaseField::TargetDate:
        return setColumn(Table::Release, rid, ReleaseCol::TargetDate, EditValues::date(value),
                         tr("Set Release Date"));
    case ReleaseField::Status: {
        const auto v = EditValues::choice(value, ReleaseStatusCount);
        if (!v)
            return fail(tr("“%1” is not a release status.").arg(value.toString()));
        return setColumn(Table::Release, rid, ReleaseCol::Status, *v, tr("Set Release Status"));
    }
    case ReleaseField::Capacity: {
        const auto v = EditValues::number(value, 0.0, false);
        if (!v)
            return fail(tr("The capacity “%1” is not a number of zero or more. Enter a number, "
                           "or leave it empty.")
                                .arg(value.toString()));
        return setColumn(Table::Release, rid, ReleaseCol::Capacity, *v, tr("Set Release Capacity"));
    }
    }
    return false;
}

bool Document::moveRelease(ReleaseId id, int index)
{
    return moveRanked(Table::Release, id.value, 0, index, tr("Move Release"));
}

bool Document::deleteRelease(ReleaseId id)
{
    if (!m_store.contains(Table::Release, id.value))
        return fail(tr("The release to delete no longer exists."));
    ChangeSet ops;
    for (qint64 story : m_store.group(Table::Story, StoryCol::ReleaseId, id.value)) {
        appendUpdate(ops, Table::Story, story, StoryCol::ReleaseId, QVariant());
        appendStoryTouched(ops, story);
    }
    appendRemoveGroup(ops, Table::ReleaseGoal, ReleaseGoalCol::ReleaseId, id.value);
    // A delivered increment stays in the history, without its release.
    for (qint64 inc : m_store.group(Table::Increment, IncrementCol::ReleaseId, id.value))
        appendUpdate(ops, Table::Increment, inc, IncrementCol::ReleaseId, QVariant());
    return removeRanked(Table::Release, id.value, std::move(ops), tr("Delete Release"));
}

bool Document::linkReleaseGoal(ReleaseId release, GoalId goal, bool linked)
{
    if (!m_store.contains(Table::Release, release.value) || !m_store.contains(Table::Goal, goal.value))
        return fail(tr("The release or goal to link no longer exists."));
    return link(Table::ReleaseGoal, ReleaseGoalCol::ReleaseId, release.value,
                ReleaseGoalCol::GoalId, goal.value, linked,
                linked ? tr("Link Release to Goal") : tr("Unlink Release from Goal"));
}

// ---- goals and measurements ------------------------------------------------------------------

GoalId Document::addGoal(const QString &name, int index)
{
    Row row = blankRow(Table::Goal);
    row[GoalCol::Name] = cleanedText(name, true);
    row[GoalCol::Description] = QString();
    row[GoalCol::Metric] = QString();
    row[GoalCol::Unit] = QString();
    row[GoalCol::Direction] = QVariant::fromValue<qint64>(0);
    return GoalId(addRanked(Table::Goal, 0, std::move(row), index, tr("Add Goal")));
}

bool Document::setGoalField(GoalId id, GoalField field, const QVariant &value)
{
    const qint64 gid = id.value;
    const QString text = tr("Edit Goal");
    switch (field) {
    case GoalField::Name:
        return setColumn(Table::Goal, gid, GoalCol::Name, EditValues::text(value, true),
                         tr("Rename Goal"), true);
    case GoalField::Description:
        return setColumn(Table::Goal, gid, GoalCol::Description, EditValues::text(value, false), text, true);
    case GoalField::Metric:
        return setColumn(Table::Goal, gid, GoalCol::Metric, EditValues::text(value, true), text, true);
    case GoalField::Unit:
        return setColumn(Table::Goal, gid, GoalCol::Unit, EditValues::text(value, true), text, true);
    case GoalField::Baseline:
    case GoalField::Target: {
        const auto v = EditValues::number(value, -1e12, false);
        if (!v)
            return fail(tr("“%1” is not a number. Enter a number such as 42 or 3.5, or leave it "
                           "empty.")
                                .arg(value.toString()));
        return setColumn(Table::Goal, gid, field == GoalField::Baseline ? GoalCol::Baseline : GoalCol::Target,
                         *v, text);
    }
    case GoalField::TargetDate:
        return setColumn(Table::Goal, gid, GoalCol::TargetDate, EditValues::date(value), text);
    case GoalField::Direction: {
        const auto v = EditValues::choice(value, 2);
        if (!v)
            return fail(tr("“%1” is not a goal direction.").arg(value.toString()));
        return setColumn(Table::Goal, gid, GoalCol::Direction, *v, text);
    }
    }
    return false;
}

bool Document::moveGoal(GoalId id, int index)
{
    return moveRanked(Table::Goal, id.value, 0, index, tr("Move Goal"));
}

bool Document::deleteGoal(GoalId id)
{
    if (!m_store.contains(Table::Goal, id.value))
        return fail(tr("The goal to delete no longer exists."));
    ChangeSet ops;
    appendRemoveGroup(ops, Table::StoryGoal, StoryGoalCol::GoalId, id.value);
    appendRemoveGroup(ops, Table::ReleaseGoal, ReleaseGoalCol::GoalId, id.value);
    appendRemoveGroup(ops, Table::Measurement, MeasurementCol::GoalId, id.value);
    return removeRanked(Table::Goal, id.value, std::move(ops), tr("Delete Goal"));
}

MeasurementId Document::addMeasurement(GoalId goal, const QDate &date, double value,
                                       const QString &note)
{
    if (!m_store.contains(Table::Goal, goal.value)) {
        fail(tr("The goal for the measurement no longer exists."));
        return {};
    }
    if (!date.isValid() || !std::isfinite(value)) {
        fail(tr("A measurement needs a valid date and a number."));
        return {};
    }
    Row row = blankRow(Table::Measurement);
    const qint64 id = row[0].toLongLong();
    row[MeasurementCol::GoalId] = QVariant::fromValue<qint64>(goal.value);
    row[MeasurementCol::Date] = isoDate(date);
    row[MeasurementCol::Value] = value;
    row[MeasurementCol::Note] = cleanedText(note, false);
    return commit({ RowOp::insert(Table::Measurement, std::move(row)) }, tr("Add Measurement"))
            ? MeasurementId(id)
            : MeasurementId();
}

bool Document::setMeasurementField(MeasurementId id, MeasurementField field, const QVariant &value)
{
    const QString text = tr("Edit Measurement");
    switch (field) {
    case MeasurementField::Date: {
        const QVariant d = EditValues::date(value);
        if (d.isNull())
            return fail(tr("“%1” is not a date. Enter a date such as 2026-03-31.").arg(value.toString()));
        return setColumn(Table::Measurement, id.value, MeasurementCol::Date, d, text);
    }
    case MeasurementField::Value: {
        const auto v = EditValues::number(value, -1e12, false);
        if (!v || v->isNull())
            return fail(tr("“%1” is not a number. Enter the measured value, such as 42 or 3.5.")
                                .arg(value.toString()));
        return setColumn(Table::Measurement, id.value, MeasurementCol::Value, *v, text);
    }
    case MeasurementField::Note:
        return setColumn(Table::Measurement, id.value, MeasurementCol::Note,
                         EditValues::text(value, false), text, true);
    }
    return false;
}

bool Document::deleteMeasurement(MeasurementId id)
{
    if (!m_store.contains(Table::Measurement, id.value))
        return fail(tr("The measurement to delete no longer exists."));
    ChangeSet ops;
    appendRemoveRow(ops, Table::Measurement, id.value);
    return commit(std::move(ops), tr("Delete Measurement"));
}

// ---- increments and feedback -----------------------------------------------------------------

IncrementId Document::addIncrement(ReleaseId release, const QDate &date, const QString &note,
                                   const QList<StoryId> &stories)
{
    if (release.isValid() && !m_store.contains(Table::Release, release.value)) {
        fail(tr("The release of the increment no longer exists."));
        return {};
    }
    if (!date.isValid()) {
        fail(tr("An increment needs a valid delivery date."));
        return {};
    }
    QList<qint64> shipped;
    for (StoryId story : stories) {
        if (!m_store.contains(Table::Story, story.value)) {
            fail(tr("A story of the increment no longer exists."));
            return {};
        }
        if (!shipped.contains(story.value))
            shipped.append(story.value);
    }
    ChangeSet ops;
    const qint64 id = appendIncrement(ops, release, date, note, shipped);
    return commit(std::move(ops), tr("Record Increment")) ? IncrementId(id) : IncrementId();
}

qint64 Document::appendIncrement(ChangeSet &ops, ReleaseId release, const QDate &date,
                                 const QString &note, const QList<qint64> &stories) const
{
    Row row = blankRow(Table::Increment);
    const qint64 id = row[0].toLongLong();
    row[IncrementCol::ReleaseId] = EditValues::optionalId(release.value);
    row[IncrementCol::Date] = isoDate(date);
    row[IncrementCol::Note] = cleanedText(note, false);
    row[IncrementCol::Version] = QString(u""_s);
    row[IncrementCol::Commit] = QString(u""_s);
    row[IncrementCol::Environment] = QString(u""_s);
    ops.append(RowOp::insert(Table::Increment, std::move(row)));
    qint64 nextLink = m_store.nextId(Table::IncrementStory);
    for (qint64 story : stories) {
        ops.append(RowOp::insert(Table::IncrementStory, { QVariant::fromValue<qint64>(nextLink++),
                                                          QVariant::fromValue<qint64>(id),
                                                          QVariant::fromValue<qint64>(story) }));
    }
    return id;
}

bool Document::deleteIncrement(IncrementId id)
{
    if (!m_store.contains(Table::Increment, id.value))
        return fail(tr("The increment to delete no longer exists."));
    ChangeSet ops;
    appendRemoveGroup(ops, Table::IncrementStory, IncrementStoryCol::IncrementId, id.value);
    for (qint64 f : m_store.group(Table::Feedback, FeedbackCol::IncrementId, id.value)) {
        if (m_store.value(Table::Feedback, f, FeedbackCol::StoryId).isNull())
            appendRemoveFeedback(ops, f);
        else
            appendUpdate(ops, Table::Feedback, f, FeedbackCol::IncrementId, QVariant());
    }
    appendRemoveRow(ops, Table::Increment, id.value);
    return commit(std::move(ops), tr("Delete Increment"));
}

FeedbackId Document::addFeedback(IncrementId increment, StoryId story, const QDate &date,
                                 const QString &text, std::optional<int> score)
{
    const bool hasIncrement = increment.isValid() && m_store.contains(Table::Increment, increment.value);
    const bool hasStory = story.isValid() && m_store.contains(Table::Story, story.value);
    if ((increment.isValid() && !hasIncrement) || (story.isValid() && !hasStory)
        || (!hasIncrement && !hasStory)) {
        fail(tr("Feedback belongs to an increment or a story; that one no longer exists."));
        return {};
    }
    Row row = blankRow(Table::Feedback);
    const qint64 id = row[0].toLongLong();
    row[FeedbackCol::IncrementId] = EditValues::optionalId(increment.value);
    row[FeedbackCol::StoryId] = EditValues::optionalId(story.value);
    row[FeedbackCol::Date] = isoDate(date.isValid() ? date : QDate::currentDate());
    row[FeedbackCol::Text] = cleanedText(text, false);
    row[FeedbackCol::Score] = score ? QVariant::fromValue<qint64>(*score) : QVariant();
    return commit({ RowOp::insert(Table::Feedback, std::move(row)) }, tr("Add Feedback"))
            ? FeedbackId(id)
            : FeedbackId();
}

bool Document::setFeedbackField(FeedbackId id, FeedbackField field, const QVariant &value)
{
    const QString text = tr("Edit Feedback");
    switch (field) {
    case FeedbackField::Date: {
        const QVariant d = EditValues::date(value);
        if (d.isNull())
            return fail(tr("“%1” is not a date. Enter a date such as 2026-03-31.").arg(value.toString()));
        return setColumn(Table::Feedback, id.value, FeedbackCol::Date, d, text);
    }
    case FeedbackField::Text:
        return setColumn(Table::Feedback, id.value, FeedbackCol::Text, EditValues::text(value, false),
                         text, true);
    case FeedbackField::Score: {
        const auto v = EditValues::number(value, -1e12, true);
        if (!v)
            return fail(tr("The score “%1” is not a whole number.").arg(value.toString()));
        return setColumn(Table::Feedback, id.value, FeedbackCol::Score, *v, text);
    }
    }
    return false;
}

bool Document::deleteFeedback(FeedbackId id)
{
    if (!m_store.contains(Table::Feedback, id.value))
        return fail(tr("The feedback to delete no longer exists."));
    ChangeSet ops;
    appendRemoveFeedback(ops, id.value);
    return commit(std::move(ops), tr("Delete Feedback"));
}

} // namespace Valuemap
