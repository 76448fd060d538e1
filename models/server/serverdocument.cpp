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
    QString readOnly = store->isReadOnly()
        ? tr("role “%1” is a viewer of plan “%2” on %3. Ask an owner for the editor level to "
             "change it.")
                  .arg(store->connection().role(), plan, store->connection().serverName())
        : QString();
    // Values written by hand that Valuemap does not accept: the plan opens for viewing only, as
    // such a file does, and the rows that are sound can be taken on.
    if (const qsizetype refused = store->unsoundRows().size())
        readOnly = tr("Plan “%1” on %2 holds %n row(s) with values Valuemap does not accept "
                      "(valuemap check --server CONN --plan “%1” lists them), so it is open for "
                      "viewing only. To go on with the rows that are sound: valuemap export json "
                      "--server CONN --plan “%1” -o rescued.json --salvage, import that and "
                      "publish it under a new name; or have the values corrected on the server.",
                      nullptr, int(refused))
                           .arg(plan, store->connection().serverName());
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
