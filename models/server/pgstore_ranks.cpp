// PgStore: ranks among siblings on a shared plan, where several people add at once.
#include "server/pgstore.h"

#include "server/serverconnection.h"
#include "server/serverschema.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

QString quoted(Table table, int c)
{
    return u'"' + QString(tableSpec(table).columns[c].name) + u'"';
}

} // namespace

std::optional<std::pair<Table, qint64>> PgStore::settleRank(ChangeSet &work, qsizetype at, QString *error)
{
    RowOp &op = work[at];
    const TableSpec &spec = tableSpec(op.table);
    // Only a rank: a table ordered by a date or a name orders by the row's own data.
    const int rank = rankColumn(op.table);
    if (op.kind != RowOp::Update || rank < 0 || op.column != rank)
        return std::nullopt;
    // The row as the server has it now, locked until the commit.
    const QString parentColumn = spec.parentColumn < 0 ? u"0"_s : quoted(op.table, spec.parentColumn);
    auto q = m_connection->run(u"SELECT %1, %2 FROM %3 WHERE plan_id = ? AND id = ? FOR UPDATE"_s.arg(
                                       parentColumn, quoted(op.table, rank),
                                       ServerSchema::tableName(op.table)),
                               { m_plan.id, op.id }, error, m_plan.name);
    if (!q || !q->next())
        return std::nullopt;
    const qint64 parent = q->value(0).toLongLong();
    const QVariant place = QVariant::fromValue<qint64>(q->value(1).toLongLong()); // as the plan holds ranks
    // Housekeeping only beside a row this change adds or removes under the same parent.
    bool beside = false;
    for (const RowOp &other : std::as_const(work)) {
        if (other.table == op.table && other.kind != RowOp::Update && other.row.value(0).toLongLong() != op.id
            && (spec.parentColumn < 0 || other.row.value(spec.parentColumn).toLongLong() == parent))
            beside = true;
    }
    if (!beside)
        return std::nullopt;
    op.oldValue = place;
    op.newValue = place;
    return std::pair(op.table, parent);
}

bool PgStore::putInRow(Table table, qint64 parent, ChangeSet &work, QString *error)
{
    const TableSpec &spec = tableSpec(table);
    const QString rank = quoted(table, rankColumn(table));
    QString where = u"plan_id = ?"_s;
    QVariantList values { m_plan.id };
    if (spec.parentColumn >= 0) {
        where += u" AND %1 = ?"_s.arg(quoted(table, spec.parentColumn));
        values << parent;
    }
    auto q = m_connection->run(u"SELECT id, %1 FROM %2 WHERE %3 ORDER BY %1, id FOR UPDATE"_s.arg(
                                       rank, ServerSchema::tableName(table), where),
                               values, error, m_plan.name);
    if (!q)
        return false;
    QList<std::pair<qint64, qint64>> rows;
    while (q->next())
        rows.append({ q->value(0).toLongLong(), q->value(1).toLongLong() });
    q.reset();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const auto [id, was] = rows[i];
        if (was == i)
            continue;
        if (!m_connection->run(u"UPDATE %1 SET %2 = ? WHERE plan_id = ? AND id = ?"_s.arg(
                                       ServerSchema::tableName(table), rank),
                               { QVariant::fromValue<qint64>(i), m_plan.id, id }, error, m_plan.name))
            return false;
        work.append(RowOp::update(table, id, rankColumn(table), QVariant::fromValue<qint64>(was),
                                  QVariant::fromValue<qint64>(i)));
    }
    return true;
}

} // namespace Valuemap
