#pragma once

#include <QGraphicsTextItem>

namespace Valuemap {

// Edits a title in place, on the card (or step, activity, lane label) itself, so it scales
// with the zoom. Enter commits, Escape cancels, leaving the editor commits.
class TitleEditor final : public QGraphicsTextItem
{
    Q_OBJECT

public:
    enum { Type = UserType + 4 };

    TitleEditor(const QString &text, const QRectF &area, QGraphicsItem *parent = nullptr);
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    void start();

signals:
    void committed(const QString &text);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void finish(bool commit);

    QRectF m_area;
    bool m_finished = false;
};

} // namespace Valuemap
