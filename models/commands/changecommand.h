#pragma once

#include "storage/changeset.h"

#include <QUndoCommand>

namespace Valuemap {

class Document;

// One undo step: a ChangeSet the document has already committed. The document writes the
// file before it moves the stack (see Document::undo/redo); the command only brings the
// in-memory plan along, so the file and the views never disagree.
class ChangeCommand final : public QUndoCommand
{
public:
    // mergeKey != 0: consecutive commands with the same key (typing into one field) merge.
    ChangeCommand(Document *document, ChangeSet changes, const QString &text, qint64 mergeKey);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const ChangeSet &changes() const { return m_changes; }
    // What the plan's store made of this step when it was undone or redone (a shared plan puts
    // siblings' ranks in a row): undo and redo bring memory along with that from then on.
    void setChanges(ChangeSet changes) { m_changes = std::move(changes); }

private:
    Document *m_document = nullptr;
    ChangeSet m_changes;
    qint64 m_mergeKey = 0;
    bool m_applied = true; // pushed right after it was applied: the first redo() has nothing to do
};

} // namespace Valuemap
