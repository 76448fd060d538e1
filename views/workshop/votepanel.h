#pragma once

#include "domain/entities.h"
#include "storage/changeset.h"

#include <QDockWidget>
#include <QPointer>

class QComboBox;
class QGraphicsItem;
class QGraphicsView;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace Valuemap {

class Document;
class StartVoteDialog;

// The dot vote panel for workshops: which vote (start a new one), who is voting now and how many
// dots each has left, the result by votes with "Apply as Business Value" and "Order by Votes",
// and End / Reopen / Discard. While it is open the vote's dots show on the cards and notes;
// while the vote is open, a click on a card or note in a casting view places a dot for the
// current participant (Shift+click takes one back), and so do + or Space (− takes back) on the
// selected ones; the keys 1–9 choose the participant.
class VotePanel final : public QDockWidget
{
    Q_OBJECT

public:
    explicit VotePanel(QWidget *parent = nullptr);

    void setDocument(Document *document);
    // A map or board whose clicks and keys cast dots while voting.
    void addCastingView(QGraphicsView *view);

    VoteId currentVote() const { return m_vote; }
    void setCurrentVote(VoteId vote);
    ParticipantId currentParticipant() const { return m_participant; }
    void setCurrentParticipant(ParticipantId participant);
    // Whether clicks and keys cast dots now.
    bool isVoting() const;
    QString statusText() const;
    QTreeWidget *resultsList() const { return m_results; }
    QListWidget *participantsList() const { return m_participants; }

    // Opens the dialog that starts a vote (window-modal); the new vote becomes the current one.
    StartVoteDialog *openStartDialog();
    // Places (or takes back) a dot of the current participant on a story card or vision note
    // item; says in the panel why not when it cannot.
    bool castOn(QGraphicsItem *item, bool takeBack = false);
    bool castOn(StoryId story, VisionNoteId note, bool takeBack = false);
    void applyAsBusinessValue(int scaleMax);
    void applyAsOrder();
    void toggleEnded();
    void discard();

signals:
    // The screen ("map" or "vision") where the current vote's dots are cast.
    void screenWanted(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onChanged(const ChangeSet &changes);
    void refresh();
    void refreshParticipants();
    void refreshResults();
    void updateShownVote();
    void say(const QString &text);
    void addParticipant();
    void renameParticipant();
    void removeParticipant();
    QList<QGraphicsItem *> castTargets(QGraphicsView *view, QGraphicsItem *under) const;
    QString itemTitle(const VoteResult &result) const;

    QPointer<Document> m_document;
    QList<QPointer<QGraphicsView>> m_views;
    VoteId m_vote;
    ParticipantId m_participant;

    QComboBox *m_voteChoice = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_end = nullptr;
    QPushButton *m_discard = nullptr;
    QListWidget *m_participants = nullptr;
    QPushButton *m_addParticipant = nullptr;
    QPushButton *m_renameParticipant = nullptr;
    QPushButton *m_removeParticipant = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_results = nullptr;
    QPushButton *m_applyValue = nullptr;
    QPushButton *m_applyOrder = nullptr;
    QWidget *m_body = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace Valuemap
