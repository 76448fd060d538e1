#pragma once

// What the server tests share: the throwaway PostgreSQL of the CTest fixture
// (tests/server/pgserver.sh), connection strings for its roles, the real binary, and a raw
// connection that bypasses Valuemap (as psql would).
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace ServerTest {

using namespace Qt::StringLiterals;

using Run = Valuemap::Test::ProcessRun;

using Valuemap::Test::valuemap;

inline QString socketDir()
{
    return qEnvironmentVariable("VALUEMAP_TEST_PG_SOCKET_DIR");
}

inline QString port()
{
    return qEnvironmentVariable("VALUEMAP_TEST_PG_PORT");
}

// The roles of the fixture log in with "<role>-pw"; vmadmin owns the databases.
inline QString conn(const QString &role, const QString &db = u"vm"_s)
{
    return u"host=%1 port=%2 dbname=%3 user=%4 password=%4-pw"_s.arg(socketDir(), port(), db,
                                                                      role);
}

// What a user must never see: SQL or the server's raw words.
inline void expectNoSqlText(const QString &text)
{
    for (const char *word : { "ERROR:", "FATAL", "SELECT", "INSERT", "UPDATE", "policy",
                              "relation", "QPSQL", "PQ" })
        QVERIFY2(!text.contains(QLatin1StringView(word)), qPrintable(text));
    QVERIFY2(!text.contains(QRegularExpression(u"\\bSQL\\b"_s)), qPrintable(text));
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A raw connection as a role, as psql would be: bypasses Valuemap entirely. Its queries end
// before it does (QSqlDatabase::removeDatabase needs that).
class RawConnection
{
public:
    explicit RawConnection(const QString &role, const QString &database = u"vm"_s)
        : m_name(u"raw-%1-%2"_s.arg(role).arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        db.setHostName(socketDir());
        db.setPort(port().toInt());
        db.setDatabaseName(database);
        db.setUserName(role);
        db.setPassword(role + u"-pw"_s);
        m_ok = db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_ok; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    // Runs with bound values; the error (empty on success) and the rows affected or the first
    // value read.
    QSqlError run(const QString &sql, const QVariantList &values, QVariant *result = nullptr)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            return q.lastError();
        if (result)
            *result = q.isSelect() ? (q.next() ? q.value(0) : QVariant()) : QVariant(q.numRowsAffected());
        return {};
    }

    // The id of the plan of that name, as this role may see it (invalid when it may not).
    QVariant planId(const QString &name)
    {
        QVariant id;
        run(u"SELECT id FROM valuemap.plan WHERE name = ?"_s, { name }, &id);
        return id;
    }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_ok = false;
};

} // namespace ServerTest

// Skips the test when there is no test server (run outside ctest, or PostgreSQL missing).
#define SERVERTEST_REQUIRE_SERVER()                                                            \
    do {                                                                                       \
        if (ServerTest::socketDir().isEmpty())                                                 \
            QSKIP("No test server: run this test through ctest, whose fixture pgserver_start " \
                  "starts a throwaway PostgreSQL (tests/server/pgserver.sh).");                \
        if (QFile::exists(ServerTest::socketDir() + QStringLiteral("/unavailable")))           \
            QSKIP(qPrintable(QStringLiteral("PostgreSQL cannot be used here: ")                \
                             + QString::fromUtf8(ServerTest::readAll(                          \
                                       ServerTest::socketDir() + QStringLiteral("/unavailable"))) \
                                       .trimmed()));                                           \
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),                     \
                 "Qt's PostgreSQL driver is missing: apt install libqt6sql6-psql");            \
    } while (false)
