#include "vision/visionareaitem.h"

#include "widgets/theme.h"

#include "vision/visionnoteitem.h"

#include <QFontMetricsF>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {
constexpr ThemeRole Accent { &ThemeColors::accentText };
constexpr ThemeRole Muted { &ThemeColors::muted };

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setPixelSize(base.pixelSize() + 3);
    font.setBold(true);
    return font;
}

QFont chipFont(const QFont &base)
{
    QFont font = base;
    font.setPixelSize(base.pixelSize() - 1);
    font.setBold(true);
    return font;
}
} // namespace

VisionAreaItem::VisionAreaItem(
    VisionArea area, Content content, const QFont &font, qreal width, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_area(area)
    , m_content(std::move(content))
    , m_font(font)
    , m_width(width)
{
    const qreal pad = padding();
    qreal y = pad + QFontMetricsF(titleFont(font)).height() + 8;
    if (!m_content.warning.isEmpty())
        y += QFontMetricsF(font).height() + 6;
    if (m_content.empty) {
        QFont hint = font;
        hint.setItalic(true);
        y += VisionNoteItem::textHeight(m_content.hint, hint, width - 2 * pad) + 10;
    }
    if (area == VisionArea::TargetGroup) {
        const QFontMetricsF metrics(chipFont(font));
        const qreal h = metrics.height() + 8;
        qreal x = pad;
        auto place = [&](const QString &text) {
            const qreal w = std::min(metrics.horizontalAdvance(text) + 20, width - 2 * pad);
            if (x > pad && x + w > width - pad) {
                x = pad;
                y += h + 6;
            }
            const QRectF r(x, y, w, h);
            x += w + 6;
            return r;
        };
        for (const Persona &persona : m_content.personas)
            m_chips.append(place(persona.name));
        if (!m_content.addPersonaText.isEmpty()) // none on a slide or a read-only plan
            m_addPersonaRect = place(m_content.addPersonaText);
        y += h + 10;
    }
    m_notesTop = y;
    m_height = y + 60;
    setZValue(-1);
    setAcceptedMouseButtons(Qt::NoButton);
}

void VisionAreaItem::setHeight(qreal height)
{
    prepareGeometryChange();
    m_height = height;
}

void VisionAreaItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const bool vision = m_area == VisionArea::Vision;
    const ThemeColors &theme = Theme::colors();
    painter->setPen(QPen(theme.line, 1.2));
    painter->setBrush(vision ? theme.panelHighlight : theme.panelAlt);
    painter->drawRoundedRect(boundingRect().adjusted(0.6, 0.6, -0.6, -0.6), 8, 8);

    const qreal pad = padding();
    const QFont title = titleFont(m_font);
    const QFontMetricsF titleMetrics(title);
    painter->setFont(title);
    painter->setPen(Accent);
    const QString titleText = m_content.title.toUpper();
    painter->drawText(QPointF(pad, pad + titleMetrics.ascent()), titleText);
    qreal y = pad + titleMetrics.height() + 8;
    if (!m_content.warning.isEmpty()) {
        // Below the title, in full: the warning says what the template asks for.
        QFont warn = m_font;
        warn.setBold(true);
        painter->setFont(warn);
        painter->setPen(theme.hint);
        const QFontMetricsF metrics(warn);
        painter->drawText(QRectF(pad, y - 4, m_width - 2 * pad, metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
            metrics.elidedText(
                u"\u26a0 "_s + m_content.warning, Qt::ElideRight, m_width - 2 * pad));
        y += metrics.height() + 6;
    }
    if (m_content.empty) {
        QFont hint = m_font;
        hint.setItalic(true);
        painter->setFont(hint);
        painter->setPen(Muted);
        painter->drawText(QRectF(pad, y, m_width - 2 * pad, m_height - y),
            Qt::TextWordWrap | Qt::AlignTop | Qt::AlignLeft, m_content.hint);
    }
    const QFont chips = chipFont(m_font);
    painter->setFont(chips);
    for (int i = 0; i < m_chips.size(); ++i) {
        const Persona &persona = m_content.personas[i];
        const QColor fill = persona.color.isValid() ? persona.color : theme.personaChip;
        painter->setPen(QPen(fill.darker(125), 1));
        painter->setBrush(fill);
        painter->drawRoundedRect(m_chips[i], m_chips[i].height() / 2, m_chips[i].height() / 2);
        painter->setPen(Theme::textOn(fill));
        painter->drawText(m_chips[i], Qt::AlignCenter, persona.name);
    }
    if (!m_addPersonaRect.isEmpty()) {
        painter->setPen(QPen(Accent.color(), 1, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(
            m_addPersonaRect, m_addPersonaRect.height() / 2, m_addPersonaRect.height() / 2);
        painter->setPen(Accent);
        painter->drawText(m_addPersonaRect, Qt::AlignCenter, m_content.addPersonaText);
    }
}

} // namespace Valuemap
