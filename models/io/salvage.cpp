#include "io/salvage.h"

#include "io/plandata.h"
#include "storage/document.h"
#include "storage/rowcheck.h"
#include "storage/schema.h"

#include <QHash>
#include <QSet>

#include <array>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

constexpr int ListedRows = 20;

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
    for (const auto &[table, id] : document.unsoundRows()) {
        const QString link = brokenLink(table, id);
        drop(table, id, link.isEmpty() ? tr("its values or its checksum failed the checks") : link);
    }
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
    for (int t = 0; t < TableCount; ++t) {
        const Table table = static_cast<Table>(t);
        const TableSpec &spec = tableSpec(table);
        const bool ranked = isRanked(table) && spec.sortColumn > 0;
        QHash<qint64, qint64> nextRank; // by parent
        for (qint64 id : plan.group(table, -1, 0)) {
            if (dropped[t].contains(id))
                continue;
            Row row = *plan.row(table, id);
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
