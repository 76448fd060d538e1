#include "server/pgstore.h"

#include "io/plandata.h"
#include "server/changelog.h"

#include "server/serverconnection.h"
#include "server/serverplans.h"
#include "server/serverschema.h"
#include "storage/planstore.h"
#include "storage/rowcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

// The column that names a row of the table for its users (a story's title), or -1.
int nameColumn(Table table)
{
    switch (table) {
    case Table::Product: return ProductCol::Name;
    case Table::VisionNote: return VisionNoteCol::Text;
    case Table::Persona: return PersonaCol::Name;
    case Table::Activity: return ActivityCol::Title;
    case Table::Step: return StepCol::Title;
    case Table::Release: return ReleaseCol::Name;
    case Table::Story: return StoryCol::Title;
    case Table::Tag: return TagCol::Name;
    case Table::Goal: return GoalCol::Name;
    default: return -1;
    }
}

} // namespace

QString PgStore::column(Table table, int c)
{
    return u'"' + QString(tableSpec(table).columns[c].name) + u'"';
}

QString PgStore::compared(Table table, int c)
{
    // A text written by hand may begin with U+FEFF, which Qt's driver drops when it reads it:
    // compared as read, or the window could never change or remove that row.
    return tableSpec(table).columns[c].type == ColumnType::Text ? u"ltrim(%1, chr(65279))"_s.arg(column(table, c))
                                                                : column(table, c);
}

std::optional<std::pair<Table, qint64>> PgStore::rankParent(const RowOp &op)
{
    if (op.kind == RowOp::Update || rankColumn(op.table) < 0)
        return std::nullopt;
    const int parentColumn = tableSpec(op.table).parentColumn;
    return std::pair(op.table, parentColumn < 0 ? qint64(0) : op.row.value(parentColumn).toLongLong());
}

PgStore::PgStore(std::unique_ptr<ServerConnection> connection, ServerPlanInfo plan,
                 QString address)
    : m_connection(std::move(connection)), m_plan(std::move(plan)), m_address(std::move(address))
{
}

PgStore::~PgStore() = default;

std::unique_ptr<PgStore> PgStore::open(const QString &conn, const QString &planName,
                                       QString *error, bool *passwordNeeded)
{
    auto c = ServerConnection::open(conn, error, planName, passwordNeeded);
    if (!c || !ServerSchema::check(*c, error))
        return nullptr;
    const auto plan = ServerPlans::find(*c, planName, error);
    if (!plan)
        return nullptr;
    return std::unique_ptr<PgStore>(new PgStore(std::move(c), *plan, conn));
}

bool PgStore::reconnect(QString *error, bool *excluded)
{
    *excluded = false;
    auto c = ServerConnection::open(m_address, error, m_plan.name);
    if (!c || !ServerSchema::check(*c, error))
        return false;
    // By its id: an owner may have renamed it meanwhile.
    const auto plan = ServerPlans::byId(*c, m_plan.id, error);
    if (!plan) {
        *excluded = error->isEmpty();
        return false;
    }
    m_connection = std::move(c);
    follow(*plan);
    return true;
}

void PgStore::follow(const ServerPlanInfo &now)
{
    m_plan.name = now.name;
    m_plan.level = now.level;
}

QString PgStore::location() const
{
    return tr("plan “%1” on %2").arg(m_plan.name, m_connection->serverName());
}

bool PgStore::load(PlanStore *plan, qint64 *revision, QString *error)
{
    PlanData data;
    qint64 read = 0;
    ServerPlans::Refused refused;
    if (!ServerPlans::read(*m_connection, m_plan, &data, error, &read, &refused))
        return false;
    m_unsound = refused.rows;
    if (revision)
        *revision = read;
    plan->clear();
    if (!data.product.isEmpty())
        plan->load(Table::Product, data.product);
    for (const PlanRow &r : std::as_const(data.rows))
        plan->load(r.table, r.row);
    return true;
}

bool PgStore::apply(const RowOp &op, bool *conflict, QString *error, bool *taken)
{
    if (taken)
        *taken = false;
    const QString table = ServerSchema::tableName(op.table);
    const TableSpec &spec = tableSpec(op.table);
    std::optional<QSqlQuery> q;
    switch (op.kind) {
    case RowOp::Insert: {
        const QString marks = QStringList(spec.columns.size() + 1, u"?"_s).join(u", "_s);
        QVariantList values { m_plan.id };
        values << op.row;
        // A taken id is a conflict (someone added a row meanwhile), not a failure.
        q = m_connection->run(u"INSERT INTO %1 (plan_id, %2) VALUES (%3) ON CONFLICT (plan_id, id) DO NOTHING"_s
                                      .arg(table, ServerSchema::columnList(op.table), marks),
                              values, error, m_plan.name);
        break;
    }
    case RowOp::Remove: {
        // Removed only as the remover last saw it, but for its place among its siblings: an
        // add, move or removal beside it renumbers that, and is no change to the row itself
        // (undoing an add must not be refused because someone added to the same step since).
        QStringList same;
        QVariantList values { m_plan.id, op.row.value(0) };
        for (int c = 1; c < spec.columns.size(); ++c) {
            if (c == rankColumn(op.table))
                continue;
            same << u"%1 IS NOT DISTINCT FROM ?"_s.arg(compared(op.table, c));
            values << op.row.value(c);
        }
        q = m_connection->run(u"DELETE FROM %1 WHERE plan_id = ? AND id = ? AND %2"_s.arg(
                                      table, same.join(u" AND "_s)),
                              values, error, m_plan.name);
        break;
    }
    case RowOp::Update:
        // The story-number counter only grows on a shared plan (see assignStoryKeys).
        if (op.table == Table::Product && op.column == ProductCol::NextKey) {
            q = m_connection->run(u"UPDATE %1 SET %2 = GREATEST(%2, ?) WHERE plan_id = ? AND id = ?"_s.arg(
                                          table, column(op.table, op.column)),
                                  { op.newValue, m_plan.id, op.id }, error, m_plan.name);
            break;
        }
        // The stamps that follow every edit: written without compare-and-set.
        if (isUpdateStamp(op.table, op.column)) {
            q = m_connection->run(u"UPDATE %1 SET %2 = ? WHERE plan_id = ? AND id = ?"_s.arg(
                                          table, column(op.table, op.column)),
                                  { op.newValue, m_plan.id, op.id }, error, m_plan.name);
            break;
        }
        q = m_connection->run(
                u"UPDATE %1 SET %2 = ? WHERE plan_id = ? AND id = ? AND %3 IS NOT DISTINCT FROM ?"_s
                        .arg(table, column(op.table, op.column), compared(op.table, op.column)),
                { op.newValue, m_plan.id, op.id, op.oldValue }, error, m_plan.name);
        break;
    }
    if (!q) {
        // What it refers to was removed meanwhile, or its id was taken: a conflict as well.
        const QString code = m_connection->lastErrorCode();
        *conflict = code == "23503"_L1 || code == "23505"_L1;
        return false;
    }
    if (q->numRowsAffected() == 0) {
        *conflict = true;
        if (taken)
            *taken = op.kind == RowOp::Insert;
        return false;
    }
    return true;
}

QString PgStore::conflictMessage(const RowOp &op, const QString &undoText)
{
    const qint64 id = op.kind == RowOp::Update ? op.id : op.row.value(0).toLongLong();
    // The row as users know it: its name as the server has it now (or as this change had it,
    // when someone removed it), and a story's number; the row number only for what has no name.
    QString ignored;
    QString name;
    QString key;
    if (const int c = nameColumn(op.table); c >= 0) {
        const bool story = op.table == Table::Story;
        auto q = m_connection->run(
                story ? u"SELECT s.%1, p.%2 || '-' || s.%3 FROM %4 s JOIN %5 p "
                        "ON p.plan_id = s.plan_id WHERE s.plan_id = ? AND s.id = ?"_s.arg(
                                column(op.table, c), column(Table::Product, ProductCol::KeyPrefix),
                                column(Table::Story, StoryCol::KeyNumber), ServerSchema::tableName(op.table),
                                ServerSchema::tableName(Table::Product))
                      : u"SELECT %1 FROM %2 WHERE plan_id = ? AND id = ?"_s.arg(
                                column(op.table, c), ServerSchema::tableName(op.table)),
                { m_plan.id, id }, &ignored, m_plan.name);
        if (q && q->next()) {
            name = q->value(0).toString();
            key = story ? q->value(1).toString() : QString();
        } else if (op.kind != RowOp::Update) {
            name = op.row.value(c).toString();
        }
    }
    name = name.simplified();
    if (name.size() > 60)
        name = name.left(59) + u'…';
    const QString row = name.isEmpty() ? tr("%1 %2").arg(tableLabel(op.table)).arg(id)
        : key.isEmpty()                 ? tr("%1 “%2”").arg(tableLabel(op.table), name)
                                        : tr("%1 %2 “%3”").arg(tableLabel(op.table), key, name);
    const QString what = op.kind == RowOp::Update ? tr("the %1 of %2").arg(fieldLabel(op.table, op.column), row)
                                                  : row;
    // Who touched that row last, from the log (a separate statement: the transaction is over).
    const QJsonArray probe { QJsonObject { { u"table"_s, QString(tableSpec(op.table).name) },
                                           { u"id"_s, id } } };
    auto q = m_connection->run(
            u"SELECT author, revision FROM valuemap.change_log WHERE plan_id = ? "
            "AND changes @> CAST(? AS jsonb) ORDER BY revision DESC LIMIT 1"_s,
            { m_plan.id, QString::fromUtf8(QJsonDocument(probe).toJson(QJsonDocument::Compact)) },
            &ignored, m_plan.name);
    const QString byWhom = q && q->next()
        ? tr(" by %1 (revision %2)").arg(q->value(0).toString()).arg(q->value(1).toLongLong())
        : QString();
    return tr("“%1” was not applied: %2 was changed meanwhile%3 on plan “%4”. Nothing of it was "
              "kept. The plan now shows the current state; make the change again if you still "
              "want it.")
        .arg(undoText.isEmpty() ? tr("Your change") : undoText, what, byWhom, m_plan.name);
}

PgStore::Outcome PgStore::lost(const QString &message) const
{
    Outcome outcome;
    outcome.result = m_connection->isLost() ? Result::Offline : Result::Failed;
    outcome.message = message;
    return outcome;
}

PgStore::Outcome PgStore::commit(const ChangeSet &changes, const QString &undoText, qint64 since,
                                 bool mayRenumber)
{
    // PostgreSQL ends one of two transactions that wait for each other's rows (a deadlock:
    // two people putting stories into the middle of one step at the same moment) or that it
    // cannot serialize, and asks that it be run again: nothing of it was kept, so it is. The
    // values are checked once, before any attempt.
    for (const RowOp &op : changes) {
        const auto p = op.kind == RowOp::Update ? valueProblem(op.table, op.column, op.newValue)
                                                : rowProblem(op.table, op.row);
        if (op.kind != RowOp::Remove && p) {
            Outcome refused;
            refused.message = tr("Not saved to plan “%1”: %2.").arg(m_plan.name, p->message);
            return refused;
        }
    }
    for (int attempt = 1;; ++attempt) {
        Outcome outcome = commitOnce(changes, undoText, since, mayRenumber);
        const QString code = m_connection->lastErrorCode();
        if (outcome.result != Result::Failed || attempt == MaxCollisions
            || (code != "40P01"_L1 && code != "40001"_L1))
            return outcome;
    }
}

PgStore::Outcome PgStore::commitOnce(const ChangeSet &changes, const QString &undoText,
                                     qint64 since, bool mayRenumber)
{
    Outcome outcome;
    if (m_connection->isLost())
        return lost(tr("The connection to %1 is lost; the change was not saved.")
                            .arg(m_connection->serverName()));
    QString message;
    if (!m_connection->begin(&message))
        return lost(message);
    ChangeSet work = changes;
    bool renumbered = false;
    if (const auto taken = assignStoryKeys(work, mayRenumber, &renumbered, &message); taken || !message.isEmpty()) {
        m_connection->rollback();
        if (!taken)
            return lost(message);
        outcome.result = Result::Conflict;
        outcome.message = conflictMessage(*taken, undoText);
        return outcome;
    }
    int retries = 0;
    QList<std::pair<Table, qint64>> unsettled; // parents whose ranks are put in a row at the end
    for (qsizetype i = 0; i < work.size(); ++i) {
        bool conflict = false;
        bool taken = false;
        if (apply(work[i], &conflict, &message, &taken))
            continue;
        // A new row whose id someone else took meanwhile (two dots cast at once): the next
        // free id, with the rows of this change that refer to it, when the caller allows it.
        if (taken && mayRenumber && ++retries <= MaxRenumber) {
            const auto id = freeId(work[i].table, &message);
            if (!id)
                return lost(message);
            renumber(work, i, *id);
            renumbered = true;
            --i;
            continue;
        }
        if (conflict && !taken) {
            QString settleError;
            if (const auto parent = settleRank(work, i, &settleError)) {
                if (!unsettled.contains(*parent))
                    unsettled.append(*parent);
                renumbered = true; // the update now keeps the server's place
                continue;
            }
            if (!settleError.isEmpty()) {
                m_connection->rollback();
                return lost(settleError);
            }
        }
        m_connection->rollback();
        if (!conflict)
            return lost(message);
        outcome.result = Result::Conflict;
        outcome.message = conflictMessage(work[i], undoText);
        return outcome;
    }
    // Where rows came or went, the places are put in a row on the server: adds made at the same
    // moment on several laptops would otherwise share a place (and a file pulled from the plan
    // would fail its checks).
    for (const RowOp &op : std::as_const(work)) {
        if (const auto parent = rankParent(op); parent && !unsettled.contains(*parent))
            unsettled.append(*parent);
    }
    const qsizetype planned = work.size();
    for (const auto &[table, parent] : std::as_const(unsettled)) {
        if (!putInRow(table, parent, work, &message)) {
            m_connection->rollback();
            return lost(message);
        }
    }
    renumbered = renumbered || work.size() > planned; // the caller takes what was applied
    // The log entry last: it takes the plan's next revision and with it the plan's lock until
    // the commit, so that revisions are committed in their order.
    auto logged = m_connection->run(
            u"INSERT INTO valuemap.change_log (plan_id, undo_text, changes) "
            "VALUES (?, ?, CAST(? AS jsonb)) RETURNING revision"_s,
            { m_plan.id, undoText, QString::fromUtf8(ChangeLog::toJson(work)) }, &message,
            m_plan.name);
    if (!logged || !logged->next())
        return lost(message);
    const qint64 revision = logged->value(0).toLongLong();
    logged.reset();
    // What others committed before this change and the caller has not seen: with the plan
    // locked, every earlier revision is committed and visible here.
    if (since >= 0 && since < revision - 1) {
        auto earlier = ChangeLog::since(*m_connection, m_plan, since, &message, revision);
        if (!earlier) {
            m_connection->rollback();
            return lost(message);
        }
        // What the rows they name hold now, with this change in them: the caller compares
        // them with its mirror after it has applied this change.
        auto now = ServerPlans::rowsNow(*m_connection, m_plan, rowsNamed(*earlier, since), &message);
        if (!now) {
            m_connection->rollback();
            return lost(message);
        }
        outcome.earlier = *earlier;
        outcome.earlierRows = *now;
    }
    if (!m_connection->commit(&message, m_plan.name)) {
        m_connection->rollback();
        // The links are checked at commit: something this refers to was removed meanwhile.
        if (m_connection->lastErrorCode() == "23503"_L1) {
            outcome.result = Result::Conflict;
            outcome.message = message;
            return outcome;
        }
        return lost(message);
    }
    if (renumbered)
        outcome.applied = work;
    outcome.result = Result::Committed;
    outcome.revision = revision;
    m_plan.revision = revision;
    return outcome;
}

PgStore::Outcome PgStore::write(const ChangeSet &changes, const PlanStore &, const QString &undoText,
                                qint64 since, bool mayRenumber)
{
    // A viewer's document is read-only before it gets here, and the server refuses the rest.
    return commit(changes, undoText, since, mayRenumber);
}

} // namespace Valuemap
