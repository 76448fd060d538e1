#include "server/serversession.h"

#include "server/changelog.h"
#include "server/pgstore.h"
#include "server/serverconnection.h"
#include "server/serverplans.h"
#include "storage/document.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {
// The channel a plan's change log notifies on, with the revision (serverschema.cpp: migration 3).
QString channelOf(qint64 plan)
{
    return u"valuemap_%1"_s.arg(plan);
}
}

ServerSession::ServerSession(Document *document, PgStore *store)
    : QObject(document), m_document(document), m_store(store)
{
    m_probe.setInterval(ProbeInterval);
    connect(&m_probe, &QTimer::timeout, this, &ServerSession::probe);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ServerSession::reconnect);
}

ServerSession::~ServerSession() = default;

QString ServerSession::planName() const
{
    return m_store->plan().name;
}

QString ServerSession::serverName() const
{
    return m_store->connection().serverName();
}

QString ServerSession::address() const
{
    return m_store->address();
}

QString ServerSession::role() const
{
    return m_store->connection().role();
}

QString ServerSession::level() const
{
    return m_store->plan().level;
}

bool ServerSession::listen(QString *error)
{
    auto listener = ServerConnection::open(m_store->address(), error, planName());
    if (!listener)
        return false;
    QSqlDriver *driver = listener->database().driver();
    if (!driver->subscribeToNotification(channelOf(m_store->plan().id))) {
        *error = tr("%1 does not deliver changes as they happen (LISTEN was refused). Others' "
                    "changes appear when the plan is opened again.")
                         .arg(listener->serverName());
        return false;
    }
    connect(driver, &QSqlDriver::notification, this, &ServerSession::notified);
    m_listener = std::move(listener);
    return true;
}

bool ServerSession::start(QString *error)
{
    if (!listen(error))
        return false;
    m_probe.start();
    // What was committed between loading the plan and listening.
    catchUp();
    return true;
}

void ServerSession::notified(const QString &channel, QSqlDriver::NotificationSource,
                             const QVariant &payload)
{
    if (channel != channelOf(m_store->plan().id))
        return;
    // The revision: anything else is not from a Valuemap server.
    bool ok = false;
    const qint64 revision = payload.toString().toLongLong(&ok);
    if (ok && revision > m_document->revision())
        catchUp();
}

bool ServerSession::catchUp()
{
    if (m_state != State::Online)
        return false;
    ServerConnection &c = m_store->connection();
    QString error;
    const auto failed = [&] {
        c.rollback();
        if (c.isLost())
            connectionLost();
        else
            m_document->setOffline(error);
        return false;
    };
    // The log and the rows it names as of one moment: a commit in between would otherwise
    // bring rows that refer to what the mirror does not hold yet.
    if (!c.beginSnapshot(&error))
        return failed();
    const auto entries = ChangeLog::since(c, m_store->plan(), m_document->revision(), &error);
    if (!entries)
        return failed();
    // The log says which rows changed; what they hold now is read from the rows. Values
    // written by hand that Valuemap refuses are taken all the same, and the plan is then for
    // viewing only, as when it is opened so.
    ServerPlans::Refused refused;
    const QList<RowKey> named = rowsNamed(*entries, m_document->revision());
    const auto now = ServerPlans::rowsNow(c, m_store->plan(), named,
                                          &error, &refused);
    if (!now)
        return failed();
    c.rollback(); // read only: nothing to keep
    m_document->applyRemote(*entries, *now);
    // Rows the log named are as they hold now: those refused before and sound now are
    // corrected; a row another change did not name keeps what it held.
    const bool refusedBefore = !m_refused.isEmpty();
    for (const RowKey &key : named)
        m_refused.remove(key);
    for (qsizetype i = 0; i < refused.rows.size(); ++i)
        m_refused.insert(refused.rows.at(i), refused.problems.value(i));
    if (!m_refused.isEmpty()) {
        QStringList problems;
        for (const QString &problem : std::as_const(m_refused)) {
            if (!problem.isEmpty() && problems.size() < ListedRefused)
                problems.append(problem);
        }
        if (m_refused.size() > problems.size())
            problems.append(tr("… and %n more row(s)", nullptr, int(m_refused.size() - problems.size())));
        m_document->setOffline(tr("Plan “%1” on %2 now holds values Valuemap does not accept (%3), "
                                  "so it is open for viewing only until they are corrected.")
                                       .arg(planName(), serverName(), problems.join(u"; "_s)));
    } else if (refusedBefore) {
        m_document->setOffline(QString());
    }
    return true;
}

void ServerSession::probe()
{
    if (m_state == State::Offline || !m_listener)
        return;
    // The plan as this role sees it now: still there for it, under which name, at which level.
    QString error;
    const auto plan = ServerPlans::byId(*m_listener, m_store->plan().id, &error);
    if (!plan) {
        if (!error.isEmpty() && m_listener->isLost())
            connectionLost();
        else if (error.isEmpty() && m_state == State::Online)
            excluded();
        return;
    }
    if (m_state == State::Excluded) {
        readmitted(*plan);
        return;
    }
    if (plan->name != m_store->plan().name || plan->level != m_store->plan().level) {
        followPlan(*plan);
        emit stateChanged(m_state); // the window shows the new name and level
    }
}

void ServerSession::followPlan(const ServerPlanInfo &plan)
{
    const QString before = m_store->plan().level;
    m_store->follow(plan);
    levelFollowed(before);
}

void ServerSession::levelFollowed(const QString &before)
{
    // A viewer now, or no longer: the window takes edits accordingly.
    const QString now = m_store->plan().level;
    if (now == "viewer"_L1 && before != "viewer"_L1)
        m_document->setReadOnlyReason(tr("Role “%1” is now a viewer of plan “%2” on %3. Ask an "
                                         "owner for the editor level to change it.")
                                              .arg(role(), planName(), serverName()));
    else if (before == "viewer"_L1 && now != "viewer"_L1 && m_store->unsoundRows().isEmpty())
        m_document->setReadOnlyReason(QString());
}

void ServerSession::readmitted(const ServerPlanInfo &plan)
{
    // Added again: what changed meanwhile is caught up, and editing resumes as after a
    // reconnect (at the level the role has now).
    followPlan(plan);
    m_state = State::Online;
    if (!catchUp())
        return;
    if (m_refused.isEmpty())
        m_document->setOffline(QString());
    emit stateChanged(m_state);
}

void ServerSession::excluded()
{
    m_state = State::Excluded;
    m_retry.stop();
    // The probe goes on: when an owner adds the role again, the window follows by itself.
    // Found excluded while reconnecting, there is no listener to probe with: connecting anew
    // is tried at the longest pause instead.
    if (m_listener) {
        m_probe.start();
    } else {
        m_pause = MaxRetryPause;
        m_retry.start(m_pause);
    }
    m_document->setOffline(tr("Role “%1” may no longer see plan “%2” on %3 (it was removed as a "
                              "member, or the plan was deleted). What is shown stays open for "
                              "viewing only; save a copy, or ask an owner to add you again: the "
                              "window then follows the plan again by itself.")
                                   .arg(role(), planName(), serverName()));
    emit stateChanged(m_state);
}

void ServerSession::connectionLost()
{
    if (m_state == State::Offline)
        return;
    m_state = State::Offline;
    m_probe.stop();
    m_listener.reset();
    m_document->setOffline(tr("Offline — reconnecting to %1. Everything you changed until now "
                              "is saved on the server; editing resumes when the connection is "
                              "back.")
                                   .arg(serverName()));
    emit stateChanged(m_state);
    m_pause = 250;
    m_retry.start(m_pause);
}

void ServerSession::reconnect()
{
    QString error;
    bool gone = false;
    const QString level = m_store->plan().level; // the plan found again may have another
    if (!m_store->reconnect(&error, &gone) || !listen(&error)) {
        if (gone) {
            excluded();
            return;
        }
        m_listener.reset();
        m_pause = std::min(m_pause * 2, MaxRetryPause);
        m_retry.start(m_pause);
        return;
    }
    levelFollowed(level);
    m_state = State::Online;
    m_probe.start();
    // Editing resumes only once the plan is current (lost again, or a log entry this build
    // cannot apply, keeps it read-only with the reason).
    if (!catchUp())
        return;
    if (m_refused.isEmpty()) // rows the log brought that Valuemap refuses keep it for viewing only
        m_document->setOffline(QString());
    emit stateChanged(m_state);
}

std::optional<QList<LogEntry>> ServerSession::history(qint64 story, int limit, QString *error)
{
    if (m_state != State::Online) {
        *error = tr("The history is not available while offline.");
        return std::nullopt;
    }
    return ChangeLog::latest(m_store->connection(), m_store->plan(), story, limit, error);
}

} // namespace Valuemap
