#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace Valuemap {

// Compares the whole schema of an open plan (sqlite_schema: every table, column, type, index,
// and nothing else — no trigger, no view, no extra table) with the one that this version of
// Valuemap creates for the given schema version. Returns what differs, in a user's words;
// empty when the schema is exactly the expected one. Runs on a hardened connection (see
// SqlDetail::hardenConnection), so reading the schema executes nothing of the file's.
QStringList schemaProblems(QSqlDatabase &db, int version);

} // namespace Valuemap
