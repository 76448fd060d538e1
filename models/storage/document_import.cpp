// Document: adding the rows of an import as one undo step.
#include "storage/document.h"

#include "storage/storykeys.h"

#include <QSet>

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
    // Stories keep the numbers they bring where the plan has not given them yet; the others
    // (and those without one) get the plan's next numbers.
    ChangeSet ops = inserts;
    QSet<qint64> taken;
    for (qint64 id : m_store.group(Table::Story, -1, 0))
        taken.insert(m_store.value(Table::Story, id, StoryCol::KeyNumber).toLongLong());
    qint64 next = nextStoryKeyNumber();
    const qint64 before = next;
    numberStoryInserts(ops, taken, &next);
    if (next != before) {
        appendUpdate(ops, Table::Product, 1, ProductCol::NextKey, QVariant::fromValue<qint64>(next));
        if (m_store.value(Table::Product, 1, ProductCol::KeyPrefix).toString().isEmpty())
            appendUpdate(ops, Table::Product, 1, ProductCol::KeyPrefix, keyPrefix());
    }
    return commit(std::move(ops), text);
}

} // namespace Valuemap
