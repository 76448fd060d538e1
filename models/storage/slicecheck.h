#pragma once

#include "domain/ids.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace Valuemap {

class Document;

// The working-product check of one release slice, and its totals.
//
// A slice is a working product (end-to-end) when every activity of the backbone has at least
// one story in it — or in a slice before it (by rank) that is already delivered, because a
// release builds on what users already have. An empty backbone has nothing to check, so every
// slice passes. A slice should also say what it is for: an outcome and at least one customer goal.
//
// Shared by the release board and the story map's lanes, so both always flag the same slices.
struct SliceCheck
{
    ReleaseId release; // invalid: the unplanned stories (totals only, no checks)

    // Activities with no story in this slice nor in an earlier delivered one, in backbone order.
    QList<ActivityId> missingActivities;
    // Activities with no story in this slice that an earlier delivered slice already covers.
    QList<ActivityId> inheritedActivities;
    bool outcomeMissing = false; // the slice states no outcome or hypothesis
    bool goalMissing = false; // the slice is linked to no customer goal

    int stories = 0;
    int doneStories = 0;
    double estimate = 0.0; // sum of the estimates that are set
    int unestimatedStories = 0;
    qint64 businessValue = 0; // sum of the values that are set
    std::optional<double> capacity;
    bool overCapacity = false; // estimate > capacity

    bool isWorkingProduct() const { return missingActivities.isEmpty(); }
    // Anything the board and the map should flag on this slice.
    bool hasWarnings() const
    {
        return (release.isValid() && stories == 0) || !isWorkingProduct() || outcomeMissing
            || goalMissing || overCapacity;
    }
};

SliceCheck checkSlice(const Document &document, ReleaseId release);
// The checks of every release in order, then of the unplanned stories: the same as checkSlice
// for each, in one pass over the stories.
QList<SliceCheck> checkSlices(const Document &document);

// The rest of checkSlices for slices whose totals are counted (`checks` in its order, release
// set), given the activities each covers itself: what SliceChecker shares with it.
void finishSliceChecks(const Document &document, QList<SliceCheck> &checks,
                       const QList<QSet<qint64>> &covered);

// The check's findings as short sentences for people, in the order they matter: empty slice, not a
// working product (naming the empty activities), no outcome, no goal, over capacity. Empty when all
// is well.
QStringList sliceWarnings(const Document &document, const SliceCheck &check);

} // namespace Valuemap
