#include "shell/icons.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Valuemap {

QIcon themedIcon(const QString &name)
{
    const QString bundled = u":/valuemap/icons/actions/%1.svg"_s.arg(name);
    return QIcon::fromTheme(name, QFile::exists(bundled) ? QIcon(bundled) : QIcon());
}

} // namespace Valuemap
