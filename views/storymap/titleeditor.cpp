#include "storymap/titleeditor.h"

#include "storymap/storymapstyle.h"

#include <QKeyEvent>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace Valuemap {

TitleEditor::TitleEditor(const QString &text, const QRectF &area, QGraphicsItem *parent)
    : QGraphicsTextItem(text, parent), m_area(area)
{
    setTextInteractionFlags(Qt::TextEditorInteraction);
    setTextWidth(area.width() - 12);
    setPos(area.topLeft() + QPointF(6, 4));
    setZValue(1000);
    QFont font;
    font.setPointSizeF(9.5);
    setFont(font);
    setDefaultTextColor(StoryMapStyle::inkColor());
}

QRectF TitleEditor::boundingRect() const
{
    return QRectF(QPointF(-6, -4), m_area.size()).united(QGraphicsTextItem::boundingRect());
}

void TitleEditor::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    painter->setPen(QPen(StoryMapStyle::selectionColor(), 2));
    painter->setBrush(Theme::colors().editorPaper);
    painter->drawRoundedRect(boundingRect().adjusted(1, 1, -1, -1), 4, 4);
    QGraphicsTextItem::paint(painter, option, widget);
}

void TitleEditor::start()
{
    setFocus(Qt::OtherFocusReason);
    QTextCursor cursor(document());
    cursor.select(QTextCursor::Document);
    setTextCursor(cursor);
}

void TitleEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        finish(true);
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        finish(false);
        return;
    }
    QGraphicsTextItem::keyPressEvent(event);
}

void TitleEditor::focusOutEvent(QFocusEvent *event)
{
    QGraphicsTextItem::focusOutEvent(event);
    // A context menu or another window taking focus is not the user leaving the field.
    if (event->reason() != Qt::PopupFocusReason && event->reason() != Qt::ActiveWindowFocusReason)
        finish(true);
}

void TitleEditor::finish(bool commit)
{
    if (m_finished)
        return;
    m_finished = true;
    if (commit)
        emit committed(toPlainText());
    else
        emit cancelled();
}

} // namespace Valuemap
