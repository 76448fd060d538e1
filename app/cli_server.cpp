#include "cli_server.h"

#include "domain/text.h"
#include "io/plandata.h"
#include "server/serverconnection.h"
#include "server/serverplans.h"
#include "server/serverschema.h"
#include "storage/document.h"
#include "storage/plancheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Valuemap::Cli {

namespace {

class CliServer
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::CliServer)
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

struct Args
{
    QString command;
    QStringList positional;
    QHash<QString, QString> options;
    QStringList add; // ROLE LEVEL
    QString error;
};

Args parse(const QStringList &args)
{
    static const QStringList valueOptions = { u"--server"_s, u"--plan"_s, u"--name"_s,
                                              u"--output"_s, u"--remove"_s };
    Args a;
    a.command = args.value(0);
    for (int i = 1; i < args.size(); ++i) {
        QString arg = args[i];
        if (arg == "-o"_L1)
            arg = u"--output"_s;
        if (arg == "--add"_L1) {
            if (i + 2 >= args.size() || !a.add.isEmpty()) {
                a.error = CliServer::tr("--add needs a role and a level, e.g. --add bob editor "
                                        "(one role per command).");
                return a;
            }
            a.add = { args[i + 1], args[i + 2] };
            i += 2;
        } else if (valueOptions.contains(arg)) {
            if (i + 1 >= args.size()) {
                a.error = CliServer::tr("%1 needs a value.").arg(arg);
                return a;
            }
            a.options.insert(arg, args[++i]);
        } else if (arg == "--force"_L1) {
            a.options.insert(arg, u"1"_s);
        } else if (arg.startsWith(u'-') && arg.size() > 1) {
            a.error = CliServer::tr("unknown option %1.").arg(arg);
            return a;
        } else {
            a.positional << arg;
        }
    }
    return a;
}

int usageError(const QString &command, const QString &message)
{
    err() << u"valuemap server %1: "_s.arg(command) << message << '\n' << serverHelp() << '\n';
    return 2;
}

int failure(const QString &command, const QString &message, int code = 2)
{
    err() << u"valuemap server %1: "_s.arg(command) << message << '\n';
    return code;
}

// Connects and checks the schema; nullptr after saying why.
std::unique_ptr<ServerConnection> connectTo(const Args &a, const QString &plan = {})
{
    QString error;
    auto c = ServerConnection::open(a.options.value(u"--server"_s), &error, plan);
    if (c && a.command != "init"_L1 && !ServerSchema::check(*c, &error))
        c.reset();
    if (!c)
        failure(a.command, error);
    return c;
}

int init(const Args &a)
{
    auto c = connectTo(a);
    if (!c)
        return 2;
    QString error;
    QString notes;
    if (!ServerSchema::init(*c, &error, &notes))
        return failure(a.command, error);
    out() << notes << '\n';
    return 0;
}

int list(const Args &a)
{
    auto c = connectTo(a);
    if (!c)
        return 2;
    QString error;
    const auto plans = ServerPlans::list(*c, &error);
    if (!plans)
        return failure(a.command, error);
    if (plans->isEmpty())
        out() << CliServer::tr("Role “%1” is a member of no plan on %2.").arg(c->role(), c->serverName())
              << '\n';
    for (const ServerPlanInfo &p : *plans)
        // A name an owner renamed by hand could hold anything: it prints as text, on its line.
        out() << inertLine(p.name) << '\t' << p.level << '\t' << p.createdAt.toString(Qt::ISODate) << '\n';
    return 0;
}

int publish(const Args &a)
{
    if (a.positional.size() != 1)
        return usageError(a.command, CliServer::tr("name exactly one plan file to publish."));
    QString error;
    const auto doc = Document::open(a.positional.first(), &error, OpenMode::ReadOnly);
    if (!doc)
        return failure(a.command, error);
    if (!doc->unsoundRows().isEmpty() || !doc->fileProblems().isEmpty())
        return failure(a.command,
                       CliServer::tr("“%1” has problems (see valuemap check); only a sound plan "
                                     "is published.")
                           .arg(shownPath(a.positional.first())),
                       1);
    QString name = a.options.value(u"--name"_s);
    if (name.isEmpty())
        name = doc->product().name.trimmed();
    if (name.isEmpty())
        name = QFileInfo(a.positional.first()).completeBaseName();
    auto c = connectTo(a, name);
    if (!c)
        return 2;
    const auto id = ServerPlans::publish(*c, name, doc->store(), &error);
    if (!id)
        return failure(a.command, error, 1);
    out() << CliServer::tr("Published “%1” as plan “%2” on %3; role “%4” is its owner.")
                 .arg(shownPath(a.positional.first()), name, c->serverName(), c->role())
          << '\n';
    return 0;
}

int pull(const Args &a)
{
    const QString plan = a.options.value(u"--plan"_s);
    const QString output = a.options.value(u"--output"_s);
    if (plan.isEmpty() || output.isEmpty() || !a.positional.isEmpty())
        return usageError(a.command, CliServer::tr("name the plan and the file to write, e.g. "
                                                   "--plan Roadmap -o roadmap.valuemap."));
    if (QFileInfo::exists(output) && !a.options.contains(u"--force"_s))
        return failure(a.command, CliServer::tr("“%1” already exists. Choose another name, or add "
                                                "--force to replace it.")
                                      .arg(shownPath(output)));
    auto c = connectTo(a, plan);
    if (!c)
        return 2;
    QString error;
    const auto info = ServerPlans::find(*c, plan, &error);
    if (!info)
        return failure(a.command, error);
    // Read once, every value checked; a plan that fails its checks is not pulled, as no export
    // writes one: the file would open for viewing only and fail `check`.
    const auto doc = Document::openServer(a.options.value(u"--server"_s), plan, &error, false);
    if (!doc)
        return failure(a.command, error, 1);
    if (const QStringList problems = planProblems(*doc); !problems.isEmpty()) {
        QString list;
        for (const QString &p : problems)
            list += u"\n  - "_s + p;
        return failure(a.command,
                       CliServer::tr("plan “%1” has %n problem(s), so nothing was written:%2\n"
                                     "“valuemap export json --server CONN --plan %1 -o "
                                     "rescued.json --salvage” saves the rows that are sound.",
                                     nullptr, int(problems.size()))
                               .arg(plan, list),
                       1);
    }
    const PlanData data = planDataOf(doc->store(), plan);
    if (!createPlanFile(output, a.options.contains(u"--force"_s), data, &error))
        return failure(a.command, error, 1);
    out() << CliServer::tr("Wrote plan “%1” from %2 to “%3” (%4).")
                 .arg(plan, c->serverName(), shownPath(output),
                      planSummary(data).join(u", "_s))
          << '\n';
    return 0;
}

int members(const Args &a)
{
    const QString plan = a.options.value(u"--plan"_s);
    if (plan.isEmpty())
        return usageError(a.command, CliServer::tr("name the plan with --plan NAME."));
    if (!a.add.isEmpty() && !ServerPlans::isLevel(a.add.value(1)))
        return usageError(a.command, CliServer::tr("“%1” is no level: use viewer, editor or owner.")
                                         .arg(a.add.value(1)));
    auto c = connectTo(a, plan);
    if (!c)
        return 2;
    QString error;
    const auto info = ServerPlans::find(*c, plan, &error);
    if (!info)
        return failure(a.command, error);
    if (!a.add.isEmpty()) {
        if (!ServerPlans::setMember(*c, *info, a.add[0], a.add[1], &error))
            return failure(a.command, error);
        out() << CliServer::tr("Role “%1” now has the level %2 on plan “%3”.").arg(a.add[0], a.add[1], plan)
              << '\n';
    }
    if (a.options.contains(u"--remove"_s)) {
        const QString role = a.options.value(u"--remove"_s);
        if (!ServerPlans::removeMember(*c, *info, role, &error))
            return failure(a.command, error);
        out() << CliServer::tr("Role “%1” is no longer a member of plan “%2”.").arg(role, plan)
              << '\n';
    }
    const auto list = ServerPlans::members(*c, *info, &error);
    if (!list)
        return failure(a.command, error);
    for (const ServerMember &m : *list)
        out() << inertLine(m.role) << '\t' << m.level << '\n';
    return 0;
}

} // namespace

QString serverHelp()
{
    return CliServer::tr(
        "Team server (PostgreSQL; CONN is a libpq connection string: service=NAME,\n"
        "\"host=/var/run/postgresql dbname=valuemap\" or postgresql://USER@HOST/DATABASE):\n"
        "  valuemap server init --server CONN           create or upgrade the Valuemap schema\n"
        "  valuemap server list --server CONN           the plans your role may see\n"
        "  valuemap server publish PLAN.valuemap --server CONN [--name NAME]\n"
        "                                               copy a plan to the server (you own it)\n"
        "  valuemap server pull --server CONN --plan NAME -o OUT.valuemap [--force]\n"
        "                                               copy a server plan into a new file\n"
        "  valuemap server members --server CONN --plan NAME [--add ROLE viewer|editor|owner]\n"
        "                                               [--remove ROLE]   (owners only)");
}

int runServer(const QStringList &args)
{
    const Args a = parse(args);
    static const QStringList commands = { u"init"_s, u"list"_s, u"publish"_s, u"pull"_s,
                                          u"members"_s };
    if (a.command == "--help"_L1 || a.command == "-h"_L1) {
        out() << serverHelp() << '\n';
        return 0;
    }
    if (!commands.contains(a.command))
        return usageError(a.command.isEmpty() ? u"…"_s : a.command,
                          CliServer::tr("say what to do: init, list, publish, pull or members."));
    if (!a.error.isEmpty())
        return usageError(a.command, a.error);
    if (!a.options.contains(u"--server"_s))
        return usageError(a.command, CliServer::tr("name the server with --server CONN."));
    if ((a.command == "init"_L1 || a.command == "list"_L1) && !a.positional.isEmpty())
        return usageError(a.command, CliServer::tr("unexpected “%1”.").arg(a.positional.first()));
    if (a.command == "init"_L1)
        return init(a);
    if (a.command == "list"_L1)
        return list(a);
    if (a.command == "publish"_L1)
        return publish(a);
    if (a.command == "pull"_L1)
        return pull(a);
    return members(a);
}

} // namespace Valuemap::Cli
