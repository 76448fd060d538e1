#include "server/pgstore.h"

#include "server/serverconnection.h"
#include "server/serverschema.h"
#include "storage/planstore.h"
#include "storage/rowcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

QString column(Table table, int c)
{
    return u'"' + QString(tableSpec(table).columns[c].name) + u'"';
}

QJsonValue jsonValue(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    default:
        return QJsonValue(value.toString());
    }
}

QJsonArray jsonRow(const Row &row)
{
    QJsonArray result;
    for (const QVariant &v : row)
        result.append(jsonValue(v));
    return result;
}

} // namespace

PgStore::PgStore(std::unique_ptr<ServerConnection> connection, ServerPlanInfo plan)
    : m_connection(std::move(connection)), m_plan(std::move(plan))
{
}

PgStore::~PgStore() = default;

std::unique_ptr<PgStore> PgStore::open(const QString &conn, const QString &planName,
                                       QString *error)
{
    auto c = ServerConnection::open(conn, error, planName);
    if (!c || !ServerSchema::check(*c, error))
        return nullptr;
    const auto plan = ServerPlans::find(*c, planName, error);
    if (!plan)
        return nullptr;
    return std::unique_ptr<PgStore>(new PgStore(std::move(c), *plan));
}

bool PgStore::load(PlanStore *plan, QString *error)
{
    PlanData data;
    if (!ServerPlans::read(*m_connection, m_plan, &data, error))
        return false;
    plan->clear();
    if (!data.product.isEmpty())
        plan->load(Table::Product, data.product);
    for (const PlanRow &r : std::as_const(data.rows))
        plan->load(r.table, r.row);
    return true;
}

QByteArray PgStore::changesJson(const ChangeSet &changes)
{
    QJsonArray ops;
    for (const RowOp &op : changes) {
        QJsonObject o { { u"table"_s, QString(tableSpec(op.table).name) } };
        switch (op.kind) {
        case RowOp::Insert:
        case RowOp::Remove:
            o.insert(u"op"_s, op.kind == RowOp::Insert ? u"insert"_s : u"remove"_s);
            o.insert(u"id"_s, op.row.value(0).toLongLong());
            o.insert(u"row"_s, jsonRow(op.row));
            break;
        case RowOp::Update:
            o.insert(u"op"_s, u"update"_s);
            o.insert(u"id"_s, op.id);
            o.insert(u"column"_s, QString(tableSpec(op.table).columns[op.column].name));
            o.insert(u"old"_s, jsonValue(op.oldValue));
            o.insert(u"new"_s, jsonValue(op.newValue));
            break;
        }
        ops.append(o);
    }
    return QJsonDocument(ops).toJson(QJsonDocument::Compact);
}

bool PgStore::apply(const RowOp &op, bool *conflict, QString *error)
{
    const QString table = ServerSchema::tableName(op.table);
    const TableSpec &spec = tableSpec(op.table);
    std::optional<QSqlQuery> q;
    switch (op.kind) {
    case RowOp::Insert: {
        const QString marks = QStringList(spec.columns.size() + 1, u"?"_s).join(u", "_s);
        QVariantList values { m_plan.id };
        values << op.row;
        // A taken id is a conflict (someone added a row meanwhile), not a failure.
        q = m_connection->run(u"INSERT INTO %1 (plan_id, %2) VALUES (%3) ON CONFLICT DO NOTHING"_s
                                      .arg(table, ServerSchema::columnList(op.table), marks),
                              values, error, m_plan.name);
        break;
    }
    case RowOp::Remove: {
        QStringList same;
        QVariantList values { m_plan.id, op.row.value(0) };
        for (int c = 1; c < spec.columns.size(); ++c) {
            same << u"%1 IS NOT DISTINCT FROM ?"_s.arg(column(op.table, c));
            values << op.row.value(c);
        }
        q = m_connection->run(u"DELETE FROM %1 WHERE plan_id = ? AND id = ? AND %2"_s.arg(
                                      table, same.join(u" AND "_s)),
                              values, error, m_plan.name);
        break;
    }
    case RowOp::Update:
        q = m_connection->run(
                u"UPDATE %1 SET %2 = ? WHERE plan_id = ? AND id = ? AND %2 IS NOT DISTINCT FROM ?"_s
                        .arg(table, column(op.table, op.column)),
                { op.newValue, m_plan.id, op.id, op.oldValue }, error, m_plan.name);
        break;
    }
    if (!q)
        return false;
    if (q->numRowsAffected() == 0) {
        *conflict = true;
        return false;
    }
    return true;
}

QString PgStore::conflictMessage(const RowOp &op)
{
    const qint64 id = op.kind == RowOp::Update ? op.id : op.row.value(0).toLongLong();
    const QString what = op.kind == RowOp::Update
        ? tr("the %1 of %2 %3").arg(fieldLabel(op.table, op.column), tableLabel(op.table)).arg(id)
        : tr("%1 %2").arg(tableLabel(op.table)).arg(id);
    // Who touched that row last, from the log (a separate statement: the transaction is over).
    const QJsonArray probe { QJsonObject { { u"table"_s, QString(tableSpec(op.table).name) },
                                           { u"id"_s, id } } };
    QString ignored;
    auto q = m_connection->run(
            u"SELECT author, revision FROM valuemap.change_log WHERE plan_id = ? "
            "AND changes @> CAST(? AS jsonb) ORDER BY revision DESC LIMIT 1"_s,
            { m_plan.id, QString::fromUtf8(QJsonDocument(probe).toJson(QJsonDocument::Compact)) },
            &ignored, m_plan.name);
    const QString byWhom = q && q->next()
        ? tr(" by %1 (revision %2)").arg(q->value(0).toString()).arg(q->value(1).toLongLong())
        : QString();
    return tr("Your change was not applied: %1 was changed meanwhile%2 on plan “%3”. Nothing of "
              "it was kept; reload the plan to see the current state, then make your change "
              "again.")
        .arg(what, byWhom, m_plan.name);
}

PgStore::Outcome PgStore::commit(const ChangeSet &changes, const QString &undoText)
{
    Outcome outcome;
    for (const RowOp &op : changes) {
        const Row row = op.kind == RowOp::Update ? Row() : op.row;
        const auto p = op.kind == RowOp::Update ? valueProblem(op.table, op.column, op.newValue)
                                                : rowProblem(op.table, row);
        if (op.kind != RowOp::Remove && p) {
            outcome.message = tr("Not saved to plan “%1”: %2.").arg(m_plan.name, p->message);
            return outcome;
        }
    }
    if (!m_connection->begin(&outcome.message))
        return outcome;
    // The log entry first: it takes the plan's next revision and with it the plan's lock, so
    // that the commits of one plan follow each other.
    auto logged = m_connection->run(
            u"INSERT INTO valuemap.change_log (plan_id, undo_text, changes) "
            "VALUES (?, ?, CAST(? AS jsonb)) RETURNING revision"_s,
            { m_plan.id, undoText, QString::fromUtf8(changesJson(changes)) }, &outcome.message,
            m_plan.name);
    if (!logged || !logged->next())
        return outcome;
    const qint64 revision = logged->value(0).toLongLong();
    logged.reset();
    for (const RowOp &op : changes) {
        bool conflict = false;
        if (apply(op, &conflict, &outcome.message))
            continue;
        m_connection->rollback();
        if (conflict) {
            outcome.result = Result::Conflict;
            outcome.message = conflictMessage(op);
        }
        return outcome;
    }
    if (!m_connection->commit(&outcome.message, m_plan.name)) {
        m_connection->rollback();
        return outcome;
    }
    outcome.result = Result::Committed;
    outcome.revision = revision;
    m_plan.revision = revision;
    return outcome;
}

} // namespace Valuemap
