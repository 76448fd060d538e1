#include "workshop/releaseplanslide.h"

#include "widgets/theme.h"

#include "releases/boarditems.h"
#include "releases/boardscene.h"
#include "storage/document.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {
constexpr ThemeRole Ink { &ThemeColors::slideText };
constexpr ThemeRole Muted { &ThemeColors::slideMuted };
constexpr ThemeRole Good { &ThemeColors::slideGood };
constexpr ThemeRole Bad { &ThemeColors::slideBad };
constexpr ThemeRole Accent { &ThemeColors::slideAccent };
} // namespace

ReleasePlanSlide::ReleasePlanSlide(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setAutoFillBackground(true);
    setAccessibleName(tr("Release plan"));
    connect(m_document, &Document::changed, this, qOverload<>(&QWidget::update));
}

QList<ReleasePlanSlide::Column> ReleasePlanSlide::columns() const
{
    QList<Column> result;
    const QList<ActivityId> backbone = m_document->activities();
    const QHash<qint64, QDate> delivered = ReleaseBoardScene::deliveryDates(*m_document);
    // Every story once, in map order: "Activity: story, story" per release.
    QHash<qint64, QStringList> storiesBySlice;
    for (ActivityId a : backbone) {
        QHash<qint64, QStringList> titles;
        for (StepId step : m_document->steps(a)) {
            for (StoryId id : m_document->stories(step)) {
                const Story story = m_document->story(id);
                titles[story.releaseId.value].append(story.title);
            }
        }
        const QString activity = m_document->activity(a).title;
        for (auto it = titles.cbegin(); it != titles.cend(); ++it)
            storiesBySlice[it.key()].append(tr("%1: %2").arg(activity, it.value().join(u", "_s)));
    }
    for (ReleaseId r : m_document->releases()) {
        const LaneInfo info = ReleaseBoardScene::describeSlice(*m_document, r, backbone, delivered);
        Column c;
        c.name = info.name;
        c.status = info.dates.isEmpty() ? info.status : tr("%1 · %2").arg(info.status, info.dates);
        c.outcome = info.outcome.isEmpty() ? QString() : tr("Outcome: %1").arg(info.outcome);
        c.goals = info.goals;
        c.totals = info.totals;
        c.working = !info.notWorkingProduct;
        c.delivered = info.releaseStatus == ReleaseStatus::Delivered;
        c.verdict = c.working ? tr("✓ A working product") : tr("✗ Not a working product");
        c.warnings = info.problems;
        if (!c.working && !c.warnings.isEmpty())
            c.warnings.removeFirst(); // the verdict says it, the missing activities follow below
        if (!c.working)
            c.verdict += u'\n' + tr("Missing: %1").arg(info.missingActivities.join(u", "_s));
        if (!info.capacity.isEmpty() && info.overCapacity)
            c.warnings.append(info.capacity);
        c.stories = storiesBySlice.value(r.value);
        result.append(c);
    }
    return result;
}

QStringList ReleasePlanSlide::columnTexts() const
{
    QStringList texts;
    for (const Column &c : columns()) {
        QStringList parts { c.name, c.status, c.outcome, c.goals, c.totals, c.verdict };
        parts += c.warnings;
        parts += c.stories;
        parts.removeAll(QString());
        texts.append(parts.join(u'\n'));
    }
    return texts;
}

void ReleasePlanSlide::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), Theme::colors().slide);
    const QList<Column> cols = columns();
    const qreal margin = width() * 0.025;
    // Type from the screen's height: about 28 lines of body text fill it.
    const qreal body = std::max(11.0, height() / 38.0);
    QFont titleFont = font();
    titleFont.setPixelSize(int(body * 1.9));
    titleFont.setBold(true);
    p.setFont(titleFont);
    p.setPen(Ink);
    const QRectF titleRect(margin, margin * 0.6, width() - 2 * margin, body * 2.6);
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, tr("Release plan"));
    if (cols.isEmpty()) {
        QFont f = font();
        f.setPixelSize(int(body * 1.2));
        p.setFont(f);
        p.setPen(Muted);
        p.drawText(rect(), Qt::AlignCenter, tr("No release slices yet."));
        return;
    }

    const qreal top = titleRect.bottom() + body;
    const qreal gap = body;
    const qreal colWidth = (width() - 2 * margin - gap * (cols.size() - 1)) / cols.size();
    // Narrow columns (many slices) get smaller type, never clipped words.
    const qreal scale = std::clamp(colWidth / (body * 18), 0.6, 1.0);
    const qreal bottom = height() - margin - body * 0.8;
    auto drawBlock = [&](qreal x, qreal &y, qreal w, const QString &text, qreal size, bool bold,
                         const QColor &color, int maxLines) {
        if (text.isEmpty())
            return;
        QFont f = font();
        f.setPixelSize(std::max(9, int(size * scale)));
        f.setBold(bold);
        p.setFont(f);
        p.setPen(color);
        const QFontMetricsF fm(f);
        int lines = 0;
        for (const QString &para : text.split(u'\n')) {
            QTextLayout layout(para, f);
            layout.beginLayout();
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(w);
                // Room for this line and the box's padding, else the rest stays unsaid.
                if (y + fm.lineSpacing() > bottom)
                    maxLines = lines;
                if (++lines > maxLines)
                    break;
                const QString part = para.mid(line.textStart(), line.textLength());
                const bool last = lines == maxLines && line.textStart() + line.textLength() < para.size();
                p.drawText(QPointF(x, y + fm.ascent()),
                           last ? fm.elidedText(para.mid(line.textStart()), Qt::ElideRight, w) : part);
                y += fm.lineSpacing();
            }
            layout.endLayout();
        }
        y += size * scale * 0.45;
    };

    qreal x = margin;
    for (const Column &c : cols) {
        const QRectF box(x, top, colWidth, height() - top - margin);
        QPainterPath path;
        path.addRoundedRect(box, body * 0.5, body * 0.5);
        p.fillPath(path, c.delivered ? Theme::colors().slideCellDone : Theme::colors().slideCell);
        p.setPen(QPen((c.working ? Good : Bad).color(), std::max(2.0, body / 7)));
        p.drawPath(path);
        const qreal pad = body * 0.8;
        const qreal w = colWidth - 2 * pad;
        qreal y = top + pad;
        drawBlock(x + pad, y, w, c.name, body * 1.5, true, Ink, 2);
        drawBlock(x + pad, y, w, c.status, body, false, c.delivered ? Good : Muted, 2);
        drawBlock(x + pad, y, w, c.outcome, body, false, Ink, 6);
        drawBlock(x + pad, y, w, c.goals, body, false, Accent, 3);
        drawBlock(x + pad, y, w, c.totals, body * 0.9, false, Muted, 3);
        drawBlock(x + pad, y, w, c.verdict, body * 1.05, true, c.working ? Good : Bad, 4);
        for (const QString &warning : c.warnings)
            drawBlock(x + pad, y, w, u"⚠ "_s + warning, body * 0.9, false, Bad, 3);
        y += body * 0.4;
        for (const QString &line : c.stories)
            drawBlock(x + pad, y, w, line, body * 0.8, false, Ink, 4);
        x += colWidth + gap;
    }
}

} // namespace Valuemap
