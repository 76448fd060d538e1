#pragma once

#include <QStringList>

namespace Valuemap::Cli {

// True when the first argument asks for a command-line mode that needs no window.
bool isCommandLineMode(const QStringList &arguments);
// Runs it: prints to stdout/stderr, returns the process exit code
// (0 success, 1 the plan has problems, 2 usage error or the file could not be opened).
int run(const QStringList &arguments);
QString usage();
// True when the command draws (exports): it needs a QApplication, offscreen without a display.
bool needsGui(const QStringList &arguments);

} // namespace Valuemap::Cli
