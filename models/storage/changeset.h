#pragma once

#include "storage/schema.h"

#include <QList>
#include <QVariant>

namespace Valuemap {

using Row = QVariantList; // one value per column of the table's spec

// One change to one row. Every edit of a document is a list of these: written to SQLite in one
// transaction, applied to the in-memory plan, and inverted for undo. Because an operation
// carries both the old and the new value, undo restores the file byte-for-byte in content.
struct RowOp
{
    enum Kind : quint8 { Insert, Remove, Update };

    Kind kind = Update;
    Table table = Table::Product;
    qint64 id = 0;
    int column = -1; // Update only
    QVariant oldValue; // Update only
    QVariant newValue; // Update only
    Row row; // Insert and Remove: the whole row

    static RowOp insert(Table table, Row row);
    static RowOp remove(Table table, Row row);
    static RowOp update(Table table, qint64 id, int column, QVariant oldValue, QVariant newValue);
    RowOp inverted() const;
};

using ChangeSet = QList<RowOp>;

ChangeSet inverted(const ChangeSet &changes);

// Brings a value into the one representation the plan uses for a column type: qint64, double,
// QString, or a null QVariant. Values read from SQLite and values set by edits then compare equal.
QVariant normalizedValue(ColumnType type, const QVariant &value);

} // namespace Valuemap
