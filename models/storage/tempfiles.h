#pragma once

#include <QString>

namespace Valuemap::TempFiles {

// A name for a temporary file beside `target` (same folder, so it can be renamed into place):
// ".vm-PID-RANDOM.tmp". Short, whatever the length of the target's name, and carrying the
// process id, so that a later run can tell the leftovers of a killed process from the files of
// one that is still running (see removeStale).
QString besideTarget(const QString &target);

// Removes the temporary files (and their SQLite journals) that a killed Valuemap left in the
// folder: those of processes that no longer run. Returns how many were removed.
int removeStale(const QString &folder);

} // namespace Valuemap::TempFiles
