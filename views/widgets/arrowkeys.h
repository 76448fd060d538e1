#pragma once

#include <QPoint>

namespace Valuemap {

// The direction an arrow key points in, as (dx, dy) with each of -1, 0 or 1: Left (-1, 0), Down
// (0, 1) ...; (0, 0) for any other key. The canvases' keyboard models (map, board) share it.
QPoint arrowStep(int key);

} // namespace Valuemap
