#include "planfactory.h"

#include "storage/sqlstore.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Valuemap::Test {

QString makeGeneratedPlan(const QTemporaryDir &dir, int stories, const QString &name)
{
    const int steps = std::max(2, stories / 50);
    const int activities = std::max(2, stories / 250);
    QStringList sql;
    sql << u"UPDATE product SET name = 'Générateur \"Plan\"; test, 1', owner = 'Zoë O''Brien', "
           "version = '2.0', vision_date = '2026-03-01', client = 'Ünïcode GmbH', language = 'de' WHERE id = 1"_s;
    for (int n = 1; n <= 7; ++n)
        sql << u"INSERT INTO vision_note (id, area, text, color, rank) VALUES (%1, %2, 'Note %1: \"quoted\"; line one\nline two — 北京', '#fde68a', 0)"_s
                   .arg(n)
                   .arg(n - 1);
    sql << u"INSERT INTO persona (id, name, description, color, rank) VALUES (1, 'Subscriber', 'Pays monthly', '#fda4af', 0)"_s
        << u"INSERT INTO persona (id, name, description, color, rank) VALUES (2, 'Barista, café', 'Makes \"coffee\"', '', 1)"_s;
    for (int a = 1; a <= activities; ++a)
        sql << u"INSERT INTO activity (id, title, description, color, rank) VALUES (%1, 'Activity %1; «journey»', 'Why, \"%1\"', '#93c5fd', %2)"_s
                   .arg(a)
                   .arg(a - 1);
    QList<int> perActivity(activities, 0);
    for (int s = 1; s <= steps; ++s) {
        const int activity = int(qint64(s - 1) * activities / steps);
        sql << u"INSERT INTO step (id, activity_id, title, description, rank) VALUES (%1, %2, 'Step %1, the \"next\" one', '', %3)"_s
                   .arg(s)
                   .arg(activity + 1)
                   .arg(perActivity[activity]++);
    }
    for (int r = 1; r <= 4; ++r)
        sql << u"INSERT INTO \"release\" (id, name, outcome, target_date, status, capacity, rank) VALUES (%1, 'Release %1', 'Learn whether %1; \"yes\"', '2026-0%1-15', %2, %3, %4)"_s
                   .arg(r)
                   .arg(r == 1 ? 2 : 0)
                   .arg(r == 2 ? u"NULL"_s : u"12.5"_s)
                   .arg(r - 1);
    sql << u"INSERT INTO tag (id, name, color) VALUES (1, 'frontend', ''), (2, 'Design', '#d8b4fe'), (3, 'größe', '')"_s;
    sql << u"INSERT INTO goal (id, name, description, metric, unit, baseline, target, target_date, "
           u"direction, rank) VALUES "
           "(1, 'Fewer cancellations', 'Churn', 'churn', '%', 7.25, 4.1, '2026-12-31', 1, 0), "
           "(2, 'More orders, faster', '', 'orders', 'n', NULL, 1000, NULL, 0, 1)"_s;
    sql << u"INSERT INTO measurement (id, goal_id, date, value, note) VALUES (1, 1, '2026-01-01', 7.25, 'start'), (2, 1, '2026-02-01', 6.9, '')"_s;
    for (int i = 1; i <= stories; ++i) {
        const int step = (i - 1) % steps + 1;
        const int rank = (i - 1) / steps;
        const int lane = rank * 5 / std::max(1, (stories + steps - 1) / steps);
        const QString release = lane >= 4 ? u"NULL"_s : QString::number(lane + 1);
        const QString title = i % 7 == 0
            ? u"Story %1 with \"quotes\", commas; semicolons — ünïcödé 日本"_s.arg(i)
            : u"As a subscriber I can do thing number %1"_s.arg(i);
        sql << u"INSERT INTO story (id, step_id, release_id, rank, title, description, "
               u"acceptance_criteria, estimate, business_value, status, persona_id, color, "
               u"created_at, updated_at, done_at) "
               "VALUES (%1, %2, %3, %4, '%5', 'Line one of %1,\nline \"two\"; end', 'Given x\nWhen "
               "y, then z', %6, %7, %8, %9, '%10', "
               "'2026-01-05T09:00:00.000Z', '2026-01-06T10:30:00.123Z', %11)"_s.arg(i)
                   .arg(step)
                   .arg(release)
                   .arg(rank)
                   .arg(title)
                   .arg(i % 5 == 0 ? u"NULL"_s : QString::number((i % 8) + 0.5))
                   .arg(i % 4 == 0 ? u"NULL"_s : QString::number(i % 100))
                   .arg(i % 4)
                   .arg(i % 3 == 0 ? u"NULL"_s : QString::number(i % 2 + 1))
                   .arg(i % 6 == 0 ? u"#fef08a"_s : QString())
                   .arg(i % 4 == 2 ? u"'2026-02-01T12:00:00.000Z'"_s : u"NULL"_s);
        if (i % 2 == 0)
            sql << u"INSERT INTO story_tag (story_id, tag_id) VALUES (%1, %2)"_s.arg(i).arg(
                i % 3 + 1);
        if (i % 3 == 0)
            sql << u"INSERT INTO story_goal (story_id, goal_id) VALUES (%1, %2)"_s.arg(i).arg(
                i % 2 + 1);
    }
    sql << u"INSERT INTO release_goal (release_id, goal_id) VALUES (1, 1), (2, 2)"_s;
    sql << u"INSERT INTO increment (id, release_id, date, note) VALUES (1, 1, '2026-02-01', 'Shipped, \"finally\"')"_s;
    sql << u"INSERT INTO increment_story (increment_id, story_id) VALUES (1, 2)"_s;
    sql << u"INSERT INTO feedback (id, increment_id, story_id, date, text, score) VALUES (1, 1, NULL, '2026-02-03', 'Love it; mostly', 4)"_s;
    sql << u"INSERT INTO vote (id, title, dots_per_participant, subject, state, created_at) VALUES (1, 'Top picks', 3, 0, 1, '2026-02-04T08:00:00.000Z')"_s
        << u"INSERT INTO vote_participant (id, vote_id, name, rank) VALUES (1, 1, 'Ana', 0)"_s
        << u"INSERT INTO vote_dot (id, vote_id, participant_id, story_id, note_id) VALUES (1, 1, 1, 1, NULL)"_s;
    const QString path = dir.filePath(name);
    QString error;
    if (!SqlStore::createFile(path, false, &error, sql))
        qFatal("cannot generate a plan: %s", qPrintable(error));
    return path;
}

} // namespace Valuemap::Test
