#pragma once

// Internal to the server schema (serverschema.cpp, serverschema_sql.cpp): not for other code.

#include <QList>
#include <QStringList>

namespace Valuemap::ServerSchemaDetail {

struct ServerMigration
{
    int toVersion;
    QStringList statements;
};

// Every migration of the server schema, in order: migration n brings a server to version n.
const QList<ServerMigration> &serverMigrations();

} // namespace Valuemap::ServerSchemaDetail
