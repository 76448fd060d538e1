#pragma once

#include <QStyledItemDelegate>

namespace Valuemap {

class Document;

// Edits the outline's release and status columns with a list to pick from; the other columns
// use the standard editors.
class OutlineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit OutlineDelegate(Document *document, QObject *parent = nullptr);

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    Document *m_document = nullptr;
};

} // namespace Valuemap
