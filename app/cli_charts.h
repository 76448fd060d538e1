#pragma once

#include <QStringList>

namespace Valuemap::Cli {

// `valuemap export chart NAME FILE.valuemap -o OUT.png|pdf [--unit stories|estimate]`:
// renders a chart without a window (needs a QApplication on an offscreen platform).
// Exit codes: 0 written, 1 nothing to chart (the data are missing), 2 usage, unreadable plan,
// unknown chart or unwritable output.
int runExportChart(const QStringList &args);
QString exportChartUsage();

} // namespace Valuemap::Cli
