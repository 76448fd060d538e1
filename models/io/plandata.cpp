#include "io/plandata.h"

#include "storage/document.h"
#include "storage/planstore.h"
#include "storage/rowcheck.h"
#include "storage/sqlstore.h"
#include "storage/storykeys.h"

#include "domain/text.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

class PlanDataIo
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::PlanData)
};

} // namespace

// Nullable columns (everything else that is not a reference has a NOT NULL default).
bool isNullableColumn(Table table, int column)
{
    const QLatin1StringView name = tableSpec(table).columns[column].name;
    if (tableSpec(table).columns[column].type == ColumnType::Real)
        return !(table == Table::Measurement && column == MeasurementCol::Value);
    if (name == "vision_date"_L1 || name == "target_date"_L1 || name == "done_at"_L1
        || name == "business_value"_L1 || name == "score"_L1)
        return true;
    return referencedTable(table, column).has_value();
}

qsizetype PlanData::count(Table table) const
{
    return std::count_if(
        rows.cbegin(), rows.cend(), [table](const PlanRow &r) { return r.table == table; });
}

qint64 PlanData::maxId(Table table) const
{
    qint64 result = 0;
    for (const PlanRow &r : rows) {
        if (r.table == table)
            result = std::max(result, r.row.value(0).toLongLong());
    }
    return result;
}

Row emptyRow(Table table, qint64 id)
{
    const TableSpec &spec = tableSpec(table);
    Row row(spec.columns.size());
    row[0] = QVariant::fromValue<qint64>(id);
    for (int c = 1; c < spec.columns.size(); ++c) {
        if (isNullableColumn(table, c))
            continue;
        switch (spec.columns[c].type) {
        case ColumnType::Integer:
            row[c] = QVariant::fromValue<qint64>(0);
            break;
        case ColumnType::Real:
            row[c] = 0.0;
            break;
        case ColumnType::Text:
            row[c] = QString(u""_s);
            break;
        }
    }
    return row;
}

std::optional<Table> referencedTable(Table table, int column)
{
    if (column <= 0)
        return std::nullopt;
    const QLatin1StringView name = tableSpec(table).columns[column].name;
    if (!name.endsWith("_id"_L1))
        return std::nullopt;
    const QLatin1StringView target = name.chopped(3);
    if (target == "participant"_L1)
        return Table::VoteParticipant;
    if (target == "note"_L1)
        return Table::VisionNote;
    return tableNamed(target);
}

bool isRanked(Table table)
{
    const TableSpec &spec = tableSpec(table);
    return spec.sortColumn > 0 && spec.columns[spec.sortColumn].name == "rank"_L1;
}

PlanData planDataOf(const PlanStore &plan, const QString &productName)
{
    PlanData data;
    data.productName = productName;
    if (const Row *product = plan.row(Table::Product, 1))
        data.product = *product;
    for (int t = 0; t < TableCount; ++t) {
        const auto table = static_cast<Table>(t);
        if (table == Table::Product)
            continue;
        for (const qint64 id : plan.group(table, -1, 0))
            data.rows.append({ table, *plan.row(table, id) });
    }
    return data;
}

QStringList planSummary(const PlanData &data)
{
    QStringList lines;
    const auto add = [&](Table table, const char *text) {
        const int n = int(data.count(table));
        if (n > 0)
            lines.append(PlanDataIo::tr(text, nullptr, n));
    };
    add(Table::VisionNote, QT_TRANSLATE_N_NOOP("Valuemap::PlanData", "%n vision note(s)"));
    add(Table::Persona, QT_TRANSLATE_N_NOOP("Valuemap::PlanData", "%n persona(s)"));
    add(Table::Activity, QT_TRANSLATE_N_NOOP("Valuemap::PlanData", "%n activity(ies)"));
    add(Table::Step, QT_TRANSLATE_N_NOOP("Valuemap::PlanData", "%n step(s)"));
    add(Table::Story, QT_TRANSLATE_N_NOOP("Valuemap::PlanData", "%n story(ies)"));
    add(Table::Release, QT_TRANSLATE_N_NOOP("Valuemap::PlanData", "%n release(s)"));
    add(Table::Tag, QT_TRANSLATE_N_NOOP("Valuemap::PlanData", "%n tag(s)"));
    add(Table::Goal, QT_TRANSLATE_N_NOOP("Valuemap::PlanData", "%n customer goal(s)"));
    add(Table::Measurement, QT_TRANSLATE_N_NOOP("Valuemap::PlanData", "%n measurement(s)"));
    add(Table::Increment, QT_TRANSLATE_N_NOOP("Valuemap::PlanData", "%n delivered increment(s)"));
    add(Table::Feedback, QT_TRANSLATE_N_NOOP("Valuemap::PlanData", "%n feedback entry(ies)"));
    add(Table::Vote, QT_TRANSLATE_N_NOOP("Valuemap::PlanData", "%n dot vote(s)"));
    if (lines.isEmpty())
        lines.append(PlanDataIo::tr("nothing (the file holds no stories)"));
    return lines;
}

int namingColumn(Table table)
{
    const TableSpec &spec = tableSpec(table);
    for (int c = 1; c < spec.columns.size(); ++c) {
        const QLatin1StringView name = spec.columns[c].name;
        if (name == "title"_L1 || name == "name"_L1 || name == "text"_L1)
            return c;
    }
    return -1;
}

namespace {

// Link tables whose (first, second) reference pair is unique in the file.
std::optional<std::pair<int, int>> uniquePair(Table table)
{
    switch (table) {
    case Table::StoryTag:
        return std::pair { int(StoryTagCol::StoryId), int(StoryTagCol::TagId) };
    case Table::IncrementStory:
        return std::pair { int(IncrementStoryCol::IncrementId), int(IncrementStoryCol::StoryId) };
    case Table::StoryGoal:
        return std::pair { int(StoryGoalCol::StoryId), int(StoryGoalCol::GoalId) };
    case Table::ReleaseGoal:
        return std::pair { int(ReleaseGoalCol::ReleaseId), int(ReleaseGoalCol::GoalId) };
    default:
        return std::nullopt;
    }
}

// A product row without creation or change time gets the present one (as a new plan does).
void withTimestamps(Row *product)
{
    const QString now = isoTimestamp(QDateTime::currentDateTimeUtc());
    product->resize(tableSpec(Table::Product).columns.size());
    for (int c : { int(ProductCol::CreatedAt), int(ProductCol::UpdatedAt) }) {
        if ((*product)[c].toString().isEmpty())
            (*product)[c] = now;
    }
}

} // namespace

QString tagNameKey(const QString &name)
{
    QString key = name;
    for (QChar &c : key) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return key;
}

QString rowDescription(const PlanRow &row)
{
    if (!row.origin.isEmpty())
        return row.origin;
    if (row.table == Table::Product)
        return PlanDataIo::tr("The product");
    const int c = namingColumn(row.table);
    const QString name = c > 0 ? row.row.value(c).toString().simplified().left(60) : QString();
    if (!name.isEmpty())
        return PlanDataIo::tr("The %1 “%2”").arg(tableLabel(row.table), name);
    return PlanDataIo::tr("The %1 with id %2").arg(tableLabel(row.table)).arg(row.row.value(0).toLongLong());
}

std::optional<QString> planRowsProblem(const QList<PlanRow> &rows, const QSet<QString> &takenTagNames)
{
    QHash<QString, QString> tagNames; // key → the name as first written
    for (const QString &key : takenTagNames)
        tagNames.insert(key, key);
    std::array<QSet<QPair<qint64, qint64>>, TableCount> pairs;
    for (const PlanRow &r : rows) {
        if (auto p = rowProblem(r.table, r.row))
            return PlanDataIo::tr("%1: %2.").arg(rowDescription(r), p->message);
        if (r.table == Table::Tag) {
            const QString name = r.row[TagCol::Name].toString();
            const auto it = tagNames.constFind(tagNameKey(name));
            if (it != tagNames.cend())
                return PlanDataIo::tr("%1: the tag name “%2” is already used by the tag “%3”; "
                                      "tag names must differ in more than upper and lower case.")
                    .arg(rowDescription(r), name, *it);
            tagNames.insert(tagNameKey(name), name);
        } else if (const auto columns = uniquePair(r.table)) {
            const QPair<qint64, qint64> key { r.row[columns->first].toLongLong(),
                                              r.row[columns->second].toLongLong() };
            if (pairs[int(r.table)].contains(key))
                return PlanDataIo::tr("%1: this %2 links %3 %4 and %5 %6 a second time.")
                    .arg(rowDescription(r), tableLabel(r.table),
                         tableLabel(*referencedTable(r.table, columns->first)))
                    .arg(key.first)
                    .arg(tableLabel(*referencedTable(r.table, columns->second)))
                    .arg(key.second);
            pairs[int(r.table)].insert(key);
        }
    }
    return std::nullopt;
}

std::optional<QString> planDataProblem(const PlanData &data)
{
    Row product = data.product;
    if (product.isEmpty() && !data.productName.isEmpty()) {
        product = emptyRow(Table::Product, 1);
        product[ProductCol::Name] = data.productName;
    }
    if (!product.isEmpty()) {
        withTimestamps(&product);
        if (auto p = rowProblem(Table::Product, product))
            return PlanDataIo::tr("%1: %2.").arg(PlanDataIo::tr("The product"), p->message);
    }
    return planRowsProblem(data.rows);
}

bool createPlanFile(const QString &path, bool replaceExisting, const PlanData &data, QString *error,
    const Progress &progress)
{
    Row product = data.product;
    if (product.isEmpty()) {
        product = emptyRow(Table::Product, 1);
        product[ProductCol::Name] = cleanedText(data.productName.isEmpty()
                ? QFileInfo(path).completeBaseName() : data.productName, true);
    }
    withTimestamps(&product);
    // Checked here as well as in every importer: no caller writes a value unchecked.
    PlanData checked;
    checked.product = product;
    if (const auto problem = planDataProblem(checked)) {
        *error = *problem;
        return false;
    }
    if (const auto problem = planRowsProblem(data.rows)) {
        *error = *problem;
        return false;
    }
    ChangeSet rows;
    rows.reserve(data.rows.size());
    for (const PlanRow &r : data.rows)
        rows.append(RowOp::insert(r.table, r.row));
    if (product.value(ProductCol::KeyPrefix).toString().isEmpty() && isValidKeyPrefix(data.keyPrefix))
        product[ProductCol::KeyPrefix] = data.keyPrefix;
    numberNewPlan(product, rows);
    return SqlStore::createFile(path, replaceExisting, error, product, rows, progress);
}

PlanData rebasedOnto(const PlanData &data, const PlanStore &base, bool matchByName)
{
    PlanData result;
    result.notes = data.notes;
    std::array<QHash<qint64, qint64>, TableCount> idMap;
    std::array<qint64, TableCount> next {};
    for (int t = 0; t < TableCount; ++t)
        next[t] = base.nextId(static_cast<Table>(t));
    // Ranks in each (table, parent) continue after what the base already holds there.
    QHash<QPair<int, qint64>, qint64> rankOffset;
    struct Pending
    {
        qsizetype row;
        int column;
        Table target;
    };
    QList<Pending> pending;
    const auto nameColumn = [](Table table) {
        switch (table) {
        case Table::Activity:
            return int(ActivityCol::Title);
        case Table::Step:
            return int(StepCol::Title);
        case Table::Release:
            return int(ReleaseCol::Name);
        case Table::Persona:
            return int(PersonaCol::Name);
        case Table::Goal:
            return int(GoalCol::Name);
        case Table::Tag:
            return int(TagCol::Name);
        default:
            return -1;
        }
    };
    for (const PlanRow &source : data.rows) {
        const Table table = source.table;
        const int t = int(table);
        if (table == Table::Product)
            continue;
        const TableSpec &spec = tableSpec(table);
        Row row = source.row;
        QList<Pending> later;
        for (int c = 1; c < spec.columns.size(); ++c) {
            const auto target = referencedTable(table, c);
            if (!target || row[c].isNull())
                continue;
            // A row not rebased yet (story.feedback_id names a later table): mapped at the end.
            if (!idMap[int(*target)].contains(row[c].toLongLong()))
                later.append({ result.rows.size(), c, *target });
            row[c] = QVariant::fromValue<qint64>(
                idMap[int(*target)].value(row[c].toLongLong(), row[c].toLongLong()));
        }
        const qint64 oldId = row[0].toLongLong();
        const int nameCol = nameColumn(table);
        if (nameCol > 0 && (matchByName || table == Table::Tag)) {
            const QString name = row[nameCol].toString();
            const qint64 parent = spec.parentColumn > 0 ? row[spec.parentColumn].toLongLong() : 0;
            qint64 found = 0;
            for (qint64 id : base.children(table, parent)) {
                if (base.value(table, id, nameCol).toString().compare(name, Qt::CaseInsensitive)
                    == 0) {
                    found = id;
                    break;
                }
            }
            if (found > 0) {
                idMap[t].insert(oldId, found);
                continue;
            }
        }
        const qint64 newId = next[t]++;
        idMap[t].insert(oldId, newId);
        row[0] = QVariant::fromValue<qint64>(newId);
        if (isRanked(table)) {
            const qint64 parent = spec.parentColumn > 0 ? row[spec.parentColumn].toLongLong() : 0;
            const auto key = qMakePair(t, parent);
            auto it = rankOffset.find(key);
            if (it == rankOffset.end())
                it = rankOffset.insert(key, base.children(table, parent).size());
            row[spec.sortColumn]
                = QVariant::fromValue<qint64>(row[spec.sortColumn].toLongLong() + *it);
        }
        result.rows.append({ table, std::move(row), source.origin });
        pending.append(later);
    }
    for (const Pending &p : std::as_const(pending)) {
        QVariant &value = result.rows[p.row].row[p.column];
        value = QVariant::fromValue<qint64>(idMap[int(p.target)].value(value.toLongLong(), value.toLongLong()));
    }
    return result;
}

bool mergeIntoDocument(Document &document, const PlanData &data, const QString &undoText,
    bool matchByName, QString *error)
{
    const PlanData rebased = rebasedOnto(data, document.store(), matchByName);
    // The rows as they would be added: their values, and tag names the plan already has.
    QSet<QString> tagNames;
    const PlanStore &base = document.store();
    for (qint64 id : base.group(Table::Tag, -1, 0))
        tagNames.insert(tagNameKey(base.value(Table::Tag, id, TagCol::Name).toString()));
    if (const auto problem = planRowsProblem(rebased.rows, tagNames)) {
        if (error)
            *error = *problem;
        return false;
    }
    ChangeSet inserts;
    inserts.reserve(rebased.rows.size());
    for (const PlanRow &r : rebased.rows)
        inserts.append(RowOp::insert(r.table, r.row));
    if (document.insertRows(inserts, undoText))
        return true;
    if (error)
        *error = document.lastError();
    return false;
}

} // namespace Valuemap
