#pragma once

#include <QString>
#include <QStringList>

namespace Valuemap::Bench {

// The SQL of a plan of `stories` stories for the benchmarks: the same rows for the same seed on
// every machine. Stories lie over ~N/50 steps and ~N/250 activities, in 4 slices (the first
// delivered, with an increment and feedback) and Unplanned; personas, tags, goals with
// measurements, vision notes; titles, descriptions and acceptance criteria of realistic length.
QStringList benchPlanSql(int stories, quint32 seed = 9);

// The plan as a file in `folder` (generated once per size and generator version, then reused).
// Returns its path, or an empty string with *error set.
QString benchPlanFile(const QString &folder, int stories, QString *error);

} // namespace Valuemap::Bench
