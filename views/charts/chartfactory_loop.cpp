// The learning loop's charts: how often increments ship, what each did to its goals, and how
// fast the team answers what customers said.
#include "charts/chartfactory.h"

#include "charts/chartparts.h"
#include "charts/learningloop.h"
#include "storage/document.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QHash>
#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Valuemap {

using namespace ChartParts;

namespace {

QDate firstOfMonthOf(const QDate &day)
{
    return QDate(day.year(), day.month(), 1);
}

} // namespace

QChart *ChartFactory::frequencyChart(const Document &document, QString *empty)
{
    const DeliveryFrequency data = deliveryFrequency(document);
    if (data.perWeek.isEmpty()) {
        *empty = tr("No increment has been delivered yet. Deliver a release on the Releases tab, "
                    "or let your pipeline record one with valuemap record increment.");
        return nullptr;
    }
    QString text = title(document, { ChartKind::DeliveryFrequency, {}, ScopeUnit::Stories });
    if (data.medianPerWeek && data.medianPerMonth)
        text = tr("%1 (median %2 a week, %3 a month)")
                   .arg(text, num(*data.medianPerWeek), num(*data.medianPerMonth));
    QChart *chart = newChart(text);
    const QDate from = data.perWeek.constFirst().date;
    const QDate to = data.perWeek.constLast().date.addDays(6);
    QDateTimeAxis *x = dateAxis(chart, from, to, tr("Week"));
    double most = 1;
    for (const DatedValue &p : data.perWeek)
        most = std::max(most, p.value);
    // Whole increments: one more than the most in a week, so the top step stands free.
    QValueAxis *y = valueAxis(chart, 0, std::ceil(most) + 1, tr("Increments per week"), Qt::AlignLeft, true);
    // Each week a step of its count, so an empty week reads as a gap in delivery.
    auto *weeks = line(tr("Increments per week"), IncrementColor, 3, Qt::SolidLine);
    QStringList tips;
    for (const DatedValue &p : data.perWeek) {
        weeks->append(msecs(p.date), p.value);
        weeks->append(msecs(p.date.addDays(7)), p.value);
        const QString tip = tr("Week of %1: %n increment(s)", nullptr, int(p.value)).arg(day(p.date));
        tips << tip << tip;
    }
    weeks->setProperty(ChartTipsProperty, tips);
    attach(chart, weeks, x, y);
    if (data.medianPerWeek) {
        auto *median = line(tr("Median per week"), TargetColor, 2, Qt::DashLine);
        median->append(msecs(from), *data.medianPerWeek);
        median->append(msecs(to), *data.medianPerWeek);
        median->setProperty(ChartTipsProperty,
                            QStringList(2, tr("Median: %1 increments a week").arg(num(*data.medianPerWeek))));
        attach(chart, median, x, y);
    }
    return chart;
}

QChart *ChartFactory::incrementValueChart(const Document &document, QString *empty)
{
    const QList<GoalEffects> data = valuePerIncrement(document);
    if (data.isEmpty()) {
        *empty = tr("The plan has no customer goals yet. Add goals on the Goals tab and link the "
                    "releases or stories that serve them.");
        return nullptr;
    }
    // One category per increment that served some goal, by date; one bar set per goal.
    QList<IncrementId> increments;
    QHash<qint64, QString> labels;
    QHash<qint64, QDate> dates;
    for (const GoalEffects &g : data) {
        for (const IncrementEffect &e : g.increments) {
            if (e.change && !increments.contains(e.increment)) {
                increments.append(e.increment);
                labels.insert(e.increment.value, e.label);
                dates.insert(e.increment.value, e.date);
            }
        }
    }
    if (increments.isEmpty()) {
        *empty = tr("No increment that served a goal has a measurement before and after it yet. "
                    "Measure the goals after each delivery (or let a metrics job record them).");
        return nullptr;
    }
    std::stable_sort(increments.begin(), increments.end(), [&](IncrementId a, IncrementId b) {
        return dates.value(a.value) < dates.value(b.value);
    });
    QChart *chart = newChart(title(document, { ChartKind::ValuePerIncrement, {}, ScopeUnit::Stories }));
    auto *series = new QBarSeries;
    static const ThemeRole colors[] = { MetricColor, TargetColor, IncrementColor, ReleaseColor,
                                        PlannedColor, BaselineColor };
    double low = 0;
    double high = 0;
    int index = 0;
    for (const GoalEffects &g : data) {
        if (std::none_of(g.increments.cbegin(), g.increments.cend(),
                         [](const IncrementEffect &e) { return e.change.has_value(); }))
            continue;
        auto *set = new QBarSet(g.unit.isEmpty() ? g.name : tr("%1 (%2)").arg(g.name, g.unit));
        const QColor color = colors[index++ % std::size(colors)];
        set->setColor(color);
        set->setBorderColor(color.darker(120));
        set->setLabelColor(Theme::colors().chartText);
        QStringList tips;
        for (IncrementId inc : increments) {
            const auto it = std::find_if(g.increments.cbegin(), g.increments.cend(),
                                         [&](const IncrementEffect &e) { return e.increment == inc; });
            const double change = it != g.increments.cend() && it->change ? *it->change : 0.0;
            set->append(change);
            low = std::min(low, change);
            high = std::max(high, change);
            tips.append(it != g.increments.cend() && it->change
                            ? tr("%1 after %2: %3 → %4 (%5)")
                                  .arg(g.name, it->label, withUnit(*it->before, g.unit),
                                       withUnit(*it->after, g.unit),
                                       (change > 0 ? u"+"_s : QString()) + num(change))
                            : tr("%1: %2 did not serve it, or nothing was measured after it")
                                  .arg(g.name, labels.value(inc.value)));
        }
        set->setProperty(ChartTipsProperty, tips);
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value"_s);
    QStringList names;
    for (IncrementId inc : increments)
        names.append(tr("%1\n%2").arg(labels.value(inc.value), day(dates.value(inc.value))));
    auto *categories = new QBarCategoryAxis;
    categories->append(names);
    chart->addAxis(categories, Qt::AlignBottom);
    const double margin = std::max(1e-9, (high - low) * 0.15);
    QValueAxis *values = valueAxis(chart, std::min(0.0, low - margin), std::max(0.0, high + margin),
                                   tr("Change of the metric"), Qt::AlignLeft);
    attach(chart, series, categories, values);
    return chart;
}

QChart *ChartFactory::feedbackChart(const Document &document, QString *empty)
{
    const FeedbackResponses data = feedbackResponses(document);
    if (data.feedback.isEmpty()) {
        *empty = tr("No customer feedback has been recorded yet. Add feedback to an increment on "
                    "the Increments tab (or let your support desk record it with valuemap record "
                    "feedback), then make stories from it.");
        return nullptr;
    }
    QString text = title(document, { ChartKind::FeedbackResponse, {}, ScopeUnit::Stories });
    if (data.medianDays)
        text = tr("%1 (median %n day(s))", nullptr, int(std::lround(*data.medianDays))).arg(text);
    if (data.openCount > 0)
        text = tr("%1, %n still open", nullptr, data.openCount).arg(text);
    QChart *chart = newChart(text);
    const QDate from = firstOfMonthOf(data.feedback.constFirst().given);
    const QDate to = firstOfMonthOf(data.feedback.constLast().given).addMonths(1);
    int longest = 1;
    for (const FeedbackResponse &r : data.feedback)
        longest = std::max(longest, r.days);
    QDateTimeAxis *x = dateAxis(chart, from, to, tr("Feedback given"));
    QValueAxis *y = valueAxis(chart, 0, longest * 1.15, tr("Days until delivered"), Qt::AlignLeft, true);
    // The median of each month as a level across that month; a month with nothing answered yet
    // has none (a gap, not a zero).
    bool first = true;
    for (const DatedValue &month : data.medianPerMonth) {
        const QString name = tr("Median per month");
        auto *level = line(name, TargetColor, 2, Qt::DashLine);
        level->append(msecs(month.date), month.value);
        level->append(msecs(month.date.addMonths(1)), month.value);
        level->setProperty(ChartTipsProperty,
                           QStringList(2, tr("%1: median %n day(s) to respond", nullptr,
                                             int(std::lround(month.value)))
                                              .arg(QLocale().standaloneMonthName(month.date.month())
                                                   + u' ' + QString::number(month.date.year()))));
        attach(chart, level, x, y);
        if (!first)
            hideFromLegend(chart, level);
        first = false;
    }
    QColor translucent = MetricColor;
    translucent.setAlpha(190);
    auto *answered = markers(tr("Answered: days until delivered"), translucent, 11);
    // Open feedback stands out: its count of days still grows.
    auto *open = markers(tr("Still open: days so far"), IncrementColor, 13,
                         QScatterSeries::MarkerShapeTriangle);
    QStringList answeredTips;
    QStringList openTips;
    for (const FeedbackResponse &r : data.feedback) {
        const QString said = r.text.simplified().left(60);
        if (r.isOpen()) {
            open->append(msecs(r.given), r.days);
            openTips.append(r.story.isValid()
                                ? tr("“%1”\ngiven %2; %3 not delivered yet: open for %n day(s)",
                                     nullptr, r.days)
                                      .arg(said, day(r.given), r.storyLabel)
                                : tr("“%1”\ngiven %2; no story made from it yet: open for %n "
                                     "day(s)",
                                     nullptr, r.days)
                                      .arg(said, day(r.given)));
        } else {
            answered->append(msecs(r.given), r.days);
            answeredTips.append(tr("“%1”\ngiven %2; %3 delivered %4: %n day(s)", nullptr, r.days)
                                    .arg(said, day(r.given), r.storyLabel, day(r.delivered)));
        }
    }
    answered->setProperty(ChartTipsProperty, answeredTips);
    open->setProperty(ChartTipsProperty, openTips);
    attach(chart, answered, x, y);
    attach(chart, open, x, y);
    if (answered->count() == 0)
        hideFromLegend(chart, answered);
    if (open->count() == 0)
        hideFromLegend(chart, open);
    return chart;
}

} // namespace Valuemap
