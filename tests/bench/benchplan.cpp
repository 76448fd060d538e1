#include "benchplan.h"

#include "io/plandata.h"
#include "storage/schema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Valuemap::Bench {

namespace {

// Bump when the generated rows change, so that cached plan files are made anew.
constexpr int GeneratorVersion = 3;
constexpr int RowsPerInsert = 200;

const QStringList personas { u"Subscriber"_s, u"Barista"_s, u"Shop owner"_s, u"Roaster"_s,
                             u"Support agent"_s };
const QStringList verbs { u"pause"_s, u"change"_s, u"see"_s, u"export"_s, u"share"_s, u"rate"_s,
                          u"reorder"_s, u"gift"_s, u"cancel"_s, u"schedule"_s, u"compare"_s,
                          u"track"_s };
const QStringList objects { u"my next delivery"_s, u"the grind size of a subscription"_s,
                            u"the roast profile of this month's beans"_s, u"an invoice as PDF"_s,
                            u"a referral link with a friend"_s, u"the last three orders"_s,
                            u"a gift card for a colleague"_s, u"the delivery address for one box"_s,
                            u"the tasting notes of each coffee"_s, u"the loyalty points I earned"_s };
const QStringList reasons { u"so that I do not run out while travelling"_s,
                            u"without calling support"_s, u"so that my coffee tastes the way I like"_s,
                            u"and get a confirmation by e-mail"_s, u"before the box is packed"_s,
                            u"on my phone"_s };
const QStringList tags { u"frontend"_s, u"backend"_s, u"payments"_s, u"mobile"_s, u"design"_s,
                         u"legal"_s, u"performance"_s, u"onboarding"_s, u"email"_s, u"search"_s,
                         u"analytics"_s, u"support"_s };
const QStringList colours { u""_s, u""_s, u""_s, u"#fef08a"_s, u"#bbf7d0"_s, u"#bfdbfe"_s };

QString quoted(const QString &text)
{
    QString q = text;
    q.replace(u'\'', u"''"_s);
    return u'\'' + q + u'\'';
}

// Collects VALUES tuples and emits one multi-row INSERT per RowsPerInsert rows.
class Inserter
{
public:
    Inserter(QStringList &sql, QString head) : m_sql(sql), m_head(std::move(head)) { }
    ~Inserter() { flush(); }
    void add(const QString &tuple)
    {
        m_tuples.append(tuple);
        if (m_tuples.size() == RowsPerInsert)
            flush();
    }

private:
    void flush()
    {
        if (!m_tuples.isEmpty())
            m_sql.append(m_head + u" VALUES "_s + m_tuples.join(u", "_s));
        m_tuples.clear();
    }
    QStringList &m_sql;
    QString m_head;
    QStringList m_tuples;
};

} // namespace

QStringList benchPlanSql(int stories, quint32 seed)
{
    QRandomGenerator rng(seed);
    auto pick = [&rng](const QStringList &list) { return list.at(int(rng.bounded(quint32(list.size())))); };
    const int steps = std::max(1, stories / 50);
    const int activities = std::max(1, stories / 250);
    QStringList sql;
    sql << u"UPDATE product SET name = 'Bean Box', owner = 'Mara Lindqvist', version = '3.1', "
           "vision_date = '2026-01-12', client = 'Bean Box GmbH', language = 'en' WHERE id = 1"_s;
    {
        Inserter notes(sql, u"INSERT INTO vision_note (id, area, text, color, rank)"_s);
        int id = 0;
        for (int area = 0; area < 7; ++area) {
            for (int r = 0; r < 3; ++r) {
                ++id;
                notes.add(u"(%1, %2, %3, '#fde68a', %4)"_s.arg(id).arg(area).arg(
                        quoted(u"Note %1: fresh coffee %2 %3"_s.arg(id).arg(pick(objects), pick(reasons)))).arg(r));
            }
        }
    }
    {
        Inserter rows(sql, u"INSERT INTO persona (id, name, description, color, rank)"_s);
        for (int p = 0; p < personas.size(); ++p)
            rows.add(u"(%1, %2, 'Who they are and what they need from us.', '%3', %4)"_s.arg(p + 1).arg(
                    quoted(personas[p]), p % 2 ? u"#fda4af"_s : u"#a5f3fc"_s).arg(p));
    }
    {
        Inserter rows(sql, u"INSERT INTO tag (id, name, color)"_s);
        for (int t = 0; t < tags.size(); ++t)
            rows.add(u"(%1, %2, '%3')"_s.arg(t + 1).arg(quoted(tags[t]), t % 3 ? QString() : u"#d8b4fe"_s));
    }
    sql << u"INSERT INTO goal (id, name, description, metric, unit, baseline, target, target_date, direction, rank) VALUES "
           "(1, 'Fewer cancellations', 'Subscribers stay because the coffee fits them.', 'Monthly churn', '%', 7.5, 4, '2026-12-31', 1, 0), "
           "(2, 'More repeat orders', 'One-off buyers come back.', 'Repeat orders per week', 'orders', 120, 300, '2026-10-01', 0, 1), "
           "(3, 'Faster support', 'Answers within the hour.', 'Median answer time', 'min', 95, 30, NULL, 1, 2)"_s;
    {
        Inserter rows(sql, u"INSERT INTO measurement (id, goal_id, date, value, note)"_s);
        int id = 0;
        for (int g = 1; g <= 3; ++g) {
            for (int m = 0; m < 24; ++m)
                rows.add(u"(%1, %2, '%3', %4, '%5')"_s.arg(++id).arg(g).arg(
                        QDate(2025, 1, 6).addDays(14 * m).toString(Qt::ISODate)).arg(
                        50 + int(rng.bounded(100))).arg(m % 6 == 0 ? u"after a newsletter"_s : QString()));
        }
    }
    {
        Inserter rows(sql, u"INSERT INTO activity (id, title, description, color, rank)"_s);
        for (int a = 1; a <= activities; ++a)
            rows.add(u"(%1, %2, 'Why this part of the journey matters.', '', %3)"_s.arg(a).arg(
                    quoted(u"Activity %1: %2"_s.arg(a).arg(pick(verbs) + u' ' + pick(objects)))).arg(a - 1));
    }
    {
        Inserter rows(sql, u"INSERT INTO step (id, activity_id, title, description, rank)"_s);
        QList<int> perActivity(activities, 0);
        for (int s = 1; s <= steps; ++s) {
            const int activity = int(qint64(s - 1) * activities / steps);
            rows.add(u"(%1, %2, %3, '', %4)"_s.arg(s).arg(activity + 1).arg(
                    quoted(u"%1 %2"_s.arg(pick(verbs), pick(objects)))).arg(perActivity[activity]++));
        }
    }
    sql << u"INSERT INTO \"release\" (id, name, outcome, target_date, status, capacity, rank) VALUES "
           "(1, 'Walking skeleton', 'Subscribers can order and pause without help.', '2026-02-15', 2, NULL, 0), "
           "(2, 'Keep them', 'Learn whether pausing instead of cancelling keeps subscribers.', '2026-04-30', 1, NULL, 1), "
           "(3, 'Grow', 'Referrals bring one new subscriber in ten.', '2026-07-31', 0, NULL, 2), "
           "(4, 'Later', '', NULL, 0, NULL, 3)"_s;
    sql << u"INSERT INTO release_goal (id, release_id, goal_id) VALUES (1, 1, 1), (2, 2, 1), (3, 3, 2)"_s;
    QList<int> delivered;
    {
        Inserter rows(sql, u"INSERT INTO story (id, step_id, release_id, rank, title, description, "
                           "acceptance_criteria, estimate, business_value, status, persona_id, color, "
                           "created_at, updated_at, done_at, key_number)"_s);
        const int perStep = (stories + steps - 1) / steps;
        for (int i = 1; i <= stories; ++i) {
            const int step = (i - 1) % steps + 1;
            const int rank = (i - 1) / steps;
            // Spread over the four slices and Unplanned by rank, so every cell has cards.
            const int lane = rank * 5 / std::max(1, perStep);
            const int persona = int(rng.bounded(quint32(personas.size() + 2))); // some have none
            const QString title = u"As a %1 I can %2 %3 %4"_s.arg(
                    persona < personas.size() ? personas[persona].toLower() : u"visitor"_s,
                    pick(verbs), pick(objects), pick(reasons));
            const QString description = u"Today %1 happens by e-mail and takes two days. %2 should "
                                        "take one click, and %3 must still be possible."_s.arg(
                    pick(objects), pick(objects), pick(objects));
            const QString criteria = u"Given a subscriber with an active box\nWhen they %1 %2\n"
                                     "Then they see a confirmation %3"_s.arg(pick(verbs), pick(objects), pick(reasons));
            const int status = lane == 0 ? 2 : lane == 1 ? int(rng.bounded(3)) : int(rng.bounded(8) == 0 ? 3 : 0);
            if (lane == 0)
                delivered.append(i);
            static const int estimates[] = { 1, 2, 3, 5, 8, 13 };
            rows.add(u"(%1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, '%12', "
                     "'2026-01-05T09:00:00.000Z', '2026-01-20T16:45:10.250Z', %13, %14)"_s
                             .arg(i)
                             .arg(step)
                             .arg(lane >= 4 ? u"NULL"_s : QString::number(lane + 1))
                             .arg(rank)
                             .arg(quoted(title), quoted(description), quoted(criteria))
                             .arg(rng.bounded(6) == 0 ? u"NULL"_s : QString::number(estimates[rng.bounded(6)]))
                             .arg(rng.bounded(4) == 0 ? u"NULL"_s : QString::number(rng.bounded(100)))
                             .arg(status)
                             .arg(persona < personas.size() ? QString::number(persona + 1) : u"NULL"_s)
                             .arg(pick(colours))
                             .arg(status == 2 ? u"'2026-02-10T12:00:00.000Z'"_s : u"NULL"_s)
                             .arg(i)); // story keys (schema 3) are unique
        }
    }
    {
        // One to three tags on most stories, a goal on one in five.
        Inserter storyTags(sql, u"INSERT INTO story_tag (id, story_id, tag_id)"_s);
        Inserter storyGoals(sql, u"INSERT INTO story_goal (id, story_id, goal_id)"_s);
        int tagLink = 0, goalLink = 0;
        for (int i = 1; i <= stories; ++i) {
            const int count = int(rng.bounded(4));
            const int first = int(rng.bounded(quint32(tags.size())));
            for (int t = 0; t < count; ++t)
                storyTags.add(u"(%1, %2, %3)"_s.arg(++tagLink).arg(i).arg((first + t * 5) % tags.size() + 1));
            if (rng.bounded(5) == 0)
                storyGoals.add(u"(%1, %2, %3)"_s.arg(++goalLink).arg(i).arg(rng.bounded(3) + 1));
        }
    }
    sql << u"INSERT INTO increment (id, release_id, date, note) VALUES (1, 1, '2026-02-10', "
           "'The walking skeleton is live for the first 200 subscribers.')"_s;
    {
        Inserter rows(sql, u"INSERT INTO increment_story (id, increment_id, story_id)"_s);
        for (int k = 0; k < delivered.size(); ++k)
            rows.add(u"(%1, 1, %2)"_s.arg(k + 1).arg(delivered[k]));
    }
    sql << u"INSERT INTO feedback (id, increment_id, story_id, date, text, score) VALUES "
           "(1, 1, NULL, '2026-02-12', 'Pausing works, but I could not find it on my phone.', 3), "
           "(2, 1, NULL, '2026-02-14', 'Finally no more e-mails to support to skip a month!', 5)"_s;
    return sql;
}

namespace {

// The generator speaks SQL (compact, fast to write); the rows it makes are read back from a
// scratch database in memory and written to the plan through the same bound-value path as any
// import, with their checksums.
bool planDataFromSql(const QStringList &sql, PlanData *data, QString *error)
{
    const QString name = u"bench-scratch"_s;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(u":memory:"_s);
        ok = db.open();
        QSqlQuery q(db);
        for (const Migration &m : migrations()) {
            for (const QString &statement : m.statements)
                ok = ok && q.exec(statement);
        }
        ok = ok && q.exec(u"INSERT INTO product (id, name, created_at, updated_at) VALUES "
                          "(1, '', '2026-01-05T09:00:00.000Z', '2026-01-20T16:45:10.250Z')"_s);
        for (const QString &statement : sql) {
            if (ok && !q.exec(statement)) {
                *error = q.lastError().text();
                ok = false;
            }
        }
        for (int t = 0; ok && t < TableCount; ++t) {
            const Table table = static_cast<Table>(t);
            const TableSpec &spec = tableSpec(table);
            QStringList names;
            for (const Column &col : spec.columns)
                names.append(u'"' + QString(col.name) + u'"');
            ok = q.exec(u"SELECT %1 FROM \"%2\" ORDER BY id"_s.arg(names.join(u", "_s), QString(spec.name)));
            while (ok && q.next()) {
                Row row;
                for (int i = 0; i < spec.columns.size(); ++i)
                    row.append(normalizedValue(spec.columns[i].type, q.value(i)));
                if (table == Table::Product)
                    data->product = row;
                else
                    data->rows.append({ table, row });
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

QString benchPlanFile(const QString &folder, int stories, QString *error)
{
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(u"plan-%1-v%2.valuemap"_s.arg(stories).arg(GeneratorVersion));
    if (QFileInfo::exists(path))
        return path;
    PlanData data;
    if (!planDataFromSql(benchPlanSql(stories), &data, error) || !createPlanFile(path, false, data, error))
        return {};
    return path;
}

} // namespace Valuemap::Bench
