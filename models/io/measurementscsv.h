#pragma once

#include "domain/entities.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Valuemap {

class Document;

// Measurements of a goal as CSV: `date,value[,note]` per line, one optional header line.
// RFC 4180 quoting, UTF-8 with or without BOM, comma or semicolon as separator (with a
// semicolon, a decimal comma is accepted too), ISO dates (YYYY-MM-DD).
struct MeasurementsCsv
{
    QList<Measurement> rows;
    QList<int> lines; // the line each row starts on
    QStringList errors; // one message per bad row, "line 4: …"
    QChar separator = u',';

    bool isValid() const { return errors.isEmpty() && !rows.isEmpty(); }
};

MeasurementsCsv parseMeasurementsCsv(const QByteArray &data);
// What a plan would refuse in the measurement (its date, value or note), in the user's words;
// empty when it may be added.
QString measurementProblem(const Measurement &measurement);
// Reads and parses a file; a file that cannot be read gives one error naming it.
MeasurementsCsv readMeasurementsCsv(const QString &path);

// Adds every parsed row to the goal as ONE undo step, or nothing when any row is bad (then
// *error lists the bad rows). The file name goes into the messages.
bool importMeasurements(Document &document, GoalId goal, const MeasurementsCsv &csv,
    const QString &fileName, QString *error);

} // namespace Valuemap
