#pragma once

#include "itemmodels/documenttreemodel.h"

namespace Valuemap {

// The story map as a tree: activities → steps → stories, each level in rank order.
// Columns beyond the title apply to stories.
class StoryMapModel final : public DocumentTreeModel
{
    Q_OBJECT

public:
    enum Level { ActivityLevel = 0, StepLevel = 1, StoryLevel = 2 };
    enum Column { TitleColumn, ReleaseColumn, StatusColumn, EstimateColumn, ValueColumn, KeyColumn, ColumnCount };

    explicit StoryMapModel(Document *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusName(StoryStatus status);

private:
    // The totals shown on an activity's or a step's row: stories, done, estimate, value.
    QVariant summary(int level, qint64 id, int column, int role) const;

protected:
    void relatedDataChanged(const ChangeSet &changes) override;
};

} // namespace Valuemap
