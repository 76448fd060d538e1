#pragma once

#include "domain/entities.h"

#include <QFont>
#include <QGraphicsItem>

namespace Valuemap {

// One area of the vision board: its title, the hint of what belongs there (while it is empty),
// the personas of the plan (Target group), and a warning when it holds too many notes.
class VisionAreaItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 102 };

    struct Content
    {
        QString title;
        QString hint;
        QString warning;
        QString addPersonaText; // Target group only
        QList<Persona> personas;
        bool empty = true;
    };

    VisionAreaItem(VisionArea area, Content content, const QFont &font, qreal width,
        QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return QRectF(0, 0, m_width, m_height); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    VisionArea area() const { return m_area; }
    const Content &content() const { return m_content; }
    // Where the notes begin, below the title, hint and persona chips (item coordinates).
    qreal notesTop() const { return m_notesTop; }
    void setHeight(qreal height);
    // The "+ Persona" chip of the Target group, in item coordinates (empty elsewhere).
    QRectF addPersonaRect() const { return m_addPersonaRect; }

    static qreal padding() { return 14; }

private:
    VisionArea m_area;
    Content m_content;
    QFont m_font;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_notesTop = 0;
    QList<QRectF> m_chips;
    QRectF m_addPersonaRect;
};

} // namespace Valuemap
