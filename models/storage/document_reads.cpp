// Document: typed reads of the in-memory plan.
#include "storage/document.h"

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QDateTime timeOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QColor colorOf(const QVariant &v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QColor() : QColor::fromString(s);
}

std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

std::optional<int> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

template<typename IdType>
QList<IdType> childIds(const PlanStore &store, Table table, qint64 parent)
{
    return typedIds<IdType>(store.children(table, parent));
}

template<typename IdType>
QList<IdType> linkedIds(const PlanStore &store, Table table, int keyColumn, qint64 key,
                        int valueColumn)
{
    QList<IdType> ids;
    for (qint64 link : store.group(table, keyColumn, key))
        ids.append(IdType(store.value(table, link, valueColumn).toLongLong()));
    return ids;
}

} // namespace

Product Document::product() const
{
    Product p;
    const Row *r = m_store.row(Table::Product, 1);
    if (!r)
        return p;
    p.name = r->at(ProductCol::Name).toString();
    p.owner = r->at(ProductCol::Owner).toString();
    p.version = r->at(ProductCol::Version).toString();
    p.visionDate = dateOf(r->at(ProductCol::VisionDate));
    p.client = r->at(ProductCol::Client).toString();
    p.language = r->at(ProductCol::Language).toString();
    p.createdAt = timeOf(r->at(ProductCol::CreatedAt));
    p.updatedAt = timeOf(r->at(ProductCol::UpdatedAt));
    p.keyPrefix = r->at(ProductCol::KeyPrefix).toString();
    p.nextKey = r->at(ProductCol::NextKey).toLongLong();
    return p;
}

QList<VisionNoteId> Document::visionNotes(VisionArea area) const
{
    return childIds<VisionNoteId>(m_store, Table::VisionNote, static_cast<qint64>(area));
}

VisionNote Document::visionNote(VisionNoteId id) const
{
    VisionNote n;
    const Row *r = m_store.row(Table::VisionNote, id.value);
    if (!r)
        return n;
    n.id = id;
    n.area = static_cast<VisionArea>(r->at(VisionNoteCol::Area).toInt());
    n.text = r->at(VisionNoteCol::Text).toString();
    n.color = colorOf(r->at(VisionNoteCol::Color));
    n.rank = r->at(VisionNoteCol::Rank).toInt();
    return n;
}

QList<PersonaId> Document::personas() const
{
    return childIds<PersonaId>(m_store, Table::Persona, 0);
}

Persona Document::persona(PersonaId id) const
{
    Persona p;
    const Row *r = m_store.row(Table::Persona, id.value);
    if (!r)
        return p;
    p.id = id;
    p.name = r->at(PersonaCol::Name).toString();
    p.description = r->at(PersonaCol::Description).toString();
    p.color = colorOf(r->at(PersonaCol::Color));
    p.rank = r->at(PersonaCol::Rank).toInt();
    return p;
}

QList<ActivityId> Document::activities() const
{
    return childIds<ActivityId>(m_store, Table::Activity, 0);
}

Activity Document::activity(ActivityId id) const
{
    Activity a;
    const Row *r = m_store.row(Table::Activity, id.value);
    if (!r)
        return a;
    a.id = id;
    a.title = r->at(ActivityCol::Title).toString();
    a.description = r->at(ActivityCol::Description).toString();
    a.color = colorOf(r->at(ActivityCol::Color));
    a.rank = r->at(ActivityCol::Rank).toInt();
    return a;
}

QList<StepId> Document::steps(ActivityId activity) const
{
    return childIds<StepId>(m_store, Table::Step, activity.value);
}

Step Document::step(StepId id) const
{
    Step s;
    const Row *r = m_store.row(Table::Step, id.value);
    if (!r)
        return s;
    s.id = id;
    s.activityId = ActivityId(r->at(StepCol::ActivityId).toLongLong());
    s.title = r->at(StepCol::Title).toString();
    s.description = r->at(StepCol::Description).toString();
    s.rank = r->at(StepCol::Rank).toInt();
    return s;
}

QList<StoryId> Document::stories(StepId step) const
{
    return childIds<StoryId>(m_store, Table::Story, step.value);
}

QList<StoryId> Document::storiesInRelease(ReleaseId release) const
{
    // A NULL release_id groups under 0, which no row id takes: the unplanned stories.
    return typedIds<StoryId>(m_store.group(Table::Story, StoryCol::ReleaseId, release.value));
}

Story Document::story(StoryId id) const
{
    Story s;
    const Row *r = m_store.row(Table::Story, id.value);
    if (!r)
        return s;
    s.id = id;
    s.stepId = StepId(r->at(StoryCol::StepId).toLongLong());
    s.releaseId = ReleaseId(r->at(StoryCol::ReleaseId).toLongLong());
    s.rank = r->at(StoryCol::Rank).toInt();
    s.title = r->at(StoryCol::Title).toString();
    s.description = r->at(StoryCol::Description).toString();
    s.acceptanceCriteria = r->at(StoryCol::AcceptanceCriteria).toString();
    s.estimate = optionalDouble(r->at(StoryCol::Estimate));
    s.businessValue = optionalInt(r->at(StoryCol::BusinessValue));
    s.status = static_cast<StoryStatus>(r->at(StoryCol::Status).toInt());
    s.personaId = PersonaId(r->at(StoryCol::PersonaId).toLongLong());
    s.color = colorOf(r->at(StoryCol::Color));
    s.createdAt = timeOf(r->at(StoryCol::CreatedAt));
    s.updatedAt = timeOf(r->at(StoryCol::UpdatedAt));
    s.doneAt = timeOf(r->at(StoryCol::DoneAt));
    s.keyNumber = r->at(StoryCol::KeyNumber).toLongLong();
    s.key = storyKey(id);
    s.feedbackId = FeedbackId(r->at(StoryCol::FeedbackId).toLongLong());
    return s;
}

QList<ReleaseId> Document::releases() const
{
    return childIds<ReleaseId>(m_store, Table::Release, 0);
}

Release Document::release(ReleaseId id) const
{
    Release rel;
    const Row *r = m_store.row(Table::Release, id.value);
    if (!r)
        return rel;
    rel.id = id;
    rel.name = r->at(ReleaseCol::Name).toString();
    rel.outcome = r->at(ReleaseCol::Outcome).toString();
    rel.targetDate = dateOf(r->at(ReleaseCol::TargetDate));
    rel.status = static_cast<ReleaseStatus>(r->at(ReleaseCol::Status).toInt());
    rel.capacity = optionalDouble(r->at(ReleaseCol::Capacity));
    rel.rank = r->at(ReleaseCol::Rank).toInt();
    return rel;
}

QList<TagId> Document::tags() const
{
    return childIds<TagId>(m_store, Table::Tag, 0);
}

Tag Document::tag(TagId id) const
{
    Tag t;
    const Row *r = m_store.row(Table::Tag, id.value);
    if (!r)
        return t;
    t.id = id;
    t.name = r->at(TagCol::Name).toString();
    t.color = colorOf(r->at(TagCol::Color));
    return t;
}

QStringList Document::storyTags(StoryId story) const
{
    QStringList names;
    const auto ids = linkedIds<TagId>(m_store, Table::StoryTag, StoryTagCol::StoryId, story.value,
                                      StoryTagCol::TagId);
    for (TagId id : ids)
        names.append(m_store.value(Table::Tag, id.value, TagCol::Name).toString());
    return names;
}

QList<GoalId> Document::goals() const
{
    return childIds<GoalId>(m_store, Table::Goal, 0);
}

Goal Document::goal(GoalId id) const
{
    Goal g;
    const Row *r = m_store.row(Table::Goal, id.value);
    if (!r)
        return g;
    g.id = id;
    g.name = r->at(GoalCol::Name).toString();
    g.description = r->at(GoalCol::Description).toString();
    g.metric = r->at(GoalCol::Metric).toString();
    g.unit = r->at(GoalCol::Unit).toString();
    g.baseline = optionalDouble(r->at(GoalCol::Baseline));
    g.target = optionalDouble(r->at(GoalCol::Target));
    g.targetDate = dateOf(r->at(GoalCol::TargetDate));
    g.direction = static_cast<GoalDirection>(r->at(GoalCol::Direction).toInt());
    g.rank = r->at(GoalCol::Rank).toInt();
    return g;
}

QList<GoalId> Document::storyGoals(StoryId story) const
{
    return linkedIds<GoalId>(m_store, Table::StoryGoal, StoryGoalCol::StoryId, story.value,
                             StoryGoalCol::GoalId);
}

QList<StoryId> Document::goalStories(GoalId goal) const
{
    return linkedIds<StoryId>(m_store, Table::StoryGoal, StoryGoalCol::GoalId, goal.value,
                              StoryGoalCol::StoryId);
}

QList<GoalId> Document::releaseGoals(ReleaseId release) const
{
    return linkedIds<GoalId>(m_store, Table::ReleaseGoal, ReleaseGoalCol::ReleaseId,
                             release.value, ReleaseGoalCol::GoalId);
}

QList<MeasurementId> Document::measurements(GoalId goal) const
{
    return childIds<MeasurementId>(m_store, Table::Measurement, goal.value);
}

Measurement Document::measurement(MeasurementId id) const
{
    Measurement m;
    const Row *r = m_store.row(Table::Measurement, id.value);
    if (!r)
        return m;
    m.id = id;
    m.goalId = GoalId(r->at(MeasurementCol::GoalId).toLongLong());
    m.date = dateOf(r->at(MeasurementCol::Date));
    m.value = r->at(MeasurementCol::Value).toDouble();
    m.note = r->at(MeasurementCol::Note).toString();
    return m;
}

QList<IncrementId> Document::increments() const
{
    return childIds<IncrementId>(m_store, Table::Increment, 0);
}

Increment Document::increment(IncrementId id) const
{
    Increment inc;
    const Row *r = m_store.row(Table::Increment, id.value);
    if (!r)
        return inc;
    inc.id = id;
    inc.releaseId = ReleaseId(r->at(IncrementCol::ReleaseId).toLongLong());
    inc.date = dateOf(r->at(IncrementCol::Date));
    inc.note = r->at(IncrementCol::Note).toString();
    inc.version = r->at(IncrementCol::Version).toString();
    inc.commit = r->at(IncrementCol::Commit).toString();
    inc.environment = r->at(IncrementCol::Environment).toString();
    return inc;
}

QList<StoryId> Document::incrementStories(IncrementId increment) const
{
    return linkedIds<StoryId>(m_store, Table::IncrementStory, IncrementStoryCol::IncrementId,
                              increment.value, IncrementStoryCol::StoryId);
}

QList<FeedbackId> Document::incrementFeedback(IncrementId increment) const
{
    return childIds<FeedbackId>(m_store, Table::Feedback, increment.value);
}

Feedback Document::feedback(FeedbackId id) const
{
    Feedback f;
    const Row *r = m_store.row(Table::Feedback, id.value);
    if (!r)
        return f;
    f.id = id;
    f.incrementId = IncrementId(r->at(FeedbackCol::IncrementId).toLongLong());
    f.storyId = StoryId(r->at(FeedbackCol::StoryId).toLongLong());
    f.date = dateOf(r->at(FeedbackCol::Date));
    f.text = r->at(FeedbackCol::Text).toString();
    f.score = optionalInt(r->at(FeedbackCol::Score));
    return f;
}

} // namespace Valuemap
