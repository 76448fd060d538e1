#pragma once

#include "domain/ids.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Valuemap {

class Document;

// The fields of one release slice: name, status, target date, capacity, outcome, goals, and
// what the working-product check says about it. Text commits when the field loses focus or
// Enter is pressed; lists commit at once; each commit is one undoable Document edit.
class SliceDetailsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SliceDetailsPanel(Document *document, QWidget *parent = nullptr);

    void setRelease(ReleaseId release);
    ReleaseId release() const { return m_release; }

    QLineEdit *nameEdit() const { return m_name; }
    QDateEdit *targetDateEdit() const { return m_targetDate; }
    QLineEdit *capacityEdit() const { return m_capacity; }
    QPlainTextEdit *outcomeEdit() const { return m_outcome; }
    QComboBox *statusBox() const { return m_status; }
    QListWidget *goalList() const { return m_goals; }
    QLabel *checkLabel() const { return m_check; }

    // Commits the editor's text to the document (as leaving the field does).
    void commit(QWidget *editor);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();

    Document *m_document = nullptr;
    ReleaseId m_release;
    bool m_refreshing = false;
    QLabel *m_placeholder = nullptr;
    QWidget *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_status = nullptr;
    QDateEdit *m_targetDate = nullptr;
    QLineEdit *m_capacity = nullptr;
    QPlainTextEdit *m_outcome = nullptr;
    QListWidget *m_goals = nullptr;
    QLabel *m_check = nullptr;
    QLabel *m_delivered = nullptr;
    QLabel *m_inputError = nullptr;
};

} // namespace Valuemap
