#pragma once

#include "io/plandata.h"
#include "storage/planbackend.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Valuemap {

class PlanStore;
class ServerConnection;

// A plan on a server as the connected role may see it.
struct ServerPlanInfo
{
    qint64 id = 0;
    QString name;
    QString level; // this role's: viewer, editor or owner
    QDateTime createdAt;
    qint64 revision = 0; // of the latest change in its log
};

struct ServerMember
{
    QString role;
    QString level;
};

// The plans on a Valuemap server: list, publish, read back, members. Every statement binds its
// values; every refusal (by Valuemap or by the server's row-level security) is a message that
// names the plan and the server. The schema must be current (ServerSchema::check).
class ServerPlans final
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::ServerPlans)

public:
    static bool isLevel(const QString &level);

    // The plans this role is a member of, by name.
    static std::optional<QList<ServerPlanInfo>> list(ServerConnection &c, QString *error);
    // The plan of that name, if this role may see it; otherwise a message that does not tell
    // an unknown plan from one the role is not a member of (that would leak names).
    static std::optional<ServerPlanInfo> find(ServerConnection &c, const QString &name,
                                              QString *error);
    // The plan with that id as this role sees it now (renamed, another level); nullopt with
    // *error empty when the role may no longer see it (no longer a member, or the plan is
    // gone), with *error set when the server could not be asked.
    static std::optional<ServerPlanInfo> byId(ServerConnection &c, qint64 id, QString *error);
    // Copies every row of the plan into a new server plan `name`, in one transaction, with the
    // connected role as its owner and one entry in its log. Rows are checked first.
    static std::optional<qint64> publish(ServerConnection &c, const QString &name,
                                         const PlanStore &plan, QString *error);
    // Reads every row of a server plan, each checked with rowProblem(); the product row goes
    // into data->product, the others in table order (parents first), each table by id.
    // *revision (optional): the plan's revision these rows reflect.
    // *refused (optional): rows holding a value Valuemap does not accept are read all the same
    // and listed there (with why), as a file's are, instead of failing the read.
    struct Refused
    {
        QStringList problems; // "story 3: the title holds a control character", at most 20 …
        QList<RowKey> rows;
    };
    static bool read(ServerConnection &c, const ServerPlanInfo &plan, PlanData *data,
                     QString *error, qint64 *revision = nullptr, Refused *refused = nullptr);
    // The rows `keys` name as the plan holds them now (those gone are not in it), each checked
    // as when the plan is read: what a client applies when the log says they changed.
    static std::optional<RowsNow> rowsNow(ServerConnection &c, const ServerPlanInfo &plan,
                                          const QList<RowKey> &keys, QString *error,
                                          Refused *refused = nullptr);

    static std::optional<QList<ServerMember>> members(ServerConnection &c,
                                                      const ServerPlanInfo &plan, QString *error);
    // Adds a role or changes its level. Only owners may (the server refuses others).
    static bool setMember(ServerConnection &c, const ServerPlanInfo &plan, const QString &role,
                          const QString &level, QString *error);
    static bool removeMember(ServerConnection &c, const ServerPlanInfo &plan, const QString &role,
                             QString *error);

private:
    // The rows of one table of the plan that `filter` (SQL after the plan's own condition, its
    // values bound) selects, by id, each checked with rowProblem(); false with *error when
    // reading fails or a value is refused.
    static bool eachRow(ServerConnection &c, const ServerPlanInfo &plan, Table table,
                        const QString &filter, const QVariantList &values, QString *error,
                        const std::function<void(Row)> &take, Refused *refused = nullptr);
};

} // namespace Valuemap
