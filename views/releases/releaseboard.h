#pragma once

#include "domain/ids.h"
#include "releases/boardview.h"

#include <QWidget>

class QAction;
class QLineEdit;

namespace Valuemap {

class DeliverDialog;
class Document;
class ReleaseBoardScene;
class SliceDetailsPanel;
class StoryFinder;

// The release slicing board: the slices in order with their stories by activity, the
// working-product check on each, an Unplanned lane to drag from, and a details panel for the
// current slice. Every change goes through the Document; the board redraws from
// Document::changed, so undo and edits in other screens show at once — or, while the board is
// hidden (another tab), the moment it is shown again, so edits elsewhere don't pay for it.
class ReleaseBoard final : public QWidget
{
    Q_OBJECT

public:
    explicit ReleaseBoard(Document *document, QWidget *parent = nullptr);
    ~ReleaseBoard() override;

    QList<QAction *> editActions() const { return m_editActions; }
    ReleaseBoardScene *scene() const { return m_scene; }
    BoardView *view() const { return m_view; }
    SliceDetailsPanel *detailsPanel() const { return m_details; }
    QLineEdit *unplannedFilter() const { return m_filter; }
    StoryFinder *finder() const { return m_finder; }

    ReleaseId currentRelease() const;
    void setCurrentRelease(ReleaseId release);

    // Moves the stories into `target` (invalid: Unplanned), each staying under its step and
    // placed among the step's stories in slice order. One undo step, however many stories.
    bool moveStoriesToRelease(const QList<StoryId> &stories, ReleaseId target);
    // The keyboard's moves (Ctrl+arrows), one undo step each: the stories to the slice `delta`
    // lanes below (above, when negative) the first one's, Unplanned being the last lane; or each
    // story to the neighbouring activity, in its slice.
    bool moveStoriesBySlices(const QList<StoryId> &stories, int delta);
    bool moveStoriesToActivity(const QList<StoryId> &stories, int delta);
    ReleaseId addSlice();
    ReleaseId splitSelected(); // the selected cards of the current slice into a new one below
    bool mergeIntoPrevious(); // the current slice into the one above it
    bool moveCurrent(int delta);
    bool deleteCurrent();
    // Opens the Deliver dialog for the current slice without blocking and returns it.
    DeliverDialog *deliverCurrent();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void updateActions();
    // Where a story moved into `step` in `release` goes among the step's stories: after the
    // last of this or an earlier slice, so a step's stories stay in slice order.
    int slotInStep(StepId step, ReleaseId release, const QList<StoryId> &moving) const;

    Document *m_document = nullptr;
    ReleaseBoardScene *m_scene = nullptr;
    BoardView *m_view = nullptr;
    SliceDetailsPanel *m_details = nullptr;
    QLineEdit *m_filter = nullptr;
    StoryFinder *m_finder = nullptr;
    QAction *m_add = nullptr;
    QAction *m_split = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_up = nullptr;
    QAction *m_down = nullptr;
    QAction *m_deliver = nullptr;
    QAction *m_delete = nullptr;
    QList<QAction *> m_editActions;
    bool m_stale = false;
};

} // namespace Valuemap
