#pragma once

#include "domain/entities.h"
#include "vision/visiontext.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;
class QPaintDevice;

namespace Valuemap {

class Document;

// The vision statement designed for paper: a title block (product, owner, version, date), the
// Vision across the top, the six areas below, their notes as coloured cards, and a footer.
// Text that does not fit an area is wrapped and set smaller (and, if need be, in more columns)
// until every word is on the page; nothing is ever clipped. PDF, print, preview and PNG all
// draw with this one class, so they agree.
class VisionRenderer final
{
public:
    struct Note
    {
        QString text;
        QColor color;
    };
    struct Board
    {
        Product product;
        QList<Note> notes[VisionAreaCount];
        QList<Persona> personas;
        int shortenedNotes = 0; // notes too long for any page, shown shortened (and reported)
    };
    // A note longer than this cannot be read on one page at any size; on paper it is cut here,
    // with a visible mark, and the export says so. The plan keeps the whole text.
    static constexpr int PaperNoteLength = 1200;
    // Likewise the title block's fields (product, owner, client, version): longer ones would
    // push the board off the page.
    static constexpr int PaperFieldLength = 150;

    static Board boardOf(const Document &document);

    explicit VisionRenderer(Board board);

    // Draws the whole page into pageRect (device pixels of the painter's device; the renderer
    // keeps its own margins, so pass the full paper).
    void paint(QPainter *painter, const QRectF &pageRect) const;

    // The font size (points) an area was set in by the last paint(); for tests.
    qreal areaFontSize(VisionArea area) const { return m_fontSizes[int(area)]; }
    // True when the last paint() could not fit some area even in the smallest type (its notes
    // then run past the area's edge rather than lose words).
    bool overflowed() const { return m_overflow; }

    // Characters of the plan that no installed font can draw (shown as U+FFFD); empty if none.
    QString missingCharacters() const;
    int shortenedNotes() const { return m_board.shortenedNotes; }

    // The PDF title: "Product – Product Vision Board".
    QString documentTitle() const;
    VisionText::Language language() const { return m_language; }
    const Board &board() const { return m_board; }

    static QColor defaultNoteColor();

    // Text for the right end of the footer instead of "Made with Valuemap" (the handout puts its
    // page numbers there).
    void setFooterNote(const QString &note) { m_footerNote = note; }

private:
    struct Fit;
    Fit layoutAt(VisionArea area, qreal width, qreal size, int columns, qreal unit,
        const QPaintDevice *device) const;
    Fit fitArea(VisionArea area, const QRectF &inner, qreal unit, const QPaintDevice *device) const;
    int maxColumns(VisionArea area, qreal width, qreal unit) const;
    qreal neededHeight(
        VisionArea area, qreal width, qreal scale, qreal unit, const QPaintDevice *device) const;
    QList<std::pair<QString, QString>> headerRows() const;
    void paintHeader(QPainter *painter, const QRectF &rect, qreal unit) const;
    void paintFooter(QPainter *painter, const QRectF &rect, qreal unit) const;
    void paintArea(QPainter *painter, VisionArea area, const QRectF &rect, qreal unit) const;

    Board m_board;
    VisionText::Language m_language = VisionText::Language::English;
    QString m_footerNote;
    mutable qreal m_fontSizes[VisionAreaCount] = {};
    mutable bool m_overflow = false;
};

} // namespace Valuemap
