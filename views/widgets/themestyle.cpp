#include "widgets/themestyle.h"

#include <QStyleFactory>
#include <QStyleOption>

#include <memory>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

bool isFusion(const QString &name)
{
    return name.compare("fusion"_L1, Qt::CaseInsensitive) == 0;
}

// Three fifths of the way from b to a: a frame that stands out from the box and from the
// window around it by 3:1 at least (WCAG's measure for the parts of a control), in both sets.
QColor towards(const QColor &a, const QColor &b)
{
    const auto mix = [](float x, float y) { return 0.6f * x + 0.4f * y; };
    return QColor::fromRgbF(mix(a.redF(), b.redF()), mix(a.greenF(), b.greenF()),
                            mix(a.blueF(), b.blueF()));
}

} // namespace

ThemeStyle::ThemeStyle(QStyle *fusion) : QProxyStyle(fusion) { }

QStyle *ThemeStyle::create(const QString &name)
{
    QStyle *style = QStyleFactory::create(name);
    if (style && isFusion(style->name()))
        return new ThemeStyle(style);
    return style;
}

QString ThemeStyle::nameOf(const QStyle *style)
{
    if (!style)
        return {};
    if (const auto *themed = dynamic_cast<const ThemeStyle *>(style))
        return themed->baseStyle()->name();
    return style->name();
}

void ThemeStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                               QPainter *painter, const QWidget *widget) const
{
    if (!option || (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton)) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    // Fusion draws the frame in the window colour darkened (by 1.4 and lightened by 1.1 for a
    // box, by 1.5 for a circle) and uses that colour for nothing else here: given a window
    // colour that darkens to the wanted frame, it draws the frame in it.
    const QColor frame = towards(option->palette.color(QPalette::Text),
                                 option->palette.color(QPalette::Base));
    const QColor window = frame.lighter(element == PE_IndicatorCheckBox ? 127 : 150);
    std::unique_ptr<QStyleOption> copy;
    if (const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option))
        copy = std::make_unique<QStyleOptionButton>(*button);
    else
        copy = std::make_unique<QStyleOption>(*option);
    copy->palette.setColor(QPalette::Window, window);
    QProxyStyle::drawPrimitive(element, copy.get(), painter, widget);
}

} // namespace Valuemap
