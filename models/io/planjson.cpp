#include "io/planjson.h"

#include "domain/entities.h"
#include "storage/planstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

// Line and column (1-based) of a byte offset, for parse errors.
QPair<int, int> lineAndColumn(const QByteArray &bytes, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return { line, column };
}

} // namespace

namespace {

// The whole plan is written straight into one buffer, in exactly the bytes that QJsonDocument's
// indented form has (keys in sorted order, four spaces a level): building a QJsonObject per row
// and then serializing it cost a second for a plan of 10,000 stories, this a tenth of that.
class JsonWriter
{
public:
    QByteArray out;

    void string(QStringView text)
    {
        out += '"';
        // Most text needs no escape: converted in one go.
        if (std::none_of(text.begin(), text.end(), [](QChar c) {
                return c.unicode() < 0x20 || c == u'"' || c == u'\\' || c.isSurrogate();
            })) {
            out += text.toUtf8();
            out += '"';
            return;
        }
        const char16_t *p = text.utf16();
        const char16_t *const end = p + text.size();
        auto hex = [this](uint u, int digits) {
            for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
                const uint d = (u >> shift) & 0xf;
                out += char(d < 10 ? '0' + d : 'a' + d - 10);
            }
        };
        while (p != end) {
            const char16_t u = *p++;
            if (u < 0x80) {
                switch (u) {
                case u'"': out += "\\\""; break;
                case u'\\': out += "\\\\"; break;
                case u'\b': out += "\\b"; break;
                case u'\f': out += "\\f"; break;
                case u'\n': out += "\\n"; break;
                case u'\r': out += "\\r"; break;
                case u'\t': out += "\\t"; break;
                default:
                    if (u < 0x20) {
                        out += "\\u00";
                        hex(u, 2);
                    } else {
                        out += char(u);
                    }
                }
            } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
                const char32_t c = QChar::surrogateToUcs4(u, *p++);
                out += char(0xf0 | (c >> 18));
                out += char(0x80 | ((c >> 12) & 0x3f));
                out += char(0x80 | ((c >> 6) & 0x3f));
                out += char(0x80 | (c & 0x3f));
            } else if (QChar::isSurrogate(u)) { // a lone half of a pair: no UTF-8 for it
                out += "\\u";
                hex(u, 4);
            } else if (u < 0x800) {
                out += char(0xc0 | (u >> 6));
                out += char(0x80 | (u & 0x3f));
            } else {
                out += char(0xe0 | (u >> 12));
                out += char(0x80 | ((u >> 6) & 0x3f));
                out += char(0x80 | (u & 0x3f));
            }
        }
        out += '"';
    }
    void value(ColumnType type, const QVariant &v)
    {
        if (v.isNull()) {
            out += "null";
            return;
        }
        switch (type) {
        case ColumnType::Integer:
            out += QByteArray::number(v.toLongLong());
            return;
        case ColumnType::Real: {
            const double d = v.toDouble();
            out += std::isfinite(d) ? QByteArray::number(d, 'g', QLocale::FloatingPointShortest) : "null";
            return;
        }
        case ColumnType::Text:
            string(v.toString());
            return;
        }
    }
    void indent(int level)
    {
        static const char spaces[] = "                                ";
        out += QByteArrayView(spaces, std::min<qsizetype>(4 * level, sizeof spaces - 1));
    }
    void key(int level, QStringView name)
    {
        indent(level);
        string(name);
        out += ": ";
    }
    // One row as an object of its columns from firstColumn on, keys in sorted order.
    void row(Table table, const Row &values, int firstColumn, int level)
    {
        const TableSpec &spec = tableSpec(table);
        QList<Key> &keys = m_keys[{ int(table), level }];
        if (keys.isEmpty()) {
            for (int c = firstColumn; c < spec.columns.size(); ++c)
                keys.append({ c, QByteArray(4 * (level + 1), ' ') + '"' + spec.columns[c].name.latin1() + "\": " });
            std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) { return a.text < b.text; });
        }
        out += "{\n";
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out += keys[i].text;
            value(spec.columns[keys[i].column].type, values.value(keys[i].column));
            out += i + 1 < keys.size() ? ",\n" : "\n";
        }
        indent(level);
        out += '}';
    }

private:
    struct Key
    {
        int column;
        QByteArray text; // indented and quoted, with the colon
    };
    QHash<std::pair<int, int>, QList<Key>> m_keys; // by table and level
};

} // namespace

QByteArray PlanJson::write(const PlanStore &plan)
{
    JsonWriter w;
    w.out.reserve(1 << 20);
    // Root keys, sorted: format, generator, product, schemaVersion, tables, version.
    w.out += "{\n";
    w.key(1, u"format");
    w.string(QString(FormatName));
    w.out += ",\n";
    w.key(1, u"generator");
    w.string(QString(u"Valuemap "_s + QCoreApplication::applicationVersion()));
    w.out += ",\n";
    if (const Row *product = plan.row(Table::Product, 1)) {
        w.key(1, u"product");
        w.row(Table::Product, *product, 1, 1);
        w.out += ",\n";
    }
    w.key(1, u"schemaVersion");
    w.out += QByteArray::number(CurrentSchemaVersion);
    w.out += ",\n";
    w.key(1, u"tables");
    QList<Table> tables;
    for (int t = 1; t < TableCount; ++t)
        tables.append(static_cast<Table>(t));
    std::sort(tables.begin(), tables.end(), [](Table a, Table b) {
        return QString(tableSpec(a).name) < QString(tableSpec(b).name);
    });
    w.out += "{\n";
    for (qsizetype t = 0; t < tables.size(); ++t) {
        QList<qint64> ids = plan.group(tables[t], -1, 0);
        std::sort(ids.begin(), ids.end());
        w.key(2, QString(tableSpec(tables[t]).name));
        w.out += "[\n";
        for (qsizetype i = 0; i < ids.size(); ++i) {
            w.indent(3);
            w.row(tables[t], *plan.row(tables[t], ids[i]), 0, 3);
            w.out += i + 1 < ids.size() ? ",\n" : "\n";
        }
        w.indent(2);
        w.out += ']';
        w.out += t + 1 < tables.size() ? ",\n" : "\n";
    }
    w.indent(1);
    w.out += "},\n";
    w.key(1, u"version");
    w.out += QByteArray::number(FormatVersion);
    w.out += "\n}\n";
    return w.out;
}

bool PlanJson::read(const QByteArray &bytes, PlanData *data, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(bytes, parseError.offset);
        *error = tr("This is not valid JSON: %1 at line %2, column %3.")
                     .arg(parseError.errorString())
                     .arg(line)
                     .arg(column);
        return false;
    }
    const QJsonObject root = json.object();
    if (!json.isObject() || root.value(u"format"_s).toString() != FormatName) {
        *error = tr("This JSON file is not a Valuemap plan: its field “format” is not “%1”. "
                    "Export it from Valuemap with File → Export → Valuemap JSON.")
                     .arg(QString(FormatName));
        return false;
    }
    const int version = root.value(u"version"_s).toInt(-1);
    if (version < 1 || version > FormatVersion) {
        *error
            = tr("This Valuemap JSON file has format version %1; this Valuemap reads version %2. "
                 "Update Valuemap to import it.")
                  .arg(root.value(u"version"_s).toVariant().toString())
                  .arg(FormatVersion);
        return false;
    }

    PlanData result;
    QString failure;
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
            case ColumnType::Integer:
                if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble())) {
                    failure = tr("Field “%1” must be a whole number.").arg(field);
                    return false;
                }
                (*row)[c] = QVariant::fromValue<qint64>(v.toInteger());
                break;
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
                (*row)[c] = v.toString();
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
            result.rows.append({ table, std::move(row) });
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
            *error = tr("Field “%1” of row id %2 in “tables.%3” refers to %4 id %5, which the file "
                        "does not contain.")
                         .arg(QString(spec.columns[c].name))
                         .arg(r.row[0].toLongLong())
                         .arg(QString(spec.name), QString(tableSpec(*target).name))
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
    *data = std::move(result);
    return true;
}

} // namespace Valuemap
