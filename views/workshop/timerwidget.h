#pragma once

#include <QFrame>

class QLabel;
class QToolButton;
class QVariantAnimation;

namespace Valuemap {

class Timebox;

// The timebox on screen: a large countdown with Start/Pause, Reset, +1 minute and a choice of
// durations. At the end it says so in words and pulses softly a few times — a signal the room
// notices without a jolt.
class TimerWidget final : public QFrame
{
    Q_OBJECT

public:
    explicit TimerWidget(Timebox *timebox, QWidget *parent = nullptr);

    Timebox *timebox() const { return m_timebox; }
    // Presentation size: type readable across a room.
    void setLarge(bool large);
    QString displayedTime() const;
    QString displayedStatus() const;

private:
    void refresh();
    void chooseCustomDuration();
    void signalEnd();

    Timebox *m_timebox = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_startPause = nullptr;
    QToolButton *m_reset = nullptr;
    QToolButton *m_plusMinute = nullptr;
    QToolButton *m_duration = nullptr;
    QVariantAnimation *m_pulse = nullptr;
    bool m_large = false;
};

} // namespace Valuemap
