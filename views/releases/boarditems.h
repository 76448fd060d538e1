#pragma once

#include "domain/entities.h"

#include <QGraphicsItem>
#include <QStringList>

namespace Valuemap {

// Sizes of the release board, shared by the scene's layout and the items' painting.
namespace BoardMetrics {
inline constexpr qreal HeaderWidth = 250; // the slice's name, outcome, goals, totals, warnings
inline constexpr qreal CardWidth = 150;
inline constexpr qreal CardHeight = 54;
inline constexpr qreal ColumnWidth = 160; // a card and its gutter
inline constexpr qreal Gap = 6;
inline constexpr qreal ColumnHeaderHeight = 34;
inline constexpr qreal CollapsedHeight = 46;
} // namespace BoardMetrics

// What a pipeline said an increment is, for the board, the Increments tab and the handout:
// "v1.4.0 · a1b2c3d · production" with the commit shortened to 7 characters, and the same in
// words with the whole commit for a tooltip or a screen reader. Empty where it said nothing.
QString pipelineSummary(const Increment &increment);
QString pipelineDetails(const Increment &increment);

// One story on the board. Selectable; the scene drags the selection between lanes. Focusable:
// the keyboard's current card is the scene's focus item and shows a focus ring.
class BoardCardItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 101 };

    BoardCardItem(const Story &story, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    StoryId storyId() const { return m_story.id; }
    ReleaseId releaseId() const { return m_story.releaseId; }
    const Story &story() const { return m_story; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    // The status as a symbol and a word ("✓ done"), shown on the card beside its colour.
    static QString statusText(StoryStatus status);
    // The card's last line as drawn in `width`: status, estimate, value, as many as fit.
    static QString metaText(const Story &story, qreal width);

private:
    Story m_story;
};

// What a lane shows in its header, prepared by the scene from the document and the SliceCheck.
struct LaneInfo
{
    ReleaseId release; // invalid: the Unplanned lane
    QString name;
    QString status; // "Planned", "Delivered 28 Mar 2026" ...
    ReleaseStatus releaseStatus = ReleaseStatus::Planned;
    QString dates; // target date
    QString pipeline; // the delivered increments' versions and commits, e.g. "v1.4.0 · a1b2c3d"
    QString pipelineDetails; // the same with whole commits, for the tooltip
    QString outcome;
    QString goals;
    QString totals;
    QString capacity;
    bool overCapacity = false;
    QStringList problems; // not a working product, no outcome, no goal, over capacity
    bool notWorkingProduct = false;
    bool collapsible = false;
    bool collapsed = false;
    QList<int> missingColumns; // columns of the backbone the slice leaves empty
    QStringList missingActivities; // their titles, in backbone order
    QList<int> inheritedColumns; // empty here, but an earlier delivered slice covers them
    QString inheritedText;
};

// A slice's lane: its header on the left and the cells of the backbone across, including the
// marks of empty activities. The cards are separate items placed over it by the scene.
class BoardLaneItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 102 };

    BoardLaneItem(LaneInfo info, int columns, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    const LaneInfo &info() const { return m_info; }
    ReleaseId releaseId() const { return m_info.release; }
    // The height the header needs, at least; the scene makes the lane as tall as its cards.
    qreal headerHeight() const;
    void setHeight(qreal height);
    void setCurrent(bool current);
    void setDropTarget(bool target);
    // The little triangle that collapses a delivered slice.
    QRectF collapseToggleRect() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF headerRect() const;
    QRectF cellRect(int column) const;

    LaneInfo m_info;
    int m_columns = 0;
    qreal m_height = 100;
    bool m_current = false;
    bool m_dropTarget = false;
};

} // namespace Valuemap
