#pragma once

#include "charts/chartdata.h"

#include <QCoreApplication>
#include <QString>

class QChart;

namespace Valuemap {

class Document;

enum class ChartKind {
    Goal,
    BurnUp,
    Cadence,
    LeadTime,
    ValuePerGoal,
    DeliveryFrequency,
    ValuePerIncrement,
    FeedbackResponse
};

// Which chart to draw: the kind, the goal for a goal chart, the unit of scope.
struct ChartRequest
{
    ChartKind kind = ChartKind::BurnUp;
    GoalId goal;
    ScopeUnit unit = ScopeUnit::Stories;

    bool operator==(const ChartRequest &) const = default;
};

// Builds the Qt Charts of value delivered from the figures of chartdata.h. Used by the Charts
// screen and by the export (UI and command line), so both show the same chart.
class ChartFactory final
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::ChartFactory)

public:
    // A new chart (owned by the caller), or nullptr with *emptyMessage saying which data are
    // missing and where to add them.
    static QChart *create(
        const Document &document, const ChartRequest &request, QString *emptyMessage);
    static QString title(const Document &document, const ChartRequest &request);

    // The command-line names: goal (the first goal), goal:N (the N-th goal), burnup, cadence,
    // leadtime, value, frequency, increments, feedback. Returns false for an unknown name (then *error says which are known).
    static bool parseName(
        const Document &document, const QString &name, ChartRequest *request, QString *error);
    static QStringList names();

private:
    static QChart *goalChart(const Document &document, const ChartRequest &request, QString *empty);
    static QChart *burnUpChart(
        const Document &document, const ChartRequest &request, QString *empty);
    static QChart *cadenceChart(const Document &document, QString *empty);
    static QChart *leadTimeChart(const Document &document, QString *empty);
    static QChart *valueChart(
        const Document &document, const ChartRequest &request, QString *empty);
    // The learning loop (chartfactory_loop.cpp).
    static QChart *frequencyChart(const Document &document, QString *empty);
    static QChart *incrementValueChart(const Document &document, QString *empty);
    static QChart *feedbackChart(const Document &document, QString *empty);
};

// The text shown when the mouse rests on a point: stored on each series as a property, one
// entry per point, so the view can show it without knowing the chart.
inline constexpr char ChartTipsProperty[] = "valuemapTips";

} // namespace Valuemap
