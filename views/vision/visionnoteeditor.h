#pragma once

#include <QPlainTextEdit>

namespace Valuemap {

// The in-place editor of a note: Enter commits (and, for a new note, opens the next one),
// Shift+Enter starts a new line, Escape cancels; leaving it commits.
class VisionNoteEditor final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit VisionNoteEditor(QWidget *parent = nullptr);

signals:
    void committed(const QString &text, bool next);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void finish(bool commit, bool next = false);
    bool m_finished = false;
};

} // namespace Valuemap
