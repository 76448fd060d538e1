#include "itemmodels/personasmodel.h"

namespace Valuemap {

PersonasModel::PersonasModel(Document *document, QObject *parent)
    : DocumentTreeModel(document, { Table::Persona }, parent)
{
}

int PersonasModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonasModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const PersonaId id(idOf(index));
    if (role == IdRole)
        return id.value;
    if (role == LevelRole)
        return 0;
    const Persona p = document()->persona(id);
    if (role == Qt::DecorationRole && index.column() == NameColumn && p.color.isValid())
        return p.color;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    return index.column() == NameColumn ? p.name : p.description;
}

bool PersonasModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    return document()->setPersonaField(PersonaId(idOf(index)),
                                       index.column() == NameColumn ? PersonaField::Name
                                                                    : PersonaField::Description,
                                       value);
}

Qt::ItemFlags PersonasModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!document()->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant PersonasModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Persona") : tr("Description");
}

} // namespace Valuemap
