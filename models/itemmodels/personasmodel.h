#pragma once

#include "itemmodels/documenttreemodel.h"

namespace Valuemap {

// The personas of the plan in order.
class PersonasModel final : public DocumentTreeModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, DescriptionColumn, ColumnCount };

    explicit PersonasModel(Document *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace Valuemap
