#pragma once

#include "domain/ids.h"
#include "storymap/cardpicture.h"

#include <QColor>
#include <QGraphicsObject>
#include <QStaticText>
#include <QStringList>

namespace Valuemap {

class Document;

// A story as a sticky note on the map. It keeps what it paints (title lines, chips) so that
// painting never goes back to the document, and it paints less text, not smaller text, when
// zoomed out.
class StoryCardItem final : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = UserType + 1 };
    // Below this level of detail a card is a compact block: colour, status, no text.
    static constexpr qreal CompactLod = 0.35;
    // On a projector cards stay readable further out.
    static qreal compactLod(bool projector) { return projector ? 0.2 : CompactLod; }

    explicit StoryCardItem(StoryId id, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    StoryId storyId() const { return m_id; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    // Paints the card as paint() does, on a projector or not (a cell paints its cards with a
    // card that is not in the scene: CellItem).
    void paintCard(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget, bool projector);
    // The block and its status band in `card` (the part of paintBlock without the sign).
    static void fillBlock(QPainter *painter, const QRectF &card, const QColor &color, int status, bool selected);
    // A card far out: a block of its colour (invalid: the theme's paper), its status band and, on
    // screen (a widget) where there is room, the status sign.
    static void paintBlock(QPainter *painter, const QColor &color, int status, bool selected, bool projector,
                           QWidget *widget);

    // Reads the story's fields from the document; call after it changed.
    void refresh(const Document &document);
    // Sets the tooltip (title, description, persona) unless it is set already; refresh clears it.
    void prepareToolTip(const Document &document);
    void setMatchesFilter(bool matches);
    bool matchesFilter() const { return m_matches; }
    const QString &title() const { return m_title; }

    // The status as a sign ("✓" done, "◐" in progress, "✕" blocked; nothing for to do).
    static const QStaticText &statusSign(int status);
    // Where the title goes close up (three lines), and on a projector or far out (the whole
    // card above the vote's dots, if any).
    static QRectF titleRect();
    static QRectF titleArea(bool voteDots);
    // The goal marker, in the chip row before the key and the status sign of that width.
    static QRectF goalMarkerRect(const QString &key, qreal signWidth);
    // On a projector every card's title has this one font; lines as they are painted there.
    static QFont projectorTitleFont();
    static QStringList projectorTitleLines(const QString &title, const QSizeF &area);
    // `text` wrapped into `area` in `font`, as many lines as fit, the last one ending in "…"
    // when the text goes on.
    static QStringList wrappedLines(const QString &text, const QFont &font, const QSizeF &area);

private:
    static void paintCompactSign(QPainter *painter, int status, const QColor &color, bool selected);

    StoryId m_id;
    QString m_title;
    QString m_key; // BT-42
    QList<QStaticText> m_lines; // the title laid out in at most three lines, the last elided
    QStringList m_projectorLines; // the title as laid out on a projector, once needed
    QColor m_color;
    int m_status = 0;
    QString m_estimate;
    QString m_persona;
    QColor m_personaColor;
    QStringList m_tags;
    bool m_hasGoal = false;
    QList<QColor> m_voteDots; // of the vote on show, in the participants' colours
    bool m_matches = true;
    CardPicture m_picture; // as the view last showed it
};

} // namespace Valuemap
