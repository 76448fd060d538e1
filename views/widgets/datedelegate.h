#pragma once

#include <QStyledItemDelegate>

namespace Valuemap {

// Shows and edits dates in the locale's short format with a four-digit year (see dateFormat()),
// where Qt's default delegate would show "15.01.26". Other values are left to the base class.
class DateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant &value, const QLocale &locale) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
};

} // namespace Valuemap
