#pragma once

#include <QObject>

#include <functional>

class QTimer;

namespace Valuemap {

// A timebox for a workshop exercise ("10 minutes of silent writing"): a countdown that can be
// started, paused, resumed, extended and reset, and that says once when the time is up.
//
// Idle --start--> Running --pause--> Paused --resume--> Running --(time up)--> Finished
// reset returns to Idle from anywhere with the full duration; a new duration resets too.
// The remaining time is read from a monotonic clock, so a busy event loop never makes the timer
// slow; the clock can be replaced (tests, demos) and tick() checks for the end at once.
class Timebox final : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Running, Paused, Finished };
    Q_ENUM(State)
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    explicit Timebox(QObject *parent = nullptr);
    ~Timebox() override;

    // Between one second and 24 hours; out-of-range values are clamped.
    void setDuration(qint64 ms);
    qint64 duration() const { return m_duration; }
    qint64 remaining() const;
    State state() const { return m_state; }

    void start(); // from Idle or Finished (restarts with the full duration)
    void pause(); // Running only
    void resume(); // Paused only
    void toggle(); // start, pause or resume — what a single button or key does
    void reset();
    void addTime(qint64 ms); // extends a running, paused or finished timebox

    // "09:58", or "1:02:03" past an hour; rounds up, so 0:00 shows only at the end.
    static QString format(qint64 ms);

    void setClock(Clock clock);
    void tick(); // re-reads the clock: emits remainingChanged, and finished when time is up

signals:
    void stateChanged(Valuemap::Timebox::State state);
    void remainingChanged(qint64 ms);
    void finished();

private:
    void setState(State state);
    qint64 now() const;

    Clock m_clock;
    QTimer *m_ticker = nullptr;
    State m_state = State::Idle;
    qint64 m_duration = 5 * 60 * 1000;
    qint64 m_left = m_duration; // what remained when last paused or started
    qint64 m_startedAt = 0; // clock reading at the last start or resume
};

} // namespace Valuemap
