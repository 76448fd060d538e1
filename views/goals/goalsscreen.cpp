#include "goals/goalsscreen.h"
#include "widgets/flowlayout.h"

#include "goals/goaleditor.h"
#include "itemmodels/goalsmodel.h"
#include "storage/document.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Valuemap {

GoalsScreen::GoalsScreen(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *layout = new QHBoxLayout(this);
    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("Customer goals"), left);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    leftLayout->addWidget(heading);
    m_model = new GoalsModel(document, this);
    m_list = new QListView(left);
    m_list->setObjectName(u"goalList"_s);
    m_list->setModel(m_model);
    m_list->setModelColumn(GoalsModel::NameColumn);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    leftLayout->addWidget(m_list, 1);

    m_addAction = new QAction(tr("Add &Goal"), this);
    m_addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    m_addAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction = new QAction(tr("&Delete Goal"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(m_deleteAction);
    addAction(m_addAction);
    // A flow: the buttons wrap under each other when the list is narrow.
    auto *bar = new QWidget(left);
    bar->setObjectName(u"goalsBar"_s);
    auto *buttons = new FlowLayout(bar);
    buttons->setContentsMargins(0, 0, 0, 0);
    auto *add = new QToolButton(bar);
    add->setDefaultAction(m_addAction);
    auto *remove = new QToolButton(bar);
    remove->setDefaultAction(m_deleteAction);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    leftLayout->addWidget(bar);

    m_editor = new GoalEditor(document, splitter);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({ 240, 1000 });
    layout->addWidget(splitter);

    connect(m_addAction, &QAction::triggered, this, &GoalsScreen::addGoal);
    connect(m_deleteAction, &QAction::triggered, this, &GoalsScreen::deleteGoal);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this] { m_editor->setGoal(currentGoal()); });
    connect(m_editor, &GoalEditor::message, this, &GoalsScreen::message);
    auto updateActions = [this] {
        m_addAction->setEnabled(!m_document->isReadOnly());
        m_deleteAction->setEnabled(!m_document->isReadOnly() && currentGoal().isValid());
    };
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, updateActions);
    connect(m_document, &Document::writableChanged, this, updateActions);
    updateActions();
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, GoalsModel::NameColumn));
}

QList<QAction *> GoalsScreen::editActions() const
{
    return { m_addAction, m_deleteAction };
}

GoalId GoalsScreen::currentGoal() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? GoalId(m_model->idOf(current)) : GoalId();
}

void GoalsScreen::selectGoal(GoalId goal)
{
    const QModelIndex index = m_model->indexOf(0, goal.value, GoalsModel::NameColumn);
    if (index.isValid())
        m_list->setCurrentIndex(index);
}

void GoalsScreen::addGoal()
{
    const GoalId goal = m_document->addGoal(tr("New goal"));
    if (!goal.isValid())
        return;
    selectGoal(goal);
    m_editor->nameEdit()->setFocus();
    m_editor->nameEdit()->selectAll();
}

void GoalsScreen::deleteGoal()
{
    const GoalId goal = currentGoal();
    if (!goal.isValid())
        return;
    // Undo brings it back, so no confirmation; the status bar shows Undo's text.
    m_document->deleteGoal(goal);
}

} // namespace Valuemap
