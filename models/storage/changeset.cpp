#include "storage/changeset.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Valuemap {

RowOp RowOp::insert(Table table, Row row)
{
    RowOp op;
    op.kind = Insert;
    op.table = table;
    op.id = row.value(0).toLongLong();
    const TableSpec &spec = tableSpec(table);
    for (int i = 0; i < row.size() && i < spec.columns.size(); ++i)
        row[i] = normalizedValue(spec.columns[i].type, row[i]);
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
    case ColumnType::Real: {
        // -0 becomes 0, as SQLite stores it: the mirror and the file then agree.
        const double number = value.toDouble();
        return QVariant::fromValue<double>(number == 0 ? 0.0 : number);
    }
    case ColumnType::Text: {
        // A null QString would be stored as SQL NULL: an empty text is "", never NULL.
        const QString text = value.toString();
        return QVariant::fromValue<QString>(text.isNull() ? u""_s : text);
    }
    }
    return {};
}

} // namespace Valuemap
