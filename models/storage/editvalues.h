#pragma once

#include <QVariant>

#include <optional>

namespace Valuemap::EditValues {

// Converters from what a view hands to a Document edit (strings, numbers, QDate, QColor) to
// the values the file stores. A nullopt means the input is not acceptable for that field.
QVariant text(const QVariant &value, bool singleLine);
QVariant date(const QVariant &value);
QVariant color(const QVariant &value);
// Empty input gives NULL; otherwise a number >= minimum (whole when integral).
std::optional<QVariant> number(const QVariant &value, double minimum, bool integral);
// An integer in [0, count).
std::optional<QVariant> choice(const QVariant &value, int count);
// A row id for a nullable reference column: 0 (no row) is stored as NULL.
QVariant optionalId(qint64 id);

} // namespace Valuemap::EditValues
