#pragma once

#include "io/plandata.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Valuemap {

class Document;

// Stories as CSV, one row per story in map order: Activity, Step, Release, Title, Description,
// Acceptance Criteria, Estimate, Value, Status, Persona, Tags (comma-separated), Goals (one per
// line). Import creates the activities, steps, releases, personas, tags and goals it names.
class StoriesCsv final
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::StoriesCsv)

public:
    static QStringList header();
    static QByteArray write(
        const Document &document, QChar separator = u',', bool byteOrderMark = false);
    static bool read(const QByteArray &bytes, PlanData *data, QString *error);

    static QString statusKey(int status); // "To do", "In progress", "Done", "Blocked"
    static int statusFromText(const QString &text); // -1 when unknown
};

} // namespace Valuemap
