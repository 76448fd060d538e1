#include "storage/slicecheck.h"

#include "storage/document.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace Valuemap {

namespace {

// The translation context of the check's sentences (a plain struct has no tr() of its own).
class SliceCheckText
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::SliceCheck)
};

} // namespace

SliceCheck checkSlice(const Document &document, ReleaseId release)
{
    const PlanStore &store = document.store();
    SliceCheck check;
    check.release = release;

    QHash<qint64, qint64> activityOfStep;
    const QList<ActivityId> backbone = document.activities();
    for (ActivityId activity : backbone) {
        for (StepId step : document.steps(activity))
            activityOfStep.insert(step.value, activity.value);
    }
    auto activitiesOf = [&](ReleaseId r) {
        QSet<qint64> covered;
        for (qint64 story : store.group(Table::Story, StoryCol::ReleaseId, r.value))
            covered.insert(activityOfStep.value(
                store.value(Table::Story, story, StoryCol::StepId).toLongLong()));
        return covered;
    };

    for (qint64 story : store.group(Table::Story, StoryCol::ReleaseId, release.value)) {
        ++check.stories;
        if (store.value(Table::Story, story, StoryCol::Status).toInt() == int(StoryStatus::Done))
            ++check.doneStories;
        const QVariant estimate = store.value(Table::Story, story, StoryCol::Estimate);
        if (estimate.isNull())
            ++check.unestimatedStories;
        else
            check.estimate += estimate.toDouble();
        check.businessValue
            += store.value(Table::Story, story, StoryCol::BusinessValue).toLongLong();
    }
    if (!release.isValid() || !store.contains(Table::Release, release.value))
        return check;

    const Release r = document.release(release);
    check.capacity = r.capacity;
    check.overCapacity = r.capacity && check.estimate > *r.capacity;
    check.outcomeMissing = r.outcome.trimmed().isEmpty();
    check.goalMissing = document.releaseGoals(release).isEmpty();

    const QSet<qint64> own = activitiesOf(release);
    QSet<qint64> delivered;
    for (ReleaseId earlier : document.releases()) {
        if (earlier == release)
            break;
        if (document.release(earlier).status == ReleaseStatus::Delivered)
            delivered.unite(activitiesOf(earlier));
    }
    for (ActivityId activity : backbone) {
        if (own.contains(activity.value))
            continue;
        if (delivered.contains(activity.value))
            check.inheritedActivities.append(activity);
        else
            check.missingActivities.append(activity);
    }
    return check;
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
            names.append(QStringLiteral("“%1”").arg(document.activity(activity).title));
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
