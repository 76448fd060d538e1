#pragma once

#include "itemmodels/documenttreemodel.h"

namespace Valuemap {

// The customer goals in plan order.
class GoalsModel final : public DocumentTreeModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, MetricColumn, UnitColumn, BaselineColumn, TargetColumn, TargetDateColumn, StoriesColumn, ColumnCount };

    explicit GoalsModel(Document *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void relatedDataChanged(const ChangeSet &changes) override;
};

} // namespace Valuemap
