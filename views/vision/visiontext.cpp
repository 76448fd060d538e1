#include "vision/visiontext.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

struct AreaText
{
    QString titleEn;
    QString hintEn;
    QString titleDe;
    QString hintDe;
};

// Roman Pichler's product vision board, with the words German teams use for it.
const AreaText &areaText(VisionArea area)
{
    static const AreaText texts[VisionAreaCount] = {
        { u"Vision"_s,
            u"What is your purpose for creating the product? Which positive change should it bring about?"_s,
            u"Vision"_s,
            u"Warum entwickeln wir das Produkt? Welche positive Veränderung soll es bewirken?"_s },
        { u"Target group"_s,
            u"Which market or market segment does the product address? Who are the target customers and users?"_s,
            u"Zielgruppe"_s,
            u"Welchen Markt oder welches Marktsegment spricht das Produkt an? Wer sind die Kunden und Nutzer?"_s },
        { u"Needs & problems"_s,
            u"Which needs does the product satisfy? What value does it create? Which emotions?"_s,
            u"Bedürfnisse & Probleme"_s,
            u"Welche Bedürfnisse erfüllt das Produkt? Welchen Nutzen stiftet es? Welche Emotionen?"_s },
        { u"Top features"_s,
            u"Which three to five features make the product stand out (the USP)?"_s,
            u"Top Features"_s,
            u"Welche drei bis fünf Features machen das Produkt besonders (das Alleinstellungsmerkmal)?"_s },
        { u"Business model"_s, u"How does it earn money? Who pays, and what do they pay for?"_s,
            u"Geschäftsmodell"_s, u"Wie verdient das Produkt Geld? Wer zahlt, und wofür?"_s },
        { u"Competition"_s, u"Who are the main competitors? What do customers use today instead?"_s,
            u"Konkurrenz"_s,
            u"Wer sind die wichtigsten Wettbewerber? Was nutzen die Kunden heute stattdessen?"_s },
        { u"Differentiation"_s,
            u"What does the product do more, less or differently than the competition?"_s,
            u"Differenznutzen"_s,
            u"Was macht das Produkt mehr, weniger oder anders als die Konkurrenz?"_s },
    };
    return texts[std::clamp(int(area), 0, VisionAreaCount - 1)];
}

} // namespace

VisionText::Language VisionText::languageOf(const Product &product)
{
    return product.language.startsWith("de"_L1, Qt::CaseInsensitive) ? Language::German
                                                                     : Language::English;
}

QString VisionText::areaTitle(VisionArea area, Language language)
{
    const AreaText &t = areaText(area);
    return language == Language::German ? t.titleDe : t.titleEn;
}

QString VisionText::areaHint(VisionArea area, Language language)
{
    const AreaText &t = areaText(area);
    return language == Language::German ? t.hintDe : t.hintEn;
}

QString VisionText::label(Label label, Language language)
{
    const bool de = language == Language::German;
    switch (label) {
    case Label::Owner:
        return de ? u"Product Owner"_s : u"Product owner"_s;
    case Label::Version:
        return de ? u"Version"_s : u"Version"_s;
    case Label::Date:
        return de ? u"Datum"_s : u"Date"_s;
    case Label::Client:
        return de ? u"Kunde"_s : u"Client"_s;
    case Label::Personas:
        return de ? u"Personas"_s : u"Personas"_s;
    case Label::Page:
        return de ? u"Seite"_s : u"Page"_s;
    case Label::Footer:
        return de ? u"Erstellt mit Valuemap"_s : u"Made with Valuemap"_s;
    case Label::Untitled:
        return de ? u"Unbenanntes Produkt"_s : u"Untitled product"_s;
    case Label::VisionBoard:
        return de ? u"Produktvision"_s : u"Product Vision Board"_s;
    }
    return {};
}

QString VisionText::date(const QDate &date, Language language)
{
    if (!date.isValid())
        return {};
    const QLocale locale = language == Language::German
        ? QLocale(QLocale::German, QLocale::Germany)
        : QLocale(QLocale::English, QLocale::UnitedKingdom);
    return locale.toString(
        date, language == Language::German ? u"d. MMMM yyyy"_s : u"d MMMM yyyy"_s);
}

QList<VisionArea> VisionText::areas()
{
    QList<VisionArea> all;
    for (int i = 0; i < VisionAreaCount; ++i)
        all.append(VisionArea(i));
    return all;
}

} // namespace Valuemap
