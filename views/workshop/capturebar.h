#pragma once

#include <QFrame>

#include <functional>

class QGraphicsView;
class QLabel;
class QLineEdit;

namespace Valuemap {

// Fast capture for workshops: the facilitator types what the room says and presses Enter; the
// card lands where the screen's target is (the selected cell of the story map, the selected
// area of the vision board) and the bar is empty and ready for the next one. Esc leaves it.
// The bar knows nothing of the plan: the screen gives it a target and a way to add.
class CaptureBar final : public QFrame
{
    Q_OBJECT

public:
    // Says where the next card goes ("Story map: Choose a plan · MVP").
    using Describe = std::function<QString()>;
    // Adds a card with this text; false with *error when it cannot.
    using Capture = std::function<bool(const QString &text, QString *error)>;

    CaptureBar(Describe describe, Capture capture, QWidget *parent = nullptr);

    void activate(); // show, refresh the target, focus the text field
    void refreshTarget();
    // Keeps the target text current while the user clicks and selects on this canvas.
    void followView(QGraphicsView *view);
    void setLarge(bool large);
    QLineEdit *lineEdit() const { return m_edit; }
    QString targetText() const;
    QString messageText() const;

signals:
    void captured(const QString &text);
    void left(); // Esc: the screen takes the keyboard back

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();

    // The followed canvas's viewport: compared only, never called (it may be going away).
    const QObject *m_followedViewport = nullptr;

    Describe m_describe;
    Capture m_capture;
    QLabel *m_target = nullptr;
    QLineEdit *m_edit = nullptr;
    QLabel *m_message = nullptr;
    int m_count = 0;
};

class StoryMapView;
class VisionCanvas;

// The capture bar of a story map (cards into the current cell) and of a vision board (notes into
// the current area), for the screens and for presentation mode.
CaptureBar *createMapCaptureBar(StoryMapView *view, QWidget *parent);
CaptureBar *createVisionCaptureBar(VisionCanvas *canvas, QWidget *parent);

} // namespace Valuemap
