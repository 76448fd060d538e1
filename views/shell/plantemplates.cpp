#include "shell/plantemplates.h"

#include "io/planjson.h"
#include "io/plandata.h"
#include "io/sampleplan.h"
#include "vision/visiontext.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

// The words of a template in its language (not the interface's translation: a German plan
// made on an English desktop stays German).
struct Words
{
    QString product;
    QStringList activities;
    QStringList activityHints;
};

Words words(bool german)
{
    if (german) {
        return { u"Neues Produkt"_s,
            { u"Aktivität 1"_s, u"Aktivität 2"_s, u"Aktivität 3"_s, u"Aktivität 4"_s },
            { u"Was tut die Person zuerst? Benennen Sie die Aktivität mit einem Verb."_s,
                u"Was tut sie danach?"_s, u"Und dann?"_s,
                u"Womit endet die Reise der Person (vorerst)?"_s } };
    }
    return { u"New product"_s,
        { u"Activity 1"_s, u"Activity 2"_s, u"Activity 3"_s, u"Activity 4"_s },
        { u"What does the user do first? Name the activity with a verb."_s,
            u"What do they do next?"_s, u"And then?"_s,
            u"Where does the user's journey end (for now)?"_s } };
}

QJsonObject product(const QString &name, const QString &language)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    return { { u"name"_s, name }, { u"owner"_s, QString() }, { u"version"_s, QString() },
        { u"client"_s, QString() }, { u"language"_s, language },
        { u"vision_date"_s, QDate::currentDate().toString(Qt::ISODate) },
        { u"created_at"_s, now }, { u"updated_at"_s, now } };
}

QByteArray plan(const QJsonObject &product, const QJsonObject &tables)
{
    const QJsonObject root { { u"format"_s, QString(PlanJson::FormatName) },
        { u"version"_s, PlanJson::FormatVersion }, { u"product"_s, product },
        { u"tables"_s, tables } };
    return QJsonDocument(root).toJson();
}

} // namespace

QList<PlanTemplates::Info> PlanTemplates::all()
{
    return {
        { Kind::Blank, tr("Blank plan"), tr("An empty vision board and an empty story map.") },
        { Kind::WorkshopKit, tr("Workshop kit"),
            tr("The vision board's questions as notes in each area, and a backbone of four "
               "activities to rename: ready for a first workshop with the client.") },
        { Kind::Sample, tr("Coffee subscription (sample)"),
            tr("A complete example plan: vision, story map, releases, goals and charts.") },
    };
}

QString PlanTemplates::defaultLanguage()
{
    return QLocale().language() == QLocale::German ? u"de"_s : u"en"_s;
}

QByteArray PlanTemplates::json(Kind kind, const QString &language)
{
    const bool german = language.startsWith("de"_L1, Qt::CaseInsensitive);
    if (kind == Kind::Sample && german) {
        // The same plan as the bundled sample, its every text in German.
        QFile file(u":/valuemap/samples/coffee-subscription-de.json"_s);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    if (kind == Kind::Sample)
        return SamplePlan::json();
    const Words w = words(german);
    const QString code = german ? u"de"_s : u"en"_s;
    if (kind == Kind::Blank)
        return plan(product(w.product, code), {});
    const VisionText::Language text = german ? VisionText::Language::German : VisionText::Language::English;
    QJsonArray notes;
    int id = 0;
    for (const VisionArea area : VisionText::areas()) {
        notes.append(QJsonObject { { u"id"_s, ++id }, { u"area"_s, int(area) }, { u"rank"_s, 0 },
            { u"color"_s, QString() }, { u"text"_s, VisionText::areaHint(area, text) } });
    }
    QJsonArray activities;
    for (int i = 0; i < WorkshopActivities; ++i) {
        activities.append(QJsonObject { { u"id"_s, i + 1 }, { u"rank"_s, i }, { u"color"_s, QString() },
            { u"title"_s, w.activities.value(i) }, { u"description"_s, w.activityHints.value(i) } });
    }
    return plan(product(w.product, code),
        { { u"vision_note"_s, notes }, { u"activity"_s, activities } });
}

bool PlanTemplates::create(Kind kind, const QString &language, const QString &path, QString *error)
{
    PlanData data;
    if (!PlanJson::read(json(kind, language), &data, error))
        return false;
    return createPlanFile(path, true, data, error);
}

} // namespace Valuemap
