#include "itemmodels/goalsmodel.h"
#include "domain/dates.h"

#include <QLocale>

namespace Valuemap {

namespace {

GoalField fieldOf(int column)
{
    switch (column) {
    case GoalsModel::MetricColumn:
        return GoalField::Metric;
    case GoalsModel::UnitColumn:
        return GoalField::Unit;
    case GoalsModel::BaselineColumn:
        return GoalField::Baseline;
    case GoalsModel::TargetColumn:
        return GoalField::Target;
    case GoalsModel::TargetDateColumn:
        return GoalField::TargetDate;
    default:
        return GoalField::Name;
    }
}

} // namespace

GoalsModel::GoalsModel(Document *document, QObject *parent)
    : DocumentTreeModel(document, { Table::Goal }, parent)
{
}

int GoalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GoalsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const GoalId id(idOf(index));
    if (role == IdRole)
        return id.value;
    if (role == LevelRole)
        return 0;
    const bool display = role == Qt::DisplayRole;
    const bool edit = role == Qt::EditRole;
    if (!display && !edit) {
        if (role == Qt::TextAlignmentRole && (index.column() == BaselineColumn || index.column() == TargetColumn
                                              || index.column() == StoriesColumn))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const Goal g = document()->goal(id);
    auto number = [&](const std::optional<double> &v) -> QVariant {
        if (!v)
            return {};
        return display ? QVariant(QLocale().toString(*v)) : QVariant(*v);
    };
    switch (index.column()) {
    case NameColumn:
        return g.name;
    case MetricColumn:
        return g.metric;
    case UnitColumn:
        return g.unit;
    case BaselineColumn:
        return number(g.baseline);
    case TargetColumn:
        return number(g.target);
    case TargetDateColumn:
        if (edit)
            return g.targetDate;
        return g.targetDate.isValid() ? shortDate(g.targetDate) : QString();
    case StoriesColumn: {
        if (edit)
            return {};
        const QList<StoryId> stories = document()->goalStories(id);
        int done = 0;
        for (StoryId s : stories)
            done += document()->story(s).status == StoryStatus::Done ? 1 : 0;
        return tr("%1 of %2 done").arg(done).arg(stories.size());
    }
    }
    return {};
}

bool GoalsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() == StoriesColumn)
        return false;
    return document()->setGoalField(GoalId(idOf(index)), fieldOf(index.column()), value);
}

Qt::ItemFlags GoalsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() != StoriesColumn && !document()->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant GoalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Goal");
    case MetricColumn:
        return tr("Metric");
    case UnitColumn:
        return tr("Unit");
    case BaselineColumn:
        return tr("Baseline");
    case TargetColumn:
        return tr("Target");
    case TargetDateColumn:
        return tr("Target date");
    case StoriesColumn:
        return tr("Stories");
    }
    return {};
}

void GoalsModel::relatedDataChanged(const ChangeSet &changes)
{
    for (const RowOp &op : changes) {
        if (op.table == Table::StoryGoal || (op.table == Table::Story && op.column == StoryCol::Status)
            || (op.table == Table::Story && op.kind != RowOp::Update)) {
            columnChanged(0, StoriesColumn);
            return;
        }
    }
}

} // namespace Valuemap
