// Document: adding the rows of an import as one undo step.
#include "storage/document.h"

namespace Valuemap {

bool Document::insertRows(const ChangeSet &inserts, const QString &text)
{
    for (const RowOp &op : inserts) {
        if (op.kind != RowOp::Insert || m_store.contains(op.table, op.id))
            return fail(tr("The imported rows clash with the plan (row %1 of table %2). Nothing "
                           "was imported; import into a new plan instead.")
                            .arg(op.id)
                            .arg(QString(tableSpec(op.table).name)));
    }
    return commit(inserts, text);
}

} // namespace Valuemap
