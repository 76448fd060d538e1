#pragma once

#include "widgets/theme.h"

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
// How a card the filter does not match is drawn: faint, still in its place.
inline constexpr qreal FilteredOutOpacity = 0.18;

// The screen's colours, or paper's while an export renders (widgets/theme.h).
inline QColor defaultCardColor() { return Theme::colors().cardPaper; }
inline QColor activityColor() { return Theme::colors().activity; }
inline QColor stepColor() { return Theme::colors().step; }
inline QColor inkColor() { return Theme::colors().ink; }
inline QColor mutedInk() { return Theme::colors().muted; }
inline QColor warningColor() { return Theme::colors().warning; }
inline QColor selectionColor() { return Theme::colors().accent; }

} // namespace Valuemap::StoryMapStyle
