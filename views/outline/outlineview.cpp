#include "outline/outlineview.h"

#include "itemmodels/storymapmodel.h"
#include "outline/outlinedelegate.h"
#include "storage/document.h"
#include "widgets/storydetailspanel.h"
#include "widgets/storyfinder.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QSplitter>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Valuemap {

OutlineView::OutlineView(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new StoryMapModel(document, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *toolbar = new QToolBar(tr("Outline"), this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(toolbar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1);

    m_tree = new QTreeView(splitter);
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new OutlineDelegate(document, m_tree));
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Story map outline"));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(StoryMapModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->resizeSection(StoryMapModel::ReleaseColumn, 170);
    m_tree->header()->resizeSection(StoryMapModel::StatusColumn, 110);
    m_tree->header()->resizeSection(StoryMapModel::EstimateColumn, 80);
    m_tree->header()->resizeSection(StoryMapModel::ValueColumn, 70);
    m_tree->expandAll();

    m_details = new StoryDetailsPanel(document, splitter);
    m_details->setAccessibleName(tr("Story details"));
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({ 880, 400 });

    auto makeAction = [this, toolbar](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        toolbar->addAction(action);
        m_tree->addAction(action);
        m_editActions.append(action);
        return action;
    };
    m_addActivity = makeAction(tr("Add &Activity"), QKeySequence(Qt::CTRL | Qt::Key_Insert),
                               &OutlineView::addActivity);
    m_addStep = makeAction(tr("Add S&tep"), QKeySequence(Qt::SHIFT | Qt::Key_Insert), &OutlineView::addStep);
    m_addStory = makeAction(tr("Add &Story"), QKeySequence(Qt::Key_Insert), &OutlineView::addStory);
    toolbar->addSeparator();
    m_delete = makeAction(tr("&Delete"), QKeySequence::Delete, &OutlineView::deleteSelected);
    toolbar->addSeparator();
    m_moveUp = makeAction(tr("Move &Up"), QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveSelected(-1); });
    m_moveDown = makeAction(tr("Move Do&wn"), QKeySequence(Qt::CTRL | Qt::Key_Down),
                            [this] { moveSelected(+1); });
    m_addActivity->setToolTip(tr("Add an activity to the backbone (Ctrl+Ins)"));
    m_addStep->setToolTip(tr("Add a step to the selected activity (Shift+Ins)"));
    m_addStory->setToolTip(tr("Add a story under the selected step (Ins)"));

    createFind(toolbar);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        const QModelIndex index = current();
        m_details->setStory(m_model->levelOf(index) == StoryMapModel::StoryLevel
                                    ? StoryId(m_model->idOf(index))
                                    : StoryId());
        updateActions();
    });
    // Start where the work is: on the first story, with its details showing.
    for (ActivityId a : document->activities()) {
        for (StepId s : document->steps(a)) {
            if (!document->stories(s).isEmpty() && !m_tree->currentIndex().isValid())
                m_tree->setCurrentIndex(m_model->indexOf(StoryMapModel::StoryLevel, document->stories(s).first().value));
        }
    }
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OutlineView::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &OutlineView::updateActions);
    connect(m_document, &Document::writableChanged, this, &OutlineView::updateActions);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &OutlineView::updateActions);
    updateActions();
}

// Edit ▸ Find… puts the cursor in the search field; Find Next and Find Previous (F3,
// Shift+F3, Enter in the field) select the stories that match, top to bottom.
void OutlineView::createFind(QToolBar *toolbar)
{
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_search = new QLineEdit(toolbar);
    m_search->setPlaceholderText(tr("Find stories…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find stories by key, title or description"));
    m_search->setMaximumWidth(260);
    toolbar->addWidget(m_search);
    auto *find = new QAction(tr("&Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
    StoryFinder::Hooks hooks;
    hooks.order = [this] {
        QList<StoryId> order;
        for (ActivityId a : m_document->activities()) {
            for (StepId s : m_document->steps(a))
                order += m_document->stories(s);
        }
        return order;
    };
    hooks.current = [this] {
        const QModelIndex index = current();
        return m_model->levelOf(index) == StoryMapModel::StoryLevel ? StoryId(m_model->idOf(index)) : StoryId();
    };
    hooks.select = [this](StoryId id) {
        const QModelIndex index = m_model->indexOf(StoryMapModel::StoryLevel, id.value);
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    };
    new StoryFinder(m_document, m_search, this, hooks);
}

QModelIndex OutlineView::current() const
{
    return m_tree->currentIndex().siblingAtColumn(0);
}

void OutlineView::updateActions()
{
    const bool editable = !m_document->isReadOnly();
    const QModelIndex index = current();
    const int level = m_model->levelOf(index);
    m_addActivity->setEnabled(editable);
    m_addStep->setEnabled(editable && level >= 0);
    m_addStory->setEnabled(editable && level >= StoryMapModel::StepLevel);
    m_delete->setEnabled(editable && index.isValid());
    m_moveUp->setEnabled(editable && index.isValid() && index.row() > 0);
    m_moveDown->setEnabled(editable && index.isValid()
                           && index.row() + 1 < m_model->rowCount(index.parent()));
}

void OutlineView::selectAndEdit(int level, qint64 id)
{
    const QModelIndex index = m_model->indexOf(level, id);
    if (!index.isValid())
        return;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
    m_tree->edit(index);
}

void OutlineView::addActivity()
{
    const QModelIndex index = current();
    int at = -1;
    if (index.isValid()) {
        QModelIndex top = index;
        while (top.parent().isValid())
            top = top.parent();
        at = top.row() + 1;
    }
    const ActivityId id = m_document->addActivity(tr("New activity"), at);
    if (id.isValid())
        selectAndEdit(StoryMapModel::ActivityLevel, id.value);
}

void OutlineView::addStep()
{
    const QModelIndex index = current();
    const int level = m_model->levelOf(index);
    if (level < 0)
        return;
    ActivityId activity;
    int at = -1;
    if (level == StoryMapModel::ActivityLevel) {
        activity = ActivityId(m_model->idOf(index));
    } else {
        const QModelIndex stepIndex = level == StoryMapModel::StepLevel ? index : index.parent();
        activity = m_document->step(StepId(m_model->idOf(stepIndex))).activityId;
        at = stepIndex.row() + 1;
    }
    const StepId id = m_document->addStep(activity, tr("New step"), at);
    if (id.isValid()) {
        m_tree->expand(m_model->indexOf(StoryMapModel::ActivityLevel, activity.value));
        selectAndEdit(StoryMapModel::StepLevel, id.value);
    }
}

void OutlineView::addStory()
{
    const QModelIndex index = current();
    const int level = m_model->levelOf(index);
    if (level < StoryMapModel::StepLevel)
        return;
    StepId step;
    ReleaseId release;
    int at = -1;
    if (level == StoryMapModel::StepLevel) {
        step = StepId(m_model->idOf(index));
    } else {
        const Story s = m_document->story(StoryId(m_model->idOf(index)));
        step = s.stepId;
        release = s.releaseId;
        at = s.rank + 1;
    }
    const StoryId id = m_document->addStory(step, release, tr("New story"), at);
    if (id.isValid()) {
        m_tree->expand(m_model->indexOf(StoryMapModel::StepLevel, step.value));
        selectAndEdit(StoryMapModel::StoryLevel, id.value);
    }
}

void OutlineView::deleteSelected()
{
    QList<StoryId> stories;
    QList<QModelIndex> others;
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (m_model->levelOf(index) == StoryMapModel::StoryLevel)
            stories.append(StoryId(m_model->idOf(index)));
        else
            others.append(index);
    }
    if (rows.isEmpty() && current().isValid()) {
        const QModelIndex index = current();
        if (m_model->levelOf(index) == StoryMapModel::StoryLevel)
            stories.append(StoryId(m_model->idOf(index)));
        else
            others.append(index);
    }
    // One selection, one undo step.
    m_document->beginCompound(tr("Delete"));
    if (!stories.isEmpty())
        m_document->deleteStories(stories);
    QList<std::pair<int, qint64>> containers;
    for (const QModelIndex &index : others)
        containers.append({ m_model->levelOf(index), m_model->idOf(index) });
    for (const auto &[level, id] : containers) {
        if (level == StoryMapModel::StepLevel && m_document->store().contains(Table::Step, id))
            m_document->deleteStep(StepId(id));
        else if (level == StoryMapModel::ActivityLevel && m_document->store().contains(Table::Activity, id))
            m_document->deleteActivity(ActivityId(id));
    }
    m_document->endCompound();
}

void OutlineView::moveSelected(int delta)
{
    const QModelIndex index = current();
    if (!index.isValid())
        return;
    const int target = index.row() + delta;
    if (target < 0 || target >= m_model->rowCount(index.parent()))
        return;
    const qint64 id = m_model->idOf(index);
    switch (m_model->levelOf(index)) {
    case StoryMapModel::ActivityLevel:
        m_document->moveActivity(ActivityId(id), target);
        break;
    case StoryMapModel::StepLevel:
        m_document->moveStep(StepId(id), m_document->step(StepId(id)).activityId, target);
        break;
    case StoryMapModel::StoryLevel: {
        const Story s = m_document->story(StoryId(id));
        m_document->moveStories({ s.id }, s.stepId, s.releaseId, target);
        break;
    }
    }
    const QModelIndex moved = m_model->indexOf(m_model->levelOf(index), id);
    m_tree->setCurrentIndex(moved);
    m_tree->scrollTo(moved);
    updateActions();
}

} // namespace Valuemap
