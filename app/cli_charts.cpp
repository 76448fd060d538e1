#include "cli_charts.h"

#include "charts/chartexport.h"
#include "storage/document.h"

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

QTextStream &errStream()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream &outStream()
{
    static QTextStream stream(stdout);
    return stream;
}

} // namespace

QString exportChartUsage()
{
    return CliCharts::tr(
        "  valuemap export chart NAME FILE.valuemap -o OUT.png|OUT.pdf [--unit stories|estimate]\n"
        "                                  save a chart: goal, goal:N, burnup, cadence, leadtime, "
        "value");
}

int runExportChart(const QStringList &arguments)
{
    QStringList args = arguments;
    QString output;
    ScopeUnit unit = ScopeUnit::Stories;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == "-o"_L1 || args.at(i) == "--output"_L1) {
            if (i + 1 >= args.size())
                break;
            output = args.at(i + 1);
            args.remove(i, 2);
            --i;
        } else if (args.at(i) == "--unit"_L1 && i + 1 < args.size()) {
            const QString u = args.at(i + 1);
            if (u != "stories"_L1 && u != "estimate"_L1) {
                errStream() << CliCharts::tr("valuemap export chart: --unit is “stories” or "
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
        errStream() << CliCharts::tr("valuemap export chart: name a chart, a plan and an output "
                                     "file, e.g. valuemap export chart burnup plan.valuemap -o "
                                     "burnup.png")
                    << '\n'
                    << exportChartUsage() << '\n';
        return 2;
    }
    QString error;
    const auto doc = Document::open(args.at(1), &error, OpenMode::ReadOnly);
    if (!doc) {
        errStream() << CliCharts::tr("valuemap export chart: %1").arg(error) << '\n';
        return 2;
    }
    ChartRequest request;
    request.unit = unit;
    if (!ChartFactory::parseName(*doc, args.at(0), &request, &error)) {
        errStream() << CliCharts::tr("valuemap export chart: %1").arg(error) << '\n';
        return 2;
    }
    QString empty;
    std::unique_ptr<QChart>(ChartFactory::create(*doc, request, &empty)).reset();
    if (!empty.isEmpty()) {
        errStream() << CliCharts::tr("valuemap export chart: nothing to chart in “%1”: %2")
                           .arg(QDir::toNativeSeparators(args.at(1)), empty)
                    << '\n';
        return 1;
    }
    if (!ChartExport::save(*doc, request, output, &error)) {
        errStream() << CliCharts::tr("valuemap export chart: %1").arg(error) << '\n';
        return 2;
    }
    outStream() << CliCharts::tr("Saved “%1” to %2")
                       .arg(ChartFactory::title(*doc, request), QDir::toNativeSeparators(output))
                << '\n';
    return 0;
}

} // namespace Valuemap::Cli
