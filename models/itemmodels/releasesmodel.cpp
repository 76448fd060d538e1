#include "itemmodels/releasesmodel.h"
#include "domain/dates.h"

#include <QLocale>

namespace Valuemap {

ReleasesModel::ReleasesModel(Document *document, QObject *parent)
    : DocumentTreeModel(document, { Table::Release }, parent)
{
}

int ReleasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReleasesModel::statusName(ReleaseStatus status)
{
    switch (status) {
    case ReleaseStatus::Planned:
        return tr("Planned");
    case ReleaseStatus::InProgress:
        return tr("In progress");
    case ReleaseStatus::Delivered:
        return tr("Delivered");
    }
    return {};
}

QVariant ReleasesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ReleaseId id(idOf(index));
    if (role == IdRole)
        return id.value;
    if (role == LevelRole)
        return 0;
    const bool display = role == Qt::DisplayRole;
    const bool edit = role == Qt::EditRole;
    const Release r = document()->release(id);
    switch (index.column()) {
    case NameColumn:
        if (display || edit)
            return r.name;
        if (role == Qt::ToolTipRole && !r.outcome.isEmpty())
            return r.outcome;
        break;
    case StatusColumn:
        if (display)
            return statusName(r.status);
        if (edit)
            return int(r.status);
        break;
    case TargetDateColumn:
        if (display && r.targetDate.isValid())
            return shortDate(r.targetDate);
        if (edit)
            return r.targetDate;
        break;
    case StoriesColumn:
    case EstimateColumn: {
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (!display)
            break;
        const QList<StoryId> stories = document()->storiesInRelease(id);
        if (index.column() == StoriesColumn)
            return int(stories.size());
        double total = 0.0;
        for (StoryId s : stories)
            total += document()->story(s).estimate.value_or(0.0);
        return QLocale().toString(total);
    }
    }
    return {};
}

bool ReleasesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    const ReleaseId id(idOf(index));
    switch (index.column()) {
    case NameColumn:
        return document()->setReleaseField(id, ReleaseField::Name, value);
    case StatusColumn:
        return document()->setReleaseField(id, ReleaseField::Status, value);
    case TargetDateColumn:
        return document()->setReleaseField(id, ReleaseField::TargetDate, value);
    }
    return false;
}

Qt::ItemFlags ReleasesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() <= TargetDateColumn && !document()->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ReleasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Release");
    case StatusColumn:
        return tr("Status");
    case TargetDateColumn:
        return tr("Target date");
    case StoriesColumn:
        return tr("Stories");
    case EstimateColumn:
        return tr("Estimate");
    }
    return {};
}

void ReleasesModel::relatedDataChanged(const ChangeSet &changes)
{
    for (const RowOp &op : changes) {
        if (op.table == Table::Story) {
            columnChanged(0, StoriesColumn);
            columnChanged(0, EstimateColumn);
            return;
        }
    }
}

} // namespace Valuemap
