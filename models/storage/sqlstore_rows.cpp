// SqlStore: reading the plan (with its checks), writing changes, the dump and the problems.
#include "storage/sqlstore.h"

#include "storage/planstore.h"
#include "storage/rowcheck.h"
#include "storage/schema.h"
#include "storage/sqlstore_p.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

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
            return QVariant::fromValue<qint64>(sqlite3_column_int64(statement, i));
        return normalizedValue(type, QVariant::fromValue<qint64>(sqlite3_column_int64(statement, i)));
    case SQLITE_FLOAT:
        *typeOk = type == ColumnType::Real;
        if (type == ColumnType::Real)
            return QVariant::fromValue<double>(sqlite3_column_double(statement, i));
        return normalizedValue(type, QVariant::fromValue<double>(sqlite3_column_double(statement, i)));
    case SQLITE_BLOB:
        *typeOk = false;
        return normalizedValue(type, QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, i)),
                                                sqlite3_column_bytes(statement, i)));
    default: {
        *typeOk = type == ColumnType::Text;
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, i));
        const QString value = QString::fromUtf8(text, sqlite3_column_bytes(statement, i));
        return normalizedValue(type, value.isNull() ? u""_s : value);
    }
    }
}

} // namespace

QString SqlStore::integrityFinding(const QString &line)
{
    // What SQLite's integrity check reports, told without its SQL words.
    static const QRegularExpression rule(u"^(CHECK|NOT NULL|UNIQUE) constraint failed(?: in|:) ([a-z_]+)"_s);
    if (const auto m = rule.match(line); m.hasMatch()) {
        for (int t = 0; t < TableCount; ++t) {
            if (tableSpec(Table(t)).name == m.captured(2))
                return tr("a %1 breaks one of the rules of a plan").arg(tableLabel(Table(t)));
        }
    }
    if (line.startsWith("row "_L1) && line.contains("missing from index"_L1))
        return tr("the file's indexes do not match its rows (the file is damaged)");
    return tr("the file's structure is damaged");
}

bool SqlStore::load(PlanStore &plan, QString *error)
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
        if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), statement, nullptr) == SQLITE_OK)
            return true;
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(*statement);
        return false;
    };
    // The checksums first: (table << 56 | id) → sum.
    QHash<QPair<int, qint64>, qint64> sums;
    {
        sqlite3_stmt *statement = nullptr;
        if (!prepare("SELECT tbl, id, sum FROM row_check", &statement))
            return false;
        int step;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW)
            sums.insert(qMakePair(sqlite3_column_int(statement, 0), sqlite3_column_int64(statement, 1)),
                        sqlite3_column_int64(statement, 2));
        sqlite3_finalize(statement);
        if (step != SQLITE_DONE) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
    }
    plan.clear();
    m_openProblems.clear();
    m_unsoundRows.clear();
    int valueProblems = 0;
    int sumProblems = 0;
    for (int t = 0; t < TableCount; ++t) {
        const Table table = static_cast<Table>(t);
        const TableSpec &spec = tableSpec(table);
        QStringList names;
        for (const Column &col : spec.columns)
            names.append(quotedIdentifier(col.name));
        const QByteArray sql = u"SELECT %1 FROM %2"_s.arg(names.join(u", "_s), quotedIdentifier(spec.name)).toUtf8();
        sqlite3_stmt *statement = nullptr;
        if (!prepare(sql, &statement))
            return false;
        const int n = int(spec.columns.size());
        int step;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
            Row row;
            row.reserve(n);
            int wrongType = -1;
            for (int i = 0; i < n; ++i) {
                bool typeOk = true;
                row.append(columnValue(statement, i, spec.columns[i].type, &typeOk));
                if (!typeOk && wrongType < 0)
                    wrongType = i;
            }
            const qint64 id = row.value(0).toLongLong();
            std::optional<ValueProblem> problem;
            if (wrongType >= 0)
                problem = ValueProblem { wrongType, tr("the %1 holds a value of the wrong kind").arg(fieldLabel(table, wrongType)) };
            else
                problem = rowProblem(table, row);
            const auto sum = sums.constFind(qMakePair(t, id));
            if (problem) {
                if (++valueProblems <= ListedProblems)
                    m_openProblems.append(tr("%1 %2: %3").arg(tableLabel(table)).arg(id).arg(problem->message));
                m_unsoundRows.append({ table, id });
            } else if (sum == sums.constEnd() || *sum != rowChecksum(table, row)) {
                if (++sumProblems <= ListedProblems)
                    m_openProblems.append(tr("%1 %2 has been changed outside Valuemap or is damaged "
                                             "(its checksum does not match)")
                                              .arg(tableLabel(table))
                                              .arg(id));
                m_unsoundRows.append({ table, id });
            }
            if (sum != sums.constEnd())
                sums.remove(qMakePair(t, id));
            plan.load(table, std::move(row));
        }
        // A damaged page ends the scan with an error rather than a row.
        if (step != SQLITE_DONE) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_finalize(statement);
            return false;
        }
        sqlite3_finalize(statement);
    }
    if (valueProblems > ListedProblems)
        m_openProblems.append(tr("… and %n more row(s) with values Valuemap does not accept", nullptr,
                                 valueProblems - ListedProblems));
    if (sumProblems > ListedProblems)
        m_openProblems.append(tr("… and %n more row(s) whose checksum does not match", nullptr,
                                 sumProblems - ListedProblems));
    if (!sums.isEmpty())
        m_openProblems.append(tr("%n row(s) have been removed outside Valuemap (their checksums "
                                 "remain)",
                                 nullptr, int(sums.size())));
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

bool SqlStore::writeRows(const ChangeSet &changes, const PlanStore &before, QString *error)
{
    Connection c(m_connection);
    if (!m_writable || !m_writer) {
        *error = tr("the file is open for reading only");
        return false;
    }
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
