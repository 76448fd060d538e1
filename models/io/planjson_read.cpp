// PlanJson: reading a Valuemap JSON file, checked value by value before anything is written.
#include "io/planjson.h"

#include "domain/entities.h"
#include "domain/text.h"
#include "io/strictjson.h"
#include "storage/rowcheck.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

// Tags whose names differ only in case ("UX", "ux") cannot both be in a plan: the file
// compares tag names without case. They become one tag (the first), with a note.
void mergeTagsDifferingInCase(PlanData *data)
{
    QHash<QString, qint64> byName; // name key → the tag that stays
    QHash<qint64, qint64> replaced; // tag → the tag that stays
    QStringList merged;
    for (const PlanRow &r : std::as_const(data->rows)) {
        if (r.table != Table::Tag)
            continue;
        const QString name = r.row[TagCol::Name].toString();
        const qint64 id = r.row[0].toLongLong();
        if (const auto it = byName.constFind(tagNameKey(name)); it != byName.cend()) {
            replaced.insert(id, *it);
            merged.append(name);
        } else {
            byName.insert(tagNameKey(name), id);
        }
    }
    if (replaced.isEmpty())
        return;
    QSet<QPair<qint64, qint64>> links;
    QList<PlanRow> rows;
    rows.reserve(data->rows.size());
    for (PlanRow &r : data->rows) {
        if (r.table == Table::Tag && replaced.contains(r.row[0].toLongLong()))
            continue;
        if (r.table == Table::StoryTag) {
            const qint64 tag = r.row[StoryTagCol::TagId].toLongLong();
            r.row[StoryTagCol::TagId] = QVariant::fromValue<qint64>(replaced.value(tag, tag));
            const QPair<qint64, qint64> link { r.row[StoryTagCol::StoryId].toLongLong(),
                                               r.row[StoryTagCol::TagId].toLongLong() };
            if (links.contains(link))
                continue;
            links.insert(link);
        }
        rows.append(std::move(r));
    }
    data->rows = std::move(rows);
    data->notes.append(PlanJson::tr("Tags whose names differ only in upper and lower case were "
                                    "merged into one: %1.")
                           .arg(merged.join(u", "_s)));
}

} // namespace

bool PlanJson::read(const QByteArray &bytes, PlanData *data, QString *error)
{
    QJsonDocument json;
    if (!StrictJson::parse(bytes, &json, error))
        return false;
    const QJsonObject root = json.object();
    if (!json.isObject() || root.value(u"format"_s).toString() != FormatName) {
        *error = tr("This JSON file is not a Valuemap plan: its field “format” is not “%1”. "
                    "Export it from Valuemap with File → Export → Valuemap JSON.")
                     .arg(QString(FormatName));
        return false;
    }
    const QJsonValue versionValue = root.value(u"version"_s);
    if (!versionValue.isDouble()) {
        *error = versionValue.isUndefined()
            ? tr("Field “version” is missing: a Valuemap JSON file states its format version as "
                 "a number, e.g. \"version\": %1.")
                  .arg(FormatVersion)
            : tr("Field “version” must be a number, e.g. \"version\": %1, not %2.")
                  .arg(FormatVersion)
                  .arg(QString::fromUtf8(QJsonDocument(QJsonArray { versionValue })
                                             .toJson(QJsonDocument::Compact)
                                             .sliced(1)
                                             .chopped(1)
                                             .left(40)));
        return false;
    }
    const double versionNumber = versionValue.toDouble();
    // Versions are whole numbers from 1: anything else is no version a Valuemap wrote, and
    // "Update Valuemap" would not help (1.0000000000000002 read as "version 1").
    if (versionNumber != std::floor(versionNumber) || versionNumber < 1) {
        *error = tr("Field “version” must be a whole number from 1 to %1, e.g. \"version\": %1, not %2.")
                     .arg(FormatVersion)
                     .arg(QLocale::c().toString(versionNumber, 'g', 17));
        return false;
    }
    if (versionNumber > FormatVersion) {
        *error
            = tr("This Valuemap JSON file has format version %1; this Valuemap reads version %2. "
                 "Update Valuemap to import it.")
                  .arg(QLocale::c().toString(versionNumber, 'g', 12))
                  .arg(FormatVersion);
        return false;
    }

    PlanData result;
    QString failure;
    int cleaned = 0;
    // Checks one JSON object against a table's columns and turns it into a row.
    const auto toRow = [&](Table table, const QJsonObject &object, int firstColumn,
                           const QString &where, Row *row) {
        const TableSpec &spec = tableSpec(table);
        *row = Row(spec.columns.size());
        row->first() = QVariant::fromValue<qint64>(1);
        for (auto it = object.begin(); it != object.end(); ++it) {
            const bool known = std::any_of(spec.columns.begin() + firstColumn, spec.columns.end(),
                [&](const Column &c) { return c.name == it.key(); });
            if (!known) {
                failure = tr("Field “%1.%2” is unknown to this version of Valuemap.")
                              .arg(where, it.key());
                return false;
            }
        }
        for (int c = firstColumn; c < spec.columns.size(); ++c) {
            const QString name(spec.columns[c].name);
            const QString field = where + u'.' + name;
            if (!object.contains(name) && spec.columns[c].since > 1) {
                // A column added after the file was written: its empty value (story keys
                // are numbered when the plan is made).
                (*row)[c] = emptyRow(table, 0).value(c);
                continue;
            }
            if (!object.contains(name)) {
                failure = tr("Field “%1” is missing.").arg(field);
                return false;
            }
            const QJsonValue v = object.value(name);
            if (v.isNull()) {
                if (c == 0 || !isNullableColumn(table, c)) {
                    failure = tr("Field “%1” must not be null.").arg(field);
                    return false;
                }
                continue;
            }
            switch (spec.columns[c].type) {
            case ColumnType::Integer: {
                if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble())) {
                    failure = tr("Field “%1” must be a whole number.").arg(field);
                    return false;
                }
                // Beyond 64 bits toInteger() gives 0: a business value of 1e20 became 0.
                const double d = v.toDouble();
                if (!(std::fabs(d) < 9223372036854775808.0)) { // 2^63
                    failure = tr("Field “%1” holds %2, far more than a plan holds (at most %3).")
                                  .arg(field, QString::number(d, 'g', 6),
                                       QLocale().toString(qint64(MaxNumber)));
                    return false;
                }
                (*row)[c] = QVariant::fromValue<qint64>(v.toInteger());
                break;
            }
            case ColumnType::Real:
                if (!v.isDouble()) {
                    failure = tr("Field “%1” must be a number.").arg(field);
                    return false;
                }
                (*row)[c] = v.toDouble();
                break;
            case ColumnType::Text:
                if (!v.isString()) {
                    failure = tr("Field “%1” must be text.").arg(field);
                    return false;
                }
                // Cleaned as typed text is, so no control character or broken Unicode
                // reaches the plan; counted for a note, never changed without a word.
                if (const QString text = cleanedText(v.toString(), false); text != v.toString()) {
                    ++cleaned;
                    (*row)[c] = text;
                } else {
                    (*row)[c] = v.toString();
                }
                break;
            }
        }
        return true;
    };

    if (!root.value(u"product"_s).isObject()) {
        *error = tr("Field “product” is missing or not an object.");
        return false;
    }
    if (!toRow(Table::Product, root.value(u"product"_s).toObject(), 1, u"product"_s,
            &result.product)) {
        *error = failure;
        return false;
    }
    // Valuemap always writes it, if only with empty lists: a file without it is not a plan.
    if (!root.value(u"tables"_s).isObject()) {
        *error = tr("Field “tables” is missing or not an object.");
        return false;
    }
    const QJsonObject tables = root.value(u"tables"_s).toObject();
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        bool known = false;
        for (int t = 1; t < TableCount; ++t)
            known = known || tableSpec(static_cast<Table>(t)).name == it.key();
        if (!known) {
            *error = tr("Table “tables.%1” is unknown to this version of Valuemap.").arg(it.key());
            return false;
        }
    }
    std::array<QSet<qint64>, TableCount> ids;
    for (int t = 1; t < TableCount; ++t) {
        const Table table = static_cast<Table>(t);
        const QString name(tableSpec(table).name);
        const QJsonValue value = tables.value(name);
        if (value.isUndefined())
            continue;
        if (!value.isArray()) {
            *error = tr("Field “tables.%1” must be a list of rows.").arg(name);
            return false;
        }
        const QJsonArray rows = value.toArray();
        for (int i = 0; i < rows.size(); ++i) {
            const QString where = u"tables.%1[%2]"_s.arg(name).arg(i);
            if (!rows[i].isObject()) {
                *error = tr("Row “%1” must be an object.").arg(where);
                return false;
            }
            Row row;
            if (!toRow(table, rows[i].toObject(), 0, where, &row)) {
                *error = failure;
                return false;
            }
            const qint64 id = row[0].toLongLong();
            if (id <= 0 || ids[t].contains(id)) {
                *error = tr("Field “%1.id” must be a positive number that no other row of “%2” "
                            "uses.")
                             .arg(where, name);
                return false;
            }
            ids[t].insert(id);
            QString origin = tr("Row “%1”").arg(where);
            if (const int c = namingColumn(table); c > 0 && !row[c].toString().trimmed().isEmpty())
                origin = tr("Row “%1” (%2 “%3”)")
                             .arg(where, tableLabel(table), row[c].toString().simplified().left(60));
            result.rows.append({ table, std::move(row), origin });
        }
    }
    // Every reference must name a row of the file.
    for (qsizetype i = 0; i < result.rows.size(); ++i) {
        const PlanRow &r = result.rows[i];
        const TableSpec &spec = tableSpec(r.table);
        for (int c = 1; c < spec.columns.size(); ++c) {
            const auto target = referencedTable(r.table, c);
            if (!target || r.row[c].isNull() || ids[int(*target)].contains(r.row[c].toLongLong()))
                continue;
            *error = tr("%1: its field “%2” refers to %3 id %4, which the file does not "
                        "contain.")
                         .arg(r.origin, QString(spec.columns[c].name),
                              QString(tableSpec(*target).name))
                         .arg(r.row[c].toLongLong());
            return false;
        }
    }
    // A dot belongs to a participant of its own vote and sits on the kind of item voted on.
    QHash<qint64, qint64> voteSubjects; // vote → subject
    QHash<qint64, qint64> participantVotes; // participant → vote
    for (const PlanRow &r : std::as_const(result.rows)) {
        if (r.table == Table::Vote)
            voteSubjects.insert(r.row[0].toLongLong(), r.row[VoteCol::Subject].toLongLong());
        else if (r.table == Table::VoteParticipant)
            participantVotes.insert(r.row[0].toLongLong(), r.row[VoteParticipantCol::VoteId].toLongLong());
    }
    for (const PlanRow &r : std::as_const(result.rows)) {
        if (r.table != Table::VoteDot)
            continue;
        const qint64 vote = r.row[VoteDotCol::VoteId].toLongLong();
        const bool onNotes = voteSubjects.value(vote) == int(VoteSubject::VisionNotes);
        if (participantVotes.value(r.row[VoteDotCol::ParticipantId].toLongLong()) != vote) {
            *error = tr("The dot with id %1 in “tables.vote_dot” was cast by a participant of "
                        "another vote than its own (vote id %2).")
                             .arg(r.row[0].toLongLong())
                             .arg(vote);
            return false;
        }
        if (r.row[VoteDotCol::StoryId].isNull() == !onNotes
            || r.row[VoteDotCol::NoteId].isNull() == onNotes) {
            *error = onNotes ? tr("The dot with id %1 in “tables.vote_dot” belongs to a vote on "
                                  "vision notes: it needs a note_id and no story_id.")
                                       .arg(r.row[0].toLongLong())
                             : tr("The dot with id %1 in “tables.vote_dot” belongs to a vote on "
                                  "stories: it needs a story_id and no note_id.")
                                       .arg(r.row[0].toLongLong());
            return false;
        }
    }
    // Order within a parent is a rank 0..n-1: gaps or duplicates would scramble the map.
    for (int t = 0; t < TableCount; ++t) {
        const Table table = static_cast<Table>(t);
        if (!isRanked(table))
            continue;
        const TableSpec &spec = tableSpec(table);
        QHash<qint64, QList<qint64>> ranks; // parent → ranks
        for (const PlanRow &r : std::as_const(result.rows)) {
            if (r.table == table)
                ranks[spec.parentColumn < 0 ? 0 : r.row[spec.parentColumn].toLongLong()].append(
                        r.row[spec.sortColumn].toLongLong());
        }
        for (auto it = ranks.begin(); it != ranks.end(); ++it) {
            std::sort(it->begin(), it->end());
            for (int i = 0; i < it->size(); ++i) {
                if (it->at(i) == i)
                    continue;
                *error = tr("Field “%1” in “tables.%2” must number the rows of each parent 0, 1, 2 … "
                            "without gaps or repeats; under parent %3 it does not.")
                                 .arg(QString(spec.columns[spec.sortColumn].name), QString(spec.name))
                                 .arg(it.key());
                return false;
            }
        }
    }
    mergeTagsDifferingInCase(&result);
    // Story keys are how pipelines and people refer to stories: a number given twice is said,
    // not quietly changed (the stories after the first get the plan's next numbers).
    QHash<qint64, int> keyUses;
    QList<qint64> repeatedKeys; // in the order they first repeat
    for (const PlanRow &r : std::as_const(result.rows)) {
        const qint64 number = r.table == Table::Story ? r.row[StoryCol::KeyNumber].toLongLong() : 0;
        if (number >= 1 && ++keyUses[number] == 2)
            repeatedKeys.append(number);
    }
    if (!repeatedKeys.isEmpty()) {
        QStringList shown;
        for (qint64 number : repeatedKeys.mid(0, 5))
            shown.append(QString::number(number));
        result.notes.append(tr("%n story key number(s) appear more than once (%1): the stories after "
                               "the first with each number get new numbers, so their keys change.",
                               nullptr, int(repeatedKeys.size()))
                                .arg(shown.join(u", "_s) + (repeatedKeys.size() > 5 ? u", …"_s : QString())));
    }
    if (cleaned > 0)
        result.notes.append(tr("%n text(s) held control characters or broken Unicode; those "
                               "characters were left out.",
                               nullptr, cleaned));
    result.product[0] = QVariant::fromValue<qint64>(1);
    if (const auto problem = planDataProblem(result)) {
        *error = *problem;
        return false;
    }
    *data = std::move(result);
    return true;
}

} // namespace Valuemap
