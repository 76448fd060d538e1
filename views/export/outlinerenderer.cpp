#include "export/outlinerenderer.h"

#include "export/papertext.h"
#include "itemmodels/storymapmodel.h"
#include "storage/document.h"
#include "widgets/theme.h"

#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {
// Shares of the width: activity, step, story, estimate, value, status, release.
constexpr qreal ColumnShares[] = { 0.15, 0.16, 0.34, 0.07, 0.06, 0.10, 0.12 };
constexpr int ColumnCount = 7;
constexpr int PaperCellLength = 400;

QString number(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'g', 6) : QString();
}
} // namespace

OutlineRenderer::OutlineRenderer(const Document &document)
{
    const QString name = document.product().name.trimmed();
    m_title = name.isEmpty() ? tr("Outline") : tr("%1 — outline").arg(name);
    auto cell = [](const QString &text) { return PaperText::prepared(PaperText::bounded(text.trimmed(), PaperCellLength)); };
    for (const ActivityId activityId : document.activities()) {
        const Activity activity = document.activity(activityId);
        const QList<StepId> steps = document.steps(activityId);
        if (steps.isEmpty())
            m_rows.append({ cell(activity.title), {}, {}, {}, {}, {}, {} });
        for (const StepId stepId : steps) {
            const Step step = document.step(stepId);
            const QList<StoryId> stories = document.stories(stepId);
            if (stories.isEmpty())
                m_rows.append({ cell(activity.title), cell(step.title), {}, {}, {}, {}, {} });
            for (const StoryId storyId : stories) {
                const Story story = document.story(storyId);
                const QString release = story.releaseId.isValid()
                        ? document.release(story.releaseId).name
                        : tr("Unplanned");
                m_rows.append({ cell(activity.title), cell(step.title), cell(story.title),
                    number(story.estimate),
                    story.businessValue ? QString::number(*story.businessValue) : QString(),
                    StoryMapModel::statusName(story.status), cell(release) });
            }
        }
    }
}

int OutlineRenderer::print(QPagedPaintDevice &device) const
{
    QPainter painter(&device);
    const Theme::PaperScope paper;
    const QRectF page(0, 0, device.width(), device.height());
    const qreal mm = device.logicalDpiY() / 25.4;
    const qreal pad = 1.2 * mm;
    const QFont titleFont = PaperText::font(14, &device, true);
    const QFont headFont = PaperText::font(8.5, &device, true);
    const QFont bodyFont = PaperText::font(8.5, &device);
    const QFont footFont = PaperText::font(7, &device);
    const QStringList header = { tr("Activity"), tr("Step"), tr("Story"), tr("Estimate"),
        tr("Value"), tr("Status"), tr("Release") };
    qreal widths[ColumnCount];
    for (int c = 0; c < ColumnCount; ++c)
        widths[c] = page.width() * ColumnShares[c];
    const qreal footerHeight = PaperText::height(u"0"_s, footFont, page.width(), &device) + 2 * mm;

    auto rowHeight = [&](const QStringList &row, const QFont &font) {
        qreal height = 0;
        for (int c = 0; c < ColumnCount; ++c)
            height = std::max(height, PaperText::height(row.value(c), font, widths[c] - 2 * pad, &device));
        return height + 2 * pad;
    };
    auto drawRow = [&](const QStringList &row, const QFont &font, qreal y, qreal height, bool shaded) {
        if (shaded)
            painter.fillRect(QRectF(0, y, page.width(), height), Theme::paper().panelAlt);
        qreal x = 0;
        for (int c = 0; c < ColumnCount; ++c) {
            PaperText::draw(&painter, row.value(c), font, QPointF(x + pad, y + pad), widths[c] - 2 * pad,
                Theme::paper().ink);
            x += widths[c];
        }
        painter.setPen(QPen(Theme::paper().line, 0.2 * mm));
        painter.drawLine(QPointF(0, y + height), QPointF(page.width(), y + height));
    };

    int pages = 1;
    qreal y = PaperText::draw(&painter, m_title, titleFont, QPointF(0, 0), page.width(), Theme::paper().ink)
            + 3 * mm;
    auto startTable = [&] {
        const qreal h = rowHeight(header, headFont);
        drawRow(header, headFont, y, h, true);
        y += h;
    };
    auto footer = [&] {
        PaperText::draw(&painter, tr("Page %1").arg(pages), footFont,
            QPointF(0, page.bottom() - footerHeight + 2 * mm), page.width(), Theme::paper().muted);
    };
    startTable();
    if (m_rows.isEmpty()) {
        PaperText::draw(&painter, tr("The map has no activities yet."), bodyFont, QPointF(pad, y + pad),
            page.width(), Theme::paper().muted);
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        const qreal h = rowHeight(m_rows[i], bodyFont);
        if (y + h > page.bottom() - footerHeight && y > 0) {
            footer();
            device.newPage();
            ++pages;
            y = 0;
            startTable();
        }
        drawRow(m_rows[i], bodyFont, y, h, false);
        y += h;
    }
    footer();
    return pages;
}

} // namespace Valuemap
