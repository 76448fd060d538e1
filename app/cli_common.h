#pragma once

#include "io/outputguard.h"

#include <QString>
#include <QTextStream>

#include <memory>
#include <optional>

namespace Valuemap {
class Document;
enum class OpenMode;
}

namespace Valuemap::Cli {

// One exit-code table for every command (README "Exit codes", valuemap --help).
enum ExitCode : int {
    Success = 0,
    Problems = 1, // bad input or a plan with problems (check, a malformed import, a bad value)
    Unusable = 2, // usage error, a plan or input that cannot be read, an output not written
    Busy = 3, // `record`: the plan stayed open in another program for as long as it waited
};

// The process's one stream for each: every command writes through these, so lines never
// interleave out of order.
QTextStream &out();
QTextStream &err();

// A number given to an option: finite, within [low, high] and, with whole, an integer.
// nullopt with *error naming the option and what it accepts.
std::optional<double> numberOption(const QString &option, const QString &value, double low,
    double high, bool whole, QString *error);

// Whether an export that reads `input` may write `output`; prints why not and returns
// Unusable, or Success. Without force, an existing Valuemap plan is never replaced.
int checkOutput(const QString &command, const QString &output, const QStringList &inputs,
    OutputGuard::Existing existing);

// A server plan in place of a plan file: check, export and record take `--server CONN --plan
// NAME` where they take FILE.valuemap. Cli::run takes the two options out and puts this token
// (which no file name can be) where the file would be; every command then opens it through
// openDocument() and names it with shownPlan().
QString serverPlanToken();
// Takes `--server CONN --plan NAME` out of args and inserts the token at `position`. False
// with *error set when only one of them is given (or without a value); true when neither is.
bool takeServerPlan(QStringList *args, qsizetype position, QString *error);
// Opens a plan file, or the server plan the token stands for (read once, no live updates).
std::unique_ptr<Document> openDocument(const QString &plan, OpenMode mode, QString *error);
// The plan as messages name it: the file (native separators) or “plan “x” on server y”.
QString shownPlan(const QString &plan);
// The same in quotes where a sentence needs them: “/path/plan.valuemap”, or plan “x” on the
// server (already quoted).
QString quotedPlan(const QString &plan);
// The plan as a command names it: the file, or --server CONN --plan NAME.
QString planOnCommandLine(const QString &plan);

// Opens a plan for reading. nullptr with *exitCode set (and the reason printed): Unusable when
// it cannot be read, Problems (unless allowProblems) when it has what `check` calls problems,
// listed, so that no export the importer would refuse is ever made. What was done on opening
// (a foreign side file set aside) is printed as a warning.
std::unique_ptr<Document> openPlan(
    const QString &command, const QString &path, int *exitCode, bool allowProblems = false);

// The exit codes, for --help.
QString exitCodesText();

} // namespace Valuemap::Cli
