#include "charts/chartfactory.h"

#include "charts/chartparts.h"
#include "storage/document.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Valuemap {

using namespace ChartParts;

QString ChartFactory::title(const Document &document, const ChartRequest &request)
{
    switch (request.kind) {
    case ChartKind::Goal: {
        const Goal goal = document.goal(request.goal);
        return goal.metric.isEmpty() ? goal.name : tr("%1: %2").arg(goal.name, goal.metric);
    }
    case ChartKind::BurnUp:
        return request.unit == ScopeUnit::Stories
            ? tr("Burn-up: delivered stories against scope")
            : tr("Burn-up: delivered story points against scope");
    case ChartKind::Cadence:
        return tr("Delivery cadence");
    case ChartKind::LeadTime:
        return tr("Lead time from story to delivery");
    case ChartKind::ValuePerGoal:
        return tr("Value delivered per goal");
    case ChartKind::DeliveryFrequency:
        return tr("Deployment frequency: increments per week");
    case ChartKind::ValuePerIncrement:
        return tr("Value per increment: change of each goal's metric");
    case ChartKind::FeedbackResponse:
        return tr("Time to respond to feedback");
    }
    return {};
}

QChart *ChartFactory::create(
    const Document &document, const ChartRequest &request, QString *emptyMessage)
{
    QString empty;
    QChart *chart = nullptr;
    switch (request.kind) {
    case ChartKind::Goal:
        chart = goalChart(document, request, &empty);
        break;
    case ChartKind::BurnUp:
        chart = burnUpChart(document, request, &empty);
        break;
    case ChartKind::Cadence:
        chart = cadenceChart(document, &empty);
        break;
    case ChartKind::LeadTime:
        chart = leadTimeChart(document, &empty);
        break;
    case ChartKind::ValuePerGoal:
        chart = valueChart(document, request, &empty);
        break;
    case ChartKind::DeliveryFrequency:
        chart = frequencyChart(document, &empty);
        break;
    case ChartKind::ValuePerIncrement:
        chart = incrementValueChart(document, &empty);
        break;
    case ChartKind::FeedbackResponse:
        chart = feedbackChart(document, &empty);
        break;
    }
    if (emptyMessage)
        *emptyMessage = empty;
    return chart;
}

QChart *ChartFactory::goalChart(
    const Document &document, const ChartRequest &request, QString *empty)
{
    if (document.goals().isEmpty()) {
        *empty = tr("The plan has no customer goals yet. Add a goal with its metric and target on "
                    "the Goals tab.");
        return nullptr;
    }
    const GoalSeries data = goalSeries(document, request.goal);
    if (!data.goal.isValid()) {
        *empty = tr("Pick a goal to chart.");
        return nullptr;
    }
    if (data.measurements.isEmpty()) {
        *empty = tr("“%1” has no measurements yet. Type them in or import a CSV file on the Goals "
                    "tab to see the metric against its target.")
                     .arg(data.name);
        return nullptr;
    }
    QChart *chart = newChart(title(document, request));
    QDate from = data.measurements.constFirst().date;
    QDate to = data.measurements.constLast().date;
    if (data.targetDate.isValid())
        to = std::max(to, data.targetDate);
    for (const DatedValue &inc : data.increments) {
        from = std::min(from, inc.date);
        to = std::max(to, inc.date);
    }
    double low = data.measurements.constFirst().value;
    double high = low;
    for (const DatedValue &m : data.measurements) {
        low = std::min(low, m.value);
        high = std::max(high, m.value);
    }
    for (const auto &v : { data.baseline, data.target }) {
        if (v) {
            low = std::min(low, *v);
            high = std::max(high, *v);
        }
    }
    const double pad = std::max((high - low) * 0.1, 0.5);
    QDateTimeAxis *x = dateAxis(chart, from, to, tr("Date"));
    const QString metric = data.metric.isEmpty() ? data.name : data.metric;
    QString axisTitle = data.unit.isEmpty() ? metric : tr("%1 (%2)").arg(metric, data.unit);
    axisTitle = data.direction == GoalDirection::LowerIsBetter
        ? tr("%1, lower is better").arg(axisTitle)
        : tr("%1, higher is better").arg(axisTitle);
    QValueAxis *y = valueAxis(chart, low - pad, high + pad, axisTitle);

    const QDate lineFrom = x->min().date();
    const QDate lineTo = x->max().date();
    if (data.baseline) {
        auto *base = line(tr("Baseline: %1").arg(withUnit(*data.baseline, data.unit)),
            BaselineColor, 1.5, Qt::DashLine);
        base->append(msecs(lineFrom), *data.baseline);
        base->append(msecs(lineTo), *data.baseline);
        base->setProperty(ChartTipsProperty, QStringList(2, base->name()));
        attach(chart, base, x, y);
    }
    if (data.target) {
        const QString text = data.targetDate.isValid()
            ? tr("Target: %1 by %2").arg(withUnit(*data.target, data.unit), day(data.targetDate))
            : tr("Target: %1").arg(withUnit(*data.target, data.unit));
        auto *target = line(text, TargetColor, 2, Qt::DashLine);
        target->append(msecs(lineFrom), *data.target);
        target->append(msecs(lineTo), *data.target);
        target->setProperty(ChartTipsProperty, QStringList(2, text));
        attach(chart, target, x, y);
    }
    if (data.target && data.targetDate.isValid()) {
        auto *due = markers(tr("Target date"), TargetColor, 22, QScatterSeries::MarkerShapeStar);
        due->append(msecs(data.targetDate), *data.target);
        due->setProperty(ChartTipsProperty,
            QStringList { tr("Target: %1 by %2")
                              .arg(withUnit(*data.target, data.unit), day(data.targetDate)) });
        attach(chart, due, x, y);
        hideFromLegend(chart, due);
    }
    // Increments: a vertical line each, so it is plain whether the metric moved after it.
    bool first = true;
    for (const DatedValue &inc : data.increments) {
        auto *mark = line(tr("Delivered increment"), IncrementColor, 1.5, Qt::DotLine);
        mark->append(msecs(inc.date), y->min());
        mark->append(msecs(inc.date), y->max());
        const QString tip = tr("%1 delivered on %2").arg(inc.label, day(inc.date));
        mark->setProperty(ChartTipsProperty, QStringList(2, tip));
        attach(chart, mark, x, y);
        if (!first)
            hideFromLegend(chart, mark);
        first = false;
    }
    auto *values = line(metric, MetricColor, 2.5, Qt::SolidLine);
    values->setPointsVisible(true);
    QStringList tips;
    for (const DatedValue &m : data.measurements) {
        values->append(msecs(m.date), m.value);
        QString tip = tr("%1: %2").arg(day(m.date), withUnit(m.value, data.unit));
        if (!m.label.isEmpty())
            tip += u'\n' + m.label;
        tips.append(tip);
    }
    values->setProperty(ChartTipsProperty, tips);
    attach(chart, values, x, y);
    if (!data.increments.isEmpty()) {
        auto *points = markers(
            tr("Metric at delivery"), IncrementColor, 13, QScatterSeries::MarkerShapeRectangle);
        QStringList incTips;
        QList<std::pair<QPointF, QString>> labels;
        for (const DatedValue &inc : data.increments) {
            points->append(msecs(inc.date), inc.value);
            incTips.append(tr("%1 delivered on %2\n%3 on that day")
                               .arg(inc.label, day(inc.date), withUnit(inc.value, data.unit)));
            labels.append({ QPointF(msecs(inc.date), y->max()), inc.label });
        }
        points->setProperty(ChartTipsProperty, incTips);
        attach(chart, points, x, y);
        hideFromLegend(chart, points);
        addLabels(chart, points, labels, IncrementColor, true);
    }
    return chart;
}

QChart *ChartFactory::burnUpChart(
    const Document &document, const ChartRequest &request, QString *empty)
{
    const BurnUp data = burnUp(document, request.unit);
    if (data.total.isEmpty()) {
        *empty = tr("The plan has no stories yet. Add stories on the Story Map tab to see "
                    "delivered scope grow against the whole scope.");
        return nullptr;
    }
    if (request.unit == ScopeUnit::Estimate && data.totalScope <= 0) {
        *empty = tr("No story has an estimate yet. Estimate the stories, or count stories "
                    "instead of story points.");
        return nullptr;
    }
    const QString unitName
        = request.unit == ScopeUnit::Stories ? tr("Stories") : tr("Story points");
    QChart *chart = newChart(title(document, request));
    QDate from = data.total.constFirst().date;
    QDate to = data.total.constLast().date;
    for (const auto *list : { &data.delivered, &data.releases }) {
        for (const DatedValue &p : *list) {
            from = std::min(from, p.date);
            to = std::max(to, p.date);
        }
    }
    QDateTimeAxis *x = dateAxis(chart, from, to, tr("Date"));
    QValueAxis *y = valueAxis(chart, 0, data.totalScope * 1.1, unitName, Qt::AlignLeft,
        true); // nice ticks (0, 50, 100 …) of stories or points

    auto *total
        = line(tr("Total scope (%1)").arg(num(data.totalScope)), BaselineColor, 2, Qt::SolidLine);
    appendStep(total, data.total, to);
    QStringList totalTips;
    for (const QPointF &p : total->points())
        totalTips.append(tr("%1: scope %2 %3")
                             .arg(day(QDateTime::fromMSecsSinceEpoch(qint64(p.x())).date()),
                                 num(p.y()), unitName));
    total->setProperty(ChartTipsProperty, totalTips);
    attach(chart, total, x, y);

    auto *delivered
        = line(tr("Delivered (%1)").arg(num(data.deliveredScope)), TargetColor, 2.5, Qt::SolidLine);
    appendStep(delivered, data.delivered, QDate());
    QStringList deliveredTips;
    for (const QPointF &p : delivered->points())
        deliveredTips.append(tr("%1: %2 %3 delivered")
                                 .arg(day(QDateTime::fromMSecsSinceEpoch(qint64(p.x())).date()),
                                     num(p.y()), unitName));
    delivered->setProperty(ChartTipsProperty, deliveredTips);
    attach(chart, delivered, x, y);

    bool first = true;
    QList<std::pair<QPointF, QString>> labels;
    auto *releaseMarks = markers(
        tr("Release target date"), ReleaseColor, 11, QScatterSeries::MarkerShapeRectangle);
    QStringList releaseTips;
    for (const DatedValue &r : data.releases) {
        auto *mark = line(tr("Release target date"), ReleaseColor, 1.5, Qt::DashLine);
        mark->append(msecs(r.date), 0);
        mark->append(msecs(r.date), y->max());
        mark->setProperty(
            ChartTipsProperty, QStringList(2, tr("%1: target %2").arg(r.label, day(r.date))));
        attach(chart, mark, x, y);
        if (!first)
            hideFromLegend(chart, mark);
        first = false;
        releaseMarks->append(msecs(r.date), y->max());
        releaseTips.append(tr("%1: target %2").arg(r.label, day(r.date)));
        labels.append({ QPointF(msecs(r.date), y->max()), r.label });
    }
    if (!data.releases.isEmpty()) {
        releaseMarks->setProperty(ChartTipsProperty, releaseTips);
        attach(chart, releaseMarks, x, y);
        hideFromLegend(chart, releaseMarks);
        addLabels(chart, releaseMarks, labels, ReleaseColor, true);
    } else {
        delete releaseMarks;
    }
    return chart;
}

QChart *ChartFactory::valueChart(
    const Document &document, const ChartRequest &request, QString *empty)
{
    const QList<GoalValue> data = valuePerGoal(document, request.unit);
    if (data.isEmpty()) {
        *empty = tr("The plan has no customer goals yet. Add goals on the Goals tab and link "
                    "the stories that serve them.");
        return nullptr;
    }
    double most = 0;
    for (const GoalValue &g : data)
        most = std::max(most, g.planned);
    if (most <= 0) {
        *empty = request.unit == ScopeUnit::Stories
            ? tr("No story serves a goal yet. Link stories to goals on the Goals tab or in the "
                 "story details.")
            : tr("The stories that serve goals have no estimates yet. Estimate them, or count "
                 "stories instead of story points.");
        return nullptr;
    }
    const QString unitName
        = request.unit == ScopeUnit::Stories ? tr("Stories") : tr("Story points");
    QChart *chart = newChart(title(document, request));
    auto *planned = new QBarSet(tr("Planned"));
    planned->setColor(PlannedColor);
    planned->setBorderColor(PlannedColor.darker(120));
    planned->setLabelColor(Theme::colors().chartText);
    auto *delivered = new QBarSet(tr("Delivered"));
    delivered->setColor(TargetColor);
    delivered->setBorderColor(TargetColor.darker(120));
    delivered->setLabelColor(Theme::textOn(TargetColor));
    QStringList names;
    QStringList plannedTips;
    QStringList deliveredTips;
    // Horizontal bars read top to bottom, so the first goal goes last.
    for (auto it = data.crbegin(); it != data.crend(); ++it) {
        const int share
            = it->planned > 0 ? int(std::lround(100.0 * it->delivered / it->planned)) : 0;
        names.append(tr("%1\n%2 % delivered").arg(it->name).arg(share));
        planned->append(it->planned);
        delivered->append(it->delivered);
        const int percent = int(std::lround(100.0 * it->delivered / std::max(it->planned, 1e-9)));
        const QString tip = tr("%1: %2 of %3 %4 delivered (%5 %)")
                                .arg(it->name, num(it->delivered), num(it->planned), unitName)
                                .arg(it->planned > 0 ? percent : 0);
        plannedTips.append(tip);
        deliveredTips.append(tip);
    }
    planned->setProperty(ChartTipsProperty, plannedTips);
    delivered->setProperty(ChartTipsProperty, deliveredTips);
    auto *series = new QHorizontalBarSeries;
    series->append(planned);
    series->append(delivered);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsFormat(u"@value"_s);
    auto *categories = new QBarCategoryAxis;
    categories->append(names);
    chart->addAxis(categories, Qt::AlignLeft);
    QValueAxis *values = valueAxis(chart, 0, most * 1.05, unitName, Qt::AlignBottom, true);
    attach(chart, series, values, categories);
    return chart;
}

QStringList ChartFactory::names()
{
    return { u"goal"_s, u"goal:N"_s, u"burnup"_s, u"cadence"_s, u"leadtime"_s, u"value"_s,
             u"frequency"_s, u"increments"_s, u"feedback"_s };
}

bool ChartFactory::parseName(
    const Document &document, const QString &name, ChartRequest *request, QString *error)
{
    const QString n = name.trimmed().toLower();
    if (n == "burnup"_L1 || n == "burn-up"_L1) {
        request->kind = ChartKind::BurnUp;
        return true;
    }
    if (n == "cadence"_L1) {
        request->kind = ChartKind::Cadence;
        return true;
    }
    if (n == "leadtime"_L1 || n == "lead-time"_L1) {
        request->kind = ChartKind::LeadTime;
        return true;
    }
    if (n == "value"_L1) {
        request->kind = ChartKind::ValuePerGoal;
        return true;
    }
    if (n == "frequency"_L1) {
        request->kind = ChartKind::DeliveryFrequency;
        return true;
    }
    if (n == "increments"_L1) {
        request->kind = ChartKind::ValuePerIncrement;
        return true;
    }
    if (n == "feedback"_L1) {
        request->kind = ChartKind::FeedbackResponse;
        return true;
    }
    if (n == "goal"_L1 || n.startsWith("goal:"_L1)) {
        request->kind = ChartKind::Goal;
        const QList<GoalId> goals = document.goals();
        bool ok = true;
        const int index = n == "goal"_L1 ? 1 : n.mid(5).toInt(&ok);
        if (!ok || index < 1 || index > goals.size()) {
            *error = goals.isEmpty()
                ? tr("The plan has no customer goals, so there is no goal chart.")
                : tr("“%1” names no goal: the plan has %n goal(s), use goal:1 to goal:%n.", nullptr,
                    int(goals.size()))
                      .arg(name);
            return false;
        }
        request->goal = goals.at(index - 1);
        return true;
    }
    *error = tr("There is no chart “%1”. The charts are: %2.").arg(name, names().join(u", "_s));
    return false;
}

} // namespace Valuemap
