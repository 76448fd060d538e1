#pragma once

#include "storage/planbackend.h"

#include <QCoreApplication>
#include <QMap>
#include <QObject>
#include <QSqlDriver>
#include <QTimer>

#include <memory>
#include <optional>

namespace Valuemap {

class Document;
class PgStore;
class ServerConnection;
struct ServerPlanInfo;

// The live side of a server plan open in a Document. A second connection listens for the
// server's notifications (the plan's connection runs transactions, and PostgreSQL delivers
// notifications only between them); on each, the change log since the document's revision is
// read and applied. A probe notices a lost connection; the document then takes no edits
// ("Offline — reconnecting") while both connections are opened again with growing pauses,
// the log is caught up, and editing resumes.
class ServerSession final : public QObject
{
    Q_OBJECT

public:
    // Excluded: the role may no longer see the plan (removed as a member, or the plan was
    // deleted); the document stays open for viewing only, and the probe goes on asking: added
    // again, the session catches up and is Online.
    enum class State { Online, Offline, Excluded };

    // Milliseconds between probes of the listening connection, and the longest pause between
    // attempts to reconnect.
    static constexpr int ProbeInterval = 1000;
    static constexpr int MaxRetryPause = 10000;

    ServerSession(Document *document, PgStore *store);
    ~ServerSession() override;

    // Opens the listening connection; false with *error set when it cannot.
    bool start(QString *error);

    State state() const { return m_state; }
    QString planName() const;
    QString serverName() const;
    QString address() const;
    QString role() const;
    QString level() const; // viewer, editor or owner

    // The latest changes of the plan (story > 0: of that story), newest first.
    std::optional<QList<LogEntry>> history(qint64 story, int limit, QString *error);

    // Reads and applies what others committed since the document's revision; false when it
    // could not (the document then says why it takes no edits).
    bool catchUp();
    // A statement found the connection gone: offline, and reconnecting.
    void connectionLost();

signals:
    void stateChanged(Valuemap::ServerSession::State state);

private:
    void notified(const QString &channel, QSqlDriver::NotificationSource source,
                  const QVariant &payload);
    void probe();
    void reconnect();
    void excluded();
    void readmitted(const ServerPlanInfo &plan);
    void followPlan(const ServerPlanInfo &plan); // a new name or level, taken over
    void levelFollowed(const QString &before); // made a viewer, or no longer: edits accordingly
    bool listen(QString *error);

    Document *m_document;
    PgStore *m_store;
    std::unique_ptr<ServerConnection> m_listener;
    QTimer m_probe;
    QTimer m_retry;
    int m_pause = 0;
    State m_state = State::Online;
    // Rows the log brought holding values Valuemap refuses, with what is wrong (empty past the
    // listed ones): while there are any, the document is for viewing only.
    QMap<RowKey, QString> m_refused;
    static constexpr int ListedRefused = 20;
};

} // namespace Valuemap
