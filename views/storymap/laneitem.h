#pragma once

#include "domain/ids.h"

#include <QColor>
#include <QGraphicsObject>
#include <QStringList>

namespace Valuemap {

// A release slice as a horizontal lane across the map, with its label in the left gutter:
// name, totals, a progress bar and, when the slice is not a working product, what it misses.
// The lane of the unplanned stories has an invalid release id.
class LaneItem final : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = UserType + 3 };
    // Below this level of detail, on screen, the header's text is drawn at one size on screen.
    static constexpr qreal SemanticLod = 0.7;

    explicit LaneItem(ReleaseId release, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    ReleaseId releaseId() const { return m_release; }
    QRectF boundingRect() const override;
    QRectF headerRect() const;
    // Only the label in the gutter is the lane's own: clicks elsewhere go to the cells.
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    struct Summary
    {
        QString name;
        QString totals; // "12 stories · 36 pts · 8 done"
        double progress = 0.0; // done share, 0..1
        QStringList warnings; // e.g. "Not a working product: no story for Sign up"
        bool delivered = false;
        bool collapsed = false;
    };
    void setSummary(const Summary &summary);
    const Summary &summary() const { return m_summary; }
    void setGeometry(qreal width, qreal height, bool shaded);
    bool shaded() const { return m_shaded; }
    // The colour the lane fills its band with (every other lane is shaded).
    QColor background() const;

    // The slice's name: on a projector as large as the activities, to be read from the back
    // of the room; the lines it takes there in a header of that size, the last one elided.
    static QFont nameFont(bool projector);
    static QStringList projectorNameLines(const QString &name, const QSizeF &area);

private:
    void paintFarOut(QPainter *painter, const QRectF &header) const;

    ReleaseId m_release;
    Summary m_summary;
    qreal m_width = 0;
    qreal m_height = 0;
    bool m_shaded = false;
};

} // namespace Valuemap
