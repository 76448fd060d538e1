#pragma once

#include <QProxyStyle>

namespace Valuemap {

// Fusion as the themes use it. Fusion (Qt 6.4) draws the frame of a check box or radio button
// in a shade of the window colour, which on a dark palette is as dark as the box itself: an
// unticked box in a list, a menu or a dialog could not be seen at all. This style draws those
// frames between the text's colour and the box's, visible on a light and a dark palette alike.
// Every other element is Fusion's own.
class ThemeStyle final : public QProxyStyle
{
public:
    // A style by its QStyleFactory name; Fusion comes as a ThemeStyle.
    static QStyle *create(const QString &name);
    // The QStyleFactory name of a style (of the one a ThemeStyle wraps).
    static QString nameOf(const QStyle *style);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

private:
    explicit ThemeStyle(QStyle *fusion);
};

} // namespace Valuemap
