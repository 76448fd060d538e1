#pragma once

#include "storage/changeset.h"

#include <QString>

#include <optional>

namespace Valuemap {

// The one place that says what a plan may hold, column by column: the type of every value,
// the ranges of numbers (finite, within what an edit accepts), the choices of enumerations,
// the forms of dates, timestamps and colours, and text free of control characters and lone
// surrogates. Used where rows enter a plan (every importer, before anything is written) and
// where they are read (opening a plan, `valuemap check`), so a file from someone else cannot
// smuggle in what the editor would never write.

// The longest text a column may hold: far beyond any real title or description, and bounded
// so that a hostile file cannot grow without end. Edits and imports refuse longer texts.
inline constexpr int MaxTextLength = 1000000;
inline constexpr int MaxLineLength = MaxTextLength;
// The largest magnitude of a stored number (the same bound edits apply).
inline constexpr double MaxNumber = 1e12;

struct ValueProblem
{
    int column = -1;
    QString message; // in the user's words and naming the field, e.g. "the estimate must be …"
};

// Whether the value (in its normalized form: qint64, double, QString or null) is acceptable for
// the column; nullopt when it is. The message names the field but not the row.
std::optional<ValueProblem> valueProblem(Table table, int column, const QVariant &value);
// The first unacceptable value of a row, checked against every column of its table.
std::optional<ValueProblem> rowProblem(Table table, const Row &row);

// The field as a user knows it ("story title", "release target date"), translated.
QString fieldLabel(Table table, int column);
// The kind of row as a user knows it ("story", "customer goal"), translated.
QString tableLabel(Table table);

// Whether the column holds a calendar date (YYYY-MM-DD), a timestamp, a colour or one line.
bool isDateColumn(Table table, int column);
bool isTimestampColumn(Table table, int column);
bool isColorColumn(Table table, int column);
bool isSingleLineColumn(Table table, int column);

// A checksum of a row's values (64-bit FNV-1a over a canonical encoding of each value), kept
// beside every row in the file so that a flipped byte, or an edit made outside Valuemap, is
// found when the plan is read even where SQLite's own structure checks see nothing.
qint64 rowChecksum(Table table, const Row &row);

} // namespace Valuemap
