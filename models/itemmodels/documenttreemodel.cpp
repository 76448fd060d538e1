#include "itemmodels/documenttreemodel.h"

#include <QSet>

namespace Valuemap {

namespace {
constexpr int LevelBits = 3;
constexpr quintptr LevelMask = (1u << LevelBits) - 1;
} // namespace

DocumentTreeModel::DocumentTreeModel(Document *document, QList<Table> levels, QObject *parent)
    : QAbstractItemModel(parent), m_document(document), m_tables(std::move(levels))
{
    m_levels.resize(m_tables.size());
    load(0, 0);
    connect(m_document, &Document::changed, this, &DocumentTreeModel::onChanged);
}

QList<qint64> DocumentTreeModel::childIds(int level, qint64 parentId) const
{
    return m_document->store().children(m_tables[level], parentId);
}

void DocumentTreeModel::relatedDataChanged(const ChangeSet &) { }

void DocumentTreeModel::resetFromDocument()
{
    beginResetModel();
    for (Level &l : m_levels)
        l = Level();
    load(0, 0);
    endResetModel();
}

int DocumentTreeModel::levelOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId() & LevelMask) : -1;
}

qint64 DocumentTreeModel::idOf(const QModelIndex &index) const
{
    return index.isValid() ? qint64(index.internalId() >> LevelBits) : 0;
}

QModelIndex DocumentTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const int level = parent.isValid() ? levelOf(parent) + 1 : 0;
    if (level >= m_levels.size() || row < 0 || column < 0 || column >= columnCount(parent))
        return {};
    const auto &children = m_levels[level].children;
    auto it = children.constFind(idOf(parent));
    if (it == children.constEnd() || row >= it->size())
        return {};
    return createIndex(row, column, (quintptr(it->at(row)) << LevelBits) | quintptr(level));
}

QModelIndex DocumentTreeModel::parent(const QModelIndex &child) const
{
    const int level = levelOf(child);
    if (level <= 0)
        return {};
    return indexOf(level - 1, m_levels[level].parentOf.value(idOf(child)));
}

QModelIndex DocumentTreeModel::indexOf(int level, qint64 id, int column) const
{
    if (level < 0 || level >= m_levels.size())
        return {};
    const Level &l = m_levels[level];
    auto p = l.parentOf.constFind(id);
    if (p == l.parentOf.constEnd())
        return {};
    const int row = int(l.children.value(*p).indexOf(id));
    if (row < 0)
        return {};
    return createIndex(row, column, (quintptr(id) << LevelBits) | quintptr(level));
}

int DocumentTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const int level = parent.isValid() ? levelOf(parent) + 1 : 0;
    if (level >= m_levels.size())
        return 0;
    return int(m_levels[level].children.value(idOf(parent)).size());
}

void DocumentTreeModel::load(int level, qint64 parentId)
{
    const QList<qint64> ids = childIds(level, parentId);
    m_levels[level].children.insert(parentId, ids);
    for (qint64 id : ids) {
        m_levels[level].parentOf.insert(id, parentId);
        if (level + 1 < m_levels.size())
            load(level + 1, id);
    }
}

void DocumentTreeModel::drop(int level, qint64 id)
{
    if (level + 1 < m_levels.size()) {
        const QList<qint64> children = m_levels[level + 1].children.take(id);
        for (qint64 child : children) {
            drop(level + 1, child);
            m_levels[level + 1].parentOf.remove(child);
        }
    }
}

void DocumentTreeModel::removePass(int level, qint64 parentId, const QModelIndex &parentIndex)
{
    const QList<qint64> target = childIds(level, parentId);
    const QSet<qint64> wanted(target.cbegin(), target.cend());
    Level &l = m_levels[level];
    for (int i = int(l.children[parentId].size()) - 1; i >= 0; --i) {
        const qint64 id = l.children[parentId].at(i);
        if (wanted.contains(id))
            continue;
        beginRemoveRows(parentIndex, i, i);
        drop(level, id);
        l.children[parentId].removeAt(i);
        l.parentOf.remove(id);
        endRemoveRows();
    }
    if (level + 1 < m_levels.size()) {
        const QList<qint64> kept = l.children.value(parentId);
        for (int i = 0; i < kept.size(); ++i)
            removePass(level + 1, kept[i], index(i, 0, parentIndex));
    }
}

void DocumentTreeModel::insertPass(int level, qint64 parentId, const QModelIndex &parentIndex)
{
    const QList<qint64> target = childIds(level, parentId);
    Level &l = m_levels[level];
    for (int i = 0; i < target.size(); ++i) {
        const qint64 id = target[i];
        QList<qint64> &current = l.children[parentId];
        if (i < current.size() && current[i] == id)
            continue;
        const int from = int(current.indexOf(id, i));
        if (from >= 0) {
            beginMoveRows(parentIndex, from, from, parentIndex, i);
            l.children[parentId].move(from, i);
            endMoveRows();
        } else {
            beginInsertRows(parentIndex, i, i);
            l.children[parentId].insert(i, id);
            l.parentOf.insert(id, parentId);
            if (level + 1 < m_levels.size())
                load(level + 1, id);
            endInsertRows();
        }
    }
    if (level + 1 < m_levels.size()) {
        for (int i = 0; i < target.size(); ++i)
            insertPass(level + 1, target[i], index(i, 0, parentIndex));
    }
}

void DocumentTreeModel::onChanged(const ChangeSet &changes)
{
    bool structural = false;
    for (const RowOp &op : changes) {
        const int level = int(m_tables.indexOf(op.table));
        if (level < 0)
            continue;
        const TableSpec &spec = tableSpec(op.table);
        if (op.kind != RowOp::Update || op.column == spec.parentColumn || op.column == spec.sortColumn) {
            structural = true;
            break;
        }
    }
    if (structural) {
        removePass(0, 0, {});
        insertPass(0, 0, {});
    }
    for (const RowOp &op : changes) {
        const int level = int(m_tables.indexOf(op.table));
        if (level < 0 || op.kind != RowOp::Update)
            continue;
        const QModelIndex first = indexOf(level, op.id, 0);
        if (first.isValid())
            emit dataChanged(first, first.siblingAtColumn(columnCount(first.parent()) - 1));
    }
    relatedDataChanged(changes);
}

void DocumentTreeModel::columnChanged(int level, int column)
{
    const Level &l = m_levels[level];
    for (auto it = l.children.cbegin(); it != l.children.cend(); ++it) {
        if (it->isEmpty())
            continue;
        const QModelIndex parentIndex = level == 0 ? QModelIndex() : indexOf(level - 1, it.key());
        emit dataChanged(index(0, column, parentIndex), index(int(it->size()) - 1, column, parentIndex));
    }
}

} // namespace Valuemap
