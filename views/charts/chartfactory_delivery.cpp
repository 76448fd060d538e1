// The delivery charts: how often stories ship (cadence) and how long they take (lead time).
#include "charts/chartfactory.h"

#include "charts/chartparts.h"
#include "storage/document.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Valuemap {

using namespace ChartParts;

QChart *ChartFactory::cadenceChart(const Document &document, QString *empty)
{
    const Cadence data = cadence(document);
    if (data.increments.isEmpty()) {
        *empty = tr("No increment has been delivered yet. Deliver a release on the Releases tab "
                    "to record what shipped and when.");
        return nullptr;
    }
    QString text = data.increments.size() == 1
        ? tr("Delivery cadence: 1 increment so far; the days between increments show from the "
             "second")
        : tr("Delivery cadence: %n increment(s)", nullptr, int(data.increments.size()));
    if (data.averageDays)
        text = tr("%1, one every %2 days on average")
                   .arg(text, num(std::round(*data.averageDays * 10) / 10));
    QChart *chart = newChart(text);
    QDateTimeAxis *x = dateAxis(chart, data.increments.constFirst().date,
        data.increments.constLast().date, tr("Delivery date"));
    int most = 0;
    int longest = 0;
    for (const CadencePoint &p : data.increments) {
        most = std::max(most, p.stories);
        longest = std::max(longest, p.daysSincePrevious.value_or(0));
    }
    QValueAxis *y = valueAxis(chart, 0, most * 1.2, tr("Stories shipped"), Qt::AlignLeft, true);
    auto *shipped = markers(tr("Increment (stories shipped)"), IncrementColor, 16);
    QStringList tips;
    QList<std::pair<QPointF, QString>> labels;
    for (const CadencePoint &p : data.increments) {
        shipped->append(msecs(p.date), p.stories);
        QString tip = tr("%1 on %2: %n story(ies)", nullptr, p.stories).arg(p.release, day(p.date));
        if (p.daysSincePrevious)
            tip += u'\n'
                + tr("%n day(s) after the previous increment", nullptr, *p.daysSincePrevious);
        tips.append(tip);
        labels.append({ QPointF(msecs(p.date), p.stories), p.release });
    }
    shipped->setProperty(ChartTipsProperty, tips);
    if (longest > 0) {
        QValueAxis *days = valueAxis(
            chart, 0, longest * 1.2, tr("Days since previous increment"), Qt::AlignRight, true);
        auto *gaps = line(tr("Days since previous increment"), MetricColor, 2, Qt::SolidLine);
        gaps->setPointsVisible(true);
        QStringList gapTips;
        for (const CadencePoint &p : data.increments) {
            if (!p.daysSincePrevious)
                continue;
            gaps->append(msecs(p.date), *p.daysSincePrevious);
            gapTips.append(tr("%n day(s) before %1", nullptr, *p.daysSincePrevious).arg(p.release));
        }
        gaps->setProperty(ChartTipsProperty, gapTips);
        gaps->setMarkerSize(10);
        attach(chart, gaps, x, days);
        QList<std::pair<QPointF, QString>> gapLabels;
        for (const QPointF &p : gaps->points())
            gapLabels.append({ p, tr("%n day(s)", nullptr, int(p.y())) });
        addLabels(chart, gaps, gapLabels, MetricColor);
    }
    // A stem under each increment reads as a bar of what shipped that day.
    for (const CadencePoint &p : data.increments) {
        auto *stem = line(shipped->name(), IncrementColor, 6, Qt::SolidLine);
        stem->append(msecs(p.date), 0);
        stem->append(msecs(p.date), p.stories);
        stem->setProperty(ChartTipsProperty, QStringList(2, tips.at(data.increments.indexOf(p))));
        attach(chart, stem, x, y);
        hideFromLegend(chart, stem);
    }
    attach(chart, shipped, x, y);
    addLabels(chart, shipped, labels, IncrementColor);
    return chart;
}

QChart *ChartFactory::leadTimeChart(const Document &document, QString *empty)
{
    const LeadTimes data = leadTimes(document);
    if (data.stories.isEmpty()) {
        *empty = tr("No story has been delivered yet. Lead times appear when stories are done "
                    "(deliver a release on the Releases tab).");
        return nullptr;
    }
    QChart *chart = newChart(tr("Lead time from story to delivery (median %n day(s))", nullptr,
        int(std::lround(*data.medianDays))));
    int longest = 0;
    QDate from = data.stories.constFirst().delivered;
    QDate to = data.stories.constLast().delivered;
    for (const LeadTime &l : data.stories)
        longest = std::max(longest, l.days);
    QDateTimeAxis *x = dateAxis(chart, from, to, tr("Delivery date"));
    QValueAxis *y
        = valueAxis(chart, 0, longest * 1.15, tr("Lead time (days)"), Qt::AlignLeft, true);
    auto *median = line(tr("Median: %n day(s)", nullptr, int(std::lround(*data.medianDays))),
        TargetColor, 2, Qt::DashLine);
    median->append(x->min().toMSecsSinceEpoch(), *data.medianDays);
    median->append(x->max().toMSecsSinceEpoch(), *data.medianDays);
    median->setProperty(ChartTipsProperty, QStringList(2, median->name()));
    attach(chart, median, x, y);
    // Translucent, so stories shipped together show as a darker stack.
    QColor translucent = MetricColor;
    translucent.setAlpha(170);
    auto *stories = markers(tr("Delivered story"), translucent, 11);
    QStringList tips;
    for (const LeadTime &l : data.stories) {
        stories->append(msecs(l.delivered), l.days);
        tips.append(tr("%1\ncreated %2, delivered %3: %n day(s)", nullptr, l.days)
                        .arg(l.title, day(l.created), day(l.delivered)));
    }
    stories->setProperty(ChartTipsProperty, tips);
    attach(chart, stories, x, y);
    return chart;
}

} // namespace Valuemap
