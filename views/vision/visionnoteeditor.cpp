#include "vision/visionnoteeditor.h"

#include "widgets/theme.h"

#include <QKeyEvent>

namespace Valuemap {

VisionNoteEditor::VisionNoteEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("visionNoteEditor"));
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTabChangesFocus(true);
    Theme::followStyleSheet(this, [](const ThemeColors &t) {
        return QStringLiteral("QPlainTextEdit { background: %1; color: %2; "
                              "border: 2px solid %3; border-radius: 4px; }")
            .arg(t.editorPaper.name(), t.ink.name(), t.accent.name());
    });
}

void VisionNoteEditor::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        finish(true, true);
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        finish(false);
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void VisionNoteEditor::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    // A popup (e.g. the input method) is not leaving the editor.
    if (event->reason() != Qt::PopupFocusReason)
        finish(true);
}

void VisionNoteEditor::finish(bool commit, bool next)
{
    if (m_finished)
        return;
    m_finished = true;
    if (commit)
        emit committed(toPlainText(), next);
    else
        emit cancelled();
}

} // namespace Valuemap
