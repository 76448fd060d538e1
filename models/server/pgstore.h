#pragma once

#include "server/serverplans.h"
#include "storage/planbackend.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace Valuemap {

class PlanStore;
class ServerConnection;

// A plan on a Valuemap server as a store: loads the whole plan and commits ChangeSets, all or
// nothing, with compare-and-set on the old values every RowOp carries. An update applies only
// where the column still holds its old value, a removal only where the whole row is unchanged,
// an insert only where the id is free and what it refers to still exists; otherwise nothing of
// the ChangeSet is kept and the outcome says who changed what meanwhile (never
// last-writer-wins). Only the "updated at" stamps are written without that check: they follow
// every edit and would make any two edits of one story collide.
//
// Each commit appends one entry to the plan's change log (revision, author, time, undo text,
// the row changes), which also serializes the commits of one plan; the outcome carries the
// entries of others that came before it and that the caller had not seen.
class PgStore final : public PlanBackend
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::PgStore)

public:
    // Connects, checks the schema and finds the plan; nullptr with *error set otherwise
    // (*passwordNeeded, optional: as ServerConnection::open says it).
    static std::unique_ptr<PgStore> open(const QString &conn, const QString &planName,
                                         QString *error, bool *passwordNeeded = nullptr);
    ~PgStore() override;

    const ServerPlanInfo &plan() const { return m_plan; }
    bool isReadOnly() const { return m_plan.level == QLatin1StringView("viewer"); }
    ServerConnection &connection() { return *m_connection; }
    const QString &address() const { return m_address; }

    // Reads every row (checked with rowProblem) into *plan, and the revision they reflect.
    bool load(PlanStore *plan, qint64 *revision, QString *error);
    // mayRenumber: a new row whose id was taken meanwhile gets the next free one (and the rows
    // of the change that refer to it follow); the outcome then carries what was applied.
    Outcome commit(const ChangeSet &changes, const QString &undoText, qint64 since = -1,
                   bool mayRenumber = false);
    // Replaces a lost connection with a new one (and reads the plan's name and level again).
    // *excluded: the role may no longer see the plan (reconnecting will not help).
    bool reconnect(QString *error, bool *excluded);
    // Takes on the plan's name and this role's level as the server has them now.
    void follow(const ServerPlanInfo &now);

    Outcome write(const ChangeSet &changes, const PlanStore &before, const QString &undoText,
                  qint64 since, bool mayRenumber) override;
    bool copyTo(const QString &path, const PlanStore &plan, QString *error) override;
    QString dump() override;
    QStringList problems() override;
    QList<RowKey> unsoundRows() const override { return m_unsound; }
    QString location() const override;

private:
    PgStore(std::unique_ptr<ServerConnection> connection, ServerPlanInfo plan, QString address);
    // Applies one operation in the open transaction: false with *conflict set when its old
    // values no longer hold, or with *error set when the statement failed.
    // *taken (optional): the conflict is an insert whose id is taken.
    bool apply(const RowOp &op, bool *conflict, QString *error, bool *taken = nullptr);
    // Story numbers on a shared plan: new stories whose numbers someone else's stories took
    // meanwhile get the next free ones (mayRenumber; else the counter's update is returned as
    // the conflict), and the counter never goes back. *changed when numbers in `work` changed;
    // *error set when the server failed.
    std::optional<RowOp> assignStoryKeys(ChangeSet &work, bool mayRenumber, bool *changed,
                                         QString *error);
    std::optional<qint64> freeId(Table table, QString *error);
    // Gives the insert at `at` the id `id`, and the later operations that refer to it too.
    static void renumber(ChangeSet &changes, qsizetype at, qint64 id);
    static constexpr int MaxRenumber = 5;
    // A column as the server's statements name it (quoted).
    static QString column(Table table, int c);
    // The column as compare-and-set compares it with what the client read.
    static QString compared(Table table, int c);
    // The (table, parent) among whose rows an insert or removal in a ranked table takes or
    // leaves a place; nullopt for an update or a table ordered by the rows' own data.
    static std::optional<std::pair<Table, qint64>> rankParent(const RowOp &op);
    // Places among siblings (pgstore_ranks.cpp). A change that adds or removes a row also puts
    // its siblings' ranks in a row; those updates are housekeeping, not what the user meant.
    // When one of them is stale (someone added or moved beside it meanwhile), settleRank makes
    // it keep the server's rank and returns the (table, parent) to put in a row again;
    // nullopt when the update is not housekeeping or its row is gone (a real conflict).
    std::optional<std::pair<Table, qint64>> settleRank(ChangeSet &work, qsizetype at, QString *error);
    // Ranks 0..n-1 in the order (rank, id) for the rows under `parent`, each change appended to
    // `work` (so the log and the caller's copy get it). False when the server failed.
    bool putInRow(Table table, qint64 parent, ChangeSet &work, QString *error);
    // "the story title of story 12 was changed meanwhile by bob (revision 7)".
    QString conflictMessage(const RowOp &op, const QString &undoText);
    Outcome lost(const QString &message) const;
    // commit() once, its values already checked: a deadlock or serialization failure leaves the
    // last error code 40P01 or 40001, and commit() runs it again, up to MaxCollisions in all.
    Outcome commitOnce(const ChangeSet &changes, const QString &undoText, qint64 since,
                       bool mayRenumber);
    static constexpr int MaxCollisions = 4;

    std::unique_ptr<ServerConnection> m_connection;
    ServerPlanInfo m_plan;
    QString m_address;
    QList<RowKey> m_unsound; // rows whose values were refused when the plan was read
};

} // namespace Valuemap
