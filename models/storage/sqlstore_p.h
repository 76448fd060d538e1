#pragma once

// Internal to the SQLite store (sqlstore*.cpp, planfile.cpp, schemacheck.cpp): not for other code.

#include "storage/changeset.h"

#include <QSqlDatabase>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

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

} // namespace SqlDetail
} // namespace Valuemap
