#pragma once

#include "storage/changeset.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

namespace Valuemap {

class Document;
class PlanStore;

struct PlanRow
{
    Table table = Table::Product;
    Row row;
    // Where the row came from, in the user's words ("Line 4", "tables.story[3]", a card's
    // place in the map); empty: the row is named by its kind and title.
    QString origin = {};
};

// What an importer produces: the rows of a plan (or of the part to add to an open plan), with
// ids and ranks, in an order where parents come before children. It can become a new .valuemap
// file (createPlanFile) or be merged into an open document as one undo step (mergeIntoDocument).
struct PlanData
{
    Row product; // the product row of a new plan; empty: a product named after the file
    QString productName; // used when there is no product row
    QString keyPrefix; // of the story keys the rows brought (BT of BT-42), for a new plan
    QList<PlanRow> rows;
    QStringList notes; // what had no equivalent or was adapted, for the preview and the CLI

    qsizetype count(Table table) const;
    qint64 maxId(Table table) const;
};

// Called now and then during long imports and exports; returning false cancels.
using Progress = std::function<bool(qint64 done, qint64 total)>;

// A row of the table with every column at its empty value (text "", nullable columns null,
// other integers 0) and the given id.
Row emptyRow(Table table, qint64 id);
// The table a column refers to (step.activity_id → activity), if it is a reference.
std::optional<Table> referencedTable(Table table, int column);
// Whether the column may hold null (references, optional dates and figures).
bool isNullableColumn(Table table, int column);
// Whether the table's sort column is an explicit rank 0..n-1 within the parent.
bool isRanked(Table table);

// The first thing in the data that a plan may not hold, as a message in the user's words: a
// value rowProblem() refuses (where the row came from, the field, what is allowed), or two rows
// that would collide in the file (a tag name twice, whatever its case; a link twice). Every
// importer checks its result with it before anything is written, and so do createPlanFile and
// mergeIntoDocument, so no value reaches the database unchecked.
std::optional<QString> planDataProblem(const PlanData &data);
// The same for rows about to be added to a plan that already holds tags (names case-folded the
// way the file compares them).
std::optional<QString> planRowsProblem(const QList<PlanRow> &rows, const QSet<QString> &takenTagNames = {});
// The column that names a row for a user (title, name or text); -1 when there is none.
int namingColumn(Table table);
// How a row is named in a message: its origin, or its kind and title ("story “Checkout”").
QString rowDescription(const PlanRow &row);
// A tag name as the file compares it (SQLite's NOCASE folds only A–Z).
QString tagNameKey(const QString &name);

// "3 activities, 12 steps, 40 stories …": what the data would create, for a preview.
QStringList planSummary(const PlanData &data);

// Every row of a plan in memory, as createPlanFile takes them (table by table, by id).
PlanData planDataOf(const PlanStore &plan, const QString &productName);

// Creates a new .valuemap at path from the data, all or nothing; every value is bound, never
// spliced into SQL text.
bool createPlanFile(const QString &path, bool replaceExisting, const PlanData &data, QString *error,
    const Progress &progress = {});

// The same data with ids that follow those already in `base`, ranks after the rows already in
// each parent, and tags merged with the base's tags of the same name. With matchByName, an
// activity, step (within its activity), release, persona or goal of the same name as one in
// the base is not created again: its children go into the existing one.
PlanData rebasedOnto(const PlanData &data, const PlanStore &base, bool matchByName);
// Adds the data to an open plan as one undo step; false (with the document's message) when the
// plan refused it, in which case nothing changed.
bool mergeIntoDocument(Document &document, const PlanData &data, const QString &undoText,
    bool matchByName, QString *error);

} // namespace Valuemap
