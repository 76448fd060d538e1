#pragma once

#include "storage/planbackend.h"

#include <QByteArray>
#include <optional>

namespace Valuemap {

class ServerConnection;
struct ServerPlanInfo;

// The change log of a server plan: every commit's row changes as JSON (what the log keeps and
// what other clients read to catch up), and the entries read back as ChangeSets.
namespace ChangeLog {

QByteArray toJson(const ChangeSet &changes);

// The entries after `revision`, oldest first (up to `before`, exclusive, when given). An entry
// without row changes (the plan's publication) comes with an empty ChangeSet; one whose changes
// this version does not accept comes with the rows it names (LogEntry::rows) and only the
// changes it does accept. nullopt (with *error) when an entry does not even say which rows.
std::optional<QList<LogEntry>> since(ServerConnection &c, const ServerPlanInfo &plan,
                                     qint64 revision, QString *error, qint64 before = 0);
// The latest entries, newest first: of the whole plan, or (story > 0) those that changed that
// story's own row.
std::optional<QList<LogEntry>> latest(ServerConnection &c, const ServerPlanInfo &plan,
                                      qint64 story, int limit, QString *error);

} // namespace ChangeLog

} // namespace Valuemap
