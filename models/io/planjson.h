#pragma once

#include "io/plandata.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Valuemap {

class PlanStore;

// Valuemap JSON: the whole plan, every row of every table with its id, rank and timestamps, under
// a format name and version (docs/json-format.md). Writing and reading it back gives the same
// plan, row for row.
class PlanJson final
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::PlanJson)

public:
    static constexpr QLatin1StringView FormatName { "valuemap-plan" };
    static constexpr int FormatVersion = 1;

    static QByteArray write(const PlanStore &plan);
    // Fills *data with every row of the file (product included), or sets *error to a message
    // naming the line or the field that is wrong.
    static bool read(const QByteArray &bytes, PlanData *data, QString *error);
};

} // namespace Valuemap
