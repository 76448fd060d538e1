#pragma once

#include <QImage>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace Valuemap {

class StoryMapView;

// The overview (minimap): the whole map in miniature in a corner of the canvas, with the part
// in view as a rectangle; a click or a drag there moves the view to that place. The miniature
// is rendered once into an image and again (at most twice a second) after the map changed,
// never per frame. Hidden while the whole map is in view.
class MapOverview final : public QWidget
{
    Q_OBJECT

public:
    explicit MapOverview(StoryMapView *view);

    // The user's choice (View ▸ Overview); shown only while the map does not fit as well.
    void setEnabledByUser(bool on);
    bool isEnabledByUser() const { return m_wanted; }
    // Renders the miniature again soon (after a change the scene does not announce).
    void refresh() { scheduleRender(); }
    // Where in the overview a scene point is drawn (for tests), and back.
    QPointF toOverview(const QPointF &scenePos) const;
    QPointF toScene(const QPointF &overviewPos) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void relayout(); // size, corner and visibility
    void scheduleRender();
    void render();
    QRectF mapArea() const; // where the miniature sits inside the widget
    void jumpTo(const QPointF &overviewPos);

    StoryMapView *m_view = nullptr;
    QPointer<QWidget> m_viewport; // the view's, which it outlives while the view is destroyed
    QImage m_image;
    QTimer m_renderTimer;
    bool m_wanted = true;
    bool m_stale = true;
};

} // namespace Valuemap
