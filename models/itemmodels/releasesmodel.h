#pragma once

#include "itemmodels/documenttreemodel.h"

namespace Valuemap {

// The releases (slices) in plan order, with their totals.
class ReleasesModel final : public DocumentTreeModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StatusColumn, TargetDateColumn, StoriesColumn, EstimateColumn, ColumnCount };

    explicit ReleasesModel(Document *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusName(ReleaseStatus status);

protected:
    void relatedDataChanged(const ChangeSet &changes) override;
};

} // namespace Valuemap
