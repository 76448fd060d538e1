#include "storage/slicechecker.h"

#include "storage/document.h"

#include <QSet>

namespace Valuemap {

namespace {

// A story's row as it was before `changes` (which the store has applied): the row now, each
// operation on it undone from the last to the first. Null: it did not exist.
std::optional<Row> rowBefore(const PlanStore &store, qint64 story, const ChangeSet &changes)
{
    std::optional<Row> row;
    if (const Row *now = store.row(Table::Story, story))
        row = *now;
    for (auto op = changes.crbegin(); op != changes.crend(); ++op) {
        if (op->table != Table::Story || op->id != story)
            continue;
        if (op->kind == RowOp::Insert)
            row.reset();
        else if (op->kind == RowOp::Remove)
            row = op->row;
        else if (row && op->column >= 0 && op->column < row->size())
            (*row)[op->column] = op->oldValue;
    }
    return row;
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
    for (qint64 story : std::as_const(stories)) {
        if (const std::optional<Row> before = rowBefore(store, story, changes))
            add(shareOf(*before), -1);
        if (const Row *now = store.row(Table::Story, story))
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
