// Document: the edits of release slicing that span several rows — split, merge and deliver.
// Each builds one ChangeSet, so each is one undo step and one transaction.
#include "storage/document.h"

#include "domain/text.h"
#include "storage/editvalues.h"

#include <QSet>
#include <QTime>

using namespace Qt::StringLiterals;

namespace Valuemap {

ReleaseId Document::splitRelease(
    ReleaseId release, const QList<StoryId> &stories, const QString &name)
{
    if (!m_store.contains(Table::Release, release.value)) {
        fail(tr("The release to split no longer exists."));
        return {};
    }
    QList<qint64> moving;
    for (StoryId story : stories) {
        if (!m_store.contains(Table::Story, story.value)) {
            fail(tr("A story to split off no longer exists."));
            return {};
        }
        if (m_store.value(Table::Story, story.value, StoryCol::ReleaseId).toLongLong()
            != release.value) {
            fail(
                tr("“%1” is not in the release “%2”. Select only stories of the release you split.")
                    .arg(m_store.value(Table::Story, story.value, StoryCol::Title).toString(),
                        m_store.value(Table::Release, release.value, ReleaseCol::Name).toString()));
            return {};
        }
        if (!moving.contains(story.value))
            moving.append(story.value);
    }
    if (moving.isEmpty()) {
        fail(tr("Select the stories to move into the new release first."));
        return {};
    }
    QList<qint64> siblings = m_store.children(Table::Release, 0);
    const int index = int(siblings.indexOf(release.value)) + 1;
    Row row = blankRow(Table::Release);
    const qint64 id = row[0].toLongLong();
    row[ReleaseCol::Name] = cleanedText(name, true);
    row[ReleaseCol::Outcome] = QString();
    row[ReleaseCol::Status] = QVariant::fromValue<qint64>(qint64(ReleaseStatus::Planned));
    row[ReleaseCol::Rank] = QVariant::fromValue<qint64>(index);
    ChangeSet ops { RowOp::insert(Table::Release, std::move(row)) };
    siblings.insert(index, id);
    appendRankOps(ops, Table::Release, siblings);
    // The split-off part serves the same customer goals as the slice it came from.
    qint64 nextLink = m_store.nextId(Table::ReleaseGoal);
    for (qint64 link :
        m_store.group(Table::ReleaseGoal, ReleaseGoalCol::ReleaseId, release.value)) {
        ops.append(RowOp::insert(Table::ReleaseGoal,
            { QVariant::fromValue<qint64>(nextLink++), QVariant::fromValue<qint64>(id),
                m_store.value(Table::ReleaseGoal, link, ReleaseGoalCol::GoalId) }));
    }
    for (qint64 story : moving) {
        appendUpdate(
            ops, Table::Story, story, StoryCol::ReleaseId, QVariant::fromValue<qint64>(id));
        appendStoryTouched(ops, story);
    }
    return commit(std::move(ops), tr("Split Release")) ? ReleaseId(id) : ReleaseId();
}

bool Document::mergeReleases(ReleaseId into, ReleaseId from)
{
    if (!m_store.contains(Table::Release, into.value)
        || !m_store.contains(Table::Release, from.value))
        return fail(tr("A release to merge no longer exists."));
    if (into == from)
        return fail(tr("A release cannot be merged into itself. Choose two different releases."));
    ChangeSet ops;
    for (qint64 story : m_store.group(Table::Story, StoryCol::ReleaseId, from.value)) {
        appendUpdate(
            ops, Table::Story, story, StoryCol::ReleaseId, QVariant::fromValue<qint64>(into.value));
        appendStoryTouched(ops, story);
    }
    QSet<qint64> intoGoals;
    for (qint64 link : m_store.group(Table::ReleaseGoal, ReleaseGoalCol::ReleaseId, into.value))
        intoGoals.insert(
            m_store.value(Table::ReleaseGoal, link, ReleaseGoalCol::GoalId).toLongLong());
    for (qint64 link : m_store.group(Table::ReleaseGoal, ReleaseGoalCol::ReleaseId, from.value)) {
        const qint64 goal
            = m_store.value(Table::ReleaseGoal, link, ReleaseGoalCol::GoalId).toLongLong();
        if (intoGoals.contains(goal))
            appendRemoveRow(ops, Table::ReleaseGoal, link);
        else
            appendUpdate(ops, Table::ReleaseGoal, link, ReleaseGoalCol::ReleaseId,
                QVariant::fromValue<qint64>(into.value));
    }
    for (qint64 inc : m_store.group(Table::Increment, IncrementCol::ReleaseId, from.value))
        appendUpdate(ops, Table::Increment, inc, IncrementCol::ReleaseId,
            QVariant::fromValue<qint64>(into.value));

    const QString intoOutcome
        = m_store.value(Table::Release, into.value, ReleaseCol::Outcome).toString();
    const QString fromOutcome
        = m_store.value(Table::Release, from.value, ReleaseCol::Outcome).toString();
    if (!fromOutcome.isEmpty() && fromOutcome != intoOutcome)
        appendUpdate(ops, Table::Release, into.value, ReleaseCol::Outcome,
            intoOutcome.isEmpty() ? fromOutcome : QString(intoOutcome + u"\n\n"_s + fromOutcome));
    const QVariant intoCapacity = m_store.value(Table::Release, into.value, ReleaseCol::Capacity);
    const QVariant fromCapacity = m_store.value(Table::Release, from.value, ReleaseCol::Capacity);
    if (!fromCapacity.isNull())
        appendUpdate(ops, Table::Release, into.value, ReleaseCol::Capacity,
            intoCapacity.toDouble() + fromCapacity.toDouble());
    if (m_store.value(Table::Release, into.value, ReleaseCol::TargetDate).isNull())
        appendUpdate(ops, Table::Release, into.value, ReleaseCol::TargetDate,
            m_store.value(Table::Release, from.value, ReleaseCol::TargetDate));
    return removeRanked(Table::Release, from.value, std::move(ops), tr("Merge Releases"));
}

IncrementId Document::deliverRelease(ReleaseId release, const QDate &date,
    const QList<StoryId> &shipped, const QString &note, const QString &feedback,
    std::optional<int> score)
{
    if (!m_store.contains(Table::Release, release.value)) {
        fail(tr("The release to deliver no longer exists."));
        return {};
    }
    const QString releaseName
        = m_store.value(Table::Release, release.value, ReleaseCol::Name).toString();
    if (!date.isValid()) {
        fail(tr("Delivering “%1” needs a valid delivery date. Pick the day it shipped.")
                 .arg(releaseName));
        return {};
    }
    QList<qint64> stories;
    for (StoryId story : shipped) {
        if (!m_store.contains(Table::Story, story.value)) {
            fail(tr("A story that shipped no longer exists."));
            return {};
        }
        if (m_store.value(Table::Story, story.value, StoryCol::ReleaseId).toLongLong()
            != release.value) {
            fail(
                tr("“%1” is not in the release “%2”. Move it into the release before delivering it "
                   "with it.")
                    .arg(m_store.value(Table::Story, story.value, StoryCol::Title).toString(),
                        releaseName));
            return {};
        }
        if (!stories.contains(story.value))
            stories.append(story.value);
    }
    if (stories.isEmpty()) {
        fail(tr("Tick at least one story that shipped with “%1”.").arg(releaseName));
        return {};
    }
    ChangeSet ops;
    const qint64 id = appendIncrement(ops, release, date, note, stories);
    // Noon UTC: the done date reads as the delivery day in every time zone people work in.
    const QVariant doneAt = isoTimestamp(QDateTime(date, QTime(12, 0), Qt::UTC));
    for (qint64 story : stories) {
        appendUpdate(ops, Table::Story, story, StoryCol::Status,
            QVariant::fromValue<qint64>(qint64(StoryStatus::Done)));
        appendUpdate(ops, Table::Story, story, StoryCol::DoneAt, doneAt);
        appendStoryTouched(ops, story);
    }
    const QString feedbackText = cleanedText(feedback, false).trimmed();
    if (!feedbackText.isEmpty() || score) {
        Row f = blankRow(Table::Feedback);
        f[FeedbackCol::IncrementId] = QVariant::fromValue<qint64>(id);
        f[FeedbackCol::StoryId] = QVariant();
        f[FeedbackCol::Date] = isoDate(date);
        f[FeedbackCol::Text] = feedbackText;
        f[FeedbackCol::Score] = score ? QVariant::fromValue<qint64>(*score) : QVariant();
        ops.append(RowOp::insert(Table::Feedback, std::move(f)));
    }
    appendUpdate(ops, Table::Release, release.value, ReleaseCol::Status,
        QVariant::fromValue<qint64>(qint64(ReleaseStatus::Delivered)));
    return commit(std::move(ops), tr("Deliver Release")) ? IncrementId(id) : IncrementId();
}

} // namespace Valuemap
