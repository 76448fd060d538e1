#pragma once

#include "widgets/theme.h"

#include "charts/chartdata.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QPointF>
#include <QScatterSeries>
#include <QString>

#include <utility>

class QAbstractAxis;
class QAbstractSeries;
class QChart;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

// The building blocks of the charts of value delivered: one look (colours, fonts, axes, labels)
// for all of them.
namespace Valuemap::ChartParts {

// The series colours of the set being drawn in (widgets/theme.h): screen or paper.
inline constexpr ThemeRole MetricColor { &ThemeColors::chartMetric };
inline constexpr ThemeRole TargetColor { &ThemeColors::chartTarget };
inline constexpr ThemeRole BaselineColor { &ThemeColors::chartBaseline };
inline constexpr ThemeRole IncrementColor { &ThemeColors::chartIncrement };
inline constexpr ThemeRole PlannedColor { &ThemeColors::chartPlanned };
inline constexpr ThemeRole ReleaseColor { &ThemeColors::chartRelease };

qreal msecs(const QDate &date);
QString day(const QDate &date); // short date in the user's locale
QString num(double value); // shortest exact number in the user's locale
QString withUnit(double value, const QString &unit);
QChart *newChart(const QString &title);
QDateTimeAxis *dateAxis(QChart *chart, QDate from, QDate to, const QString &title);
QValueAxis *valueAxis(QChart *chart, double low, double high, const QString &title,
    Qt::Alignment side = Qt::AlignLeft, bool whole = false);
void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y);
QLineSeries *line(const QString &name, const QColor &color, qreal width, Qt::PenStyle style);
QScatterSeries *markers(const QString &name, const QColor &color, qreal size,
    QScatterSeries::MarkerShape shape = QScatterSeries::MarkerShapeCircle);
void hideFromLegend(QChart *chart, QAbstractSeries *series);
void addLabels(QChart *chart, QAbstractSeries *series,
    const QList<std::pair<QPointF, QString>> &labels, const QColor &color, bool below = false);
void appendStep(QLineSeries *series, const QList<DatedValue> &points, const QDate &until);

} // namespace Valuemap::ChartParts
