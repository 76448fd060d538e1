#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Valuemap::PlanFile {

// What the bytes of a plan file say before SQLite opens it: a missing, unreadable, empty,
// foreign, truncated, newer or non-regular file (a FIFO would hang a reader) gets its message
// here, and the side files beside it (-wal, -journal) are sorted into those that may belong
// to the plan and those that cannot.
struct Inspection
{
    QString error; // not empty: refuse to open, with this message
    int userVersion = 0; // the schema version in the header
    bool walMode = false; // the header says the plan was open (or copied while open)
    bool hasWal = false; // a -wal beside a plan in WAL mode: it may hold acknowledged edits
    QStringList foreignSideFiles; // side files that cannot belong to the plan
};

Inspection inspect(const QString &path);

// Whether another process holds SQLite's lock on the file, i.e. a running Valuemap (or another
// SQLite program) has it open. Never call it for a file this process has open: closing any
// descriptor of a file drops the process's own locks on it.
bool lockedByAnotherProcess(const QString &path);
// The process that holds that lock (its pid), or 0 when none does (or it cannot be told).
qint64 lockHolder(const QString &path);

// Renames a side file that must not be applied to "NAME.set-aside-YYYYMMDD-hhmmss"; returns the
// new name, or an empty string when it could not be moved.
QString setAside(const QString &sideFile);

// The message for a plan that a running Valuemap (or another program) holds open.
QString openElsewhereMessage(const QString &path);

} // namespace Valuemap::PlanFile
