#include "storage/slicecheck.h"

#include "storage/document.h"
#include "storage/exactsum.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <functional>

namespace Valuemap {

namespace {

// The translation context of the check's sentences (a plain struct has no tr() of its own).
class SliceCheckText
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::SliceCheck)
};

} // namespace

namespace {

QHash<qint64, qint64> activityOfSteps(const Document &document, const QList<ActivityId> &backbone)
{
    QHash<qint64, qint64> activityOfStep;
    for (ActivityId activity : backbone) {
        for (StepId step : document.steps(activity))
            activityOfStep.insert(step.value, activity.value);
    }
    return activityOfStep;
}

// Adds one story to its slice's totals. The estimate is summed exactly (ExactSum), so the
// total does not depend on the order the stories come in: SliceChecker keeps it story by story.
void count(const Row *row, SliceCheck &check, ExactSum &estimate)
{
    ++check.stories;
    if (storedWhole(row->at(StoryCol::Status)) == int(StoryStatus::Done))
        ++check.doneStories;
    const QVariant &points = row->at(StoryCol::Estimate);
    if (points.isNull())
        ++check.unestimatedStories;
    else
        estimate.add(storedReal(points));
    check.businessValue += storedWhole(row->at(StoryCol::BusinessValue));
}

// Adds one story to its slice's totals and the activities the slice covers.
void count(const PlanStore &store, const QHash<qint64, qint64> &activityOfStep, qint64 story,
           SliceCheck &check, ExactSum &estimate, QSet<qint64> &covered)
{
    const Row *row = store.row(Table::Story, story);
    if (!row)
        return;
    count(row, check, estimate);
    covered.insert(activityOfStep.value(storedWhole(row->at(StoryCol::StepId))));
}

// The checks of a slice whose totals are counted: what it covers itself, and what the delivered
// slices before it cover (coveredBy gives the activities of any release).
void finish(const Document &document, const QList<ActivityId> &backbone, SliceCheck &check,
            const QSet<qint64> &own, const std::function<QSet<qint64>(ReleaseId)> &coveredBy)
{
    if (!check.release.isValid() || !document.store().contains(Table::Release, check.release.value))
        return;
    const Release r = document.release(check.release);
    check.capacity = r.capacity;
    check.overCapacity = r.capacity && check.estimate > *r.capacity;
    check.outcomeMissing = r.outcome.trimmed().isEmpty();
    check.goalMissing = document.releaseGoals(check.release).isEmpty();

    QSet<qint64> delivered;
    for (ReleaseId earlier : document.releases()) {
        if (earlier == check.release)
            break;
        if (document.release(earlier).status == ReleaseStatus::Delivered)
            delivered.unite(coveredBy(earlier));
    }
    for (ActivityId activity : backbone) {
        if (own.contains(activity.value))
            continue;
        if (delivered.contains(activity.value))
            check.inheritedActivities.append(activity);
        else
            check.missingActivities.append(activity);
    }
}

} // namespace

SliceCheck checkSlice(const Document &document, ReleaseId release)
{
    const PlanStore &store = document.store();
    const QList<ActivityId> backbone = document.activities();
    const QHash<qint64, qint64> activityOfStep = activityOfSteps(document, backbone);
    auto activitiesOf = [&](ReleaseId r, SliceCheck &check) {
        QSet<qint64> covered;
        ExactSum estimate;
        for (qint64 story : store.group(Table::Story, StoryCol::ReleaseId, r.value))
            count(store, activityOfStep, story, check, estimate, covered);
        check.estimate = estimate.value();
        return covered;
    };
    SliceCheck check;
    check.release = release;
    const QSet<qint64> own = activitiesOf(release, check);
    finish(document, backbone, check, own, [&](ReleaseId r) {
        SliceCheck ignored;
        return activitiesOf(r, ignored);
    });
    return check;
}

QList<SliceCheck> checkSlices(const Document &document)
{
    const PlanStore &store = document.store();
    const QList<ActivityId> backbone = document.activities();
    const QHash<qint64, qint64> activityOfStep = activityOfSteps(document, backbone);
    QList<ReleaseId> releases = document.releases();
    releases.append(ReleaseId());
    QHash<qint64, qsizetype> at;
    QList<SliceCheck> checks(releases.size());
    QList<QSet<qint64>> covered(releases.size());
    QList<ExactSum> estimates(releases.size());
    for (qsizetype i = 0; i < releases.size(); ++i) {
        at.insert(releases[i].value, i);
        checks[i].release = releases[i];
    }
    // One pass over the stories for every slice, instead of one per slice and earlier slice,
    // step by step: a slice covers a step's activity once, not once for each of its stories.
    qsizetype counted = 0;
    QList<bool> seen(releases.size());
    for (auto step = activityOfStep.cbegin(); step != activityOfStep.cend(); ++step) {
        seen.fill(false);
        for (qint64 story : store.children(Table::Story, step.key())) {
            const Row *row = store.row(Table::Story, story);
            if (!row)
                continue;
            ++counted;
            const auto i = at.constFind(storedWhole(row->at(StoryCol::ReleaseId)));
            if (i == at.constEnd())
                continue;
            count(row, checks[*i], estimates[*i]);
            if (!seen[*i]) {
                seen[*i] = true;
                covered[*i].insert(step.value());
            }
        }
    }
    if (counted != store.count(Table::Story)) { // a story outside the backbone: every story, plainly
        for (qsizetype i = 0; i < releases.size(); ++i) {
            checks[i] = SliceCheck();
            checks[i].release = releases[i];
            estimates[i] = ExactSum();
            covered[i].clear();
        }
        for (qint64 story : store.group(Table::Story, -1, 0)) {
            const qint64 release = store.value(Table::Story, story, StoryCol::ReleaseId).toLongLong();
            if (const auto i = at.constFind(release); i != at.constEnd())
                count(store, activityOfStep, story, checks[*i], estimates[*i], covered[*i]);
        }
    }
    for (qsizetype i = 0; i < releases.size(); ++i)
        checks[i].estimate = estimates[i].value();
    finishSliceChecks(document, checks, covered);
    return checks;
}

void finishSliceChecks(const Document &document, QList<SliceCheck> &checks,
                       const QList<QSet<qint64>> &covered)
{
    const QList<ActivityId> backbone = document.activities();
    QHash<qint64, qsizetype> at;
    for (qsizetype i = 0; i < checks.size(); ++i)
        at.insert(checks[i].release.value, i);
    for (qsizetype i = 0; i < checks.size(); ++i)
        finish(document, backbone, checks[i], covered[i], [&](ReleaseId r) { return covered.value(at.value(r.value)); });
}

QStringList sliceWarnings(const Document &document, const SliceCheck &check)
{
    QStringList warnings;
    if (!check.release.isValid())
        return warnings;
    if (check.stories == 0)
        warnings.append(SliceCheckText::tr("Empty slice: drag stories onto it from Unplanned or "
                                           "another slice."));
    if (!check.isWorkingProduct()) {
        QStringList names;
        for (ActivityId activity : check.missingActivities)
            names.append(SliceCheckText::tr("“%1”", "an activity's name in quotes")
                                 .arg(document.activity(activity).title));
        warnings.append(SliceCheckText::tr("Not a working product: no story for %1.")
                            .arg(QLocale().createSeparatedList(names)));
    }
    if (check.outcomeMissing)
        warnings.append(
            SliceCheckText::tr("No outcome: say what this slice should achieve or let you learn."));
    if (check.goalMissing)
        warnings.append(
            SliceCheckText::tr("No customer goal: link the goal this slice should move."));
    if (check.overCapacity)
        warnings.append(SliceCheckText::tr("Over capacity: %1 estimated for a capacity of %2.")
                            .arg(QLocale().toString(check.estimate, 'g', 6),
                                QLocale().toString(*check.capacity, 'g', 6)));
    return warnings;
}

} // namespace Valuemap
