#pragma once

#include "widgets/theme.h"

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QString>

class QPaintDevice;
class QPainter;
class QTextLayout;

namespace Valuemap::PaperText {

// The typography of everything Valuemap puts on paper (the vision statement, the client handout):
// DejaVu Sans, unhinted, without ligatures, sized in points against the device's resolution, so
// the words break the same in a PDF, a preview and a picture, and copy out as typed.

// The colours of print: body text, secondary text, headings and rules, thin borders.
// Always the light set (widgets/theme.h), whatever the screen shows.
inline constexpr ThemeRole Ink { &ThemeColors::ink, true };
inline constexpr ThemeRole Muted { &ThemeColors::muted, true };
inline constexpr ThemeRole Accent { &ThemeColors::accentText, true };
inline constexpr ThemeRole Border { &ThemeColors::line, true };

QFont font(qreal points, const QPaintDevice *device, bool bold = false, bool italic = false);

// Whether any installed font can draw c.
bool drawable(char32_t c);
// The text as it goes on paper: line breaks as line separators, characters no font has as
// U+FFFD (visible, never silently dropped).
QString prepared(QString text);
// The characters of text that no installed font can draw, each once, appended to *missing.
void collectMissing(const QString &text, QString *missing);

// Text longer than limit cut there, with a visible, translated "… [n more characters in the
// plan]"; *shortened counts the cuts. The plan keeps the whole text.
QString bounded(const QString &text, int limit, int *shortened = nullptr);

// Lays text out in lines of width; words longer than a line break anywhere rather than spill.
// Returns the height.
qreal layout(QTextLayout &layout, qreal width);
qreal height(const QString &text, const QFont &font, qreal width, const QPaintDevice *device);
// Draws wrapped text with its top-left at topLeft; returns its height.
qreal draw(QPainter *painter, const QString &text, const QFont &font, const QPointF &topLeft,
    qreal width, const QColor &color);
// The width of text on one line.
qreal width(const QString &text, const QFont &font, const QPaintDevice *device);

} // namespace Valuemap::PaperText
