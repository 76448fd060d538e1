// PgStore: ranks among siblings on a shared plan, where several people add at once.
#include "server/pgstore.h"

#include "server/serverconnection.h"
#include "server/serverschema.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Valuemap {

std::optional<std::pair<Table, qint64>> PgStore::settleRank(ChangeSet &work, qsizetype at, QString *error)
{
    RowOp &op = work[at];
    const TableSpec &spec = tableSpec(op.table);
    // Only a rank: a table ordered by a date or a name orders by the row's own data.
    const int rank = rankColumn(op.table);
    if (op.kind != RowOp::Update || rank < 0 || op.column != rank)
        return std::nullopt;
    // The row as the server has it now, locked until the commit.
    const QString parentColumn = spec.parentColumn < 0 ? u"0"_s : column(op.table, spec.parentColumn);
    auto q = m_connection->run(u"SELECT %1, %2 FROM %3 WHERE plan_id = ? AND id = ? FOR UPDATE"_s.arg(
                                       parentColumn, column(op.table, rank),
                                       ServerSchema::tableName(op.table)),
                               { m_plan.id, op.id }, error, m_plan.name);
    if (!q || !q->next())
        return std::nullopt;
    const qint64 parent = q->value(0).toLongLong();
    const QVariant kept = QVariant::fromValue<qint64>(q->value(1).toLongLong()); // as the plan holds ranks
    // Housekeeping only beside a row this change adds or removes under the same parent.
    const std::pair place(op.table, parent);
    const bool beside = std::any_of(work.cbegin(), work.cend(), [&](const RowOp &other) {
        return other.row.value(0).toLongLong() != op.id && rankParent(other) == place;
    });
    if (!beside)
        return std::nullopt;
    op.oldValue = kept;
    op.newValue = kept;
    return place;
}

bool PgStore::putInRow(Table table, qint64 parent, ChangeSet &work, QString *error)
{
    const TableSpec &spec = tableSpec(table);
    const QString rank = column(table, rankColumn(table));
    QString where = u"plan_id = ?"_s;
    QVariantList values { m_plan.id };
    if (spec.parentColumn >= 0) {
        where += u" AND %1 = ?"_s.arg(column(table, spec.parentColumn));
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
