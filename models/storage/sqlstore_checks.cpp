// SqlDetail::OpenChecks: the checks of opening a plan, on a second thread beside the reader.
#include "storage/sqlstore_p.h"

#include "domain/text.h"

#include <QFile>

#include <sqlite3.h>

#include <system_error>

using namespace Qt::StringLiterals;

namespace Valuemap::SqlDetail {

namespace {

// Each row's value problem, or its checksum: pure functions of the row, so any thread may
// check any batch.
void checkBatch(RowBatch &batch)
{
    const qsizetype n = batch.rows.size();
    batch.problems.resize(size_t(n));
    batch.sums.resize(size_t(n));
    for (qsizetype i = 0; i < n; ++i) {
        if (batch.wrongTypes[size_t(i)] >= 0)
            continue;
        const Row &row = batch.rows.at(i);
        batch.problems[size_t(i)] = rowProblem(batch.table, row);
        if (!batch.problems[size_t(i)])
            batch.sums[size_t(i)] = rowChecksum(batch.table, row);
    }
}

// Runs one PRAGMA and hands each row to `take`; false when it did not run to the end.
template<typename Take>
bool eachRow(sqlite3 *db, const char *sql, Take take)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return false;
    }
    int step;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW)
        take(statement);
    sqlite3_finalize(statement);
    return step == SQLITE_DONE;
}

// A text column as the Qt driver gives it: UTF-8 decoded, null as a null string.
QString text(sqlite3_stmt *statement, int column)
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return bytes ? exactUtf8(bytes, sqlite3_column_bytes(statement, column)) : QString();
}

} // namespace

OpenChecks::OpenChecks(const QString &file, bool writable, bool withSqliteChecks)
    : m_file(file), m_writable(writable), m_withSqliteChecks(withSqliteChecks)
{
    try {
        m_worker = std::thread([this] {
            if (m_withSqliteChecks)
                runSqliteChecks();
            checkBatches();
        });
    } catch (const std::system_error &) {
        // No thread to be had: the reader checks every batch, the caller runs SQLite's checks.
    }
}

OpenChecks::~OpenChecks()
{
    finish();
}

void OpenChecks::add(std::unique_ptr<RowBatch> batch)
{
    {
        const std::lock_guard lock(m_mutex);
        m_batches.push_back(std::move(batch));
    }
    m_changed.notify_one();
}

void OpenChecks::finish()
{
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_changed.notify_all();
    checkBatches();
    if (m_worker.joinable())
        m_worker.join();
}

void OpenChecks::checkBatches()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (m_next < m_batches.size()) {
            // The batch object stays where it is when the list grows.
            RowBatch *batch = m_batches[m_next++].get();
            lock.unlock();
            checkBatch(*batch);
            lock.lock();
        } else if (m_closed) {
            return;
        } else {
            m_changed.wait(lock);
        }
    }
}

void OpenChecks::runSqliteChecks()
{
    // The same file, in the same mode and hardened like the main connection, and only read.
    // The main connection (rollback journal; in exclusive locking mode only a shared lock
    // until it writes) lets a second reader in; should it not, the caller finds nullopt and
    // checks on its own.
    sqlite3 *db = nullptr;
    const int mode = m_writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
    if (sqlite3_open_v2(QFile::encodeName(m_file).constData(), &db, mode, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return;
    }
    QString error;
    if (hardenConnection(db, &error)) {
        QStringList lines;
        if (eachRow(db, "PRAGMA quick_check", [&](sqlite3_stmt *s) { lines.append(text(s, 0)); }))
            m_quickCheck = lines;
        QList<DanglingLink> links;
        const bool linksChecked = eachRow(db, "PRAGMA foreign_key_check", [&](sqlite3_stmt *s) {
            // The row id as the Qt driver gives it: a whole number, or null.
            const QVariant row = sqlite3_column_type(s, 1) == SQLITE_NULL
                ? QVariant()
                : QVariant(qlonglong(sqlite3_column_int64(s, 1)));
            links.append({ text(s, 0), row, text(s, 2) });
        });
        if (linksChecked)
            m_danglingLinks = links;
    }
    sqlite3_close(db);
}

} // namespace Valuemap::SqlDetail
