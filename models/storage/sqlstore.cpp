#include "storage/sqlstore.h"

#include "storage/document.h"
#include "storage/planstore.h"
#include "storage/schema.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>

#include <cstdio>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

// The plans this process has open. POSIX file locks belong to the process, and closing any
// descriptor of a file drops them all: a second open of the same file in this process must be
// refused before anything (even the header check) opens the file again.
QMutex openPathsMutex;
QSet<QString> openPaths;

QString lockKey(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

QString newConnectionName()
{
    static QAtomicInt counter;
    return u"valuemap-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString quotedIdentifier(QLatin1StringView name)
{
    return u'"' + QString(name) + u'"';
}

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    return (quint32(quint8(bytes[offset])) << 24) | (quint32(quint8(bytes[offset + 1])) << 16)
            | (quint32(quint8(bytes[offset + 2])) << 8) | quint32(quint8(bytes[offset + 3]));
}

bool isLockedError(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == "5"_L1 || code == "6"_L1 || error.databaseText().contains("locked"_L1);
}

// Makes what was just written to path durable before it is renamed into place.
bool syncFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool replaceFile(const QString &from, const QString &to)
{
    // rename(2) replaces atomically: readers see the old file or the whole new one.
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return false;
    syncFile(QFileInfo(to).absolutePath());
    return true;
}

// Checks the bytes of a file before SQLite sees it, so that a missing, empty, foreign or
// truncated file gets a message that says exactly that.
QString precheck(const QString &path, bool *closedCleanly)
{
    const QFileInfo info(path);
    if (!info.exists())
        return SqlStore::tr("“%1” does not exist. Check the name and folder, or create a new plan "
                            "with File → New.")
                .arg(shown(path));
    if (info.isDir())
        return SqlStore::tr("“%1” is a folder, not a Valuemap plan. Choose a .valuemap file.")
                .arg(shown(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return SqlStore::tr("“%1” cannot be read: %2. Check the file's permissions.")
                .arg(shown(path), file.errorString());
    const qint64 size = file.size();
    if (size == 0)
        return SqlStore::tr("“%1” is empty (0 bytes), so it holds no plan. If it should, restore "
                            "it from a backup.")
                .arg(shown(path));
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic))
        return SqlStore::tr("“%1” is not a Valuemap plan (its content is not a Valuemap "
                            "database). Choose a .valuemap file.")
                .arg(shown(path));
    if (header.size() < 100)
        return SqlStore::tr("“%1” is damaged: the file is cut short (%2 bytes). Restore it from "
                            "a backup or a copy.")
                .arg(shown(path))
                .arg(size);
    quint32 pageSize = (quint32(quint8(header[16])) << 8) | quint8(header[17]);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = bigEndian32(header, 24);
    const quint32 pages = bigEndian32(header, 28);
    const quint32 validFor = bigEndian32(header, 92);
    const qint64 expected = qint64(pageSize) * pages;
    if (changeCounter == validFor && pages > 0 && size < expected)
        return SqlStore::tr("“%1” is damaged: the file is cut short (%2 of %3 bytes). Restore it "
                            "from a backup or a copy.")
                .arg(shown(path))
                .arg(size)
                .arg(expected);
    // Valuemap closes a plan in rollback-journal mode (file format versions 1, see ~SqlStore);
    // one still in WAL mode (2), or with a log or journal beside it, was not closed cleanly: a
    // crash, a power cut, or a copy taken while it was open.
    *closedCleanly = header[18] == 1 && header[19] == 1 && !QFileInfo::exists(path + u"-wal"_s)
            && !QFileInfo::exists(path + u"-journal"_s);
    return {};
}

class Connection
{
public:
    explicit Connection(const QString &name) : m_db(QSqlDatabase::database(name, false)) { }
    QSqlDatabase &db() { return m_db; }

    // Runs one statement; returns its first column of every row, or nullopt with *error set.
    std::optional<QVariantList> run(const QString &sql, QSqlError *error = nullptr)
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

private:
    QSqlDatabase m_db;
};

// A stored value in the plan's one representation of its column type (normalizedValue): the
// common case, a value stored as its column's type, without a detour through a QVariant.
QVariant columnValue(sqlite3_stmt *statement, int i, ColumnType type)
{
    switch (sqlite3_column_type(statement, i)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        if (type == ColumnType::Integer)
            return QVariant::fromValue<qint64>(sqlite3_column_int64(statement, i));
        return normalizedValue(type, QVariant::fromValue<qint64>(sqlite3_column_int64(statement, i)));
    case SQLITE_FLOAT:
        if (type == ColumnType::Real)
            return QVariant::fromValue<double>(sqlite3_column_double(statement, i));
        return normalizedValue(type, QVariant::fromValue<double>(sqlite3_column_double(statement, i)));
    case SQLITE_BLOB:
        return normalizedValue(type, QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, i)),
                                                sqlite3_column_bytes(statement, i)));
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, i));
        const QString value = QString::fromUtf8(text, sqlite3_column_bytes(statement, i));
        return normalizedValue(type, value.isNull() ? u""_s : value);
    }
    }
}

bool migrate(Connection &c, int from, QString *error)
{
    for (const Migration &m : migrations()) {
        if (m.toVersion <= from)
            continue;
        QSqlError sqlError;
        bool ok = c.db().transaction();
        for (const QString &statement : m.statements) {
            if (!ok)
                break;
            ok = c.run(statement, &sqlError).has_value();
        }
        if (ok && m.toVersion == 1)
            ok = c.run(u"PRAGMA application_id = %1"_s.arg(ApplicationId), &sqlError).has_value();
        if (ok)
            ok = c.run(u"PRAGMA user_version = %1"_s.arg(m.toVersion), &sqlError).has_value();
        if (ok)
            ok = c.db().commit();
        if (!ok) {
            if (!sqlError.isValid())
                sqlError = c.db().lastError();
            c.db().rollback();
            *error = sqlError.text();
            return false;
        }
    }
    return true;
}

} // namespace

SqlStore::SqlStore(QString connection, QString path, bool writable)
    : m_connection(std::move(connection)), m_path(std::move(path)), m_writable(writable)
{
}

SqlStore::~SqlStore()
{
    if (!m_lockKey.isEmpty()) {
        QMutexLocker locker(&openPathsMutex);
        openPaths.remove(m_lockKey);
    }
    m_statements.clear();
    {
        Connection c(m_connection);
        if (c.db().isOpen()) {
            // Leave a single self-contained file behind: checkpoint the WAL into the database
            // and go back to a rollback journal, which needs no side files to be read.
            if (m_writable)
                c.run(u"PRAGMA journal_mode = DELETE"_s);
            c.db().close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

SqlStore::Opened SqlStore::open(const QString &path, OpenMode mode, PlanStore &plan)
{
    Opened result;
    const QString key = lockKey(path);
    {
        QMutexLocker locker(&openPathsMutex);
        if (openPaths.contains(key)) {
            result.error = tr("“%1” is open in another Valuemap window or program. Close it "
                              "there first, or open a copy of the file.")
                                   .arg(shown(path));
            return result;
        }
    }
    bool closedCleanly = false;
    result.error = precheck(path, &closedCleanly);
    if (!result.error.isEmpty())
        return result;

    const QFileInfo info(path);
    // The owner's write bit, not access(2): root may write anywhere, but a file its owner made
    // read-only is meant to stay as it is.
    const bool fileWritable = info.isWritable() && (info.permissions() & QFile::WriteOwner) != 0;
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    if (mode == OpenMode::ReadOnly)
        result.readOnlyReason = tr("“%1” is open for reading only.").arg(shown(path));
    else if (!fileWritable)
        result.readOnlyReason = tr("“%1” is read-only, so it is open for viewing only. To edit "
                                   "it, make the file writable or save a copy (File → Save a "
                                   "Copy As).")
                                        .arg(shown(path));
    else if (!folderWritable)
        result.readOnlyReason = tr("The folder of “%1” is read-only, so the plan is open for "
                                   "viewing only. To edit it, save a copy in another folder.")
                                        .arg(shown(path));
    const bool writable = result.readOnlyReason.isEmpty();

    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        // No busy wait: a file held by another Valuemap must say so at once, not after 5 s.
        db.setConnectOptions(writable ? u"QSQLITE_BUSY_TIMEOUT=0"_s
                                      : u"QSQLITE_BUSY_TIMEOUT=0;QSQLITE_OPEN_READONLY"_s);
        db.open();
    }
    std::unique_ptr<SqlStore> store(new SqlStore(name, path, false));
    Connection c(name);
    if (!c.db().isOpen()) {
        result.error = tr("“%1” cannot be opened: %2. Check the file and its folder.")
                               .arg(shown(path), c.db().lastError().text());
        return result;
    }
    const QString damaged = tr("“%1” is damaged and cannot be opened (%2). Restore it from a "
                               "backup or a copy; Valuemap has not changed the file.");
    const QString locked = tr("“%1” is open in another Valuemap window or program. Close it "
                              "there first, or open a copy of the file.")
                                   .arg(shown(path));
    QSqlError sqlError;
    auto fail = [&](const QSqlError &e) {
        result.error = isLockedError(e) ? locked : damaged.arg(shown(path), e.text());
        return std::move(result);
    };

    // In exclusive locking mode the connection keeps its lock until it closes: a second
    // Valuemap process (or window) is refused at once instead of editing the same file.
    if (writable && !c.run(u"PRAGMA locking_mode = EXCLUSIVE"_s, &sqlError))
        return fail(sqlError);
    const auto appId = c.run(u"PRAGMA application_id"_s, &sqlError);
    if (!appId)
        return fail(sqlError);
    const auto version = c.run(u"PRAGMA user_version"_s, &sqlError);
    if (!version)
        return fail(sqlError);
    const qint64 fileAppId = appId->value(0).toLongLong();
    const int fileVersion = version->value(0).toInt();
    if (fileAppId != ApplicationId) {
        result.error = tr("“%1” is a database of another application, not a Valuemap plan. "
                          "Open a .valuemap file instead.")
                               .arg(shown(path));
        return result;
    }
    if (fileVersion > CurrentSchemaVersion) {
        result.error = tr("“%1” was saved by a newer version of Valuemap (file format %2; this "
                          "version reads up to %3). Update Valuemap to open it.")
                               .arg(shown(path))
                               .arg(fileVersion)
                               .arg(CurrentSchemaVersion);
        return result;
    }
    // Nothing is written before the file has been checked. A plan that Valuemap closed cleanly
    // is checked by reading every row of every table (below), which walks every page of every
    // table and fails on a damaged one; SQLite's quick_check, which reads the whole file once
    // more and cost a quarter of opening a large plan, runs only for a plan that was not closed
    // cleanly or that is about to be upgraded.
    if (!closedCleanly || fileVersion < CurrentSchemaVersion) {
        const auto check = c.run(u"PRAGMA quick_check"_s, &sqlError);
        if (!check)
            return fail(sqlError);
        if (check->value(0).toString() != "ok"_L1) {
            result.error = damaged.arg(shown(path), check->value(0).toString());
            return result;
        }
    }
    if (fileVersion < CurrentSchemaVersion) {
        if (!writable) {
            result.error = tr("“%1” uses an older file format (%2) that must be upgraded, but it "
                              "is read-only. Make it writable, or copy it to a writable folder, "
                              "and open it again.")
                                   .arg(shown(path))
                                   .arg(fileVersion);
            return result;
        }
        QString error;
        if (!migrate(c, fileVersion, &error)) {
            result.error = tr("“%1” could not be upgraded from file format %2: %3. The file is "
                              "unchanged; report this problem with a copy of the file.")
                                   .arg(shown(path))
                                   .arg(fileVersion)
                                   .arg(error);
            return result;
        }
    }
    if (QString loadError; !store->load(plan, &loadError)) {
        result.error = damaged.arg(shown(path), loadError);
        return result;
    }
    if (writable) {
        // WAL: one fsync per commit, so an edit is durable within milliseconds. synchronous =
        // FULL syncs the WAL at every commit: an acknowledged edit survives a crash or power cut.
        // Closing switches back to a rollback journal (see the destructor).
        if (!c.run(u"PRAGMA journal_mode = WAL"_s, &sqlError)
            || !c.run(u"PRAGMA synchronous = FULL"_s, &sqlError))
            return fail(sqlError);
        // Take the write lock now and keep it (exclusive locking mode).
        if (!c.run(u"BEGIN EXCLUSIVE"_s, &sqlError) || !c.run(u"COMMIT"_s, &sqlError))
            return fail(sqlError);
    }
    if (!c.run(u"PRAGMA foreign_keys = ON"_s, &sqlError))
        return fail(sqlError);
    store->m_writable = writable;
    {
        QMutexLocker locker(&openPathsMutex);
        openPaths.insert(key);
        store->m_lockKey = key;
    }
    result.schemaVersion = fileVersion;
    result.store = std::move(store);
    return result;
}

bool SqlStore::createFile(const QString &path, bool replaceExisting, QString *error,
                          const QStringList &seed, const std::function<bool(qint64, qint64)> &progress)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = tr("“%1” is a folder. Choose a file name for the new plan.").arg(shown(path));
        return false;
    }
    if (info.exists() && !replaceExisting) {
        *error = tr("“%1” already exists. Choose another name, or open it.").arg(shown(path));
        return false;
    }
    const QString temp = path + u".new-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString name = newConnectionName();
    QString failure;
    bool cancelled = false;
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(temp);
            if (!db.open())
                failure = db.lastError().text();
        }
        Connection c(name);
        if (failure.isEmpty()) {
            QSqlError e;
            if (!c.run(u"PRAGMA journal_mode = DELETE"_s, &e)
                || !c.run(u"PRAGMA synchronous = FULL"_s, &e)
                || !c.run(u"PRAGMA foreign_keys = ON"_s, &e))
                failure = e.text();
        }
        if (failure.isEmpty())
            migrate(c, 0, &failure);
        if (failure.isEmpty()) {
            c.db().transaction();
            QSqlQuery q(c.db());
            const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            q.prepare(u"INSERT INTO product (id, name, created_at, updated_at) VALUES (1, ?, ?, ?)"_s);
            q.addBindValue(info.completeBaseName());
            q.addBindValue(now);
            q.addBindValue(now);
            if (!q.exec())
                failure = q.lastError().text();
            for (qsizetype i = 0; i < seed.size(); ++i) {
                const QString &statement = seed[i];
                if (!failure.isEmpty())
                    break;
                if (progress && i % 256 == 0 && !progress(i, seed.size())) {
                    cancelled = true;
                    failure = tr("cancelled");
                    break;
                }
                QSqlError e;
                if (!c.run(statement, &e))
                    failure = e.text() + u" [" + statement.left(80) + u']';
            }
            if (failure.isEmpty() && !c.db().commit())
                failure = c.db().lastError().text();
            if (!failure.isEmpty())
                c.db().rollback();
        }
        if (failure.isEmpty()) {
            QSqlError e;
            const auto integrity = c.run(u"PRAGMA integrity_check"_s, &e);
            const auto foreignKeys = c.run(u"PRAGMA foreign_key_check"_s, &e);
            if (!integrity || !foreignKeys || integrity->value(0).toString() != "ok"_L1
                || !foreignKeys->isEmpty())
                failure = tr("the new plan failed its integrity check");
        }
        c.db().close();
    }
    QSqlDatabase::removeDatabase(name);
    if (failure.isEmpty() && !syncFile(temp))
        failure = tr("the new file could not be written to disk");
    if (failure.isEmpty() && !replaceFile(temp, path))
        failure = tr("the new file could not be moved into place");
    if (!failure.isEmpty()) {
        QFile::remove(temp);
        QFile::remove(temp + u"-journal"_s);
        if (cancelled) {
            *error = tr("Creating “%1” was cancelled; no file was written.").arg(shown(path));
            return false;
        }
        *error = tr("Could not create “%1”: %2. Check that the folder is writable and the disk "
                    "has space.")
                         .arg(shown(path), failure);
        return false;
    }
    return true;
}

bool SqlStore::load(PlanStore &plan, QString *error)
{
    // Straight through SQLite's C API on the driver's own connection: the Qt driver fetches
    // text as UTF-16, which SQLite converts and allocates once more for every value, and that
    // was half of opening a large plan. Text is read as the UTF-8 it is stored in.
    Connection c(m_connection);
    const QVariant handle = c.db().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        *error = tr("the database driver gives no SQLite connection");
        return false;
    }
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    plan.clear();
    for (int t = 0; t < TableCount; ++t) {
        const Table table = static_cast<Table>(t);
        const TableSpec &spec = tableSpec(table);
        QStringList names;
        for (const Column &col : spec.columns)
            names.append(quotedIdentifier(col.name));
        const QByteArray sql = u"SELECT %1 FROM %2"_s.arg(names.join(u", "_s), quotedIdentifier(spec.name)).toUtf8();
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_finalize(statement);
            return false;
        }
        const int n = int(spec.columns.size());
        int step;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
            Row row;
            row.reserve(n);
            for (int i = 0; i < n; ++i)
                row.append(columnValue(statement, i, spec.columns[i].type));
            plan.load(table, std::move(row));
        }
        // A damaged page ends the scan with an error rather than a row.
        if (step != SQLITE_DONE) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_finalize(statement);
            return false;
        }
        sqlite3_finalize(statement);
    }
    return true;
}

QSqlQuery &SqlStore::statement(const QString &sql, QString *error)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        Connection c(m_connection);
        QSqlQuery q(c.db());
        if (!q.prepare(sql))
            *error = q.lastError().text();
        it = m_statements.insert(sql, q);
    }
    return *it;
}

bool SqlStore::write(const ChangeSet &changes, QString *error)
{
    Connection c(m_connection);
    if (!m_writable) {
        *error = tr("the file is open for reading only");
        return false;
    }
    if (!c.db().transaction()) {
        *error = c.db().lastError().text();
        return false;
    }
    bool ok = true;
    for (const RowOp &op : changes) {
        const TableSpec &spec = tableSpec(op.table);
        const QString table = quotedIdentifier(spec.name);
        QString sql;
        switch (op.kind) {
        case RowOp::Insert: {
            QStringList names, marks;
            for (const Column &col : spec.columns) {
                names.append(quotedIdentifier(col.name));
                marks.append(u"?"_s);
            }
            sql = u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, names.join(u','), marks.join(u','));
            break;
        }
        case RowOp::Remove:
            sql = u"DELETE FROM %1 WHERE id = ?"_s.arg(table);
            break;
        case RowOp::Update:
            sql = u"UPDATE %1 SET %2 = ? WHERE id = ?"_s.arg(
                    table, quotedIdentifier(spec.columns.value(op.column).name));
            break;
        }
        QString prepareError;
        QSqlQuery &q = statement(sql, &prepareError);
        if (!prepareError.isEmpty()) {
            *error = prepareError;
            ok = false;
            break;
        }
        if (op.kind == RowOp::Insert) {
            for (int i = 0; i < op.row.size(); ++i)
                q.bindValue(i, op.row.at(i));
        } else if (op.kind == RowOp::Remove) {
            q.bindValue(0, op.id);
        } else {
            q.bindValue(0, op.newValue);
            q.bindValue(1, op.id);
        }
        if (!q.exec()) {
            *error = q.lastError().text();
            ok = false;
            break;
        }
        if (op.kind != RowOp::Insert && q.numRowsAffected() != 1) {
            *error = tr("row %1 of %2 is missing").arg(op.id).arg(QString(spec.name));
            ok = false;
            break;
        }
    }
    if (ok && !c.db().commit()) {
        *error = c.db().lastError().text();
        ok = false;
    }
    if (!ok)
        c.db().rollback();
    return ok;
}

bool SqlStore::copyTo(const QString &path, QString *error)
{
    const QFileInfo target(path);
    if (target.isDir()) {
        *error = tr("“%1” is a folder. Choose a file name for the copy.").arg(shown(path));
        return false;
    }
    if (target.absoluteFilePath() == QFileInfo(m_path).absoluteFilePath()) {
        *error = tr("“%1” is the open plan itself. Choose another name for the copy.")
                         .arg(shown(path));
        return false;
    }
    const QString temp = path + u".copy-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString failure;
    {
        Connection c(m_connection);
        QString literal = temp;
        literal.replace(u'\'', u"''"_s);
        QSqlError e;
        if (!c.run(u"VACUUM INTO '%1'"_s.arg(literal), &e))
            failure = e.text();
    }
    if (failure.isEmpty()) {
        // The copy must be readable on its own, also from read-only media: no WAL.
        const QString name = newConnectionName();
        {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(temp);
                if (!db.open())
                    failure = db.lastError().text();
            }
            Connection c(name);
            QSqlError e;
            if (failure.isEmpty() && !c.run(u"PRAGMA journal_mode = DELETE"_s, &e))
                failure = e.text();
            c.db().close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    if (failure.isEmpty() && !syncFile(temp))
        failure = tr("the copy could not be written to disk");
    if (failure.isEmpty() && !replaceFile(temp, path))
        failure = tr("the copy could not be moved into place");
    if (!failure.isEmpty()) {
        QFile::remove(temp);
        *error = tr("Could not save a copy as “%1”: %2. Check that the folder is writable and the "
                    "disk has space; the open plan is unchanged.")
                         .arg(shown(path), failure);
        return false;
    }
    return true;
}

QString SqlStore::dump()
{
    Connection c(m_connection);
    QString out;
    const auto appId = c.run(u"PRAGMA application_id"_s);
    const auto version = c.run(u"PRAGMA user_version"_s);
    out += u"application_id=%1 user_version=%2\n"_s.arg(appId ? appId->value(0).toString() : QString(),
                                                         version ? version->value(0).toString() : QString());
    for (int t = 0; t < TableCount; ++t) {
        const TableSpec &spec = tableSpec(static_cast<Table>(t));
        out += u"[%1]\n"_s.arg(QString(spec.name));
        QSqlQuery q(c.db());
        q.setForwardOnly(true);
        q.exec(u"SELECT * FROM %1 ORDER BY id"_s.arg(quotedIdentifier(spec.name)));
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                values.append(v.isNull() ? u"NULL"_s : v.toString());
            }
            out += values.join(u'|') + u'\n';
        }
    }
    return out;
}

QStringList SqlStore::problems()
{
    Connection c(m_connection);
    QStringList found;
    QSqlError e;
    const auto integrity = c.run(u"PRAGMA integrity_check"_s, &e);
    if (!integrity)
        return { e.text() };
    for (const QVariant &v : *integrity) {
        if (v.toString() != "ok"_L1)
            found.append(v.toString());
    }
    QSqlQuery q(c.db());
    if (!q.exec(u"PRAGMA foreign_key_check"_s))
        return found << q.lastError().text();
    while (q.next())
        found.append(tr("row %1 of %2 refers to a missing row of %3")
                             .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString()));
    return found;
}

QString SqlStore::writeFailedMessage(const QString &detail) const
{
    return tr("Could not save the change to “%1”: %2. The plan is unchanged. Free disk space or "
              "check the file, then try again.")
            .arg(shown(m_path), detail);
}

} // namespace Valuemap
