// SqlStore: reading the plan (with its checks), writing changes, the dump and the problems.
#include "storage/sqlstore.h"

#include "domain/text.h"
#include "storage/planstore.h"
#include "storage/rowcheck.h"
#include "storage/schema.h"
#include "storage/sqlstore_p.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Valuemap {

using namespace SqlDetail;

namespace {

// The most problems of one kind listed by name; the rest are counted.
constexpr int ListedProblems = 20;

// A stored value in the plan's one representation of its column type (normalizedValue), and
// whether SQLite held it as that type: text where a number belongs is a problem, not a 0.
QVariant columnValue(sqlite3_stmt *statement, int i, ColumnType type, bool *typeOk)
{
    switch (sqlite3_column_type(statement, i)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        *typeOk = type != ColumnType::Text;
        if (type == ColumnType::Integer)
            return QVariant(qlonglong(sqlite3_column_int64(statement, i)));
        return normalizedValue(type, QVariant::fromValue<qint64>(sqlite3_column_int64(statement, i)));
    case SQLITE_FLOAT:
        *typeOk = type == ColumnType::Real;
        if (type == ColumnType::Real)
            return QVariant(sqlite3_column_double(statement, i));
        return normalizedValue(type, QVariant::fromValue<double>(sqlite3_column_double(statement, i)));
    case SQLITE_BLOB:
        *typeOk = false;
        return normalizedValue(type, QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, i)),
                                                sqlite3_column_bytes(statement, i)));
    default: {
        *typeOk = type == ColumnType::Text;
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, i));
        const QString value = exactUtf8(text, sqlite3_column_bytes(statement, i));
        if (type != ColumnType::Text)
            return normalizedValue(type, value.isNull() ? u""_s : value);
        // Already the plan's representation of text (normalizedValue would only copy it).
        return value.isNull() ? QVariant(u""_s) : QVariant(value);
    }
    }
}

// The table's columns as a select list names them.
QString columnList(const TableSpec &spec)
{
    QStringList names;
    for (const Column &col : spec.columns)
        names.append(quotedIdentifier(col.name));
    return names.join(u", "_s);
}

// A statement on db, or null (finalized) when SQLite refuses it.
sqlite3_stmt *prepared(sqlite3 *db, const QByteArray &sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr) == SQLITE_OK)
        return statement;
    sqlite3_finalize(statement);
    return nullptr;
}

// A row's values from a statement that stands on it, and the first column whose stored type
// is wrong (or -1).
Row rowValues(sqlite3_stmt *statement, const TableSpec &spec, int *wrongType)
{
    const int n = int(spec.columns.size());
    Row row(n);
    QVariant *values = row.data();
    *wrongType = -1;
    for (int i = 0; i < n; ++i) {
        bool typeOk = true;
        values[i] = columnValue(statement, i, spec.columns[i].type, &typeOk);
        if (!typeOk && *wrongType < 0)
            *wrongType = i;
    }
    return row;
}

// The rows of a table that the scan did not reach, one by one, after a value too long for
// SQLite's limit on this connection (a hostile file's 100 MB title) stopped it: the rest are
// read by id, and a row holding such a value column by column, the value itself as empty
// text, named in *oversized. `take` gets each row; false when the file cannot be read.
template<typename Take>
bool readRowsAlone(sqlite3 *db, const TableSpec &spec, const PlanStore &plan, Table table, Take take)
{
    const int n = int(spec.columns.size());
    const QString name = quotedIdentifier(spec.name);
    const QString key = quotedIdentifier(spec.columns[0].name);
    const auto byId = [&](const QString &select) {
        return prepared(db, u"SELECT %1 FROM %2 WHERE %3 = ?1"_s.arg(select, name, key).toUtf8());
    };
    sqlite3_stmt *ids = prepared(db, u"SELECT %1 FROM %2 ORDER BY %1"_s.arg(key, name).toUtf8());
    sqlite3_stmt *whole = byId(columnList(spec));
    std::vector<sqlite3_stmt *> columns;
    for (const Column &col : spec.columns)
        columns.push_back(byId(quotedIdentifier(col.name)));
    bool ok = ids && whole && std::find(columns.begin(), columns.end(), nullptr) == columns.end();
    int step = SQLITE_DONE;
    while (ok && (step = sqlite3_step(ids)) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(ids, 0);
        if (plan.contains(table, id))
            continue;
        int wrongType = -1;
        int oversized = -1;
        Row row;
        sqlite3_reset(whole);
        sqlite3_bind_int64(whole, 1, id);
        const int got = sqlite3_step(whole);
        if (got == SQLITE_ROW) {
            row = rowValues(whole, spec, &wrongType);
        } else if (got == SQLITE_TOOBIG) {
            row = Row(n);
            for (int i = 0; i < n && ok; ++i) {
                sqlite3_reset(columns[size_t(i)]);
                sqlite3_bind_int64(columns[size_t(i)], 1, id);
                const int one = sqlite3_step(columns[size_t(i)]);
                if (one == SQLITE_TOOBIG) {
                    row[i] = spec.columns[i].type == ColumnType::Text ? QVariant(u""_s) : QVariant();
                    if (oversized < 0)
                        oversized = i;
                } else if (one == SQLITE_ROW) {
                    bool typeOk = true;
                    row[i] = columnValue(columns[size_t(i)], 0, spec.columns[i].type, &typeOk);
                    if (!typeOk && wrongType < 0)
                        wrongType = i;
                } else {
                    ok = false;
                }
            }
        } else {
            ok = false;
        }
        if (ok)
            take(std::move(row), oversized >= 0 ? oversized : wrongType, oversized);
    }
    ok = ok && step == SQLITE_DONE;
    sqlite3_finalize(ids);
    sqlite3_finalize(whole);
    for (sqlite3_stmt *statement : columns)
        sqlite3_finalize(statement);
    return ok;
}

// Rows handed to the checks at a time: small enough that both threads stay busy, large
// enough that handing over costs nothing.
constexpr qsizetype BatchRows = 1024;

struct StoredSum
{
    int table;
    qint64 id;
    qint64 sum;
};

// The checksums kept in the file, each taken once by the row it belongs to. Rows come in the
// order of the sums (table by table, by id), so the next one is almost always the one asked
// for; any other is found by binary search. What no row took was removed outside Valuemap.
class SumLookup
{
public:
    explicit SumLookup(std::vector<StoredSum> sums)
    {
        const auto key = [](const StoredSum &s) { return std::pair(s.table, s.id); };
        const auto before = [&](const StoredSum &a, const StoredSum &b) { return key(a) < key(b); };
        if (!std::is_sorted(sums.begin(), sums.end(), before))
            std::stable_sort(sums.begin(), sums.end(), before);
        // One sum per row, the last read of any repeated one (as a hash of them keeps it).
        for (const StoredSum &s : sums) {
            if (!m_sums.empty() && key(m_sums.back()) == key(s))
                m_sums.back() = s;
            else
                m_sums.push_back(s);
        }
        m_taken.assign(m_sums.size(), false);
    }

    // The sum of a row, once: a second row with the same id finds none.
    std::optional<qint64> take(int table, qint64 id)
    {
        const auto key = std::pair(table, id);
        size_t at = m_next;
        if (at >= m_sums.size() || std::pair(m_sums[at].table, m_sums[at].id) != key)
            at = size_t(std::lower_bound(m_sums.begin(), m_sums.end(), key,
                                         [](const StoredSum &s, const std::pair<int, qint64> &k) {
                                             return std::pair(s.table, s.id) < k;
                                         })
                        - m_sums.begin());
        if (at >= m_sums.size() || std::pair(m_sums[at].table, m_sums[at].id) != key || m_taken[at])
            return std::nullopt;
        m_taken[at] = true;
        m_next = at + 1;
        ++m_takenCount;
        return m_sums[at].sum;
    }
    qsizetype left() const { return qsizetype(m_sums.size()) - m_takenCount; }
    // How many sums the file keeps for a table: as many rows as it should have.
    qsizetype count(int table) const
    {
        const auto byTable = [](const StoredSum &s, int t) { return s.table < t; };
        return std::lower_bound(m_sums.begin(), m_sums.end(), table + 1, byTable)
            - std::lower_bound(m_sums.begin(), m_sums.end(), table, byTable);
    }

private:
    std::vector<StoredSum> m_sums;
    std::vector<bool> m_taken;
    size_t m_next = 0;
    qsizetype m_takenCount = 0;
};

} // namespace

QString SqlStore::integrityFinding(const QString &line)
{
    // What SQLite's integrity check reports, told without its SQL words.
    static const QRegularExpression rule(u"^(CHECK|NOT NULL|UNIQUE) constraint failed(?: in|:) ([a-z_]+)"_s);
    if (const auto m = rule.match(line); m.hasMatch()) {
        if (const auto table = tableNamed(m.captured(2)))
            return tr("a %1 breaks one of the rules of a plan").arg(tableLabel(*table));
    }
    if (line.startsWith("row "_L1) && line.contains("missing from index"_L1))
        return tr("the file's indexes do not match its rows (the file is damaged)");
    return tr("the file's structure is damaged");
}

bool SqlStore::load(PlanStore &plan, QString *error, OpenChecks *given)
{
    // Straight through SQLite's C API on the driver's own connection: the Qt driver fetches
    // text as UTF-16, which SQLite converts and allocates once more for every value, and that
    // was half of opening a large plan. Text is read as the UTF-8 it is stored in.
    Connection c(m_connection);
    sqlite3 *db = nativeHandle(c.db());
    if (!db) {
        *error = tr("the database driver gives no SQLite connection");
        return false;
    }
    const auto prepare = [&](const QByteArray &sql, sqlite3_stmt **statement) {
        *statement = prepared(db, sql);
        if (!*statement)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return *statement != nullptr;
    };
    // The rows' value checks and checksums run on a second thread while this one reads.
    std::optional<OpenChecks> own;
    OpenChecks &checks = given ? *given : own.emplace(QString(), false, false);
    // The checksums first, in (table, id) order, which is the order the rows come in.
    std::vector<StoredSum> sums;
    {
        sqlite3_stmt *statement = nullptr;
        // A value of another type is read as null, without being read: one too long for
        // SQLite's limit here would stop the open, and a row whose sum is not a whole number
        // is one whose checksum does not match.
        if (!prepare("SELECT CASE WHEN typeof(tbl) = 'integer' THEN tbl END, CASE WHEN typeof(id) = "
                     "'integer' THEN id END, CASE WHEN typeof(sum) = 'integer' THEN sum END "
                     "FROM row_check ORDER BY tbl, id",
                     &statement))
            return false;
        int step;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW)
            sums.push_back({ sqlite3_column_int(statement, 0), sqlite3_column_int64(statement, 1),
                             sqlite3_column_int64(statement, 2) });
        sqlite3_finalize(statement);
        if (step != SQLITE_DONE) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
    }
    SumLookup lookup(std::move(sums));
    plan.clear();
    m_openProblems.clear();
    m_unsoundRows.clear();
    for (int t = 0; t < TableCount; ++t) {
        const Table table = static_cast<Table>(t);
        const TableSpec &spec = tableSpec(table);
        const QByteArray sql = u"SELECT %1 FROM %2"_s.arg(columnList(spec), quotedIdentifier(spec.name)).toUtf8();
        sqlite3_stmt *statement = nullptr;
        if (!prepare(sql, &statement))
            return false;
        plan.reserve(table, lookup.count(t));
        const auto newBatch = [table] {
            auto batch = std::make_unique<RowBatch>();
            batch->table = table;
            batch->rows.reserve(BatchRows);
            batch->wrongTypes.reserve(size_t(BatchRows));
            batch->oversized.reserve(size_t(BatchRows));
            return batch;
        };
        auto batch = newBatch();
        const auto take = [&](Row row, int wrongType, int oversized) {
            batch->rows.append(row);
            batch->wrongTypes.push_back(wrongType);
            batch->oversized.push_back(oversized);
            plan.load(table, std::move(row));
            if (batch->rows.size() == BatchRows) {
                checks.add(std::move(batch));
                batch = newBatch();
            }
        };
        int step;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
            int wrongType = -1;
            Row row = rowValues(statement, spec, &wrongType);
            take(std::move(row), wrongType, -1);
        }
        sqlite3_finalize(statement);
        // A value too long to read here stops the scan: the rest is read row by row, the row
        // holding it checked as unsound.
        if (step == SQLITE_TOOBIG && readRowsAlone(db, spec, plan, table, take))
            step = SQLITE_DONE;
        // A damaged page ends the scan with an error rather than a row.
        if (step != SQLITE_DONE) {
            *error = step == SQLITE_CORRUPT || step == SQLITE_NOTADB || step == SQLITE_TOOBIG
                ? tr("a part of its %1 records cannot be read").arg(tableLabel(table))
                : QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
        if (!batch->rows.isEmpty())
            checks.add(std::move(batch));
    }
    checks.finish();

    // What the checks found, row by row in the order read.
    int valueProblems = 0;
    int sumProblems = 0;
    for (const auto &batch : checks.batches()) {
        const Table table = batch->table;
        for (qsizetype i = 0; i < batch->rows.size(); ++i) {
            const qint64 id = batch->rows.at(i).value(0).toLongLong();
            std::optional<ValueProblem> problem;
            if (const int oversized = batch->oversized[size_t(i)]; oversized >= 0)
                problem = ValueProblem { oversized, tr("the %1 is longer than Valuemap reads (over %2 MB)")
                                                            .arg(fieldLabel(table, oversized))
                                                            .arg(MaxReadMegabytes) };
            else if (const int wrongType = batch->wrongTypes[size_t(i)]; wrongType >= 0)
                problem = ValueProblem { wrongType, tr("the %1 holds a value of the wrong kind").arg(fieldLabel(table, wrongType)) };
            else
                problem = batch->problems[size_t(i)];
            const std::optional<qint64> sum = lookup.take(int(table), id);
            if (problem) {
                if (++valueProblems <= ListedProblems)
                    m_openProblems.append(tr("%1 %2: %3").arg(tableLabel(table)).arg(id).arg(problem->message));
                m_unsoundRows.append({ table, id });
            } else if (!sum || *sum != batch->sums[size_t(i)]) {
                if (++sumProblems <= ListedProblems)
                    m_openProblems.append(tr("%1 %2 has been changed outside Valuemap or is damaged "
                                             "(its checksum does not match)")
                                              .arg(tableLabel(table))
                                              .arg(id));
                m_unsoundRows.append({ table, id });
            }
        }
    }
    if (valueProblems > ListedProblems)
        m_openProblems.append(tr("… and %n more row(s) with values Valuemap does not accept", nullptr,
                                 valueProblems - ListedProblems));
    if (sumProblems > ListedProblems)
        m_openProblems.append(tr("… and %n more row(s) whose checksum does not match", nullptr,
                                 sumProblems - ListedProblems));
    if (const qsizetype left = lookup.left())
        m_openProblems.append(tr("%n row(s) have been removed outside Valuemap (their checksums "
                                 "remain)",
                                 nullptr, int(left)));
    return true;
}

SqlStore::Outcome SqlStore::write(const ChangeSet &changes, const PlanStore &before,
                                  const QString &, qint64, bool)
{
    Outcome outcome;
    QString error;
    if (writeRows(changes, before, &error))
        outcome.result = Result::Committed;
    else
        outcome.message = tr("Could not save the change to “%1”: %2. The plan is unchanged. Free "
                             "disk space or check the file, then try again.")
                                  .arg(shown(m_path), error);
    return outcome;
}

bool SqlStore::enterWal(QString *error)
{
    if (m_inWal)
        return true;
    Connection c(m_connection);
    QSqlError sqlError;
    // The pragma answers with the mode it is in: one that could not switch says so, no error.
    const auto mode = c.run(u"PRAGMA journal_mode = WAL"_s, &sqlError);
    if (!mode) {
        *error = userMessage(sqlError);
        return false;
    }
    if (mode->size() != 1 || mode->first().toString() != "wal"_L1) {
        *error = tr("the file could not be prepared for saving (its journal stayed “%1”)")
                     .arg(mode->isEmpty() ? QString() : mode->first().toString());
        return false;
    }
    m_inWal = true;
    return true;
}

bool SqlStore::writeRows(const ChangeSet &changes, const PlanStore &before, QString *error)
{
    Connection c(m_connection);
    if (!m_writable || !m_writer) {
        *error = tr("the file is open for reading only");
        return false;
    }
    if (!enterWal(error))
        return false;
    if (!c.db().transaction()) {
        *error = userMessage(c.db().lastError());
        return false;
    }
    bool ok = m_writer->write(changes, &before, error);
    if (ok && !c.db().commit()) {
        *error = userMessage(c.db().lastError());
        ok = false;
    }
    if (!ok)
        c.db().rollback();
    return ok;
}

QString SqlStore::dump()
{
    Connection c(m_connection);
    QString out;
    const auto appId = c.run(u"PRAGMA application_id"_s);
    const auto version = c.run(u"PRAGMA user_version"_s);
    out += u"application_id=%1 user_version=%2\n"_s.arg(appId ? appId->value(0).toString() : QString(),
                                                         version ? version->value(0).toString() : QString());
    for (int t = 0; t < TableCount; ++t) {
        const TableSpec &spec = tableSpec(static_cast<Table>(t));
        out += u"[%1]\n"_s.arg(QString(spec.name));
        QSqlQuery q(c.db());
        q.setForwardOnly(true);
        q.exec(u"SELECT * FROM %1 ORDER BY id"_s.arg(quotedIdentifier(spec.name)));
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                values.append(v.isNull() ? u"NULL"_s : v.toString());
            }
            out += values.join(u'|') + u'\n';
        }
    }
    return out;
}

QStringList SqlStore::problems()
{
    Connection c(m_connection);
    QStringList found = m_openProblems;
    QSqlError e;
    const auto integrity = c.run(u"PRAGMA integrity_check"_s, &e);
    if (!integrity)
        return found << tr("SQLite cannot check the file: %1").arg(userMessage(e));
    for (const QVariant &v : *integrity) {
        if (v.toString() == "ok"_L1)
            continue;
        const QString line = integrityFinding(v.toString());
        if (!found.contains(line))
            found.append(line);
    }
    return found;
}


} // namespace Valuemap
