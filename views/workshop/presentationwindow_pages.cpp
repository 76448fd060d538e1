// PresentationWindow: which pages there are, and showing one.
#include "workshop/presentationwindow.h"

#include "widgets/elidedlabel.h"
#include "widgets/theme.h"

#include "releases/boarditems.h"
#include "releases/boardscene.h"
#include "storage/document.h"
#include "storymap/storymapscene.h"
#include "storymap/storymapstyle.h"
#include "storymap/storymapview.h"
#include "vision/visioncanvas.h"
#include "workshop/capturebar.h"
#include "workshop/releaseplanslide.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QStackedWidget>

#include <limits>

using namespace Qt::StringLiterals;

namespace Valuemap {

void PresentationWindow::buildPages()
{
    m_pages = makePages();
}

QList<PresentationWindow::Page> PresentationWindow::makePages() const
{
    QList<Page> pages;
    pages.append({ PageKind::Vision, tr("Vision"), {}, {} });
    pages.append({ PageKind::Map, tr("Story map"), {}, {} });
    // Each slice's steps in map order, grouped by activity: one pass over the stories.
    const PlanStore &store = m_document->store();
    QHash<qint64, QList<QList<StepId>>> used; // release → its activities' steps
    for (ActivityId a : m_document->activities()) {
        QSet<qint64> started;
        for (StepId step : m_document->steps(a)) {
            QSet<qint64> releases;
            for (qint64 story : store.children(Table::Story, step.value))
                releases.insert(store.value(Table::Story, story, StoryCol::ReleaseId).toLongLong());
            for (qint64 r : std::as_const(releases)) {
                QList<QList<StepId>> &groups = used[r];
                if (!started.contains(r)) {
                    started.insert(r);
                    groups.emplaceBack();
                }
                groups.last().append(step);
            }
        }
    }
    for (ReleaseId r : m_document->releases()) {
        const QString name = m_document->release(r).name.isEmpty() ? tr("(unnamed release)")
                                                                     : m_document->release(r).name;
        const QList<QList<StepId>> parts = slicePages(used.value(r.value));
        if (parts.isEmpty()) // no stories yet: a page that says so
            pages.append({ PageKind::Slice, tr("Story map — %1").arg(name), r, {} });
        for (int part = 0; part < parts.size(); ++part) {
            pages.append({ PageKind::Slice,
                           parts.size() == 1 ? tr("Story map — %1").arg(name)
                                             : tr("Story map — %1 (%2 of %3)").arg(name).arg(part + 1).arg(parts.size()),
                           r, {}, part, parts[part] });
        }
    }
    // As many parts as the plan needs at its size to show every story (one until shown).
    const int parts = m_stack->width() < 200 ? 1 : m_plan->partCount(planSize());
    for (int part = 0; part < parts; ++part) {
        pages.append({ PageKind::ReleasePlan,
                       parts == 1 ? tr("Release plan") : tr("Release plan (%1 of %2)").arg(part + 1).arg(parts), {}, {},
                       part });
    }
    for (GoalId g : m_document->goals()) {
        const ChartRequest request { ChartKind::Goal, g, ScopeUnit::Stories };
        pages.append({ PageKind::Chart, ChartFactory::title(*m_document, request), {}, request });
    }
    const ChartRequest burnUp { ChartKind::BurnUp, {}, ScopeUnit::Stories };
    pages.append({ PageKind::Chart, ChartFactory::title(*m_document, burnUp), {}, burnUp });
    return pages;
}

namespace {

// Pages of at most `columns` steps; an activity's steps stay on one page unless they alone are
// more than a page holds.
QList<QList<StepId>> packSteps(const QList<QList<StepId>> &activities, int columns)
{
    QList<QList<StepId>> pages;
    QList<StepId> page;
    for (const QList<StepId> &steps : activities) {
        if (page.size() + steps.size() > columns && !page.isEmpty()) {
            pages.append(page);
            page.clear();
        }
        for (StepId step : steps) {
            if (page.size() == columns) {
                pages.append(page);
                page.clear();
            }
            page.append(step);
        }
    }
    if (!page.isEmpty())
        pages.append(page);
    return pages;
}

} // namespace

QList<QList<StepId>> PresentationWindow::slicePages(const QList<QList<StepId>> &activities) const
{
    // As many columns as fit the map's width at a readable zoom (all of them until shown).
    if (m_stack->width() < 200)
        return packSteps(activities, std::numeric_limits<int>::max());
    using namespace StoryMapStyle;
    const qreal width = (m_stack->width() - 4) / ReadableZoom;
    int columns = std::max(1, int((width - Gutter - Margin) / ColumnWidth));
    QList<QList<StepId>> pages = packSteps(activities, columns);
    // Then as few per page as still give that many pages: even pages, each a little larger.
    while (columns > 1) {
        QList<QList<StepId>> fewer = packSteps(activities, columns - 1);
        if (fewer.size() > pages.size())
            break;
        pages = std::move(fewer);
        --columns;
    }
    return pages;
}

void PresentationWindow::onDocumentChanged()
{
    // Releases or goals may have come or gone: keep showing the same page where it still exists.
    const Page current = m_pages.value(m_current);
    buildPages();
    keepPage(current);
}

void PresentationWindow::keepPage(const Page &current)
{
    // The same page, or the part of a release plan or slice that now holds where the old one began.
    int index = 0;
    for (int i = 0; i < m_pages.size(); ++i) {
        const Page &p = m_pages[i];
        if (p.kind == current.kind && p.release == current.release && p.chart == current.chart
            && p.part <= current.part)
            index = i;
    }
    if (index != m_current || current.kind == PageKind::Chart || current.kind == PageKind::Slice
        || current.kind == PageKind::ReleasePlan)
        goToPage(index, true);
    else
        updateCaption();
}

QSize PresentationWindow::planSize() const
{
    // The stack sizes only the page it shows; on the plan's page the caption and the capture
    // bars are hidden, and the stack has their room too.
    if (m_stack->currentWidget() == m_plan)
        return m_plan->size();
    int height = m_stack->height();
    for (const QWidget *above : { static_cast<QWidget *>(m_caption), static_cast<QWidget *>(m_mapCapture),
                                  static_cast<QWidget *>(m_visionCapture) }) {
        if (above->isVisible())
            height += above->height();
    }
    return QSize(m_stack->width(), height);
}

void PresentationWindow::syncPlanParts()
{
    // A smaller window may need more parts for the release plan and the slices, a larger one fewer.
    if (m_pages.isEmpty() || m_stack->width() < 200)
        return;
    QList<Page> pages = makePages();
    if (pages == m_pages)
        return;
    const Page current = m_pages.value(m_current);
    m_pages = std::move(pages);
    keepPage(current);
}

void PresentationWindow::showPage(int index)
{
    goToPage(index, false);
}

void PresentationWindow::goToPage(int index, bool refresh)
{
    if (m_pages.isEmpty())
        return;
    m_current = std::clamp(index, 0, int(m_pages.size()) - 1);
    // A copy: showing a page can resize the window, which makes the pages anew (syncPlanParts).
    const Page page = m_pages[m_current];
    // Going to another page ends a capture; the same page shown anew (an edit) keeps it going.
    if (!refresh || (page.kind != PageKind::Map && page.kind != PageKind::Slice))
        m_mapCapture->hide();
    if (!refresh || page.kind != PageKind::Vision)
        m_visionCapture->hide();
    // Only a slice's page narrows the map to its steps.
    if (page.kind != PageKind::Slice || page.steps.isEmpty())
        m_mapScene->setShownSteps({});
    switch (page.kind) {
    case PageKind::Vision:
        m_stack->setCurrentWidget(m_vision);
        break;
    case PageKind::Map:
    case PageKind::Slice: {
        if (page.kind == PageKind::Slice && page.steps.isEmpty()) {
            m_stack->setCurrentWidget(m_sliceEmpty);
            m_sliceEmpty->setText(tr("“%1” has no stories yet.\nPress C to capture the first one.")
                                          .arg(m_document->release(page.release).name));
            // Capture puts the first card into the first step of the map.
            StepId first;
            for (ActivityId a : m_document->activities()) {
                if (!first.isValid())
                    first = m_document->steps(a).value(0);
            }
            m_map->setAddTarget(first, page.release);
            break;
        }
        m_stack->setCurrentWidget(m_map);
        QSet<qint64> steps;
        for (StepId step : page.steps)
            steps.insert(step.value);
        m_mapScene->setShownSteps(steps);
        for (ReleaseId r : m_mapScene->laneOrder()) {
            const bool collapsed = page.kind == PageKind::Slice && r != page.release;
            if (m_mapScene->isLaneCollapsed(r) != collapsed)
                m_mapScene->setLaneCollapsed(r, collapsed);
        }
        // Capture on a slice's page goes into that slice: the page's first step.
        if (page.kind == PageKind::Slice)
            m_map->setAddTarget(page.steps.first(), page.release);
        fitMap();
        break;
    }
    case PageKind::ReleasePlan:
        m_stack->setCurrentWidget(m_plan);
        m_plan->setPart(page.part);
        break;
    case PageKind::Chart: {
        m_stack->setCurrentWidget(m_chartPage);
        QString empty;
        QChart *chart = ChartFactory::create(*m_document, page.chart, &empty);
        QChart *old = m_chartView->chart();
        if (chart) {
            // Projector sizes: a title and labels that read from the back of the room.
            chart->setTitleFont(pixelFont(font(), 34, true));
            chart->legend()->setFont(pixelFont(font(), 22));
            for (QAbstractAxis *axis : chart->axes()) {
                axis->setLabelsFont(pixelFont(font(), 20));
                axis->setTitleFont(pixelFont(font(), 22, true));
            }
            chart->setAnimationOptions(QChart::NoAnimation);
            m_chartView->setChart(chart);
            m_chartView->show();
            m_chartEmpty->hide();
            fitChartType();
        } else {
            m_chartView->setChart(new QChart);
            m_chartView->hide();
            m_chartEmpty->setText(empty);
            m_chartEmpty->show();
        }
        // setChart does not delete the chart it replaces.
        delete old;
        break;
    }
    }
    if (!m_mapCapture->isVisible() && !m_visionCapture->isVisible())
        m_stack->currentWidget()->setFocus();
    updateCaption();
}

void PresentationWindow::fitMap()
{
    const Page page = m_pages[m_current]; // a copy: see goToPage
    QRectF rect = m_mapScene->sceneRect();
    if (page.kind == PageKind::Slice) {
        // The backbone, the collapsed lanes before it, and the slice: the slice in its context.
        const QRectF lane = m_mapScene->laneRect(page.release);
        if (!lane.isEmpty())
            rect.setBottom(lane.bottom() + StoryMapStyle::Margin);
    }
    m_map->zoomToRect(rect);
    // A slice of a few cards: large, not poster-sized.
    constexpr qreal LargestSliceZoom = 1.5;
    if (page.kind == PageKind::Slice && m_map->zoom() > LargestSliceZoom) {
        m_map->setZoom(LargestSliceZoom);
        m_map->centerOn(rect.center());
    }
}

void PresentationWindow::updateCaption()
{
    const Page page = m_pages[m_current]; // a copy: see goToPage
    m_footer->setText(tr("%1 · %2").arg(m_document->product().name.isEmpty() ? m_document->displayName()
                                                                              : m_document->product().name,
                                        page.title));
    m_pageNumber->setText(tr("%1 / %2").arg(m_current + 1).arg(m_pages.size()));
    if (page.kind == PageKind::Vision) {
        // The board's title block: what, whose, for whom.
        const Product product = m_document->product();
        QStringList meta;
        if (!product.owner.isEmpty())
            meta.append(tr("Product owner: %1").arg(product.owner));
        if (!product.client.isEmpty())
            meta.append(tr("Client: %1").arg(product.client));
        if (!product.version.isEmpty())
            meta.append(tr("Version %1").arg(product.version));
        m_caption->setText(u"<div style='font-size:30px'><b>"_s
                           + (product.name.isEmpty() ? m_document->displayName() : product.name).toHtmlEscaped()
                           + u"</b> &nbsp; <span style='color:%1; font-size:22px'>"_s.arg(Theme::colors().slideMuted.name())
                           + meta.join(u" · "_s).toHtmlEscaped() + u"</span></div>"_s);
        m_caption->show();
        return;
    }
    if (page.kind != PageKind::Slice) {
        m_caption->hide();
        return;
    }
    const LaneInfo info = ReleaseBoardScene::describeSlice(
            *m_document, page.release, m_document->activities(), ReleaseBoardScene::deliveryDates(*m_document));
    QString verdict;
    if (info.notWorkingProduct) {
        verdict = u"<span style='color:%1'>"_s.arg(Theme::colors().slideBad.name())
                + tr("✗ Not a working product — missing: %1").arg(info.missingActivities.join(u", "_s).toHtmlEscaped())
                + u"</span>"_s;
    } else {
        verdict = u"<span style='color:%1'>"_s.arg(Theme::colors().slideGood.name()) + tr("✓ A working product") + u"</span>"_s;
    }
    // A slice over several pages says which one this is.
    int parts = 0;
    for (const Page &p : std::as_const(m_pages))
        parts += p.kind == PageKind::Slice && p.release == page.release ? 1 : 0;
    const QString part = parts > 1 ? u" "_s + tr("(%1 of %2)").arg(page.part + 1).arg(parts) : QString();
    QString html = u"<div style='font-size:30px'><b>"_s + QString(info.name + part).toHtmlEscaped() + u"</b> &nbsp; "_s
            + u"<span style='color:%1'>"_s.arg(Theme::colors().slideMuted.name()) + info.status.toHtmlEscaped() + u"</span> &nbsp; "_s + verdict
            + u"</div>"_s;
    if (!info.outcome.isEmpty())
        html += u"<div style='font-size:24px'>"_s + tr("Outcome: %1").arg(info.outcome.toHtmlEscaped()) + u"</div>"_s;
    m_caption->setText(html);
    m_caption->show();
}

void PresentationWindow::fitChartType()
{
    // Qt Charts cuts a title or a legend (one row) with "…" where it runs out of room: each at
    // the largest type that fits the projector's width, down to a size still read from afar.
    QChart *chart = m_chartView->chart();
    if (!chart || !m_chartView->isVisible())
        return;
    const qreal room = m_chartView->width() - 80;
    const auto largestFitting = [this, room](int largest, int smallest, bool bold, const auto &width) {
        QFont font;
        for (int pixels = largest; pixels >= smallest; pixels -= 2) {
            font = pixelFont(this->font(), pixels, bold);
            if (width(QFontMetricsF(font)) <= room)
                break;
        }
        return font;
    };
    chart->setTitleFont(largestFitting(34, 22, true, [chart](const QFontMetricsF &metrics) {
        return metrics.horizontalAdvance(chart->title());
    }));
    chart->legend()->setFont(largestFitting(22, 14, false, [chart](const QFontMetricsF &metrics) {
        qreal needed = 0;
        for (const QLegendMarker *marker : chart->legend()->markers()) {
            if (marker->isVisible())
                needed += metrics.horizontalAdvance(marker->label()) + 2.5 * metrics.height();
        }
        return needed;
    }));
}

} // namespace Valuemap
