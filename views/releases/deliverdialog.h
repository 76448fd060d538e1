#pragma once

#include "domain/ids.h"

#include <QDialog>

#include <optional>

class QDateEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace Valuemap {

class Document;

// "Deliver" a slice: the day it shipped, which of its stories shipped (the done ones ticked at
// first), a note and the customer feedback. Accepting records it all as one undoable
// Document::deliverRelease; a refusal is shown in the dialog, which then stays open.
class DeliverDialog final : public QDialog
{
    Q_OBJECT

public:
    DeliverDialog(Document *document, ReleaseId release, QWidget *parent = nullptr);

    ReleaseId release() const { return m_release; }
    QDate date() const;
    void setDate(const QDate &date);
    QList<StoryId> shipped() const;
    void setShipped(const QList<StoryId> &stories);
    void setNote(const QString &note);
    void setFeedback(const QString &feedback, std::optional<int> score = {});
    QString errorText() const;

    // What the Deliver button does: records the delivery; invalid (and the reason shown) on
    // failure.
    IncrementId deliver();
    IncrementId increment() const { return m_increment; }

public slots:
    void accept() override;

private:
    Document *m_document = nullptr;
    ReleaseId m_release;
    IncrementId m_increment;
    QDateEdit *m_date = nullptr;
    QListWidget *m_stories = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPlainTextEdit *m_feedback = nullptr;
    QSpinBox *m_score = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Valuemap
