// Document::openServer: a plan on a Valuemap server behind the same Document as a file.

#include "server/pgstore.h"
#include "server/serverconnection.h"
#include "server/serversession.h"
#include "storage/document.h"

using namespace Qt::StringLiterals;

namespace Valuemap {

std::unique_ptr<Document> Document::openServer(const QString &conn, const QString &plan,
                                               QString *error, bool live, bool *passwordNeeded)
{
    auto store = PgStore::open(conn, plan, error, passwordNeeded);
    if (!store)
        return nullptr;
    PlanStore mirror;
    qint64 revision = 0;
    if (!store->load(&mirror, &revision, error))
        return nullptr;
    if (!mirror.contains(Table::Product, 1)) {
        *error = tr("Plan “%1” on %2 has no product record, so it cannot be opened. Ask its "
                    "owner to publish it again.")
                         .arg(plan, store->connection().serverName());
        return nullptr;
    }
    const QString readOnly = store->isReadOnly()
        ? tr("role “%1” is a viewer of plan “%2” on %3. Ask an owner for the editor level to "
             "change it.")
                  .arg(store->connection().role(), plan, store->connection().serverName())
        : QString();
    PgStore *raw = store.get();
    std::unique_ptr<Document> doc(
            new Document(QString(), std::move(store), readOnly, CurrentSchemaVersion));
    doc->m_store = std::move(mirror);
    doc->m_revision = revision;
    doc->m_session = new ServerSession(doc.get(), raw);
    if (live && !doc->m_session->start(error))
        return nullptr;
    return doc;
}

} // namespace Valuemap
