#include "storage/planstore.h"

#include <algorithm>
#include <limits>

namespace Valuemap {

namespace {

// Orders null first, then numbers or text by value.
bool lessValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() && !b.isNull();
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return a.toString() < b.toString();
    if (a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double)
        return a.toDouble() < b.toDouble();
    return a.toLongLong() < b.toLongLong();
}

} // namespace

void PlanStore::clear()
{
    for (TableData &t : m_tables)
        t = TableData();
}

void PlanStore::load(Table table, Row row)
{
    TableData &t = data(table);
    const qint64 id = row.value(0).toLongLong();
    t.maxId = std::max(t.maxId, id);
    t.rows.insert(id, std::move(row));
    t.indexes.clear();
}

void PlanStore::apply(const RowOp &op)
{
    TableData &t = data(op.table);
    switch (op.kind) {
    case RowOp::Insert:
        load(op.table, op.row);
        break;
    case RowOp::Remove:
        t.rows.remove(op.id);
        t.indexes.clear();
        break;
    case RowOp::Update: {
        auto it = t.rows.find(op.id);
        if (it == t.rows.end() || op.column < 0 || op.column >= it->size())
            return;
        (*it)[op.column] = op.newValue;
        invalidate(op.table, op.column);
        break;
    }
    }
}

void PlanStore::invalidate(Table table, int column)
{
    TableData &t = data(table);
    if (column == tableSpec(table).sortColumn)
        t.indexes.clear();
    else
        t.indexes.remove(column);
}

bool PlanStore::contains(Table table, qint64 id) const
{
    return data(table).rows.contains(id);
}

const Row *PlanStore::row(Table table, qint64 id) const
{
    const auto &rows = data(table).rows;
    auto it = rows.constFind(id);
    return it == rows.constEnd() ? nullptr : &*it;
}

QVariant PlanStore::value(Table table, qint64 id, int column) const
{
    const Row *r = row(table, id);
    return r ? r->value(column) : QVariant();
}

qsizetype PlanStore::count(Table table) const
{
    return data(table).rows.size();
}

qint64 PlanStore::nextId(Table table) const
{
    return data(table).maxId + 1;
}

QList<qint64> PlanStore::group(Table table, int column, qint64 key) const
{
    const TableData &t = data(table);
    auto idx = t.indexes.constFind(column);
    if (idx == t.indexes.constEnd()) {
        const int sortColumn = tableSpec(table).sortColumn;
        QHash<qint64, QList<qint64>> groups;
        if (sortColumn < 0 || tableSpec(table).columns[sortColumn].type == ColumnType::Integer) {
            // Ranks and ids: plain integers, compared without QVariant (the hot path).
            using Entry = std::pair<qint64, qint64>; // sort key, id
            QHash<qint64, QList<Entry>> entries;
            for (auto it = t.rows.cbegin(); it != t.rows.cend(); ++it) {
                const qint64 k = column < 0 ? 0 : it->value(column).toLongLong();
                const QVariant &key = sortColumn < 0 ? QVariant() : it->at(sortColumn);
                entries[k].append({ key.isNull() ? std::numeric_limits<qint64>::min() : key.toLongLong(), it.key() });
            }
            groups.reserve(entries.size());
            for (auto it = entries.begin(); it != entries.end(); ++it) {
                std::sort(it->begin(), it->end());
                QList<qint64> &ids = groups[it.key()];
                ids.reserve(it->size());
                for (const Entry &e : std::as_const(*it))
                    ids.append(e.second);
            }
        } else {
            using Entry = std::pair<QVariant, qint64>; // sort value, id
            QHash<qint64, QList<Entry>> entries;
            for (auto it = t.rows.cbegin(); it != t.rows.cend(); ++it) {
                const qint64 k = column < 0 ? 0 : it->value(column).toLongLong();
                entries[k].append({ it->value(sortColumn), it.key() });
            }
            groups.reserve(entries.size());
            for (auto it = entries.begin(); it != entries.end(); ++it) {
                QList<Entry> &list = *it;
                std::sort(list.begin(), list.end(), [](const Entry &a, const Entry &b) {
                    if (lessValue(a.first, b.first))
                        return true;
                    if (lessValue(b.first, a.first))
                        return false;
                    return a.second < b.second;
                });
                QList<qint64> &ids = groups[it.key()];
                ids.reserve(list.size());
                for (const Entry &e : list)
                    ids.append(e.second);
            }
        }
        idx = t.indexes.insert(column, std::move(groups));
    }
    auto it = idx->constFind(column < 0 ? 0 : key);
    return it == idx->constEnd() ? QList<qint64>() : *it;
}

QList<qint64> PlanStore::children(Table table, qint64 parent) const
{
    return group(table, tableSpec(table).parentColumn, parent);
}

} // namespace Valuemap
