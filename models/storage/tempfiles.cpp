#include "storage/tempfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cerrno>
#include <signal.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Valuemap::TempFiles {

QString besideTarget(const QString &target)
{
    const QString folder = QFileInfo(target).absolutePath();
    return QDir(folder).filePath(u".vm-%1-%2.tmp"_s.arg(QCoreApplication::applicationPid())
                                     .arg(QRandomGenerator::system()->generate(), 8, 16, QChar(u'0')));
}

int removeStale(const QString &folder)
{
    static const QRegularExpression pattern(u"^\\.vm-(\\d+)-[0-9a-f]{8}\\.tmp(-journal|-wal|-shm)?$"_s);
    int removed = 0;
    const QDir dir(folder);
    const QStringList names = dir.entryList({ u".vm-*.tmp*"_s }, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        const auto match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        const qint64 pid = match.captured(1).toLongLong();
        if (pid == QCoreApplication::applicationPid())
            continue;
        // kill(pid, 0) fails with ESRCH only when no such process exists.
        if (pid > 0 && pid < (qint64(1) << 31) && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH) {
            if (QFile::remove(dir.filePath(name)))
                ++removed;
        }
    }
    return removed;
}

} // namespace Valuemap::TempFiles
