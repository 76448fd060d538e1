#pragma once

#include <QLayout>
#include <QList>

namespace Valuemap {

// Lays its items out left to right and starts a new row when the next one does not fit, so a
// filter bar or a row of buttons wraps on a narrow window instead of forcing the window wider
// (after Qt's "Flow Layout" example). Items with an expanding horizontal policy share the spare
// width of their row; the layout's minimum width is that of its widest item.
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int doLayout(const QRect &rect, bool testOnly) const;
    int spacingOrDefault() const;

    QList<QLayoutItem *> m_items;
};

// Widgets that belong together on one line of a flow (a label and its field, a few buttons):
// a container of its own, which the flow moves as one.
QWidget *flowGroup(QWidget *parent, const QList<QWidget *> &widgets);

} // namespace Valuemap
