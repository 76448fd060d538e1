#include "io/outputfile.h"

#include "storage/tempfiles.h"

#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Valuemap {

OutputFile::OutputFile(const QString &target, OutputGuard::Existing existing, QObject *parent)
    : QFile(parent)
    , m_target(OutputGuard::resolved(target))
    , m_existing(existing)
{ }

OutputFile::~OutputFile()
{
    cancelWriting();
}

bool OutputFile::open(OpenMode mode)
{
    const OutputGuard::Verdict verdict = OutputGuard::check(m_target, m_existing);
    if (!verdict.ok()) {
        // Callers put the reason into a sentence of their own.
        setErrorString(
            verdict.message.endsWith(u'.') ? verdict.message.chopped(1) : verdict.message);
        return false;
    }
    struct stat st;
    m_replace = ::lstat(QFile::encodeName(m_target).constData(), &st) == 0;
    const QString folder = QFileInfo(m_target).absolutePath();
    TempFiles::removeStale(folder);
    m_temp = TempFiles::besideTarget(m_target);
    // O_EXCL: never write into a file that someone else placed under the temporary name.
    const int fd = ::open(
        QFile::encodeName(m_temp).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) {
        setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
        m_temp.clear();
        return false;
    }
    setFileName(m_temp);
    if (!QFile::open(fd, mode | QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        OutputGuard::removeTemporary(m_temp);
        m_temp.clear();
        return false;
    }
    return true;
}

bool OutputFile::commit()
{
    if (m_temp.isEmpty()) {
        if (errorString().isEmpty())
            setErrorString(tr("the file was not opened"));
        return false;
    }
    bool ok = error() == QFileDevice::NoError && flush();
    if (ok && ::fsync(handle()) != 0) {
        setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
        ok = false;
    }
    const QString reason = errorString();
    QFile::close();
    if (ok && error() != QFileDevice::NoError)
        ok = false;
    QString placeError;
    if (ok && !OutputGuard::place(m_temp, m_target, m_replace, &placeError)) {
        setErrorString(placeError);
        ok = false;
    } else if (!ok) {
        setErrorString(reason);
    }
    if (!ok)
        OutputGuard::removeTemporary(m_temp);
    m_temp.clear();
    setFileName(m_target);
    return ok;
}

void OutputFile::cancelWriting()
{
    if (m_temp.isEmpty())
        return;
    if (isOpen())
        QFile::close();
    OutputGuard::removeTemporary(m_temp);
    m_temp.clear();
    setFileName(m_target);
}

} // namespace Valuemap
