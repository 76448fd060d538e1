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
    // The layout is kept until the plan, the theme or the size changes: a large plan's slide
    // is laid out once, not in every paint and for every page count the presentation asks for.
    auto forget = [this] {
        m_cache.reset();
        update();
    };
    connect(m_document, &Document::changed, this, forget);
    connect(Theme::instance(), &Theme::changed, this, forget);
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

namespace {

// One paragraph of a column: its type relative to the body size, and how many lines it may take
// (0: as many as it needs — the stories, which go on to the next part rather than be cut).
struct Block
{
    QString text;
    qreal size = 1;
    bool bold = false;
    QColor color;
    int maxLines = 0;
    bool story = false;
    qreal spaceBefore = 0;
};

// The body size and the frame of the slide at `size`: the same for layout and painting.
struct Frame
{
    qreal margin = 0;
    qreal body = 0;
    QRectF title;
    qreal top = 0;
};

Frame frameFor(const QSizeF &size)
{
    Frame f;
    f.margin = size.width() * 0.025;
    // Type from the screen's height: about 28 lines of body text fill it.
    f.body = std::max(11.0, size.height() / 38.0);
    f.title = QRectF(f.margin, f.margin * 0.6, size.width() - 2 * f.margin, f.body * 2.6);
    f.top = f.title.bottom() + f.body;
    return f;
}

// The smallest type a slide uses, in pixels: below it, the slide goes on over another part.
constexpr int SmallestType = 12;

} // namespace

void ReleasePlanSlide::setPart(int part)
{
    m_part = std::max(0, part);
    update();
}

QList<ReleasePlanSlide::Part> ReleasePlanSlide::layoutParts(const QSizeF &size) const
{
    if (!m_cache)
        m_cache.emplace(Cache { columns(), {}, {} });
    if (m_cache->size != size || m_cache->parts.isEmpty()) {
        m_cache->size = size;
        m_cache->parts = layoutAll(m_cache->columns, size);
    }
    return m_cache->parts;
}

QList<ReleasePlanSlide::Part> ReleasePlanSlide::layoutAll(const QList<Column> &cols, const QSizeF &size) const
{
    QList<Part> parts;
    if (cols.isEmpty())
        return { Part() };
    // Every story on the slide: first in smaller type (down to SmallestType), then over more
    // parts, in type that reads from the back of the room.
    for (int step = 0; step <= 10; ++step) {
        if (layoutInto(cols, size, 1.0 - step * 0.05, false, &parts))
            return parts;
    }
    layoutInto(cols, size, 0.8, true, &parts);
    return parts;
}

bool ReleasePlanSlide::layoutInto(const QList<Column> &cols, const QSizeF &size, qreal shrink,
                                  bool paged, QList<Part> *parts) const
{
    parts->clear();
    const Frame frame = frameFor(size);
    const qreal body = frame.body;
    const qreal gap = body;
    const qreal colWidth = (size.width() - 2 * frame.margin - gap * (cols.size() - 1)) / cols.size();
    // Narrow columns (many slices) get smaller type, never clipped words.
    const qreal scale = std::clamp(colWidth / (body * 18), 0.6, 1.0) * shrink;
    const qreal pad = body * 0.8;
    const qreal textWidth = colWidth - 2 * pad;
    const qreal boxBottom = size.height() - frame.margin;
    const qreal bottom = boxBottom - pad * 0.6;
    auto box = [&](int c) {
        return QRectF(frame.margin + c * (colWidth + gap), frame.top, colWidth, boxBottom - frame.top);
    };
    auto partAt = [&](int index) -> Part & {
        while (parts->size() <= index) {
            Part part;
            for (int c = 0; c < cols.size(); ++c)
                part.boxes.append(box(c));
            parts->append(part);
        }
        return (*parts)[index];
    };
    partAt(0);
    auto fontFor = [&](qreal factor, bool bold) {
        QFont f = font();
        f.setPixelSize(std::max(SmallestType, int(body * factor * scale)));
        f.setBold(bold);
        return f;
    };

    for (int c = 0; c < cols.size(); ++c) {
        const Column &col = cols[c];
        QList<Block> blocks;
        blocks.append({ col.name, 1.5, true, Ink, 2 });
        blocks.append({ col.status, 1.0, false, col.delivered ? Good : Muted, 2 });
        blocks.append({ col.outcome, 1.0, false, Ink, 6 });
        blocks.append({ col.goals, 1.0, false, Accent, 3 });
        blocks.append({ col.totals, 0.9, false, Muted, 3 });
        blocks.append({ col.verdict, 1.05, true, col.working ? Good : Bad, 4 });
        for (const QString &warning : col.warnings)
            blocks.append({ u"⚠ "_s + warning, 0.9, false, Bad, 3 });
        for (int i = 0; i < col.stories.size(); ++i)
            blocks.append({ col.stories[i], 0.8, false, Ink, 0, true, i == 0 ? body * 0.4 : 0 });

        const qreal x = box(c).left() + pad;
        int page = 0;
        qreal y = frame.top + pad;
        for (const Block &block : std::as_const(blocks)) {
            if (block.text.isEmpty())
                continue;
            y += block.spaceBefore;
            const QFont f = fontFor(block.size, block.bold);
            const QFontMetricsF fm(f);
            const QStringList paragraphs = block.text.split(u'\n');
            int lines = 0;
            bool done = false;
            for (int pi = 0; pi < paragraphs.size() && !done; ++pi) {
                const QString &para = paragraphs[pi];
                QTextLayout layout(para, f);
                QTextOption option;
                option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
                layout.setTextOption(option);
                layout.beginLayout();
                for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                    line.setLineWidth(textWidth);
                    const qsizetype end = line.textStart() + line.textLength();
                    const bool more = end < para.size() || pi < paragraphs.size() - 1;
                    QString text = para.mid(line.textStart(), line.textLength()).trimmed();
                    bool cut = false;
                    if (block.maxLines > 0 && ++lines == block.maxLines && more) {
                        // The last line it may take says that more was to be said.
                        text = fm.elidedText(para.mid(line.textStart()).simplified(), Qt::ElideRight, textWidth);
                        if (!text.endsWith(u'…'))
                            text = fm.elidedText(text + u'…', Qt::ElideRight, textWidth);
                        cut = done = true;
                    }
                    if (y + fm.lineSpacing() > bottom) {
                        if (!paged) {
                            layout.endLayout();
                            return false;
                        }
                        // The next part: the slice's name again, then where it left off.
                        ++page;
                        y = frame.top + pad;
                        const QFont nameFont = fontFor(1.2, true);
                        const QFontMetricsF nm(nameFont);
                        const QString name = nm.elidedText(tr("%1 (continued)").arg(col.name), Qt::ElideRight, textWidth);
                        partAt(page).lines.append({ name, QRectF(x, y, textWidth, nm.lineSpacing()), c,
                                                    name.endsWith(u'…'), false, nameFont, Ink });
                        y += nm.lineSpacing() + body * 0.4;
                    }
                    partAt(page).lines.append({ text, QRectF(x, y, textWidth, fm.lineSpacing()), c, cut,
                                                block.story, f, block.color });
                    y += fm.lineSpacing();
                    if (done)
                        break;
                }
                layout.endLayout();
            }
            y += block.size * body * scale * 0.45;
        }
    }
    return true;
}

void ReleasePlanSlide::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    emit resized();
}

void ReleasePlanSlide::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), Theme::colors().slide);
    const QList<Part> parts = layoutParts(size());
    const QList<Column> &cols = m_cache->columns;
    const Frame frame = frameFor(size());
    const qreal body = frame.body;
    QFont titleFont = font();
    titleFont.setPixelSize(int(body * 1.9));
    titleFont.setBold(true);
    p.setFont(titleFont);
    p.setPen(Ink);
    p.drawText(frame.title, Qt::AlignLeft | Qt::AlignVCenter, tr("Release plan"));
    if (cols.isEmpty()) {
        QFont f = font();
        f.setPixelSize(int(body * 1.2));
        p.setFont(f);
        p.setPen(Muted);
        p.drawText(rect(), Qt::AlignCenter, tr("No release slices yet."));
        return;
    }
    const int shown = std::clamp(m_part, 0, int(parts.size()) - 1);
    if (parts.size() > 1) {
        QFont f = font();
        f.setPixelSize(int(body * 1.1));
        p.setFont(f);
        p.setPen(Muted);
        p.drawText(frame.title, Qt::AlignRight | Qt::AlignVCenter,
                   tr("part %1 of %2").arg(shown + 1).arg(parts.size()));
    }
    const Part &part = parts[shown];
    for (int c = 0; c < part.boxes.size() && c < cols.size(); ++c) {
        QPainterPath path;
        path.addRoundedRect(part.boxes[c], body * 0.5, body * 0.5);
        p.fillPath(path, cols[c].delivered ? Theme::colors().slideCellDone : Theme::colors().slideCell);
        p.setPen(QPen((cols[c].working ? Good : Bad).color(), std::max(2.0, body / 7)));
        p.drawPath(path);
    }
    for (const PaintedLine &line : part.lines) {
        p.setFont(line.font);
        p.setPen(line.color);
        p.drawText(QPointF(line.rect.left(), line.rect.top() + QFontMetricsF(line.font).ascent()), line.text);
    }
}

} // namespace Valuemap
