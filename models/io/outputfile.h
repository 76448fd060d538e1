#pragma once

#include <QSaveFile>

namespace Valuemap {

// Where every export writes: a QSaveFile (a temporary file beside the target, renamed into place
// only on commit(), so a failed export never leaves a half-written file) that refuses targets
// which are not regular files. Renaming over a device, a pipe or a socket would replace it with
// a file — as root, `-o /dev/full` would replace the device itself.
class OutputFile final : public QSaveFile
{
    Q_OBJECT

public:
    explicit OutputFile(const QString &name, QObject *parent = nullptr);
    bool open(OpenMode mode) override;
};

} // namespace Valuemap
