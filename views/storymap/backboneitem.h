#pragma once

#include <QGraphicsObject>

namespace Valuemap {

// An activity (a wide block over its steps) or a step of the backbone.
class BackboneItem final : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = UserType + 2 };
    enum Kind { Activity, Step };
    // Below this level of detail, on screen, titles are drawn at one size on screen.
    static constexpr qreal SemanticLod = 0.7;

    BackboneItem(Kind kind, qint64 id, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    Kind kind() const { return m_kind; }
    qint64 id() const { return m_id; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void setSize(const QSizeF &size);
    void setTitle(const QString &title);
    void setColor(const QColor &color);
    void setDetail(const QString &detail); // e.g. "12 stories" or "collapsed"
    const QString &title() const { return m_title; }
    const QString &detail() const { return m_detail; }
    const QColor &color() const { return m_color; }

private:
    Kind m_kind;
    qint64 m_id = 0;
    QSizeF m_size;
    QString m_title;
    QString m_detail;
    QColor m_color;
};

} // namespace Valuemap
