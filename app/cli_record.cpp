#include "cli_record.h"
#include "cli_common.h"

#include "storage/document.h"
#include "storage/plancheck.h"
#include "storage/planfile.h"
#include "storage/sqlstore.h"
#include "domain/text.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>
#include <QThread>

#include <fcntl.h>
#include <unistd.h>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace Valuemap::Cli {

namespace {

class CliRecord
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::CliRecord)
};

QTextStream &outStream()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &errStream()
{
    static QTextStream stream(stderr);
    return stream;
}

enum Exit { Recorded = 0, BadInput = 1, Usage = 2, Busy = 3 };

struct Options
{
    RecordRequest request;
    QString plan;
    bool json = false;
    bool dryRun = false;
    double wait = 0;
};

int usageError(const QString &message)
{
    errStream() << CliRecord::tr("valuemap record: %1").arg(message) << '\n'
                << recordUsage() << '\n';
    return Usage;
}

QString holderText(const QString &path)
{
    const std::optional<qint64> pid = PlanFile::lockHolder(path);
    if (!pid || *pid <= 0)
        return CliRecord::tr("another program");
    QFile comm(u"/proc/%1/comm"_s.arg(*pid));
    QString name;
    if (comm.open(QIODevice::ReadOnly))
        name = QString::fromUtf8(comm.readAll()).trimmed();
    return name.isEmpty() ? CliRecord::tr("process %1").arg(*pid)
                          : CliRecord::tr("%1 (process %2)").arg(name).arg(*pid);
}

bool isBusy(const QString &path)
{
    return SqlStore::isOpenInThisProcess(path) || PlanFile::lockedByAnotherProcess(path);
}

// Waits up to `seconds` for the plan to be free; false when it is still held.
bool waitUntilFree(const QString &path, double seconds)
{
    QDeadlineTimer deadline(qint64(std::ceil(seconds * 1000)));
    while (isBusy(path)) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(100);
    }
    return true;
}

int busy(const Options &o)
{
    errStream() << CliRecord::tr("valuemap record: %1 is open in %2%3; nothing was written. Close "
                                 "it there, or give it time with --wait SECONDS (a plan on a team "
                                 "server is never busy).")
                           .arg(shownPath(o.plan), holderText(o.plan),
                                o.wait > 0 ? CliRecord::tr(" (waited %1 s)").arg(o.wait) : QString())
                << '\n';
    return Busy;
}

// The source named in undo texts: the CI system when one is recognisable.
QString defaultSource()
{
    if (qEnvironmentVariableIsSet("GITLAB_CI"))
        return u"GitLab CI"_s;
    if (qEnvironmentVariableIsSet("GITHUB_ACTIONS"))
        return u"GitHub Actions"_s;
    if (qEnvironmentVariableIsSet("JENKINS_URL"))
        return u"Jenkins"_s;
    return CliRecord::tr("pipeline");
}

std::optional<int> parse(const QStringList &args, Options *o)
{
    const QString kind = args.value(0);
    RecordRequest &q = o->request;
    if (kind == "increment"_L1)
        q.kind = RecordKind::Increment;
    else if (kind == "measurement"_L1)
        q.kind = RecordKind::Measurement;
    else if (kind == "feedback"_L1)
        q.kind = RecordKind::Feedback;
    else if (kind.isEmpty())
        return usageError(CliRecord::tr("say what to record: increment, measurement or feedback."));
    else
        return usageError(CliRecord::tr("unknown kind “%1”; record increment, measurement or feedback.").arg(kind));

    // The options each kind takes, with the field each fills.
    QHash<QString, QString *> values = {
        { u"--event-id"_s, &q.eventId }, { u"--date"_s, &q.date }, { u"--note"_s, &q.note },
        { u"--source"_s, &q.source },
    };
    QString stories, wait;
    switch (q.kind) {
    case RecordKind::Increment:
        values.insert({ { u"--release"_s, &q.release }, { u"--version"_s, &q.version },
                        { u"--commit"_s, &q.commit }, { u"--environment"_s, &q.environment },
                        { u"--stories"_s, &stories } });
        break;
    case RecordKind::Measurement:
        values.insert({ { u"--goal"_s, &q.goal }, { u"--value"_s, &q.value } });
        break;
    case RecordKind::Feedback:
        values.remove(u"--note"_s);
        values.insert({ { u"--increment"_s, &q.increment }, { u"--story"_s, &q.story },
                        { u"--text"_s, &q.text }, { u"--score"_s, &q.score } });
        break;
    }
    values.insert(u"--wait"_s, &wait);
    QSet<QString> given;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == "--json"_L1) {
            o->json = true;
        } else if (arg == "--dry-run"_L1) {
            o->dryRun = true;
        } else if (values.contains(arg)) {
            if (i + 1 >= args.size())
                return usageError(CliRecord::tr("%1 needs a value.").arg(arg));
            if (given.contains(arg))
                return usageError(CliRecord::tr("%1 is given twice.").arg(arg));
            given.insert(arg);
            *values.value(arg) = args.at(++i);
        } else if (arg.startsWith(u'-') && arg.size() > 1) {
            return usageError(CliRecord::tr("“%1” is no option of record %2.").arg(arg, kind));
        } else if (o->plan.isEmpty()) {
            o->plan = arg;
        } else {
            return usageError(CliRecord::tr("unexpected “%1”: name one plan.").arg(arg));
        }
    }
    if (o->plan.isEmpty())
        return usageError(CliRecord::tr("name the plan, e.g. valuemap record %1 plan.valuemap …").arg(kind));
    const auto require = [&](const char *option) {
        return given.contains(QLatin1StringView(option));
    };
    if (!require("--event-id"))
        return usageError(CliRecord::tr("--event-id ID is required: a re-run with the same id "
                                        "changes nothing (use the pipeline's job id)."));
    if (q.kind == RecordKind::Increment && !require("--release"))
        return usageError(CliRecord::tr("--release NAME is required."));
    if (q.kind == RecordKind::Measurement && !(require("--goal") && require("--value")))
        return usageError(CliRecord::tr("--goal NAME and --value NUMBER are required."));
    if (q.kind == RecordKind::Feedback) {
        if (require("--increment") == require("--story"))
            return usageError(CliRecord::tr("give either --increment VERSION or --story KEY."));
        if (!require("--text"))
            return usageError(CliRecord::tr("--text TEXT is required."));
    }
    if (!wait.isEmpty()) {
        bool ok = false;
        o->wait = wait.toDouble(&ok);
        if (!ok || !std::isfinite(o->wait) || o->wait < 0 || o->wait > 86400)
            return usageError(CliRecord::tr("--wait takes seconds from 0 to 86400, not “%1”.").arg(wait.left(40)));
    }
    for (const QString &key : stories.split(QRegularExpression(u"[,\\s]+"_s), Qt::SkipEmptyParts))
        q.stories.append(key);
    if (q.source.trimmed().isEmpty())
        q.source = defaultSource();
    return std::nullopt;
}

QJsonObject jsonOf(const Options &o, const RecordResult &r, const QString &status, const QStringList &notices)
{
    QJsonObject stored;
    for (auto it = r.stored.cbegin(); it != r.stored.cend(); ++it)
        stored.insert(it.key(), QJsonValue::fromVariant(it.value()));
    return QJsonObject {
        { u"status"_s, status },
        { u"kind"_s, recordKindName(o.request.kind) },
        { u"event_id"_s, o.request.eventId.trimmed() },
        { u"plan"_s, o.plan == serverPlanToken() ? shownPlan(o.plan) : QFileInfo(o.plan).absoluteFilePath() },
        { u"table"_s, QString(tableSpec(r.table).name) },
        { u"id"_s, r.rowId },
        { u"stored"_s, stored },
        { u"notices"_s, QJsonArray::fromStringList(notices) },
    };
}

// notices: what opening the plan did or left alone (a side file set aside, say), said on the
// command line as the other commands say it, and in --json.
int report(const Options &o, const RecordResult &r, const QStringList &notices = {})
{
    const QString kind = recordKindName(o.request.kind);
    for (const QString &notice : notices)
        errStream() << CliRecord::tr("valuemap record: warning: %1").arg(notice) << '\n';
    switch (r.status) {
    case RecordResult::BadInput:
        errStream() << CliRecord::tr("valuemap record %1: %2: %3; nothing was written.")
                               .arg(kind, r.argument, r.message)
                    << '\n';
        return BadInput;
    case RecordResult::Conflict:
        errStream() << CliRecord::tr("valuemap record %1: %2: %3").arg(kind, r.argument, r.message) << '\n';
        return BadInput;
    case RecordResult::Failed:
        errStream() << CliRecord::tr("valuemap record %1: %2").arg(kind, r.message) << '\n';
        return Usage;
    case RecordResult::AlreadyRecorded:
    case RecordResult::Created:
        break;
    }
    const QString status = r.status == RecordResult::AlreadyRecorded ? u"already recorded"_s
        : o.dryRun                                                    ? u"dry run"_s
                                                                      : u"created"_s;
    if (o.json) {
        outStream() << QJsonDocument(jsonOf(o, r, status, notices)).toJson(QJsonDocument::Indented);
        return Recorded;
    }
    if (r.status == RecordResult::AlreadyRecorded)
        outStream() << CliRecord::tr("Already recorded: %1").arg(r.message) << '\n';
    else if (o.dryRun)
        outStream() << CliRecord::tr("Dry run: would record this %1 (nothing was written):").arg(kind) << '\n';
    else
        outStream() << CliRecord::tr("Recorded %1 (event “%2”) in %3:")
                               .arg(kind, o.request.eventId.trimmed(), shownPlan(o.plan))
                    << '\n';
    for (auto it = r.stored.cbegin(); it != r.stored.cend(); ++it) {
        const QVariant &v = it.value();
        const QString text = v.typeId() == QMetaType::QStringList ? v.toStringList().join(u", "_s)
                                                                  : v.toString();
        if (!text.isEmpty())
            outStream() << u"  "_s << it.key() << u": "_s << text << '\n';
    }
    return Recorded;
}

// A server plan: no lock to wait for; the commit is refused whole if it meets a change made
// meanwhile (then run again), and every open window shows the record at once.
int recordOnServer(const Options &o)
{
    // Pipelines record into one shared plan at the same moment: one whose change collided
    // with another's reads the plan as it is now and tries again (the same event id then
    // finds the first run's record and changes nothing).
    constexpr int Tries = 5;
    for (int attempt = 1;; ++attempt) {
        QString error;
        const auto doc = openDocument(o.plan, OpenMode::ReadWrite, &error);
        if (!doc) {
            errStream() << CliRecord::tr("valuemap record: %1").arg(error) << '\n';
            return Usage;
        }
        // As for a file: nothing is recorded into a plan that fails its checks (exit 1).
        if (const QStringList problems = planProblems(*doc); !problems.isEmpty()) {
            errStream() << CliRecord::tr("valuemap record: %1 has %n problem(s), so nothing was "
                                         "written (valuemap check %2 lists them).",
                                         nullptr, int(problems.size()))
                                   .arg(shownPlan(o.plan), planOnCommandLine(o.plan))
                        << '\n';
            return BadInput;
        }
        if (doc->isReadOnly()) {
            errStream() << CliRecord::tr("valuemap record: %1").arg(doc->readOnlyReason()) << '\n';
            return Usage;
        }
        RecordResult result = doc->record(o.request, o.dryRun);
        if (result.status != RecordResult::Failed || !result.collided)
            return report(o, result);
        if (attempt == Tries) {
            result.message = CliRecord::tr("other changes to %1 came first %n time(s) in a row; "
                                           "nothing was written. Run the same command again.",
                                           nullptr, Tries)
                                     .arg(shownPlan(o.plan));
            return report(o, result);
        }
    }
}

} // namespace

QString recordUsage()
{
    return CliRecord::tr(
        "Usage:\n"
        "  valuemap record increment PLAN --release NAME [--date ISO] [--version V] [--commit SHA]\n"
        "                  [--environment ENV] [--note TEXT] [--stories KEY,KEY…] --event-id ID\n"
        "  valuemap record measurement PLAN --goal NAME --value NUMBER [--date ISO] [--note TEXT]\n"
        "                  --event-id ID\n"
        "  valuemap record feedback PLAN (--increment VERSION|--story KEY) --text TEXT\n"
        "                  [--score 1-5] [--date ISO] --event-id ID\n"
        "  common options: [--json] [--dry-run] [--wait SECONDS] [--source NAME]\n"
        "Exit codes: 0 recorded or already recorded, 1 a bad value or an event id reused for other\n"
        "content (nothing written), 2 usage or the plan cannot be opened, 3 the plan is open in\n"
        "Valuemap (or another program) after --wait seconds.");
}

int runRecord(const QStringList &args)
{
    if (args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        outStream() << recordUsage() << '\n';
        return Recorded;
    }
    Options o;
    if (const auto exit = parse(args, &o))
        return *exit;
    if (o.plan == serverPlanToken())
        return recordOnServer(o);
    // A missing file, a folder, a device or a pipe (also behind a link) is named for what it
    // is before anything waits on it or opens it.
    if (const QString refused = PlanFile::inspect(o.plan).error; !refused.isEmpty()) {
        errStream() << CliRecord::tr("valuemap record: %1").arg(refused) << '\n';
        return Usage;
    }
    if (!waitUntilFree(o.plan, o.wait))
        return busy(o);
    // First read-only: a bad value, a re-run or a dry run leave the file's bytes as they were.
    QString error;
    {
        const auto doc = Document::open(o.plan, &error, OpenMode::ReadOnly);
        if (!doc) {
            if (isBusy(o.plan))
                return busy(o);
            errStream() << CliRecord::tr("valuemap record: %1").arg(error) << '\n';
            return Usage;
        }
        // A plan that fails its checks opens for viewing only: say so now, before the writable
        // open below would bring an older file up to date (a change to a file that is then
        // refused), and say the same in a dry run as in the real one.
        if (!doc->fileProblems().isEmpty()) {
            errStream() << CliRecord::tr("valuemap record: %1").arg(doc->readOnlyReason()) << '\n';
            return BadInput;
        }
        const RecordResult checked = doc->record(o.request, true);
        if (checked.status != RecordResult::Created || o.dryRun)
            return report(o, checked, doc->openNotices());
    }
    if (!waitUntilFree(o.plan, o.wait))
        return busy(o);
    const auto doc = Document::open(o.plan, &error);
    if (!doc) {
        if (isBusy(o.plan))
            return busy(o);
        errStream() << CliRecord::tr("valuemap record: %1").arg(error) << '\n';
        return Usage;
    }
    if (doc->isReadOnly()) {
        errStream() << CliRecord::tr("valuemap record: %1").arg(doc->readOnlyReason()) << '\n';
        return Usage;
    }
    return report(o, doc->record(o.request), doc->openNotices());
}

} // namespace Valuemap::Cli
