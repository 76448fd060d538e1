// VotePanel: placing and taking back dots by click and key on the casting views.
#include "workshop/votepanel.h"

#include "storage/document.h"
#include "storymap/storycarditem.h"
#include "storymap/storymapscene.h"
#include "vision/visionnoteitem.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

bool isCastTarget(const QGraphicsItem *item)
{
    return item->type() == StoryCardItem::Type || item->type() == VisionNoteItem::Type;
}

} // namespace

bool VotePanel::castOn(QGraphicsItem *item, bool takeBack)
{
    if (!item)
        return false;
    if (item->type() == StoryCardItem::Type)
        return castOn(static_cast<StoryCardItem *>(item)->storyId(), {}, takeBack);
    if (item->type() == VisionNoteItem::Type)
        return castOn(StoryId(), static_cast<VisionNoteItem *>(item)->id(), takeBack);
    return false;
}

bool VotePanel::castOn(StoryId story, VisionNoteId note, bool takeBack)
{
    if (!isVoting())
        return false;
    const Vote vote = m_document->vote(m_vote);
    const VoteParticipant who = m_document->voteParticipant(m_participant);
    const bool onNotes = vote.subject == VoteSubject::VisionNotes;
    if (onNotes ? !note.isValid() : !story.isValid()) {
        say(onNotes ? tr("“%1” is a vote on vision notes: click the notes on the Vision tab.")
                          .arg(vote.title)
                    : tr("“%1” is a vote on stories: click the cards on the Story Map tab.")
                          .arg(vote.title));
        return false;
    }
    if (!takeBack && m_document->dotsLeft(m_participant) == 0) {
        say(tr("%1 has placed all %n dot(s). Shift+click or − takes one back.", "",
            vote.dotsPerParticipant)
                .arg(who.name));
        return false;
    }
    if (takeBack) {
        const QList<VoteDotId> dots
            = onNotes ? m_document->noteDots(note) : m_document->storyDots(story);
        const bool has = std::any_of(dots.begin(), dots.end(),
            [this](VoteDotId d) { return m_document->voteDot(d).participantId == m_participant; });
        if (!has) {
            say(tr("%1 has no dot here to take back.").arg(who.name));
            return false;
        }
    }
    const bool done = takeBack ? (onNotes ? m_document->withdrawDot(m_participant, note)
                                          : m_document->withdrawDot(m_participant, story))
                               : (onNotes ? m_document->castDot(m_participant, note)
                                          : m_document->castDot(m_participant, story))
                                     .isValid();
    if (!done)
        return false;
    const int left = m_document->dotsLeft(m_participant);
    QString text = tr("%1: %n dot(s) left.", "", left).arg(who.name);
    if (left == 0 && !takeBack) {
        // Hand over to the next one who still has dots, as the marker goes round the room.
        const QList<ParticipantId> all = m_document->voteParticipants(m_vote);
        const int at = int(all.indexOf(m_participant));
        for (int i = 1; i < all.size(); ++i) {
            const ParticipantId next = all[(at + i) % all.size()];
            if (m_document->dotsLeft(next) > 0) {
                text = tr("%1 has placed all dots. Next: %2.")
                           .arg(who.name, m_document->voteParticipant(next).name);
                m_participant = next;
                refreshParticipants();
                break;
            }
        }
        if (m_participant == who.id)
            text = tr("Everyone has placed all dots. End the vote to keep the result.");
    }
    say(text);
    return true;
}

QList<QGraphicsItem *> VotePanel::castTargets(QGraphicsView *view, QGraphicsItem *under) const
{
    QList<QGraphicsItem *> targets;
    if (under) {
        for (QGraphicsItem *item = under; item; item = item->parentItem()) {
            if (isCastTarget(item))
                return { item };
        }
        return {};
    }
    if (view->scene()) {
        for (QGraphicsItem *item : view->scene()->selectedItems()) {
            if (isCastTarget(item))
                targets.append(item);
        }
    }
    return targets;
}

bool VotePanel::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseButtonDblClick
        && type != QEvent::MouseButtonRelease && type != QEvent::KeyPress)
        return false;
    if (!isVoting())
        return false;
    QGraphicsView *view = nullptr;
    for (const QPointer<QGraphicsView> &v : std::as_const(m_views)) {
        if (v && (watched == v || watched == v->viewport()))
            view = v;
    }
    if (!view)
        return false;
    if (type == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            return false;
        // A title being typed in place keeps its keys.
        const QGraphicsItem *focus = view->scene() ? view->scene()->focusItem() : nullptr;
        if (focus && !isCastTarget(focus))
            return false;
        if (key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9) {
            const QList<ParticipantId> all = m_document->voteParticipants(m_vote);
            const int index = key->key() - Qt::Key_1;
            if (index < all.size())
                setCurrentParticipant(all[index]);
            return true;
        }
        const bool cast = key->key() == Qt::Key_Plus || key->key() == Qt::Key_Equal
            || key->key() == Qt::Key_Space;
        const bool takeBack = key->key() == Qt::Key_Minus;
        if (!cast && !takeBack)
            return false;
        // Ids first: a dot can make the board lay its notes out anew, items and all.
        QList<std::pair<StoryId, VisionNoteId>> targets;
        for (QGraphicsItem *item : castTargets(view, nullptr)) {
            if (item->type() == StoryCardItem::Type)
                targets.append({ static_cast<StoryCardItem *>(item)->storyId(), {} });
            else
                targets.append({ {}, static_cast<VisionNoteItem *>(item)->id() });
        }
        if (targets.isEmpty())
            say(tr("Select a card first, or click it."));
        for (const auto &[story, note] : targets)
            castOn(story, note, takeBack);
        return true;
    }
    auto *mouse = static_cast<QMouseEvent *>(event);
    if (watched != view->viewport() || mouse->button() != Qt::LeftButton
        || mouse->modifiers().testFlag(Qt::ControlModifier))
        return false;
    // Far out a map's cells paint their cards: the one clicked becomes an item to vote on.
    if (auto *map = qobject_cast<StoryMapScene *>(view->scene()))
        map->buildCards(QRectF(view->mapToScene(mouse->position().toPoint()), QSizeF(0.01, 0.01)));
    const QList<QGraphicsItem *> targets
        = castTargets(view, view->itemAt(mouse->position().toPoint()));
    if (targets.isEmpty())
        return false; // empty space: pan, rubber band and the like as usual
    if (type == QEvent::MouseButtonPress)
        castOn(targets.first(), mouse->modifiers().testFlag(Qt::ShiftModifier));
    return true; // no drag, no edit while voting
}

} // namespace Valuemap
