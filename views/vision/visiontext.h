#pragma once

#include "domain/entities.h"

#include <QString>

namespace Valuemap {

// The fixed words of a vision board (area titles, hints, header labels) in the language of the
// PLAN, not of the user interface: a German plan prints a German board on an English desktop.
// Canvas and paper both read them from here, so they always agree.
class VisionText final
{
public:
    enum class Language { English, German };

    // "de..." is German; anything else (also empty) is English.
    static Language languageOf(const Product &product);

    static QString areaTitle(VisionArea area, Language language);
    // The questions of the template: what belongs in the area.
    static QString areaHint(VisionArea area, Language language);

    enum class Label {
        Owner,
        Version,
        Date,
        Client,
        Personas,
        Page,
        Footer,
        Untitled,
        VisionBoard
    };
    static QString label(Label label, Language language);

    // The date as the plan's language writes it (2 March 2026 / 2. März 2026).
    static QString date(const QDate &date, Language language);

    static QList<VisionArea> areas();
};

} // namespace Valuemap
