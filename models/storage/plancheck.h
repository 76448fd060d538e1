#pragma once

#include <QList>
#include <QPair>
#include <QStringList>

namespace Valuemap {

class Document;
class PlanStore;

// The dots of a dot vote that do not fit it, with why in the user's words: cast by a participant
// of another vote, or naming a story in a vote on vision notes (or a note in one on stories).
// Each row's values pass their checks alone; these are rules between rows, which an import
// enforces as well, so a plan that breaks them is not exported as if it were sound.
QList<QPair<qint64, QString>> misplacedVoteDots(const PlanStore &store);

// What `valuemap check` reports beyond SQLite's own checks: the plan's invariants, such as
// ranks that run 0..n-1 without gaps within every parent. Empty when the plan is sound.
QStringList planProblems(const Document &document);

// A short human-readable account of what the plan holds, one line per item.
QStringList planSummary(const Document &document);

} // namespace Valuemap
