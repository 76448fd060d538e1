#include "widgets/flowlayout.h"

#include <QHBoxLayout>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace Valuemap {

FlowLayout::FlowLayout(QWidget *parent, int spacing)
    : QLayout(parent)
{
    if (spacing >= 0)
        setSpacing(spacing);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), true);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One row: what the items would like side by side.
    int width = 0;
    int height = 0;
    int visible = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
        ++visible;
    }
    const QMargins m = contentsMargins();
    return QSize(width + std::max(0, visible - 1) * spacingOrDefault() + m.left() + m.right(),
                 height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, false);
}

int FlowLayout::spacingOrDefault() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *parent = parentWidget();
    return parent ? parent->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, parent) : 6;
}

int FlowLayout::doLayout(const QRect &rect, bool testOnly) const
{
    const QMargins m = contentsMargins();
    const QRect area = rect.marginsRemoved(m);
    const int gap = std::max(0, spacingOrDefault());
    QList<QLayoutItem *> visible;
    for (QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            visible.append(item);
    }
    int y = area.y();
    qsizetype i = 0;
    while (i < visible.size()) {
        // Fill a row with the items' preferred widths (at least one item per row).
        qsizetype end = i;
        int used = 0;
        while (end < visible.size()) {
            const int w = std::min(visible[end]->sizeHint().width(), area.width());
            const int needed = used + (end > i ? gap : 0) + w;
            if (end > i && needed > area.width())
                break;
            used = needed;
            ++end;
        }
        // The spare width goes to the expanding items of the row.
        int expanding = 0;
        int rowHeight = 0;
        for (qsizetype k = i; k < end; ++k) {
            if (visible[k]->expandingDirections() & Qt::Horizontal)
                ++expanding;
            rowHeight = std::max(rowHeight, visible[k]->sizeHint().height());
        }
        const int spare = std::max(0, area.width() - used);
        int x = area.x();
        for (qsizetype k = i; k < end; ++k) {
            QLayoutItem *item = visible[k];
            int w = std::min(item->sizeHint().width(), area.width());
            if (expanding > 0 && (item->expandingDirections() & Qt::Horizontal))
                w += spare / expanding;
            w = std::max(w, std::min(item->minimumSize().width(), area.width()));
            if (!testOnly) {
                const int h = item->sizeHint().height();
                item->setGeometry(QRect(x, y + (rowHeight - h) / 2, w, h));
            }
            x += w + gap;
        }
        y += rowHeight;
        i = end;
        if (i < visible.size())
            y += gap;
    }
    return y - rect.y() + m.bottom();
}

QWidget *flowGroup(QWidget *parent, const QList<QWidget *> &widgets)
{
    auto *group = new QWidget(parent);
    auto *row = new QHBoxLayout(group);
    row->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : widgets) {
        w->setParent(group);
        row->addWidget(w, w->sizePolicy().horizontalPolicy() & QSizePolicy::ExpandFlag ? 1 : 0);
    }
    return group;
}

} // namespace Valuemap
