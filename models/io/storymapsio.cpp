#include "io/storymapsio.h"

#include "domain/text.h"
#include "io/planbuilder.h"
#include "io/strictjson.h"
#include "storage/document.h"
#include "storage/storykeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

// A colour as a plan holds it (#rrggbb, lower case; #rgb widened); anything else is left out
// and counted, for a note.
QString normalColor(const QString &color, int *dropped)
{
    QString c = color.trimmed().toLower();
    static const QRegularExpression shortHex(u"^#[0-9a-f]{3}$"_s);
    static const QRegularExpression hex(u"^#([0-9a-f]{6}|[0-9a-f]{8})$"_s);
    if (shortHex.match(c).hasMatch())
        c = u"#%1%1%2%2%3%3"_s.arg(c[1]).arg(c[2]).arg(c[3]);
    if (c.isEmpty() || hex.match(c).hasMatch())
        return c;
    ++*dropped;
    return QString();
}

} // namespace

bool StorymapsIo::read(const QByteArray &bytes, PlanData *data, QString *error)
{
    QJsonDocument json;
    if (!StrictJson::parse(bytes, &json, error))
        return false;
    const QJsonObject root = json.object();
    if (!json.isObject() || !root.value(u"steps"_s).isArray() || !root.value(u"slices"_s).isArray()
        || (root.contains(u"app"_s) && root.value(u"app"_s).toString() != "storymap"_L1)) {
        *error = tr("This is not a storymaps.io map: it needs the fields “steps” and “slices” (and "
                    "“app”: “storymap”). In storymaps.io, use Export → JSON.");
        return false;
    }
    if (root.contains(u"v"_s) && !root.value(u"v"_s).isDouble()) {
        *error = tr("Field “v” must be a number (storymaps.io writes \"v\": 1).");
        return false;
    }
    if (root.contains(u"v"_s) && root.value(u"v"_s).toDouble() != 1) {
        *error = tr(
            "Field “v”: this map is in storymaps.io format version %1; Valuemap reads version 1.")
                     .arg(root.value(u"v"_s).toVariant().toString());
        return false;
    }
    // Optional lists, but lists where they are given: an object there would be dropped unseen.
    for (const QString &field : { u"activities"_s, u"users"_s }) {
        if (root.contains(field) && !root.value(field).isArray() && !root.value(field).isNull()) {
            *error = tr("Field “%1” must be a list ([…]), as storymaps.io writes it.").arg(field);
            return false;
        }
    }
    const QJsonArray steps = root.value(u"steps"_s).toArray();
    const QJsonArray activities = root.value(u"activities"_s).toArray();
    const QJsonArray users = root.value(u"users"_s).toArray();
    const QJsonArray slices = root.value(u"slices"_s).toArray();

    PlanBuilder builder;
    QString keyPrefix; // of the first key a card brings: a new plan takes it
    int droppedColours = 0;
    builder.setProductName(cleanedText(root.value(u"name"_s).toString(), true));

    // The legend: cards of a legend colour get the legend's label as a tag (keeping what the
    // colour meant), and the tag keeps the colour so an export can rebuild the legend.
    QHash<QString, QString> legend; // colour → label
    QStringList legendLabels; // in the file's order, for the report
    for (const QJsonValue &entry : root.value(u"legend"_s).toArray()) {
        const QString label = entry.toObject().value(u"label"_s).toString().trimmed();
        const QString color = normalColor(entry.toObject().value(u"color"_s).toString(), &droppedColours);
        if (!label.isEmpty() && !color.isEmpty() && !legend.contains(color)) {
            legend.insert(color, label);
            legendLabels.append(label);
        }
    }

    // Which steps hold cards: a hidden spacer step with none is only layout.
    QList<bool> stepUsed(steps.size(), false);
    for (int s = 0; s < slices.size(); ++s) {
        const QJsonArray columns = slices[s].toObject().value(u"stories"_s).toArray();
        for (int c = 0; c < columns.size() && c < steps.size(); ++c)
            stepUsed[c] = stepUsed[c] || !columns[c].toArray().isEmpty();
    }

    QList<qint64> stepIds(steps.size(), 0);
    QList<qint64> stepPersona(steps.size(), 0);
    qint64 currentActivity = 0;
    qint64 currentPersona = 0;
    int spacers = 0;
    bool stepColours = false;
    for (int i = 0; i < steps.size(); ++i) {
        const QString where = u"steps[%1]"_s.arg(i);
        if (!steps[i].isObject()) {
            *error = tr("Field “%1” must be an object with a “name”.").arg(where);
            return false;
        }
        builder.setOrigin(tr("The step “%1” (%2)")
                              .arg(cleanedText(steps[i].toObject().value(u"name"_s).toString(), true)
                                       .simplified()
                                       .left(60),
                                   where));
        const QJsonArray starting = activities.at(i).toArray();
        for (int k = 0; k < starting.size(); ++k) {
            const QJsonObject a = starting[k].toObject();
            QString title = a.value(u"name"_s).toString().trimmed();
            if (title.isEmpty())
                title = tr("Untitled activity");
            currentActivity
                = builder.activity(title, normalColor(a.value(u"color"_s).toString(), &droppedColours), true);
        }
        const QJsonArray personas = users.at(i).toArray();
        for (int k = 0; k < personas.size(); ++k) {
            const QJsonObject u = personas[k].toObject();
            const qint64 p = builder.persona(
                u.value(u"name"_s).toString(), normalColor(u.value(u"color"_s).toString(), &droppedColours));
            if (k == 0 && p > 0)
                currentPersona = p;
        }
        stepPersona[i] = currentPersona;
        const QJsonObject step = steps[i].toObject();
        if (step.value(u"hidden"_s).toBool() && !stepUsed[i]) {
            ++spacers;
            continue;
        }
        if (currentActivity == 0)
            currentActivity = builder.activity(tr("Untitled activity"), {}, true);
        QString title = step.value(u"name"_s).toString().trimmed();
        if (title.isEmpty())
            title = tr("Untitled step");
        stepColours = stepColours || !step.value(u"color"_s).toString().isEmpty();
        stepIds[i] = builder.step(currentActivity, title, true);
    }

    int links = 0;
    int legendTags = 0;
    int unknownStatus = 0;
    int beyondSteps = 0;
    QSet<QString> otherFields;
    static const QSet<QString> knownCardFields
        = { u"name"_s, u"body"_s, u"color"_s, u"status"_s, u"points"_s, u"tags"_s, u"url"_s };
    for (int s = 0; s < slices.size(); ++s) {
        const QJsonObject slice = slices[s].toObject();
        if (!slices[s].isObject() || !slice.value(u"stories"_s).isArray()) {
            *error = tr("Field “slices[%1].stories” is missing: each slice needs a list of cards "
                        "per step.")
                         .arg(s);
            return false;
        }
        QString name = slice.value(u"name"_s).toString().trimmed();
        if (name.isEmpty())
            name = tr("Release %1").arg(s + 1);
        builder.setOrigin(tr("The slice “%1” (slices[%2])")
                              .arg(cleanedText(name, true).simplified().left(60))
                              .arg(s));
        const qint64 release = builder.release(name);
        const QJsonArray columns = slice.value(u"stories"_s).toArray();
        for (int c = 0; c < columns.size(); ++c) {
            const QJsonArray cards = columns[c].toArray();
            if (!columns[c].isArray()) {
                *error
                    = tr("Field “slices[%1].stories[%2]” must be a list of cards.").arg(s).arg(c);
                return false;
            }
            if (c >= steps.size()) {
                beyondSteps += int(cards.size());
                continue;
            }
            for (int k = 0; k < cards.size(); ++k) {
                const QString where = u"slices[%1].stories[%2][%3]"_s.arg(s).arg(c).arg(k);
                if (!cards[k].isObject()) {
                    *error = tr("Field “%1” must be a card (an object with a “name”).").arg(where);
                    return false;
                }
                const QJsonObject card = cards[k].toObject();
                builder.setOrigin(tr("The card “%1” (%2)")
                                      .arg(cleanedText(card.value(u"name"_s).toString(), true)
                                               .simplified()
                                               .left(60),
                                           where));
                for (auto it = card.begin(); it != card.end(); ++it) {
                    if (!knownCardFields.contains(it.key()))
                        otherFields.insert(it.key());
                }
                Row row = builder.storyRow();
                QString title = trimmedSpaces(cleanedText(card.value(u"name"_s).toString(), true));
                row[StoryCol::Title] = title.isEmpty() ? tr("Untitled story") : title;
                QString body = cleanedText(card.value(u"body"_s).toString(), false);
                if (const QString url = cleanedText(card.value(u"url"_s).toString(), true).trimmed();
                    !url.isEmpty()) {
                    body = body.isEmpty() ? url : QString(body + u"\n\n"_s + url);
                    ++links;
                }
                // The story key our export keeps at the end of the body: back into the key.
                static const QRegularExpression keyLine(u"\\n*Valuemap key: (\\S+)\\s*$"_s);
                if (const auto m = keyLine.match(body); m.hasMatch()) {
                    if (const auto key = parseStoryKey(m.captured(1))) {
                        row[StoryCol::KeyNumber] = QVariant::fromValue<qint64>(key->number);
                        if (keyPrefix.isEmpty())
                            keyPrefix = key->prefix;
                        body.truncate(m.capturedStart());
                    }
                }
                row[StoryCol::Description] = body;
                const QString color = normalColor(card.value(u"color"_s).toString(), &droppedColours);
                row[StoryCol::Color] = color;
                const QString status = card.value(u"status"_s).toString();
                int st = int(StoryStatus::Todo);
                if (status == "done"_L1)
                    st = int(StoryStatus::Done);
                else if (status == "in-progress"_L1)
                    st = int(StoryStatus::InProgress);
                else if (status == "blocked"_L1)
                    st = int(StoryStatus::Blocked);
                else if (!status.isEmpty() && status != "planned"_L1)
                    ++unknownStatus;
                row[StoryCol::Status] = QVariant::fromValue<qint64>(st);
                if (st == int(StoryStatus::Done))
                    row[StoryCol::DoneAt] = row[StoryCol::UpdatedAt];
                const QJsonValue points = card.value(u"points"_s);
                if (points.isDouble()) {
                    row[StoryCol::Estimate] = points.toDouble();
                } else if (points.isString() && !points.toString().trimmed().isEmpty()) {
                    bool ok = false;
                    const double v = points.toString().toDouble(&ok);
                    if (!ok) {
                        *error = tr("Field “%1.points” holds “%2”, which is not a number.")
                                     .arg(where, points.toString());
                        return false;
                    }
                    row[StoryCol::Estimate] = v;
                } else if (!points.isUndefined() && !points.isNull()) {
                    *error = tr("Field “%1.points” must be a number.").arg(where);
                    return false;
                }
                if (stepPersona[c] > 0)
                    row[StoryCol::PersonaId] = QVariant::fromValue<qint64>(stepPersona[c]);
                qint64 step = stepIds[c];
                if (step == 0) { // cards under a hidden step: keep them in a step of their own
                    if (currentActivity == 0)
                        currentActivity = builder.activity(tr("Untitled activity"), {}, true);
                    step = stepIds[c] = builder.step(currentActivity, tr("Untitled step"), true);
                }
                const qint64 story = builder.story(step, release, row);
                for (const QJsonValue &tag : card.value(u"tags"_s).toArray())
                    builder.linkTag(story, builder.tag(tag.toString()));
                if (legend.contains(color)) {
                    builder.linkTag(story, builder.tag(legend.value(color), color));
                    ++legendTags;
                }
            }
        }
    }
    builder.setOrigin({});
    if (droppedColours > 0)
        builder.note(tr("%n colour(s) that are not of the form #rrggbb were left out.", nullptr,
            droppedColours));
    if (spacers > 0)
        builder.note(tr("%n hidden spacer step(s) left out (Valuemap lays out the map itself).",
            nullptr, spacers));
    if (stepColours)
        builder.note(tr("Step colours are not kept: Valuemap colours activities and cards."));
    if (!legend.isEmpty())
        builder.note(
            tr("The legend (%1) became tags of the same colour on %n card(s).", nullptr, legendTags)
                .arg(legendLabels.join(u", "_s)));
    if (links > 0)
        builder.note(tr("%n card link(s) added to the description.", nullptr, links));
    if (unknownStatus > 0)
        builder.note(
            tr("%n card(s) with an unknown status imported as “To do”.", nullptr, unknownStatus));
    if (beyondSteps > 0)
        builder.note(tr("%n card(s) beyond the last step left out.", nullptr, beyondSteps));
    if (!otherFields.isEmpty()) {
        QStringList fields(otherFields.begin(), otherFields.end());
        fields.sort();
        builder.note(tr("Card fields not imported: %1.").arg(fields.join(u", "_s)));
    }
    if (const QString notes = root.value(u"notes"_s).toString().trimmed(); !notes.isEmpty())
        builder.note(
            tr("The map's notes (%n line(s)) are not imported: Valuemap has no place for them.",
                nullptr, int(notes.count(u'\n')) + 1));
    PlanData result = builder.take();
    result.keyPrefix = keyPrefix;
    // Every value checked against what a plan may hold before anything is written.
    if (const auto problem = planDataProblem(result)) {
        *error = *problem;
        return false;
    }
    *data = std::move(result);
    return true;
}

QByteArray StorymapsIo::write(const Document &document, QStringList *notes)
{
    const QLatin1StringView defaultStepColor("#86efac");
    // Tags with a colour are the legend.
    QHash<QString, QString> legendColor; // tag name → colour
    QJsonArray legend;
    for (TagId t : document.tags()) {
        const Tag tag = document.tag(t);
        if (tag.color.isValid()) {
            legendColor.insert(tag.name, tag.color.name());
            legend.append(
                QJsonObject { { u"color"_s, tag.color.name() }, { u"label"_s, tag.name } });
        }
    }
    QJsonArray steps;
    QJsonArray activities;
    QJsonArray users;
    QList<StepId> order;
    for (ActivityId a : document.activities()) {
        const Activity activity = document.activity(a);
        QJsonObject entry { { u"name"_s, activity.title } };
        entry.insert(u"color"_s, activity.color.isValid() ? activity.color.name() : u"#93c5fd"_s);
        activities.append(QJsonArray { entry });
        const QList<StepId> ids = document.steps(a);
        if (ids.isEmpty()) { // an activity needs a column to stand on
            steps.append(QJsonObject {
                { u"name"_s, u""_s }, { u"color"_s, u"#e5e7eb"_s }, { u"hidden"_s, true } });
            order.append(StepId());
        }
        for (int i = 0; i < ids.size(); ++i) {
            if (i > 0)
                activities.append(QJsonArray());
            steps.append(QJsonObject { { u"name"_s, document.step(ids[i]).title },
                { u"color"_s, QString(defaultStepColor) } });
            order.append(ids[i]);
        }
    }
    // Users start where the persona of the step's stories changes.
    QSet<qint64> placed;
    qint64 previous = 0;
    for (StepId s : std::as_const(order)) {
        qint64 persona = 0;
        if (s.isValid()) {
            for (StoryId id : document.stories(s)) {
                if (const PersonaId p = document.story(id).personaId; p.isValid()) {
                    persona = p.value;
                    break;
                }
            }
        }
        QJsonArray here;
        if (persona > 0 && persona != previous) {
            const Persona p = document.persona(PersonaId(persona));
            here.append(QJsonObject { { u"name"_s, p.name },
                { u"color"_s, p.color.isValid() ? p.color.name() : u"#fda4af"_s } });
            placed.insert(persona);
            previous = persona;
        }
        users.append(here);
    }
    int unplacedPersonas = 0;
    for (PersonaId p : document.personas())
        unplacedPersonas += placed.contains(p.value) ? 0 : 1;

    int criteria = 0;
    int values = 0;
    int goals = 0;
    const auto cardsOf = [&](StepId step, ReleaseId release) {
        QJsonArray cards;
        if (!step.isValid())
            return cards;
        for (StoryId id : document.stories(step)) {
            const Story story = document.story(id);
            if (story.releaseId != release)
                continue;
            QJsonObject card { { u"name"_s, story.title } };
            QString body = story.description;
            if (!story.acceptanceCriteria.isEmpty()) {
                body += QString(body.isEmpty() ? u""_s : u"\n\n"_s) + tr("Acceptance criteria:")
                    + u'\n' + story.acceptanceCriteria;
                ++criteria;
            }
            // storymaps.io keeps the body as it is: the key rides at its end.
            if (!story.key.isEmpty())
                body += QString(body.isEmpty() ? u""_s : u"\n\n"_s) + u"Valuemap key: "_s + story.key;
            if (!body.isEmpty())
                card.insert(u"body"_s, body);
            QString color = story.color.isValid() ? story.color.name() : QString();
            QJsonArray tags;
            bool legendCard = false;
            for (const QString &tag : document.storyTags(id)) {
                const QString lc = legendColor.value(tag);
                if (!lc.isEmpty() && (color.isEmpty() || color == lc)) {
                    color = lc;
                    legendCard = true;
                    continue;
                }
                tags.append(tag);
            }
            if (!color.isEmpty())
                card.insert(u"color"_s, color);
            switch (story.status) {
            case StoryStatus::Done:
                card.insert(u"status"_s, u"done"_s);
                break;
            case StoryStatus::InProgress:
                card.insert(u"status"_s, u"in-progress"_s);
                break;
            case StoryStatus::Blocked:
                card.insert(u"status"_s, u"blocked"_s);
                break;
            case StoryStatus::Todo:
                if (!legendCard)
                    card.insert(u"status"_s, u"planned"_s);
                break;
            }
            if (story.estimate)
                card.insert(u"points"_s, *story.estimate);
            if (!tags.isEmpty())
                card.insert(u"tags"_s, tags);
            values += story.businessValue ? 1 : 0;
            goals += document.storyGoals(id).isEmpty() ? 0 : 1;
            cards.append(card);
        }
        return cards;
    };
    QJsonArray slices;
    QList<ReleaseId> lanes = document.releases();
    if (!document.storiesInRelease(ReleaseId()).isEmpty())
        lanes.append(ReleaseId());
    for (ReleaseId r : std::as_const(lanes)) {
        QJsonArray columns;
        for (StepId s : std::as_const(order))
            columns.append(cardsOf(s, r));
        slices.append(
            QJsonObject { { u"name"_s, r.isValid() ? document.release(r).name : tr("Unplanned") },
                { u"stories"_s, columns } });
    }
    QJsonObject root;
    root.insert(u"app"_s, u"storymap"_s);
    root.insert(u"v"_s, 1);
    root.insert(u"name"_s, document.product().name);
    root.insert(u"users"_s, users);
    root.insert(u"activities"_s, activities);
    root.insert(u"steps"_s, steps);
    root.insert(u"slices"_s, slices);
    root.insert(u"legend"_s, legend);
    root.insert(u"notes"_s, u""_s);
    if (notes) {
        notes->clear();
        if (criteria > 0)
            notes->append(tr("Acceptance criteria of %n story(ies) written into the card text.",
                nullptr, criteria));
        if (values > 0)
            notes->append(
                tr("Business value of %n story(ies) not exported (storymaps.io has no such field).",
                    nullptr, values));
        if (goals > 0)
            notes->append(tr("Customer goals of %n story(ies) not exported.", nullptr, goals));
        if (unplacedPersonas > 0)
            notes->append(
                tr("%n persona(s) without stories not exported.", nullptr, unplacedPersonas));
        if (!document.storiesInRelease(ReleaseId()).isEmpty())
            notes->append(tr("Unplanned stories exported as a slice named “Unplanned”."));
        notes->append(
            tr("Not exported: the vision, release outcomes and dates, goals, increments."));
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Valuemap
