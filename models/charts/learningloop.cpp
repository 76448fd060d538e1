#include "charts/learningloop.h"

#include "storage/document.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace Valuemap {

std::optional<double> median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

namespace {

QDate mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

QDate firstOfMonth(const QDate &day)
{
    return QDate(day.year(), day.month(), 1);
}

// Counts per period from the first period to the last, empty periods included.
QList<DatedValue> perPeriod(const QList<QDate> &days, QDate (*start)(const QDate &),
                            QDate (*next)(const QDate &))
{
    QMap<QDate, double> counts;
    for (const QDate &day : days)
        counts[start(day)] += 1.0;
    QList<DatedValue> points;
    if (counts.isEmpty())
        return points;
    for (QDate p = counts.firstKey(); p <= counts.lastKey(); p = next(p))
        points.append({ p, counts.value(p), {} });
    return points;
}

std::optional<double> medianOf(const QList<DatedValue> &points)
{
    QList<double> values;
    for (const DatedValue &p : points)
        values.append(p.value);
    return median(values);
}

} // namespace

bool servesGoal(const Document &document, IncrementId increment, GoalId goal)
{
    const Increment inc = document.increment(increment);
    if (inc.releaseId.isValid() && document.releaseGoals(inc.releaseId).contains(goal))
        return true;
    const QList<StoryId> goalStories = document.goalStories(goal);
    const QList<StoryId> shipped = document.incrementStories(increment);
    return std::any_of(shipped.cbegin(), shipped.cend(),
                       [&](StoryId s) { return goalStories.contains(s); });
}

DeliveryFrequency deliveryFrequency(const Document &document)
{
    QList<QDate> days;
    for (IncrementId inc : document.increments()) {
        const QDate date = document.increment(inc).date;
        if (date.isValid())
            days.append(date);
    }
    DeliveryFrequency result;
    result.perWeek = perPeriod(days, &mondayOf, [](const QDate &d) { return d.addDays(7); });
    result.perMonth = perPeriod(days, &firstOfMonth, [](const QDate &d) { return d.addMonths(1); });
    result.medianPerWeek = medianOf(result.perWeek);
    result.medianPerMonth = medianOf(result.perMonth);
    return result;
}

FeedbackResponses feedbackResponses(const Document &document, const QDate &today)
{
    // The stories made from each feedback, in map order.
    QHash<qint64, QList<Story>> madeFrom;
    for (StoryId id : allStories(document)) {
        const Story story = document.story(id);
        if (story.feedbackId.isValid())
            madeFrom[story.feedbackId.value].append(story);
    }
    FeedbackResponses result;
    for (qint64 id : document.store().group(Table::Feedback, -1, 0))
        result.feedback.append({ FeedbackId(id), {}, {}, {}, {}, {}, 0 });
    for (FeedbackResponse &r : result.feedback) {
        const Feedback f = document.feedback(r.feedback);
        r.given = f.date;
        r.text = f.text;
        // The first delivery answers the feedback; while none is delivered, the first story made.
        for (const Story &story : madeFrom.value(r.feedback.value)) {
            const QDate delivered = deliveryDate(document, story);
            const bool first = !r.story.isValid();
            if (delivered.isValid() && (!r.delivered.isValid() || delivered < r.delivered)) {
                r.delivered = delivered;
            } else if (!first) {
                continue;
            }
            r.story = story.id;
            r.storyLabel = story.key.isEmpty() ? story.title : story.key + u' ' + story.title;
        }
        const QDate until = r.delivered.isValid() ? r.delivered : today;
        r.days = r.given.isValid() ? int(std::max<qint64>(0, r.given.daysTo(until))) : 0;
    }
    result.feedback.removeIf([](const FeedbackResponse &r) { return !r.given.isValid(); });
    std::stable_sort(result.feedback.begin(), result.feedback.end(),
                     [](const FeedbackResponse &a, const FeedbackResponse &b) {
                         return a.given != b.given ? a.given < b.given
                                                   : a.feedback.value < b.feedback.value;
                     });
    QMap<QDate, QList<double>> answeredPerMonth;
    QList<double> answered;
    for (const FeedbackResponse &r : std::as_const(result.feedback)) {
        if (r.isOpen()) {
            ++result.openCount;
            continue;
        }
        answered.append(r.days);
        answeredPerMonth[firstOfMonth(r.given)].append(r.days);
    }
    for (auto it = answeredPerMonth.cbegin(); it != answeredPerMonth.cend(); ++it)
        result.medianPerMonth.append({ it.key(), *median(it.value()), {} });
    result.medianDays = median(answered);
    return result;
}

QList<GoalEffects> valuePerIncrement(const Document &document)
{
    QList<GoalEffects> result;
    for (GoalId goalId : document.goals()) {
        const GoalSeries series = goalSeries(document, goalId);
        GoalEffects effects;
        effects.goal = goalId;
        effects.name = series.name;
        effects.unit = series.unit;
        effects.direction = series.direction;
        // The increments that served the goal, by date.
        QList<IncrementId> served;
        for (IncrementId inc : document.increments()) {
            if (document.increment(inc).date.isValid() && servesGoal(document, inc, goalId))
                served.append(inc);
        }
        std::stable_sort(served.begin(), served.end(), [&](IncrementId a, IncrementId b) {
            return document.increment(a).date < document.increment(b).date;
        });
        for (qsizetype i = 0; i < served.size(); ++i) {
            const Increment inc = document.increment(served[i]);
            const QDate next = i + 1 < served.size() ? document.increment(served[i + 1]).date : QDate();
            IncrementEffect e;
            e.increment = inc.id;
            e.date = inc.date;
            e.label = !inc.version.isEmpty() ? inc.version
                : inc.releaseId.isValid()    ? document.release(inc.releaseId).name
                                             : inc.note;
            e.before = series.baseline;
            for (const DatedValue &m : series.measurements) {
                if (m.date <= inc.date)
                    e.before = m.value;
                else if (!next.isValid() || m.date < next)
                    e.after = m.value;
            }
            if (e.before && e.after)
                e.change = *e.after - *e.before;
            effects.increments.append(e);
        }
        result.append(effects);
    }
    return result;
}

} // namespace Valuemap
