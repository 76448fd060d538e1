#pragma once

#include "domain/entities.h"

#include <QFont>
#include <QGraphicsItem>

namespace Valuemap {

// A sticky note on the vision canvas. It only draws; the canvas lays it out, drags it and
// turns what the user did into Document edits.
class VisionNoteItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 101 };

    VisionNoteItem(
        const VisionNote &note, qreal width, const QFont &font, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    VisionNoteId id() const { return m_note.id; }
    VisionArea area() const { return m_note.area; }
    const VisionNote &note() const { return m_note; }
    qreal height() const { return m_height; }
    qreal width() const { return m_width; }

    // The dots of the vote on show, in the participants' colours, in a band below the text.
    // Returns whether the note's height changed (it got its first dot or lost its last), so that
    // the board lays the notes out again.
    bool setVoteDots(const QList<QColor> &dots);

    static qreal padding() { return 10; }
    static qreal textHeight(const QString &text, const QFont &font, qreal width);
    static QColor fillColor(const QColor &stored);

private:
    VisionNote m_note;
    qreal m_width = 0;
    qreal m_height = 0;
    QFont m_font;
    QList<QColor> m_voteDots;
};

} // namespace Valuemap
