#pragma once

#include "domain/ids.h"
#include "storage/changeset.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Valuemap {

class Document;

// Every field of one story, editable. Text fields commit when they lose focus or Enter is
// pressed; lists commit at once. Each commit is one undoable Document edit, and the panel
// follows the document (undo, edits elsewhere) through Document::changed.
class StoryDetailsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit StoryDetailsPanel(Document *document, QWidget *parent = nullptr);

    void setStory(StoryId id);
    StoryId story() const { return m_story; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void followWritable(); // the fields editable or not, as the plan is
    void onChanged(const ChangeSet &changes);
    void commitText(QWidget *editor);

    Document *m_document = nullptr;
    StoryId m_story;
    bool m_refreshing = false;
    QLabel *m_placeholder = nullptr;
    QWidget *m_form = nullptr;
    QLabel *m_key = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QPlainTextEdit *m_acceptance = nullptr;
    QLineEdit *m_estimate = nullptr;
    QLineEdit *m_value = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_release = nullptr;
    QComboBox *m_persona = nullptr;
    QComboBox *m_color = nullptr;
    QLineEdit *m_tags = nullptr;
    QListWidget *m_goals = nullptr;
};

} // namespace Valuemap
