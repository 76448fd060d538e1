#include "storage/document.h"

#include "commands/changecommand.h"
#include "domain/text.h"
#include "io/plandata.h"
#include "storage/rowcheck.h"
#include "server/serversession.h"
#include "storage/sqlstore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QUndoStack>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Valuemap {

Document::Document(QString path, std::unique_ptr<PlanBackend> backend, QString readOnlyReason,
                   int version)
    : m_path(std::move(path)),
      m_backend(std::move(backend)),
      m_readOnlyReason(std::move(readOnlyReason)),
      m_openedSchemaVersion(version),
      m_undoStack(new QUndoStack(this))
{
}

Document::~Document()
{
    // The undo commands point back at this document: drop them before the store goes.
    m_undoStack->clear();
}

std::unique_ptr<Document> Document::open(const QString &path, QString *error, OpenMode mode)
{
    PlanStore plan;
    SqlStore::Opened opened = SqlStore::open(path, mode, plan);
    if (!opened.store) {
        *error = opened.error;
        return nullptr;
    }
    std::unique_ptr<Document> doc(new Document(QFileInfo(path).absoluteFilePath(),
                                               std::move(opened.store), opened.readOnlyReason,
                                               opened.schemaVersion));
    doc->m_store = std::move(plan);
    doc->m_openNotices = opened.notices;
    if (!doc->m_store.contains(Table::Product, 1)) {
        *error = tr("“%1” is damaged: it has no product record. Restore it from a backup or a "
                    "copy; Valuemap has not changed the file.")
                         .arg(doc->m_path);
        return nullptr;
    }
    return doc;
}

std::unique_ptr<Document> Document::create(const QString &path, QString *error,
                                           bool replaceExisting)
{
    // The product row named after the file, with story keys counting from 1.
    Row product = emptyRow(Table::Product, 1);
    product[ProductCol::Name] = QFileInfo(path).completeBaseName();
    product[ProductCol::CreatedAt] = QString();
    product[ProductCol::UpdatedAt] = QString();
    product[ProductCol::NextKey] = QVariant::fromValue<qint64>(1);
    if (!SqlStore::createFile(path, replaceExisting, error, product))
        return nullptr;
    return open(path, error);
}

QString Document::displayName() const
{
    const QString name = product().name;
    return name.isEmpty() ? QFileInfo(m_path).completeBaseName() : name;
}

bool Document::saveCopyAs(const QString &path, QString *error) const
{
    return m_backend->copyTo(path, m_store, error);
}

QString Document::databaseDump() const
{
    return m_backend->dump();
}

QStringList Document::fileProblems() const
{
    return m_backend->problems();
}

QList<QPair<Table, qint64>> Document::unsoundRows() const
{
    return m_backend->unsoundRows();
}

bool Document::fail(const QString &message)
{
    m_lastError = message;
    emit errorOccurred(message);
    return false;
}

bool Document::checkWritable()
{
    if (isReadOnly())
        return fail(tr("This plan cannot be changed. %1").arg(m_readOnlyReason));
    return true;
}

bool Document::writeThrough(ChangeSet &changes, const QString &text, bool mayRenumber)
{
    m_renumbered.clear();
    m_lastCollided = false;
    const PlanBackend::Outcome outcome
            = m_backend->write(changes, m_store, text, m_revision, mayRenumber);
    switch (outcome.result) {
    case PlanBackend::Result::Committed:
        if (!outcome.applied.isEmpty()) {
            // New rows got other ids than planned (taken meanwhile): remember which.
            for (qsizetype i = 0; i < changes.size() && i < outcome.applied.size(); ++i) {
                if (changes[i].kind == RowOp::Insert
                    && changes[i].row.value(0) != outcome.applied[i].row.value(0))
                    m_renumbered.insert({ int(changes[i].table), changes[i].row.value(0).toLongLong() },
                                        outcome.applied[i].row.value(0).toLongLong());
            }
            changes = outcome.applied;
        }
        // Others' changes that came before this one follow once the caller has applied this
        // one (catchUpEarlier): their rows were read with this change in them, so compared
        // with the mirror after it they are what others changed, and this change is not
        // applied twice (which counted a lane's points twice).
        m_earlier = outcome.earlier;
        m_earlierRows = outcome.earlierRows;
        m_earlierRevision = outcome.revision;
        return true;
    case PlanBackend::Result::Conflict:
        m_lastCollided = true;
        // Show what changed meanwhile, then say so: the user can make the change again.
        if (m_session)
            m_session->catchUp();
        return fail(outcome.message);
    case PlanBackend::Result::Offline:
        if (m_session)
            m_session->connectionLost();
        return fail(outcome.message);
    case PlanBackend::Result::Failed:
        break;
    }
    return fail(outcome.message);
}

void Document::applyRemote(const QList<LogEntry> &entries, const RowsNow &now)
{
    const QList<RowKey> named = rowsNamed(entries, m_revision);
    QList<LogEntry> shown;
    for (const LogEntry &entry : entries) {
        if (entry.revision <= m_revision)
            continue; // already in the mirror
        m_revision = entry.revision;
        if (!entry.rows.isEmpty())
            shown.append(entry);
    }
    // Each named row as the server has it: new rows parents first, then changed values, then
    // rows gone, children first. What the log claims about values is not taken: anyone who
    // may edit the plan can write the log.
    ChangeSet inserts, updates, removes;
    for (const RowKey &key : named) {
        const Row *mine = m_store.row(key.first, key.second);
        const auto theirs = now.constFind(key);
        if (theirs == now.cend()) {
            if (mine)
                removes.append(RowOp::remove(key.first, *mine));
        } else if (!mine) {
            inserts.append(RowOp::insert(key.first, *theirs));
        } else {
            for (int c = 1; c < theirs->size() && c < mine->size(); ++c) {
                if (mine->at(c) != theirs->at(c))
                    updates.append(RowOp::update(key.first, key.second, c, mine->at(c), theirs->at(c)));
            }
        }
    }
    const auto byTable = [](const RowOp &a, const RowOp &b) { return a.table < b.table; };
    std::stable_sort(inserts.begin(), inserts.end(), byTable);
    std::stable_sort(removes.begin(), removes.end(), [&](const RowOp &a, const RowOp &b) { return byTable(b, a); });
    const ChangeSet changes = inserts + updates + removes;
    if (!changes.isEmpty())
        applyToMemory(changes);
    if (!shown.isEmpty())
        emit remoteChanges(shown);
}

void Document::catchUpEarlier()
{
    const QList<LogEntry> earlier = std::exchange(m_earlier, {});
    const RowsNow rows = std::exchange(m_earlierRows, {});
    const qint64 revision = std::exchange(m_earlierRevision, 0);
    if (!earlier.isEmpty())
        applyRemote(earlier, rows);
    m_revision = std::max(m_revision, revision);
}

void Document::setReadOnlyReason(const QString &reason)
{
    if (reason == m_readOnlyReason)
        return;
    m_readOnlyReason = reason;
    emit writableChanged();
}

void Document::setOffline(const QString &reason)
{
    if (reason == m_offlineReason)
        return;
    m_offlineReason = reason;
    emit writableChanged();
}

void Document::applyToMemory(const ChangeSet &changes)
{
    for (const RowOp &op : changes)
        m_store.apply(op);
    emit changed(changes);
}

qint64 Document::committedId(Table table, qint64 planned) const
{
    return m_renumbered.value({ int(table), planned }, planned);
}

bool Document::commit(ChangeSet changes, const QString &text, qint64 mergeKey, bool mayRenumber)
{
    if (changes.isEmpty())
        return true;
    if (!checkWritable())
        return false;
    // The plan remembers when it last changed; undo takes that back along with the edit.
    const QVariant now = isoTimestamp(QDateTime::currentDateTimeUtc());
    appendUpdate(changes, Table::Product, 1, ProductCol::UpdatedAt, now);
    // Every value is checked by the rules the plan is checked by when it is opened: an edit
    // never writes what would make the plan fail its checks next time.
    for (const RowOp &op : std::as_const(changes)) {
        std::optional<ValueProblem> problem;
        if (op.kind == RowOp::Insert)
            problem = rowProblem(op.table, op.row);
        else if (op.kind == RowOp::Update)
            problem = valueProblem(op.table, op.column, op.newValue);
        if (problem)
            return fail(tr("This change cannot be saved: %1. The plan is unchanged.").arg(problem->message));
    }
    if (!writeThrough(changes, text, mayRenumber))
        return false;
    applyToMemory(changes);
    catchUpEarlier();
    if (m_compoundDepth > 0) {
        m_compoundChanges += changes;
        return true;
    }
    m_undoStack->push(new ChangeCommand(this, std::move(changes), text, mergeKey));
    return true;
}

void Document::beginCompound(const QString &text)
{
    if (m_compoundDepth++ == 0) {
        m_compoundText = text;
        m_compoundChanges.clear();
    }
}

void Document::endCompound()
{
    if (m_compoundDepth == 0 || --m_compoundDepth > 0)
        return;
    if (!m_compoundChanges.isEmpty())
        m_undoStack->push(new ChangeCommand(this, std::move(m_compoundChanges), m_compoundText, 0));
    m_compoundChanges.clear();
}

bool Document::undo()
{
    if (m_compoundDepth > 0 || !m_undoStack->canUndo())
        return false;
    if (!checkWritable())
        return false;
    auto *command = static_cast<ChangeCommand *>(
            const_cast<QUndoCommand *>(m_undoStack->command(m_undoStack->index() - 1)));
    ChangeSet undoing = inverted(command->changes());
    if (!writeThrough(undoing, tr("Undo %1").arg(command->text())))
        return false;
    command->setChanges(inverted(undoing)); // as the store applied it
    m_undoStack->undo();
    catchUpEarlier();
    return true;
}

bool Document::redo()
{
    if (m_compoundDepth > 0 || !m_undoStack->canRedo())
        return false;
    if (!checkWritable())
        return false;
    auto *command = static_cast<ChangeCommand *>(
            const_cast<QUndoCommand *>(m_undoStack->command(m_undoStack->index())));
    ChangeSet redoing = command->changes();
    if (!writeThrough(redoing, tr("Redo %1").arg(command->text())))
        return false;
    command->setChanges(redoing); // as the store applied it
    m_undoStack->redo();
    catchUpEarlier();
    return true;
}

} // namespace Valuemap
