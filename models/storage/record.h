#pragma once

#include "domain/entities.h"
#include "storage/schema.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Valuemap {

// One call of `valuemap record`: what a pipeline, metrics job or support tool writes into a
// plan. Values arrive as the text the caller typed; Document::record checks them all before
// anything is written. Kept here (not in the command line) so that any store a Document runs
// on — the file or a team server — records the same way.
struct RecordRequest
{
    RecordKind kind = RecordKind::Increment;
    QString eventId; // given by the caller; the same id again is a re-run
    QString source; // who records, for the undo text ("pipeline", "GitLab CI" …)
    QString date; // YYYY-MM-DD; empty: today
    QString note;
    // increment
    QString release; // name
    QString version;
    QString commit;
    QString environment;
    QStringList stories; // keys
    // measurement
    QString goal; // name
    QString value; // a number, C locale
    // feedback
    QString increment; // version of a recorded increment
    QString story; // key
    QString text;
    QString score; // 1–5 or empty
};

struct RecordResult
{
    enum Status {
        Created, // written (or, on a dry run, would be)
        AlreadyRecorded, // the same event id with the same content: nothing changed
        Conflict, // the same event id with other content: refused
        BadInput, // a value is wrong: `argument` names it
        Failed, // the plan could not be written
    };
    Status status = Failed;
    QString argument; // the option a bad value came from, e.g. "--release"
    QString message; // in the user's words
    Table table = Table::Increment;
    qint64 rowId = 0; // the increment, measurement or feedback made (or found)
    QVariantMap stored; // what the row holds, by field name, for --json
    // Failed because another change to a shared plan came first (two pipelines at once):
    // nothing was written, and the same call on the plan as it is now may well succeed.
    bool collided = false;
};

// "increment", "measurement", "feedback".
QString recordKindName(RecordKind kind);

} // namespace Valuemap
