#pragma once

#include "io/plandata.h"

#include <QCoreApplication>
#include <QDate>
#include <QPageSize>
#include <QString>

namespace Valuemap {

class Document;

// The client handout: one landscape PDF a client can read without the app — a cover (product,
// client, date, owner, version, what the plan holds, contents), the vision statement (drawn by
// VisionRenderer), the story map (on one page, or tiled over pages with their place on the
// poster), the release plan (ReleasePlanRenderer) and one page per customer goal's chart plus
// the burn-up. Every page has a footer with the product and "Page n of m"; text is real,
// selectable text in embedded fonts. The file is written only when complete.
class HandoutExport final
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::HandoutExport)

public:
    struct Options
    {
        QPageSize::PageSizeId page = QPageSize::A4; // A4 or Letter, landscape
        bool tiledMap = false; // the map over several pages at a legible scale
        QString client; // empty: the client of the vision header
        QDate date; // invalid: today
    };

    // Needs a QApplication (the map and the charts are graphics scenes); offscreen is enough.
    // *warning (if given) names characters no font has and texts shortened on paper. progress
    // is asked before each page; returning false cancels (and nothing is written).
    static bool writePdf(Document &document, const QString &path, const Options &options,
        QString *error, QString *warning = nullptr, const Progress &progress = {});
};

} // namespace Valuemap
