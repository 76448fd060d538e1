#include "workshop/timerwidget.h"

#include "widgets/theme.h"

#include "workshop/timebox.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVariantAnimation>

using namespace Qt::StringLiterals;

namespace Valuemap {

TimerWidget::TimerWidget(Timebox *timebox, QWidget *parent) : QFrame(parent), m_timebox(timebox)
{
    setObjectName(u"timerWidget"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    m_time = new QLabel(this);
    m_time->setObjectName(u"timerTime"_s);
    m_time->setAlignment(Qt::AlignCenter);
    m_time->setAccessibleName(tr("Time left"));
    m_status = new QLabel(this);
    m_status->setObjectName(u"timerStatus"_s);
    m_status->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_time);
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    auto makeButton = [this, buttons](const QString &text, const QString &tip) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tip);
        button->setFocusPolicy(Qt::NoFocus); // keys stay with the screen being presented
        buttons->addWidget(button);
        return button;
    };
    m_startPause = makeButton(tr("Start"), tr("Start or pause the countdown"));
    m_reset = makeButton(tr("Reset"), tr("Back to the full duration"));
    m_plusMinute = makeButton(tr("+1 min"), tr("One more minute"));
    m_duration = makeButton(tr("Duration"), tr("Choose how long the exercise takes"));
    m_duration->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_duration);
    for (int minutes : { 1, 2, 3, 5, 10, 15, 20, 30, 45, 60 }) {
        menu->addAction(tr("%n minute(s)", nullptr, minutes), this,
                        [this, minutes] { m_timebox->setDuration(minutes * 60'000LL); });
    }
    menu->addSeparator();
    menu->addAction(tr("Other…"), this, &TimerWidget::chooseCustomDuration);
    m_duration->setMenu(menu);
    layout->addLayout(buttons);

    connect(m_startPause, &QToolButton::clicked, m_timebox, &Timebox::toggle);
    connect(m_reset, &QToolButton::clicked, m_timebox, &Timebox::reset);
    connect(m_plusMinute, &QToolButton::clicked, this, [this] { m_timebox->addTime(60'000); });
    connect(m_timebox, &Timebox::remainingChanged, this, &TimerWidget::refresh);
    connect(m_timebox, &Timebox::stateChanged, this, &TimerWidget::refresh);
    connect(m_timebox, &Timebox::finished, this, &TimerWidget::signalEnd);

    // A soft amber glow that fades in and out three times.
    m_pulse = new QVariantAnimation(this);
    m_pulse->setStartValue(0.0);
    m_pulse->setKeyValueAt(0.5, 1.0);
    m_pulse->setEndValue(0.0);
    m_pulse->setDuration(1400);
    m_pulse->setLoopCount(3);
    connect(m_pulse, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        QPalette p = palette();
        const QColor base = QApplication::palette().color(QPalette::Window);
        const QColor glow = Theme::colors().timerGlow;
        const double t = value.toDouble();
        p.setColor(QPalette::Window,
                   QColor::fromRgbF(base.redF() + (glow.redF() - base.redF()) * t,
                                    base.greenF() + (glow.greenF() - base.greenF()) * t,
                                    base.blueF() + (glow.blueF() - base.blueF()) * t));
        setPalette(p);
    });
    setLarge(false);
    refresh();
}

void TimerWidget::setLarge(bool large)
{
    m_large = large;
    QFont timeFont = font();
    timeFont.setBold(true);
    timeFont.setPointSizeF(large ? 54 : 28);
    timeFont.setStyleHint(QFont::Monospace);
    m_time->setFont(timeFont);
    QFont statusFont = font();
    statusFont.setPointSizeF(large ? 16 : font().pointSizeF());
    m_status->setFont(statusFont);
    for (QToolButton *b : { m_startPause, m_reset, m_plusMinute, m_duration }) {
        QFont f = b->font();
        f.setPointSizeF(large ? 14 : QApplication::font().pointSizeF());
        b->setFont(f);
    }
}

QString TimerWidget::displayedTime() const
{
    return m_time->text();
}

QString TimerWidget::displayedStatus() const
{
    return m_status->text();
}

void TimerWidget::refresh()
{
    m_time->setText(Timebox::format(m_timebox->remaining()));
    switch (m_timebox->state()) {
    case Timebox::State::Idle:
        m_status->setText(tr("Timebox of %1").arg(Timebox::format(m_timebox->duration())));
        m_startPause->setText(tr("Start"));
        break;
    case Timebox::State::Running:
        m_status->setText(tr("Running"));
        m_startPause->setText(tr("Pause"));
        break;
    case Timebox::State::Paused:
        m_status->setText(tr("Paused"));
        m_startPause->setText(tr("Resume"));
        break;
    case Timebox::State::Finished:
        m_status->setText(tr("Time is up"));
        m_startPause->setText(tr("Restart"));
        break;
    }
    if (m_timebox->state() != Timebox::State::Finished && m_pulse->state() == QAbstractAnimation::Running) {
        m_pulse->stop();
        setPalette(QPalette());
    }
}

void TimerWidget::chooseCustomDuration()
{
    bool ok = false;
    const int minutes = QInputDialog::getInt(this, tr("Timebox"), tr("Minutes:"),
                                             int(m_timebox->duration() / 60'000), 1, 24 * 60, 1, &ok);
    if (ok)
        m_timebox->setDuration(minutes * 60'000LL);
}

void TimerWidget::signalEnd()
{
    refresh();
    QApplication::beep();
    m_pulse->start();
}

} // namespace Valuemap
