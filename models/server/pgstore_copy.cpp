// PgStore: copies of a server plan (a file, the dump of `valuemap debug`) and its problems.
#include "server/pgstore.h"

#include "io/plandata.h"
#include "server/serverplans.h"
#include "storage/planstore.h"

using namespace Qt::StringLiterals;

namespace Valuemap {

bool PgStore::copyTo(const QString &path, const PlanStore &plan, QString *error)
{
    return createPlanFile(path, false, planDataOf(plan, m_plan.name), error);
}

QString PgStore::dump()
{
    PlanData data;
    QString error;
    qint64 revision = 0;
    if (!ServerPlans::read(*m_connection, m_plan, &data, &error, &revision))
        return error;
    QString out = u"plan=%1 revision=%2\n"_s.arg(m_plan.name).arg(revision);
    const auto line = [&out](const Row &row) {
        QStringList values;
        for (const QVariant &v : row)
            values.append(v.isNull() ? u"NULL"_s : v.toString());
        out += values.join(u'|') + u'\n';
    };
    // Table by table, each in id order (as ServerPlans::read gives them).
    for (int t = 0; t < TableCount; ++t) {
        const auto table = static_cast<Table>(t);
        out += u"[%1]\n"_s.arg(QString(tableSpec(table).name));
        if (table == Table::Product)
            line(data.product);
        for (const PlanRow &r : std::as_const(data.rows)) {
            if (r.table == table)
                line(r.row);
        }
    }
    return out;
}

QStringList PgStore::problems()
{
    // The server's constraints hold every row; what can be wrong is what it cannot check: the
    // values an editor wrote by hand that Valuemap does not accept.
    PlanData data;
    QString error;
    ServerPlans::Refused refused;
    if (!ServerPlans::read(*m_connection, m_plan, &data, &error, nullptr, &refused))
        return { error };
    if (refused.rows.size() > refused.problems.size())
        refused.problems.append(tr("… and %n more row(s) with values Valuemap does not accept", nullptr,
                                   int(refused.rows.size() - refused.problems.size())));
    return refused.problems;
}

} // namespace Valuemap
