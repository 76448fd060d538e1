#pragma once

#include <QCoreApplication>
#include <QString>

class QPrinter;

namespace Valuemap {

class Document;

// Printing a screen: the same renderers as the PDF exports draw onto the printer (or the
// preview, or a print-to-file PDF), so paper from the printer matches the exported PDFs.
class ScreenPrint final
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::ScreenPrint)

public:
    enum class Kind { Vision, Map, ReleasePlan, Charts, Outline };
    struct Options
    {
        bool mapPoster = false; // the map tiled across pages instead of fitted on one
    };

    // Paper (from the preferences), orientation, margins and resolution for the kind, set
    // before the print dialog so the user sees and may change them.
    static void setUp(QPrinter *printer, Kind kind, Document &document, const Options &options);
    // Draws every page on the printer (call from a preview's paintRequested too).
    static void print(Document &document, Kind kind, QPrinter *printer, const Options &options);
    static QString title(Kind kind);
};

} // namespace Valuemap
