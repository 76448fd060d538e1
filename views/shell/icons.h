#pragma once

#include <QIcon>
#include <QString>

namespace Valuemap {

// An icon from the desktop's icon theme by its freedesktop name ("document-open"), with the
// simple SVG of the same name bundled in resources/icons/actions as the fallback: the menus
// look the same on a desktop without an icon theme.
QIcon themedIcon(const QString &name);

} // namespace Valuemap
