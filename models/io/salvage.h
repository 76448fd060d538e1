#pragma once

#include "storage/planstore.h"

#include <QCoreApplication>
#include <QStringList>

namespace Valuemap {

class Document;

// Pulls the sound rows out of a plan that failed its checks, so that they can become a new plan
// (`valuemap export json PLAN -o rescued.json --salvage`, then `valuemap import json`). Left
// out are the rows whose values or checksums failed (Document::unsoundRows()) and, in turn,
// every row that refers to a row left out or missing: the tags of a dropped story, the stories
// of a dropped step. A row whose only fault is a text beginning with an invisible byte order
// mark (U+FEFF) is kept without it. Ranks are renumbered so that the rescued plan is sound.
class Salvage final
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::Salvage)

public:
    struct Result
    {
        PlanStore plan; // the rows kept
        int leftOut = 0; // how many rows were left out
        QStringList lines; // what was left out and why, in the user's words (at most ~20 lines)
        int repaired = 0; // rows kept once the invisible marks that began their texts were taken off
        QStringList repairs; // which, and which field (at most ~20 lines)
    };

    static Result soundRows(const Document &document);
};

} // namespace Valuemap
