#pragma once

#include <QStringList>

namespace Valuemap::Cli {

// `valuemap internal-script FILE`: a hidden mode for the crash-safety tests. It opens the plan
// with the real Document and applies edits read line by line from standard input, printing
// "ack N ID" after each edit is committed (so a test that kills the process knows exactly which
// edits were acknowledged), or "error MESSAGE" when the document refused it. Commands:
//   add TEXT            add a story titled TEXT to the first step (Unplanned)
//   describe ID TEXT    set a story's description
//   retitle ID TEXT     rename a story
//   delete ID           delete a story
//   undo | redo
//   remove-file PATH    delete a file (the disk-full test frees space this way)
//   quit
int runScript(const QStringList &args);

} // namespace Valuemap::Cli
