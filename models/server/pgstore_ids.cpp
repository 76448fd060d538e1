// PgStore: ids and story numbers on a shared plan, where several people add at once: new rows
// whose ids someone took meanwhile get the next free ones, and story numbers come from the
// plan's counter under its lock.
#include "server/pgstore.h"

#include "server/serverconnection.h"
#include "server/serverschema.h"
#include "storage/planstore.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Valuemap {

std::optional<RowOp> PgStore::assignStoryKeys(ChangeSet &work, bool mayRenumber, bool *changed,
                                              QString *error)
{
    for (RowOp &op : work) {
        if (op.kind != RowOp::Update || op.table != Table::Product || op.column != ProductCol::NextKey)
            continue;
        const qint64 from = op.oldValue.toLongLong();
        const qint64 to = op.newValue.toLongLong();
        if (to <= from) {
            // An undo of an add: the counter does not go back where others may have counted
            // on (the log says so too); a number below it that is free is still used again.
            op.newValue = op.oldValue;
            continue;
        }
        // The numbers from..to-1 are this change's. Locking the counter's row makes adds on
        // other laptops wait here until this one is committed, so no two take the same number.
        auto q = m_connection->run(
                u"SELECT next_key, (SELECT coalesce(max(key_number), 0) FROM %1 WHERE plan_id = ?), "
                "EXISTS (SELECT 1 FROM %1 WHERE plan_id = ? AND key_number >= ? AND key_number < ?) "
                "FROM %2 WHERE plan_id = ? AND id = 1 FOR UPDATE"_s
                        .arg(ServerSchema::tableName(Table::Story), ServerSchema::tableName(Table::Product)),
                { m_plan.id, m_plan.id, from, to, m_plan.id }, error, m_plan.name);
        if (!q)
            return std::nullopt;
        if (!q->next() || !q->value(2).toBool())
            continue; // free: a redo gets its story's own number back
        if (!mayRenumber)
            return op; // a redo whose number someone else's story took meanwhile
        // Someone else's story took one of them meanwhile: this change's stories take the
        // next free ones, in the same order.
        const qint64 shift = std::max(q->value(0).toLongLong(), q->value(1).toLongLong() + 1) - from;
        for (RowOp &story : work) {
            if (story.kind != RowOp::Insert || story.table != Table::Story)
                continue;
            const qint64 key = story.row.value(StoryCol::KeyNumber).toLongLong();
            if (key >= from && key < to)
                story.row[StoryCol::KeyNumber] = QVariant::fromValue<qint64>(key + shift);
        }
        op.oldValue = QVariant::fromValue<qint64>(from + shift);
        op.newValue = QVariant::fromValue<qint64>(to + shift);
        *changed = true;
    }
    error->clear();
    return std::nullopt;
}

std::optional<qint64> PgStore::freeId(Table table, QString *error)
{
    auto q = m_connection->run(u"SELECT coalesce(max(id), 0) + 1 FROM %1 WHERE plan_id = ?"_s.arg(
                                       ServerSchema::tableName(table)),
                               { m_plan.id }, error, m_plan.name);
    if (!q || !q->next())
        return std::nullopt;
    return q->value(0).toLongLong();
}

void PgStore::renumber(ChangeSet &changes, qsizetype at, qint64 id)
{
    const Table table = changes[at].table;
    const qint64 old = changes[at].row.value(0).toLongLong();
    const QVariant from = QVariant::fromValue(old);
    const QVariant to = QVariant::fromValue(id);
    changes[at].row[0] = to;
    for (qsizetype i = at + 1; i < changes.size(); ++i) {
        RowOp &op = changes[i];
        if (op.kind == RowOp::Update) {
            if (op.table == table && op.id == old)
                op.id = id;
            if (referencedTable(op.table, op.column) == table) {
                if (op.oldValue == from)
                    op.oldValue = to;
                if (op.newValue == from)
                    op.newValue = to;
            }
            continue;
        }
        if (op.table == table && op.row.value(0) == from)
            op.row[0] = to;
        for (int c = 1; c < op.row.size(); ++c) {
            if (op.row[c] == from && referencedTable(op.table, c) == table)
                op.row[c] = to;
        }
        // A pipeline's record names the row it made by table and id, not by a link.
        if (op.table == Table::RecordEvent && op.kind == RowOp::Insert
            && op.row.value(RecordEventCol::TargetTable).toLongLong() == qint64(table)
            && op.row.value(RecordEventCol::RowId) == from)
            op.row[RecordEventCol::RowId] = to;
    }
}

} // namespace Valuemap
