#include "widgets/datedelegate.h"

#include "domain/dates.h"

#include <QDateEdit>

namespace Valuemap {

QString DateDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    if (value.metaType().id() == QMetaType::QDate)
        return shortDate(value.toDate(), locale);
    return QStyledItemDelegate::displayText(value, locale);
}

QWidget *DateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *dateEdit = qobject_cast<QDateEdit *>(editor))
        dateEdit->setDisplayFormat(dateFormat());
    return editor;
}

} // namespace Valuemap
