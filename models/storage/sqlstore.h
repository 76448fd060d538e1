#pragma once

#include "storage/planbackend.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QTemporaryDir;

namespace Valuemap {

class PlanStore;
enum class OpenMode;
namespace SqlDetail {
class OpenChecks;
class RowWriter;
}

// The SQLite side of a document: checks a file before anything is written to it (its bytes,
// the side files beside it, its whole schema, every value, every row's checksum, its links),
// upgrades it, holds the connection (and with it the lock that keeps a second process out),
// loads the plan and commits ChangeSets with bound values. Only Document uses it.
class SqlStore final : public PlanBackend
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::SqlStore)

public:
    struct Opened
    {
        std::unique_ptr<SqlStore> store;
        QString error;
        QString readOnlyReason;
        int schemaVersion = 0; // as found in the file, before any upgrade
        QStringList notices; // what was done on the way that the user should know
    };

    ~SqlStore() override;
    SqlStore(const SqlStore &) = delete;
    SqlStore &operator=(const SqlStore &) = delete;

    // Checks the file, upgrades it and reads the whole plan into *plan, all before anything is
    // written to it; then (when writable and sound) takes the lock (WAL comes with the first
    // edit). A plan
    // that fails its checks opens read-only, with the problems in problems().
    static Opened open(const QString &path, OpenMode mode, PlanStore &plan);
    // Builds a new plan in a temporary file beside path, then moves it into place. The product
    // row (empty: one named after the file) and the rows (inserts, parents first) are written
    // with bound values in one transaction, and the result must pass the integrity and
    // foreign-key checks, or nothing is created. progress (optional) is called now and then
    // with the rows done; false cancels.
    static bool createFile(const QString &path, bool replaceExisting, QString *error,
                           const Row &product = {}, const ChangeSet &rows = {},
                           const std::function<bool(qint64, qint64)> &progress = {});
    // Whether this process has the plan open (in any document).
    static bool isOpenInThisProcess(const QString &path);

    // Writes the changes in one transaction; `before` is the plan they apply to.
    Outcome write(const ChangeSet &changes, const PlanStore &before, const QString &undoText,
                  qint64 since, bool mayRenumber) override;
    bool copyTo(const QString &path, const PlanStore &plan, QString *error) override;
    // Every row of every table as text, in id order: what "the same database content" means.
    QString dump() override;
    // What is wrong with the plan: what its checks found when it was opened, and SQLite's
    // integrity and foreign-key checks now. Empty when the plan is sound.
    QStringList problems() override;
    QList<RowKey> unsoundRows() const override { return m_unsoundRows; }
    QString location() const override { return m_path; }

private:
    SqlStore(QString connection, QString path);
    // Reads every table into *plan, checking each value and each row's checksum; what does
    // not hold goes into m_openProblems and m_unsoundRows. The rows are checked by `checks`
    // (which load finishes) or, without, by checks of its own.
    bool load(PlanStore &plan, QString *error, SqlDetail::OpenChecks *checks = nullptr);
    static bool readsSound(const QString &file);
    // One line of SQLite's integrity check in the user's words.
    static QString integrityFinding(const QString &line);
    bool writeRows(const ChangeSet &changes, const PlanStore &before, QString *error);
    // Before the first edit: WAL, one fsync per commit, so an edit is durable within
    // milliseconds (synchronous = FULL syncs the log at every commit: an acknowledged edit
    // survives a crash or power cut). Closing switches back to a rollback journal.
    bool enterWal(QString *error);

    QString m_connection;
    QString m_path;
    bool m_writable = false;
    bool m_inWal = false; // switched to WAL for the first edit
    QString m_lockKey; // set while this store holds the file open
    std::unique_ptr<SqlDetail::RowWriter> m_writer;
    std::unique_ptr<QTemporaryDir> m_privateCopy; // where a read-only plan is read from, if not in place
    QStringList m_openProblems;
    QList<RowKey> m_unsoundRows;
};

} // namespace Valuemap
