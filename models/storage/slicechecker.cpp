#include "storage/slicechecker.h"

#include "storage/document.h"

#include <QSet>

namespace Valuemap {

namespace {

// The rows of `stories` as they were before `changes` (which the store has applied): each row
// now, every operation on it undone from the last to the first, in one pass over the change
// (a drag or a delete of thousands of cards touches thousands of stories). Null: it did not
// exist.
QHash<qint64, std::optional<Row>> rowsBefore(const PlanStore &store, const QSet<qint64> &stories,
                                             const ChangeSet &changes)
{
    QHash<qint64, std::optional<Row>> rows;
    rows.reserve(stories.size());
    for (qint64 story : stories) {
        std::optional<Row> &row = rows[story];
        if (const Row *now = store.row(Table::Story, story))
            row = *now;
    }
    for (auto op = changes.crbegin(); op != changes.crend(); ++op) {
        if (op->table != Table::Story)
            continue;
        const auto it = rows.find(op->id);
        if (it == rows.end())
            continue;
        std::optional<Row> &row = *it;
        if (op->kind == RowOp::Insert)
            row.reset();
        else if (op->kind == RowOp::Remove)
            row = op->row;
        else if (row && op->column >= 0 && op->column < row->size())
            (*row)[op->column] = op->oldValue;
    }
    return rows;
}

} // namespace

SliceChecker::SliceChecker(const Document &document) : m_document(document)
{
    recount();
}

void SliceChecker::recount()
{
    m_activityOfStep.clear();
    m_tallies.clear();
    for (ActivityId activity : m_document.activities()) {
        for (StepId step : m_document.steps(activity))
            m_activityOfStep.insert(step.value, activity.value);
    }
    // Step by step, as checkSlices: the activity is the step's, and the stories of a step
    // mostly come in runs of one release, whose tally is looked up once per run.
    const PlanStore &store = m_document.store();
    qsizetype counted = 0;
    for (auto step = m_activityOfStep.cbegin(); step != m_activityOfStep.cend(); ++step) {
        qint64 lastRelease = -1;
        Tally *tally = nullptr;
        int *ofActivity = nullptr;
        for (qint64 story : store.children(Table::Story, step.key())) {
            const Row *row = store.row(Table::Story, story);
            if (!row)
                continue;
            ++counted;
            const Share share = shareOf(*row, step.value());
            if (share.release != lastRelease) {
                lastRelease = share.release;
                tally = &m_tallies[share.release];
                ofActivity = &tally->storiesOfActivity[share.activity];
            }
            count(*tally, share, 1);
            ++*ofActivity;
        }
    }
    if (counted != store.count(Table::Story)) { // stories of steps outside the backbone
        for (qint64 story : store.group(Table::Story, -1, 0)) {
            const Row *row = store.row(Table::Story, story);
            if (row && !m_activityOfStep.contains(storedWhole(row->at(StoryCol::StepId))))
                add(shareOf(*row), 1);
        }
    }
}

SliceChecker::Share SliceChecker::shareOf(const Row &row, qint64 activity) const
{
    Share share;
    share.release = storedWhole(row.at(StoryCol::ReleaseId));
    share.activity = activity;
    share.done = storedWhole(row.at(StoryCol::Status)) == int(StoryStatus::Done);
    const QVariant &estimate = row.at(StoryCol::Estimate);
    share.estimated = !estimate.isNull();
    if (share.estimated)
        share.estimate = storedReal(estimate);
    share.businessValue = storedWhole(row.at(StoryCol::BusinessValue));
    return share;
}

SliceChecker::Share SliceChecker::shareOf(const Row &row) const
{
    return shareOf(row, m_activityOfStep.value(storedWhole(row.at(StoryCol::StepId))));
}

void SliceChecker::count(Tally &tally, const Share &share, int sign)
{
    tally.stories += sign;
    tally.doneStories += share.done ? sign : 0;
    tally.businessValue += sign * share.businessValue;
    if (!share.estimated)
        tally.unestimatedStories += sign;
    else if (sign > 0)
        tally.estimate.add(share.estimate);
    else
        tally.estimate.subtract(share.estimate);
}

void SliceChecker::add(const Share &share, int sign)
{
    Tally &tally = m_tallies[share.release];
    count(tally, share, sign);
    if (share.activity != 0) {
        int &n = tally.storiesOfActivity[share.activity];
        n += sign;
        if (n == 0)
            tally.storiesOfActivity.remove(share.activity);
    }
}

void SliceChecker::apply(const ChangeSet &changes)
{
    QSet<qint64> stories;
    for (const RowOp &op : changes) {
        const bool backbone = op.table == Table::Activity || op.table == Table::Step;
        if (backbone && (op.kind != RowOp::Update || op.column == StepCol::ActivityId)) {
            recount(); // which activity a step counts for changed: everything again
            return;
        }
        if (op.table == Table::Story) {
            // Only what the check reads; a new title or rank counts nothing again.
            if (op.kind != RowOp::Update || op.column == StoryCol::StepId
                || op.column == StoryCol::ReleaseId || op.column == StoryCol::Status
                || op.column == StoryCol::Estimate || op.column == StoryCol::BusinessValue)
                stories.insert(op.id);
        }
    }
    const PlanStore &store = m_document.store();
    const QHash<qint64, std::optional<Row>> before = rowsBefore(store, stories, changes);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (*it)
            add(shareOf(**it), -1);
        if (const Row *now = store.row(Table::Story, it.key()))
            add(shareOf(*now), 1);
    }
}

QList<SliceCheck> SliceChecker::checks() const
{
    QList<ReleaseId> releases = m_document.releases();
    releases.append(ReleaseId());
    QList<SliceCheck> checks(releases.size());
    QList<QSet<qint64>> covered(releases.size());
    for (qsizetype i = 0; i < releases.size(); ++i) {
        SliceCheck &check = checks[i];
        check.release = releases[i];
        const auto tally = m_tallies.constFind(releases[i].value);
        if (tally == m_tallies.cend())
            continue;
        check.stories = tally->stories;
        check.doneStories = tally->doneStories;
        check.unestimatedStories = tally->unestimatedStories;
        check.businessValue = tally->businessValue;
        check.estimate = tally->estimate.value();
        for (auto a = tally->storiesOfActivity.cbegin(); a != tally->storiesOfActivity.cend(); ++a)
            covered[i].insert(a.key());
    }
    finishSliceChecks(m_document, checks, covered);
    return checks;
}

} // namespace Valuemap
