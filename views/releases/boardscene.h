#pragma once

#include "domain/ids.h"
#include "widgets/itemaccessibility.h"

#include <QGraphicsScene>
#include <QDate>
#include <QHash>
#include <QSet>

namespace Valuemap {

class BoardCardItem;
class BoardLaneItem;
class Document;
struct LaneInfo;

// The release board as a scene: a row of backbone activities across the top, one lane per
// slice in plan order with its stories under their activities, and the Unplanned lane last.
// It is rebuilt from the document; dragging selected cards onto another lane asks the board to
// move them (storiesDropped) — the scene itself never changes the document.
class ReleaseBoardScene final : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit ReleaseBoardScene(Document *document, QObject *parent = nullptr);
    ~ReleaseBoardScene() override;

    void rebuild();

    // What a slice's header says (name, status, dates, outcome, goals, totals, the working-product
    // check), for the board and presentation mode. backbone gives the columns.
    static LaneInfo describeSlice(const Document &document, ReleaseId release,
                                  const QList<ActivityId> &backbone,
                                  const QHash<qint64, QDate> &deliveredOn);
    // The date each release was last delivered on, by release id.
    static QHash<qint64, QDate> deliveryDates(const Document &document);
    void setUnplannedFilter(const QString &text);
    QString unplannedFilter() const { return m_filter; }
    void setCollapsed(ReleaseId release, bool collapsed);
    bool isCollapsed(ReleaseId release) const { return m_collapsed.contains(release.value); }

    ReleaseId currentRelease() const { return m_current; }
    void setCurrentRelease(ReleaseId release);
    QList<StoryId> selectedStories() const;
    void selectStories(const QList<StoryId> &stories);

    // What the board shows: the lanes in order (the last one, invalid, is Unplanned) and the
    // cards of each lane, activity by activity.
    QList<ReleaseId> lanes() const { return m_laneOrder; }
    BoardLaneItem *lane(ReleaseId release) const { return m_lanes.value(release.value); }
    QList<StoryId> cardsInLane(ReleaseId release) const;
    BoardCardItem *card(StoryId story) const { return m_cards.value(story.value); }
    BoardLaneItem *laneAt(const QPointF &scenePos) const;
    // The card next to `from` on screen in the direction (dx, dy): the nearest one that way,
    // preferring the same row (left/right) or column (up/down); invalid at the board's edge.
    StoryId neighbour(StoryId from, int dx, int dy) const;
    // What a screen reader is told of an item of the board (card, lane, activity header).
    ItemAccessibility::Description describe(const QGraphicsItem *item) const;

signals:
    void storiesDropped(const QList<StoryId> &stories, ReleaseId target);
    void currentReleaseChanged(ReleaseId release);
    void editRequested(ReleaseId release); // a double-click on a slice's header
    void rebuilt(); // the items are new: pointers to the old ones are gone

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    void addColumnHeaders(const QList<ActivityId> &backbone);
    void highlightDropTarget(BoardLaneItem *lane);

    Document *m_document = nullptr;
    QString m_filter;
    QSet<qint64> m_collapsed;
    ReleaseId m_current;
    QList<ReleaseId> m_laneOrder;
    QHash<qint64, BoardLaneItem *> m_lanes;
    QHash<qint64, BoardCardItem *> m_cards;
    QHash<qint64, QList<StoryId>> m_laneCards;
    BoardLaneItem *m_dropTarget = nullptr;
    QPointF m_pressPos;
    bool m_pressedOnCard = false;
    bool m_dragging = false;
};

} // namespace Valuemap
