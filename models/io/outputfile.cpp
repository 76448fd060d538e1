#include "io/outputfile.h"

#include <QFileInfo>

namespace Valuemap {

OutputFile::OutputFile(const QString &name, QObject *parent) : QSaveFile(name, parent) { }

bool OutputFile::open(OpenMode mode)
{
    const QFileInfo target(fileName());
    if (target.isDir()) {
        setErrorString(tr("it is a folder; name a file inside it"));
        return false;
    }
    if (target.exists() && !target.isFile()) {
        setErrorString(tr("it is not a regular file (a device, a pipe or a socket); name a file to write"));
        return false;
    }
    return QSaveFile::open(mode);
}

} // namespace Valuemap
