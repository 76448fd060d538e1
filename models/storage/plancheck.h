#pragma once

#include <QStringList>

namespace Valuemap {

class Document;

// What `valuemap check` reports beyond SQLite's own checks: the plan's invariants, such as
// ranks that run 0..n-1 without gaps within every parent. Empty when the plan is sound.
QStringList planProblems(const Document &document);

// A short human-readable account of what the plan holds, one line per item.
QStringList planSummary(const Document &document);

} // namespace Valuemap
