#include "export/visionrenderer.h"

#include "widgets/theme.h"
#include "export/papertext.h"

#include "storage/document.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

using PaperText::Accent;
using PaperText::Ink;
using PaperText::Muted;
constexpr ThemeRole AreaFill { &ThemeColors::panelAlt, true };
constexpr ThemeRole VisionFill { &ThemeColors::panelHighlight, true };
constexpr ThemeRole AreaBorder = PaperText::Border;

// Sizes in points; the unit converts them to the device's pixels.
constexpr qreal Margin = 30;
constexpr qreal Gap = 8;
constexpr qreal AreaPadding = 7;
constexpr qreal NoteBase = 9;
constexpr qreal VisionNoteBase = 12;
constexpr qreal SmallestFont = 5; // below this, smaller steps

void card(QPainter *painter, const QRectF &rect, const QColor &fill, qreal unit)
{
    const qreal radius = 2.5 * unit;
    painter->setPen(Qt::NoPen);
    painter->setBrush(Theme::paper().cardShadow);
    painter->drawRoundedRect(rect.translated(0.6 * unit, 0.9 * unit), radius, radius);
    painter->setBrush(fill);
    painter->setPen(QPen(fill.darker(118), 0.5 * unit));
    painter->drawRoundedRect(rect, radius, radius);
}

} // namespace

struct VisionRenderer::Fit
{
    qreal fontSize = NoteBase;
    qreal used = 0;
    QList<QRectF> notes; // relative to the area's inner top-left
    QList<QRectF> personas; // likewise
    bool fits = false;
};

VisionRenderer::Board VisionRenderer::boardOf(const Document &document)
{
    Board board;
    board.product = document.product();
    for (QString *field : { &board.product.name, &board.product.owner, &board.product.client,
             &board.product.version })
        *field = PaperText::bounded(*field, PaperFieldLength);
    for (VisionArea area : VisionText::areas()) {
        for (VisionNoteId id : document.visionNotes(area)) {
            const VisionNote note = document.visionNote(id);
            board.notes[int(area)].append(
                { PaperText::bounded(note.text, PaperNoteLength, &board.shortenedNotes),
                    note.color });
        }
    }
    for (PersonaId id : document.personas())
        board.personas.append(document.persona(id));
    return board;
}

VisionRenderer::VisionRenderer(Board board)
    : m_board(std::move(board))
    , m_language(VisionText::languageOf(m_board.product))
{ }

QColor VisionRenderer::defaultNoteColor()
{
    return Theme::colors().cardPaper; // the screen's, or paper's inside paint()
}

QString VisionRenderer::missingCharacters() const
{
    QString missing;
    auto scan = [&missing](const QString &text) { PaperText::collectMissing(text, &missing); };
    scan(m_board.product.name);
    scan(m_board.product.owner);
    scan(m_board.product.client);
    scan(m_board.product.version);
    for (const QList<Note> &notes : m_board.notes) {
        for (const Note &note : notes)
            scan(note.text);
    }
    for (const Persona &persona : m_board.personas)
        scan(persona.name);
    return missing;
}

QString VisionRenderer::documentTitle() const
{
    const QString name = m_board.product.name.isEmpty()
        ? VisionText::label(VisionText::Label::Untitled, m_language)
        : m_board.product.name;
    return name + u" – "_s + VisionText::label(VisionText::Label::VisionBoard, m_language);
}

VisionRenderer::Fit VisionRenderer::layoutAt(VisionArea area, qreal width, qreal size, int columns,
    qreal unit, const QPaintDevice *device) const
{
    const QList<Note> &notes = m_board.notes[int(area)];
    const qreal pad = size * 0.55 * unit;
    const qreal gap = size * 0.5 * unit;
    const QFont font = PaperText::font(size, device);
    Fit fit;
    fit.fontSize = size;
    // The personas of the plan, as a row (or rows) of chips above the notes.
    qreal top = 0;
    if (area == VisionArea::TargetGroup && !m_board.personas.isEmpty()) {
        const QFont chipFont = PaperText::font(size * 0.85, device, true);
        const qreal chipHeight = QFontMetricsF(chipFont, device).height() + pad;
        qreal x = 0;
        for (const Persona &persona : m_board.personas) {
            const qreal w = std::min(PaperText::width(persona.name, chipFont, device) + 2 * pad, width);
            if (x > 0 && x + w > width) {
                x = 0;
                top += chipHeight + gap * 0.6;
            }
            fit.personas.append(QRectF(x, top, w, chipHeight));
            x += w + gap * 0.6;
        }
        top += chipHeight + gap;
    }
    const qreal columnWidth = (width - (columns - 1) * gap) / columns;
    QList<qreal> bottoms(columns, top);
    // Each note goes into the shortest column, in rank order, like cards on a wall.
    for (const Note &note : notes) {
        const int c = int(std::min_element(bottoms.begin(), bottoms.end()) - bottoms.begin());
        const qreal h = PaperText::height(note.text, font, columnWidth - 2 * pad, device) + 2 * pad;
        fit.notes.append(QRectF(c * (columnWidth + gap), bottoms[c], columnWidth, h));
        bottoms[c] += h + gap;
    }
    fit.used = *std::max_element(bottoms.begin(), bottoms.end()) - (notes.isEmpty() ? 0 : gap);
    return fit;
}

int VisionRenderer::maxColumns(VisionArea area, qreal width, qreal unit) const
{
    // Columns no narrower than about 55 pt, at most three in the Vision and four elsewhere.
    const int most = area == VisionArea::Vision ? 3 : 4;
    return std::clamp(int(width / (55 * unit)), 1, most);
}

qreal VisionRenderer::neededHeight(
    VisionArea area, qreal width, qreal scale, qreal unit, const QPaintDevice *device) const
{
    const qreal pad = AreaPadding * unit;
    const qreal inner = width - 2 * pad;
    const QFont titleFont = PaperText::font(area == VisionArea::Vision ? 11 : 9.5, device, true);
    const qreal chrome = pad * 1.8 + 4 * unit
        + PaperText::height(VisionText::areaTitle(area, m_language).toUpper(), titleFont, inner, device);
    if (m_board.notes[int(area)].isEmpty()
        && !(area == VisionArea::TargetGroup && !m_board.personas.isEmpty()))
        return chrome
            + PaperText::height(VisionText::areaHint(area, m_language), PaperText::font(8, device, false, true),
                inner, device);
    const qreal size = (area == VisionArea::Vision ? VisionNoteBase : NoteBase) * scale;
    qreal best = -1;
    for (int columns = 1; columns <= maxColumns(area, inner, unit); ++columns) {
        const qreal used = layoutAt(area, inner, size, columns, unit, device).used;
        best = best < 0 ? used : std::min(best, used);
    }
    return chrome + best;
}

VisionRenderer::Fit VisionRenderer::fitArea(
    VisionArea area, const QRectF &inner, qreal unit, const QPaintDevice *device) const
{
    const qreal base = area == VisionArea::Vision ? VisionNoteBase : NoteBase;
    const int most = maxColumns(area, inner.width(), unit);
    Fit fit;
    // The largest type that fits, in as few columns as possible; then smaller still (the words
    // stay real, selectable text) rather than ever cutting a note off.
    for (qreal size = base; size > 0.4; size -= (size > SmallestFont ? 0.5 : 0.25)) {
        for (int columns = 1; columns <= most; ++columns) {
            fit = layoutAt(area, inner.width(), size, columns, unit, device);
            if (fit.used <= inner.height()) {
                fit.fits = true;
                return fit;
            }
        }
    }
    return fit;
}

void VisionRenderer::paint(QPainter *painter, const QRectF &pageRect) const
{
    const QPaintDevice *device = painter->device();
    const qreal unit = device->logicalDpiY() / 72.0;
    m_overflow = false;
    const Theme::PaperScope paper; // the screen's notes share this renderer's default colour
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(pageRect, Theme::paper().page);

    const QRectF content = pageRect.adjusted(
        Margin * unit, Margin * unit * 0.8, -Margin * unit, -Margin * unit * 0.7);
    // Title block.
    const QFont nameFont = PaperText::font(17, device, true);
    const Product &product = m_board.product;
    // The label/value rows on the right, as paintHeader() sets them (values wrap).
    const qreal valueWidth = content.width() * (1 - 0.62) - (16 + 62) * unit;
    qreal metaHeight = 0;
    for (const auto &row : headerRows())
        metaHeight += PaperText::height(row.second, PaperText::font(8.5, device, true), valueWidth,
                          device)
            + 1.5 * unit;
    const qreal headerHeight = std::max(
        { 46 * unit, PaperText::height(product.name, nameFont, content.width() * 0.62, device) + 16 * unit,
            metaHeight + 6 * unit });
    const QRectF header(content.left(), content.top(), content.width(), headerHeight);
    paintHeader(painter, header, unit);

    const QFont footerFont = PaperText::font(7, device);
    const qreal footerHeight = QFontMetricsF(footerFont, device).height() + 6 * unit;
    const QRectF footer(
        content.left(), content.bottom() - footerHeight, content.width(), footerHeight);
    paintFooter(painter, footer, unit);

    const qreal gap = Gap * unit;
    const QRectF body(content.left(), header.bottom() + gap, content.width(),
        footer.top() - header.bottom() - 2 * gap);
    static const VisionArea grid[6]
        = { VisionArea::TargetGroup, VisionArea::Needs, VisionArea::TopFeatures,
              VisionArea::BusinessModel, VisionArea::Competition, VisionArea::Differentiation };
    const qreal columnWidth = (body.width() - 2 * gap) / 3;
    // Heights follow what the three bands (the Vision, the two rows) need. First the largest
    // common type scale at which all fit the page; if that is small because one band is crowded,
    // the others keep a readable size and the crowded band alone is set smaller.
    const qreal available = body.height() - 2 * gap;
    auto bandNeed = [&](int band, qreal scale) {
        if (band == 0)
            return neededHeight(VisionArea::Vision, body.width(), scale, unit, device);
        qreal most = 0;
        for (int i = (band - 1) * 3; i < band * 3; ++i)
            most = std::max(most, neededHeight(grid[i], columnWidth, scale, unit, device));
        return most;
    };
    qreal heights[3] = {};
    qreal scale = 1.0;
    for (; scale > 0.05; scale -= (scale > 0.5 ? 0.05 : 0.025)) {
        for (int b = 0; b < 3; ++b)
            heights[b] = bandNeed(b, scale);
        if (heights[0] + heights[1] + heights[2] <= available)
            break;
    }
    if (scale < 0.8) {
        // Let the most crowded band shrink a little further (to three quarters of the common
        // scale), and give what that frees to the others, as far as it brings them back up.
        const qreal full[3] = { bandNeed(0, 1.0), bandNeed(1, 1.0), bandNeed(2, 1.0) };
        const int crowded = int(std::max_element(full, full + 3) - full);
        const qreal floor = bandNeed(crowded, scale * 0.75);
        for (qreal t = 1.0; t > scale; t -= 0.05) {
            qreal others[3] = {};
            qreal sum = 0;
            for (int b = 0; b < 3; ++b) {
                if (b != crowded)
                    sum += others[b] = std::min(full[b], bandNeed(b, t));
            }
            if (sum + floor <= available) {
                for (int b = 0; b < 3; ++b)
                    heights[b] = b == crowded ? available - sum : others[b];
                break;
            }
        }
    }
    // Spare room goes to the rows of notes; the Vision keeps at least a seventh of the page.
    const qreal spare = std::max<qreal>(0, available - heights[0] - heights[1] - heights[2]);
    const qreal visionHeight
        = std::max(heights[0], std::min(heights[0] + spare / 3, available * 0.14));
    const qreal share = (available - visionHeight - heights[1] - heights[2]) / 2;
    const qreal rows[2] = { heights[1] + share, heights[2] + share };
    const QRectF visionRect(body.left(), body.top(), body.width(), visionHeight);
    paintArea(painter, VisionArea::Vision, visionRect, unit);

    for (int i = 0; i < 6; ++i) {
        const int row = i / 3;
        const int col = i % 3;
        const QRectF rect(body.left() + col * (columnWidth + gap),
            visionRect.bottom() + gap + (row == 0 ? 0 : rows[0] + gap), columnWidth, rows[row]);
        paintArea(painter, grid[i], rect, unit);
    }
    painter->restore();
}

QList<std::pair<QString, QString>> VisionRenderer::headerRows() const
{
    const Product &product = m_board.product;
    QList<std::pair<QString, QString>> rows;
    using L = VisionText::Label;
    if (!product.owner.isEmpty())
        rows.append({ VisionText::label(L::Owner, m_language), product.owner });
    if (!product.client.isEmpty())
        rows.append({ VisionText::label(L::Client, m_language), product.client });
    if (!product.version.isEmpty())
        rows.append({ VisionText::label(L::Version, m_language), product.version });
    if (product.visionDate.isValid())
        rows.append({ VisionText::label(L::Date, m_language),
            VisionText::date(product.visionDate, m_language) });
    return rows;
}

void VisionRenderer::paintHeader(QPainter *painter, const QRectF &rect, qreal unit) const
{
    const QPaintDevice *device = painter->device();
    const Product &product = m_board.product;
    const QString name = product.name.isEmpty()
        ? VisionText::label(VisionText::Label::Untitled, m_language)
        : product.name;
    const qreal leftWidth = rect.width() * 0.62;
    const QFont kicker = PaperText::font(7.5, device, true);
    const qreal kickerHeight
        = PaperText::draw(painter, VisionText::label(VisionText::Label::VisionBoard, m_language).toUpper(),
            kicker, rect.topLeft(), leftWidth, Accent);
    PaperText::draw(painter, name, PaperText::font(17, device, true),
        rect.topLeft() + QPointF(0, kickerHeight + 2 * unit), leftWidth, Ink);

    // Owner, version, date (and client) as a small label/value table on the right.
    const QList<std::pair<QString, QString>> rows = headerRows();
    const QFont labelFont = PaperText::font(7, device);
    const QFont valueFont = PaperText::font(8.5, device, true);
    const qreal labelWidth = 62 * unit;
    const qreal x = rect.left() + leftWidth + 16 * unit;
    const qreal valueWidth = rect.right() - x - labelWidth;
    qreal y = rect.top();
    for (const auto &[label, value] : rows) {
        PaperText::draw(painter, label, labelFont, QPointF(x, y + 1.2 * unit), labelWidth, Muted);
        y += PaperText::draw(painter, value, valueFont, QPointF(x + labelWidth, y), valueWidth, Ink)
            + 1.5 * unit;
    }
    painter->setPen(QPen(Accent.color(), 1.6 * unit));
    painter->drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()));
}

void VisionRenderer::paintFooter(QPainter *painter, const QRectF &rect, qreal unit) const
{
    const QPaintDevice *device = painter->device();
    const QFont font = PaperText::font(7, device);
    painter->setPen(QPen(AreaBorder.color(), 0.6 * unit));
    painter->drawLine(QPointF(rect.left(), rect.top()), QPointF(rect.right(), rect.top()));
    QString left = documentTitle();
    if (!m_board.product.version.isEmpty())
        left += u" · "_s + VisionText::label(VisionText::Label::Version, m_language) + u' '
            + m_board.product.version;
    const QString right = m_footerNote.isEmpty()
        ? VisionText::label(VisionText::Label::Footer, m_language)
        : m_footerNote;
    const qreal rightWidth = PaperText::width(right, font, device) + 2 * unit;
    const qreal y = rect.top() + 4 * unit;
    PaperText::draw(
        painter, left, font, QPointF(rect.left(), y), rect.width() - rightWidth - 12 * unit, Muted);
    PaperText::draw(painter, right, font, QPointF(rect.right() - rightWidth, y), rightWidth, Muted);
}

void VisionRenderer::paintArea(
    QPainter *painter, VisionArea area, const QRectF &rect, qreal unit) const
{
    const QPaintDevice *device = painter->device();
    const bool vision = area == VisionArea::Vision;
    painter->setPen(QPen(AreaBorder.color(), 0.8 * unit));
    painter->setBrush((vision ? VisionFill : AreaFill).color());
    painter->drawRoundedRect(rect, 4 * unit, 4 * unit);

    const qreal pad = AreaPadding * unit;
    const QFont titleFont = PaperText::font(vision ? 11 : 9.5, device, true);
    const qreal titleHeight = PaperText::draw(painter, VisionText::areaTitle(area, m_language).toUpper(),
        titleFont, rect.topLeft() + QPointF(pad, pad * 0.8), rect.width() - 2 * pad, Accent);
    const QRectF inner = QRectF(rect.left() + pad, rect.top() + pad * 0.8 + titleHeight + 4 * unit,
        rect.width() - 2 * pad, 0);
    const QRectF innerRect(inner.topLeft(), QPointF(rect.right() - pad, rect.bottom() - pad));

    const QList<Note> &notes = m_board.notes[int(area)];
    if (notes.isEmpty() && !(area == VisionArea::TargetGroup && !m_board.personas.isEmpty())) {
        PaperText::draw(painter, VisionText::areaHint(area, m_language), PaperText::font(8, device, false, true),
            innerRect.topLeft(), innerRect.width(), Muted);
        m_fontSizes[int(area)] = 0;
        return;
    }
    const Fit fit = fitArea(area, innerRect, unit, device);
    m_fontSizes[int(area)] = fit.fontSize;
    if (!fit.fits)
        m_overflow = true;
    const QFont font = PaperText::font(fit.fontSize, device);
    const qreal notePad = fit.fontSize * 0.55 * unit;

    const QFont chipFont = PaperText::font(fit.fontSize * 0.85, device, true);
    for (int i = 0; i < fit.personas.size(); ++i) {
        const Persona &persona = m_board.personas[i];
        const QRectF chip = fit.personas[i].translated(innerRect.topLeft());
        const QColor fill = persona.color.isValid() ? persona.color : Theme::paper().personaChip;
        painter->setPen(QPen(fill.darker(125), 0.5 * unit));
        painter->setBrush(fill);
        painter->drawRoundedRect(chip, chip.height() / 2, chip.height() / 2);
        PaperText::draw(painter, persona.name, chipFont, chip.topLeft() + QPointF(notePad, notePad / 2),
            chip.width() - 2 * notePad + 1 * unit, Ink);
    }
    for (int i = 0; i < notes.size(); ++i) {
        const QRectF r = fit.notes[i].translated(innerRect.topLeft());
        card(painter, r, notes[i].color.isValid() ? notes[i].color : defaultNoteColor(), unit);
        PaperText::draw(painter, notes[i].text, font, r.topLeft() + QPointF(notePad, notePad),
            r.width() - 2 * notePad, Ink);
    }
}

} // namespace Valuemap
