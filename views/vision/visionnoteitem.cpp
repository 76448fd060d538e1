#include "vision/visionnoteitem.h"

#include "widgets/theme.h"

#include "export/visionrenderer.h"
#include "workshop/votedots.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>

namespace Valuemap {

namespace {

void layoutLines(QTextLayout &layout, qreal width)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
}

QString prepared(QString text)
{
    text.replace(u'\n', QChar::LineSeparator);
    return text;
}

} // namespace

VisionNoteItem::VisionNoteItem(
    const VisionNote &note, qreal width, const QFont &font, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_note(note)
    , m_width(width)
    , m_font(font)
{
    m_height
        = std::max<qreal>(56, textHeight(note.text, font, width - 2 * padding()) + 2 * padding());
    setFlags(ItemIsSelectable | ItemIsMovable);
    setAcceptHoverEvents(true);
    setCursor(Qt::OpenHandCursor);
    setToolTip(note.text);
}

qreal VisionNoteItem::textHeight(const QString &text, const QFont &font, qreal width)
{
    QTextLayout layout(prepared(text), font);
    layoutLines(layout, width);
    return layout.boundingRect().height();
}

QColor VisionNoteItem::fillColor(const QColor &stored)
{
    return stored.isValid() ? stored : VisionRenderer::defaultNoteColor();
}

bool VisionNoteItem::setVoteDots(const QList<QColor> &dots)
{
    constexpr qreal DotBand = 28;
    const bool grows = m_voteDots.isEmpty() && !dots.isEmpty();
    const bool shrinks = !m_voteDots.isEmpty() && dots.isEmpty();
    if (grows || shrinks) {
        prepareGeometryChange();
        m_height += grows ? DotBand : -DotBand;
    }
    m_voteDots = dots;
    update();
    return grows || shrinks;
}

QRectF VisionNoteItem::boundingRect() const
{
    return QRectF(-2, -2, m_width + 6, m_height + 7);
}

void VisionNoteItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF rect(0, 0, m_width, m_height);
    const QColor fill = fillColor(m_note.color);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Theme::colors().cardShadow);
    painter->drawRoundedRect(rect.translated(1.5, 2.5), 4, 4);
    painter->setBrush(fill);
    const bool selected = option->state & QStyle::State_Selected;
    painter->setPen(selected ? QPen(Theme::colors().accent, 3) : QPen(fill.darker(120), 1));
    painter->drawRoundedRect(rect, 4, 4);

    QTextLayout layout(prepared(m_note.text), m_font);
    layoutLines(layout, m_width - 2 * padding());
    // A colour the user chose stays; its text turns black or white to be read on it.
    painter->setPen(m_note.color.isValid() ? Theme::textOn(fill) : Theme::colors().cardText);
    layout.draw(painter, QPointF(padding(), padding()));
    VoteDots::paint(painter, QRectF(padding(), m_height - 28, m_width - 2 * padding(), 22), m_voteDots,
                    option->levelOfDetailFromTransform(painter->worldTransform()));
}

} // namespace Valuemap
