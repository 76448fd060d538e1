#pragma once

#include "storage/changeset.h"

#include <QHash>
#include <array>

namespace Valuemap {

// The whole plan in memory, as rows by table. The file is the truth; this is its mirror, kept
// in step by applying the same RowOps that were just committed. Reads never touch SQLite, which
// keeps the views fast on plans of tens of thousands of stories.
class PlanStore final
{
public:
    void clear();
    void load(Table table, Row row);
    // Room for `rows` rows of the table, before loading them.
    void reserve(Table table, qsizetype rows);
    void apply(const RowOp &op);

    bool contains(Table table, qint64 id) const;
    const Row *row(Table table, qint64 id) const;
    QVariant value(Table table, qint64 id, int column) const;
    qsizetype count(Table table) const;
    qint64 nextId(Table table) const;

    // The ids of the rows whose `column` holds `key`, ordered by the table's sort column, then id.
    // With column -1: every row of the table, in that order.
    QList<qint64> group(Table table, int column, qint64 key) const;
    // The rows of a table grouped under its parent column (or all of them for tables with none).
    QList<qint64> children(Table table, qint64 parent) const;

private:
    struct TableData
    {
        QHash<qint64, Row> rows;
        qint64 maxId = 0;
        mutable QHash<int, QHash<qint64, QList<qint64>>> indexes;
    };

    TableData &data(Table table) { return m_tables[static_cast<size_t>(table)]; }
    const TableData &data(Table table) const { return m_tables[static_cast<size_t>(table)]; }
    static qint64 groupKey(const Row &row, int column);
    static void removeFromGroup(QHash<qint64, QList<qint64>> &index, qint64 key, qint64 id);
    // Whether row a comes before row b in the groups of the table (sort column, then id).
    bool sortsBefore(Table table, qint64 a, qint64 b) const;
    void insertSorted(Table table, QList<qint64> &ids, qint64 id) const;

    std::array<TableData, TableCount> m_tables;
};

} // namespace Valuemap
