#include "cli_charts.h"
#include "cli_common.h"

#include "charts/chartexport.h"
#include "storage/document.h"
#include "domain/text.h"

#include <QChart>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;

namespace Valuemap::Cli {

namespace {

class CliCharts
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::CliCharts)
};

} // namespace

QString exportChartUsage()
{
    return CliCharts::tr(
        "  valuemap export chart NAME FILE.valuemap -o OUT.png|OUT.pdf [--unit stories|estimate]\n"
        "                                  [--force]\n"
        "                                  save a chart: goal, goal:N, burnup, cadence, leadtime, "
        "value, frequency, increments, feedback");
}

int runExportChart(const QStringList &arguments)
{
    QStringList args = arguments;
    QString output;
    ScopeUnit unit = ScopeUnit::Stories;
    bool force = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == "--force"_L1) {
            force = true;
            args.remove(i, 1);
            --i;
        } else if (args.at(i) == "-o"_L1 || args.at(i) == "--output"_L1) {
            if (i + 1 >= args.size())
                break;
            output = args.at(i + 1);
            args.remove(i, 2);
            --i;
        } else if (args.at(i) == "--unit"_L1 && i + 1 < args.size()) {
            const QString u = args.at(i + 1);
            if (u != "stories"_L1 && u != "estimate"_L1) {
                err() << CliCharts::tr("valuemap export chart: --unit is “stories” or "
                                             "“estimate”, not “%1”.")
                                   .arg(u)
                            << '\n';
                return 2;
            }
            unit = u == "estimate"_L1 ? ScopeUnit::Estimate : ScopeUnit::Stories;
            args.remove(i, 2);
            --i;
        }
    }
    if (args.size() != 2 || output.isEmpty()) {
        err() << CliCharts::tr("valuemap export chart: name a chart, a plan and an output "
                                     "file, e.g. valuemap export chart burnup plan.valuemap -o "
                                     "burnup.png")
                    << '\n'
                    << exportChartUsage() << '\n';
        return 2;
    }
    if (const int code = checkOutput(u"export chart"_s, output, { args.at(1) },
            force ? OutputGuard::Existing::Replace : OutputGuard::Existing::ReplaceButNotPlans))
        return code;
    int code = Success;
    const auto doc = openPlan(u"export chart"_s, args.at(1), &code);
    if (!doc)
        return code;
    QString error;
    ChartRequest request;
    request.unit = unit;
    if (!ChartFactory::parseName(*doc, args.at(0), &request, &error)) {
        err() << CliCharts::tr("valuemap export chart: %1").arg(error) << '\n';
        return 2;
    }
    QString empty;
    std::unique_ptr<QChart>(ChartFactory::create(*doc, request, &empty)).reset();
    if (!empty.isEmpty()) {
        err() << CliCharts::tr("valuemap export chart: nothing to chart in “%1”: %2")
                           .arg(shownPath(args.at(1)), empty)
                    << '\n';
        return 1;
    }
    if (!ChartExport::save(*doc, request, output, &error)) {
        err() << CliCharts::tr("valuemap export chart: %1").arg(error) << '\n';
        return 2;
    }
    out() << CliCharts::tr("Saved “%1” to %2")
                       .arg(ChartFactory::title(*doc, request), shownPath(output))
                << '\n';
    return 0;
}

} // namespace Valuemap::Cli
