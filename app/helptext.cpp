#include "helptext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Valuemap::HelpText {

namespace {

class HelpText
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::HelpText)
};

// The column where descriptions start in `--help`; a longer synopsis puts its description on
// the next line. Descriptions wrap at the width of a terminal.
constexpr int DescriptionColumn = 34;
constexpr int LineWidth = 80;

void appendEntries(QString &text, const QList<Entry> &entries)
{
    for (const Entry &entry : entries) {
        QString line = u"  "_s + entry.synopsis;
        if (line.size() + 1 > DescriptionColumn) {
            text += line + u'\n';
            line.clear();
        }
        line = line.leftJustified(DescriptionColumn, u' ');
        const QStringList words = entry.description.split(u' ', Qt::SkipEmptyParts);
        bool first = true;
        for (const QString &word : words) {
            if (!first && line.size() + 1 + word.size() > LineWidth) {
                text += line + u'\n';
                line = QString(DescriptionColumn, u' ');
                first = true;
            }
            line += (first ? QString() : u" "_s) + word;
            first = false;
        }
        text += line + u'\n';
    }
}

// Text as roff: backslashes and minus signs escaped, no line that groff would take for a
// request, everything beyond ASCII as a named Unicode glyph (groff reads Latin-1 by default).
QString roff(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\')
            out += "\\e"_L1;
        else if (c == u'-')
            out += "\\-"_L1;
        else if (c.unicode() > 0x7e)
            out += "\\[u"_L1 + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0') + u']';
        else
            out += c;
    }
    QStringList lines = out.split(u'\n');
    for (QString &line : lines) {
        if (line.startsWith(u'.') || line.startsWith(u'\''))
            line.prepend("\\&"_L1);
    }
    return lines.join(u'\n');
}

void appendManEntries(QString &man, const QList<Entry> &entries)
{
    for (const Entry &entry : entries)
        man += u".TP\n\\fB"_s + roff(entry.synopsis) + u"\\fR\n"_s + roff(entry.description) + u'\n';
}

} // namespace

QList<Entry> commands()
{
    return {
        { HelpText::tr("valuemap [FILE.valuemap]"), HelpText::tr("open a plan in a window") },
        { HelpText::tr("valuemap --server CONN --plan NAME"),
          HelpText::tr("open a plan on a team server in a window; check, export and record take "
                       "--server CONN --plan NAME in place of FILE.valuemap as well") },
        { HelpText::tr("valuemap check FILE.valuemap"),
          HelpText::tr("print what the plan holds and whether it is sound") },
        { HelpText::tr("valuemap import FORMAT IN -o OUT.valuemap [--force]"),
          HelpText::tr("make a new plan from json, csv or storymaps") },
        { HelpText::tr("valuemap export FORMAT FILE.valuemap -o OUT [options]"),
          HelpText::tr("write json, csv, storymaps, jira, map-pdf, map-png, map-svg or handout") },
        { HelpText::tr("valuemap export vision FILE.valuemap -o OUT.pdf [--page a4|letter]"),
          HelpText::tr("write the vision statement as a one-page PDF") },
        { HelpText::tr("valuemap export chart NAME FILE.valuemap -o OUT.png|OUT.pdf"),
          HelpText::tr("save a chart: goal, goal:N, burnup, cadence, leadtime, value, frequency, increments or feedback; "
                       "--unit stories|estimate for the scope charts") },
        { HelpText::tr("valuemap record increment FILE.valuemap --release NAME --event-id ID [--version V] [--commit SHA] [--environment ENV] [--stories KEY,KEY] [--date ISO] [--note TEXT]"),
          HelpText::tr("record an increment a pipeline delivered; the listed stories become done") },
        { HelpText::tr("valuemap record measurement FILE.valuemap --goal NAME --value NUMBER --event-id ID [--date ISO] [--note TEXT]"),
          HelpText::tr("record where a customer goal's metric stands") },
        { HelpText::tr("valuemap record feedback FILE.valuemap --increment VERSION|--story KEY --text TEXT --event-id ID [--score 1-5] [--date ISO]"),
          HelpText::tr("record what customers said about an increment or a story") },
        { HelpText::tr("valuemap server init --server CONN"),
          HelpText::tr("create or upgrade the Valuemap schema in a PostgreSQL database") },
        { HelpText::tr("valuemap server list --server CONN"),
          HelpText::tr("the plans on the server that your role may see") },
        { HelpText::tr("valuemap server publish FILE.valuemap --server CONN [--name NAME]"),
          HelpText::tr("copy a plan to the server; you become its owner") },
        { HelpText::tr("valuemap server pull --server CONN --plan NAME -o OUT.valuemap"),
          HelpText::tr("copy a server plan into a new file") },
        { HelpText::tr("valuemap server members --server CONN --plan NAME [--add ROLE "
                       "viewer|editor|owner] [--remove ROLE]"),
          HelpText::tr("who may read (viewer), edit (editor) or also manage members (owner)") },
        { HelpText::tr("valuemap --version, -v"), HelpText::tr("print the version") },
        { HelpText::tr("valuemap --help, -h"), HelpText::tr("print this help") },
    };
}

QList<Entry> options()
{
    return {
        { HelpText::tr("--sample"), HelpText::tr("open your copy of the sample plan") },
        { HelpText::tr("--screen NAME"),
          HelpText::tr("show this screen first: vision, map, releases, goals, increments, "
                       "charts, outline, vote") },
        { HelpText::tr("--fit"), HelpText::tr("zoom the story map to fit the window") },
        { HelpText::tr("--zoom PERCENT"), HelpText::tr("zoom the story map to this percentage (3 to 400)") },
        { HelpText::tr("--chart NAME"),
          HelpText::tr("show the Charts screen with this chart: goal, goal:N, burnup, cadence, "
                       "leadtime, value, frequency, increments, feedback") },
        { HelpText::tr("--present N"),
          HelpText::tr("start presentation mode at page N (1 is the vision; beyond the last page, the last)") },
        { HelpText::tr("--lang de|en"),
          HelpText::tr("the language of the user interface for this run") },
        { HelpText::tr("--theme light|dark|system"),
          HelpText::tr("the colours of the window for this run") },
        { HelpText::tr("--screenshot FILE.png"), HelpText::tr("save a picture of the window and quit") },
        { HelpText::tr("--quit-after-first-frame"),
          HelpText::tr("quit once the window is painted (start-up benchmarks)") },
    };
}

QList<Entry> commandOptions()
{
    return {
        { HelpText::tr("-o, --output FILE"),
          HelpText::tr("the file to write") },
        { HelpText::tr("--force"),
          HelpText::tr("replace an existing output file (never the plan read, a plan that is open, "
                       "a folder, a device or a pipe)") },
        { HelpText::tr("--salvage"),
          HelpText::tr("export json: write only the sound rows of a plan that fails its checks") },
        { HelpText::tr("--lang de|en"), HelpText::tr("the language of the messages") },
        { HelpText::tr("--event-id ID"),
          HelpText::tr("record: the event's own id (e.g. the job id); the same id and content "
                       "again change nothing, other content is refused") },
        { HelpText::tr("--json"),
          HelpText::tr("record: print what was stored and whether it was created or already there") },
        { HelpText::tr("--dry-run"), HelpText::tr("record: check and print, write nothing") },
        { HelpText::tr("--wait SECONDS"),
          HelpText::tr("record: wait this long for a plan that is open in Valuemap") },
        { HelpText::tr("--source NAME"),
          HelpText::tr("record: who records, named in the undo text (default: the CI system)") },
        { HelpText::tr("COMMAND --help"),
          HelpText::tr("the formats and options of a command, e.g. valuemap export --help") },
    };
}

QString exitCodes()
{
    return HelpText::tr(
        "Exit codes (every command):\n"
        "  0  success\n"
        "  1  bad input or a plan with problems: check found problems, a malformed import file,\n"
        "     a bad value, an export of a plan that failed its checks (nothing is written)\n"
        "  2  usage error, a plan or input file that cannot be opened or read, or an output\n"
        "     that cannot be written (an existing output file is then left as it was)\n"
        "  3  busy: record found the plan open in Valuemap or another program after --wait");
}

QString outputs()
{
    return HelpText::tr("Outputs: an export never replaces the plan it reads, a plan open in a running\n"
                        "Valuemap, a folder, a device or a pipe; it replaces an existing Valuemap plan\n"
                        "only with --force. An import replaces an existing file only with --force.\n"
                        "A plan that fails its checks is exported only as its sound rows:\n"
                        "  valuemap export json FILE.valuemap -o rescued.json --salvage");
}

QString usage()
{
    QString text = HelpText::tr("Usage:") + u'\n';
    appendEntries(text, commands());
    text += u'\n' + HelpText::tr("Options for the window:") + u'\n';
    appendEntries(text, options());
    text += u'\n' + HelpText::tr("Options for the commands:") + u'\n';
    appendEntries(text, commandOptions());
    return text + u'\n' + outputs() + u"\n\n"_s + exitCodes();
}

QString manPage(const QList<Detail> &details)
{
    // Sections in English, like the text: the build writes the page with --lang en.
    QString man = u".TH VALUEMAP 1 \"\" \"Valuemap %1\" \"User Commands\"\n"_s.arg(
        QCoreApplication::applicationVersion());
    man += u".SH NAME\nvaluemap \\- "_s
        + roff(HelpText::tr("plan value delivery: vision, story map, release slices and customer "
                            "goals"))
        + u'\n';
    man += ".SH SYNOPSIS\n.B valuemap\n[\\fIOPTIONS\\fR] [\\fIFILE\\fR.valuemap]\n.br\n"
           ".B valuemap\n\\fICOMMAND\\fR [\\fIARGUMENTS\\fR]\n"_L1;
    man += u".SH DESCRIPTION\n"_s
        + roff(HelpText::tr("Valuemap plans value delivery: a product vision, a user story map, "
                            "thin release slices that are each a working product, and the "
                            "customer goals they are meant to move. One plan is one .valuemap "
                            "file. Without a command it opens a window; the commands check, "
                            "import and export plans without one."))
        + u'\n';
    man += ".SH COMMANDS\n"_L1;
    appendManEntries(man, commands());
    man += ".SH OPTIONS\n.SS Options for the window\n"_L1;
    appendManEntries(man, options());
    man += ".SS Options for the commands\n"_L1;
    appendManEntries(man, commandOptions());
    for (const Detail &detail : details)
        man += u".SH "_s + roff(detail.title.toUpper()) + u"\n.nf\n"_s + roff(detail.text)
            + u"\n.fi\n"_s;
    man += u".SH EXIT STATUS\n"_s + roff(QString(exitCodes()).replace(u'\n', u' ')) + u'\n';
    man += u".SH FILES\n.TP\n\\fI~/.config/Valuemap/Valuemap.conf\\fR\n"_s
        + roff(HelpText::tr("the settings (language, recent plans)")) + u'\n';
    man += ".SH SEE ALSO\n\\fBsqlite3\\fR(1)\n"_L1;
    return man;
}

} // namespace Valuemap::HelpText
