#pragma once

#include "storage/changeset.h"

#include <QHash>
#include <array>

namespace Valuemap {

// A stored number: rows in memory hold each number column in its one form (qint64 or double),
// read straight; anything else as QVariant converts it. For loops over every row of a plan,
// where the conversion machinery per value counts.
inline qint64 storedWhole(const QVariant &value)
{
    return value.typeId() == QMetaType::LongLong ? *static_cast<const qint64 *>(value.constData())
                                                 : value.toLongLong();
}

inline double storedReal(const QVariant &value)
{
    return value.typeId() == QMetaType::Double ? *static_cast<const double *>(value.constData())
                                               : value.toDouble();
}

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
