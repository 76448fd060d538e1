#include "charts/chartparts.h"
#include "domain/dates.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Valuemap::ChartParts {

qreal msecs(const QDate &date)
{
    return qreal(date.startOfDay().toMSecsSinceEpoch());
}

QString day(const QDate &date)
{
    return shortDate(date);
}

QString num(double value)
{
    // Fixed, never scientific: 'g' writes 10,000 as "1e+04". 'f' with the shortest precision
    // keeps every digit that matters and the locale's grouping (10,000 / 10.000).
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

QString withUnit(double value, const QString &unit)
{
    if (unit.isEmpty())
        return num(value);
    if (unit == "%"_L1)
        return QString(num(value) + u" %"_s);
    return QString(num(value) + u' ' + unit);
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    // Before any series: a theme recolours the series it finds.
    chart->setTheme(Theme::colors().dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setPointSizeF(13);
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(8, 8, 16, 8));
    return chart;
}

QDateTimeAxis *dateAxis(QChart *chart, QDate from, QDate to, const QString &title)
{
    const qint64 span = std::max<qint64>(from.daysTo(to), 1);
    // A few days either side; a fortnight when there is only one day or a few to show.
    const qint64 pad = span < 30 ? 14 : std::max<qint64>(3, span / 20);
    auto *axis = new QDateTimeAxis;
    axis->setFormat(dateFormat());
    axis->setTitleText(title);
    axis->setRange(from.addDays(-pad).startOfDay(), to.addDays(pad).startOfDay());
    const int wanted = int(std::clamp<qint64>(span / 14 + 2, 3, 9));
    axis->setTickCount(wanted);
    chart->addAxis(axis, Qt::AlignBottom);
    // As many dates as fit side by side in the plot's width, whole: Qt Charts cuts a label that
    // has no room to "03.01.2…" (a narrow window, a projector's large type).
    const auto fitTicks = [axis, wanted](const QRectF &plot) {
        const QString widest = QLocale().toString(QDate(2026, 12, 28), axis->format());
        const qreal label = QFontMetricsF(axis->labelsFont()).horizontalAdvance(widest) * 1.25;
        const int fit = label > 0 ? int(plot.width() / label) + 1 : wanted;
        const int ticks = std::clamp(fit, 2, wanted);
        if (ticks != axis->tickCount())
            axis->setTickCount(ticks);
    };
    QObject::connect(chart, &QChart::plotAreaChanged, axis, fitTicks);
    QObject::connect(axis, &QAbstractAxis::labelsFontChanged, axis, [chart, fitTicks] { fitTicks(chart->plotArea()); });
    return axis;
}

QValueAxis *valueAxis(
    QChart *chart, double low, double high, const QString &title, Qt::Alignment side, bool whole)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    if (high <= low)
        high = low + 1.0;
    axis->setRange(low, high);
    axis->applyNiceNumbers();
    if (whole) { // counts of stories and days: no ".0", and ticks only on whole numbers
        // A nice step of 0.5 or 2.5 printed whole read "0, 1, 1, 2, 2": the step becomes the
        // smallest of 1, 2, 5, 10, 20 … that the ticks allow, and the range a whole number of it.
        const double from = std::floor(axis->min());
        const double span = axis->max() - from;
        const double raw = span / std::max(1, axis->tickCount() - 1);
        double step = 1;
        for (double scale = 1; step < raw - 1e-9; scale *= 10) {
            for (const double nice : { 1.0, 2.0, 5.0 }) {
                step = nice * scale;
                if (step >= raw - 1e-9)
                    break;
            }
        }
        // The range starts on a tick of that step (…, -5, 0, 5 …, not -3, 2, 7).
        const double start = std::floor(from / step) * step;
        const int steps = std::max(1, int(std::ceil((axis->max() - start) / step - 1e-9)));
        axis->setRange(start, start + step * steps);
        axis->setTickCount(steps + 1);
        axis->setLabelFormat(u"%.0f"_s);
    }
    chart->addAxis(axis, side);
    return axis;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

QLineSeries *line(const QString &name, const QColor &color, qreal width, Qt::PenStyle style)
{
    auto *series = new QLineSeries;
    series->setName(name);
    QPen pen(color, width, style);
    pen.setCapStyle(Qt::FlatCap);
    series->setPen(pen);
    return series;
}

QScatterSeries *markers(
    const QString &name, const QColor &color, qreal size, QScatterSeries::MarkerShape shape)
{
    auto *series = new QScatterSeries;
    series->setName(name);
    series->setColor(color);
    series->setBorderColor(Theme::colors().chartBackground);
    series->setMarkerSize(size);
    series->setMarkerShape(shape);
    return series;
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

constexpr qreal LabelWidth = 220; // chart pixels: a few words

// Text beside points (release names at increment markers): kept in place when the plot resizes.
// Labels at the top of the plot (below = true) hang below their point; any label that would
// leave the plot on the right goes to the left of its point.
void addLabels(QChart *chart, QAbstractSeries *series,
    const QList<std::pair<QPointF, QString>> &labels, const QColor &color, bool below)
{
    QList<std::pair<QPointF, QGraphicsSimpleTextItem *>> items;
    for (const auto &[value, text] : labels) {
        auto *item = new QGraphicsSimpleTextItem(chart);
        item->setBrush(Theme::colors().dark ? color.lighter(120) : color.darker(130));
        QFont font = item->font();
        font.setPointSizeF(9);
        item->setFont(font);
        // A long name is shortened (whole in the tooltip): it would run out of the chart.
        item->setText(QFontMetricsF(font).elidedText(
            QString(text).replace(u'\n', u' '), Qt::ElideRight, LabelWidth));
        item->setZValue(10);
        items.append({ value, item });
    }
    auto place = [chart, series, items, below] {
        const QRectF plot = chart->plotArea();
        QList<QRectF> taken;
        for (const auto &[value, item] : items) {
            const QPointF at = chart->mapToPosition(value, series);
            const QRectF box = item->boundingRect();
            qreal x = at.x() + 6;
            if (x + box.width() > plot.right())
                x = at.x() - 6 - box.width();
            qreal y = below ? at.y() + 8 : at.y() - box.height() - 4;
            // Two points close together (releases due the same week): the later label moves a
            // line further from its point instead of being drawn over the earlier one.
            for (bool clash = true; clash;) {
                clash = false;
                for (const QRectF &other : std::as_const(taken)) {
                    if (other.intersects(QRectF(x, y, box.width(), box.height()))) {
                        y += below ? box.height() + 2 : -box.height() - 2;
                        clash = true;
                    }
                }
            }
            item->setPos(x, y);
            taken.append(QRectF(x, y, box.width(), box.height()));
        }
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place();
}

// A line that steps: flat until the day of the change, then up.
void appendStep(QLineSeries *series, const QList<DatedValue> &points, const QDate &until)
{
    double last = 0.0;
    for (const DatedValue &p : points) {
        series->append(msecs(p.date), last);
        series->append(msecs(p.date), p.value);
        last = p.value;
    }
    if (!points.isEmpty() && until > points.constLast().date)
        series->append(msecs(until), last);
}

} // namespace Valuemap::ChartParts
