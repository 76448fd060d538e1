#pragma once

#include <QStringList>

namespace Valuemap::Cli {

// valuemap server init|publish|pull|list|members … --server CONN (issue 15, the team server).
// Exit codes: 0 done, 1 bad input (a plan or a value that is refused, an existing output),
// 2 usage, cannot connect, no access, or the server or file cannot be opened.
int runServer(const QStringList &args);
QString serverHelp();

} // namespace Valuemap::Cli
