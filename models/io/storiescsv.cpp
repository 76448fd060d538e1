#include "io/storiescsv.h"

#include "domain/text.h"
#include "io/csv.h"
#include "io/planbuilder.h"
#include "storage/document.h"
#include "storage/storykeys.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

enum Column {
    ActivityColumn,
    StepColumn,
    ReleaseName,
    Title,
    Description,
    Criteria,
    Estimate,
    Value,
    Status,
    PersonaName,
    Tags,
    Goals,
    KeyColumn,
    ColumnCount
};

// Header names understood on import, English and German, lower case.
const QList<QStringList> &headerAliases()
{
    static const QList<QStringList> aliases = {
        { u"activity"_s, u"aktivität"_s },
        { u"step"_s, u"schritt"_s },
        { u"release"_s, u"slice"_s },
        { u"title"_s, u"titel"_s, u"summary"_s, u"story"_s },
        { u"description"_s, u"beschreibung"_s },
        { u"acceptance criteria"_s, u"akzeptanzkriterien"_s },
        { u"estimate"_s, u"schätzung"_s, u"story points"_s, u"points"_s },
        { u"value"_s, u"business value"_s, u"wert"_s, u"geschäftswert"_s },
        { u"status"_s },
        { u"persona"_s },
        { u"tags"_s, u"labels"_s },
        { u"goals"_s, u"ziele"_s },
        { u"key"_s, u"issue key"_s, u"schlüssel"_s },
    };
    return aliases;
}

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

} // namespace

QStringList StoriesCsv::header()
{
    return { u"Activity"_s, u"Step"_s, u"Release"_s, u"Title"_s, u"Description"_s,
        u"Acceptance Criteria"_s, u"Estimate"_s, u"Value"_s, u"Status"_s, u"Persona"_s, u"Tags"_s,
        u"Goals"_s, u"Key"_s };
}

QString StoriesCsv::statusKey(int status)
{
    switch (status) {
    case int(StoryStatus::InProgress):
        return u"In progress"_s;
    case int(StoryStatus::Done):
        return u"Done"_s;
    case int(StoryStatus::Blocked):
        return u"Blocked"_s;
    default:
        return u"To do"_s;
    }
}

int StoriesCsv::statusFromText(const QString &text)
{
    const QString t = text.trimmed().toLower().remove(u' ').remove(u'-').remove(u'_');
    if (t.isEmpty() || t == "todo"_L1 || t == "planned"_L1 || t == "open"_L1 || t == "0"_L1
        || t == "zuerledigen"_L1 || t == "offen"_L1 || t == "geplant"_L1)
        return int(StoryStatus::Todo);
    if (t == "inprogress"_L1 || t == "1"_L1 || t == "inarbeit"_L1)
        return int(StoryStatus::InProgress);
    if (t == "done"_L1 || t == "2"_L1 || t == "erledigt"_L1 || t == "fertig"_L1)
        return int(StoryStatus::Done);
    if (t == "blocked"_L1 || t == "3"_L1 || t == "blockiert"_L1)
        return int(StoryStatus::Blocked);
    return -1;
}

QByteArray StoriesCsv::write(const Document &document, QChar separator, bool byteOrderMark)
{
    QList<QStringList> records { header() };
    for (ActivityId a : document.activities()) {
        const QString activity = document.activity(a).title;
        for (StepId s : document.steps(a)) {
            const QString step = document.step(s).title;
            for (StoryId id : document.stories(s)) {
                const Story story = document.story(id);
                QStringList goals;
                for (GoalId g : document.storyGoals(id))
                    goals.append(document.goal(g).name);
                // Text cells neutralised against formula injection; the numbers are ours.
                records.append({ Csv::textCell(activity), Csv::textCell(step),
                    Csv::textCell(story.releaseId.isValid() ? document.release(story.releaseId).name
                                                            : QString()),
                    Csv::textCell(story.title), Csv::textCell(story.description),
                    Csv::textCell(story.acceptanceCriteria),
                    story.estimate ? number(*story.estimate) : QString(),
                    story.businessValue ? QString::number(*story.businessValue) : QString(),
                    statusKey(int(story.status)),
                    Csv::textCell(story.personaId.isValid() ? document.persona(story.personaId).name
                                                            : QString()),
                    Csv::textCell(document.storyTags(id).join(u", "_s)),
                    Csv::textCell(goals.join(u'\n')), story.key });
            }
        }
    }
    return Csv::write(records, separator, byteOrderMark);
}

bool StoriesCsv::read(const QByteArray &bytes, PlanData *data, QString *error)
{
    Csv::Table table;
    if (!Csv::read(bytes, &table, error))
        return false;
    if (table.records.isEmpty()) {
        *error = tr("The file is empty. A stories CSV starts with a header line such as: %1")
                     .arg(header().join(u','));
        return false;
    }
    const QStringList names = table.records.first().fields;
    QList<int> columnOf(ColumnCount, -1);
    QStringList ignored;
    QStringList twice;
    for (int i = 0; i < names.size(); ++i) {
        const QString name = names[i].trimmed().toLower();
        bool known = false;
        for (int c = 0; c < ColumnCount && !known; ++c) {
            if (!headerAliases()[c].contains(name))
                continue;
            known = true;
            if (columnOf[c] < 0)
                columnOf[c] = i;
            else
                twice.append(names[i].trimmed());
        }
        if (!known && !name.isEmpty())
            ignored.append(names[i].trimmed());
    }
    if (columnOf[Title] < 0) {
        *error
            = tr("Line 1: the header has no column “Title”. The first line must name the columns, "
                 "e.g. %1")
                  .arg(header().join(table.separator));
        return false;
    }
    PlanBuilder builder;
    if (!ignored.isEmpty())
        builder.note(
            tr("Columns not imported (Valuemap has no field by that name): %1").arg(ignored.join(u", "_s)));
    if (!twice.isEmpty())
        builder.note(tr("Columns named a second time, not imported (the first column of each name "
                        "was): %1")
                         .arg(twice.join(u", "_s)));
    // A key given twice: the first story keeps its number, a later one is numbered anew (a
    // pipeline recording against the key must not hit another story than the file meant).
    QHash<qint64, int> keyLines;
    int unsorted = 0;
    QString keyPrefix; // of the first key: a new plan takes it
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const Csv::Record &record = table.records[r];
        if (record.fields.size() > names.size()) {
            *error = tr("Line %1 has %2 fields, but the header names only %3 columns. Put text "
                        "that holds a “%4” in double quotes.")
                         .arg(record.line)
                         .arg(record.fields.size())
                         .arg(names.size())
                         .arg(table.separator);
            return false;
        }
        // Cell text is kept exactly (tabs, quotes, SQL-looking text alike), with two
        // exceptions: spaces around it are trimmed, and the quote our own export puts before
        // formula-like text is taken back off.
        const auto value = [&](int column) {
            return columnOf[column] < 0
                ? QString()
                : Csv::fromTextCell(trimmedSpaces(record.fields.value(columnOf[column])));
        };
        const auto cell = [&](int column) {
            return columnOf[column] < 0
                ? QString()
                : Csv::fromTextCell(record.fields.value(columnOf[column]));
        };
        builder.setOrigin(tr("Line %1").arg(record.line));
        const QString title = trimmedSpaces(cleanedText(value(Title), true));
        if (title.isEmpty()) {
            *error = tr("Line %1: the field “Title” is empty; every story needs a title.")
                         .arg(record.line);
            return false;
        }
        Row row = builder.storyRow();
        row[StoryCol::Title] = title;
        // The key a story brings keeps its number (the plan's prefix applies).
        if (const QString text = value(KeyColumn).trimmed(); !text.isEmpty()) {
            const auto key = parseStoryKey(text);
            if (!key) {
                *error = tr("Line %1: the field “Key” holds “%2”, which is not a story key such "
                            "as BT-42. Correct it or leave it empty to number the story anew.")
                             .arg(record.line)
                             .arg(text.left(40));
                return false;
            }
            if (const auto first = keyLines.constFind(key->number); first != keyLines.constEnd()) {
                builder.note(tr("Line %1: the key “%2” was already given on line %3, so this story "
                                "gets a new number.")
                                     .arg(record.line)
                                     .arg(inertLine(text.left(40)))
                                     .arg(*first));
            } else {
                keyLines.insert(key->number, record.line);
                row[StoryCol::KeyNumber] = QVariant::fromValue<qint64>(key->number);
            }
            if (keyPrefix.isEmpty())
                keyPrefix = key->prefix;
        }
        row[StoryCol::Description] = cleanedText(cell(Description), false);
        row[StoryCol::AcceptanceCriteria] = cleanedText(cell(Criteria), false);
        if (const QString text = value(Estimate).trimmed(); !text.isEmpty()) {
            bool ok = false;
            QString normal = text;
            if (!normal.contains(u'.'))
                normal.replace(u',', u'.');
            const double estimate = QLocale::c().toDouble(normal, &ok);
            if (!ok) {
                *error = tr("Line %1: the field “Estimate” holds “%2”, which is not a number of "
                            "points.")
                             .arg(record.line)
                             .arg(text);
                return false;
            }
            row[StoryCol::Estimate] = estimate;
        }
        if (const QString text = value(Value).trimmed(); !text.isEmpty()) {
            bool ok = false;
            const qint64 v = text.toLongLong(&ok);
            if (!ok) {
                *error = tr("Line %1: the field “Value” holds “%2”, which is not a whole number.")
                             .arg(record.line)
                             .arg(text);
                return false;
            }
            row[StoryCol::BusinessValue] = QVariant::fromValue<qint64>(v);
        }
        const int status = statusFromText(value(Status));
        if (status < 0) {
            *error = tr("Line %1: the field “Status” holds “%2”; use To do, In progress, Done or "
                        "Blocked.")
                         .arg(record.line)
                         .arg(value(Status));
            return false;
        }
        row[StoryCol::Status] = QVariant::fromValue<qint64>(status);
        if (status == int(StoryStatus::Done))
            row[StoryCol::DoneAt] = row[StoryCol::UpdatedAt];
        if (const qint64 persona = builder.persona(value(PersonaName)))
            row[StoryCol::PersonaId] = QVariant::fromValue<qint64>(persona);

        QString activityName = value(ActivityColumn);
        QString stepName = value(StepColumn);
        if (activityName.isEmpty() || stepName.isEmpty())
            ++unsorted;
        if (activityName.isEmpty())
            activityName = tr("Unsorted");
        if (stepName.isEmpty())
            stepName = tr("Unsorted");
        const qint64 step = builder.step(builder.activity(activityName), stepName);
        const qint64 story = builder.story(step, builder.release(value(ReleaseName)), row);
        for (const QString &tag : value(Tags).split(u',', Qt::SkipEmptyParts))
            builder.linkTag(story, builder.tag(tag));
        for (const QString &goal : value(Goals).split(u'\n', Qt::SkipEmptyParts))
            builder.linkGoal(story, builder.goal(goal));
    }
    builder.setOrigin({});
    if (unsorted > 0)
        builder.note(tr("%n story(ies) without an activity or step were put under “Unsorted”.",
            nullptr, unsorted));
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

} // namespace Valuemap
