#include "workshop/timebox.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {
constexpr qint64 MinDuration = 1000;
constexpr qint64 MaxDuration = 24LL * 60 * 60 * 1000;
} // namespace

Timebox::Timebox(QObject *parent) : QObject(parent), m_ticker(new QTimer(this))
{
    // Four ticks a second keep the seconds display within a quarter second of the truth.
    m_ticker->setInterval(250);
    connect(m_ticker, &QTimer::timeout, this, &Timebox::tick);
}

Timebox::~Timebox() = default;

void Timebox::setClock(Clock clock)
{
    const qint64 left = remaining();
    m_clock = std::move(clock);
    // Keep what is left: a running timebox goes on from the new clock's present.
    m_left = left;
    m_startedAt = now();
}

qint64 Timebox::now() const
{
    if (m_clock)
        return m_clock();
    static QElapsedTimer monotonic;
    if (!monotonic.isValid())
        monotonic.start();
    return monotonic.elapsed();
}

void Timebox::setDuration(qint64 ms)
{
    m_duration = std::clamp(ms, MinDuration, MaxDuration);
    reset();
}

qint64 Timebox::remaining() const
{
    if (m_state != State::Running)
        return m_left;
    return std::max<qint64>(0, m_left - (now() - m_startedAt));
}

void Timebox::start()
{
    if (m_state == State::Running || m_state == State::Paused)
        return;
    m_left = m_duration;
    m_startedAt = now();
    m_ticker->start();
    setState(State::Running);
    emit remainingChanged(m_left);
}

void Timebox::pause()
{
    if (m_state != State::Running)
        return;
    m_left = remaining();
    m_ticker->stop();
    setState(State::Paused);
    emit remainingChanged(m_left);
}

void Timebox::resume()
{
    if (m_state != State::Paused)
        return;
    m_startedAt = now();
    m_ticker->start();
    setState(State::Running);
}

void Timebox::toggle()
{
    switch (m_state) {
    case State::Idle:
    case State::Finished:
        start();
        break;
    case State::Running:
        pause();
        break;
    case State::Paused:
        resume();
        break;
    }
}

void Timebox::reset()
{
    m_ticker->stop();
    m_left = m_duration;
    setState(State::Idle);
    emit remainingChanged(m_left);
}

void Timebox::addTime(qint64 ms)
{
    if (ms <= 0)
        return;
    switch (m_state) {
    case State::Idle:
        setDuration(m_duration + ms);
        return;
    case State::Running:
        m_left = std::min(remaining() + ms, MaxDuration);
        m_startedAt = now();
        break;
    case State::Paused:
        m_left = std::min(m_left + ms, MaxDuration);
        break;
    case State::Finished:
        // More time after the signal: the exercise goes on.
        m_left = std::min(ms, MaxDuration);
        m_startedAt = now();
        m_ticker->start();
        setState(State::Running);
        break;
    }
    emit remainingChanged(remaining());
}

void Timebox::tick()
{
    if (m_state != State::Running)
        return;
    const qint64 left = remaining();
    emit remainingChanged(left);
    if (left > 0)
        return;
    m_left = 0;
    m_ticker->stop();
    setState(State::Finished);
    emit finished();
}

void Timebox::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QString Timebox::format(qint64 ms)
{
    const qint64 seconds = (std::max<qint64>(0, ms) + 999) / 1000;
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return u"%1:%2:%3"_s.arg(h).arg(m, 2, 10, QChar(u'0')).arg(s, 2, 10, QChar(u'0'));
    return u"%1:%2"_s.arg(m, 2, 10, QChar(u'0')).arg(s, 2, 10, QChar(u'0'));
}

} // namespace Valuemap
