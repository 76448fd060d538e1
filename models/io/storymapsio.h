#pragma once

#include "io/plandata.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Valuemap {

class Document;

// The JSON (v1) of the web tool storymaps.io: steps[] across the map, users[] and activities[]
// indexed like steps (an entry starts a run of steps), slices[] with stories[] per step, cards
// with name, body, color, status, points, tags; legend (colour → label) and notes.
class StorymapsIo final
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::StorymapsIo)

public:
    // What has no equivalent in Valuemap is listed in data->notes.
    static bool read(const QByteArray &bytes, PlanData *data, QString *error);
    // What the format cannot hold is listed in *notes.
    static QByteArray write(const Document &document, QStringList *notes = nullptr);
};

} // namespace Valuemap
