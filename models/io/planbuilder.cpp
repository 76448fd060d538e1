#include "io/planbuilder.h"

#include "domain/text.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Valuemap {

PlanBuilder::PlanBuilder()
    : m_now(isoTimestamp(QDateTime::currentDateTimeUtc()))
{
    m_nextId.fill(1);
}

qint64 PlanBuilder::find(Table table, int column, const QString &name, qint64 parent) const
{
    Q_UNUSED(column);
    return m_names.value(u"%1/%2/%3"_s.arg(int(table)).arg(parent).arg(name.toCaseFolded()), 0);
}

qint64 PlanBuilder::add(Table table, Row row, qint64 parent)
{
    const qint64 id = m_nextId[size_t(table)]++;
    row[0] = QVariant::fromValue<qint64>(id);
    const TableSpec &spec = tableSpec(table);
    if (isRanked(table))
        row[spec.sortColumn]
            = QVariant::fromValue<qint64>(m_counts[qMakePair(int(table), parent)]++);
    m_data.rows.append({ table, std::move(row), m_origin });
    return id;
}

qint64 PlanBuilder::activity(const QString &title, const QString &color, bool alwaysNew)
{
    const QString clean = cleanedText(title, true);
    if (!alwaysNew) {
        if (const qint64 id = find(Table::Activity, ActivityCol::Title, clean))
            return id;
    }
    Row row = emptyRow(Table::Activity, 0);
    row[ActivityCol::Title] = clean;
    row[ActivityCol::Color] = color;
    const qint64 id = add(Table::Activity, row, 0);
    m_names.insert(u"%1/0/%2"_s.arg(int(Table::Activity)).arg(clean.toCaseFolded()), id);
    return id;
}

qint64 PlanBuilder::step(qint64 activity, const QString &title, bool alwaysNew)
{
    const QString clean = cleanedText(title, true);
    if (!alwaysNew) {
        if (const qint64 id = find(Table::Step, StepCol::Title, clean, activity))
            return id;
    }
    Row row = emptyRow(Table::Step, 0);
    row[StepCol::ActivityId] = QVariant::fromValue<qint64>(activity);
    row[StepCol::Title] = clean;
    const qint64 id = add(Table::Step, row, activity);
    m_names.insert(u"%1/%2/%3"_s.arg(int(Table::Step)).arg(activity).arg(clean.toCaseFolded()), id);
    return id;
}

qint64 PlanBuilder::release(const QString &name)
{
    const QString clean = trimmedSpaces(cleanedText(name, true));
    if (clean.isEmpty())
        return 0;
    if (const qint64 id = find(Table::Release, ReleaseCol::Name, clean))
        return id;
    Row row = emptyRow(Table::Release, 0);
    row[ReleaseCol::Name] = clean;
    const qint64 id = add(Table::Release, row, 0);
    m_names.insert(u"%1/0/%2"_s.arg(int(Table::Release)).arg(clean.toCaseFolded()), id);
    return id;
}

qint64 PlanBuilder::persona(const QString &name, const QString &color)
{
    const QString clean = trimmedSpaces(cleanedText(name, true));
    if (clean.isEmpty())
        return 0;
    if (const qint64 id = find(Table::Persona, PersonaCol::Name, clean))
        return id;
    Row row = emptyRow(Table::Persona, 0);
    row[PersonaCol::Name] = clean;
    row[PersonaCol::Color] = color;
    const qint64 id = add(Table::Persona, row, 0);
    m_names.insert(u"%1/0/%2"_s.arg(int(Table::Persona)).arg(clean.toCaseFolded()), id);
    return id;
}

qint64 PlanBuilder::tag(const QString &name, const QString &color)
{
    const QString clean = trimmedSpaces(cleanedText(name, true));
    if (clean.isEmpty())
        return 0;
    if (const qint64 id = find(Table::Tag, TagCol::Name, clean))
        return id;
    Row row = emptyRow(Table::Tag, 0);
    row[TagCol::Name] = clean;
    row[TagCol::Color] = color;
    const qint64 id = add(Table::Tag, row, 0);
    m_names.insert(u"%1/0/%2"_s.arg(int(Table::Tag)).arg(clean.toCaseFolded()), id);
    return id;
}

qint64 PlanBuilder::goal(const QString &name)
{
    const QString clean = trimmedSpaces(cleanedText(name, true));
    if (clean.isEmpty())
        return 0;
    if (const qint64 id = find(Table::Goal, GoalCol::Name, clean))
        return id;
    Row row = emptyRow(Table::Goal, 0);
    row[GoalCol::Name] = clean;
    const qint64 id = add(Table::Goal, row, 0);
    m_names.insert(u"%1/0/%2"_s.arg(int(Table::Goal)).arg(clean.toCaseFolded()), id);
    return id;
}

Row PlanBuilder::storyRow() const
{
    Row row = emptyRow(Table::Story, 0);
    row[StoryCol::CreatedAt] = m_now;
    row[StoryCol::UpdatedAt] = m_now;
    return row;
}

qint64 PlanBuilder::story(qint64 step, qint64 release, Row fields)
{
    fields[StoryCol::StepId] = QVariant::fromValue<qint64>(step);
    fields[StoryCol::ReleaseId] = release > 0 ? QVariant::fromValue<qint64>(release) : QVariant();
    return add(Table::Story, std::move(fields), step);
}

void PlanBuilder::linkTag(qint64 story, qint64 tag)
{
    if (story <= 0 || tag <= 0)
        return;
    const QString key = u"st/%1/%2"_s.arg(story).arg(tag);
    if (m_names.contains(key))
        return;
    m_names.insert(key, 1);
    Row row = emptyRow(Table::StoryTag, 0);
    row[StoryTagCol::StoryId] = QVariant::fromValue<qint64>(story);
    row[StoryTagCol::TagId] = QVariant::fromValue<qint64>(tag);
    add(Table::StoryTag, row, 0);
}

void PlanBuilder::linkGoal(qint64 story, qint64 goal)
{
    if (story <= 0 || goal <= 0)
        return;
    const QString key = u"sg/%1/%2"_s.arg(story).arg(goal);
    if (m_names.contains(key))
        return;
    m_names.insert(key, 1);
    Row row = emptyRow(Table::StoryGoal, 0);
    row[StoryGoalCol::StoryId] = QVariant::fromValue<qint64>(story);
    row[StoryGoalCol::GoalId] = QVariant::fromValue<qint64>(goal);
    add(Table::StoryGoal, row, 0);
}

PlanData PlanBuilder::take()
{
    // Parents before children: the order rebasedOnto() needs to map references.
    std::stable_sort(m_data.rows.begin(), m_data.rows.end(),
        [](const PlanRow &a, const PlanRow &b) { return int(a.table) < int(b.table); });
    return std::move(m_data);
}

} // namespace Valuemap
