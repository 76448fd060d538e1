#include "cli_common.h"
#include "helptext.h"

#include "storage/document.h"
#include "storage/plancheck.h"
#include "domain/text.h"

#include <QCoreApplication>
#include <QDir>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Valuemap::Cli {

namespace {

class Common
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::Cli)
};

} // namespace

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

std::optional<double> numberOption(const QString &option, const QString &value, double low,
    double high, bool whole, QString *error)
{
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(number) || number < low || number > high
        || (whole && number != std::floor(number))) {
        *error = whole ? Common::tr("%1 must be a whole number from %2 to %3, not “%4”.")
                             .arg(option)
                             .arg(low)
                             .arg(high)
                             .arg(value)
                       : Common::tr("%1 must be a number from %2 to %3, not “%4”.")
                             .arg(option)
                             .arg(low)
                             .arg(high)
                             .arg(value);
        return std::nullopt;
    }
    return number;
}

int checkOutput(const QString &command, const QString &output, const QStringList &inputs,
    OutputGuard::Existing existing)
{
    const OutputGuard::Verdict verdict = OutputGuard::check(output, existing, inputs);
    if (verdict.ok())
        return Success;
    QString message = verdict.message;
    if (message.endsWith(u'.'))
        message.chop(1);
    if (verdict.kind == OutputGuard::Verdict::Exists)
        err() << Common::tr("valuemap %1: %2. Nothing was written. Choose another name, or add "
                            "--force to replace it.")
                     .arg(command, message)
              << '\n';
    else
        err() << Common::tr("valuemap %1: %2. Nothing was written.").arg(command, message) << '\n';
    return Unusable;
}

namespace {
struct ServerPlan
{
    QString conn;
    QString name;
};
ServerPlan &serverPlan()
{
    static ServerPlan plan;
    return plan;
}
} // namespace

QString serverPlanToken()
{
    return QString(QChar(0)) + u"server-plan"_s;
}

bool takeServerPlan(QStringList *args, qsizetype position, QString *error)
{
    const auto take = [&](const QString &option, QString *value) {
        const qsizetype at = args->indexOf(option);
        if (at < 0)
            return true;
        if (at + 1 >= args->size() || args->at(at + 1).startsWith(u"--"_s)) {
            *error = Common::tr("%1 needs a value.").arg(option);
            return false;
        }
        *value = args->at(at + 1);
        args->remove(at, 2);
        return true;
    };
    ServerPlan plan;
    if (!take(u"--server"_s, &plan.conn) || !take(u"--plan"_s, &plan.name))
        return false;
    if (plan.conn.isEmpty() && plan.name.isEmpty())
        return true;
    if (plan.conn.isEmpty() || plan.name.isEmpty()) {
        *error = Common::tr("A server plan needs both --server CONN and --plan NAME (see "
                            "valuemap server list --server CONN for the names).");
        return false;
    }
    serverPlan() = plan;
    args->insert(std::min(position, args->size()), serverPlanToken());
    return true;
}

std::unique_ptr<Document> openDocument(const QString &plan, OpenMode mode, QString *error)
{
    if (plan == serverPlanToken())
        return Document::openServer(serverPlan().conn, serverPlan().name, error, false);
    return Document::open(plan, error, mode);
}

QString shownPlan(const QString &plan)
{
    if (plan == serverPlanToken())
        return Common::tr("plan “%1” on the server").arg(serverPlan().name);
    return shownPath(plan);
}

QString quotedPlan(const QString &plan)
{
    return plan == serverPlanToken() ? shownPlan(plan) : Common::tr("“%1”").arg(shownPlan(plan));
}

QString planOnCommandLine(const QString &plan)
{
    return plan == serverPlanToken() ? u"--server CONN --plan "_s + serverPlan().name
                                     : shownPath(plan);
}

std::unique_ptr<Document> openPlan(
    const QString &command, const QString &path, int *exitCode, bool allowProblems)
{
    QString error;
    auto document = openDocument(path, OpenMode::ReadOnly, &error);
    if (!document) {
        err() << Common::tr("valuemap %1: %2").arg(command, error) << '\n';
        *exitCode = Unusable;
        return nullptr;
    }
    for (const QString &notice : document->openNotices())
        err() << Common::tr("valuemap %1: warning: %2").arg(command, notice) << '\n';
    if (!allowProblems) {
        const QStringList problems = planProblems(*document);
        if (!problems.isEmpty()) {
            err() << Common::tr("valuemap %1: %2 has %n problem(s), so nothing was written:",
                nullptr, int(problems.size()))
                         .arg(command, quotedPlan(path))
                  << '\n';
            for (const QString &problem : problems)
                err() << u"  - "_s << problem << '\n';
            err() << Common::tr("Run “valuemap check %1” for the whole account; “valuemap export "
                                "json %1 -o rescued.json --salvage” saves the rows that are "
                                "sound.")
                         .arg(planOnCommandLine(path))
                  << '\n';
            *exitCode = Problems;
            return nullptr;
        }
    }
    *exitCode = Success;
    return document;
}

QString exitCodesText()
{
    return HelpText::exitCodes();
}

} // namespace Valuemap::Cli
