#include "server/changelog.h"

#include "domain/text.h"
#include "server/serverconnection.h"
#include "server/serverplans.h"
#include "storage/rowcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Valuemap::ChangeLog {

namespace {

QJsonValue jsonValue(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    default:
        return QJsonValue(value.toString());
    }
}

QVariant plainValue(ColumnType type, const QJsonValue &value)
{
    if (value.isNull())
        return {};
    if (type == ColumnType::Integer && value.isDouble())
        return QVariant::fromValue<qint64>(value.toInteger());
    return normalizedValue(type, value.toVariant());
}

std::optional<Row> rowFrom(Table table, const QJsonArray &values)
{
    const TableSpec &spec = tableSpec(table);
    if (values.size() != spec.columns.size())
        return std::nullopt;
    Row row(spec.columns.size());
    for (int c = 0; c < spec.columns.size(); ++c)
        row[c] = plainValue(spec.columns[c].type, values.at(c));
    if (rowProblem(table, row))
        return std::nullopt;
    return row;
}

std::optional<RowOp> opFrom(const QJsonObject &o)
{
    const auto table = tableNamed(o.value(u"table"_s).toString());
    if (!table)
        return std::nullopt;
    const QString kind = o.value(u"op"_s).toString();
    if (kind == "insert"_L1 || kind == "remove"_L1) {
        const auto row = rowFrom(*table, o.value(u"row"_s).toArray());
        if (!row)
            return std::nullopt;
        return kind == "insert"_L1 ? RowOp::insert(*table, *row) : RowOp::remove(*table, *row);
    }
    if (kind != "update"_L1)
        return std::nullopt;
    const TableSpec &spec = tableSpec(*table);
    const QString name = o.value(u"column"_s).toString();
    for (int c = 1; c < spec.columns.size(); ++c) {
        if (spec.columns[c].name != name)
            continue;
        const QVariant value = plainValue(spec.columns[c].type, o.value(u"new"_s));
        if (valueProblem(*table, c, value))
            return std::nullopt;
        return RowOp::update(*table, o.value(u"id"_s).toInteger(), c,
                             plainValue(spec.columns[c].type, o.value(u"old"_s)), value);
    }
    return std::nullopt;
}

struct ReadEntry
{
    ChangeSet changes; // the row changes this version accepts
    QList<RowKey> rows; // every row the entry names, as often as it names it (rowsNamed unites)
};

// A log entry's JSON: which rows it names (table and id) and the changes it holds. nullopt when
// not even the rows can be read (not a list of changes, an unknown table, no id).
std::optional<ReadEntry> readEntry(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isArray())
        return std::nullopt;
    ReadEntry read;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"published"_s).toBool())
            continue; // the publication: its rows were loaded with the plan
        const auto table = tableNamed(o.value(u"table"_s).toString());
        const QJsonValue id = o.value(u"id"_s);
        if (!table || !id.isDouble() || id.toDouble() != double(id.toInteger()))
            return std::nullopt;
        const RowKey key { *table, id.toInteger() };
        read.rows.append(key);
        if (const auto op = opFrom(o); op && (op->kind == RowOp::Update ? op->id : op->row.value(0).toLongLong()) == key.second)
            read.changes.append(*op);
    }
    return read;
}

// An entry's undo text as a status bar or the history shows it: one line, no control or
// direction-changing characters (anyone who can write the log writes it), not endless.
QString plainUndoText(const QString &text)
{
    constexpr qsizetype Longest = 200;
    const QString plain = inertLine(text).trimmed();
    return plain.size() > Longest ? plain.left(Longest - 1) + u'…' : plain;
}

std::optional<QList<LogEntry>> entries(QSqlQuery &q, const ServerPlanInfo &plan, QString *error)
{
    QList<LogEntry> result;
    while (q.next()) {
        LogEntry e;
        e.revision = q.value(0).toLongLong();
        e.author = q.value(1).toString();
        e.at = q.value(2).toDateTime();
        e.undoText = plainUndoText(q.value(3).toString());
        const auto read = readEntry(q.value(4).toString().toUtf8());
        if (!read) {
            // Not even which rows it changed can be read: the mirror cannot follow it.
            *error = ServerPlans::tr("Revision %1 of plan “%2” holds a change Valuemap cannot read "
                                     "(made by a newer Valuemap, or written outside Valuemap). "
                                     "Open the plan again to see its current state; if that does "
                                     "not help, update Valuemap.")
                             .arg(e.revision)
                             .arg(plan.name);
            return std::nullopt;
        }
        e.changes = read->changes;
        e.rows = read->rows;
        result.append(e);
    }
    return result;
}

const auto Columns = "revision, author, at, undo_text, changes::text"_L1;

} // namespace

QByteArray toJson(const ChangeSet &changes)
{
    QJsonArray ops;
    for (const RowOp &op : changes) {
        QJsonObject o { { u"table"_s, QString(tableSpec(op.table).name) } };
        switch (op.kind) {
        case RowOp::Insert:
        case RowOp::Remove: {
            o.insert(u"op"_s, op.kind == RowOp::Insert ? u"insert"_s : u"remove"_s);
            o.insert(u"id"_s, op.row.value(0).toLongLong());
            QJsonArray row;
            for (const QVariant &v : op.row)
                row.append(jsonValue(v));
            o.insert(u"row"_s, row);
            break;
        }
        case RowOp::Update:
            o.insert(u"op"_s, u"update"_s);
            o.insert(u"id"_s, op.id);
            o.insert(u"column"_s, QString(tableSpec(op.table).columns[op.column].name));
            o.insert(u"old"_s, jsonValue(op.oldValue));
            o.insert(u"new"_s, jsonValue(op.newValue));
            break;
        }
        ops.append(o);
    }
    return QJsonDocument(ops).toJson(QJsonDocument::Compact);
}

std::optional<QList<LogEntry>> since(ServerConnection &c, const ServerPlanInfo &plan,
                                     qint64 revision, QString *error, qint64 before)
{
    auto q = c.run(u"SELECT %1 FROM valuemap.change_log WHERE plan_id = ? AND revision > ? "
                   "AND (? = 0 OR revision < ?) ORDER BY revision"_s.arg(Columns),
                   { plan.id, revision, before, before }, error, plan.name);
    if (!q)
        return std::nullopt;
    return entries(*q, plan, error);
}

std::optional<QList<LogEntry>> latest(ServerConnection &c, const ServerPlanInfo &plan,
                                      qint64 story, int limit, QString *error)
{
    const QJsonArray probe { QJsonObject { { u"table"_s, u"story"_s }, { u"id"_s, story } } };
    auto q = c.run(u"SELECT %1 FROM valuemap.change_log WHERE plan_id = ? "
                   "AND (? = 0 OR changes @> CAST(? AS jsonb)) ORDER BY revision DESC LIMIT ?"_s
                           .arg(Columns),
                   { plan.id, story,
                     QString::fromUtf8(QJsonDocument(probe).toJson(QJsonDocument::Compact)),
                     limit },
                   error, plan.name);
    if (!q)
        return std::nullopt;
    return entries(*q, plan, error);
}

} // namespace Valuemap::ChangeLog
