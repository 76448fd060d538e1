#pragma once

#include "storage/changeset.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>

namespace Valuemap {

class PlanStore;
enum class OpenMode;

// The SQLite side of a document: validates a file before anything is written to it, migrates
// it, holds the connection (and with it the lock that keeps a second process out), loads the
// plan and commits ChangeSets. Only Document uses it.
class SqlStore final
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::SqlStore)

public:
    struct Opened
    {
        std::unique_ptr<SqlStore> store;
        QString error;
        QString readOnlyReason;
        int schemaVersion = 0; // as found in the file, before any migration
    };

    ~SqlStore();
    SqlStore(const SqlStore &) = delete;
    SqlStore &operator=(const SqlStore &) = delete;

    // Checks the file, migrates it and reads the whole plan into *plan, all before anything is
    // written to it; then (when writable) takes the lock and switches to WAL.
    static Opened open(const QString &path, OpenMode mode, PlanStore &plan);
    // Builds a new plan in a temporary file beside path, then moves it into place. The seed
    // statements (e.g. the bundled sample plan) run in the same transaction as the product row,
    // and the result must pass the integrity and foreign-key checks, or nothing is created.
    // progress (optional) is called now and then with the seed statements done; false cancels.
    static bool createFile(const QString &path, bool replaceExisting, QString *error,
                           const QStringList &seed = {},
                           const std::function<bool(qint64, qint64)> &progress = {});

    bool write(const ChangeSet &changes, QString *error);
    bool copyTo(const QString &path, QString *error);
    // Every row of every table as text, in id order: what "the same database content" means.
    QString dump();
    // PRAGMA integrity_check and foreign_key_check; empty when the file is sound.
    QStringList problems();

    // The message for a failed write to this store's file.
    QString writeFailedMessage(const QString &detail) const;

private:
    SqlStore(QString connection, QString path, bool writable);
    bool load(PlanStore &plan, QString *error);
    QSqlQuery &statement(const QString &sql, QString *error);

    QString m_connection;
    QString m_path;
    bool m_writable = false;
    QString m_lockKey; // set while this store holds the file open
    QHash<QString, QSqlQuery> m_statements;
};

} // namespace Valuemap
