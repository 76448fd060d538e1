#pragma once

// Internal to the SQLite store (sqlstore*.cpp, planfile.cpp, schemacheck.cpp): not for other code.

#include "storage/changeset.h"
#include "storage/rowcheck.h"

#include <QSqlDatabase>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

struct sqlite3;

namespace Valuemap {

class PlanStore;

namespace SqlDetail {

QString newConnectionName();
QString shown(const QString &path);
QString quotedIdentifier(QLatin1StringView name);
// What went wrong, in a user's words (the disk is full, the file is damaged …), never SQL.
QString userMessage(const QSqlError &error);
// Makes what was written to path durable (fsync); for a folder, its entries.
bool syncFile(const QString &path);
// rename(2), which replaces atomically, then syncs the folder.
bool replaceFile(const QString &from, const QString &to);

// SQLite's own connection under a Qt connection, or nullptr.
sqlite3 *nativeHandle(QSqlDatabase &db);
// Makes a freshly opened connection treat the file as data, never as code: defensive mode (no
// writes to the schema or to sqlite_schema, no corrupting PRAGMAs), no trusted schema, no
// extension loading, triggers and views disabled, no double-quoted string literals. Must run
// before the first statement, which is when SQLite reads the schema.
bool hardenConnection(QSqlDatabase &db, QString *error);
bool hardenConnection(sqlite3 *handle, QString *error);

// Opens a hardened connection (see hardenConnection) to a file: its name, or an empty string
// with *error set. Without busy wait: a file held by another Valuemap says so at once.
QString connect(const QString &file, bool writable, QString *error);
// Closes and removes a connection that connect() opened.
void disconnect(const QString &name);

// The Qt connection of a name, with a one-statement runner.
class Connection
{
public:
    explicit Connection(const QString &name) : m_db(QSqlDatabase::database(name, false)) { }
    QSqlDatabase &db() { return m_db; }
    // Runs one statement without values; returns its first column of every row, or nullopt
    // with *error set.
    std::optional<QVariantList> run(const QString &sql, QSqlError *error = nullptr);

private:
    QSqlDatabase m_db;
};

// Runs the numbered migrations after `from` up to `to` on the connection, each in one
// transaction.
bool migrate(Connection &c, int from, QString *error, int to = -1);

// Writes the row operations (and the row checksums that go with them) with bound values, in
// the caller's transaction. `before` is the plan as it was before the changes (for the new
// checksums of updated rows); null for a new plan.
class RowWriter
{
public:
    explicit RowWriter(QSqlDatabase db) : m_db(std::move(db)) { }
    bool write(const ChangeSet &changes, const PlanStore *before, QString *error);

private:
    QSqlQuery &statement(const QString &sql, QString *error);

    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
};

// Rows of one table as read, and what their checks found: the value problem of each row, or
// (when it has none) its checksum.
// The longest text or blob SQLite reads on Valuemap's connections, in megabytes: a hostile file
// cannot make it allocate without bound (a plan's texts are far shorter, see rowcheck.h).
inline constexpr int MaxReadMegabytes = 64;

struct RowBatch
{
    Table table = Table::Product;
    QList<Row> rows; // shared with the plan, so only read until the batch is gone
    std::vector<int> wrongTypes; // the first column whose stored type is wrong, or -1
    std::vector<int> oversized; // a column longer than SQLite may read here (then also in wrongTypes), or -1
    std::vector<std::optional<ValueProblem>> problems; // when wrongTypes is -1
    std::vector<qint64> sums; // when there is no problem
};

// A row of SQLite's foreign-key check: the table, the row, the table it refers to.
struct DanglingLink
{
    QString table;
    QVariant row;
    QString parent;
};

// The checks of opening a plan that need no thread of their own, on one: SQLite's quick_check
// and foreign_key_check on a second, read-only, hardened connection to the file, while the
// reader reads rows; then the value checks and checksums of the rows read, batch by batch,
// taken by whichever of the two threads is free. Every finding is the same as the one
// thread's of before, and in the same order: batches are checked apart but kept in the order
// they were read, and SQLite's checks read the same file. Where the worker cannot run SQLite's
// checks (the plan is in WAL mode, whose pages a second reader may not see alike; the file
// cannot be opened twice), it leaves them to the caller on the main connection.
class OpenChecks
{
public:
    // withSqliteChecks: run SQLite's checks on a second connection to file, opened for
    // writing when the main one is (SQLite reads a table's CHECK rules, and so checks them,
    // only where it may write), but only ever reading.
    OpenChecks(const QString &file, bool writable, bool withSqliteChecks);
    ~OpenChecks();
    OpenChecks(const OpenChecks &) = delete;
    OpenChecks &operator=(const OpenChecks &) = delete;

    // Hands over rows just read (the reader's thread).
    void add(std::unique_ptr<RowBatch> batch);
    // No more rows: checks the batches nobody has taken yet, then waits for the worker.
    void finish();
    // After finish(): every batch, checked, in the order added.
    const std::vector<std::unique_ptr<RowBatch>> &batches() const { return m_batches; }
    // After finish(): the lines of SQLite's quick_check and the rows of its foreign-key
    // check, or nullopt when the worker did not run them (or they failed: the caller runs them
    // again on its own connection and reports what happens there).
    const std::optional<QStringList> &quickCheck() const { return m_quickCheck; }
    const std::optional<QList<DanglingLink>> &danglingLinks() const { return m_danglingLinks; }

private:
    void runSqliteChecks();
    void checkBatches();

    QString m_file;
    bool m_writable = false;
    bool m_withSqliteChecks = false;
    std::optional<QStringList> m_quickCheck;
    std::optional<QList<DanglingLink>> m_danglingLinks;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::unique_ptr<RowBatch>> m_batches;
    size_t m_next = 0; // the first batch nobody has taken
    bool m_closed = false;
    std::thread m_worker;
};

} // namespace SqlDetail
} // namespace Valuemap
