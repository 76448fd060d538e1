#include "io/salvage.h"

#include "io/plandata.h"
#include "storage/document.h"
#include "storage/plancheck.h"
#include "storage/rowcheck.h"
#include "storage/schema.h"

#include <QHash>
#include <QSet>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

constexpr int ListedRows = 20;

// The row with the invisible byte order marks (U+FEFF) that begin its texts taken off, when
// that is all that made its values fail: another program wrote them, and a rescue should not
// lose an activity with all its steps and stories over one invisible character. Nullopt when
// the row has none, or still fails without them. (Its checksum was not checked, as for any row
// whose values fail; it stays out only when its values are not sound.)
std::optional<Row> withoutLeadingMarks(Table table, const Row &row, int *firstColumn)
{
    Row repaired = row;
    *firstColumn = -1;
    for (qsizetype c = 0; c < repaired.size(); ++c) {
        if (repaired.at(c).typeId() != QMetaType::QString)
            continue;
        QString text = repaired.at(c).toString();
        qsizetype marks = 0;
        while (marks < text.size() && text.at(marks) == QChar(0xfeff))
            ++marks;
        if (marks == 0)
            continue;
        repaired[c] = text.mid(marks);
        if (*firstColumn < 0)
            *firstColumn = int(c);
    }
    if (*firstColumn < 0 || rowProblem(table, repaired))
        return std::nullopt;
    return repaired;
}

} // namespace

Salvage::Result Salvage::soundRows(const Document &document)
{
    const PlanStore &plan = document.store();
    std::array<QSet<qint64>, TableCount> dropped;
    QStringList reasons;
    int count = 0;
    const auto drop = [&](Table table, qint64 id, const QString &why) {
        if (dropped[int(table)].contains(id))
            return false;
        dropped[int(table)].insert(id);
        if (++count <= ListedRows)
            reasons.append(tr("%1 %2: %3").arg(tableLabel(table)).arg(id).arg(why));
        return true;
    };
    // Why a row cannot stay because of its links: one refers to a row missing or left out.
    const auto brokenLink = [&](Table table, qint64 id) -> QString {
        const Row *row = plan.row(table, id);
        if (!row)
            return {};
        for (int c = 1; c < int(tableSpec(table).columns.size()); ++c) {
            const auto target = referencedTable(table, c);
            if (!target || row->value(c).isNull())
                continue;
            const qint64 ref = row->value(c).toLongLong();
            if (!plan.contains(*target, ref))
                return tr("it refers to %1 %2, which is missing").arg(tableLabel(*target)).arg(ref);
            if (dropped[int(*target)].contains(ref))
                return tr("it refers to %1 %2, which is left out")
                    .arg(tableLabel(*target))
                    .arg(ref);
        }
        return {};
    };
    std::array<QHash<qint64, Row>, TableCount> repaired;
    QStringList repairs;
    for (const auto &[table, id] : document.unsoundRows()) {
        const Row *row = plan.row(table, id);
        int column = -1;
        if (row && rowProblem(table, *row)) {
            if (auto clean = withoutLeadingMarks(table, *row, &column)) {
                repaired[int(table)].insert(id, *std::move(clean));
                if (repairs.size() < ListedRows)
                    repairs.append(tr("%1 %2: the %3 began with an invisible byte order mark "
                                      "(U+FEFF), which was taken off")
                                       .arg(tableLabel(table))
                                       .arg(id)
                                       .arg(fieldLabel(table, column)));
                continue;
            }
        }
        const QString link = brokenLink(table, id);
        drop(table, id, link.isEmpty() ? tr("its values or its checksum failed the checks") : link);
    }
    for (const auto &[dot, why] : misplacedVoteDots(plan))
        drop(Table::VoteDot, dot, why);
    // Until nothing changes: a row whose reference points to a row left out (or to none).
    for (bool changed = true; changed;) {
        changed = false;
        for (int t = 1; t < TableCount; ++t) {
            const Table table = static_cast<Table>(t);
            for (qint64 id : plan.group(table, -1, 0)) {
                if (dropped[t].contains(id))
                    continue;
                if (const QString link = brokenLink(table, id); !link.isEmpty())
                    changed |= drop(table, id, link);
            }
        }
    }
    Result result;
    result.leftOut = count;
    result.lines = reasons;
    if (count > ListedRows)
        result.lines.append(tr("… and %n more row(s)", nullptr, count - ListedRows));
    for (const auto &rows : repaired)
        result.repaired += int(rows.size());
    result.repairs = repairs;
    if (result.repaired > ListedRows)
        result.repairs.append(tr("… and %n more row(s)", nullptr, result.repaired - ListedRows));
    for (int t = 0; t < TableCount; ++t) {
        const Table table = static_cast<Table>(t);
        const TableSpec &spec = tableSpec(table);
        const bool ranked = isRanked(table) && spec.sortColumn > 0;
        QHash<qint64, qint64> nextRank; // by parent
        for (qint64 id : plan.group(table, -1, 0)) {
            if (dropped[t].contains(id))
                continue;
            Row row = repaired[t].value(id, *plan.row(table, id));
            if (ranked) {
                const qint64 parent
                    = spec.parentColumn > 0 ? row.value(spec.parentColumn).toLongLong() : 0;
                row[spec.sortColumn] = QVariant::fromValue<qint64>(nextRank[parent]++);
            }
            result.plan.load(table, std::move(row));
        }
    }
    return result;
}

} // namespace Valuemap
