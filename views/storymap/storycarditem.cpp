#include "storymap/storycarditem.h"

#include "storage/document.h"
#include "storymap/storymapscene.h"
#include "storymap/storymapstyle.h"
#include "workshop/votedots.h"

#include <QFontMetricsF>
#include <algorithm>
#include <QHash>
#include <QLocale>
#include <QPaintEngine>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>
#include <QScopeGuard>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

QFont titleFont()
{
    QFont font;
    font.setPointSizeF(9.5);
    return font;
}

QFont chipFont()
{
    QFont font;
    font.setPointSizeF(7.5);
    return font;
}

QColor statusColor(int status)
{
    switch (static_cast<StoryStatus>(status)) {
    case StoryStatus::Todo:
        return Theme::colors().statusTodo;
    case StoryStatus::InProgress:
        return Theme::colors().statusInProgress;
    case StoryStatus::Done:
        return Theme::colors().statusDone;
    case StoryStatus::Blocked:
        return Theme::colors().statusBlocked;
    }
    return Theme::colors().statusTodo;
}

QStringList layoutTitle(const QString &title, qreal width, int maxLines)
{
    const QFont font = titleFont();
    QTextLayout layout(title, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            const QString rest = title.mid(line.textStart()).simplified();
            lines.append(QFontMetricsF(font).elidedText(rest, Qt::ElideRight, width));
            break;
        }
        lines.append(title.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

// Estimates repeat (1, 2, 3, 5, 8 …): each is formatted once, not once for each card, because
// formatting a number for the locale was a twentieth of opening a large plan.
QString estimateText(double estimate)
{
    static QLocale formattedFor;
    static QHash<double, QString> formatted;
    const QLocale locale;
    if (locale != formattedFor) {
        formatted.clear();
        formattedFor = locale;
    }
    auto it = formatted.constFind(estimate);
    if (it == formatted.constEnd())
        it = formatted.insert(estimate, locale.toString(estimate));
    return *it;
}

// The card's body: its shadow (when antialiased), the fill with its border, and the status band.
// On a projector the borders are heavier.
void drawBody(QPainter *painter, bool shadow, const QColor &color, int status, bool selected, bool projector)
{
    using namespace StoryMapStyle;
    const QRectF card(0, 0, CardWidth, CardHeight);
    if (shadow) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(Theme::colors().cardShadow);
        painter->drawRoundedRect(card.translated(1.5, 2.5), 4, 4);
    }
    painter->setBrush(color);
    painter->setPen(selected ? QPen(selectionColor(), projector ? 5 : 3)
                             : QPen(color.darker(projector ? 170 : 125), projector ? 2 : 1));
    painter->drawRoundedRect(card, 4, 4);
    // Status: a band on the left edge.
    painter->setPen(Qt::NoPen);
    painter->setBrush(statusColor(status));
    painter->drawRoundedRect(QRectF(0, 0, 6, CardHeight), 3, 3);
}

// On screen, the antialiased body is drawn once for each colour, status, selection and zoom,
// and then copied: its three rounded rectangles were half the cost of painting a card, and more
// under the clip of a partial repaint. Paper and SVG (no raster engine) get the vectors.
bool drawCachedBody(QPainter *painter, qreal lod, const QColor &color, int status, bool selected, bool projector)
{
    // Close up a body is a large pixmap (megabytes at 4×) that would crowd the cache out and
    // cost more to copy than to draw; the cache serves the zoom levels with many cards in view.
    if (lod <= 0.4 || !CardPicture::servesPainter(painter))
        return false;
    const QTransform &world = painter->worldTransform();
    const qreal dpr = painter->device()->devicePixelRatioF();
    const int zoom = qRound(world.m11() * dpr * 64);
    // In Qt's pixmap cache, which bounds its size and is gone with the application. The device
    // pixel ratio is part of the key: zoom 2 on a 1× screen and zoom 1 on a 2× screen make the
    // same number of pixels but not the same pixmap.
    const QString key = u"valuemap-card-"_s
            + QString::number(quint64(color.rgba()) << 32 | quint64(zoom) << 4 | (projector ? 8 : 0)
                                      | quint64(status & 3) << 1 | (selected ? 1 : 0), 16)
            + u'-' + QString::number(qRound(dpr * 100)) + (Theme::colors().dark ? u"-d"_s : u"-l"_s);
    QPixmap body;
    if (!QPixmapCache::find(key, &body)) {
        const qreal scale = zoom / 64.0;
        const QRectF bounds(-2, -2, StoryMapStyle::CardWidth + 6, StoryMapStyle::CardHeight + 6);
        QPixmap pixmap((bounds.size() * scale).toSize() + QSize(2, 2));
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(scale, scale);
        p.translate(-bounds.topLeft());
        drawBody(&p, true, color, status, selected, projector);
        p.end();
        pixmap.setDevicePixelRatio(dpr);
        QPixmapCache::insert(key, pixmap);
        body = pixmap;
    }
    const QPointF at = world.map(QPointF(-2, -2)) * dpr;
    CardPicture::copyAt(painter, QPointF(std::round(at.x()), std::round(at.y())), body);
    return true;
}

QString initials(const QString &name)
{
    QString out;
    for (const QString &part : name.split(u' ', Qt::SkipEmptyParts)) {
        out.append(part.at(0).toUpper());
        if (out.size() == 2)
            break;
    }
    return out;
}

} // namespace

StoryCardItem::StoryCardItem(StoryId id, QGraphicsItem *parent) : QGraphicsObject(parent), m_id(id)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(false);
    setCacheMode(NoCache);
}

QRectF StoryCardItem::boundingRect() const
{
    return QRectF(-2, -2, StoryMapStyle::CardWidth + 6, StoryMapStyle::CardHeight + 6);
}

void StoryCardItem::refresh(const Document &document)
{
    const PlanStore &store = document.store();
    const Row *row = store.row(Table::Story, m_id.value);
    if (!row)
        return;
    m_title = row->at(StoryCol::Title).toString();
    m_key = document.storyKey(m_id);
    m_picture.clear();
    m_lines.clear(); // laid out when first painted close enough to read: most cards never are
    m_projectorLines.clear(); // laid out when first painted on a projector
    const QString color = row->at(StoryCol::Color).toString();
    m_color = color.isEmpty() ? QColor() : QColor::fromString(color); // none: the theme's paper
    m_status = row->at(StoryCol::Status).toInt();
    const QVariant estimate = row->at(StoryCol::Estimate);
    m_estimate = estimate.isNull() ? QString() : estimateText(estimate.toDouble());
    const qint64 persona = row->at(StoryCol::PersonaId).toLongLong();
    m_persona = persona ? store.value(Table::Persona, persona, PersonaCol::Name).toString() : QString();
    const QString personaColor = persona ? store.value(Table::Persona, persona, PersonaCol::Color).toString() : QString();
    m_personaColor = personaColor.isEmpty() ? QColor() : QColor::fromString(personaColor);
    m_tags = document.storyTags(m_id);
    m_hasGoal = !store.group(Table::StoryGoal, StoryGoalCol::StoryId, m_id.value).isEmpty();
    m_voteDots = VoteDots::onStory(document, m_id);
    // The tooltip is built when one is asked for (prepareToolTip): most cards never are, and
    // building it for every card was a tenth of opening a large plan.
    if (!toolTip().isEmpty())
        setToolTip(QString());
    update();
}

void StoryCardItem::prepareToolTip(const Document &document)
{
    if (!toolTip().isEmpty())
        return;
    QString tip = u"<b>%1</b>"_s.arg(m_title.toHtmlEscaped());
    if (!m_key.isEmpty())
        tip += u" · "_s + m_key.toHtmlEscaped();
    const QString description = document.store().value(Table::Story, m_id.value, StoryCol::Description).toString();
    if (!description.isEmpty())
        tip += u"<br>"_s + description.toHtmlEscaped().replace(u'\n', u"<br>"_s);
    if (!m_persona.isEmpty())
        tip += u"<br><i>%1</i>"_s.arg(m_persona.toHtmlEscaped());
    setToolTip(tip);
}

void StoryCardItem::setMatchesFilter(bool matches)
{
    if (m_matches == matches)
        return;
    m_matches = matches;
    setOpacity(matches ? 1.0 : StoryMapStyle::FilteredOutOpacity);
}

QRectF StoryCardItem::titleRect()
{
    return QRectF(12, 6, StoryMapStyle::CardWidth - 16, QFontMetricsF(titleFont()).lineSpacing() * 3);
}

QRectF StoryCardItem::titleArea(bool voteDots)
{
    return QRectF(0, 0, StoryMapStyle::CardWidth, StoryMapStyle::CardHeight).adjusted(12, 6, -6, voteDots ? -48 : -6);
}

QRectF StoryCardItem::goalMarkerRect(const QString &key, qreal signWidth)
{
    using namespace StoryMapStyle;
    const QFontMetricsF chip(chipFont());
    const qreal signStart = CardWidth - 6 - (signWidth > 0 ? signWidth + 4 : 0.0);
    const qreal keyWidth = key.isEmpty() ? 0 : chip.horizontalAdvance(key) + 6;
    return QRectF(signStart - keyWidth - 15, CardHeight - 20 + 0.5, 14, 14);
}

QFont StoryCardItem::projectorTitleFont()
{
    QFont font = titleFont();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    return font;
}

QStringList StoryCardItem::projectorTitleLines(const QString &title, const QSizeF &area)
{
    return wrappedLines(title, projectorTitleFont(), area);
}

QStringList StoryCardItem::wrappedLines(const QString &title, const QFont &font, const QSizeF &area)
{
    const QFontMetricsF metrics(font);
    const int maxLines = std::max(1, int(area.height() / metrics.lineSpacing()));
    const QString text = title.simplified();
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(area.width());
        if (lines.size() == maxLines - 1 && line.textStart() + line.textLength() < text.size()) {
            QString last = metrics.elidedText(text.mid(line.textStart()), Qt::ElideRight, area.width());
            if (!last.endsWith(u'…'))
                last = metrics.elidedText(last + u'…', Qt::ElideRight, area.width());
            lines.append(last);
            break;
        }
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

// In progress, done, blocked as a sign at the end of the chip row; none for "to do". Static
// texts, shaped once (in the chip font), as the titles are.
const QStaticText &StoryCardItem::statusSign(int status)
{
    static const QList<QStaticText> signs = [] {
        QList<QStaticText> out;
        for (const QString &text : { QString(), u"◐"_s, u"✓"_s, u"✕"_s }) {
            QStaticText sign(text);
            sign.setTextFormat(Qt::PlainText);
            sign.prepare(QTransform(), chipFont());
            out.append(sign);
        }
        return out;
    }();
    static_assert(int(StoryStatus::InProgress) == 1 && int(StoryStatus::Done) == 2
                  && int(StoryStatus::Blocked) == 3);
    return signs.at(std::clamp(status, 0, int(signs.size()) - 1));
}

// The status sign of a compact card, at one size on screen, when the card has room for it.
void StoryCardItem::paintCompactSign(QPainter *painter, int status, const QColor &color, bool selected)
{
    const QString sign = statusSign(status).text();
    if (sign.isEmpty())
        return;
    const QRectF device = painter->worldTransform().mapRect(QRectF(0, 0, StoryMapStyle::CardWidth, StoryMapStyle::CardHeight));
    if (device.width() < 28 || device.height() < 18)
        return;
    // A colour the user chose stays; its text turns black or white to be read on it.
    const QColor ink = selected ? Theme::textOn(StoryMapStyle::selectionColor())
                                : color.isValid() ? Theme::textOn(color) : Theme::colors().cardText;
    painter->save();
    painter->resetTransform();
    QFont font;
    font.setPixelSize(11);
    painter->setFont(font);
    painter->setPen(ink);
    painter->drawText(device.adjusted(0, 1, -3, 0), Qt::AlignRight | Qt::AlignTop, sign);
    painter->restore();
}

void StoryCardItem::fillBlock(QPainter *painter, const QRectF &card, const QColor &color, int status, bool selected)
{
    using namespace StoryMapStyle;
    painter->fillRect(card, selected ? selectionColor() : color.isValid() ? color : defaultCardColor());
    painter->fillRect(QRectF(card.left(), card.bottom() - 18, card.width(), 18), statusColor(status));
}

void StoryCardItem::paintBlock(QPainter *painter, const QColor &color, int status, bool selected, bool projector,
                               QWidget *widget)
{
    using namespace StoryMapStyle;
    // Far out: the card is a few pixels, and text there would be noise; its colour and
    // status are what can be seen: a block, a status band, and the sign where there is room.
    fillBlock(painter, QRectF(0, 0, CardWidth, CardHeight), color, status, selected);
    if (widget && !projector) // on screen; paper keeps its plain blocks
        paintCompactSign(painter, status, color, selected);
}

void StoryCardItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const auto *map = static_cast<const StoryMapScene *>(scene());
    const bool projector = map && map->presentation();
    // On a view (a widget), a card close enough to show its text is copied from its picture.
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (widget && !projector && lod >= compactLod(false)
        && m_picture.draw(painter, boundingRect(), isSelected(),
                          [&](QPainter *p) { paintCard(p, option, nullptr, false); }))
        return;
    paintCard(painter, option, widget, projector);
}

void StoryCardItem::paintCard(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget, bool projector)
{
    using namespace StoryMapStyle;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool selected = isSelected();
    // A colour the user chose stays; its text turns black or white to be read on it.
    const QColor fill = m_color.isValid() ? m_color : defaultCardColor();
    const QColor ink = m_color.isValid() ? Theme::textOn(m_color) : Theme::colors().cardText;
    // A vote's dots go over whatever this zoom level draws, between the title and the chips.
    const auto dots = qScopeGuard([&] {
        VoteDots::paint(painter, QRectF(10, CardHeight - 46, CardWidth - 14, 22), m_voteDots, lod);
    });

    if (lod < compactLod(projector)) {
        paintBlock(painter, m_color, m_status, selected, projector, widget);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.4);
    if (!drawCachedBody(painter, lod, fill, m_status, selected, projector))
        drawBody(painter, lod > 0.4, fill, m_status, selected, projector);

    painter->setPen(ink);
    if (lod < (projector ? 1.3 : 0.55)) {
        // Zoomed out (or on a projector): the title big and bold, no chips.
        // Above the vote's dots, when there are any.
        const QRectF textRect = titleArea(!m_voteDots.isEmpty());
        if (projector) {
            // One size for every card on the slide (a title that shrank to fit read as less
            // important); what does not fit ends in "…". Laid out once per title and dots.
            if (m_projectorLines.isEmpty())
                m_projectorLines = projectorTitleLines(m_title, textRect.size());
            const QFont big = projectorTitleFont();
            const QFontMetricsF metrics(big);
            painter->setFont(big);
            qreal y = textRect.top();
            for (const QString &line : std::as_const(m_projectorLines)) {
                painter->drawText(QPointF(textRect.left(), y + metrics.ascent()), line);
                y += metrics.lineSpacing();
            }
            return;
        }
        QFont big = titleFont();
        big.setPointSizeF(big.pointSizeF() * 1.8);
        big.setBold(true);
        painter->setFont(big);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_title.left(40));
        return;
    }
    if (m_lines.isEmpty() && !m_title.isEmpty()) {
        // Static texts keep their shaped glyphs: drawText shaped every line in every frame,
        // a third of painting a card.
        for (const QString &line : layoutTitle(m_title, CardWidth - 16, 3)) {
            m_lines.append(QStaticText(line));
            m_lines.last().setTextFormat(Qt::PlainText);
        }
    }
    painter->setFont(titleFont());
    const QFontMetricsF metrics(titleFont());
    // Paper and SVG lay a static text out anew at every draw: they get the plain line.
    const bool raster = painter->paintEngine()->type() == QPaintEngine::Raster;
    qreal y = 6;
    for (const QStaticText &line : std::as_const(m_lines)) {
        if (raster)
            painter->drawStaticText(QPointF(12, y), line);
        else
            painter->drawText(QPointF(12, y + metrics.ascent()), line.text());
        y += metrics.lineSpacing();
    }

    // Bottom row: estimate, persona, tags, goal marker; at its end the status as a sign, so
    // the band's colour is not the only way to tell it.
    painter->setFont(chipFont());
    const QFontMetricsF chip(chipFont());
    qreal x = 12;
    const qreal chipY = CardHeight - 20;
    const QStaticText &sign = statusSign(m_status);
    const qreal signStart = CardWidth - 6 - (sign.text().isEmpty() ? 0.0 : sign.size().width() + 4);
    // The story key before the status sign, in the card's ink, a little faded.
    const qreal keyWidth = m_key.isEmpty() ? 0 : chip.horizontalAdvance(m_key) + 6;
    if (!m_key.isEmpty()) {
        QColor keyInk = ink;
        keyInk.setAlpha(170);
        painter->setPen(keyInk);
        painter->drawText(QPointF(signStart - keyWidth + 3, chipY + (15 - chip.height()) / 2 + chip.ascent()), m_key);
    }
    // The goal marker in the chip row, before the key: at the top it covered the title.
    const QRectF goal = goalMarkerRect(m_key, sign.text().isEmpty() ? 0 : sign.size().width());
    if (m_hasGoal) {
        // A small target: this story serves a customer goal.
        painter->setPen(QPen(warningColor(), 1.4));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(goal.center(), 6, 6);
        painter->setBrush(warningColor());
        painter->drawEllipse(goal.center(), 2, 2);
    }
    const qreal chipsEnd = signStart - keyWidth - (m_hasGoal ? goal.width() + 2 : 0);
    auto drawChip = [&](const QString &text, const QColor &fill, const QColor &ink) {
        const qreal w = chip.horizontalAdvance(text) + 10;
        if (x + w > chipsEnd)
            return false;
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(QRectF(x, chipY, w, 15), 7, 7);
        painter->setPen(ink);
        // Centred by hand: drawText into a rectangle runs a whole text layout for each chip.
        painter->drawText(QPointF(x + 5, chipY + (15 - chip.height()) / 2 + chip.ascent()), text);
        x += w + 4;
        return true;
    };
    if (!m_estimate.isEmpty())
        drawChip(m_estimate, Theme::colors().chip, Theme::colors().chipText);
    if (!m_persona.isEmpty()) {
        const QColor persona = m_personaColor.isValid() ? m_personaColor : Theme::colors().personaChip;
        drawChip(initials(m_persona), persona, Theme::textOn(persona));
    }
    QColor tagFill = ink; // a tint of the card's own ink reads on any card colour
    tagFill.setAlpha(28);
    for (const QString &tag : m_tags) {
        if (!drawChip(tag, tagFill, ink))
            break;
    }
    if (!sign.text().isEmpty()) {
        painter->setPen(mutedInk());
        const QPointF at(CardWidth - 6 - sign.size().width(), chipY + (15 - sign.size().height()) / 2);
        if (raster)
            painter->drawStaticText(at, sign);
        else
            painter->drawText(at + QPointF(0, chip.ascent()), sign.text());
    }
}

} // namespace Valuemap
