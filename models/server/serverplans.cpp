#include "server/serverplans.h"

#include "domain/text.h"
#include "server/serverconnection.h"
#include "server/serverschema.h"
#include "storage/planstore.h"
#include "storage/rowcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

// Rows per INSERT statement when a plan is published: fewer round trips, bounded statements.
constexpr int PublishBatch = 200;

QList<qint64> idsInOrder(const PlanStore &plan, Table table)
{
    QList<qint64> ids = plan.group(table, -1, 0);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString insertStatement(Table table, qsizetype rows)
{
    const qsizetype columns = tableSpec(table).columns.size();
    const QString one = u'(' + QStringList(columns + 1, u"?"_s).join(u", "_s) + u')';
    return u"INSERT INTO %1 (plan_id, %2) VALUES %3"_s.arg(ServerSchema::tableName(table),
                                                          ServerSchema::columnList(table),
                                                          QStringList(rows, one).join(u", "_s));
}

std::optional<ServerPlanInfo> planFrom(QSqlQuery &q)
{
    ServerPlanInfo info;
    info.id = q.value(0).toLongLong();
    info.name = q.value(1).toString();
    info.level = q.value(2).toString();
    info.createdAt = q.value(3).toDateTime();
    info.revision = q.value(4).toLongLong();
    return info;
}

const QString PlanColumns = u"SELECT p.id, p.name, valuemap.plan_level(p.id), p.created_at, "
                            "p.revision FROM valuemap.plan p"_s;

} // namespace

bool ServerPlans::isLevel(const QString &level)
{
    return level == "viewer"_L1 || level == "editor"_L1 || level == "owner"_L1;
}

std::optional<QList<ServerPlanInfo>> ServerPlans::list(ServerConnection &c, QString *error)
{
    // Row-level security leaves out every plan this role is not a member of.
    auto q = c.run(PlanColumns + u" ORDER BY p.name"_s, {}, error);
    if (!q)
        return std::nullopt;
    QList<ServerPlanInfo> plans;
    while (q->next())
        plans << *planFrom(*q);
    return plans;
}

std::optional<ServerPlanInfo> ServerPlans::find(ServerConnection &c, const QString &name,
                                                QString *error)
{
    auto q = c.run(PlanColumns + u" WHERE p.name = ?"_s, { name }, error, name);
    if (!q)
        return std::nullopt;
    if (!q->next()) {
        *error = tr("There is no plan “%1” on %2 that role “%3” may see. Check the name "
                    "(valuemap server list shows your plans), or ask the plan's owner to add "
                    "you: as a viewer to read it, as an editor to change it or record into it "
                    "(valuemap server members --plan NAME --add %3 editor).")
                     .arg(name, c.serverName(), c.role());
        return std::nullopt;
    }
    return planFrom(*q);
}

std::optional<ServerPlanInfo> ServerPlans::byId(ServerConnection &c, qint64 id, QString *error)
{
    error->clear();
    auto q = c.run(PlanColumns + u" WHERE p.id = ?"_s, { id }, error);
    if (!q || !q->next())
        return std::nullopt;
    return planFrom(*q);
}

std::optional<qint64> ServerPlans::publish(ServerConnection &c, const QString &name,
                                           const PlanStore &plan, QString *error)
{
    if (name.trimmed().isEmpty() || name.size() > 200) {
        *error = tr("A plan on a server needs a name of 1 to 200 characters.");
        return std::nullopt;
    }
    // Every member's list shows the name: it must print as what it is.
    if (name != inertLine(name) || name != name.trimmed()) {
        *error = tr("“%1” cannot name a plan on a server: a name is one line without control "
                    "characters, tabs or direction marks, and does not begin or end with a "
                    "space. Choose another name.")
                         .arg(inertLine(name));
        return std::nullopt;
    }
    // Nothing that the editor would refuse goes to the server.
    for (int t = 0; t < TableCount; ++t) {
        const auto table = static_cast<Table>(t);
        for (qint64 id : idsInOrder(plan, table)) {
            if (const auto p = rowProblem(table, *plan.row(table, id))) {
                *error = tr("The plan cannot be published: %1 %2: %3. Nothing was sent.")
                             .arg(tableLabel(table))
                             .arg(id)
                             .arg(p->message);
                return std::nullopt;
            }
        }
    }
    auto exists = c.run(u"SELECT count(*) FROM valuemap.plan WHERE name = ?"_s, { name }, error);
    if (!exists)
        return std::nullopt;
    if (exists->next() && exists->value(0).toLongLong() > 0) {
        *error = tr("%1 already has a plan named “%2”. Choose another name with --name.")
                     .arg(c.serverName(), name);
        return std::nullopt;
    }
    exists.reset();
    if (!c.begin(error))
        return std::nullopt;
    const auto fail = [&](const QString &message) {
        c.rollback();
        *error = message;
        return std::nullopt;
    };
    QString step;
    auto created = c.run(u"SELECT valuemap.create_plan(?)"_s, { name }, &step, name);
    if (!created || !created->next())
        return fail(step.contains(u"already holds"_s)
                        ? tr("%1 already has a plan named “%2”. Choose another name with --name.")
                              .arg(c.serverName(), name)
                        : step);
    const qint64 planId = created->value(0).toLongLong();
    created.reset();
    const QJsonObject summary { { u"published"_s, true } };
    if (!c.run(u"INSERT INTO valuemap.change_log (plan_id, undo_text, changes) "
               "VALUES (?, ?, CAST(? AS jsonb))"_s,
               { planId, tr("Publish"),
                 QString::fromUtf8(QJsonDocument(QJsonArray { summary }).toJson(QJsonDocument::Compact)) },
               &step, name))
        return fail(step);
    for (int t = 0; t < TableCount; ++t) {
        const auto table = static_cast<Table>(t);
        const QList<qint64> ids = idsInOrder(plan, table);
        for (qsizetype start = 0; start < ids.size(); start += PublishBatch) {
            const qsizetype count = std::min<qsizetype>(PublishBatch, ids.size() - start);
            QVariantList values;
            for (qsizetype i = start; i < start + count; ++i) {
                values << planId;
                values << *plan.row(table, ids[i]);
            }
            if (!c.run(insertStatement(table, count), values, &step, name))
                return fail(step);
        }
    }
    if (!c.commit(error, name))
        return std::nullopt;
    return planId;
}

bool ServerPlans::eachRow(ServerConnection &c, const ServerPlanInfo &plan, Table table,
                          const QString &filter, const QVariantList &values, QString *error,
                          const std::function<void(Row)> &take, Refused *refused)
{
    const TableSpec &spec = tableSpec(table);
    auto q = c.run(u"SELECT %1 FROM %2 WHERE plan_id = ?%3 ORDER BY id"_s.arg(
                           ServerSchema::columnList(table), ServerSchema::tableName(table), filter),
                   QVariantList { plan.id } + values, error, plan.name);
    if (!q)
        return false;
    while (q->next()) {
        Row row(spec.columns.size());
        for (int col = 0; col < spec.columns.size(); ++col)
            row[col] = normalizedValue(spec.columns[col].type, q->value(col));
        if (const auto p = rowProblem(table, row)) {
            if (!refused) {
                *error = tr("Plan “%1” on %2 holds a value Valuemap does not accept (%3 %4: %5). "
                            "Nothing was written. Ask the plan's owner to correct it.")
                                 .arg(plan.name, c.serverName(), tableLabel(table))
                                 .arg(row.value(0).toLongLong())
                                 .arg(p->message);
                return false;
            }
            constexpr int Listed = 20;
            refused->rows.append({ table, row.value(0).toLongLong() });
            if (refused->problems.size() < Listed)
                refused->problems.append(tr("%1 %2: %3").arg(tableLabel(table)).arg(row.value(0).toLongLong()).arg(p->message));
        }
        take(std::move(row));
    }
    return true;
}

bool ServerPlans::read(ServerConnection &c, const ServerPlanInfo &plan, PlanData *data,
                       QString *error, qint64 *revision, Refused *refused)
{
    PlanData result;
    result.productName = plan.name;
    // One snapshot of the whole plan, even while others edit it.
    if (!c.beginSnapshot(error))
        return false;
    if (revision) {
        auto q = c.run(u"SELECT revision FROM valuemap.plan WHERE id = ?"_s, { plan.id }, error,
                       plan.name);
        if (!q)
            return false;
        *revision = q->next() ? q->value(0).toLongLong() : 0;
    }
    for (int t = 0; t < TableCount; ++t) {
        const auto table = static_cast<Table>(t);
        const bool read = eachRow(c, plan, table, QString(), {}, error, [&](Row row) {
            if (table == Table::Product)
                result.product = std::move(row);
            else
                result.rows.append({ table, std::move(row) });
        }, refused);
        if (!read) {
            c.rollback();
            return false;
        }
    }
    c.rollback(); // read only: nothing to keep
    *data = std::move(result);
    return true;
}

std::optional<RowsNow> ServerPlans::rowsNow(ServerConnection &c, const ServerPlanInfo &plan,
                                            const QList<RowKey> &keys, QString *error,
                                            Refused *refused)
{
    QHash<Table, QStringList> ids;
    for (const RowKey &key : keys)
        ids[key.first].append(QString::number(key.second));
    RowsNow rows;
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        // The ids as one bound array value ({1,2,3}), not as SQL text.
        const QString list = u'{' + it.value().join(u',') + u'}';
        const Table table = it.key();
        if (!eachRow(c, plan, table, u" AND id = ANY(CAST(? AS bigint[]))"_s, { list }, error,
                     [&](Row row) { rows.insert({ table, row.value(0).toLongLong() }, std::move(row)); },
                     refused))
            return std::nullopt;
    }
    return rows;
}

std::optional<QList<ServerMember>> ServerPlans::members(ServerConnection &c,
                                                        const ServerPlanInfo &plan, QString *error)
{
    auto q = c.run(u"SELECT role, level FROM valuemap.plan_member WHERE plan_id = ? "
                   "ORDER BY role"_s,
                   { plan.id }, error, plan.name);
    if (!q)
        return std::nullopt;
    QList<ServerMember> result;
    while (q->next())
        result << ServerMember { q->value(0).toString(), q->value(1).toString() };
    return result;
}

bool ServerPlans::setMember(ServerConnection &c, const ServerPlanInfo &plan, const QString &role,
                            const QString &level, QString *error)
{
    if (!isLevel(level)) {
        *error = tr("“%1” is no level: use viewer, editor or owner.").arg(level);
        return false;
    }
    auto known = c.run(u"SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = ?"_s, { role },
                       error, plan.name);
    if (!known)
        return false;
    if (!known->next() || known->value(0).toLongLong() == 0) {
        // The name as PostgreSQL reads it in the advice: quoted, so that "Bob" stays Bob and
        // a name holding SQL stays a name.
        const QString quoted = u'"' + QString(role).replace(u'"', u"\"\""_s) + u'"';
        *error = role == inertLine(role)
            ? tr("%1 has no role “%2”. Check the name, or ask the administrator to create it "
                 "(CREATE ROLE %3 LOGIN).")
                      .arg(c.serverName(), role, quoted)
            : tr("%1 has no role “%2”. Check the name.").arg(c.serverName(), inertLine(role));
        return false;
    }
    known.reset();
    if (!c.begin(error))
        return false;
    if (!c.run(u"INSERT INTO valuemap.plan_member (plan_id, role, level) VALUES (?, ?, ?) "
               "ON CONFLICT (plan_id, role) DO UPDATE SET level = EXCLUDED.level"_s,
               { plan.id, role, level }, error, plan.name)) {
        c.rollback();
        return false;
    }
    return c.commit(error, plan.name);
}

bool ServerPlans::removeMember(ServerConnection &c, const ServerPlanInfo &plan,
                               const QString &role, QString *error)
{
    if (!c.begin(error))
        return false;
    auto q = c.run(u"DELETE FROM valuemap.plan_member WHERE plan_id = ? AND role = ?"_s,
                   { plan.id, role }, error, plan.name);
    if (!q) {
        c.rollback();
        return false;
    }
    const int removed = q->numRowsAffected();
    q.reset();
    if (!c.commit(error, plan.name))
        return false;
    if (removed == 0) {
        // Either no such member, or this role may not remove members (the server hides them).
        *error = plan.level == "owner"_L1
            ? tr("Role “%1” is not a member of plan “%2”: nothing to remove.").arg(role, plan.name)
            : tr("Only an owner of plan “%1” may remove members; role “%2” is a %3.")
                  .arg(plan.name, c.role(), plan.level);
        return false;
    }
    return true;
}

} // namespace Valuemap
