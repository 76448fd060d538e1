// Document: the shared machinery of edits, and the edits of the story map itself.
#include "storage/document.h"

#include "domain/text.h"
#include "storage/editvalues.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

QVariant nowValue()
{
    return isoTimestamp(QDateTime::currentDateTimeUtc());
}

qint64 mergeKeyFor(Table table, qint64 id, int column)
{
    return ((qint64(table) + 1) << 56) | (qint64(column + 1) << 48) | (id & 0xffffffffffffLL);
}

} // namespace

// ---- building change sets --------------------------------------------------------------------

Row Document::blankRow(Table table) const
{
    Row row(tableSpec(table).columns.size());
    row[0] = QVariant::fromValue<qint64>(m_store.nextId(table));
    return row;
}

void Document::appendUpdate(ChangeSet &ops, Table table, qint64 id, int column,
                            const QVariant &value) const
{
    const QVariant normalized = normalizedValue(tableSpec(table).columns[column].type, value);
    const QVariant old = m_store.value(table, id, column);
    if (old == normalized && old.isNull() == normalized.isNull())
        return;
    ops.append(RowOp::update(table, id, column, old, normalized));
}

void Document::appendRankOps(ChangeSet &ops, Table table, const QList<qint64> &ordered) const
{
    const int rankColumn = tableSpec(table).sortColumn;
    for (int i = 0; i < ordered.size(); ++i) {
        if (m_store.contains(table, ordered[i]))
            appendUpdate(ops, table, ordered[i], rankColumn, QVariant::fromValue<qint64>(i));
    }
}

void Document::appendRemoveRow(ChangeSet &ops, Table table, qint64 id) const
{
    if (const Row *row = m_store.row(table, id))
        ops.append(RowOp::remove(table, *row));
}

void Document::appendRemoveGroup(ChangeSet &ops, Table table, int column, qint64 key) const
{
    const QList<qint64> ids = m_store.group(table, column, key); // copy: stable while appending
    for (qint64 id : ids)
        appendRemoveRow(ops, table, id);
}

std::tuple<qint64, qint64, qint64> Document::mapPlace(qint64 story) const
{
    const qint64 s = m_store.value(Table::Story, story, StoryCol::StepId).toLongLong();
    const qint64 a = m_store.value(Table::Step, s, StepCol::ActivityId).toLongLong();
    return { m_store.value(Table::Activity, a, ActivityCol::Rank).toLongLong(),
             m_store.value(Table::Step, s, StepCol::Rank).toLongLong(),
             m_store.value(Table::Story, story, StoryCol::Rank).toLongLong() };
}

void Document::appendStoryTouched(ChangeSet &ops, qint64 id) const
{
    appendUpdate(ops, Table::Story, id, StoryCol::UpdatedAt, nowValue());
}

void Document::appendRemoveStory(ChangeSet &ops, qint64 id) const
{
    appendRemoveGroup(ops, Table::StoryTag, StoryTagCol::StoryId, id);
    appendRemoveGroup(ops, Table::StoryGoal, StoryGoalCol::StoryId, id);
    appendRemoveGroup(ops, Table::IncrementStory, IncrementStoryCol::StoryId, id);
    appendRemoveGroup(ops, Table::VoteDot, VoteDotCol::StoryId, id);
    for (qint64 f : m_store.group(Table::Feedback, FeedbackCol::StoryId, id)) {
        // Feedback on an increment outlives the story it also named.
        if (m_store.value(Table::Feedback, f, FeedbackCol::IncrementId).isNull())
            appendRemoveFeedback(ops, f);
        else
            appendUpdate(ops, Table::Feedback, f, FeedbackCol::StoryId, QVariant());
    }
    appendRemoveRow(ops, Table::Story, id);
}

void Document::appendRemoveStep(ChangeSet &ops, qint64 id) const
{
    for (qint64 story : m_store.children(Table::Story, id))
        appendRemoveStory(ops, story);
    appendRemoveRow(ops, Table::Step, id);
}

qint64 Document::addRanked(Table table, qint64 parent, Row row, int index, const QString &text)
{
    const qint64 id = row[0].toLongLong();
    QList<qint64> siblings = m_store.children(table, parent);
    if (index < 0 || index > siblings.size())
        index = int(siblings.size());
    siblings.insert(index, id);
    row[tableSpec(table).sortColumn] = QVariant::fromValue<qint64>(index);
    ChangeSet ops{ RowOp::insert(table, std::move(row)) };
    if (table == Table::Story)
        appendStoryKey(ops);
    appendRankOps(ops, table, siblings);
    // On a shared plan others add at the same time: a new row whose id (or story number)
    // someone took meanwhile gets the next free one.
    return commit(std::move(ops), text, 0, true) ? committedId(table, id) : 0;
}

bool Document::moveRanked(Table table, qint64 id, qint64 newParent, int index, const QString &text)
{
    const TableSpec &spec = tableSpec(table);
    if (!m_store.contains(table, id))
        return fail(tr("The item to move no longer exists."));
    const qint64 oldParent = spec.parentColumn < 0 ? 0 : m_store.value(table, id, spec.parentColumn).toLongLong();
    ChangeSet ops;
    if (oldParent != newParent) {
        QList<qint64> old = m_store.children(table, oldParent);
        old.removeAll(id);
        appendRankOps(ops, table, old);
        appendUpdate(ops, table, id, spec.parentColumn, QVariant::fromValue<qint64>(newParent));
    }
    QList<qint64> siblings = m_store.children(table, newParent);
    siblings.removeAll(id);
    if (index < 0 || index > siblings.size())
        index = int(siblings.size());
    siblings.insert(index, id);
    appendRankOps(ops, table, siblings);
    return commit(std::move(ops), text);
}

bool Document::removeRanked(Table table, qint64 id, ChangeSet ops, const QString &text)
{
    const TableSpec &spec = tableSpec(table);
    const qint64 parent = spec.parentColumn < 0 ? 0 : m_store.value(table, id, spec.parentColumn).toLongLong();
    QList<qint64> siblings = m_store.children(table, parent);
    siblings.removeAll(id);
    appendRemoveRow(ops, table, id);
    appendRankOps(ops, table, siblings);
    return commit(std::move(ops), text);
}

bool Document::setColumn(Table table, qint64 id, int column, const QVariant &value,
                         const QString &text, bool mergeTyping)
{
    if (!m_store.contains(table, id))
        return fail(tr("The item to change no longer exists."));
    ChangeSet ops;
    appendUpdate(ops, table, id, column, value);
    if (ops.isEmpty())
        return true;
    if (table == Table::Story)
        appendStoryTouched(ops, id);
    return commit(std::move(ops), text, mergeTyping ? mergeKeyFor(table, id, column) : 0);
}

bool Document::link(Table table, int leftColumn, qint64 left, int rightColumn, qint64 right,
                    bool linked, const QString &text)
{
    qint64 existing = 0;
    for (qint64 l : m_store.group(table, leftColumn, left)) {
        if (m_store.value(table, l, rightColumn).toLongLong() == right)
            existing = l;
    }
    ChangeSet ops;
    if (linked && existing == 0) {
        Row row = blankRow(table);
        row[leftColumn] = QVariant::fromValue<qint64>(left);
        row[rightColumn] = QVariant::fromValue<qint64>(right);
        ops.append(RowOp::insert(table, std::move(row)));
    } else if (!linked && existing != 0) {
        appendRemoveRow(ops, table, existing);
    }
    return commit(std::move(ops), text);
}

// ---- activities ------------------------------------------------------------------------------

ActivityId Document::addActivity(const QString &title, int index)
{
    Row row = blankRow(Table::Activity);
    row[ActivityCol::Title] = cleanedText(title, true);
    row[ActivityCol::Description] = QString();
    row[ActivityCol::Color] = QString();
    return ActivityId(addRanked(Table::Activity, 0, std::move(row), index, tr("Add Activity")));
}

bool Document::setActivityField(ActivityId id, ActivityField field, const QVariant &value)
{
    switch (field) {
    case ActivityField::Title:
        return setColumn(Table::Activity, id.value, ActivityCol::Title, EditValues::text(value, true),
                         tr("Rename Activity"), true);
    case ActivityField::Description:
        return setColumn(Table::Activity, id.value, ActivityCol::Description,
                         EditValues::text(value, false), tr("Edit Activity"), true);
    case ActivityField::Color:
        return setColumn(Table::Activity, id.value, ActivityCol::Color, EditValues::color(value),
                         tr("Recolour Activity"));
    }
    return false;
}

bool Document::moveActivity(ActivityId id, int index)
{
    return moveRanked(Table::Activity, id.value, 0, index, tr("Move Activity"));
}

bool Document::deleteActivity(ActivityId id)
{
    if (!m_store.contains(Table::Activity, id.value))
        return fail(tr("The activity to delete no longer exists."));
    ChangeSet ops;
    for (qint64 step : m_store.children(Table::Step, id.value))
        appendRemoveStep(ops, step);
    return removeRanked(Table::Activity, id.value, std::move(ops), tr("Delete Activity"));
}

// ---- steps -----------------------------------------------------------------------------------

StepId Document::addStep(ActivityId activity, const QString &title, int index)
{
    if (!m_store.contains(Table::Activity, activity.value)) {
        fail(tr("The activity for the new step no longer exists."));
        return {};
    }
    Row row = blankRow(Table::Step);
    row[StepCol::ActivityId] = QVariant::fromValue<qint64>(activity.value);
    row[StepCol::Title] = cleanedText(title, true);
    row[StepCol::Description] = QString();
    return StepId(addRanked(Table::Step, activity.value, std::move(row), index, tr("Add Step")));
}

bool Document::setStepField(StepId id, StepField field, const QVariant &value)
{
    if (field == StepField::Title)
        return setColumn(Table::Step, id.value, StepCol::Title, EditValues::text(value, true),
                         tr("Rename Step"), true);
    return setColumn(Table::Step, id.value, StepCol::Description, EditValues::text(value, false),
                     tr("Edit Step"), true);
}

bool Document::moveStep(StepId id, ActivityId activity, int index)
{
    if (!m_store.contains(Table::Activity, activity.value))
        return fail(tr("The activity to move the step to no longer exists."));
    return moveRanked(Table::Step, id.value, activity.value, index, tr("Move Step"));
}

bool Document::deleteStep(StepId id)
{
    if (!m_store.contains(Table::Step, id.value))
        return fail(tr("The step to delete no longer exists."));
    ChangeSet ops;
    for (qint64 story : m_store.children(Table::Story, id.value))
        appendRemoveStory(ops, story);
    return removeRanked(Table::Step, id.value, std::move(ops), tr("Delete Step"));
}

// ---- stories ---------------------------------------------------------------------------------

StoryId Document::addStory(StepId step, ReleaseId release, const QString &title, int index)
{
    if (!m_store.contains(Table::Step, step.value)) {
        fail(tr("The step for the new story no longer exists."));
        return {};
    }
    if (release.isValid() && !m_store.contains(Table::Release, release.value)) {
        fail(tr("The release for the new story no longer exists."));
        return {};
    }
    const QVariant now = nowValue();
    Row row = blankRow(Table::Story);
    row[StoryCol::StepId] = QVariant::fromValue<qint64>(step.value);
    row[StoryCol::ReleaseId] = EditValues::optionalId(release.value);
    row[StoryCol::Title] = cleanedText(title, true);
    row[StoryCol::Description] = QString();
    row[StoryCol::AcceptanceCriteria] = QString();
    row[StoryCol::Status] = QVariant::fromValue<qint64>(0);
    row[StoryCol::Color] = QString();
    row[StoryCol::CreatedAt] = now;
    row[StoryCol::UpdatedAt] = now;
    return StoryId(addRanked(Table::Story, step.value, std::move(row), index, tr("Add Story")));
}

bool Document::setStoryField(StoryId id, StoryField field, const QVariant &value)
{
    const qint64 sid = id.value;
    switch (field) {
    case StoryField::Title:
        return setColumn(Table::Story, sid, StoryCol::Title, EditValues::text(value, true),
                         tr("Rename Story"), true);
    case StoryField::Description:
        return setColumn(Table::Story, sid, StoryCol::Description, EditValues::text(value, false),
                         tr("Edit Story Description"), true);
    case StoryField::AcceptanceCriteria:
        return setColumn(Table::Story, sid, StoryCol::AcceptanceCriteria,
                         EditValues::text(value, false), tr("Edit Acceptance Criteria"), true);
    case StoryField::Estimate: {
        const auto v = EditValues::number(value, 0.0, false);
        if (!v)
            return fail(tr("The estimate “%1” is not a number of zero or more. Enter a number "
                           "such as 3 or 0.5, or leave it empty.")
                                .arg(value.toString()));
        return setColumn(Table::Story, sid, StoryCol::Estimate, *v, tr("Set Estimate"));
    }
    case StoryField::BusinessValue: {
        const auto v = EditValues::number(value, 0.0, true);
        if (!v)
            return fail(tr("The business value “%1” is not a whole number of zero or more. Enter "
                           "a number such as 8, or leave it empty.")
                                .arg(value.toString()));
        return setColumn(Table::Story, sid, StoryCol::BusinessValue, *v, tr("Set Business Value"));
    }
    case StoryField::Status: {
        const auto v = EditValues::choice(value, StoryStatusCount);
        if (!v)
            return fail(tr("“%1” is not a story status.").arg(value.toString()));
        if (!m_store.contains(Table::Story, sid))
            return fail(tr("The item to change no longer exists."));
        ChangeSet ops;
        appendUpdate(ops, Table::Story, sid, StoryCol::Status, *v);
        if (ops.isEmpty())
            return true;
        const bool done = v->toInt() == int(StoryStatus::Done);
        appendUpdate(ops, Table::Story, sid, StoryCol::DoneAt, done ? nowValue() : QVariant());
        appendStoryTouched(ops, sid);
        return commit(std::move(ops), tr("Set Story Status"));
    }
    case StoryField::Persona: {
        const qint64 persona = value.toLongLong();
        if (persona != 0 && !m_store.contains(Table::Persona, persona))
            return fail(tr("The persona for the story no longer exists."));
        return setColumn(Table::Story, sid, StoryCol::PersonaId,
                         EditValues::optionalId(persona), tr("Set Persona"));
    }
    case StoryField::Color:
        return setColumn(Table::Story, sid, StoryCol::Color, EditValues::color(value),
                         tr("Recolour Story"));
    }
    return false;
}

bool Document::moveStories(const QList<StoryId> &ids, StepId step, ReleaseId release, int index)
{
    if (!m_store.contains(Table::Step, step.value))
        return fail(tr("The step to move the stories to no longer exists."));
    if (release.isValid() && !m_store.contains(Table::Release, release.value))
        return fail(tr("The release to move the stories to no longer exists."));
    // Keep the moved cards in the order they have on the map.
    QList<qint64> moving;
    for (StoryId id : ids) {
        if (!m_store.contains(Table::Story, id.value))
            return fail(tr("A story to move no longer exists."));
        if (!moving.contains(id.value))
            moving.append(id.value);
    }
    std::stable_sort(moving.begin(), moving.end(),
                     [&](qint64 a, qint64 b) { return mapPlace(a) < mapPlace(b); });

    const QSet<qint64> movingSet(moving.cbegin(), moving.cend());
    ChangeSet ops;
    QSet<qint64> sourceSteps;
    for (qint64 id : moving) {
        const qint64 from = m_store.value(Table::Story, id, StoryCol::StepId).toLongLong();
        if (from != step.value)
            sourceSteps.insert(from);
    }
    for (qint64 from : sourceSteps) {
        QList<qint64> rest = m_store.children(Table::Story, from);
        rest.removeIf([&](qint64 s) { return movingSet.contains(s); });
        appendRankOps(ops, Table::Story, rest);
    }
    for (qint64 id : moving) {
        const qsizetype before = ops.size();
        appendUpdate(ops, Table::Story, id, StoryCol::StepId, QVariant::fromValue<qint64>(step.value));
        appendUpdate(ops, Table::Story, id, StoryCol::ReleaseId,
                     EditValues::optionalId(release.value));
        if (ops.size() != before)
            appendStoryTouched(ops, id);
    }
    QList<qint64> target = m_store.children(Table::Story, step.value);
    target.removeIf([&](qint64 s) { return movingSet.contains(s); });
    if (index < 0 || index > target.size())
        index = int(target.size());
    for (int i = 0; i < moving.size(); ++i)
        target.insert(index + i, moving[i]);
    appendRankOps(ops, Table::Story, target);
    return commit(std::move(ops), tr("Move %n Story(s)", "", int(moving.size())));
}

bool Document::deleteStories(const QList<StoryId> &ids)
{
    QList<qint64> doomed;
    for (StoryId id : ids) {
        if (!m_store.contains(Table::Story, id.value))
            return fail(tr("A story to delete no longer exists."));
        if (!doomed.contains(id.value))
            doomed.append(id.value);
    }
    const QSet<qint64> doomedSet(doomed.cbegin(), doomed.cend());
    QSet<qint64> steps;
    ChangeSet ops;
    for (qint64 id : doomed) {
        steps.insert(m_store.value(Table::Story, id, StoryCol::StepId).toLongLong());
        appendRemoveStory(ops, id);
    }
    for (qint64 s : steps) {
        QList<qint64> rest = m_store.children(Table::Story, s);
        rest.removeIf([&](qint64 story) { return doomedSet.contains(story); });
        appendRankOps(ops, Table::Story, rest);
    }
    return commit(std::move(ops), tr("Delete %n Story(s)", "", int(doomed.size())));
}

bool Document::setStoryTags(StoryId id, const QStringList &tags)
{
    if (!m_store.contains(Table::Story, id.value))
        return fail(tr("The item to change no longer exists."));
    QStringList wanted;
    for (const QString &t : tags) {
        const QString name = cleanedText(t, true).trimmed();
        if (!name.isEmpty() && !wanted.contains(name, Qt::CaseInsensitive))
            wanted.append(name);
    }
    QHash<QString, qint64> tagByName;
    for (qint64 t : m_store.children(Table::Tag, 0))
        tagByName.insert(m_store.value(Table::Tag, t, TagCol::Name).toString().toCaseFolded(), t);

    ChangeSet ops;
    qint64 nextTag = m_store.nextId(Table::Tag);
    qint64 nextLink = m_store.nextId(Table::StoryTag);
    QSet<qint64> wantedTags;
    QList<qint64> orderedTags;
    for (const QString &name : wanted) {
        qint64 tag = tagByName.value(name.toCaseFolded());
        if (tag == 0) {
            tag = nextTag++;
            ops.append(RowOp::insert(Table::Tag, { QVariant::fromValue<qint64>(tag),
                                                   QVariant::fromValue(name), QVariant::fromValue(QString()) }));
        }
        wantedTags.insert(tag);
        orderedTags.append(tag);
    }
    QSet<qint64> present;
    for (qint64 link : m_store.group(Table::StoryTag, StoryTagCol::StoryId, id.value)) {
        const qint64 tag = m_store.value(Table::StoryTag, link, StoryTagCol::TagId).toLongLong();
        if (wantedTags.contains(tag))
            present.insert(tag);
        else
            appendRemoveRow(ops, Table::StoryTag, link);
    }
    for (qint64 tag : orderedTags) {
        if (!present.contains(tag))
            ops.append(RowOp::insert(Table::StoryTag, { QVariant::fromValue<qint64>(nextLink++),
                                                        QVariant::fromValue<qint64>(id.value),
                                                        QVariant::fromValue<qint64>(tag) }));
    }
    if (!ops.isEmpty())
        appendStoryTouched(ops, id.value);
    return commit(std::move(ops), tr("Set Tags"));
}

bool Document::linkStoryGoal(StoryId story, GoalId goal, bool linked)
{
    if (!m_store.contains(Table::Story, story.value) || !m_store.contains(Table::Goal, goal.value))
        return fail(tr("The story or goal to link no longer exists."));
    return link(Table::StoryGoal, StoryGoalCol::StoryId, story.value, StoryGoalCol::GoalId,
                goal.value, linked, linked ? tr("Link Story to Goal") : tr("Unlink Story from Goal"));
}

} // namespace Valuemap
