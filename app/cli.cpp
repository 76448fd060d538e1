#include "cli.h"
#include "cli_common.h"
#include "cli_formats.h"
#include "cli_charts.h"
#include "cli_record.h"
#include "cli_server.h"
#include "helptext.h"

#include "export/visionexport.h"
#include "storage/document.h"
#include "storage/plancheck.h"
#include "domain/text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Valuemap::Cli {

namespace {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::Cli)
};

int check(const QStringList &args)
{
    if (args.size() != 1) {
        err() << Cli::tr("valuemap check: name exactly one plan file, e.g. valuemap check plan.valuemap") << '\n';
        return 2;
    }
    // Read-only: checking a file never changes it.
    int code = Success;
    const auto doc = openPlan(u"check"_s, args.first(), &code, true);
    if (!doc)
        return code;
    if (doc->filePath().isEmpty()) {
        out() << Cli::tr("Plan: %1").arg(doc->location()) << '\n';
    } else {
        out() << Cli::tr("File: %1").arg(shownPath(doc->filePath())) << '\n';
        out() << Cli::tr("Format: Valuemap plan, file format %1").arg(doc->openedSchemaVersion()) << '\n';
    }
    for (const QString &line : planSummary(*doc))
        out() << line << '\n';
    const QStringList problems = planProblems(*doc);
    if (problems.isEmpty()) {
        out() << Cli::tr("Result: the plan is sound.") << '\n';
        return Success;
    }
    out() << Cli::tr("Result: the plan has %1 problem(s):").arg(problems.size()) << '\n';
    for (const QString &p : problems)
        out() << u"  - "_s << p << '\n';
    out() << Cli::tr("To recover, pull the rows that are sound into a new plan:\n"
                     "  valuemap export json %1 -o rescued.json --salvage\n"
                     "  valuemap import json rescued.json -o rescued.valuemap\n"
                     "%2")
                 .arg(planOnCommandLine(args.first()),
                      args.first() == serverPlanToken()
                          ? Cli::tr("then publish that under a new name, or ask the plan's owners "
                                    "which change to take back.")
                          : Cli::tr("or restore the file from a backup."))
          << '\n';
    return Problems;
}

// valuemap export vision FILE.valuemap -o OUT.pdf [--page a4|letter]
int exportVision(const QStringList &args)
{
    QString input;
    QString output;
    QString page = u"a4"_s;
    bool force = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == "--force"_L1) {
            force = true;
        } else if (arg == "-o"_L1 || arg == "--output"_L1 || arg == "--page"_L1) {
            if (i + 1 >= args.size()) {
                err() << Cli::tr("valuemap export vision: %1 needs a value.").arg(arg) << '\n';
                return 2;
            }
            (arg == "--page"_L1 ? page : output) = args[++i];
        } else if (arg.startsWith(u'-') || !input.isEmpty()) {
            err() << Cli::tr("valuemap export vision: unexpected “%1”.").arg(arg) << '\n'
                  << Cli::tr("Usage: valuemap export vision FILE.valuemap -o OUT.pdf [--page a4|letter] [--force]") << '\n';
            return 2;
        } else {
            input = arg;
        }
    }
    if (input.isEmpty() || output.isEmpty()) {
        err() << Cli::tr("valuemap export vision: name a plan and an output file, e.g. "
                         "valuemap export vision plan.valuemap -o vision.pdf") << '\n';
        return 2;
    }
    const QPageSize::PageSizeId pageSize = VisionExport::pageFromName(page);
    if (pageSize == QPageSize::Custom) {
        err() << Cli::tr("valuemap export vision: unknown page size “%1”; use a4 or letter.").arg(page) << '\n';
        return 2;
    }
    if (const int code = checkOutput(u"export vision"_s, output, { input },
            force ? OutputGuard::Existing::Replace : OutputGuard::Existing::ReplaceButNotPlans))
        return code;
    int code = Success;
    const auto doc = openPlan(u"export vision"_s, input, &code);
    if (!doc)
        return code;
    QString error;
    QString warning;
    if (!VisionExport::writePdf(*doc, output, pageSize, &error, &warning)) {
        err() << Cli::tr("valuemap export vision: %1").arg(error) << '\n';
        return 2;
    }
    if (!warning.isEmpty())
        err() << Cli::tr("valuemap export vision: warning: %1").arg(warning) << '\n';
    out() << Cli::tr("Wrote the vision statement of “%1” to %2.")
                     .arg(doc->product().name, shownPath(output)) << '\n';
    return 0;
}

int exportCommand(const QStringList &args)
{
    if (args.value(0) == "vision"_L1)
        return exportVision(args.mid(1));
    err() << Cli::tr("valuemap export: say what to export, e.g. "
                     "valuemap export vision plan.valuemap -o vision.pdf") << '\n';
    return 2;
}

} // namespace

bool needsGui(const QStringList &arguments)
{
    // Exports draw text with fonts (and the map with a graphics scene): they need an
    // application with a GUI, offscreen is enough.
    return arguments.mid(1).contains(u"export"_s) || formatsNeedGui(arguments);
}

QString usage()
{
    return HelpText::usage();
}

bool isCommandLineMode(const QStringList &arguments)
{
    static const QStringList options = { u"--version"_s, u"-v"_s, u"--help"_s, u"-h"_s, u"--help-man"_s };
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == "--lang"_L1) {
            ++i;
            continue;
        }
        if (options.contains(arg))
            return true;
        if (arg.startsWith(u'-'))
            return false;
        // A word that names no plan file is a command (check, or one that does not exist).
        return !arg.endsWith(".valuemap"_L1, Qt::CaseInsensitive) && !QFileInfo::exists(arg);
    }
    return false;
}

int run(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    const int lang = int(args.indexOf(u"--lang"_s));
    if (lang >= 0)
        args.remove(lang, std::min<qsizetype>(2, args.size() - lang));
    const QString command = args.value(0);
    if (command == "--version"_L1 || command == "-v"_L1) {
        out() << u"Valuemap "_s << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (command == "--help"_L1 || command == "-h"_L1) {
        out() << usage() << '\n';
        return 0;
    }
    // For the build: the man page, made from the same text as --help.
    if (command == "--help-man"_L1) {
        out() << HelpText::manPage({ { u"Import"_s, importHelp() }, { u"Export"_s, exportHelp() } });
        return 0;
    }
    // A server plan where these take a plan file: the file's place among their arguments.
    const qsizetype planAt = command == "check"_L1 ? 1
        : command == "export"_L1 && args.value(1) == "chart"_L1 ? 3
        : command == "export"_L1 || command == "record"_L1 ? 2 : -1;
    if (planAt > 0) {
        QString error;
        if (!takeServerPlan(&args, planAt, &error)) {
            err() << Cli::tr("valuemap %1: %2").arg(command, error) << '\n';
            return 2;
        }
    }
    if (command == "check"_L1)
        return check(args.mid(1));
    if (command == "server"_L1)
        return runServer(args.mid(1));
    if (command == "record"_L1)
        return runRecord(args.mid(1));
    if (command == "import"_L1)
        return runImport(args.mid(1));
    if (command == "export"_L1 && args.value(1) == "chart"_L1)
        return runExportChart(args.mid(2));
    if (command == "export"_L1 && (isFormatsExport(args.value(1)) || args.value(1).startsWith(u'-') || args.size() == 1))
        return runExport(args.mid(1));
    if (command == "export"_L1)
        return exportCommand(args.mid(1));
    err() << Cli::tr("valuemap: unknown command “%1”.").arg(command) << '\n' << usage() << '\n';
    return 2;
}

} // namespace Valuemap::Cli
