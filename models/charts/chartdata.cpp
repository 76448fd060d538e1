#include "charts/chartdata.h"

#include "charts/learningloop.h"
#include "storage/document.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace Valuemap {

namespace {

double scopeOf(const Story &story, ScopeUnit unit)
{
    if (unit == ScopeUnit::Stories)
        return 1.0;
    return story.estimate.value_or(0.0);
}

// The earliest increment that shipped each story.
QHash<qint64, QDate> incrementDates(const Document &document)
{
    QHash<qint64, QDate> dates;
    for (IncrementId inc : document.increments()) {
        const QDate date = document.increment(inc).date;
        if (!date.isValid())
            continue;
        for (StoryId story : document.incrementStories(inc)) {
            auto it = dates.find(story.value);
            if (it == dates.end() || date < *it)
                dates.insert(story.value, date);
        }
    }
    return dates;
}

QDate deliveryDay(const Story &story, const QHash<qint64, QDate> &shipped)
{
    if (story.status != StoryStatus::Done)
        return {};
    const auto it = shipped.constFind(story.id.value);
    if (it != shipped.constEnd())
        return *it;
    return story.doneAt.isValid() ? story.doneAt.toUTC().date() : QDate();
}

// A running total per day from (day, amount) pairs.
QList<DatedValue> cumulative(QMap<QDate, double> perDay)
{
    QList<DatedValue> points;
    double sum = 0.0;
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
        sum += it.value();
        points.append({ it.key(), sum, {} });
    }
    return points;
}

// The value of a series of measurements on a day: linear between two, held before the first
// and after the last.
double valueOn(const QList<DatedValue> &points, const QDate &day)
{
    if (day <= points.constFirst().date)
        return points.constFirst().value;
    if (day >= points.constLast().date)
        return points.constLast().value;
    for (qsizetype i = 1; i < points.size(); ++i) {
        const DatedValue &a = points.at(i - 1);
        const DatedValue &b = points.at(i);
        if (day > b.date)
            continue;
        const qint64 span = a.date.daysTo(b.date);
        if (span == 0)
            return b.value;
        return a.value + (b.value - a.value) * double(a.date.daysTo(day)) / double(span);
    }
    return points.constLast().value;
}

} // namespace

QList<StoryId> allStories(const Document &document)
{
    QList<StoryId> ids;
    for (ActivityId activity : document.activities())
        for (StepId step : document.steps(activity))
            ids.append(document.stories(step));
    return ids;
}

QDate deliveryDate(const Document &document, const Story &story)
{
    return deliveryDay(story, incrementDates(document));
}

GoalSeries goalSeries(const Document &document, GoalId goalId)
{
    GoalSeries series;
    const Goal goal = document.goal(goalId);
    if (!goal.id.isValid())
        return series;
    series.goal = goal.id;
    series.name = goal.name;
    series.metric = goal.metric;
    series.unit = goal.unit;
    series.direction = goal.direction;
    series.baseline = goal.baseline;
    series.target = goal.target;
    series.targetDate = goal.targetDate;

    for (MeasurementId id : document.measurements(goalId)) {
        const Measurement m = document.measurement(id);
        if (m.date.isValid())
            series.measurements.append({ m.date, m.value, m.note });
    }
    std::stable_sort(series.measurements.begin(), series.measurements.end(),
        [](const DatedValue &a, const DatedValue &b) { return a.date < b.date; });

    for (IncrementId inc : document.increments()) {
        const Increment increment = document.increment(inc);
        if (!increment.date.isValid() || !servesGoal(document, inc, goalId))
            continue;
        const QString label = increment.releaseId.isValid()
            ? document.release(increment.releaseId).name
            : increment.note;
        double value = 0.0;
        if (!series.measurements.isEmpty())
            value = valueOn(series.measurements, increment.date);
        else if (goal.baseline)
            value = *goal.baseline;
        series.increments.append({ increment.date, value, label });
    }
    std::stable_sort(series.increments.begin(), series.increments.end(),
        [](const DatedValue &a, const DatedValue &b) { return a.date < b.date; });
    return series;
}

BurnUp burnUp(const Document &document, ScopeUnit unit)
{
    BurnUp result;
    result.unit = unit;
    const QHash<qint64, QDate> shipped = incrementDates(document);
    QMap<QDate, double> added;
    QMap<QDate, double> delivered;
    for (StoryId id : allStories(document)) {
        const Story story = document.story(id);
        const double scope = scopeOf(story, unit);
        result.totalScope += scope;
        const QDate created = story.createdAt.isValid() ? story.createdAt.toUTC().date() : QDate();
        const QDate done = deliveryDay(story, shipped);
        // A story without a creation time counts from the day it was delivered (or is unknown).
        const QDate addedOn = created.isValid() ? created : done;
        if (addedOn.isValid())
            added[addedOn] += scope;
        if (done.isValid()) {
            delivered[done] += scope;
            result.deliveredScope += scope;
        }
    }
    result.total = cumulative(added);
    result.delivered = cumulative(delivered);
    for (ReleaseId id : document.releases()) {
        const Release release = document.release(id);
        if (release.targetDate.isValid())
            result.releases.append({ release.targetDate, result.totalScope, release.name });
    }
    return result;
}

Cadence cadence(const Document &document)
{
    Cadence result;
    for (IncrementId id : document.increments()) {
        const Increment inc = document.increment(id);
        if (!inc.date.isValid())
            continue;
        CadencePoint point;
        point.increment = id;
        point.date = inc.date;
        point.release = inc.releaseId.isValid() ? document.release(inc.releaseId).name : QString();
        point.stories = int(document.incrementStories(id).size());
        result.increments.append(point);
    }
    std::stable_sort(result.increments.begin(), result.increments.end(),
        [](const CadencePoint &a, const CadencePoint &b) { return a.date < b.date; });
    double sum = 0.0;
    for (qsizetype i = 1; i < result.increments.size(); ++i) {
        const int days = int(result.increments.at(i - 1).date.daysTo(result.increments.at(i).date));
        result.increments[i].daysSincePrevious = days;
        sum += days;
    }
    if (result.increments.size() > 1)
        result.averageDays = sum / double(result.increments.size() - 1);
    return result;
}

LeadTimes leadTimes(const Document &document)
{
    LeadTimes result;
    const QHash<qint64, QDate> shipped = incrementDates(document);
    for (StoryId id : allStories(document)) {
        const Story story = document.story(id);
        const QDate done = deliveryDay(story, shipped);
        if (!done.isValid() || !story.createdAt.isValid())
            continue;
        const QDate created = story.createdAt.toUTC().date();
        result.stories.append(
            { id, story.title, created, done, int(std::max<qint64>(0, created.daysTo(done))) });
    }
    std::stable_sort(
        result.stories.begin(), result.stories.end(), [](const LeadTime &a, const LeadTime &b) {
            return a.delivered != b.delivered ? a.delivered < b.delivered
                                              : a.story.value < b.story.value;
        });
    QList<double> days;
    for (const LeadTime &l : result.stories)
        days.append(l.days);
    result.medianDays = median(days);
    return result;
}

QList<GoalValue> valuePerGoal(const Document &document, ScopeUnit unit)
{
    QList<GoalValue> values;
    for (GoalId id : document.goals()) {
        GoalValue value;
        value.goal = id;
        value.name = document.goal(id).name;
        for (StoryId storyId : document.goalStories(id)) {
            const Story story = document.story(storyId);
            const double scope = scopeOf(story, unit);
            value.planned += scope;
            if (story.status == StoryStatus::Done)
                value.delivered += scope;
        }
        values.append(value);
    }
    return values;
}

} // namespace Valuemap
