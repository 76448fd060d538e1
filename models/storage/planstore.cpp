#include "storage/planstore.h"

#include <algorithm>
#include <limits>
#include <tuple>
#include <vector>

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

void PlanStore::reserve(Table table, qsizetype rows)
{
    data(table).rows.reserve(rows);
}

void PlanStore::apply(const RowOp &op)
{
    // The indexes that exist are kept up to date row by row: an edit of one story must not make
    // the next read sort every story of the plan again.
    TableData &t = data(op.table);
    switch (op.kind) {
    case RowOp::Insert: {
        const qint64 id = op.row.value(0).toLongLong();
        t.maxId = std::max(t.maxId, id);
        t.rows.insert(id, op.row);
        for (auto idx = t.indexes.begin(); idx != t.indexes.end(); ++idx)
            insertSorted(op.table, (*idx)[groupKey(op.row, idx.key())], id);
        break;
    }
    case RowOp::Remove: {
        auto it = t.rows.find(op.id);
        if (it == t.rows.end())
            return;
        for (auto idx = t.indexes.begin(); idx != t.indexes.end(); ++idx)
            removeFromGroup(*idx, groupKey(*it, idx.key()), op.id);
        t.rows.erase(it);
        break;
    }
    case RowOp::Update: {
        auto it = t.rows.find(op.id);
        if (it == t.rows.end() || op.column < 0 || op.column >= it->size())
            return;
        const bool sortKey = op.column == tableSpec(op.table).sortColumn;
        QList<int> regroup; // the indexes the row moves in: by this column, or all when it sorts
        for (auto idx = t.indexes.begin(); idx != t.indexes.end(); ++idx) {
            if (sortKey || idx.key() == op.column) {
                regroup.append(idx.key());
                removeFromGroup(*idx, groupKey(*it, idx.key()), op.id);
            }
        }
        (*it)[op.column] = op.newValue;
        for (int column : regroup)
            insertSorted(op.table, t.indexes[column][groupKey(*it, column)], op.id);
        break;
    }
    }
}

qint64 PlanStore::groupKey(const Row &row, int column)
{
    return column < 0 ? 0 : row.value(column).toLongLong();
}

void PlanStore::removeFromGroup(QHash<qint64, QList<qint64>> &index, qint64 key, qint64 id)
{
    auto group = index.find(key);
    if (group == index.end())
        return;
    group->removeOne(id);
    if (group->isEmpty())
        index.erase(group);
}

bool PlanStore::sortsBefore(Table table, qint64 a, qint64 b) const
{
    const int sortColumn = tableSpec(table).sortColumn;
    if (sortColumn >= 0) {
        const QVariant &x = row(table, a)->at(sortColumn);
        const QVariant &y = row(table, b)->at(sortColumn);
        if (tableSpec(table).columns[sortColumn].type == ColumnType::Integer) {
            const qint64 kx = x.isNull() ? std::numeric_limits<qint64>::min() : x.toLongLong();
            const qint64 ky = y.isNull() ? std::numeric_limits<qint64>::min() : y.toLongLong();
            if (kx != ky)
                return kx < ky;
        } else if (lessValue(x, y)) {
            return true;
        } else if (lessValue(y, x)) {
            return false;
        }
    }
    return a < b;
}

void PlanStore::insertSorted(Table table, QList<qint64> &ids, qint64 id) const
{
    ids.insert(std::lower_bound(ids.begin(), ids.end(), id,
                                [&](qint64 a, qint64 b) { return sortsBefore(table, a, b); }),
               id);
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
            // Ranks and ids: plain integers, compared without QVariant (the hot path). All rows
            // in one array sorted by group, rank and id, then cut into groups: one allocation
            // per group, not a list per group grown row by row and copied once more.
            struct Entry
            {
                qint64 group;
                qint64 rank;
                qint64 id;
                bool operator<(const Entry &o) const
                {
                    return std::tie(group, rank, id) < std::tie(o.group, o.rank, o.id);
                }
            };
            std::vector<Entry> entries;
            entries.reserve(size_t(t.rows.size()));
            for (auto it = t.rows.cbegin(); it != t.rows.cend(); ++it) {
                const qint64 k = column < 0 ? 0 : storedWhole(it->value(column));
                const QVariant &rank = sortColumn < 0 ? QVariant() : it->at(sortColumn);
                entries.push_back({ k, rank.isNull() ? std::numeric_limits<qint64>::min() : storedWhole(rank), it.key() });
            }
            std::sort(entries.begin(), entries.end());
            for (size_t from = 0; from < entries.size();) {
                size_t to = from + 1;
                while (to < entries.size() && entries[to].group == entries[from].group)
                    ++to;
                QList<qint64> ids;
                ids.reserve(qsizetype(to - from));
                for (size_t i = from; i < to; ++i)
                    ids.append(entries[i].id);
                groups.insert(entries[from].group, std::move(ids));
                from = to;
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
