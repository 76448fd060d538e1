#include "export/papertext.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Valuemap::PaperText {

QFont font(qreal points, const QPaintDevice *device, bool bold, bool italic)
{
    QFont font(u"DejaVu Sans"_s);
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setItalic(italic);
    // Unhinted metrics: the same line breaks on paper, in the preview and in a picture.
    font.setHintingPreference(QFont::PreferNoHinting);
    // A letter spacing turns off ligatures (Qt 6.4 has no QFont::setFeature): "ff" stays two
    // letters, so copied and searched text reads "coffee", not "coﬀee".
    font.setLetterSpacing(
        QFont::AbsoluteSpacing, 0.05); // negligible, but not zero in 26.6 fixed point
    return QFont(font, device);
}

// Qt falls back from DejaVu Sans to other fonts on its own; a character that no font has would
// silently vanish from the page, so it is shown as U+FFFD instead (and reported), never dropped.
bool drawable(char32_t c)
{
    static QHash<char32_t, bool> known;
    if (c < 0x250 || QChar::category(c) == QChar::Separator_Space || QChar::isSpace(c)
        || c == QChar::LineSeparator)
        return true;
    const auto it = known.constFind(c);
    if (it != known.constEnd())
        return *it;
    bool found = QFontMetricsF(QFont(u"DejaVu Sans"_s)).inFontUcs4(c);
    const QStringList families = QFontDatabase::families();
    for (qsizetype i = 0; !found && i < families.size(); ++i)
        found = QFontMetricsF(QFont(families[i])).inFontUcs4(c);
    known.insert(c, found);
    return found;
}

QString prepared(QString text)
{
    text.replace(u'\n', QChar::LineSeparator);
    QString shown;
    shown.reserve(text.size());
    for (char32_t c : text.toUcs4()) {
        if (drawable(c))
            shown.append(QString::fromUcs4(&c, 1));
        else
            shown.append(QChar::ReplacementCharacter);
    }
    return shown;
}

void collectMissing(const QString &text, QString *missing)
{
    for (char32_t c : text.toUcs4()) {
        const QString ch = QString::fromUcs4(&c, 1);
        if (!drawable(c) && !missing->contains(ch))
            missing->append(ch);
    }
}

QString bounded(const QString &text, int limit, int *shortened)
{
    if (text.size() <= limit)
        return text;
    if (shortened)
        ++*shortened;
    const qsizetype rest = text.size() - limit;
    return text.left(limit)
        + QCoreApplication::translate(
            "Valuemap::VisionRenderer", "… [%n more character(s) in the plan]", nullptr, int(rest));
}

qreal layout(QTextLayout &layout, qreal width)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    qreal y = 0;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(std::max<qreal>(width, 1));
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

qreal height(const QString &text, const QFont &font, qreal width, const QPaintDevice *device)
{
    QTextLayout textLayout(prepared(text), font, device);
    return layout(textLayout, width);
}

qreal draw(QPainter *painter, const QString &text, const QFont &font, const QPointF &topLeft,
    qreal width, const QColor &color)
{
    QTextLayout textLayout(prepared(text), font, painter->device());
    const qreal height = layout(textLayout, width);
    painter->setPen(color);
    textLayout.draw(painter, topLeft);
    return height;
}

qreal width(const QString &text, const QFont &font, const QPaintDevice *device)
{
    QTextLayout textLayout(text, font, device);
    textLayout.beginLayout();
    QTextLine line = textLayout.createLine();
    textLayout.endLayout();
    return line.isValid() ? line.naturalTextWidth() : 0;
}

} // namespace Valuemap::PaperText
