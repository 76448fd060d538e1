#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Valuemap {

// The one place that decides whether a file may be written, and that moves a finished file
// into place. Every writer uses it: the exports (through OutputFile), `valuemap import` and the
// plan files SqlStore creates. An output never replaces the plan being read, a plan that a
// running Valuemap has open, a folder, a device, a pipe or a socket, and never writes through
// a symbolic link that points nowhere; a new file is placed atomically without replacing a
// file that appeared in the meantime.
class OutputGuard final
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::OutputGuard)

public:
    // What may happen to a file that already has the target's name.
    enum class Existing {
        Refuse, // never replace (a new plan without --force)
        Replace, // replace a regular file (--force, or the user confirmed it in a dialog)
        ReplaceButNotPlans, // replace a regular file unless it is a Valuemap plan (exports)
    };

    struct Verdict
    {
        enum Kind { Write, Exists, Refused } kind = Write;
        QString message; // for Exists and Refused: names the file; the caller may add a hint
        bool ok() const { return kind == Write; }
    };

    // Whether target may be written; `inputs` are the files the command reads (never its output).
    static Verdict check(const QString &target, Existing existing, const QStringList &inputs = {});

    // The file a write to target should replace: a symbolic link to a regular file is followed
    // (the link stays a link); anything else is target itself.
    static QString resolved(const QString &target);

    // Moves the finished temporary file onto target. Without replace, atomically and only where
    // no file of that name exists (rename with RENAME_NOREPLACE, or link(2) where the file system
    // lacks it); with replace, only over a regular file or a link that points nowhere. Syncs the
    // folder. On failure *error says why and the temporary file is left for the caller to remove.
    static bool place(const QString &temp, const QString &target, bool replace, QString *error);

    // Renames `from` to `to` only where no file of that name exists (RENAME_NOREPLACE, or
    // link(2) where the file system lacks it): 0, or the errno (EEXIST when the name is taken).
    static int moveToNewName(const QString &from, const QString &to);

    // Removes a temporary file and the SQLite journals that may lie beside it.
    static void removeTemporary(const QString &temp);

    // Whether two paths name the same file (symlinks followed: same device and inode).
    static bool sameFile(const QString &a, const QString &b);
    // Whether the file is a Valuemap plan (by its header; a non-regular file never is).
    static bool isPlanFile(const QString &path);
};

} // namespace Valuemap
