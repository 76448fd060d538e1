#include "storage/changeset.h"

#include <algorithm>

namespace Valuemap {

RowOp RowOp::insert(Table table, Row row)
{
    RowOp op;
    op.kind = Insert;
    op.table = table;
    op.id = row.value(0).toLongLong();
    op.row = std::move(row);
    return op;
}

RowOp RowOp::remove(Table table, Row row)
{
    RowOp op = insert(table, std::move(row));
    op.kind = Remove;
    return op;
}

RowOp RowOp::update(Table table, qint64 id, int column, QVariant oldValue, QVariant newValue)
{
    RowOp op;
    op.kind = Update;
    op.table = table;
    op.id = id;
    op.column = column;
    op.oldValue = std::move(oldValue);
    op.newValue = std::move(newValue);
    return op;
}

RowOp RowOp::inverted() const
{
    RowOp op = *this;
    switch (kind) {
    case Insert:
        op.kind = Remove;
        break;
    case Remove:
        op.kind = Insert;
        break;
    case Update:
        std::swap(op.oldValue, op.newValue);
        break;
    }
    return op;
}

ChangeSet inverted(const ChangeSet &changes)
{
    ChangeSet result;
    result.reserve(changes.size());
    for (auto it = changes.crbegin(); it != changes.crend(); ++it)
        result.append(it->inverted());
    return result;
}

QVariant normalizedValue(ColumnType type, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (type) {
    case ColumnType::Integer:
        return QVariant::fromValue<qint64>(value.toLongLong());
    case ColumnType::Real:
        return QVariant::fromValue<double>(value.toDouble());
    case ColumnType::Text:
        return QVariant::fromValue<QString>(value.toString());
    }
    return {};
}

} // namespace Valuemap
