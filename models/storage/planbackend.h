#pragma once

#include "storage/changeset.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Valuemap {

class PlanStore;

// A row of a plan: its table and id.
using RowKey = QPair<Table, qint64>;

// One committed change of a shared plan, as its log keeps it. The log is written by the
// clients, so it tells which rows changed and how, for the history; what those rows hold is
// read from the rows themselves (RowsNow), never taken from the log.
struct LogEntry
{
    qint64 revision = 0;
    QString author;
    QDateTime at;
    QString undoText;
    ChangeSet changes; // those of its row changes this version reads and accepts
    QList<RowKey> rows; // every row it names (a row changed twice twice), also those of changes it does not accept
};

// The rows some log entries name, as the server holds them now; a row named but missing here
// is no longer on the server.
using RowsNow = QHash<RowKey, Row>;

// The rows the entries after revision `after` name, each once, in the order first named.
inline QList<RowKey> rowsNamed(const QList<LogEntry> &entries, qint64 after)
{
    QList<RowKey> rows;
    QSet<RowKey> seen;
    for (const LogEntry &entry : entries) {
        if (entry.revision <= after)
            continue;
        for (const RowKey &key : entry.rows) {
            if (!seen.contains(key)) {
                seen.insert(key);
                rows.append(key);
            }
        }
    }
    return rows;
}

// Where a Document keeps its plan: a .valuemap file (SqlStore) or a plan on a Valuemap server
// (PgStore). Both commit a ChangeSet all or nothing, durably before write() returns; the server
// store also refuses a ChangeSet whose old values no longer hold (someone else changed them)
// and reports the changes others committed before it. Document and the views do not know
// which one they have.
class PlanBackend
{
public:
    enum class Result { Committed, Conflict, Failed, Offline };
    struct Outcome
    {
        Result result = Result::Failed;
        QString message; // Conflict, Failed, Offline: what happened and what to do
        qint64 revision = 0; // Committed on a server: the plan's revision of this change
        QList<LogEntry> earlier; // Committed on a server: others' changes the mirror had not seen
        RowsNow earlierRows; // Committed on a server: the rows those name, as they are now
        ChangeSet applied; // Committed with new ids (mayRenumber): what was written instead
    };

    virtual ~PlanBackend() = default;

    // Writes the changes in one transaction; `before` is the plan they apply to and `since` the
    // revision it reflects (file stores ignore both revisions). mayRenumber: new rows whose ids
    // someone took meanwhile may get others (the outcome then says what was applied).
    virtual Outcome write(const ChangeSet &changes, const PlanStore &before,
                          const QString &undoText, qint64 since, bool mayRenumber) = 0;
    // A self-contained .valuemap copy of the plan at path (`plan` is the mirror).
    virtual bool copyTo(const QString &path, const PlanStore &plan, QString *error) = 0;
    // Every row of every table as text, in id order, read from the store (not from memory).
    virtual QString dump() = 0;
    // What is wrong with the stored plan; empty when it is sound.
    virtual QStringList problems() = 0;
    // The rows whose values or checksums failed the checks when the plan was read.
    virtual QList<RowKey> unsoundRows() const = 0;
    // Where the plan is, as a user names it: the file's path, or "plan “x” on server y".
    virtual QString location() const = 0;
};

} // namespace Valuemap
