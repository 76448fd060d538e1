#pragma once

#include "domain/ids.h"

#include <QWidget>

class QAction;
class QListView;

namespace Valuemap {

class Document;
class GoalEditor;
class GoalsModel;

// The Goals tab: the customer goals in a list (add, delete, reorder by the document's order)
// and the editor of the selected goal with its measurements and the stories and releases
// that serve it.
class GoalsScreen final : public QWidget
{
    Q_OBJECT

public:
    explicit GoalsScreen(Document *document, QWidget *parent = nullptr);

    GoalEditor *editor() const { return m_editor; }
    QListView *list() const { return m_list; }
    QList<QAction *> editActions() const;
    void selectGoal(GoalId goal);
    GoalId currentGoal() const;

signals:
    void message(const QString &title, const QString &text);

private:
    void addGoal();
    void deleteGoal();

    Document *m_document = nullptr;
    GoalsModel *m_model = nullptr;
    QListView *m_list = nullptr;
    GoalEditor *m_editor = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_deleteAction = nullptr;
};

} // namespace Valuemap
