#pragma once

#include "storage/document.h"

#include <QAbstractItemModel>
#include <QHash>

namespace Valuemap {

// Base of the item models over a Document: a tree of levels (e.g. activity → step → story),
// each level the rows of one table. The model keeps its own mirror of the structure, and after
// every change of the document it compares the mirror with the document and emits the proper
// remove / move / insert signals one row at a time, so views keep their selection, expansion
// and scroll position through edits, undo and redo. Field changes become dataChanged().
class DocumentTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, LevelRole };

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;

    Document *document() const { return m_document; }
    int levelOf(const QModelIndex &index) const;
    qint64 idOf(const QModelIndex &index) const;
    QModelIndex indexOf(int level, qint64 id, int column = 0) const;

protected:
    DocumentTreeModel(Document *document, QList<Table> levels, QObject *parent);
    // The ids of the rows at `level` under the row `parentId` of the level above (0 at the root).
    virtual QList<qint64> childIds(int level, qint64 parentId) const;
    // Field changes that show in rows other than the changed row itself (e.g. a release name
    // shown on every story of the release). The default emits nothing.
    virtual void relatedDataChanged(const ChangeSet &changes);
    // Emits dataChanged for one column of every row at a level.
    void columnChanged(int level, int column);
    void resetFromDocument();

private:
    struct Level
    {
        QHash<qint64, QList<qint64>> children; // parent id (0 at root) → ids in order
        QHash<qint64, qint64> parentOf;
    };

    void onChanged(const ChangeSet &changes);
    void load(int level, qint64 parentId);
    void drop(int level, qint64 id);
    void removePass(int level, qint64 parentId, const QModelIndex &parentIndex);
    void insertPass(int level, qint64 parentId, const QModelIndex &parentIndex);

    Document *m_document = nullptr;
    QList<Table> m_tables;
    QList<Level> m_levels;
};

} // namespace Valuemap
