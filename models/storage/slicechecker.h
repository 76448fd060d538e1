#pragma once

#include "storage/changeset.h"
#include "storage/exactsum.h"
#include "storage/slicecheck.h"

#include <QHash>

namespace Valuemap {

class Document;

// The checks of every slice (checkSlices), kept up to date change by change: the story map
// asks for them after every change of stories, and one pass over all stories each time was
// most of a card's move between lanes at 10,000 stories. It keeps, per release, the totals
// and how many stories of each activity it has; a change of stories takes out what each
// touched story counted before and adds what it counts now. A change of the backbone (which
// activity a step belongs to) counts everything again. The per-slice verdicts (missing and
// inherited activities, outcome, goal, capacity) are worked out from those on every checks(),
// a few steps per slice and activity.
//
// checks() is always what checkSlices() gives for the same document (tst_slicechecker).
class SliceChecker final
{
public:
    // Counts every story of the document as it is now.
    explicit SliceChecker(const Document &document);

    // Takes in a change the document has just applied (from Document::changed).
    void apply(const ChangeSet &changes);
    // Every release in order, then the unplanned stories: the same as checkSlices(document).
    QList<SliceCheck> checks() const;

private:
    // What one story adds to its slice.
    struct Share
    {
        qint64 release = 0;
        qint64 activity = 0; // 0: its step belongs to no activity of the backbone
        bool done = false;
        bool estimated = false;
        double estimate = 0.0;
        qint64 businessValue = 0;
    };
    struct Tally
    {
        int stories = 0;
        int doneStories = 0;
        int unestimatedStories = 0;
        qint64 businessValue = 0;
        ExactSum estimate;
        QHash<qint64, int> storiesOfActivity; // only activities with stories
    };

    void recount();
    Share shareOf(const Row &row, qint64 activity) const;
    Share shareOf(const Row &row) const;
    static void count(Tally &tally, const Share &share, int sign); // the totals, not the activity
    void add(const Share &share, int sign);

    const Document &m_document;
    QHash<qint64, qint64> m_activityOfStep;
    QHash<qint64, Tally> m_tallies; // release id (0: unplanned) → its stories' totals
};

} // namespace Valuemap
