#pragma once

#include <QColor>
#include <QtGlobal>

namespace Valuemap::StoryMapStyle {

// The grid of the story map, in scene units (one unit = one pixel at 100 % zoom).
inline constexpr qreal Gutter = 230; // left band with the lane and backbone labels
inline constexpr qreal Margin = 16;
inline constexpr qreal CardWidth = 164;
inline constexpr qreal CardHeight = 96;
inline constexpr qreal Gap = 10;
inline constexpr qreal ColumnWidth = CardWidth + Gap;
inline constexpr qreal PersonaRowHeight = 40;
inline constexpr qreal ActivityHeight = 54;
inline constexpr qreal StepHeight = 46;
inline constexpr qreal LanePadding = 10;
inline constexpr qreal CollapsedLaneHeight = 44;
inline constexpr qreal LaneHeaderMinHeight = 86;

inline QColor defaultCardColor() { return QColor(0xff, 0xf4, 0xb8); }
inline QColor activityColor() { return QColor(0x1f, 0x4e, 0x79); }
inline QColor stepColor() { return QColor(0xd6, 0xe6, 0xf5); }
inline QColor inkColor() { return QColor(0x1d, 0x23, 0x2b); }
inline QColor mutedInk() { return QColor(0x5f, 0x67, 0x73); }
inline QColor warningColor() { return QColor(0xb4, 0x23, 0x18); }
inline QColor selectionColor() { return QColor(0x26, 0x7d, 0xd9); }

} // namespace Valuemap::StoryMapStyle
