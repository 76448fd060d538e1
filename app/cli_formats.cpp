#include "cli_formats.h"
#include "cli_common.h"
#include "io/outputfile.h"

#include "export/handoutexport.h"
#include "export/mapexport.h"
#include "io/jiracsv.h"
#include "io/planjson.h"
#include "io/salvage.h"
#include "io/storiescsv.h"
#include "io/storymapsio.h"
#include "storage/document.h"
#include "storage/rowcheck.h"
#include "domain/text.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Valuemap::Cli {

namespace {

class Formats
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::CliFormats)
};

// The arguments after the format: positional ones, -o/--output and --name value options, flags.
struct Parsed
{
    QStringList positional;
    QHash<QString, QString> options;
    QString error;
};

Parsed parse(const QStringList &args, const QStringList &valueOptions, const QStringList &flags)
{
    Parsed p;
    for (int i = 0; i < args.size(); ++i) {
        QString a = args[i];
        if (a == "-o"_L1)
            a = u"--output"_s;
        if (valueOptions.contains(a)) {
            if (i + 1 >= args.size()) {
                p.error = Formats::tr("option %1 needs a value").arg(a);
                return p;
            }
            p.options.insert(a, args[++i]);
        } else if (flags.contains(a)) {
            p.options.insert(a, u"1"_s);
        } else if (a.startsWith(u'-') && a.size() > 1) {
            p.error = Formats::tr("unknown option %1").arg(a);
            return p;
        } else {
            p.positional.append(a);
        }
    }
    return p;
}

bool writeBytes(const QString &path, const QByteArray &bytes, OutputGuard::Existing existing,
    QString *error)
{
    OutputFile file(path, existing);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error
            = Formats::tr("Could not write “%1”: %2. Check that the folder exists and is writable.")
                  .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

QString importHelp()
{
    return Formats::tr(
        "Usage: valuemap import FORMAT IN -o OUT.valuemap [--force]\n"
        "Creates a new plan from a file of another format.\n"
        "  FORMAT   json (Valuemap JSON), csv (stories CSV), storymaps (storymaps.io JSON)\n"
        "  -o FILE  the new plan; an existing file is replaced only with --force, and never\n"
        "           the input, a plan open in a running Valuemap, a folder, a device or a pipe\n"
        "Exit codes: 0 done, 1 the input is malformed or holds a bad value (the message names\n"
        "the line or field), 2 wrong usage, an input that cannot be read or an output that\n"
        "cannot be written.");
}

QString exportHelp()
{
    return Formats::tr(
        "Usage: valuemap export FORMAT FILE.valuemap -o OUT [options]\n"
        "  json        the whole plan as Valuemap JSON (lossless)\n"
        "  csv         one row per story   [--separator ,|;] [--bom]\n"
        "  storymaps   storymaps.io JSON (v1)\n"
        "  jira        CSV for Jira's importer   [--epics activity|step]\n"
        "  map-pdf     the story map as PDF   [--tiled] [--page A4|A3|Letter|Legal|Tabloid]\n"
        "              [--portrait|--landscape (default: the map's shape; tiled: landscape)]\n"
        "              [--scale 0.5..2 (tiled: map size on paper, default 0.75)]\n"
        "  map-png     the story map as PNG   [--dpi N (96 = 100 %, default 144)]\n"
        "  map-svg     the story map as SVG\n"
        "  handout     the client handout PDF: cover, vision, map, release plan, goal charts\n"
        "              [--paper a4|letter] [--map fit|tiled] [--client NAME] [--date YYYY-MM-DD]\n"
        "  --force     replace an existing Valuemap plan (never the plan read, nor one open in a\n"
        "              running Valuemap); other existing files are replaced without it\n"
        "  --salvage   (json) write only the rows that are sound, from a plan that failed its\n"
        "              checks, and list what was left out\n"
        "Exit codes: 0 done, 1 the plan has problems (listed; nothing is written), 2 wrong\n"
        "usage, a plan that cannot be read or an output that cannot be written.");
}

namespace {

int usageError(const QString &command, const QString &message, const QString &help)
{
    err() << u"valuemap %1: "_s.arg(command) << message << '\n' << help << '\n';
    return Unusable;
}

} // namespace

bool isFormatsExport(const QString &format)
{
    static const QStringList formats = { u"json"_s, u"csv"_s, u"storymaps"_s, u"jira"_s,
        u"map-pdf"_s, u"map-png"_s, u"map-svg"_s, u"handout"_s };
    return formats.contains(format);
}

bool formatsNeedGui(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(u"export"_s);
    return at >= 0
        && (arguments.value(at + 1).startsWith("map-"_L1) || arguments.value(at + 1) == "handout"_L1);
}

int runImport(const QStringList &args)
{
    if (args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        out() << importHelp() << '\n';
        return 0;
    }
    const Parsed p = parse(args, { u"--output"_s }, { u"--force"_s });
    if (!p.error.isEmpty())
        return usageError(u"import"_s, p.error, importHelp());
    if (p.positional.size() != 2 || !p.options.contains(u"--output"_s))
        return usageError(u"import"_s,
            Formats::tr("name a format, an input file and -o OUT.valuemap."), importHelp());
    const QString format = p.positional[0];
    const QString input = p.positional[1];
    const QString output = p.options.value(u"--output"_s);
    if (format != "json"_L1 && format != "csv"_L1 && format != "storymaps"_L1)
        return usageError(
            u"import"_s, Formats::tr("unknown format “%1”.").arg(format), importHelp());
    const bool force = p.options.contains(u"--force"_s);
    if (const int code = checkOutput(u"import"_s, output, { input },
            force ? OutputGuard::Existing::Replace : OutputGuard::Existing::Refuse))
        return code;
    QFile file(input);
    if (!QFileInfo(input).isFile() || !file.open(QIODevice::ReadOnly)) {
        err() << Formats::tr("valuemap import: cannot read “%1”: %2. Check the name and the "
                             "permissions.")
                     .arg(shownPath(input),
                         !QFileInfo::exists(input)       ? Formats::tr("it does not exist")
                             : QFileInfo(input).isFile() ? file.errorString()
                                                         : Formats::tr("it is not a regular file"))
              << '\n';
        return Unusable;
    }
    // Read whole, so bounded: far beyond the largest plan (100,000 stories are some 60 MB of
    // JSON), and short of what would exhaust the memory of the machine it runs on.
    constexpr qint64 MaxImportBytes = qint64(512) << 20;
    if (file.size() > MaxImportBytes) {
        err() << Formats::tr("valuemap import: “%1” is %2 MB; Valuemap imports files of up to %3 "
                             "MB. Check that it is the file you meant.")
                     .arg(shownPath(input))
                     .arg(file.size() >> 20)
                     .arg(MaxImportBytes >> 20)
              << '\n';
        return Unusable;
    }
    const QByteArray bytes = file.readAll();
    PlanData data;
    QString error;
    bool ok = false;
    if (format == "json"_L1)
        ok = PlanJson::read(bytes, &data, &error);
    else if (format == "csv"_L1)
        ok = StoriesCsv::read(bytes, &data, &error);
    else
        ok = StorymapsIo::read(bytes, &data, &error);
    if (!ok) {
        err() << Formats::tr("valuemap import: “%1”: %2 Nothing was created.").arg(shownPath(input), error)
              << '\n';
        return Problems;
    }
    // Every value checked before anything is written: a bad value is bad input (1), what
    // fails after this is the output (2).
    for (const PlanRow &row : std::as_const(data.rows)) {
        if (const auto problem = rowProblem(row.table, row.row)) {
            err() << Formats::tr("valuemap import: “%1”: %2 %3: %4. Nothing was created.")
                         .arg(shownPath(input), tableLabel(row.table), row.row.value(0).toString(),
                             problem->message)
                  << '\n';
            return Problems;
        }
    }
    if (!createPlanFile(output, force, data, &error)) {
        err() << u"valuemap import: "_s << error << '\n';
        return Unusable;
    }
    out() << Formats::tr("Created “%1” with %2.").arg(shownPath(output), planSummary(data).join(u", "_s))
          << '\n';
    // Notes can quote the file (a column's name): shown inert.
    for (const QString &note : std::as_const(data.notes))
        out() << u"  - "_s << inertLine(note) << '\n';
    return 0;
}

int runExport(const QStringList &args)
{
    if (args.isEmpty() || args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        out() << exportHelp() << '\n';
        return args.isEmpty() ? 2 : 0;
    }
    const Parsed p = parse(args,
        { u"--output"_s, u"--separator"_s, u"--epics"_s, u"--page"_s, u"--scale"_s, u"--dpi"_s,
            u"--paper"_s, u"--map"_s, u"--client"_s, u"--date"_s },
        { u"--bom"_s, u"--tiled"_s, u"--portrait"_s, u"--landscape"_s, u"--force"_s,
            u"--salvage"_s });
    if (!p.error.isEmpty())
        return usageError(u"export"_s, p.error, exportHelp());
    if (p.positional.size() != 2 || !p.options.contains(u"--output"_s))
        return usageError(
            u"export"_s, Formats::tr("name a format, a plan file and -o OUT."), exportHelp());
    const QString format = p.positional[0];
    const QString input = p.positional[1];
    const QString output = p.options.value(u"--output"_s);
    if (!isFormatsExport(format))
        return usageError(
            u"export"_s, Formats::tr("unknown format “%1”.").arg(format), exportHelp());
    const bool salvage = p.options.contains(u"--salvage"_s);
    if (salvage && format != "json"_L1)
        return usageError(u"export"_s,
            Formats::tr("--salvage works with json only: valuemap export json PLAN -o "
                        "rescued.json --salvage"),
            exportHelp());
    // Every option is checked before the plan is opened: a usage error is exit code 2.
    const QString sep = p.options.value(u"--separator"_s, u","_s);
    if (sep != ","_L1 && sep != ";"_L1)
        return usageError(u"export"_s, Formats::tr("--separator must be , or ;"), exportHelp());
    const QString epics = p.options.value(u"--epics"_s, u"activity"_s);
    if (epics != "activity"_L1 && epics != "step"_L1)
        return usageError(
            u"export"_s, Formats::tr("--epics must be activity or step"), exportHelp());
    MapExport::PdfOptions pdfOptions;
    pdfOptions.tiled = p.options.contains(u"--tiled"_s);
    pdfOptions.orientation
        = p.options.contains(u"--portrait"_s) ? QPageLayout::Portrait : QPageLayout::Landscape;
    pdfOptions.autoOrientation
        = !p.options.contains(u"--portrait"_s) && !p.options.contains(u"--landscape"_s);
    const QString page = p.options.value(u"--page"_s, u"A4"_s).toLower();
    static const QHash<QString, QPageSize::PageSizeId> pages = { { u"a4"_s, QPageSize::A4 },
        { u"a3"_s, QPageSize::A3 }, { u"a2"_s, QPageSize::A2 }, { u"letter"_s, QPageSize::Letter },
        { u"legal"_s, QPageSize::Legal }, { u"tabloid"_s, QPageSize::Tabloid } };
    if (!pages.contains(page))
        return usageError(
            u"export"_s, Formats::tr("unknown page size “%1”.").arg(page), exportHelp());
    pdfOptions.pageSize = QPageSize(pages.value(page));
    QString numberError;
    if (p.options.contains(u"--scale"_s)) {
        const auto scale
            = numberOption(u"--scale"_s, p.options.value(u"--scale"_s), 0.5, 2, false, &numberError);
        if (!scale)
            return usageError(u"export"_s, numberError, exportHelp());
        pdfOptions.tileScale = *scale;
    }
    int dpi = 144;
    if (p.options.contains(u"--dpi"_s)) {
        const auto value
            = numberOption(u"--dpi"_s, p.options.value(u"--dpi"_s), 10, 1200, true, &numberError);
        if (!value)
            return usageError(u"export"_s, numberError, exportHelp());
        dpi = int(*value);
    }

    HandoutExport::Options handout;
    const QString paper = p.options.value(u"--paper"_s, u"a4"_s).toLower();
    if (paper != "a4"_L1 && paper != "letter"_L1)
        return usageError(u"export"_s, Formats::tr("--paper must be a4 or letter."), exportHelp());
    handout.page = paper == "letter"_L1 ? QPageSize::Letter : QPageSize::A4;
    const QString map = p.options.value(u"--map"_s, u"fit"_s);
    if (map != "fit"_L1 && map != "tiled"_L1)
        return usageError(u"export"_s, Formats::tr("--map must be fit or tiled."), exportHelp());
    handout.tiledMap = map == "tiled"_L1;
    handout.client = p.options.value(u"--client"_s);
    if (p.options.contains(u"--date"_s)) {
        handout.date = QDate::fromString(p.options.value(u"--date"_s), Qt::ISODate);
        if (!handout.date.isValid())
            return usageError(u"export"_s,
                Formats::tr("--date “%1” is not a date; use YYYY-MM-DD.")
                    .arg(p.options.value(u"--date"_s)),
                exportHelp());
    }

    const QString command = u"export "_s + format;
    const OutputGuard::Existing existing = p.options.contains(u"--force"_s)
        ? OutputGuard::Existing::Replace
        : OutputGuard::Existing::ReplaceButNotPlans;
    if (const int code = checkOutput(command, output, { input }, existing))
        return code;
    int code = Success;
    const auto document = openPlan(command, input, &code, salvage);
    if (!document)
        return code;
    QString error;
    bool ok = false;
    QStringList notes;
    if (format == "json"_L1 && salvage) {
        const Salvage::Result rescued = Salvage::soundRows(*document);
        ok = writeBytes(output, PlanJson::write(rescued.plan), existing, &error);
        if (rescued.leftOut == 0 && rescued.repaired == 0)
            notes.append(Formats::tr("every row is sound; nothing was left out"));
        else if (rescued.leftOut == 0)
            notes.append(Formats::tr("nothing was left out"));
        else
            notes.append(Formats::tr("left out %n row(s) that are not sound:", nullptr,
                rescued.leftOut));
        for (const QString &line : rescued.lines)
            notes.append(u"    "_s + line);
        if (rescued.repaired > 0) {
            notes.append(Formats::tr("kept %n row(s) without the invisible mark their text began "
                                     "with:", nullptr, rescued.repaired));
            for (const QString &line : rescued.repairs)
                notes.append(u"    "_s + line);
        }
        notes.append(Formats::tr("make a plan of it: valuemap import json %1 -o rescued.valuemap")
                         .arg(shownPath(output)));
    } else if (format == "json"_L1)
        ok = writeBytes(output, PlanJson::write(document->store()), existing, &error);
    else if (format == "csv"_L1)
        ok = writeBytes(output,
            StoriesCsv::write(*document, sep.at(0), p.options.contains(u"--bom"_s)), existing,
            &error);
    else if (format == "storymaps"_L1)
        ok = writeBytes(output, StorymapsIo::write(*document, &notes), existing, &error);
    else if (format == "jira"_L1)
        ok = writeBytes(output,
            JiraCsv::write(*document,
                epics == "step"_L1 ? JiraCsv::EpicsFrom::Steps : JiraCsv::EpicsFrom::Activities),
            existing, &error);
    else if (format == "map-pdf"_L1)
        ok = MapExport::writePdf(*document, output, pdfOptions, &error);
    else if (format == "handout"_L1) {
        QString warning;
        ok = HandoutExport::writePdf(*document, output, handout, &error, &warning);
        if (!warning.isEmpty())
            notes.append(warning);
    } else if (format == "map-png"_L1)
        ok = MapExport::writePng(*document, output, dpi, &error);
    else
        ok = MapExport::writeSvg(*document, output, &error);
    if (!ok) {
        err() << u"valuemap export: "_s << error << '\n';
        return Unusable;
    }
    out() << Formats::tr("Wrote “%1”.").arg(shownPath(output)) << '\n';
    for (const QString &note : std::as_const(notes))
        out() << inertLine(note.startsWith(u' ') ? note : u"  - "_s + note) << '\n';
    return 0;
}

} // namespace Valuemap::Cli
