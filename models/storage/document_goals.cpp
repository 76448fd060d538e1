// Document: edits around customer goals that span several rows — a batch of measurements (a CSV
// import) and a story made from customer feedback.
#include "storage/document.h"

#include "domain/text.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Valuemap {

bool Document::addMeasurements(GoalId goal, const QList<Measurement> &rows, const QString &undoText)
{
    if (!m_store.contains(Table::Goal, goal.value))
        return fail(tr("The goal for the measurements no longer exists."));
    if (rows.isEmpty())
        return fail(tr("There are no measurements to add."));
    ChangeSet ops;
    qint64 next = m_store.nextId(Table::Measurement);
    for (const Measurement &m : rows) {
        if (!m.date.isValid() || !std::isfinite(m.value))
            return fail(tr("A measurement needs a valid date and a number."));
        Row row = blankRow(Table::Measurement);
        row[0] = QVariant::fromValue<qint64>(next++);
        row[MeasurementCol::GoalId] = QVariant::fromValue<qint64>(goal.value);
        row[MeasurementCol::Date] = isoDate(m.date);
        row[MeasurementCol::Value] = m.value;
        row[MeasurementCol::Note] = cleanedText(m.note, false);
        ops.append(RowOp::insert(Table::Measurement, std::move(row)));
    }
    return commit(std::move(ops), undoText);
}

StoryId Document::storyFromFeedback(
    FeedbackId feedbackId, StepId step, const QString &title, const QList<GoalId> &goals)
{
    if (!m_store.contains(Table::Feedback, feedbackId.value)) {
        fail(tr("The feedback no longer exists."));
        return {};
    }
    if (!m_store.contains(Table::Step, step.value)) {
        fail(tr("Add a step to the story map first: a new story needs a step to live in."));
        return {};
    }
    const Feedback f = feedback(feedbackId);
    QString description
        = tr("From customer feedback of %1:").arg(isoDate(f.date)) + u"\n“"_s + f.text + u"”"_s;
    if (f.score)
        description += u"\n"_s + tr("Score: %1 of 5").arg(*f.score);
    beginCompound(tr("Make a Story from Feedback"));
    const StoryId story = addStory(step, ReleaseId(), title);
    bool ok = story.isValid() && setStoryField(story, StoryField::Description, description);
    // The link lets the learning loop chart the days from hearing the customer to delivering.
    ok = ok
        && setColumn(Table::Story, story.value, StoryCol::FeedbackId,
                     QVariant::fromValue<qint64>(feedbackId.value), tr("Make a Story from Feedback"));
    for (GoalId goal : goals) {
        if (ok && m_store.contains(Table::Goal, goal.value))
            ok = linkStoryGoal(story, goal, true);
    }
    endCompound();
    return ok ? story : StoryId();
}

void Document::appendRemoveFeedback(ChangeSet &ops, qint64 id) const
{
    // As a story outlives its persona, a story made from feedback outlives the feedback; only
    // the link goes. A story removed earlier in the same change needs no update.
    for (qint64 story : m_store.group(Table::Story, StoryCol::FeedbackId, id)) {
        const bool removed = std::any_of(ops.cbegin(), ops.cend(), [story](const RowOp &op) {
            return op.kind == RowOp::Remove && op.table == Table::Story && op.id == story;
        });
        if (!removed) {
            appendUpdate(ops, Table::Story, story, StoryCol::FeedbackId, QVariant());
            appendStoryTouched(ops, story);
        }
    }
    appendRemoveRow(ops, Table::Feedback, id);
}

} // namespace Valuemap
