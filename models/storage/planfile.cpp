#include "storage/planfile.h"

#include "io/outputguard.h"
#include "storage/schema.h"
#include "storage/sqlstore.h"
#include "storage/sqlstore_p.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Valuemap::PlanFile {

using SqlDetail::shown;

namespace {

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    return (quint32(quint8(bytes[offset])) << 24) | (quint32(quint8(bytes[offset + 1])) << 16)
        | (quint32(quint8(bytes[offset + 2])) << 8) | quint32(quint8(bytes[offset + 3]));
}

enum class Kind { Missing, Regular, Folder, Other };

// stat(2), following symlinks, without opening: opening a FIFO for reading blocks.
Kind kindOf(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return Kind::Missing;
    if (S_ISREG(st.st_mode))
        return Kind::Regular;
    return S_ISDIR(st.st_mode) ? Kind::Folder : Kind::Other;
}

Inspection refused(const QString &message)
{
    Inspection result;
    result.error = message;
    return result;
}

} // namespace

QString openElsewhereMessage(const QString &path)
{
    return SqlStore::tr("“%1” is open in another Valuemap window or program. Close it there "
                        "first, or open a copy of the file.")
        .arg(shown(path));
}

Inspection inspect(const QString &path)
{
    Inspection result;
    switch (kindOf(path)) {
    case Kind::Missing:
        // A name that is not UTF-8 (a Latin-1 name from an old archive) reaches Valuemap with
        // its odd bytes as U+FFFD, and no file has that name.
        result.error = path.contains(QChar(QChar::ReplacementCharacter))
            ? SqlStore::tr("“%1” cannot be opened: its name is not valid UTF-8 (the � stand for "
                           "bytes Valuemap cannot read). Rename the file and try again.")
                  .arg(shown(path))
            : SqlStore::tr("“%1” does not exist. Check the name and folder, or create "
                           "a new plan with File → New.")
                  .arg(shown(path));
        return result;
    case Kind::Folder:
        result.error = SqlStore::tr("“%1” is a folder, not a Valuemap plan. Choose a .valuemap "
                                    "file.")
                           .arg(shown(path));
        return result;
    case Kind::Other:
        result.error = SqlStore::tr("“%1” is not a regular file (it is a pipe, a device or a "
                                    "socket), so it holds no plan. Choose a .valuemap file.")
                           .arg(shown(path));
        return result;
    case Kind::Regular:
        break;
    }
    // A side file that is not a regular file would make SQLite block or fail on it.
    for (const QString &suffix : { u"-wal"_s, u"-journal"_s, u"-shm"_s }) {
        const Kind kind = kindOf(path + suffix);
        if (kind != Kind::Missing && kind != Kind::Regular) {
            result.error = SqlStore::tr("Beside “%1” lies “%2”, which is not a regular file. "
                                        "Valuemap does not open the plan with it there; move "
                                        "it away and try again.")
                               .arg(shown(path), shown(path + suffix));
            return result;
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refused(SqlStore::tr("“%1” cannot be read: %2. Check the file's permissions.")
                     .arg(shown(path), file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return refused(SqlStore::tr("“%1” is empty (0 bytes), so it holds no plan. If it should, "
                              "restore it from a backup.")
                     .arg(shown(path)));
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic))
        return refused(SqlStore::tr("“%1” is not a Valuemap plan (its content is not a Valuemap "
                              "database). Choose a .valuemap file.")
                     .arg(shown(path)));
    if (header.size() < 100)
        return refused(SqlStore::tr("“%1” is damaged: the file is cut short (%2 bytes). Restore it "
                              "from a backup or a copy.")
                     .arg(shown(path))
                     .arg(size));
    quint32 pageSize = (quint32(quint8(header[16])) << 8) | quint8(header[17]);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = bigEndian32(header, 24);
    const quint32 pages = bigEndian32(header, 28);
    const quint32 validFor = bigEndian32(header, 92);
    const qint64 expected = qint64(pageSize) * pages;
    if (changeCounter == validFor && pages > 0 && size < expected)
        return refused(SqlStore::tr("“%1” is damaged: the file is cut short (%2 of %3 bytes). "
                              "Restore it from a backup or a copy.")
                     .arg(shown(path))
                     .arg(size)
                     .arg(expected));
    // Far longer than its header says: no plan Valuemap wrote (a checkpoint cut short leaves at
    // most a log's worth of pages beyond it), and reading it through, or copying it privately,
    // would take minutes and as much disk as the file claims (a hostile 20 GB tail of zeros).
    if (changeCounter == validFor && pages > 0 && size - expected > std::max<qint64>(expected, qint64(64) << 20))
        return refused(SqlStore::tr("“%1” is damaged: the file is %2 MB long, but the plan in it "
                                    "takes %3 MB. Restore it from a backup or a copy.")
                           .arg(shown(path))
                           .arg(size >> 20)
                           .arg(std::max<qint64>(expected >> 20, 1)));
    // The header holds the schema version (offset 60) and the application id (offset 68).
    result.userVersion = int(bigEndian32(header, 60));
    const quint32 applicationId = bigEndian32(header, 68);
    if (applicationId != quint32(ApplicationId))
        return refused(SqlStore::tr("“%1” is a database of another application, not a Valuemap plan. "
                              "Open a .valuemap file instead.")
                     .arg(shown(path)));
    if (result.userVersion > CurrentSchemaVersion)
        return refused(SqlStore::tr("“%1” was saved by a newer version of Valuemap (file format %2; "
                              "this version reads up to %3). Update Valuemap to open it.")
                     .arg(shown(path))
                     .arg(result.userVersion)
                     .arg(CurrentSchemaVersion));
    if (result.userVersion < 1)
        return refused(SqlStore::tr("“%1” is damaged: it has no file format version. Restore it from "
                              "a backup or a copy.")
                     .arg(shown(path)));
    // Valuemap closes a plan in rollback-journal mode (file format versions 1, see ~SqlStore)
    // and never leaves a rollback journal behind (upgrades are made in a copy): a -wal or a
    // -journal beside such a file belongs to another database. A plan still in WAL mode (2)
    // was not closed cleanly — a crash, a power cut, a copy taken while it was open — and its
    // -wal may hold acknowledged edits; a -journal beside it cannot belong to it.
    result.walMode = header[18] == 2 && header[19] == 2;
    const bool wal = QFileInfo::exists(path + u"-wal"_s);
    const bool journal = QFileInfo::exists(path + u"-journal"_s);
    // A log far longer than any this plan could have written (Valuemap checkpoints every few
    // megabytes; one transaction touches at most the plan's pages, twice over) is not its own:
    // trying it would read the whole of it and copy it privately first, minutes for a hostile
    // 30 GB file of holes.
    const qint64 walSize = wal ? QFileInfo(path + u"-wal"_s).size() : 0;
    const bool walFits = walSize <= std::max<qint64>(4 * size, qint64(64) << 20);
    if (wal && result.walMode && walFits)
        result.hasWal = true;
    else if (wal)
        result.foreignSideFiles.append(path + u"-wal"_s);
    if (journal)
        result.foreignSideFiles.append(path + u"-journal"_s);
    return result;
}

namespace {

// SQLite's unix locks: the pending byte, the reserved byte and the shared range at 1 GiB.
// Returns whether another process holds any of them, and which.
bool probeLock(const QString &path, qint64 *holder)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return false;
    struct flock query = {};
    query.l_type = F_WRLCK;
    query.l_whence = SEEK_SET;
    query.l_start = 0x40000000;
    query.l_len = 2 + 510;
    const bool locked = ::fcntl(fd, F_GETLK, &query) == 0 && query.l_type != F_UNLCK;
    ::close(fd);
    if (holder)
        *holder = locked ? qint64(query.l_pid) : 0;
    return locked;
}

} // namespace

bool lockedByAnotherProcess(const QString &path)
{
    return probeLock(path, nullptr);
}

qint64 lockHolder(const QString &path)
{
    qint64 holder = 0;
    probeLock(path, &holder);
    return holder;
}

QString setAside(const QString &sideFile)
{
    // Never over another file: a name set aside earlier in the same second gets a number.
    const QString stamp = sideFile + u".set-aside-"_s
        + QDateTime::currentDateTime().toString(u"yyyyMMdd-hhmmss"_s);
    for (int n = 1; n <= 100; ++n) {
        const QString target = n == 1 ? stamp : stamp + u'-' + QString::number(n);
        const int failed = OutputGuard::moveToNewName(sideFile, target);
        if (failed == EEXIST)
            continue;
        // Gone from beside the plan, or not set aside at all.
        if (failed != 0 || QFileInfo(sideFile).exists() || QFileInfo(sideFile).isSymLink())
            return {};
        SqlDetail::syncFile(QFileInfo(target).absolutePath());
        return target;
    }
    return {};
}

} // namespace Valuemap::PlanFile
