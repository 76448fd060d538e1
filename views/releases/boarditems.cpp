#include "releases/boarditems.h"

#include "widgets/theme.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

using namespace Qt::StringLiterals;

namespace Valuemap {

using namespace BoardMetrics;

namespace {

// The board's colours, from the theme (widgets/theme.h).
constexpr ThemeRole Ink { &ThemeColors::ink };
constexpr ThemeRole Muted { &ThemeColors::muted };
constexpr ThemeRole Border { &ThemeColors::line };
constexpr ThemeRole Accent { &ThemeColors::accent };
constexpr ThemeRole AccentText { &ThemeColors::accentText };
constexpr ThemeRole Danger { &ThemeColors::warning };
constexpr ThemeRole Warning { &ThemeColors::caution };
constexpr ThemeRole Success { &ThemeColors::success };

QColor statusColor(StoryStatus status)
{
    switch (status) {
    case StoryStatus::Todo:
        return Theme::colors().statusTodo;
    case StoryStatus::InProgress:
        return Accent;
    case StoryStatus::Done:
        return Success;
    case StoryStatus::Blocked:
        return Danger;
    }
    return Muted;
}

QFont scaledFont(qreal factor, bool bold = false)
{
    QFont f = QApplication::font();
    f.setPointSizeF(f.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

} // namespace

QString pipelineSummary(const Increment &increment)
{
    QStringList parts;
    for (const QString &part : { increment.version.trimmed(), increment.commit.trimmed().left(7),
                                 increment.environment.trimmed() }) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(u" · "_s);
}

QString pipelineDetails(const Increment &increment)
{
    QStringList parts;
    if (!increment.version.trimmed().isEmpty())
        parts.append(QCoreApplication::translate("Valuemap::ReleaseBoard", "version %1").arg(increment.version.trimmed()));
    if (!increment.commit.trimmed().isEmpty())
        parts.append(QCoreApplication::translate("Valuemap::ReleaseBoard", "commit %1").arg(increment.commit.trimmed()));
    if (!increment.environment.trimmed().isEmpty())
        parts.append(QCoreApplication::translate("Valuemap::ReleaseBoard", "environment %1")
                             .arg(increment.environment.trimmed()));
    return parts.join(u", "_s);
}

QString BoardCardItem::statusText(StoryStatus status)
{
    switch (status) {
    case StoryStatus::Todo:
        return QCoreApplication::translate("Valuemap::ReleaseBoard", "○ to do");
    case StoryStatus::InProgress:
        return QCoreApplication::translate("Valuemap::ReleaseBoard", "◐ in progress");
    case StoryStatus::Done:
        return QCoreApplication::translate("Valuemap::ReleaseBoard", "✓ done");
    case StoryStatus::Blocked:
        return QCoreApplication::translate("Valuemap::ReleaseBoard", "✕ blocked");
    }
    return {};
}

namespace {

// One paragraph of the lane header.
struct Block
{
    QString text;
    QFont font;
    QColor color;
    int maxLines = 0; // 0: as many as it needs
};

QList<Block> headerBlocks(const LaneInfo &info)
{
    QList<Block> blocks;
    blocks.append({ info.name, scaledFont(1.15, true), Ink, 2 });
    const QString meta
        = info.dates.isEmpty() ? info.status : QString(info.status + u"  ·  "_s + info.dates);
    blocks.append({ meta, scaledFont(0.9),
        info.releaseStatus == ReleaseStatus::Delivered ? Success : Muted, 2 });
    if (!info.pipeline.isEmpty())
        blocks.append({ info.pipeline, scaledFont(0.85), Muted, 2 });
    if (info.collapsed)
        return blocks;
    if (!info.outcome.isEmpty())
        blocks.append({ info.outcome, scaledFont(0.9), Ink, 4 });
    if (!info.goals.isEmpty())
        blocks.append({ info.goals, scaledFont(0.9), AccentText, 2 });
    blocks.append({ info.totals, scaledFont(0.9), Muted, 2 });
    if (!info.capacity.isEmpty())
        blocks.append({ info.capacity, scaledFont(0.9, info.overCapacity),
            info.overCapacity ? Danger : Muted, 2 });
    for (int i = 0; i < info.problems.size(); ++i) {
        const bool severe = i == 0 && info.notWorkingProduct;
        blocks.append(
            { u"⚠ "_s + info.problems[i], scaledFont(0.88, severe), severe ? Danger : Warning, 3 });
    }
    return blocks;
}

// Height of a block wrapped to width, capped at its line limit.
qreal blockHeight(const Block &b, qreal width)
{
    const QFontMetricsF fm(b.font);
    const qreal full
        = fm.boundingRect(QRectF(0, 0, width, 10000), Qt::TextWordWrap, b.text).height();
    return b.maxLines > 0 ? std::min(full, fm.lineSpacing() * b.maxLines) : full;
}

// Draws wrapped text, eliding the last line when it does not fit in maxLines.
void drawBlock(QPainter *p, const Block &b, const QRectF &rect)
{
    p->setFont(b.font);
    p->setPen(b.color);
    const QFontMetricsF fm(b.font);
    const qreal full
        = fm.boundingRect(QRectF(0, 0, rect.width(), 10000), Qt::TextWordWrap, b.text).height();
    if (full <= rect.height() + 0.5) {
        p->drawText(rect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, b.text);
        return;
    }
    // Too long: show what fits and end the last visible line with an ellipsis.
    QString shown = b.text;
    int lo = 0;
    int hi = int(shown.size());
    while (lo < hi) {
        const int mid = (lo + hi + 1) / 2;
        const QString candidate = shown.left(mid) + u'…';
        if (fm.boundingRect(QRectF(0, 0, rect.width(), 10000), Qt::TextWordWrap, candidate).height()
            <= rect.height() + 0.5)
            lo = mid;
        else
            hi = mid - 1;
    }
    p->drawText(
        rect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, shown.left(lo).trimmed() + u'…');
}

} // namespace

// ---- cards -----------------------------------------------------------------------------------

BoardCardItem::BoardCardItem(const Story &story, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_story(story)
{
    setFlag(ItemIsSelectable);
    setFlag(ItemIsFocusable);
    setAcceptHoverEvents(false);
    QString tip = story.key.isEmpty() ? story.title : story.key + u"  "_s + story.title;
    if (!story.description.isEmpty())
        tip += u"\n\n"_s + story.description;
    setToolTip(tip);
}

QString BoardCardItem::metaText(const Story &story, qreal width)
{
    QStringList meta { statusText(story.status) };
    if (!story.key.isEmpty())
        meta.append(story.key);
    if (story.estimate)
        meta.append(QCoreApplication::translate("Valuemap::ReleaseBoard", "%1 pts")
                        .arg(QLocale().toString(*story.estimate, 'f', QLocale::FloatingPointShortest)));
    if (story.businessValue)
        meta.append(QCoreApplication::translate("Valuemap::ReleaseBoard", "value %1")
                        .arg(*story.businessValue));
    // The status first, as a symbol and a word, so it is never told by colour alone and never
    // the part that is cut; what does not fit goes from the end (value first), then is elided.
    const QFontMetricsF metrics(scaledFont(0.78));
    while (meta.size() > 1 && metrics.horizontalAdvance(meta.join(u"  ·  "_s)) > width)
        meta.removeLast();
    return metrics.elidedText(meta.join(u"  ·  "_s), Qt::ElideRight, width);
}

QRectF BoardCardItem::boundingRect() const
{
    return QRectF(0, 0, CardWidth, CardHeight).adjusted(-2, -2, 2, 2);
}

void BoardCardItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF r(0, 0, CardWidth, CardHeight);
    const bool selected = option->state & QStyle::State_Selected;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen((selected ? Accent : Border).color(), selected ? 2.0 : 1.0));
    const QColor fill = m_story.color.isValid() ? m_story.color.lighter(108) : Theme::colors().panel;
    // A colour the user chose stays; its text turns black or white to be read on it.
    const QColor ink = m_story.color.isValid() ? Theme::textOn(fill) : Ink.color();
    QColor metaInk = m_story.color.isValid() ? ink : Muted.color();
    metaInk.setAlpha(m_story.color.isValid() ? 215 : 255);
    painter->setBrush(fill);
    painter->drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    QPainterPath stripe;
    stripe.addRoundedRect(QRectF(0.5, 0.5, 6, CardHeight - 1), 3, 3);
    painter->fillPath(stripe, statusColor(m_story.status));

    const Block title { m_story.title, scaledFont(0.88), ink, 2 };
    drawBlock(
        painter, title, QRectF(11, 4, CardWidth - 15, QFontMetricsF(title.font).lineSpacing() * 2));
    const QFont metaFont = scaledFont(0.78);
    const QRectF metaRect(11, CardHeight - 17, CardWidth - 15, 14);
    painter->setFont(metaFont);
    painter->setPen(metaInk);
    painter->drawText(metaRect, Qt::AlignLeft | Qt::AlignVCenter, metaText(m_story, metaRect.width()));
    if (option->state & QStyle::State_HasFocus) {
        // Focus always visible: a ring outside the card, in the palette's highlight.
        painter->setPen(QPen(option->palette.color(QPalette::Highlight), 2, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(r.adjusted(-1, -1, 1, 1), 5, 5);
    }
}

// ---- lanes -----------------------------------------------------------------------------------

BoardLaneItem::BoardLaneItem(LaneInfo info, int columns, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_info(std::move(info))
    , m_columns(columns)
{
    setZValue(-1);
    setFlag(ItemIsFocusable); // a clicked lane has the focus, for its accessible description
    QStringList tip = m_info.problems;
    if (!m_info.pipelineDetails.isEmpty())
        tip.append(m_info.pipelineDetails);
    if (!tip.isEmpty())
        setToolTip(tip.join(u'\n'));
}

qreal BoardLaneItem::headerHeight() const
{
    if (m_info.collapsed)
        return CollapsedHeight;
    qreal h = 10;
    for (const Block &b : headerBlocks(m_info))
        h += blockHeight(b, HeaderWidth - 28) + 5;
    return h + 6;
}

void BoardLaneItem::setHeight(qreal height)
{
    prepareGeometryChange();
    m_height = height;
}

void BoardLaneItem::setCurrent(bool current)
{
    m_current = current;
    update();
}

void BoardLaneItem::setDropTarget(bool target)
{
    m_dropTarget = target;
    update();
}

QRectF BoardLaneItem::boundingRect() const
{
    return QRectF(0, 0, HeaderWidth + m_columns * ColumnWidth + Gap, m_height)
        .adjusted(-2, -2, 2, 2);
}

QRectF BoardLaneItem::headerRect() const
{
    return QRectF(0, 0, HeaderWidth - Gap, m_height);
}

QRectF BoardLaneItem::cellRect(int column) const
{
    return QRectF(HeaderWidth + column * ColumnWidth, 0, ColumnWidth - Gap, m_height);
}

QRectF BoardLaneItem::collapseToggleRect() const
{
    return m_info.collapsible ? QRectF(HeaderWidth - Gap - 26, 6, 20, 20) : QRectF();
}

void BoardLaneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF lane(0, 0, HeaderWidth + m_columns * ColumnWidth, m_height);
    const bool unplanned = !m_info.release.isValid();
    painter->setPen(QPen(m_dropTarget ? Accent
            : m_current               ? Accent.lighter(140)
                                      : Border,
        m_dropTarget || m_current ? 2.0 : 1.0, m_dropTarget ? Qt::DashLine : Qt::SolidLine));
    painter->setBrush(m_dropTarget ? Theme::colors().panelHighlight
            : unplanned            ? Theme::colors().panelAlt
                                   : Theme::colors().panel);
    painter->drawRoundedRect(lane.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);

    // The stripe says at a glance: red not a working product, amber check it, green delivered.
    QColor stripe = Border;
    if (m_info.notWorkingProduct)
        stripe = Danger;
    else if (!m_info.problems.isEmpty())
        stripe = Warning;
    else if (m_info.releaseStatus == ReleaseStatus::Delivered)
        stripe = Success;
    else if (!unplanned)
        stripe = Accent;
    QPainterPath path;
    path.addRoundedRect(QRectF(0.5, 0.5, 6, m_height - 1), 3, 3);
    painter->fillPath(path, stripe);

    // Header.
    painter->setPen(QPen(Border.color(), 1));
    painter->drawLine(
        QPointF(HeaderWidth - Gap / 2, 8), QPointF(HeaderWidth - Gap / 2, m_height - 8));
    qreal y = 10;
    const qreal width = HeaderWidth - 28;
    for (const Block &b : headerBlocks(m_info)) {
        const qreal h = blockHeight(b, width - (y < 12 && m_info.collapsible ? 24 : 0));
        drawBlock(painter, b, QRectF(16, y, width, h));
        y += h + 5;
    }
    if (m_info.collapsible) {
        const QRectF t = collapseToggleRect();
        painter->setPen(Muted);
        painter->setFont(scaledFont(1.0));
        painter->drawText(t, Qt::AlignCenter, m_info.collapsed ? u"▸"_s : u"▾"_s);
    }
    if (m_info.collapsed)
        return;

    // Cells: the marks of activities this slice leaves empty.
    for (int c = 0; c < m_columns; ++c) {
        const QRectF cell = cellRect(c).adjusted(0, 6, 0, -6);
        if (m_info.missingColumns.contains(c)) {
            painter->setPen(QPen(Danger.color(), 1.2, Qt::DashLine));
            painter->setBrush(Theme::colors().warningFill);
            painter->drawRoundedRect(cell.adjusted(2, 0, 0, 0), 4, 4);
            painter->setPen(Danger);
            painter->setFont(scaledFont(0.85, true));
            painter->drawText(cell.adjusted(10, 0, -8, 0), Qt::AlignCenter | Qt::TextWordWrap,
                QCoreApplication::translate(
                    "Valuemap::ReleaseBoard", "No story here:\nnot end-to-end"));
        } else if (m_info.inheritedColumns.contains(c)) {
            painter->setPen(QPen(Border.color(), 1, Qt::DashLine));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(cell.adjusted(2, 0, 0, 0), 4, 4);
            painter->setPen(Muted);
            painter->setFont(scaledFont(0.8));
            painter->drawText(cell.adjusted(10, 0, -8, 0), Qt::AlignCenter | Qt::TextWordWrap,
                m_info.inheritedText);
        }
    }
}

} // namespace Valuemap
