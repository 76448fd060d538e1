#pragma once

#include "server/serverplans.h"
#include "storage/changeset.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Valuemap {

class PlanStore;
class ServerConnection;

// A plan on a Valuemap server as a store: loads the whole plan and commits ChangeSets, all or
// nothing, with compare-and-set on the old values every RowOp carries. An update applies only
// where the column still holds its old value, a removal only where the whole row is unchanged,
// an insert only where the id is free; otherwise nothing of the ChangeSet is kept and the
// outcome says who changed what meanwhile (never last-writer-wins). Each commit appends one
// entry to the plan's change log (revision, author, time, undo text, the row changes), which
// also serializes the commits of one plan.
//
// Not yet wired into Document: see the README ("Team server") for how it will be.
class PgStore final
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::PgStore)

public:
    enum class Result { Committed, Conflict, Failed };
    struct Outcome
    {
        Result result = Result::Failed;
        QString message; // for Conflict and Failed: in the user's words
        qint64 revision = 0; // for Committed: the plan's revision of this change
    };

    // Connects, checks the schema and finds the plan; nullptr with *error set otherwise.
    static std::unique_ptr<PgStore> open(const QString &conn, const QString &planName,
                                         QString *error);
    ~PgStore();

    const ServerPlanInfo &plan() const { return m_plan; }
    bool isReadOnly() const { return m_plan.level == QLatin1StringView("viewer"); }
    ServerConnection &connection() { return *m_connection; }

    // Reads every row (checked with rowProblem) into *plan.
    bool load(PlanStore *plan, QString *error);
    Outcome commit(const ChangeSet &changes, const QString &undoText);

    // The row changes as the change log keeps them (JSON text).
    static QByteArray changesJson(const ChangeSet &changes);

private:
    PgStore(std::unique_ptr<ServerConnection> connection, ServerPlanInfo plan);
    // Applies one operation in the open transaction: false with *conflict set when its old
    // values no longer hold, or with *error set when the statement failed.
    bool apply(const RowOp &op, bool *conflict, QString *error);
    // "the story title of story 12 was changed meanwhile by bob (revision 7)".
    QString conflictMessage(const RowOp &op);

    std::unique_ptr<ServerConnection> m_connection;
    ServerPlanInfo m_plan;
};

} // namespace Valuemap
