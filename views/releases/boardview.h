#pragma once

#include "domain/ids.h"
#include "storymap/titleeditor.h"

#include <QGraphicsView>
#include <QPointer>

namespace Valuemap {

class Document;
class ReleaseBoardScene;

// The release board's canvas, with the story map's keyboard model: arrows move between cards,
// Shift+arrows extend the selection, Space toggles the current card's selection, Ctrl+Up/Down
// move the selected cards to the slice above or below and Ctrl+Left/Right to the neighbouring
// activity (the board does the moving: one undo step each), Enter or F2 edits the card's title in
// place, Del deletes the selected cards (as on the map, undo brings them back), Escape clears the
// selection. The current card is the scene's focus item, drawn with a focus ring, and the view's
// accessible name and description follow it.
class BoardView final : public QGraphicsView
{
    Q_OBJECT

public:
    BoardView(Document *document, ReleaseBoardScene *scene, QWidget *parent = nullptr);

    StoryId currentStory() const { return m_current; }
    // Makes the card the current one (the focus item) and, unless extending, the only selected.
    void setCurrentStory(StoryId story, bool extendSelection = false);
    void editCurrentTitle();
    bool isEditing() const { return m_editor != nullptr; }

signals:
    void moveToSliceRequested(const QList<Valuemap::StoryId> &stories, int delta);
    void moveToActivityRequested(const QList<Valuemap::StoryId> &stories, int delta);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QList<StoryId> storiesToMove() const;
    void afterRebuild();

    Document *m_document = nullptr;
    ReleaseBoardScene *m_scene = nullptr;
    StoryId m_current;
    QPointer<TitleEditor> m_editor;
};

} // namespace Valuemap
