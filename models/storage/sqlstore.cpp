#include "storage/sqlstore.h"

#include "storage/document.h"
#include "storage/planfile.h"
#include "storage/planstore.h"
#include "storage/rowcheck.h"
#include "storage/schema.h"
#include "storage/schemacheck.h"
#include "storage/sqlstore_p.h"
#include "storage/tempfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Valuemap {

using namespace SqlDetail;

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

bool isLockedError(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

// Copies the plan (and its -wal, when asked) into a private folder; the copy's path, or empty.
QString privateCopy(const QString &path, QTemporaryDir &dir, bool withWal)
{
    const QString copy = dir.filePath(u"plan.valuemap"_s);
    QFile::remove(copy);
    QFile::remove(copy + u"-wal"_s);
    QFile::remove(copy + u"-shm"_s);
    if (!QFile::copy(path, copy))
        return {};
    if (withWal && !QFile::copy(path + u"-wal"_s, copy + u"-wal"_s))
        return {};
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    if (withWal)
        QFile::setPermissions(copy + u"-wal"_s, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

// Upgrades a plan of an older schema: the schema must be exactly that version's, then the
// migrations run on a copy, which replaces the plan only when complete. No rollback journal is
// ever left beside the plan itself, so one found there can never be a plan's own.
bool upgrade(const QString &file, int fromVersion, bool inPlace, QString *error)
{
    const QString work = inPlace ? file : TempFiles::besideTarget(file);
    if (!inPlace && !QFile::copy(file, work)) {
        *error = SqlStore::tr("a copy for the upgrade could not be written");
        return false;
    }
    const QString name = connect(work, true, error);
    bool ok = !name.isEmpty();
    if (ok) {
        Connection c(name);
        const QStringList schema = schemaProblems(c.db(), fromVersion);
        if (!schema.isEmpty()) {
            *error = schema.join(u"; "_s);
            ok = false;
        }
        QSqlError e;
        if (ok && !c.run(u"PRAGMA journal_mode = DELETE"_s, &e)) {
            *error = userMessage(e);
            ok = false;
        }
        ok = ok && migrate(c, fromVersion, error);
    }
    if (!name.isEmpty())
        disconnect(name);
    if (!inPlace) {
        if (ok && (!syncFile(work) || !replaceFile(work, file))) {
            *error = SqlStore::tr("the upgraded plan could not be moved into place");
            ok = false;
        }
        if (!ok) {
            QFile::remove(work);
            QFile::remove(work + u"-journal"_s);
        }
    }
    return ok;
}

} // namespace

// Whether a plan file (with its -wal, if any) reads back sound: the schema, SQLite's quick
// check, every row's values and checksum, every link. Used on private copies only.
bool SqlStore::readsSound(const QString &file)
{
    QString error;
    const QString name = connect(file, true, &error);
    if (name.isEmpty())
        return false;
    SqlStore store(name, file);
    Connection c(name);
    const auto check = c.run(u"PRAGMA quick_check"_s);
    if (!check || check->value(0).toString() != "ok"_L1
        || !schemaProblems(c.db(), CurrentSchemaVersion).isEmpty())
        return false;
    PlanStore scratch;
    if (!store.load(scratch, &error) || !store.m_openProblems.isEmpty())
        return false;
    const auto keys = c.run(u"PRAGMA foreign_key_check"_s);
    return keys && keys->isEmpty();
}

SqlStore::SqlStore(QString connection, QString path)
    : m_connection(std::move(connection)), m_path(std::move(path))
{
}

SqlStore::~SqlStore()
{
    if (!m_lockKey.isEmpty()) {
        QMutexLocker locker(&openPathsMutex);
        openPaths.remove(m_lockKey);
    }
    m_writer.reset();
    {
        Connection c(m_connection);
        if (c.db().isOpen()) {
            // Leave a single self-contained file behind: checkpoint the WAL into the database
            // and go back to a rollback journal, which needs no side files to be read. (A plan
            // never edited never left it.)
            if (m_inWal)
                c.run(u"PRAGMA journal_mode = DELETE"_s);
            c.db().close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool SqlStore::isOpenInThisProcess(const QString &path)
{
    QMutexLocker locker(&openPathsMutex);
    return openPaths.contains(lockKey(path));
}

SqlStore::Opened SqlStore::open(const QString &path, OpenMode mode, PlanStore &plan)
{
    Opened result;
    const QString key = lockKey(path);
    if (isOpenInThisProcess(path)) {
        result.error = PlanFile::openElsewhereMessage(path);
        return result;
    }
    const PlanFile::Inspection file = PlanFile::inspect(path);
    if (!file.error.isEmpty()) {
        result.error = file.error;
        return result;
    }
    if (PlanFile::lockedByAnotherProcess(path)) {
        result.error = PlanFile::openElsewhereMessage(path);
        return result;
    }
    result.schemaVersion = file.userVersion;

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
    bool writable = result.readOnlyReason.isEmpty();
    const QString damaged = tr("“%1” is damaged and cannot be opened (%2). Restore it from a "
                               "backup or a copy; Valuemap has not changed the file.");

    // Side files that cannot belong to the plan are never applied: moved aside when the plan
    // is opened for editing, left alone (and the plan read from a private copy) otherwise.
    auto privateDir = std::make_unique<QTemporaryDir>();
    QString source = path;
    bool walTrusted = false;
    for (const QString &side : file.foreignSideFiles) {
        if (writable) {
            const QString moved = PlanFile::setAside(side);
            if (moved.isEmpty()) {
                result.error = tr("Beside “%1” lies “%2”, which does not belong to the plan, and "
                                  "Valuemap could not move it away. Move it away yourself and "
                                  "open the plan again.")
                                   .arg(shown(path), shown(side));
                return result;
            }
            result.notices.append(tr("“%1” did not belong to this plan: it was set aside as “%2” "
                                     "and not applied.")
                                      .arg(shown(side), shown(moved)));
        } else {
            result.notices.append(tr("“%1” does not belong to this plan and was not applied.")
                                      .arg(shown(side)));
        }
    }
    if (file.hasWal) {
        // The log of a plan that was not closed cleanly: applied only when the plan reads back
        // sound with it (tried on a private copy), so a foreign log cannot be merged in.
        const QString withWal = privateDir->isValid() ? privateCopy(path, *privateDir, true) : QString();
        QString upgradeError;
        walTrusted = !withWal.isEmpty()
            && (file.userVersion == CurrentSchemaVersion || upgrade(withWal, file.userVersion, true, &upgradeError))
            && readsSound(withWal);
        bool mainAloneSound = false;
        if (!walTrusted) {
            const QString alone = privateDir->isValid() ? privateCopy(path, *privateDir, false) : QString();
            mainAloneSound = !alone.isEmpty()
                && (file.userVersion == CurrentSchemaVersion || upgrade(alone, file.userVersion, true, &upgradeError))
                && readsSound(alone);
        }
        if (!walTrusted && mainAloneSound) {
            const QString wal = path + u"-wal"_s;
            if (writable) {
                const QString moved = PlanFile::setAside(wal);
                if (moved.isEmpty()) {
                    result.error = tr("Beside “%1” lies “%2”, which does not fit the plan, and "
                                      "Valuemap could not move it away. Move it away yourself "
                                      "and open the plan again.")
                                       .arg(shown(path), shown(wal));
                    return result;
                }
                result.notices.append(tr("“%1” did not fit this plan: it was set aside as “%2” and "
                                         "not applied.")
                                          .arg(shown(wal), shown(moved)));
            } else {
                result.notices.append(tr("“%1” does not fit this plan and was not applied.").arg(shown(wal)));
            }
        } else if (!walTrusted) {
            walTrusted = true; // neither reads sound: the log is the plan's; its checks will say what is wrong
        }
    }
    // An older plan opened for editing is upgraded in place, but only when it will be editable:
    // one that fails its checks (changed outside Valuemap, say) opens for viewing only, from an
    // upgraded private copy, and the file stays as it was.
    if (writable && !file.hasWal && file.userVersion < CurrentSchemaVersion && privateDir->isValid()) {
        const QString trial = privateCopy(path, *privateDir, false);
        QString trialError;
        if (!trial.isEmpty() && upgrade(trial, file.userVersion, true, &trialError) && !readsSound(trial))
            writable = false;
    }
    // Read only, a plan in WAL mode is read from a private copy even without its -wal (a copy
    // taken while it was open): SQLite would make a -wal and a -shm beside it to read it, which
    // changes a folder that reading must leave alone, and fails where the folder is read-only.
    const bool needsPrivate = !writable
        && (!file.foreignSideFiles.isEmpty() || file.hasWal || file.walMode
            || file.userVersion < CurrentSchemaVersion);
    if (needsPrivate) {
        source = privateDir->isValid() ? privateCopy(path, *privateDir, file.hasWal && walTrusted) : QString();
        if (source.isEmpty()) {
            result.error = tr("“%1” could not be read: no private copy could be made in the "
                              "temporary folder. Free some space there and try again.")
                               .arg(shown(path));
            return result;
        }
    }
    if (file.userVersion < CurrentSchemaVersion) {
        QString error;
        if (writable && file.hasWal && walTrusted) {
            // Fold the log into the plan first, so that the upgrade copies the whole plan.
            const QString name = connect(path, true, &error);
            if (!name.isEmpty()) {
                Connection(name).run(u"PRAGMA journal_mode = DELETE"_s);
                disconnect(name);
            }
        }
        if (!upgrade(source, file.userVersion, needsPrivate, &error)) {
            result.error = tr("“%1” could not be upgraded from file format %2: %3. The file is "
                              "unchanged.")
                               .arg(shown(path))
                               .arg(file.userVersion)
                               .arg(error);
            return result;
        }
    }

    QString connectError;
    const QString name = connect(source, writable, &connectError);
    if (name.isEmpty()) {
        result.error = tr("“%1” cannot be opened: %2. Check the file and its folder.")
                           .arg(shown(path), connectError);
        return result;
    }
    std::unique_ptr<SqlStore> store(new SqlStore(name, path));
    if (needsPrivate)
        store->m_privateCopy = std::move(privateDir);
    Connection c(name);
    QSqlError sqlError;
    auto fail = [&](const QSqlError &e) {
        result.error = isLockedError(e) ? PlanFile::openElsewhereMessage(path)
                                        : damaged.arg(shown(path), userMessage(e));
        return std::move(result);
    };
    // In exclusive locking mode the connection keeps its lock until it closes: a second
    // Valuemap process (or window) is refused at once instead of editing the same file.
    if (writable && !c.run(u"PRAGMA locking_mode = EXCLUSIVE"_s, &sqlError))
        return fail(sqlError);
    // Nothing is read before the schema is known to be exactly Valuemap's own.
    if (const QStringList schema = schemaProblems(c.db(), CurrentSchemaVersion); !schema.isEmpty()) {
        result.error = tr("“%1” is not a plan this version of Valuemap can trust: %2. Valuemap "
                          "has not changed the file; open the plan it came from, or ask its "
                          "sender for a clean copy.")
                           .arg(shown(path), schema.mid(0, 5).join(u"; "_s));
        return result;
    }
    // SQLite's own checks run on a second connection while the rows are read and checked
    // (on both cores); a plan in WAL mode, whose log a second reader may not see alike, is
    // checked on this connection after the rows, as a failed check on the second one is.
    const auto journal = c.run(u"PRAGMA journal_mode"_s);
    const bool foundInWal = journal && journal->size() == 1 && journal->first().toString() == "wal"_L1;
    const bool checksBeside = journal && journal->size() == 1 && !foundInWal;
    OpenChecks checks(source, writable, checksBeside);
    QString loadError;
    const bool loaded = store->load(plan, &loadError, &checks);
    checks.finish(); // done by load, unless it stopped early
    QStringList check;
    if (checks.quickCheck()) {
        check = *checks.quickCheck();
    } else {
        const auto lines = c.run(u"PRAGMA quick_check"_s, &sqlError);
        if (!lines)
            return fail(sqlError);
        for (const QVariant &line : *lines)
            check.append(line.toString());
    }
    QStringList damage;
    for (const QString &line : std::as_const(check)) {
        if (line != "ok"_L1)
            damage.append(line);
    }
    if (!loaded) {
        result.error = damaged.arg(shown(path), loadError);
        return result;
    }
    for (const QString &finding : std::as_const(damage)) {
        const QString line = integrityFinding(finding);
        if (!store->m_openProblems.contains(line))
            store->m_openProblems.prepend(line);
    }
    QList<DanglingLink> links;
    if (checks.danglingLinks()) {
        links = *checks.danglingLinks();
    } else {
        QSqlQuery keys(c.db());
        if (keys.exec(u"PRAGMA foreign_key_check"_s)) {
            while (keys.next())
                links.append({ keys.value(0).toString(), keys.value(1), keys.value(2).toString() });
        }
    }
    for (const DanglingLink &link : std::as_const(links)) {
        const std::optional<Table> table = tableNamed(link.table);
        if (!table)
            continue;
        // The kinds of rows as a user knows them ("customer goal"), not the tables' names.
        const std::optional<Table> parent = tableNamed(link.parent);
        store->m_unsoundRows.append({ *table, link.row.toLongLong() });
        store->m_openProblems.append(tr("%1 %2: the %3 it belongs to or names does not exist")
                                         .arg(tableLabel(*table), link.row.toString(),
                                              parent ? tableLabel(*parent) : link.parent));
    }
    if (!store->m_openProblems.isEmpty()) {
        // Editing a plan that is not sound could fail half-way (an undo that breaks a link):
        // it opens for viewing, and `valuemap check` says how to rescue what is sound.
        writable = false;
        result.readOnlyReason = tr("“%1” has %n problem(s), so it is open for viewing only: %2. "
                                   "Run “valuemap check” on it for the whole list; “valuemap "
                                   "export json --salvage” saves the rows that are sound.",
                                   nullptr, int(store->m_openProblems.size()))
                                    .arg(shown(path), store->m_openProblems.first());
    }
    if (writable) {
        // The switch to WAL waits for the first edit (enterWal): a plan only looked at is
        // closed as it was found, byte for byte and with its time, which sync tools and
        // backups would otherwise take for a change. synchronous = FULL: every commit synced.
        if (!c.run(u"PRAGMA synchronous = FULL"_s, &sqlError))
            return fail(sqlError);
        // A plan found in WAL mode (not closed cleanly, its log applied or set aside) is in it
        // already: closing goes back to a rollback journal, edited or not.
        store->m_inWal = foundInWal;
        // Take the write lock now and keep it (exclusive locking mode).
        if (!c.run(u"BEGIN EXCLUSIVE"_s, &sqlError) || !c.run(u"COMMIT"_s, &sqlError))
            return fail(sqlError);
        store->m_writer = std::make_unique<RowWriter>(c.db());
    }
    if (!c.run(u"PRAGMA foreign_keys = ON"_s, &sqlError))
        return fail(sqlError);
    store->m_writable = writable;
    if (!needsPrivate) {
        QMutexLocker locker(&openPathsMutex);
        openPaths.insert(key);
        store->m_lockKey = key;
    }
    result.store = std::move(store);
    return result;
}

} // namespace Valuemap
