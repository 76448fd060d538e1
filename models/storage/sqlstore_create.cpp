// SqlStore: creating a new plan file and saving a copy of an open one.
#include "storage/sqlstore.h"

#include "io/outputguard.h"
#include "io/plandata.h"
#include "storage/planfile.h"
#include "storage/rowcheck.h"
#include "storage/schema.h"
#include "storage/sqlstore_p.h"
#include "storage/tempfiles.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Valuemap {

using namespace SqlDetail;

bool SqlStore::createFile(const QString &path, bool replaceExisting, QString *error,
                          const Row &product, const ChangeSet &rows,
                          const std::function<bool(qint64, qint64)> &progress)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = tr("“%1” is a folder. Choose a file name for the new plan.").arg(shown(path));
        return false;
    }
    if ((info.exists() || info.isSymLink()) && !replaceExisting) {
        *error = tr("“%1” already exists. Choose another name, or open it.").arg(shown(path));
        return false;
    }
    if (info.exists() && (isOpenInThisProcess(path) || PlanFile::lockedByAnotherProcess(path))) {
        *error = PlanFile::openElsewhereMessage(path);
        return false;
    }
    TempFiles::removeStale(info.absolutePath());
    const QString temp = TempFiles::besideTarget(path);
    QString failure;
    bool cancelled = false;
    const QString name = connect(temp, true, &failure);
    if (!name.isEmpty()) {
        Connection c(name);
        if (failure.isEmpty()) {
            QSqlError e;
            if (!c.run(u"PRAGMA journal_mode = DELETE"_s, &e)
                || !c.run(u"PRAGMA synchronous = FULL"_s, &e)
                || !c.run(u"PRAGMA foreign_keys = ON"_s, &e))
                failure = userMessage(e);
        }
        if (failure.isEmpty())
            migrate(c, 0, &failure);
        if (failure.isEmpty()) {
            c.db().transaction();
            // The product row: the given one, or one named after the file.
            Row productRow = product;
            if (productRow.isEmpty()) {
                productRow = emptyRow(Table::Product, 1);
                productRow[ProductCol::Name] = info.completeBaseName();
            }
            productRow[0] = QVariant::fromValue<qint64>(1);
            const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            if (productRow.value(ProductCol::CreatedAt).toString().isEmpty())
                productRow[ProductCol::CreatedAt] = now;
            if (productRow.value(ProductCol::UpdatedAt).toString().isEmpty())
                productRow[ProductCol::UpdatedAt] = now;
            RowWriter writer(c.db());
            if (!writer.write({ RowOp::insert(Table::Product, productRow) }, nullptr, &failure))
                failure = failure.isEmpty() ? tr("the product could not be written") : failure;
            // In batches, so that progress can be shown and the work cancelled.
            constexpr qsizetype Batch = 512;
            for (qsizetype i = 0; failure.isEmpty() && i < rows.size(); i += Batch) {
                if (progress && !progress(i, rows.size())) {
                    cancelled = true;
                    failure = tr("cancelled");
                    break;
                }
                writer.write(rows.mid(i, Batch), nullptr, &failure);
            }
            if (failure.isEmpty() && !c.db().commit())
                failure = userMessage(c.db().lastError());
            if (!failure.isEmpty())
                c.db().rollback();
        }
        if (failure.isEmpty()) {
            QSqlError e;
            const auto integrity = c.run(u"PRAGMA integrity_check"_s, &e);
            const auto foreignKeys = c.run(u"PRAGMA foreign_key_check"_s, &e);
            if (!integrity || !foreignKeys || integrity->value(0).toString() != "ok"_L1)
                failure = tr("the new plan failed its integrity check");
            else if (!foreignKeys->isEmpty())
                failure = tr("some rows refer to rows that are not in the plan");
        }
    }
    if (!name.isEmpty())
        disconnect(name);
    if (failure.isEmpty() && !syncFile(temp))
        failure = tr("the new file could not be written to disk");
    if (failure.isEmpty()) {
        QString placeError;
        if (!OutputGuard::place(temp, path, replaceExisting, &placeError))
            failure = placeError;
    }
    if (!failure.isEmpty()) {
        OutputGuard::removeTemporary(temp);
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

bool SqlStore::copyTo(const QString &path, const PlanStore &, QString *error)
{
    const QFileInfo target(path);
    if (target.isDir()) {
        *error = tr("“%1” is a folder. Choose a file name for the copy.").arg(shown(path));
        return false;
    }
    if (target.absoluteFilePath() == QFileInfo(m_path).absoluteFilePath() || OutputGuard::sameFile(path, m_path)) {
        *error = tr("“%1” is the open plan itself. Choose another name for the copy.").arg(shown(path));
        return false;
    }
    if (target.exists() && (isOpenInThisProcess(path) || PlanFile::lockedByAnotherProcess(path))) {
        *error = PlanFile::openElsewhereMessage(path);
        return false;
    }
    TempFiles::removeStale(target.absolutePath());
    const QString temp = TempFiles::besideTarget(path);
    QString failure;
    {
        Connection c(m_connection);
        QSqlQuery vacuum(c.db());
        if (!vacuum.prepare(u"VACUUM INTO ?"_s))
            failure = userMessage(vacuum.lastError());
        vacuum.addBindValue(temp);
        if (failure.isEmpty() && !vacuum.exec())
            failure = userMessage(vacuum.lastError());
    }
    if (failure.isEmpty()) {
        // The copy must be readable on its own, also from read-only media: no WAL.
        const QString name = connect(temp, true, &failure);
        if (!name.isEmpty()) {
            QSqlError e;
            if (!Connection(name).run(u"PRAGMA journal_mode = DELETE"_s, &e))
                failure = userMessage(e);
            disconnect(name);
        }
    }
    if (failure.isEmpty() && !syncFile(temp))
        failure = tr("the copy could not be written to disk");
    if (failure.isEmpty()) {
        QString placeError;
        if (!OutputGuard::place(temp, path, true, &placeError))
            failure = placeError;
    }
    if (!failure.isEmpty()) {
        OutputGuard::removeTemporary(temp);
        *error = tr("Could not save a copy as “%1”: %2. Check that the folder is writable and the "
                    "disk has space; the open plan is unchanged.")
                     .arg(shown(path), failure);
        return false;
    }
    return true;
}

} // namespace Valuemap
