#include "workshop/presentationwindow.h"

#include "widgets/elidedlabel.h"
#include "widgets/theme.h"

#include "storage/document.h"
#include "storymap/storymapscene.h"
#include "storymap/storymapview.h"
#include "vision/visioncanvas.h"
#include "workshop/capturebar.h"
#include "workshop/releaseplanslide.h"
#include "workshop/timebox.h"
#include "workshop/timerwidget.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QAbstractSpinBox>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

// Projector palette: the theme's slide colours, strong contrast, strong selection.
QPalette projectorPalette()
{
    const ThemeColors &t = Theme::colors();
    QPalette p = QApplication::palette();
    for (auto group : { QPalette::Active, QPalette::Inactive }) {
        p.setColor(group, QPalette::Window, t.slide);
        p.setColor(group, QPalette::WindowText, t.slideText);
        p.setColor(group, QPalette::Base, t.slide);
        p.setColor(group, QPalette::Text, t.slideText);
        p.setColor(group, QPalette::Button, t.slideButton);
        p.setColor(group, QPalette::ButtonText, t.slideText);
        p.setColor(group, QPalette::Highlight, t.slideHighlight);
        p.setColor(group, QPalette::HighlightedText, t.slideHighlightText);
    }
    return p;
}

} // namespace

QFont PresentationWindow::pixelFont(const QFont &base, int pixels, bool bold)
{
    QFont f = base;
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

PresentationWindow::PresentationWindow(Document *document, Timebox *timebox, QWidget *parent)
    : QWidget(parent, Qt::Window), m_document(document), m_timebox(timebox)
{
    setObjectName(u"presentationWindow"_s);
    setWindowTitle(tr("%1 — Presentation").arg(document->displayName()));
    setAttribute(Qt::WA_DeleteOnClose);
    setPalette(projectorPalette());
    setAutoFillBackground(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_caption = new QLabel(this);
    m_caption->setObjectName(u"presentationCaption"_s);
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::RichText);
    m_caption->setContentsMargins(28, 14, 28, 10);
    layout->addWidget(m_caption);

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);
    m_vision = new VisionCanvas(document, m_stack);
    m_vision->setFitWhole(true);
    m_vision->setPresentation(true);
    m_vision->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_vision->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_vision->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(m_vision);
    m_mapScene = new StoryMapScene(document, this);
    m_mapScene->setPresentation(true);
    m_map = new StoryMapView(m_mapScene, m_stack);
    m_map->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_map->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_map->setFrameShape(QFrame::NoFrame);
    m_map->setAlignment(Qt::AlignHCenter | Qt::AlignTop); // a slice of a few steps in the middle
    m_stack->addWidget(m_map);
    m_plan = new ReleasePlanSlide(document, m_stack);
    m_stack->addWidget(m_plan);
    connect(m_plan, &ReleasePlanSlide::resized, this, &PresentationWindow::syncPlanParts, Qt::QueuedConnection);
    m_chartPage = new QWidget(m_stack);
    auto *chartLayout = new QVBoxLayout(m_chartPage);
    m_chartView = new QChartView(m_chartPage);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setFrameShape(QFrame::NoFrame);
    m_chartEmpty = new QLabel(m_chartPage);
    m_chartEmpty->setAlignment(Qt::AlignCenter);
    m_chartEmpty->setWordWrap(true);
    m_chartEmpty->setFont(pixelFont(font(), 28));
    chartLayout->addWidget(m_chartView, 1);
    chartLayout->addWidget(m_chartEmpty, 1);
    m_stack->addWidget(m_chartPage);
    m_sliceEmpty = new QLabel(m_stack);
    m_sliceEmpty->setObjectName(u"presentationSliceEmpty"_s);
    m_sliceEmpty->setAlignment(Qt::AlignCenter);
    m_sliceEmpty->setWordWrap(true);
    m_sliceEmpty->setTextFormat(Qt::PlainText);
    m_sliceEmpty->setFont(pixelFont(font(), 34));
    m_stack->addWidget(m_sliceEmpty);

    m_mapCapture = createMapCaptureBar(m_map, this);
    m_visionCapture = createVisionCaptureBar(m_vision, this);
    for (CaptureBar *bar : { m_mapCapture, m_visionCapture }) {
        bar->setLarge(true);
        bar->hide();
        layout->addWidget(bar);
        connect(bar, &CaptureBar::left, this, [this] {
            m_stack->currentWidget()->setFocus();
            this->layout()->activate();
            placeOverlays();
        });
    }

    auto *footer = new QWidget(this);
    auto *footerRow = new QHBoxLayout(footer);
    footerRow->setContentsMargins(20, 4, 20, 6);
    // The plan's and the page's names shorten with "…" where the room ends: a long product
    // name or chart title must not make the window wider than a 1,024-pixel projector.
    m_footer = new ElidedLabel(footer);
    m_footer->setObjectName(u"presentationFooter"_s);
    m_footer->setFont(pixelFont(font(), 17));
    m_pageNumber = new QLabel(footer);
    m_pageNumber->setObjectName(u"presentationPageNumber"_s);
    auto *keys = new QLabel(tr("→ next   ← back   C capture   T timer   B blank   Esc leave"), footer);
    for (QLabel *l : { m_pageNumber, keys }) {
        l->setFont(pixelFont(font(), 17));
        l->setTextFormat(Qt::PlainText);
    }
    auto paintKeys = [keys] {
        QPalette muted = keys->palette();
        muted.setColor(QPalette::WindowText, Theme::colors().slideMuted);
        keys->setPalette(muted);
    };
    paintKeys();
    connect(Theme::instance(), &Theme::changed, this, [this, paintKeys] {
        setPalette(projectorPalette());
        paintKeys();
        updateCaption();
    });
    footerRow->addWidget(m_footer, 1);
    footerRow->addWidget(keys);
    footerRow->addSpacing(24);
    footerRow->addWidget(m_pageNumber);
    layout->addWidget(footer);

    m_timer = new TimerWidget(timebox, this);
    m_timer->setLarge(true);
    m_timer->setVisible(timebox->state() != Timebox::State::Idle);
    m_blank = new QWidget(this);
    m_blank->setObjectName(u"presentationBlank"_s);
    m_blank->setStyleSheet(u"background: %1;"_s.arg(Theme::colors().blank.name()));
    m_blank->hide();

    connect(document, &Document::changed, this, &PresentationWindow::onDocumentChanged);
    connect(m_mapScene, &StoryMapScene::relaidOut, this, [this] {
        if (!m_pages.isEmpty() && m_stack->currentWidget() == m_map && !typingInProgress())
            fitMap();
    });
    // The pages' keys go through this window first, whichever child has the focus.
    qApp->installEventFilter(this);
    buildPages();
    showPage(0);
}

PresentationWindow::~PresentationWindow()
{
    qApp->removeEventFilter(this);
}

QString PresentationWindow::captionText() const
{
    return m_caption->isVisible() ? m_caption->text() : QString();
}

QString PresentationWindow::footerText() const
{
    return m_footer->text() + u' ' + m_pageNumber->text();
}

CaptureBar *PresentationWindow::captureBar() const
{
    return m_stack->currentWidget() == m_vision ? m_visionCapture : m_mapCapture;
}

void PresentationWindow::next()
{
    showPage(m_current + 1);
}

void PresentationWindow::previous()
{
    showPage(m_current - 1);
}

void PresentationWindow::showCapture()
{
    if (m_stack->currentWidget() == m_vision)
        m_visionCapture->activate();
    else if (m_stack->currentWidget() == m_map || m_stack->currentWidget() == m_sliceEmpty)
        m_mapCapture->activate();
    layout()->activate();
    placeOverlays();
}

void PresentationWindow::setTimerShown(bool shown)
{
    m_timer->setVisible(shown);
    placeOverlays();
}

bool PresentationWindow::isTimerShown() const
{
    return m_timer->isVisible();
}

void PresentationWindow::setBlanked(bool blanked)
{
    m_blank->setVisible(blanked);
    placeOverlays();
}

bool PresentationWindow::typingInProgress(const QObject *target) const
{
    // The widget a key goes to, or the one with the focus: a text field keeps its keys.
    for (const QObject *w : { target, static_cast<const QObject *>(QApplication::focusWidget()) }) {
        if (qobject_cast<const QLineEdit *>(w) || qobject_cast<const QTextEdit *>(w)
            || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w))
            return true;
    }
    return m_map->isEditing() || (m_vision->editor() && m_vision->editor()->isVisible());
}

bool PresentationWindow::handleKey(int key, Qt::KeyboardModifiers modifiers)
{
    if (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    if (m_blank->isVisible()) {
        // Any key brings the picture back; it does nothing else.
        setBlanked(false);
        return true;
    }
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_N:
        next();
        return true;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
    case Qt::Key_P:
        previous();
        return true;
    case Qt::Key_Home:
        showPage(0);
        return true;
    case Qt::Key_End:
        showPage(int(m_pages.size()) - 1);
        return true;
    case Qt::Key_Escape:
    case Qt::Key_F5:
        close();
        return true;
    case Qt::Key_C:
        showCapture();
        return true;
    case Qt::Key_T:
        setTimerShown(!isTimerShown());
        return true;
    case Qt::Key_S:
        setTimerShown(true);
        m_timebox->toggle();
        return true;
    case Qt::Key_B:
    case Qt::Key_Period:
        setBlanked(true);
        return true;
    default:
        return false;
    }
}

bool PresentationWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window() == this && !typingInProgress(widget)) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (event->type() == QEvent::ShortcutOverride) {
                // Keep the window's own keys from the application's shortcuts (F5, Space...).
                if (key->key() == Qt::Key_F5 || key->key() == Qt::Key_Escape) {
                    event->accept();
                    return true;
                }
                return false;
            }
            if (handleKey(key->key(), key->modifiers()))
                return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PresentationWindow::placeOverlays()
{
    m_blank->setGeometry(rect());
    m_blank->raise();
    // Bottom right, above the footer and the capture bar: the slices' cards start at the top.
    const QSize size = m_timer->sizeHint();
    int bottom = height() - m_footer->parentWidget()->height() - 16;
    for (CaptureBar *bar : { m_mapCapture, m_visionCapture }) {
        if (bar->isVisible())
            bottom -= bar->height();
    }
    m_timer->setGeometry(width() - size.width() - 24, bottom - size.height(), size.width(), size.height());
    if (m_timer->isVisible())
        m_timer->raise();
    if (m_blank->isVisible())
        m_blank->raise();
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeOverlays();
    syncPlanParts();
    if (!m_pages.isEmpty() && m_stack->currentWidget() == m_map)
        fitMap();
    if (!m_pages.isEmpty() && m_stack->currentWidget() == m_chartPage)
        fitChartType();
}

void PresentationWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    placeOverlays();
    syncPlanParts();
    if (!m_pages.isEmpty() && m_stack->currentWidget() == m_map)
        fitMap();
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    qApp->removeEventFilter(this);
    emit closed();
    event->accept();
}

} // namespace Valuemap
