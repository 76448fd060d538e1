#include "storage/sqlstore_p.h"

#include "storage/planstore.h"
#include "storage/rowcheck.h"
#include "storage/schema.h"
#include "domain/text.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Valuemap::SqlDetail {

QString newConnectionName()
{
    static QAtomicInt counter;
    return u"valuemap-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

QString shown(const QString &path)
{
    return shownPath(QFileInfo(path).absoluteFilePath());
}

QString userMessage(const QSqlError &error)
{
    // SQLite's primary result codes (the driver reports extended ones; the low byte is the
    // primary code). What a user can act on, in their words, never the SQL text.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    switch (code) {
    case SQLITE_FULL:
        return QCoreApplication::translate("Valuemap::SqlStore", "the disk is full");
    case SQLITE_IOERR:
        return QCoreApplication::translate("Valuemap::SqlStore", "the disk reported a read or write error");
    case SQLITE_READONLY:
        return QCoreApplication::translate("Valuemap::SqlStore", "the file or its folder has become read-only");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QCoreApplication::translate("Valuemap::SqlStore", "the file is damaged");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate("Valuemap::SqlStore", "the file is locked by another program");
    case SQLITE_CONSTRAINT:
        return QCoreApplication::translate("Valuemap::SqlStore", "the change would break the plan's links between rows");
    case SQLITE_NOMEM:
        return QCoreApplication::translate("Valuemap::SqlStore", "the computer ran out of memory");
    case SQLITE_CANTOPEN:
        return QCoreApplication::translate("Valuemap::SqlStore", "the file cannot be opened");
    case SQLITE_TOOBIG:
        return QCoreApplication::translate("Valuemap::SqlStore", "a value is too large");
    default:
        return QCoreApplication::translate("Valuemap::SqlStore", "the database reported error %1").arg(code);
    }
}

QString quotedIdentifier(QLatin1StringView name)
{
    return u'"' + QString(name) + u'"';
}

bool syncFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool replaceFile(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return false;
    syncFile(QFileInfo(to).absolutePath());
    return true;
}

sqlite3 *nativeHandle(QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool hardenConnection(QSqlDatabase &db, QString *error)
{
    sqlite3 *handle = nativeHandle(db);
    if (!handle) {
        *error = u"the database driver gives no SQLite connection"_s;
        return false;
    }
    return hardenConnection(handle, error);
}

bool hardenConnection(sqlite3 *handle, QString *error)
{
    struct Setting
    {
        int option;
        int value;
    };
    static const Setting settings[] = {
        { SQLITE_DBCONFIG_DEFENSIVE, 1 },
        { SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0 },
        { SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0 },
        { SQLITE_DBCONFIG_ENABLE_TRIGGER, 0 },
        { SQLITE_DBCONFIG_ENABLE_VIEW, 0 },
        { SQLITE_DBCONFIG_DQS_DML, 0 },
        { SQLITE_DBCONFIG_DQS_DDL, 0 },
    };
    for (const Setting &s : settings) {
        int now = -1;
        if (sqlite3_db_config(handle, s.option, s.value, &now) != SQLITE_OK || now != s.value) {
            *error = u"SQLite refused a safety setting (%1)"_s.arg(s.option);
            return false;
        }
    }
    // A hostile file cannot make SQLite allocate without bound.
    sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, MaxReadMegabytes * 1024 * 1024);
    return true;
}

// Opens a hardened connection to a file; the connection's name, or empty with *error set.
QString connect(const QString &file, bool writable, QString *error)
{
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        // No busy wait: a file held by another Valuemap must say so at once, not after 5 s.
        db.setConnectOptions(writable ? u"QSQLITE_BUSY_TIMEOUT=0"_s
                                      : u"QSQLITE_BUSY_TIMEOUT=0;QSQLITE_OPEN_READONLY"_s);
        if (!db.open())
            *error = userMessage(db.lastError());
        else if (!hardenConnection(db, error))
            db.close();
    }
    if (!error->isEmpty()) {
        QSqlDatabase::removeDatabase(name);
        return {};
    }
    return name;
}

void disconnect(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

std::optional<QVariantList> Connection::run(const QString &sql, QSqlError *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError();
        return std::nullopt;
    }
    QVariantList values;
    while (q.next())
        values.append(q.value(0));
    return values;
}

namespace {

QString missingRow(Table table, qint64 id)
{
    return QCoreApplication::translate("Valuemap::SqlStore", "%1 %2 is missing from the file")
        .arg(tableLabel(table))
        .arg(id);
}

using RowKeys = QSet<QPair<int, qint64>>; // (table number, row id)

// Each row of every table the file has, with the columns it has (an older plan's tables have
// fewer: the columns of later versions come after them), as the file format hashes it.
template<typename Each>
bool eachStoredRow(Connection &c, QSqlError *error, Each each)
{
    for (int t = 0; t < TableCount; ++t) {
        const Table table = static_cast<Table>(t);
        const TableSpec &spec = tableSpec(table);
        QSqlQuery q(c.db());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT * FROM %1"_s.arg(quotedIdentifier(spec.name)))) {
            if (c.db().tables().contains(QString(spec.name))) {
                *error = q.lastError();
                return false;
            }
            continue; // a table of a later version
        }
        const int columns = std::min<int>(q.record().count(), int(spec.columns.size()));
        while (q.next()) {
            Row row;
            row.reserve(columns);
            for (int i = 0; i < columns; ++i)
                row.append(normalizedValue(spec.columns[i].type, q.value(i)));
            each(t, row);
        }
    }
    return true;
}

// Schema 2 keeps a checksum beside every row (see rowChecksum); the rows of an older plan get
// theirs when it is upgraded: every row, or (`only`) the rows whose stored checksums held.
bool fillRowChecks(Connection &c, QSqlError *error, const RowKeys *only = nullptr)
{
    QSqlQuery insert(c.db());
    if (!insert.prepare(u"INSERT OR REPLACE INTO row_check (tbl, id, sum) VALUES (?, ?, ?)"_s)) {
        *error = insert.lastError();
        return false;
    }
    bool ok = true;
    const bool done = eachStoredRow(c, error, [&](int t, const Row &row) {
        if (!ok || (only && !only->contains({ t, row.value(0).toLongLong() })))
            return;
        insert.bindValue(0, t);
        insert.bindValue(1, row.value(0));
        insert.bindValue(2, rowChecksum(Table(t), row));
        if (!insert.exec()) {
            *error = insert.lastError();
            ok = false;
        }
    });
    return done && ok;
}

// Before an upgrade changes the rows of a plan that has checksums (schema 2 on), the rows whose
// stored checksum holds: only theirs are made anew, so a row changed, added or removed outside
// Valuemap before the upgrade is still found after it.
std::optional<RowKeys> soundRowKeys(Connection &c, QSqlError *error)
{
    QHash<QPair<int, qint64>, qint64> stored;
    {
        QSqlQuery q(c.db());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT tbl, id, sum FROM row_check"_s)) {
            *error = q.lastError();
            return std::nullopt;
        }
        while (q.next())
            stored.insert({ q.value(0).toInt(), q.value(1).toLongLong() }, q.value(2).toLongLong());
    }
    RowKeys sound;
    if (!eachStoredRow(c, error, [&](int t, const Row &row) {
            const QPair<int, qint64> key { t, row.value(0).toLongLong() };
            const auto it = stored.constFind(key);
            if (it != stored.constEnd() && *it == rowChecksum(Table(t), row))
                sound.insert(key);
        }))
        return std::nullopt;
    return sound;
}

} // namespace

bool migrate(Connection &c, int from, QString *error, int to)
{
    std::optional<RowKeys> sound;
    if (from >= 2 && from < CurrentSchemaVersion) {
        QSqlError sqlError;
        sound = soundRowKeys(c, &sqlError);
        if (!sound) {
            *error = userMessage(sqlError);
            return false;
        }
    }
    for (const Migration &m : migrations()) {
        if (m.toVersion <= from || (to >= 0 && m.toVersion > to))
            continue;
        QSqlError sqlError;
        bool ok = c.db().transaction();
        for (const QString &statement : m.statements) {
            if (!ok)
                break;
            ok = c.run(statement, &sqlError).has_value();
        }
        // PRAGMA values cannot be bound; these are the program's own constants.
        if (ok && m.toVersion == 1)
            ok = c.run(u"PRAGMA application_id = %1"_s.arg(ApplicationId), &sqlError).has_value();
        // From schema 2 on every row has a checksum: a migration that adds or changes columns
        // changes the rows, so their checksums are made anew in the transaction of the last
        // one (where the tables are those of this build's spec) — of a plan that had them, only
        // those that held before; the others stay as they were, and so do the checksums of rows
        // removed outside Valuemap, so that opening the upgraded plan still finds them.
        if (ok && m.toVersion == CurrentSchemaVersion) {
            if (sound)
                ok = fillRowChecks(c, &sqlError, &*sound);
            else
                ok = c.run(u"DELETE FROM row_check"_s, &sqlError).has_value() && fillRowChecks(c, &sqlError);
        }
        if (ok)
            ok = c.run(u"PRAGMA user_version = %1"_s.arg(m.toVersion), &sqlError).has_value();
        if (ok)
            ok = c.db().commit();
        if (!ok) {
            if (!sqlError.isValid())
                sqlError = c.db().lastError();
            c.db().rollback();
            *error = userMessage(sqlError);
            return false;
        }
    }
    return true;
}

QSqlQuery &RowWriter::statement(const QString &sql, QString *error)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        if (!q.prepare(sql))
            *error = q.lastError().text();
        it = m_statements.insert(sql, q);
    }
    return *it;
}

bool RowWriter::write(const ChangeSet &changes, const PlanStore *before, QString *error)
{
    // The rows as they stand after each operation so far, for the checksums of updated rows.
    QHash<QPair<int, qint64>, Row> current;
    const auto rowNow = [&](Table table, qint64 id) -> Row * {
        const auto key = qMakePair(int(table), id);
        auto it = current.find(key);
        if (it == current.end()) {
            const Row *stored = before ? before->row(table, id) : nullptr;
            if (!stored)
                return nullptr;
            it = current.insert(key, *stored);
        }
        return &*it;
    };
    const auto run = [&](const QString &sql, const QVariantList &values) {
        QString prepareError;
        QSqlQuery &q = statement(sql, &prepareError);
        if (!prepareError.isEmpty()) {
            *error = prepareError;
            return -1;
        }
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec()) {
            *error = userMessage(q.lastError());
            return -1;
        }
        return q.numRowsAffected();
    };
    for (const RowOp &op : changes) {
        const TableSpec &spec = tableSpec(op.table);
        const QString table = quotedIdentifier(spec.name);
        const QVariant tableNumber = QVariant::fromValue<qint64>(int(op.table));
        switch (op.kind) {
        case RowOp::Insert: {
            QStringList names, marks;
            for (const Column &col : spec.columns) {
                names.append(quotedIdentifier(col.name));
                marks.append(u"?"_s);
            }
            const QVariant id = op.row.value(0);
            if (run(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, names.join(u','), marks.join(u',')), op.row) < 0
                || run(u"INSERT INTO row_check (tbl, id, sum) VALUES (?, ?, ?)"_s,
                       { tableNumber, id, rowChecksum(op.table, op.row) }) < 0)
                return false;
            current.insert(qMakePair(int(op.table), id.toLongLong()), op.row);
            break;
        }
        case RowOp::Remove: {
            const int removed = run(u"DELETE FROM %1 WHERE id = ?"_s.arg(table), { op.id });
            if (removed < 0)
                return false;
            if (removed != 1) {
                *error = missingRow(op.table, op.id);
                return false;
            }
            if (run(u"DELETE FROM row_check WHERE tbl = ? AND id = ?"_s, { tableNumber, op.id }) < 0)
                return false;
            current.remove(qMakePair(int(op.table), op.id));
            break;
        }
        case RowOp::Update: {
            Row *row = rowNow(op.table, op.id);
            if (!row || op.column <= 0 || op.column >= row->size()) {
                *error = missingRow(op.table, op.id);
                return false;
            }
            (*row)[op.column] = op.newValue;
            const int updated = run(u"UPDATE %1 SET %2 = ? WHERE id = ?"_s.arg(
                                        table, quotedIdentifier(spec.columns.value(op.column).name)),
                                    { op.newValue, op.id });
            if (updated < 0)
                return false;
            if (updated != 1) {
                *error = missingRow(op.table, op.id);
                return false;
            }
            if (run(u"UPDATE row_check SET sum = ? WHERE tbl = ? AND id = ?"_s,
                    { rowChecksum(op.table, *row), tableNumber, op.id }) != 1) {
                if (error->isEmpty())
                    *error = missingRow(op.table, op.id);
                return false;
            }
            break;
        }
        }
    }
    return true;
}

} // namespace Valuemap::SqlDetail
