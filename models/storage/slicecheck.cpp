#include "storage/slicecheck.h"

#include "storage/document.h"

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

// A stored number: rows in memory hold each column in its one form (qint64 or double), read
// straight; anything else the way QVariant converts it. Every story of the plan passes here
// after each change of stories, so the conversion machinery per value counts.
qint64 whole(const QVariant &value)
{
    return value.typeId() == QMetaType::LongLong ? *static_cast<const qint64 *>(value.constData())
                                                 : value.toLongLong();
}

double real(const QVariant &value)
{
    return value.typeId() == QMetaType::Double ? *static_cast<const double *>(value.constData())
                                               : value.toDouble();
}

// Adds one story to its slice's totals.
void count(const Row *row, SliceCheck &check)
{
    ++check.stories;
    if (whole(row->at(StoryCol::Status)) == int(StoryStatus::Done))
        ++check.doneStories;
    const QVariant &estimate = row->at(StoryCol::Estimate);
    if (estimate.isNull())
        ++check.unestimatedStories;
    else
        check.estimate += real(estimate);
    check.businessValue += whole(row->at(StoryCol::BusinessValue));
}

// Adds one story to its slice's totals and the activities the slice covers.
void count(const PlanStore &store, const QHash<qint64, qint64> &activityOfStep, qint64 story,
           SliceCheck &check, QSet<qint64> &covered)
{
    const Row *row = store.row(Table::Story, story);
    if (!row)
        return;
    count(row, check);
    covered.insert(activityOfStep.value(whole(row->at(StoryCol::StepId))));
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
        for (qint64 story : store.group(Table::Story, StoryCol::ReleaseId, r.value))
            count(store, activityOfStep, story, check, covered);
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
            const auto i = at.constFind(whole(row->at(StoryCol::ReleaseId)));
            if (i == at.constEnd())
                continue;
            count(row, checks[*i]);
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
            covered[i].clear();
        }
        for (qint64 story : store.group(Table::Story, -1, 0)) {
            const qint64 release = store.value(Table::Story, story, StoryCol::ReleaseId).toLongLong();
            if (const auto i = at.constFind(release); i != at.constEnd())
                count(store, activityOfStep, story, checks[*i], covered[*i]);
        }
    }
    for (qsizetype i = 0; i < releases.size(); ++i)
        finish(document, backbone, checks[i], covered[i], [&](ReleaseId r) { return covered.value(at.value(r.value)); });
    return checks;
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
