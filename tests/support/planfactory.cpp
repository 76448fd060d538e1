#include "planfactory.h"

#include "io/plandata.h"
#include "storage/document.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Valuemap::Test {

namespace {

QVariant integer(qint64 value)
{
    return QVariant::fromValue<qint64>(value);
}

// Rows of one table with ids counting from 1; each value given by column.
class Rows
{
public:
    explicit Rows(PlanData &data) : m_data(data) { }
    Row &add(Table table)
    {
        m_data.rows.append({ table, emptyRow(table, ++m_next[int(table)]) });
        return m_data.rows.last().row;
    }

private:
    PlanData &m_data;
    std::array<qint64, TableCount> m_next {};
};

} // namespace

QString makeGeneratedPlan(const QTemporaryDir &dir, int stories, const QString &name)
{
    const int steps = std::max(2, stories / 50);
    const int activities = std::max(2, stories / 250);
    PlanData data;
    data.product = emptyRow(Table::Product, 1);
    data.product[ProductCol::Name] = u"Générateur \"Plan\"; test, 1"_s;
    data.product[ProductCol::Owner] = u"Zoë O'Brien"_s;
    data.product[ProductCol::Version] = u"2.0"_s;
    data.product[ProductCol::VisionDate] = u"2026-03-01"_s;
    data.product[ProductCol::Client] = u"Ünïcode GmbH"_s;
    data.product[ProductCol::Language] = u"de"_s;
    Rows rows(data);
    for (int n = 1; n <= 7; ++n) {
        Row &r = rows.add(Table::VisionNote);
        r[VisionNoteCol::Area] = integer(n - 1);
        r[VisionNoteCol::Text] = u"Note %1: \"quoted\"; line one\nline two — 北京"_s.arg(n);
        r[VisionNoteCol::Color] = u"#fde68a"_s;
        r[VisionNoteCol::Rank] = integer(0);
    }
    const QStringList personas = { u"Subscriber"_s, u"Barista, café"_s };
    const QStringList personaTexts = { u"Pays monthly"_s, u"Makes \"coffee\""_s };
    for (int p = 0; p < 2; ++p) {
        Row &r = rows.add(Table::Persona);
        r[PersonaCol::Name] = personas[p];
        r[PersonaCol::Description] = personaTexts[p];
        r[PersonaCol::Color] = p == 0 ? u"#fda4af"_s : QString(u""_s);
        r[PersonaCol::Rank] = integer(p);
    }
    for (int a = 1; a <= activities; ++a) {
        Row &r = rows.add(Table::Activity);
        r[ActivityCol::Title] = u"Activity %1; «journey»"_s.arg(a);
        r[ActivityCol::Description] = u"Why, \"%1\""_s.arg(a);
        r[ActivityCol::Color] = u"#93c5fd"_s;
        r[ActivityCol::Rank] = integer(a - 1);
    }
    QList<int> perActivity(activities, 0);
    for (int s = 1; s <= steps; ++s) {
        const int activity = int(qint64(s - 1) * activities / steps);
        Row &r = rows.add(Table::Step);
        r[StepCol::ActivityId] = integer(activity + 1);
        r[StepCol::Title] = u"Step %1, the \"next\" one"_s.arg(s);
        r[StepCol::Rank] = integer(perActivity[activity]++);
    }
    for (int n = 1; n <= 4; ++n) {
        Row &r = rows.add(Table::Release);
        r[ReleaseCol::Name] = u"Release %1"_s.arg(n);
        r[ReleaseCol::Outcome] = u"Learn whether %1; \"yes\""_s.arg(n);
        r[ReleaseCol::TargetDate] = u"2026-0%1-15"_s.arg(n);
        r[ReleaseCol::Status] = integer(n == 1 ? 2 : 0);
        r[ReleaseCol::Capacity] = n == 2 ? QVariant() : QVariant(12.5);
        r[ReleaseCol::Rank] = integer(n - 1);
    }
    const QStringList tags = { u"frontend"_s, u"Design"_s, u"größe"_s };
    for (int t = 0; t < 3; ++t) {
        Row &r = rows.add(Table::Tag);
        r[TagCol::Name] = tags[t];
        r[TagCol::Color] = t == 1 ? u"#d8b4fe"_s : QString(u""_s);
    }
    {
        Row &g = rows.add(Table::Goal);
        g[GoalCol::Name] = u"Fewer cancellations"_s;
        g[GoalCol::Description] = u"Churn"_s;
        g[GoalCol::Metric] = u"churn"_s;
        g[GoalCol::Unit] = u"%"_s;
        g[GoalCol::Baseline] = 7.25;
        g[GoalCol::Target] = 4.1;
        g[GoalCol::TargetDate] = u"2026-12-31"_s;
        g[GoalCol::Direction] = integer(1);
        g[GoalCol::Rank] = integer(0);
        Row &h = rows.add(Table::Goal);
        h[GoalCol::Name] = u"More orders, faster"_s;
        h[GoalCol::Metric] = u"orders"_s;
        h[GoalCol::Unit] = u"n"_s;
        h[GoalCol::Target] = 1000.0;
        h[GoalCol::Direction] = integer(0);
        h[GoalCol::Rank] = integer(1);
    }
    for (const auto &[date, value, note] : { std::tuple { u"2026-01-01"_s, 7.25, u"start"_s },
                                             std::tuple { u"2026-02-01"_s, 6.9, QString(u""_s) } }) {
        Row &m = rows.add(Table::Measurement);
        m[MeasurementCol::GoalId] = integer(1);
        m[MeasurementCol::Date] = date;
        m[MeasurementCol::Value] = value;
        m[MeasurementCol::Note] = note;
    }
    for (int i = 1; i <= stories; ++i) {
        const int step = (i - 1) % steps + 1;
        const int rank = (i - 1) / steps;
        const int lane = rank * 5 / std::max(1, (stories + steps - 1) / steps);
        Row &r = rows.add(Table::Story);
        r[StoryCol::StepId] = integer(step);
        r[StoryCol::ReleaseId] = lane >= 4 ? QVariant() : integer(lane + 1);
        r[StoryCol::Rank] = integer(rank);
        r[StoryCol::Title] = i % 7 == 0
            ? u"Story %1 with \"quotes\", commas; semicolons — ünïcödé 日本"_s.arg(i)
            : u"As a subscriber I can do thing number %1"_s.arg(i);
        r[StoryCol::Description] = u"Line one of %1,\nline \"two\"; end"_s.arg(i);
        r[StoryCol::AcceptanceCriteria] = u"Given x\nWhen y, then z"_s;
        r[StoryCol::Estimate] = i % 5 == 0 ? QVariant() : QVariant((i % 8) + 0.5);
        r[StoryCol::BusinessValue] = i % 4 == 0 ? QVariant() : integer(i % 100);
        r[StoryCol::Status] = integer(i % 4);
        r[StoryCol::PersonaId] = i % 3 == 0 ? QVariant() : integer(i % 2 + 1);
        r[StoryCol::Color] = i % 6 == 0 ? u"#fef08a"_s : QString(u""_s);
        r[StoryCol::CreatedAt] = u"2026-01-05T09:00:00.000Z"_s;
        r[StoryCol::UpdatedAt] = u"2026-01-06T10:30:00.123Z"_s;
        r[StoryCol::DoneAt] = i % 4 == 2 ? QVariant(u"2026-02-01T12:00:00.000Z"_s) : QVariant();
    }
    for (int i = 1; i <= stories; ++i) {
        if (i % 2 == 0) {
            Row &r = rows.add(Table::StoryTag);
            r[StoryTagCol::StoryId] = integer(i);
            r[StoryTagCol::TagId] = integer(i % 3 + 1);
        }
        if (i % 3 == 0) {
            Row &r = rows.add(Table::StoryGoal);
            r[StoryGoalCol::StoryId] = integer(i);
            r[StoryGoalCol::GoalId] = integer(i % 2 + 1);
        }
    }
    for (int n = 1; n <= 2; ++n) {
        Row &r = rows.add(Table::ReleaseGoal);
        r[ReleaseGoalCol::ReleaseId] = integer(n);
        r[ReleaseGoalCol::GoalId] = integer(n);
    }
    {
        Row &inc = rows.add(Table::Increment);
        inc[IncrementCol::ReleaseId] = integer(1);
        inc[IncrementCol::Date] = u"2026-02-01"_s;
        inc[IncrementCol::Note] = u"Shipped, \"finally\""_s;
        Row &shipped = rows.add(Table::IncrementStory);
        shipped[IncrementStoryCol::IncrementId] = integer(1);
        shipped[IncrementStoryCol::StoryId] = integer(2);
        Row &f = rows.add(Table::Feedback);
        f[FeedbackCol::IncrementId] = integer(1);
        f[FeedbackCol::Date] = u"2026-02-03"_s;
        f[FeedbackCol::Text] = u"Love it; mostly"_s;
        f[FeedbackCol::Score] = integer(4);
        Row &v = rows.add(Table::Vote);
        v[VoteCol::Title] = u"Top picks"_s;
        v[VoteCol::DotsPerParticipant] = integer(3);
        v[VoteCol::Subject] = integer(0);
        v[VoteCol::State] = integer(1);
        v[VoteCol::CreatedAt] = u"2026-02-04T08:00:00.000Z"_s;
        Row &p = rows.add(Table::VoteParticipant);
        p[VoteParticipantCol::VoteId] = integer(1);
        p[VoteParticipantCol::Name] = u"Ana"_s;
        p[VoteParticipantCol::Rank] = integer(0);
        Row &d = rows.add(Table::VoteDot);
        d[VoteDotCol::VoteId] = integer(1);
        d[VoteDotCol::ParticipantId] = integer(1);
        d[VoteDotCol::StoryId] = integer(1);
    }
    const QString path = dir.filePath(name);
    QString error;
    if (!createPlanFile(path, false, data, &error))
        qFatal("cannot generate a plan: %s", qPrintable(error));
    return path;
}

void fillWidePlan(Document &doc)
{
    const ReleaseId first = doc.addRelease(u"First slice"_s);
    const ReleaseId second = doc.addRelease(u"Second slice"_s);
    for (int a = 0; a < 12; ++a) {
        const ActivityId activity = doc.addActivity(u"Activity %1"_s.arg(a + 1));
        for (int s = 0; s < 5; ++s) {
            const StepId step = doc.addStep(activity, u"Step %1.%2"_s.arg(a + 1).arg(s + 1));
            for (int i = 0; i < 3; ++i) {
                doc.addStory(step, first, u"Story %1.%2.%3"_s.arg(a + 1).arg(s + 1).arg(i + 1));
                doc.addStory(step, second, u"Later %1.%2.%3"_s.arg(a + 1).arg(s + 1).arg(i + 1));
            }
        }
    }
}

QList<StepId> allSteps(const Document &doc)
{
    QList<StepId> steps;
    for (ActivityId a : doc.activities())
        steps += doc.steps(a);
    return steps;
}

QList<StoryId> allStories(const Document &doc)
{
    QList<StoryId> stories;
    for (StepId s : allSteps(doc))
        stories += doc.stories(s);
    return stories;
}

} // namespace Valuemap::Test
