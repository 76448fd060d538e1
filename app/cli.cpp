#include "cli.h"
#include "cli_charts.h"

#include "storage/document.h"
#include "storage/plancheck.h"

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

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int check(const QStringList &args)
{
    if (args.size() != 1) {
        err() << Cli::tr("valuemap check: name exactly one plan file, e.g. valuemap check plan.valuemap") << '\n';
        return 2;
    }
    QString error;
    // Read-only: checking a file never changes it.
    const auto doc = Document::open(args.first(), &error, OpenMode::ReadOnly);
    if (!doc) {
        err() << Cli::tr("valuemap check: %1").arg(error) << '\n';
        return 2;
    }
    out() << Cli::tr("File: %1").arg(QDir::toNativeSeparators(doc->filePath())) << '\n';
    out() << Cli::tr("Format: Valuemap plan, file format %1").arg(doc->openedSchemaVersion()) << '\n';
    for (const QString &line : planSummary(*doc))
        out() << line << '\n';
    const QStringList problems = planProblems(*doc);
    if (problems.isEmpty()) {
        out() << Cli::tr("Result: the plan is sound.") << '\n';
        return 0;
    }
    out() << Cli::tr("Result: the plan has %1 problem(s):").arg(problems.size()) << '\n';
    for (const QString &p : problems)
        out() << u"  - "_s << p << '\n';
    out() << Cli::tr("Restore the file from a backup, or open it in Valuemap and save a copy.") << '\n';
    return 1;
}

} // namespace

QString usage()
{
    return Cli::tr("Usage:\n"
              "  valuemap [FILE.valuemap]        open a plan in a window\n"
              "  valuemap --sample               open your copy of the sample plan\n"
              "  valuemap check FILE.valuemap    print what the plan holds and whether it is sound\n"
              "%1\n"
              "  valuemap --version              print the version\n"
              "  valuemap --help                 print this help\n"
              "\n"
              "Options for the window:\n"
              "  --lang de|en                    the language of the user interface\n"
              "  --screenshot FILE.png           save a picture of the window and quit\n"
              "\n"
              "Exit codes: 0 success, 1 the plan has problems, 2 wrong usage or unreadable file.")
            .arg(exportChartUsage());
}

bool needsGui(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(u"export"_s);
    return at > 0 && arguments.value(at + 1) == "chart"_L1;
}

bool isCommandLineMode(const QStringList &arguments)
{
    static const QStringList options = { u"--version"_s, u"-v"_s, u"--help"_s, u"-h"_s };
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
    if (command == "check"_L1)
        return check(args.mid(1));
    if (command == "export"_L1 && args.value(1) == "chart"_L1)
        return runExportChart(args.mid(2));
    err() << Cli::tr("valuemap: unknown command “%1”.").arg(command) << '\n' << usage() << '\n';
    return 2;
}

} // namespace Valuemap::Cli
