#include "itemmodels/storymapmodel.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace Valuemap {

StoryMapModel::StoryMapModel(Document *document, QObject *parent)
    : DocumentTreeModel(document, { Table::Activity, Table::Step, Table::Story }, parent)
{
}

int StoryMapModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString StoryMapModel::statusName(StoryStatus status)
{
    switch (status) {
    case StoryStatus::Todo:
        return tr("To do");
    case StoryStatus::InProgress:
        return tr("In progress");
    case StoryStatus::Done:
        return tr("Done");
    case StoryStatus::Blocked:
        return tr("Blocked");
    }
    return {};
}

QVariant StoryMapModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int level = levelOf(index);
    const qint64 id = idOf(index);
    if (role == IdRole)
        return id;
    if (role == LevelRole)
        return level;
    const Document *doc = document();
    if (level != StoryLevel && index.column() != TitleColumn)
        return summary(level, id, index.column(), role);
    if (level != StoryLevel && role == Qt::FontRole) {
        QFont font;
        font.setBold(level == ActivityLevel);
        return font;
    }
    if (level == ActivityLevel) {
        const Activity a = doc->activity(ActivityId(id));
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return a.title;
        if (role == Qt::ToolTipRole && !a.description.isEmpty())
            return a.description;
        return {};
    }
    if (level == StepLevel) {
        const Step s = doc->step(StepId(id));
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return s.title;
        if (role == Qt::ToolTipRole && !s.description.isEmpty())
            return s.description;
        return {};
    }
    const Story s = doc->story(StoryId(id));
    const bool display = role == Qt::DisplayRole;
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case TitleColumn:
        if (display || edit)
            return s.title;
        if (role == Qt::ToolTipRole && !s.description.isEmpty())
            return s.description;
        break;
    case ReleaseColumn:
        if (display)
            return s.releaseId.isValid() ? doc->release(s.releaseId).name : tr("Unplanned");
        if (edit)
            return s.releaseId.value;
        break;
    case StatusColumn:
        if (display)
            return statusName(s.status);
        if (edit)
            return int(s.status);
        break;
    case EstimateColumn:
        // Text in both roles: an empty field is a valid entry and edits with a line edit.
        if (display || edit)
            return s.estimate ? QLocale().toString(*s.estimate) : QString();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ValueColumn:
        if (display || edit)
            return s.businessValue ? QString::number(*s.businessValue) : QString();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case KeyColumn:
        if (display)
            return s.key;
        break;
    }
    return {};
}

bool StoryMapModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    Document *doc = document();
    const qint64 id = idOf(index);
    switch (levelOf(index)) {
    case ActivityLevel:
        return index.column() == TitleColumn
                && doc->setActivityField(ActivityId(id), ActivityField::Title, value);
    case StepLevel:
        return index.column() == TitleColumn && doc->setStepField(StepId(id), StepField::Title, value);
    case StoryLevel:
        switch (index.column()) {
        case TitleColumn:
            return doc->setStoryField(StoryId(id), StoryField::Title, value);
        case ReleaseColumn: {
            const Story s = doc->story(StoryId(id));
            return doc->moveStories({ s.id }, s.stepId, ReleaseId(value.toLongLong()), s.rank);
        }
        case StatusColumn:
            return doc->setStoryField(StoryId(id), StoryField::Status, value);
        case EstimateColumn:
            return doc->setStoryField(StoryId(id), StoryField::Estimate, value);
        case ValueColumn:
            return doc->setStoryField(StoryId(id), StoryField::BusinessValue, value);
        }
    }
    return false;
}

Qt::ItemFlags StoryMapModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const bool editableColumn = index.column() == TitleColumn
        || (levelOf(index) == StoryLevel && index.column() != KeyColumn); // keys are given, not typed
    if (editableColumn && !document()->isReadOnly())
        f |= Qt::ItemIsEditable;
    if (levelOf(index) == StoryLevel)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant StoryMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case ReleaseColumn:
        return tr("Release");
    case StatusColumn:
        return tr("Status");
    case EstimateColumn:
        return tr("Estimate");
    case ValueColumn:
        return tr("Value");
    case KeyColumn:
        return tr("Key");
    }
    return {};
}

QVariant StoryMapModel::summary(int level, qint64 id, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column >= EstimateColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole)
        return QColor(0x6b, 0x72, 0x80);
    if (role != Qt::DisplayRole)
        return {};
    const Document *doc = document();
    QList<StoryId> stories;
    if (level == StepLevel) {
        stories = doc->stories(StepId(id));
    } else {
        for (StepId step : doc->steps(ActivityId(id)))
            stories += doc->stories(step);
    }
    if (column == KeyColumn)
        return {};
    if (stories.isEmpty())
        return column == ReleaseColumn ? tr("no stories") : QVariant();
    double estimate = 0.0;
    qint64 value = 0;
    int done = 0;
    for (StoryId sid : stories) {
        const Story s = doc->story(sid);
        estimate += s.estimate.value_or(0.0);
        value += s.businessValue.value_or(0);
        done += s.status == StoryStatus::Done ? 1 : 0;
    }
    switch (column) {
    case ReleaseColumn:
        return tr("%n story(s)", "", int(stories.size()));
    case StatusColumn:
        return tr("%1 of %2 done").arg(done).arg(stories.size());
    case EstimateColumn:
        return QLocale().toString(estimate);
    case ValueColumn:
        return QString::number(value);
    }
    return {};
}

void StoryMapModel::relatedDataChanged(const ChangeSet &changes)
{
    bool releases = false;
    bool stories = false;
    for (const RowOp &op : changes) {
        releases = releases || op.table == Table::Release;
        stories = stories || op.table == Table::Story;
    }
    if (releases)
        columnChanged(StoryLevel, ReleaseColumn);
    if (stories) {
        // The totals on steps and activities.
        for (int column = ReleaseColumn; column < ColumnCount; ++column) {
            columnChanged(ActivityLevel, column);
            columnChanged(StepLevel, column);
        }
    }
}

} // namespace Valuemap
