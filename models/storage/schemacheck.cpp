#include "storage/schemacheck.h"

#include "storage/schema.h"
#include "storage/sqlstore_p.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::SchemaCheck)
};

struct Entry
{
    QString type;
    QString name;
    QString table;
    QString sql;
    bool operator==(const Entry &) const = default;
};

// By name, triggers apart: they have a namespace of their own in SQLite, so a trigger may bear
// the name of a table (keyed by name alone, the table's entry hid such a trigger).
using Schema = QMap<QString, Entry>;

QString keyOf(const QString &type, const QString &name)
{
    return type == "trigger"_L1 ? u"trigger "_s + name : name;
}

// The same CREATE text with runs of white space made one space, so that the comparison is
// about the statement, not its layout.
QString simplified(const QString &sql)
{
    return sql.simplified();
}

bool readSchema(QSqlDatabase &db, Schema *schema)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_schema"_s))
        return false;
    while (q.next()) {
        const Entry entry { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            simplified(q.value(3).toString()) };
        const QString key = keyOf(entry.type, entry.name);
        if (schema->contains(key))
            return false; // two of one name in one namespace: not a schema SQLite would make
        schema->insert(key, entry);
    }
    return true;
}

// What this build creates for a schema version, made once per version in a database in memory.
Schema expectedSchema(int version)
{
    static QMutex mutex;
    static QHash<int, Schema> cache;
    QMutexLocker locker(&mutex);
    if (auto it = cache.constFind(version); it != cache.constEnd())
        return *it;
    Schema schema;
    const QString name = SqlDetail::newConnectionName();
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(u":memory:"_s);
            db.open();
        }
        SqlDetail::Connection c(name);
        QString error;
        if (c.db().isOpen() && SqlDetail::migrate(c, 0, &error, version))
            readSchema(c.db(), &schema);
        c.db().close();
    }
    QSqlDatabase::removeDatabase(name);
    cache.insert(version, schema);
    return schema;
}

QString kindName(const QString &type)
{
    if (type == "table"_L1)
        return SchemaCheck::tr("table");
    if (type == "index"_L1)
        return SchemaCheck::tr("index");
    if (type == "view"_L1)
        return SchemaCheck::tr("view");
    if (type == "trigger"_L1)
        return SchemaCheck::tr("trigger");
    return type;
}

// Names come from a foreign file: shown shortened and without control characters.
QString shownName(const QString &name)
{
    QString clean;
    for (const QChar c : name.left(60)) {
        if (c.isPrint())
            clean.append(c);
    }
    return name.size() > 60 ? clean + u'…' : clean;
}

} // namespace

QStringList schemaProblems(QSqlDatabase &db, int version)
{
    const Schema expected = expectedSchema(version);
    Schema actual;
    if (!readSchema(db, &actual))
        return { SchemaCheck::tr("its list of tables cannot be read") };
    QStringList problems;
    if (expected.isEmpty())
        return { SchemaCheck::tr("this build of Valuemap cannot make its own schema %1").arg(version) };
    // SQLite's own indexes of UNIQUE columns follow their table: a difference there is told
    // as the table's.
    const auto internal = [](const QString &name) { return name.startsWith("sqlite_autoindex_"_L1); };
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        const auto want = expected.constFind(it.key());
        if (internal(it.key()) && !(want != expected.cend() && *want == *it)) {
            if (!expected.contains(it->table) || !actual.contains(it->table))
                continue;
            problems.append(SchemaCheck::tr("the table “%1” is defined differently (other "
                                            "columns, types or rules)")
                                .arg(shownName(it->table)));
            continue;
        }
        if (want == expected.cend()) {
            if (it->type == "trigger"_L1 || it->type == "view"_L1)
                problems.append(SchemaCheck::tr("it carries a %1 “%2” of its own (a plan holds "
                                                "data only, never code)")
                                    .arg(kindName(it->type), shownName(it->name)));
            else
                problems.append(SchemaCheck::tr("it holds an unexpected %1 “%2”")
                                    .arg(kindName(it->type), shownName(it->name)));
        } else if (!(*want == *it)) {
            if (want->type != it->type)
                problems.append(SchemaCheck::tr("“%1” is a %2 where Valuemap keeps a %3")
                                    .arg(shownName(it->name), kindName(it->type), kindName(want->type)));
            else
                problems.append(SchemaCheck::tr("the %1 “%2” is defined differently (other "
                                                "columns, types or rules)")
                                    .arg(kindName(it->type), shownName(it->name)));
        }
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key()) && !internal(it.key()))
            problems.append(SchemaCheck::tr("its %1 “%2” is missing").arg(kindName(it->type), it->name));
    }
    problems.removeDuplicates();
    return problems;
}

} // namespace Valuemap
