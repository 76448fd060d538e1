#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Valuemap {

// File ▸ New from Template…: plans worth starting from, in the interface's language (English
// or German). Each is Valuemap JSON made here in code and read by PlanJson::read like any
// imported plan, then written as a new file: data, never SQL.
class PlanTemplates final
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::PlanTemplates)

public:
    enum class Kind { Blank, WorkshopKit, Sample };
    struct Info
    {
        Kind kind;
        QString name;
        QString description;
    };
    static QList<Info> all();
    // "de" for German, anything else English; by default the interface's language.
    static QString defaultLanguage();
    // The plan as Valuemap JSON (the sample: the bundled coffee plan, or its German edition).
    static QByteArray json(Kind kind, const QString &language);
    // Writes a new plan at path (replacing a file there, which the file dialog asked about);
    // false with *error saying why.
    static bool create(Kind kind, const QString &language, const QString &path, QString *error);
    static constexpr int WorkshopActivities = 4;
};

} // namespace Valuemap
