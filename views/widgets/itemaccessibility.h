#pragma once

#include <QString>

#include <functional>

class QGraphicsItem;
class QGraphicsView;

namespace Valuemap {

class Document;
struct Story;

// Graphics items are not widgets, so assistive technology cannot see them. Each canvas (map,
// board, vision) describes its items (cards, notes, lanes, steps, activities) on demand; the
// view takes on the name and description of the item that has the keyboard's attention (the
// focus item, else the single selected item) and tells the accessibility layer, so a screen
// reader announces the card the arrows moved to. Described on demand, not stored per item: a
// map of 10,000 cards pays nothing for it until a card is focused.
namespace ItemAccessibility {

struct Description
{
    QString name; // what it is and its title: "Story: Order ahead"
    QString description; // its state: "Status: Done. Estimate: 3 pts. Release: MVP."
};
using Describer = std::function<Description(const QGraphicsItem *)>;

// Makes `view` follow its scene's focus and selection as described above. When no item has the
// keyboard's attention (or `describe` gives no name), the view's own name and description (as
// set before this call) return.
void follow(QGraphicsView *view, Describer describe);
// Stops following: the owner of a followed view calls it in its destructor, before the scene
// and the view go (a scene emits selectionChanged while it is being destroyed).
void unfollow(QGraphicsView *view);
// Reads the item that has the keyboard's attention again (after a rebuild or an edit).
void update(QGraphicsView *view);

// Parts as sentences: "In progress. Target 6/30/2026. 18 stories." (no doubled full stop after
// a part that ends in one, no non-breaking spaces that some speech engines read aloud).
QString sentences(const QStringList &parts);

// A story as every canvas describes it: title; status, estimate, value, release.
Description story(const Document &document, const Story &story);

} // namespace ItemAccessibility

} // namespace Valuemap
