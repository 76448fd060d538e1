// libFuzzer target: any bytes as a .valuemap file. Opening must give a document or a message —
// never a crash, a hang, or a change to the file.
#include "storage/document.h"
#include "storage/plancheck.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_open";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.valuemap"));
    QFile::remove(path + QStringLiteral("-wal"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(reinterpret_cast<const char *>(data), qsizetype(size));
    }
    const QByteArray before = QCryptographicHash::hash(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                                                       QCryptographicHash::Sha256);
    QString error;
    {
        // Read-only: a fuzzed file that happens to be valid must not be changed by opening it.
        auto doc = Valuemap::Document::open(path, &error, Valuemap::OpenMode::ReadOnly);
        if (doc)
            (void)Valuemap::planProblems(*doc);
        else if (error.isEmpty())
            std::abort(); // a refusal must say why
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256) != before)
        std::abort(); // opening changed the file
    return 0;
}
