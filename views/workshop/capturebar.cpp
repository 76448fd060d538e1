#include "workshop/capturebar.h"

#include "widgets/theme.h"

#include "storymap/storymapview.h"
#include "vision/visioncanvas.h"

#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Valuemap {

CaptureBar::CaptureBar(Describe describe, Capture capture, QWidget *parent)
    : QFrame(parent), m_describe(std::move(describe)), m_capture(std::move(capture))
{
    setObjectName(u"captureBar"_s);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    auto *title = new QLabel(tr("Capture:"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"captureText"_s);
    m_edit->setPlaceholderText(tr("Type a card and press Enter — Esc when done"));
    m_edit->setAccessibleName(tr("Text of the next card"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    title->setBuddy(m_edit);
    m_target = new QLabel(this);
    m_target->setObjectName(u"captureTarget"_s);
    m_target->setTextFormat(Qt::PlainText);
    m_message = new QLabel(this);
    m_message->setObjectName(u"captureMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(title);
    layout->addWidget(m_edit, 2);
    layout->addWidget(m_target, 3);
    layout->addWidget(m_message, 1);
    connect(m_edit, &QLineEdit::returnPressed, this, &CaptureBar::submit);
    connect(m_edit, &QLineEdit::textEdited, m_message, &QLabel::clear);
}

void CaptureBar::activate()
{
    show();
    refreshTarget();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void CaptureBar::refreshTarget()
{
    m_target->setText(tr("→ %1").arg(m_describe()));
}

QString CaptureBar::targetText() const
{
    return m_target->text();
}

QString CaptureBar::messageText() const
{
    return m_message->text();
}

void CaptureBar::setLarge(bool large)
{
    for (QWidget *w : findChildren<QWidget *>()) {
        QFont f = w->font();
        f.setPointSizeF(large ? 18 : QFont().pointSizeF());
        w->setFont(f);
    }
}

void CaptureBar::submit()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return;
    QString error;
    if (!m_capture(text, &error)) {
        m_message->setStyleSheet(u"color: %1;"_s.arg(Theme::colors().errorText.name()));
        m_message->setText(error);
        return; // the text stays, so nothing typed is lost
    }
    ++m_count;
    m_edit->clear();
    m_message->setStyleSheet({});
    m_message->setText(tr("%n card(s) captured", nullptr, m_count));
    refreshTarget();
    emit captured(text);
}

void CaptureBar::followView(QGraphicsView *view)
{
    m_followedViewport = view->viewport();
    view->viewport()->installEventFilter(this);
    if (view->scene())
        connect(view->scene(), &QGraphicsScene::selectionChanged, this, &CaptureBar::refreshTarget);
}

bool CaptureBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_followedViewport && event->type() == QEvent::MouseButtonRelease && isVisible())
        refreshTarget();
    if (watched == m_edit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_edit->clear();
        m_message->clear();
        m_count = 0;
        hide();
        emit left();
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

namespace {
// A bar that adds to a canvas: `format` ("Story map: %1") names where the next card goes.
template<class Canvas>
CaptureBar *captureBarFor(Canvas *canvas, const QString &format, QString (Canvas::*describe)() const,
                          bool (Canvas::*add)(const QString &, QString *), QWidget *parent)
{
    auto *bar = new CaptureBar([=] { return format.arg((canvas->*describe)()); },
                               [=](const QString &text, QString *error) { return (canvas->*add)(text, error); },
                               parent);
    bar->followView(canvas);
    QObject::connect(bar, &CaptureBar::left, canvas, [canvas] { canvas->setFocus(); });
    return bar;
}
} // namespace

CaptureBar *createMapCaptureBar(StoryMapView *view, QWidget *parent)
{
    return captureBarFor(view, CaptureBar::tr("Story map: %1"), &StoryMapView::captureTargetText,
                         &StoryMapView::captureStory, parent);
}

CaptureBar *createVisionCaptureBar(VisionCanvas *canvas, QWidget *parent)
{
    return captureBarFor(canvas, CaptureBar::tr("Vision: %1"), &VisionCanvas::captureTargetText,
                         &VisionCanvas::captureNote, parent);
}

} // namespace Valuemap
