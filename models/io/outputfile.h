#pragma once

#include "io/outputguard.h"

#include <QFile>

namespace Valuemap {

// Where every export writes: a temporary file beside the target with a short name
// (TempFiles::besideTarget, so a target name of 254 bytes still works), moved into place only by
// commit(), so a failed or cancelled export never leaves a half-written file and an existing
// file stays as it was. open() refuses what OutputGuard refuses (a folder, a device, a pipe, a
// socket, a link that points nowhere, a plan open in a running Valuemap) and removes the
// temporary files of killed processes from the folder. A target that did not exist when the
// file was opened is created without replacing a file that appeared meanwhile.
class OutputFile final : public QFile
{
    Q_OBJECT

public:
    explicit OutputFile(const QString &target,
        OutputGuard::Existing existing = OutputGuard::Existing::Replace, QObject *parent = nullptr);
    ~OutputFile() override;

    bool open(OpenMode mode) override;
    // Closes the temporary file, syncs it and moves it onto the target; false (with
    // errorString()) when anything failed, the target then unchanged and the temporary removed.
    bool commit();
    // Abandons what was written: the temporary file is removed, the target left alone.
    void cancelWriting();
    QString target() const { return m_target; }

private:
    QString m_target; // the file to replace (a link to a file resolved)
    QString m_temp;
    OutputGuard::Existing m_existing;
    bool m_replace = false; // decided at open(): whether the target existed as a regular file
};

} // namespace Valuemap
