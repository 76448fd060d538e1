#include "io/outputguard.h"

#include "storage/planfile.h"
#include "storage/schema.h"
#include "storage/sqlstore.h"
#include "domain/text.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

QString shown(const QString &path)
{
    return shownPath(QFileInfo(path).absoluteFilePath());
}

bool syncFolder(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

OutputGuard::Verdict verdict(OutputGuard::Verdict::Kind kind, const QString &message)
{
    return { kind, message };
}

} // namespace

bool OutputGuard::sameFile(const QString &a, const QString &b)
{
    struct stat x;
    struct stat y;
    return ::stat(QFile::encodeName(a).constData(), &x) == 0
        && ::stat(QFile::encodeName(b).constData(), &y) == 0 && x.st_dev == y.st_dev
        && x.st_ino == y.st_ino;
}

bool OutputGuard::isPlanFile(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(72);
    if (header.size() < 72 || !header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return false;
    const quint32 id = (quint32(quint8(header[68])) << 24) | (quint32(quint8(header[69])) << 16)
        | (quint32(quint8(header[70])) << 8) | quint32(quint8(header[71]));
    return id == quint32(ApplicationId);
}

QString OutputGuard::resolved(const QString &target)
{
    const QFileInfo info(target);
    if (info.isSymLink() && info.exists() && info.isFile())
        return info.canonicalFilePath();
    return target;
}

OutputGuard::Verdict OutputGuard::check(
    const QString &target, Existing existing, const QStringList &inputs)
{
    if (target.isEmpty())
        return verdict(Verdict::Refused, tr("no output file is named"));
    // Not standard output, as "-" is for many tools: a file of that name would surprise.
    if (target == "-"_L1)
        return verdict(Verdict::Refused, tr("“-” names no file: Valuemap writes to a file, not to "
                                            "standard output; name one, e.g. -o plan.json"));
    const QByteArray native = QFile::encodeName(target);
    if (QFileInfo(target).fileName().toUtf8().size() > 255)
        return verdict(Verdict::Refused,
            tr("the name “%1” is longer than the 255 bytes a file name may have; choose a "
               "shorter name")
                .arg(QFileInfo(target).fileName().left(40) + u"…"_s));
    // Beside a file, SQLite takes "NAME-wal", "NAME-journal" and "NAME-shm" for that file's
    // own: replacing the log of an open plan loses its edits, and any such file is set aside
    // when the plan is next opened. Never written, whatever --force says (also through a link).
    for (const QString &path : { target, QFileInfo(target).canonicalFilePath() }) {
        for (const QLatin1StringView side : { "-wal"_L1, "-journal"_L1, "-shm"_L1 }) {
            const QString owner = path.chopped(std::min<qsizetype>(path.size(), side.size()));
            if (path.endsWith(side) && QFileInfo(owner).isFile())
                return verdict(Verdict::Refused,
                    tr("“%1” is where SQLite keeps the unsaved changes of “%2”; writing it could "
                       "destroy them. Choose a name that does not end in “%3”")
                        .arg(shown(target), shown(owner), side));
        }
    }
    struct stat link;
    if (::lstat(native.constData(), &link) != 0)
        return {}; // nothing there: a new file (placed without replacing one that appears)
    struct stat st;
    if (::stat(native.constData(), &st) != 0) {
        // A symbolic link that points nowhere: writing through it would create a file
        // somewhere else, writing over it would remove the link.
        if (existing == Existing::Replace)
            return {};
        return verdict(Verdict::Refused,
            tr("“%1” is a link to a file that does not exist; Valuemap does not write through "
               "it. Remove the link or choose another name")
                .arg(shown(target)));
    }
    if (S_ISDIR(st.st_mode))
        return verdict(
            Verdict::Refused, tr("“%1” is a folder; name a file inside it").arg(shown(target)));
    if (!S_ISREG(st.st_mode))
        return verdict(Verdict::Refused,
            tr("“%1” is not a regular file (a device, a pipe or a socket); Valuemap replaces only "
               "files, so name a file to write")
                .arg(shown(target)));
    for (const QString &input : inputs) {
        if (sameFile(target, input))
            return verdict(Verdict::Refused,
                QFileInfo(target).absoluteFilePath() == QFileInfo(input).absoluteFilePath()
                    ? tr("“%1” is the file being read; the output would destroy it. Choose "
                         "another name for the output")
                          .arg(shown(target))
                    : tr("“%1” is the file being read (%2, by another name); the output would "
                         "destroy it. Choose another name for the output")
                          .arg(shown(target), shown(input)));
    }
    // This process first: opening (and closing) a descriptor of a file that this process has
    // open would drop its SQLite locks.
    if (SqlStore::isOpenInThisProcess(target) || PlanFile::lockedByAnotherProcess(target))
        return verdict(Verdict::Refused, PlanFile::openElsewhereMessage(target));
    if (existing == Existing::Refuse)
        return verdict(Verdict::Exists, tr("“%1” already exists").arg(shown(target)));
    if (existing == Existing::ReplaceButNotPlans && isPlanFile(target))
        return verdict(Verdict::Exists,
            tr("“%1” is a Valuemap plan; an export does not replace a plan").arg(shown(target)));
    return {};
}

bool OutputGuard::place(const QString &temp, const QString &target, bool replace, QString *error)
{
    const QByteArray from = QFile::encodeName(temp);
    const QByteArray to = QFile::encodeName(target);
    const QString folder = QFileInfo(target).absolutePath();
    if (replace) {
        struct stat link;
        struct stat followed;
        const bool exists = ::lstat(to.constData(), &link) == 0;
        const bool dangling = exists && ::stat(to.constData(), &followed) != 0;
        if (exists && !dangling && !S_ISREG(followed.st_mode)) {
            *error
                = tr("“%1” is not a regular file; Valuemap replaces only files").arg(shown(target));
            return false;
        }
        if (std::rename(from.constData(), to.constData()) != 0) {
            *error = tr("the new file could not be moved into place (%1)")
                         .arg(QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        syncFolder(folder);
        return true;
    }
    const QString exists
        = tr("“%1” already exists (it appeared while the file was written)").arg(shown(target));
    if (const int failed = moveToNewName(temp, target)) {
        *error = failed == EEXIST ? exists
                                  : tr("the new file could not be moved into place (%1)")
                                        .arg(QString::fromLocal8Bit(std::strerror(failed)));
        return false;
    }
    syncFolder(folder);
    return true;
}

int OutputGuard::moveToNewName(const QString &from, const QString &to)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    // Only a file system without RENAME_NOREPLACE gets the fallback: link(2), which fails too
    // where the name exists. Any other failure (no permission, a sticky folder) is the answer.
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return errno;
    if (::link(source.constData(), target.constData()) != 0)
        return errno;
    // The old name must go, or the file would be in both places (a side file "set aside" yet
    // still beside the plan): where it cannot be removed, the new name is taken back.
    if (::unlink(source.constData()) != 0) {
        const int failed = errno;
        ::unlink(target.constData());
        return failed;
    }
    return 0;
}

void OutputGuard::removeTemporary(const QString &temp)
{
    for (const QString &suffix : { QString(), u"-journal"_s, u"-wal"_s, u"-shm"_s })
        QFile::remove(temp + suffix);
}

} // namespace Valuemap
