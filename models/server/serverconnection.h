#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

namespace Valuemap {

// What `--server CONN` names, parsed the way libpq reads it: key=value pairs
// (`service=team`, `host=/tmp/x port=5433 dbname=vm`, values in single quotes with \' and \\)
// or a `postgresql://user@host:port/dbname?key=value` URL. Parsed here rather than by libpq
// because Qt's QPSQL driver takes only separate parts (and replaces every ';' in its options),
// and because a typo in a key deserves a message that names it.
class ServerAddress final
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::ServerAddress)

public:
    // nullopt with *error set (what is wrong and an example that works) for text libpq would refuse.
    static std::optional<ServerAddress> parse(const QString &text, QString *error);

    QString value(const QString &key) const { return m_params.value(key); }
    bool contains(const QString &key) const { return m_params.contains(key); }
    const QMap<QString, QString> &params() const { return m_params; }
    // The server as a user knows it, for messages: "service “team”" or "database “vm” on
    // /tmp/x, port 5433". Never the password.
    QString shown() const;

private:
    static std::optional<ServerAddress> parseUrl(const QString &text, QString *error);
    static std::optional<ServerAddress> parsePairs(const QString &text, QString *error);
    bool setParam(const QString &key, const QString &value, QString *error);

    QMap<QString, QString> m_params;
};

// One open connection to a Valuemap server through Qt's QPSQL driver. Every statement it runs
// is prepared and binds its values; every failure becomes a message that names the server (and
// the plan, when there is one), says what is wrong and what to do, and never shows SQL.
class ServerConnection final
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::ServerConnection)

public:
    // Seconds to wait for a server that does not answer, unless CONN says connect_timeout.
    static constexpr int DefaultConnectTimeout = 5;

    // Connects; nullptr with *error set when CONN is malformed, the driver is missing, or the
    // server refuses or does not answer. `plan` (optional) is named in the messages.
    // *passwordNeeded (optional): whether the server asked for a password the address did not
    // give or refused the one it gave, so that a window can ask for it.
    static std::unique_ptr<ServerConnection> open(const QString &conn, QString *error,
                                                  const QString &plan = {},
                                                  bool *passwordNeeded = nullptr);
    // The address with a password added (typed into a prompt; never stored).
    static QString withPassword(const QString &conn, const QString &password);
    ~ServerConnection();
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;

    QSqlDatabase &database() { return m_db; }
    const ServerAddress &address() const { return m_address; }
    QString serverName() const { return m_address.shown(); }
    // The role this connection acts as (session_user).
    QString role() const { return m_role; }

    // Prepares sql (placeholders `?`), binds values and runs it. nullopt with *error set to
    // message(…) on failure; `plan` is named in the message.
    std::optional<QSqlQuery> run(const QString &sql, const QVariantList &values, QString *error,
                                 const QString &plan = {});
    // Runs a statement without values (DDL, transaction control).
    bool runPlain(const QString &sql, QString *error, const QString &plan = {});
    // One transaction at a time. A failed statement inside one rolls it back at once (the
    // server has aborted it anyway); rollback() after that does nothing.
    bool begin(QString *error);
    // A transaction that only reads, all of it as of one moment (REPEATABLE READ READ ONLY);
    // end it with rollback().
    bool beginSnapshot(QString *error);
    bool commit(QString *error, const QString &plan = {});
    void rollback();

    // The SQLSTATE of the last statement that failed (e.g. "42501"), for callers that say more;
    // begin() clears it, so after a failed transaction it is that transaction's.
    QString lastErrorCode() const { return m_lastErrorCode; }
    // Whether a statement found the connection gone; it stays unusable (open a new one).
    bool isLost() const { return m_lost; }

    // A failed statement's error in the user's words, mapped by SQLSTATE.
    QString message(const QSqlError &error, const QString &plan = {}) const;
    // Whether the error means the connection itself was lost (the server went away).
    static bool isConnectionLost(const QSqlError &error);

    // The message for a failed connection attempt (libpq's text mapped to what to do).
    static QString connectFailure(const ServerAddress &address, const QSqlError &error,
                                  const QString &plan);

private:
    ServerConnection(QString name, ServerAddress address);
    void noteFailure(const QSqlError &error);
    // The connection was found closed: marks it lost and says so in *error.
    void lostNow(QString *error);

    QString m_name;
    ServerAddress m_address;
    QSqlDatabase m_db;
    QString m_role;
    bool m_inTransaction = false;
    QString m_lastErrorCode;
    bool m_lost = false;
    static constexpr int MaxPrepared = 200;
    QHash<QString, QSqlQuery> m_prepared; // statements prepared on this connection, by text
};

} // namespace Valuemap
