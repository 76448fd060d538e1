#pragma once

#include <QFrame>
#include <QString>

namespace Valuemap {

// One line of plain text that ends in "…" when it has less room than it needs, and asks for no
// more width than that "…" itself: a long plan or page name in a footer shortens instead of
// making the window wider than the screen (a QLabel's minimum width is its whole text).
// The whole text stays its tooltip and its accessible name.
class ElidedLabel final : public QFrame
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // The text as it is painted now, "…" and all.
    QString shownText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateToolTip();

    QString m_text;
};

} // namespace Valuemap
