#pragma once

#include "domain/entities.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Valuemap {

class Document;

// Starts a dot vote: a title, stories or vision notes, dots each, the participants' names one per
// line. What is wrong with the set-up is said in the dialog as it is typed, and Start stays off
// until it is right; Start makes the vote as one undoable Document::startVote.
class StartVoteDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit StartVoteDialog(Document *document, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setSubject(VoteSubject subject);
    void setDots(int dots);
    void setParticipants(const QStringList &names);
    QStringList participants() const; // the non-empty lines
    QString problem() const;

    // What Start does: the new vote, or invalid with the reason shown.
    VoteId start();
    VoteId startedVote() const { return m_vote; } // after accepted

private:
    void check();

    Document *m_document = nullptr;
    QLineEdit *m_title = nullptr;
    QButtonGroup *m_subject = nullptr;
    QSpinBox *m_dots = nullptr;
    QPlainTextEdit *m_names = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_start = nullptr;
    VoteId m_vote;
};

} // namespace Valuemap
