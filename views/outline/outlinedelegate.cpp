#include "outline/outlinedelegate.h"

#include "itemmodels/storymapmodel.h"
#include "storage/document.h"
#include "widgets/theme.h"

#include <QComboBox>

namespace Valuemap {

OutlineDelegate::OutlineDelegate(Document *document, QObject *parent)
    : QStyledItemDelegate(parent), m_document(document)
{
}

void OutlineDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // The totals of activities and steps are secondary text: the theme's muted colour, which
    // reads on the list's base in both sets (the model's own grey did not on a dark base).
    const bool summary = index.column() != StoryMapModel::TitleColumn
            && !(index.flags() & Qt::ItemNeverHasChildren);
    if (summary)
        option->palette.setColor(QPalette::Text, Theme::colors().muted);
}

QWidget *OutlineDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    if (index.column() == StoryMapModel::ReleaseColumn) {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("Unplanned"), qint64(0));
        for (ReleaseId id : m_document->releases())
            combo->addItem(m_document->release(id).name, id.value);
        return combo;
    }
    if (index.column() == StoryMapModel::StatusColumn) {
        auto *combo = new QComboBox(parent);
        for (int s = 0; s < StoryStatusCount; ++s)
            combo->addItem(StoryMapModel::statusName(static_cast<StoryStatus>(s)), s);
        return combo;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void OutlineDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int at = combo->findData(index.column() == StoryMapModel::ReleaseColumn
                                               ? QVariant(index.data(Qt::EditRole).toLongLong())
                                               : QVariant(index.data(Qt::EditRole).toInt()));
        combo->setCurrentIndex(std::max(at, 0));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void OutlineDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                   const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Valuemap
