#include "releases/boardview.h"
#include "widgets/arrowkeys.h"

#include "releases/boarditems.h"
#include "releases/boardscene.h"
#include "storage/document.h"
#include "storymap/titleeditor.h"

#include <QKeyEvent>

namespace Valuemap {

BoardView::BoardView(Document *document, ReleaseBoardScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_document(document)
    , m_scene(scene)
{
    setFocusPolicy(Qt::StrongFocus);
    connect(m_scene, &ReleaseBoardScene::rebuilt, this, &BoardView::afterRebuild);
    // A click makes the clicked card the keyboard's current one too.
    connect(m_scene, &QGraphicsScene::focusItemChanged, this, [this](QGraphicsItem *item) {
        if (item && item->type() == BoardCardItem::Type)
            m_current = static_cast<BoardCardItem *>(item)->storyId();
    });
}

void BoardView::afterRebuild()
{
    // The scene made new items: the current card gets the focus again, if it is still shown.
    if (BoardCardItem *card = m_scene->card(m_current))
        card->setFocus(Qt::OtherFocusReason);
}

void BoardView::setCurrentStory(StoryId story, bool extendSelection)
{
    BoardCardItem *card = m_scene->card(story);
    if (!card)
        return;
    m_current = story;
    if (!extendSelection)
        m_scene->clearSelection();
    card->setSelected(true);
    card->setFocus(Qt::OtherFocusReason);
    ensureVisible(card, 24, 24);
}

QList<StoryId> BoardView::storiesToMove() const
{
    QList<StoryId> stories = m_scene->selectedStories();
    if (stories.isEmpty() && m_scene->card(m_current))
        stories.append(m_current);
    return stories;
}

void BoardView::editCurrentTitle()
{
    BoardCardItem *card = m_scene->card(m_current);
    if (!card || m_document->isReadOnly())
        return;
    if (m_editor)
        m_editor->clearFocus(); // commits
    auto *editor = new TitleEditor(card->story().title, card->sceneBoundingRect().adjusted(2, 2, -4, -4));
    m_scene->addItem(editor);
    m_editor = editor;
    const StoryId story = m_current;
    // The edit rebuilds the board, which would delete an editor still in the scene.
    auto finish = [this, editor] {
        m_scene->removeItem(editor);
        editor->deleteLater();
        m_editor = nullptr;
        setFocus();
    };
    connect(editor, &TitleEditor::committed, this, [this, finish, story](const QString &text) {
        finish();
        const QString title = text.trimmed();
        if (!title.isEmpty() && title != m_document->story(story).title)
            m_document->setStoryField(story, StoryField::Title, title);
        setCurrentStory(story);
    });
    connect(editor, &TitleEditor::cancelled, this, [this, finish, story] {
        finish();
        setCurrentStory(story);
    });
    editor->start();
}

void BoardView::keyPressEvent(QKeyEvent *event)
{
    if (m_editor) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const QPoint arrow = arrowStep(event->key());
    const int dx = arrow.x();
    const int dy = arrow.y();
    if (arrow.isNull()) {
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_F2:
            if (m_scene->card(m_current))
                editCurrentTitle();
            else if (m_scene->currentRelease().isValid())
                emit m_scene->editRequested(m_scene->currentRelease());
            return;
        case Qt::Key_Space:
            if (BoardCardItem *card = m_scene->card(m_current)) {
                card->setSelected(!card->isSelected());
                card->setFocus(Qt::OtherFocusReason);
            }
            return;
        case Qt::Key_Delete:
            if (!m_document->isReadOnly()) {
                const QList<StoryId> stories = storiesToMove();
                if (stories.isEmpty())
                    return;
                // The neighbour of the last deleted card keeps the keyboard going.
                StoryId next = m_scene->neighbour(stories.last(), 0, 1);
                if (!next.isValid() || stories.contains(next))
                    next = m_scene->neighbour(stories.first(), 0, -1);
                m_document->deleteStories(stories);
                if (next.isValid() && !stories.contains(next))
                    setCurrentStory(next);
            }
            return;
        case Qt::Key_Escape:
            m_scene->clearSelection();
            return;
        default:
            QGraphicsView::keyPressEvent(event);
            return;
        }
    }
    if (mods == Qt::ControlModifier) {
        const QList<StoryId> stories = storiesToMove();
        if (stories.isEmpty() || m_document->isReadOnly())
            return;
        if (dy != 0)
            emit moveToSliceRequested(stories, dy);
        else
            emit moveToActivityRequested(stories, dx);
        if (BoardCardItem *card = m_scene->card(m_current))
            ensureVisible(card, 24, 24);
        return;
    }
    if (mods & ~Qt::ShiftModifier) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    if (!m_scene->card(m_current)) {
        // Nothing current yet: start at the first card of the current slice, else of the board.
        QList<ReleaseId> lanes = m_scene->lanes();
        lanes.prepend(m_scene->currentRelease());
        for (ReleaseId lane : std::as_const(lanes)) {
            const QList<StoryId> cards = m_scene->cardsInLane(lane);
            if (!cards.isEmpty()) {
                setCurrentStory(cards.first());
                return;
            }
        }
        return;
    }
    const StoryId next = m_scene->neighbour(m_current, dx, dy);
    if (next.isValid())
        setCurrentStory(next, mods & Qt::ShiftModifier);
}

} // namespace Valuemap
