#include "commands/changecommand.h"

#include "storage/document.h"

namespace Valuemap {

namespace {
constexpr int MergeableId = 0x564d; // any fixed value; merging is decided by the key
}

ChangeCommand::ChangeCommand(Document *document, ChangeSet changes, const QString &text,
                             qint64 mergeKey)
    : m_document(document), m_changes(std::move(changes)), m_mergeKey(mergeKey)
{
    setText(text);
}

void ChangeCommand::redo()
{
    if (m_applied)
        return;
    m_document->applyToMemory(m_changes);
    m_applied = true;
}

void ChangeCommand::undo()
{
    m_document->applyToMemory(inverted(m_changes));
    m_applied = false;
}

int ChangeCommand::id() const
{
    return m_mergeKey != 0 ? MergeableId : -1;
}

bool ChangeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeCommand *>(other);
    if (next->m_mergeKey != m_mergeKey)
        return false;
    m_changes += next->m_changes;
    return true;
}

} // namespace Valuemap
