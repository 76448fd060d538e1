#pragma once

#include "domain/ids.h"

#include <QGraphicsView>
#include <QImage>
#include <QLineF>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

#include "storymap/titleeditor.h"
#include "widgets/itemaccessibility.h"

namespace Valuemap {

class StoryMapScene;


// The story map canvas: zoom and pan, selection, keyboard navigation, drag and drop of cards,
// steps, activities and lanes, editing titles in place, and the map's editing commands.
// Every change goes through the Document; the scene follows it.
class StoryMapView final : public QGraphicsView
{
    Q_OBJECT

public:
    explicit StoryMapView(StoryMapScene *scene, QWidget *parent = nullptr);
    ~StoryMapView() override;

    StoryMapScene *mapScene() const { return m_scene; }
    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void zoomToFit();
    void zoomToRect(const QRectF &rect); // shows all of rect, centred
    void showTopLeft(); // the backbone's start and the first lane
    QRectF visibleSceneRect() const; // the part of the map in view

    StoryId currentStory() const { return m_current; }
    // What a screen reader is told of a card, step, activity or lane (the view's accessible name
    // and description follow the selected one).
    ItemAccessibility::Description describe(const QGraphicsItem *item) const;
    void selectStory(StoryId id, bool ensureVisible = true);
    bool isEditing() const { return m_editor != nullptr; }

    // Commands (also on the screen's toolbar and menus).
    void addStory(); // after the current card, or into the last clicked cell
    void addStoryAt(StepId step, ReleaseId release, int cellIndex);
    void addStep();
    void addActivity();
    void addRelease();
    void editCurrentTitle();
    void deleteSelection();
    void copySelection();
    void paste();
    void moveCurrent(int dx, int dy);
    void selectAllCards();

    // Fast capture: where the next captured card goes (after the current card, else at the end of
    // the cell last clicked or the selected step's cell), and adding it there. The new card
    // becomes the current one, so the next capture lands right below it.
    QString captureTargetText() const;
    bool captureStory(const QString &title, QString *error);
    // Makes (step, release) the cell that adding and capturing go to, with no card selected.
    void setAddTarget(StepId step, ReleaseId release);

    // What the map says while it has no activity or no step (what to add first); empty once
    // stories can be added. Drawn over the empty map; Add Story shows it too.
    QString emptyMapHint() const;

signals:
    void currentStoryChanged(Valuemap::StoryId story);
    void hintShown(const QString &hint); // Add Story could not add, and said why
    void zoomChanged(qreal zoom);
    void viewportMoved(); // scrolled (zoom has zoomChanged)

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void scrollContentsBy(int dx, int dy) override;
    // Repaints the pinned headers' strips (as last painted, widened by a scroll of dx, dy).
    void updatePinnedStrips(int dx = 0, int dy = 0);
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class DragKind { None, Cards, Step, Activity, Lane };

    QGraphicsItem *mapItemAt(const QPoint &viewPos) const;
    // Selects just these cards (built as needed) with one selectionChanged: one per card would
    // have every listener read the whole selection so far, n² in all (Select All on a map of
    // 10,000 stories took 4 seconds).
    void selectCards(const QList<StoryId> &stories);
    // Has the scene build the cards this view shows (and a viewport around, to scroll into),
    // or, far out, drop those it needs no more: before the view paints them.
    void updateBuiltCards();

    // Pinned headers (storymapview_zoom.cpp): while the map scrolls, the backbone stays at the
    // top of the view and the lane headers at its left, drawn over the map at the current zoom
    // and, far out, larger than the map's own so their labels stay readable. In viewport pixels.
    struct Pinned
    {
        bool band = false; // the backbone is pinned (scrolled away, or larger than its own)
        bool gutter = false; // the lane headers are pinned
        qreal bandTop = 0;
        qreal bandBottom = 0;
        qreal gutterRight = 0;
        QList<std::pair<QGraphicsItem *, QRectF>> items; // each pinned copy and where it is drawn
    };
    Pinned pinnedLayout() const;
    bool pinningEnabled() const;
    // The item whose pinned copy is at viewPos; `covered` says the point is on a pinned header.
    QGraphicsItem *pinnedItemAt(const QPoint &viewPos, bool *covered) const;
    bool onPinnedHeader(const QPoint &viewPos) const; // not on the map's cells beneath
    void drawPinnedHeaders(QPainter *painter);
    // What a pinned copy of an item shows: its place and everything its paint() reads.
    struct PinnedFace
    {
        const QGraphicsItem *item = nullptr;
        QRectF rect;
        QString title; // a lane's name
        QString detail; // a lane's totals
        QStringList warnings;
        QColor color;
        double progress = 0;
        int flags = 0;
        bool operator==(const PinnedFace &other) const = default;
    };
    // A pinned strip as last painted, and all that picture depends on: painted again only when
    // any of it differs (an edit, a selection, a scroll along the strip, a zoom, a theme).
    struct PinnedPicture
    {
        QList<PinnedFace> faces;
        QRectF area;
        QRect pixels; // the image's place in the viewport
        qreal zoom = 0;
        const void *theme = nullptr;
        int hints = 0;
        QString font;
        QImage image;
    };
    // Draws the strip `area` (viewport pixels) from its picture, painting that first with
    // `paint` when anything it shows changed; items of `itemType` are the strip's.
    void drawPinnedStrip(QPainter *painter, PinnedPicture &picture, const QRectF &area, const Pinned &pinned,
                         int itemType, const std::function<void(QPainter *)> &paint);
    void paintPinnedGutter(QPainter *painter, const Pinned &pinned, qreal top, qreal gutterEdge);
    void paintPinnedBand(QPainter *painter, const Pinned &pinned, const QRectF &strip, qreal gutterEdge);
    void paintPinnedItem(QPainter *painter, QGraphicsItem *item, const QRectF &rect, const QSizeF &own);
    // The whole pixels the pinned headers paint over with their opaque strips.
    QRegion pinnedCover(const Pinned &pinned) const;
    // How much further than the scene the view scrolls (left, up) for the pinned headers' room.
    QSizeF pinnedRoom(qreal zoom) const;
    void updateScrollArea();
    // After ensureVisible: scrolls on until the item is not under a pinned header.
    void revealFromUnderPinned(const QGraphicsItem *item);
    void drawEmptyMapHint(QPainter *painter);
    void explainWhyNothingWasAdded();
    void setCurrent(StoryId id);
    void editTitle(QGraphicsItem *item, bool freshlyAdded = false);
    void commitTitle(QGraphicsItem *item, const QString &text, bool freshlyAdded);
    void updateDrag(const QPointF &scenePos);
    void finishDrag(const QPointF &scenePos);
    void cancelDrag();
    int stepDropIndex(const QPointF &scenePos, qint64 *activity) const;
    int activityDropIndex(const QPointF &scenePos) const;
    int laneDropIndex(const QPointF &scenePos) const;
    void selectItem(QGraphicsItem *item);
    void selectByKeyboard(QGraphicsItem *from, int dx, int dy);
    void selectNeighbourBackbone(class BackboneItem *from, int dx, int dy);
    void moveByKeyboard(QGraphicsItem *item, int dx, int dy);
    // Where Add Story and capture put a card: after the current card, else at the end of the cell
    // last clicked (or the first step's, Unplanned). False when the map has no step.
    bool insertionCell(StepId *step, ReleaseId *release, int *cellIndex) const;
    // Adds a story there (unfolding its lane) and makes it the current card.
    StoryId insertStory(StepId step, ReleaseId release, int cellIndex, const QString &title);

    StoryMapScene *m_scene = nullptr;
    qreal m_zoom = 1.0;
    bool m_aroundPending = false; // the cards around the view are built after the frame
    StoryId m_current;
    StepId m_lastStep; // the cell last clicked, for adding and pasting
    ReleaseId m_lastRelease;
    QPointer<TitleEditor> m_editor;
    StoryId m_editedStory; // the card m_editor renames, if it is a card

    QPoint m_pressPos;
    QGraphicsItem *m_pressItem = nullptr;
    bool m_pressToggled = false;
    DragKind m_drag = DragKind::None;
    QSet<qint64> m_moving;
    QLineF m_indicator;
    bool m_shown = false;
    bool m_hintShown = false; // the empty map's hint was drawn last time
    QSizeF m_pinnedPainted; // the pinned gutter's width and band's height last painted (0: none)
    std::optional<Pinned> m_framePinned; // while a paint event is painted
    PinnedPicture m_gutterPicture;
    PinnedPicture m_bandPicture;
};

} // namespace Valuemap
