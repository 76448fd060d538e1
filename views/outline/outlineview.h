#pragma once

#include <QWidget>

class QAction;
class QLineEdit;
class QModelIndex;
class QToolBar;
class QTreeView;

namespace Valuemap {

class Document;
class StoryDetailsPanel;
class StoryMapModel;

// The plan as an outline: activities → steps → stories in a tree, editable in place, with a
// details panel for the selected story. Every change goes through the Document.
class OutlineView final : public QWidget
{
    Q_OBJECT

public:
    explicit OutlineView(Document *document, QWidget *parent = nullptr);

    QList<QAction *> editActions() const { return m_editActions; }
    QTreeView *tree() const { return m_tree; }
    StoryMapModel *model() const { return m_model; }
    StoryDetailsPanel *detailsPanel() const { return m_details; }
    QLineEdit *searchField() const { return m_search; }

    void addActivity();
    void addStep();
    void addStory();
    void deleteSelected();
    void moveSelected(int delta);

private:
    void createFind(QToolBar *toolbar);
    void updateActions();
    void selectAndEdit(int level, qint64 id);
    QModelIndex current() const;

    Document *m_document = nullptr;
    StoryMapModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_search = nullptr;
    StoryDetailsPanel *m_details = nullptr;
    QAction *m_addActivity = nullptr;
    QAction *m_addStep = nullptr;
    QAction *m_addStory = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QList<QAction *> m_editActions;
};

} // namespace Valuemap
