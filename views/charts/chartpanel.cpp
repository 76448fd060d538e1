#include "charts/chartpanel.h"

#include "widgets/theme.h"

#include "storage/document.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLabel>
#include <QStackedWidget>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QXYSeries>

namespace Valuemap {

ChartPanel::ChartPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_view = new QChartView(m_stack);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("chartEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(40);
    QFont font = m_empty->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_empty->setFont(font);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack);

    // Several edits in a row (an import, an undo of many) redraw once.
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &ChartPanel::refresh);
    connect(Theme::instance(), &Theme::changed, this, [this] { // drawn anew in the new colours
        m_dirty = true;
        if (isVisible())
            m_refresh->start();
    });
    connect(m_document, &Document::changed, this, [this] {
        m_dirty = true;
        if (isVisible())
            m_refresh->start();
    });
}

void ChartPanel::setRequest(const ChartRequest &request)
{
    m_request = request;
    refresh();
}

void ChartPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void ChartPanel::refresh()
{
    m_dirty = false;
    QString empty;
    QChart *chart = ChartFactory::create(*m_document, m_request, &empty);
    m_emptyMessage = empty;
    if (!chart) {
        m_empty->setText(empty);
        m_stack->setCurrentWidget(m_empty);
        // Keep an empty chart in the view so an old one's series are gone.
        QChart *old = m_view->chart();
        auto *blank = new QChart;
        blank->setTheme(Theme::colors().dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        m_view->setChart(blank);
        delete old;
        emit refreshed();
        return;
    }
    chart->setAnimationOptions(QChart::NoAnimation);
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_stack->setCurrentWidget(m_view);
    connectTips();
    emit refreshed();
}

void ChartPanel::connectTips()
{
    const QList<QAbstractSeries *> all = m_view->chart()->series();
    for (QAbstractSeries *series : all) {
        if (auto *xy = qobject_cast<QXYSeries *>(series)) {
            connect(xy, &QXYSeries::hovered, this, [this, xy](const QPointF &point, bool state) {
                const QStringList tips = xy->property(ChartTipsProperty).toStringList();
                if (!state || tips.isEmpty()) {
                    QToolTip::hideText();
                    return;
                }
                // The nearest point in time: a line reports where on it the mouse is.
                const QList<QPointF> points = xy->points();
                qsizetype best = 0;
                for (qsizetype i = 1; i < points.size(); ++i) {
                    if (std::abs(points[i].x() - point.x())
                        < std::abs(points[best].x() - point.x()))
                        best = i;
                }
                QToolTip::showText(QCursor::pos(), tips.value(best), m_view);
            });
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            connect(bars, &QAbstractBarSeries::hovered, this,
                [this](bool state, int index, QBarSet *set) {
                    const QStringList tips = set->property(ChartTipsProperty).toStringList();
                    if (state && index < tips.size())
                        QToolTip::showText(QCursor::pos(), tips.at(index), m_view);
                    else
                        QToolTip::hideText();
                });
        }
    }
}

} // namespace Valuemap
