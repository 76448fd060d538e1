#include "server/serverconnection.h"

#include <QUrl>

#include <QAtomicInt>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>

#include <algorithm>
#include <mutex>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

QString newConnectionName()
{
    static QAtomicInt counter;
    return u"valuemap-server-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// A value for the driver's option string (key='value' as libpq reads it).
QString quotedOption(const QString &key, const QString &value)
{
    QString v = value;
    v.replace(u'\\', "\\\\"_L1);
    v.replace(u'\'', "\\'"_L1);
    return key + u"='"_s + v + u'\'';
}

// Why a connection attempt failed, from the words of its error. libpq's own words are
// English (keepClientWordsEnglish); the server's come in its lc_messages, and are recognised in
// the languages Valuemap speaks. A server speaking another language gets the general advice
// (Other), since the server gives no SQLSTATE before a session exists.
enum class ConnectCause {
    WrongPassword, NoPassword, NoDatabase, NoRole, NotAllowed, NoService, Timeout, UnknownHost,
    TooManyClients, StartingOrStopping, BadSetting, Encryption, NothingAnswers, Other
};

ConnectCause connectCause(const QSqlError &error)
{
    // libpq (14 on) begins with where it tried: 'connection to server at "db" (10.0.0.5), port
    // 5432 failed: ' or '… on socket "/run/….s.PGSQL.5432" failed: '. Only what follows is the
    // reason: a host named "database" or "ssl-db" must not decide it.
    static const QRegularExpression where(u"connection to server (?:at|on socket) .*? failed: "_s);
    QString text = error.databaseText() + u' ' + error.driverText();
    text.remove(where);
    const auto has = [&text](std::initializer_list<const char *> words) {
        return std::any_of(words.begin(), words.end(), [&text](const char *w) {
            return text.contains(QString::fromUtf8(w));
        });
    };
    // The server's words first (English, German), then the client's.
    if (has({ "password authentication failed", "Passwort-Authentifizierung" }))
        return ConnectCause::WrongPassword;
    if (has({ "no password supplied" }))
        return ConnectCause::NoPassword;
    const bool missing = has({ "does not exist", "existiert nicht" });
    if (missing && has({ "database", "Datenbank" }))
        return ConnectCause::NoDatabase;
    if (missing && has({ "role", "Rolle" }))
        return ConnectCause::NoRole;
    if (has({ "pg_hba.conf", "permission denied for database", "keine Berechtigung für Datenbank" }))
        return ConnectCause::NotAllowed;
    if (has({ "definition of service" }))
        return ConnectCause::NoService;
    if (has({ "timeout expired" }))
        return ConnectCause::Timeout;
    if (has({ "could not translate host name" }))
        return ConnectCause::UnknownHost;
    if (has({ "too many clients", "zu viele Verbindungen" }))
        return ConnectCause::TooManyClients;
    // "the database system is starting up", "… is shutting down", "… is in recovery mode" …
    if (has({ "starting up", "shutting down", "recovery mode", "the database system is", "Datenbanksystem" }))
        return ConnectCause::StartingOrStopping;
    if (has({ "invalid", "missing" }))
        return ConnectCause::BadSetting;
    if (has({ "SSL", "GSSAPI" }))
        return ConnectCause::Encryption;
    if (has({ "No such file", "Connection refused", "could not connect", "Is the server running",
              "No route to host", "Network is unreachable" }))
        return ConnectCause::NothingAnswers;
    return ConnectCause::Other;
}

// libpq's own messages in English, whatever the user's language: Valuemap never shows them
// (it says their cause in the user's words), but finds that cause, and whether a connection
// was lost, by their English words. PGLOCALEDIR is where libpq looks for its translations;
// it reads it once, before its first message.
void keepClientWordsEnglish()
{
    static std::once_flag once;
    std::call_once(once, [] { qputenv("PGLOCALEDIR", "/dev/null"); });
}

} // namespace

ServerConnection::ServerConnection(QString name, ServerAddress address)
    : m_name(std::move(name)), m_address(std::move(address))
{
}

ServerConnection::~ServerConnection()
{
    m_prepared.clear(); // every query goes before its connection
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QString ServerConnection::withPassword(const QString &conn, const QString &password)
{
    const QString text = conn.trimmed();
    if (text.startsWith("postgres://"_L1) || text.startsWith("postgresql://"_L1))
        return text + (text.contains(u'?') ? u'&' : u'?') + u"password="_s
            + QString::fromLatin1(QUrl::toPercentEncoding(password));
    return text + u' ' + quotedOption(u"password"_s, password);
}

std::unique_ptr<ServerConnection> ServerConnection::open(const QString &conn, QString *error,
                                                         const QString &plan, bool *passwordNeeded)
{
    if (passwordNeeded)
        *passwordNeeded = false;
    QString problem;
    std::optional<ServerAddress> address = ServerAddress::parse(conn, &problem);
    if (!address) {
        *error = tr("Cannot use the server address: %1").arg(problem);
        return nullptr;
    }
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        *error = tr("Cannot connect to %1: Qt's PostgreSQL driver is not installed on this "
                    "computer. On Debian or Ubuntu: sudo apt install libqt6sql6-psql")
                     .arg(address->shown());
        return nullptr;
    }
    // A socket folder that is not there: say so at once rather than after libpq tried.
    const QString host = address->value(u"host"_s);
    if (host.startsWith(u'/') && !host.contains(u',') && !QFileInfo(host).isDir()) {
        *error = connectFailure(*address,
                                QSqlError(QString(), u"No such file or directory"_s,
                                          QSqlError::ConnectionError),
                                plan);
        return nullptr;
    }

    keepClientWordsEnglish();
    std::unique_ptr<ServerConnection> c(new ServerConnection(newConnectionName(), *address));
    c->m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, c->m_name);
    QStringList options;
    for (auto it = address->params().cbegin(); it != address->params().cend(); ++it) {
        if (it.key() == "host"_L1)
            c->m_db.setHostName(it.value());
        else if (it.key() == "dbname"_L1)
            c->m_db.setDatabaseName(it.value());
        else if (it.key() == "user"_L1)
            c->m_db.setUserName(it.value());
        else if (it.key() == "password"_L1)
            c->m_db.setPassword(it.value());
        else
            options << quotedOption(it.key(), it.value());
    }
    // Never a hang: a server that does not answer is reported within the timeout.
    if (!address->contains(u"connect_timeout"_s))
        options << quotedOption(u"connect_timeout"_s, QString::number(DefaultConnectTimeout));
    options << quotedOption(u"fallback_application_name"_s, u"valuemap"_s);
    c->m_db.setConnectOptions(options.join(u' '));
    if (!c->m_db.open()) {
        const ConnectCause cause = connectCause(c->m_db.lastError());
        if (passwordNeeded)
            *passwordNeeded = cause == ConnectCause::WrongPassword || cause == ConnectCause::NoPassword;
        *error = connectFailure(*address, c->m_db.lastError(), plan);
        return nullptr;
    }
    auto role = c->run(u"SELECT session_user"_s, {}, error, plan);
    if (!role || !role->next())
        return nullptr;
    c->m_role = role->value(0).toString();
    return c;
}

std::optional<QSqlQuery> ServerConnection::run(const QString &sql, const QVariantList &values,
                                               QString *error, const QString &plan)
{
    if (!m_db.isOpen()) // the driver closed it: the server went away
        return lostNow(error), std::nullopt;
    // Prepared once per connection and kept: PREPARE and DEALLOCATE would each cost a round
    // trip to the server on every statement.
    auto cached = m_prepared.find(sql);
    if (cached == m_prepared.end()) {
        if (m_prepared.size() >= MaxPrepared)
            m_prepared.clear();
        QSqlQuery fresh(m_db);
        fresh.setForwardOnly(true);
        if (!fresh.prepare(sql)) {
            *error = message(fresh.lastError(), plan);
            noteFailure(fresh.lastError());
            rollback();
            return std::nullopt;
        }
        cached = m_prepared.insert(sql, fresh);
    }
    QSqlQuery &query = *cached;
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        const QSqlError failure = query.lastError();
        *error = message(failure, plan);
        noteFailure(failure);
        // A failed statement aborts the transaction: end it now (the server refuses everything
        // else until then).
        rollback();
        return std::nullopt;
    }
    return query;
}

bool ServerConnection::runPlain(const QString &sql, QString *error, const QString &plan)
{
    if (!m_db.isOpen())
        return lostNow(error), false;
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        *error = message(query.lastError(), plan);
        noteFailure(query.lastError());
        rollback();
        return false;
    }
    return true;
}

bool ServerConnection::begin(QString *error)
{
    if (!m_db.isOpen())
        return lostNow(error), false;
    m_lastErrorCode.clear(); // the code of this transaction's failure, when it fails
    if (m_db.transaction()) {
        m_inTransaction = true;
        return true;
    }
    *error = message(m_db.lastError());
    noteFailure(m_db.lastError());
    return false;
}

bool ServerConnection::beginSnapshot(QString *error)
{
    return begin(error) && runPlain(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"_s, error);
}

bool ServerConnection::commit(QString *error, const QString &plan)
{
    m_inTransaction = false;
    if (m_db.commit())
        return true;
    *error = message(m_db.lastError(), plan);
    noteFailure(m_db.lastError());
    return false;
}

void ServerConnection::lostNow(QString *error)
{
    m_lost = true;
    m_inTransaction = false;
    *error = message(QSqlError(QString(), u"no connection to the server"_s,
                               QSqlError::ConnectionError));
}

void ServerConnection::noteFailure(const QSqlError &error)
{
    m_lastErrorCode = error.nativeErrorCode();
    if (isConnectionLost(error))
        m_lost = true;
}

void ServerConnection::rollback()
{
    if (m_inTransaction)
        m_db.rollback();
    m_inTransaction = false;
}

bool ServerConnection::isConnectionLost(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (code.startsWith("08"_L1) || code.startsWith("57P0"_L1))
        return true;
    const QString text = error.databaseText();
    return error.type() == QSqlError::ConnectionError
        || text.contains("server closed the connection"_L1)
        || text.contains("no connection to the server"_L1)
        || text.contains("terminating connection"_L1);
}

QString ServerConnection::message(const QSqlError &error, const QString &plan) const
{
    const QString where = serverName();
    const QString code = error.nativeErrorCode();
    const QString onPlan = plan.isEmpty() ? where : tr("plan “%1” on %2").arg(plan, where);
    if (isConnectionLost(error))
        return tr("The connection to %1 was lost. Nothing of the unfinished change was kept. "
                  "Check the network and that the server runs, then try again.")
            .arg(where);
    if (code == "42501"_L1)
        return tr("Role “%1” may not do this on %2. Ask an owner of the plan to give you the "
                  "level you need (valuemap server members … --add %1 editor).")
            .arg(m_role, onPlan);
    if (code == "23505"_L1)
        return tr("%1 already holds what this would add (someone may have added it meanwhile). "
                  "Reload the plan and try again.")
            .arg(onPlan);
    if (code == "23503"_L1)
        return tr("This refers to something that %1 no longer has (someone may have deleted it "
                  "meanwhile). Reload the plan and try again.")
            .arg(onPlan);
    if (code == "23514"_L1 || code == "23502"_L1 || code.startsWith("22"_L1))
        return tr("%1 does not accept a value of this change (out of range or missing). Nothing "
                  "was changed.")
            .arg(onPlan);
    if (code == "40001"_L1 || code == "40P01"_L1)
        return tr("This change collided with another one on %1. Nothing was changed; try again.")
            .arg(onPlan);
    if (code == "3F000"_L1 || code == "42P01"_L1 || code == "42883"_L1)
        return tr("%1 has no Valuemap schema (or an incomplete one). Ask its administrator to "
                  "run: valuemap server init --server CONN")
            .arg(where);
    if (code == "VM001"_L1)
        return tr("%1 must keep at least one owner. Add another owner first.").arg(onPlan);
    if (code == "VM002"_L1)
        return tr("The history of %1 cannot be changed: it is append-only.").arg(onPlan);
    if (code == "57014"_L1)
        return tr("%1 took too long to answer and the request was cancelled. Try again.")
            .arg(where);
    if (code.startsWith("53"_L1))
        return tr("%1 is out of resources (disk, memory or connections). Try again later or tell "
                  "its administrator.")
            .arg(where);
    return tr("%1 refused the request (error code %2). Nothing was changed. Try again; if it "
              "happens again, tell the server's administrator.")
        .arg(onPlan, code.isEmpty() ? tr("none") : code);
}

QString ServerConnection::connectFailure(const ServerAddress &address, const QSqlError &error,
                                         const QString &plan)
{
    const QString where = address.shown();
    const QString prefix = plan.isEmpty() ? tr("Cannot connect to %1: ").arg(where)
                                          : tr("Cannot open plan “%1” on %2: ").arg(plan, where);
    const QString user = address.value(u"user"_s);
    const QString role = user.isEmpty() ? tr("your role") : tr("“%1”", "a role's name").arg(user);
    const QString db = address.value(u"dbname"_s);
    QString reason;
    switch (connectCause(error)) {
    case ConnectCause::WrongPassword:
        reason = tr("the server refused the password of %1. Check the password (in ~/.pgpass, "
                    "PGPASSWORD or the address) and try again.")
                     .arg(role);
        break;
    case ConnectCause::NoPassword:
        reason = tr("the server needs a password for %1. Put it in ~/.pgpass "
                    "(HOST:PORT:DATABASE:ROLE:PASSWORD, mode 600) or in PGPASSWORD.")
                     .arg(role);
        break;
    case ConnectCause::NoDatabase:
        reason = tr("the server has no database “%1”. Check dbname in the address, or ask the "
                    "administrator to create it.")
                     .arg(db.isEmpty() ? user : db);
        break;
    case ConnectCause::NoRole:
        reason = tr("the server has no role %1. Check user in the address, or ask the "
                    "administrator to create the role.")
                     .arg(role);
        break;
    case ConnectCause::NotAllowed:
        reason = tr("the server does not let %1 connect to this database from here. Ask its "
                    "administrator for access.")
                     .arg(role);
        break;
    case ConnectCause::NoService:
        reason = tr("there is no service “%1” in ~/.pg_service.conf (or the file PGSERVICEFILE "
                    "names). Check the name, or give host= and dbname= instead.")
                     .arg(address.value(u"service"_s));
        break;
    case ConnectCause::Timeout:
        reason = tr("the server did not answer in time. Check the address and the network, "
                    "then try again.");
        break;
    case ConnectCause::UnknownHost:
        reason = tr("the server name “%1” is not known. Check host in the address.")
                     .arg(address.value(u"host"_s));
        break;
    case ConnectCause::TooManyClients:
        reason = tr("the server has no free connections. Try again in a moment.");
        break;
    case ConnectCause::StartingOrStopping:
        reason = tr("the server is starting or stopping. Try again in a moment.");
        break;
    case ConnectCause::BadSetting:
        reason = tr("the address has a setting the PostgreSQL client does not accept. Check "
                    "its values (sslmode, target_session_attrs …).");
        break;
    case ConnectCause::Encryption:
        reason = tr("the server and the address disagree about encryption. Check sslmode in "
                    "the address with the server's administrator.");
        break;
    case ConnectCause::NothingAnswers:
        reason = tr("nothing answers there. Check the address (host, port) and that the server "
                    "runs, then try again.");
        break;
    case ConnectCause::Other:
        reason = tr("the server refused the connection. Check the address, that the server runs "
                    "and that you may connect, then try again.");
        break;
    }
    return prefix + reason;
}

} // namespace Valuemap
