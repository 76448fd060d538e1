// The learning loop's figures as data: how often increments ship (per week and month, with
// medians, empty periods counted), what each increment did to the goals it served, and how many
// days each customer feedback waited for the delivery of the story made from it.
#include "charts/chartfactory.h"
#include "charts/learningloop.h"
#include "storage/document.h"
#include "testsupport.h"

#include <QBarSet>
#include <QBarSeries>
#include <QChart>
#include <QImage>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

} // namespace

class TestLearningLoop : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    GoalId m_goal;
    GoalId m_quiet;

private slots:
    void initTestCase()
    {
        Test::useFixedLocale();
        QString error;
        m_doc = Document::create(m_dir.filePath(u"loop.valuemap"_s), &error);
        QVERIFY2(m_doc, qPrintable(error));
        Document &doc = *m_doc;
        const StepId s = doc.addStep(doc.addActivity(u"Buy"_s), u"Choose"_s);
        const ReleaseId r1 = doc.addRelease(u"R1"_s);
        const ReleaseId r2 = doc.addRelease(u"R2"_s);
        const ReleaseId r3 = doc.addRelease(u"R3"_s);
        const StoryId one = doc.addStory(s, r1, u"One"_s);
        const StoryId two = doc.addStory(s, r2, u"Two"_s);
        const StoryId three = doc.addStory(s, r3, u"Three"_s);
        m_goal = doc.addGoal(u"Conversion"_s);
        QVERIFY(doc.setGoalField(m_goal, GoalField::Baseline, 4));
        m_quiet = doc.addGoal(u"Quiet"_s);
        QVERIFY(doc.linkReleaseGoal(r1, m_goal, true));
        QVERIFY(doc.linkStoryGoal(three, m_goal, true));
        // Measured: 5 before R1 … R1 ships 2026-01-07 (Wednesday) … 6, 7 … R2 (serves nothing)
        // 2026-01-08 … R3 ships 2026-02-18 … nothing measured since.
        QVERIFY(doc.addMeasurement(m_goal, d(2026, 1, 5), 5.0).isValid());
        QVERIFY(doc.addMeasurement(m_goal, d(2026, 1, 20), 6.0).isValid());
        QVERIFY(doc.addMeasurement(m_goal, d(2026, 2, 1), 7.0).isValid());
        QVERIFY(doc.deliverRelease(r1, d(2026, 1, 7), { one }, {}, {}).isValid());
        QVERIFY(doc.deliverRelease(r2, d(2026, 1, 8), { two }, {}, {}).isValid());
        QVERIFY(doc.deliverRelease(r3, d(2026, 2, 18), { three }, {}, {}).isValid());
    }

    void medians_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("expected");
        QTest::newRow("one") << QList<double> { 3 } << 3.0;
        QTest::newRow("odd") << QList<double> { 9, 1, 4 } << 4.0;
        QTest::newRow("even") << QList<double> { 1, 10, 2, 3 } << 2.5;
    }

    void medians()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, expected);
        QCOMPARE(median(values), expected);
        QVERIFY(!median({}));
    }

    void deliveryFrequencyCountsEveryWeekAndMonth()
    {
        const DeliveryFrequency f = deliveryFrequency(*m_doc);
        // Weeks from Monday 2026-01-05 to Monday 2026-02-16: 7 weeks, two increments in the
        // first, one in the last.
        QCOMPARE(f.perWeek.size(), 7);
        QCOMPARE(f.perWeek.first().date, d(2026, 1, 5));
        QCOMPARE(f.perWeek.first().value, 2.0);
        QCOMPARE(f.perWeek.last().date, d(2026, 2, 16));
        QCOMPARE(f.perWeek.last().value, 1.0);
        QCOMPARE(f.medianPerWeek, 0.0);
        QCOMPARE(f.perMonth.size(), 2);
        QCOMPARE(f.perMonth.at(0), (DatedValue { d(2026, 1, 1), 2.0, {} }));
        QCOMPARE(f.perMonth.at(1), (DatedValue { d(2026, 2, 1), 1.0, {} }));
        QCOMPARE(f.medianPerMonth, 1.5);
    }

    void valuePerIncrementShowsEachChange()
    {
        const QList<GoalEffects> all = valuePerIncrement(*m_doc);
        QCOMPARE(all.size(), 2);
        const GoalEffects &g = all.first();
        QCOMPARE(g.goal, m_goal);
        // R1 (by its release link) and R3 (by its story); R2 served nothing.
        QCOMPARE(g.increments.size(), 2);
        const IncrementEffect &r1 = g.increments.at(0);
        QCOMPARE(r1.label, u"R1"_s);
        QCOMPARE(r1.before, 5.0);
        QCOMPARE(r1.after, 7.0); // the last before R3
        QCOMPARE(r1.change, 2.0);
        const IncrementEffect &r3 = g.increments.at(1);
        QCOMPARE(r3.label, u"R3"_s);
        QCOMPARE(r3.before, 7.0);
        QVERIFY(!r3.after && !r3.change); // nothing measured since: no change to show yet
        QVERIFY(all.last().increments.isEmpty()); // the quiet goal
    }

    void chartsDrawTheFigures()
    {
        QString empty;
        std::unique_ptr<QChart> frequency(ChartFactory::create(*m_doc, { ChartKind::DeliveryFrequency, {}, ScopeUnit::Stories }, &empty));
        QVERIFY2(frequency, qPrintable(empty));
        QVERIFY(frequency->title().contains(u"median 0 a week, 1.5 a month"_s));
        std::unique_ptr<QChart> value(ChartFactory::create(*m_doc, { ChartKind::ValuePerIncrement, {}, ScopeUnit::Stories }, &empty));
        QVERIFY2(value, qPrintable(empty));
        auto *bars = qobject_cast<QBarSeries *>(value->series().constFirst());
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 1); // the quiet goal has nothing to show
        QCOMPARE(bars->barSets().first()->at(0), 2.0); // R1 moved the metric from 5 to 7
        ChartRequest request;
        QVERIFY(ChartFactory::parseName(*m_doc, u"frequency"_s, &request, &empty));
        QCOMPARE(request.kind, ChartKind::DeliveryFrequency);
        QVERIFY(ChartFactory::parseName(*m_doc, u"increments"_s, &request, &empty));
        QCOMPARE(request.kind, ChartKind::ValuePerIncrement);
    }

    void anEmptyPlanSaysWhatIsMissing()
    {
        QTemporaryDir dir;
        QString error;
        const auto doc = Document::create(dir.filePath(u"empty.valuemap"_s), &error);
        QString empty;
        QVERIFY(!ChartFactory::create(*doc, { ChartKind::DeliveryFrequency, {}, ScopeUnit::Stories }, &empty));
        QVERIFY2(empty.contains(u"valuemap record increment"_s), qPrintable(empty));
        QVERIFY(!ChartFactory::create(*doc, { ChartKind::ValuePerIncrement, {}, ScopeUnit::Stories }, &empty));
        QVERIFY2(empty.contains(u"no customer goals"_s), qPrintable(empty));
        QVERIFY(!ChartFactory::create(*doc, { ChartKind::FeedbackResponse, {}, ScopeUnit::Stories }, &empty));
        QVERIFY2(empty.contains(u"No customer feedback"_s), qPrintable(empty));
        QVERIFY(feedbackResponses(*doc).feedback.isEmpty());
    }

    // Feedback given in January is answered in 10 and 20 days (median 15), in February in 5;
    // one later feedback has a story not delivered yet, one no story at all: both open, their
    // days counted to today.
    void feedbackResponseCountsDaysToDelivery()
    {
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(u"respond.valuemap"_s);
        auto doc = Document::create(path, &error);
        QVERIFY2(doc, qPrintable(error));
        const StepId step = doc->addStep(doc->addActivity(u"Buy"_s), u"Choose"_s);
        const ReleaseId r0 = doc->addRelease(u"R0"_s);
        const StoryId first = doc->addStory(step, r0, u"First"_s);
        const IncrementId shipped = doc->deliverRelease(r0, d(2026, 1, 2), { first }, {}, {});
        QVERIFY(shipped.isValid());
        const auto made = [&](const QDate &given, const QString &text) {
            const FeedbackId f = doc->addFeedback(shipped, StoryId(), given, text);
            const StoryId s = doc->storyFromFeedback(f, step, text, {});
            return std::pair { f, s };
        };
        const auto [fa, sa] = made(d(2026, 1, 10), u"Pay by invoice"_s);
        const auto [fb, sb] = made(d(2026, 1, 12), u"Gift cards"_s);
        const auto [fc, sc] = made(d(2026, 2, 3), u"Faster search"_s);
        const auto [fd, sd] = made(d(2026, 2, 10), u"Dark mode"_s);
        const FeedbackId fe = doc->addFeedback(shipped, StoryId(), d(2026, 3, 1), u"Too slow"_s);
        QVERIFY(sa.isValid() && sb.isValid() && sc.isValid() && sd.isValid() && fe.isValid());
        // The story names the feedback it was made from, and keeps the link in the file.
        QCOMPARE(doc->story(sa).feedbackId, fa);
        QCOMPARE(doc->store().value(Table::Story, sd.value, StoryCol::FeedbackId).toLongLong(), fd.value);
        const ReleaseId r1 = doc->addRelease(u"R1"_s);
        const ReleaseId r2 = doc->addRelease(u"R2"_s);
        const ReleaseId r3 = doc->addRelease(u"R3"_s);
        QVERIFY(doc->moveStories({ sa }, step, r1, -1));
        QVERIFY(doc->moveStories({ sb }, step, r2, -1));
        QVERIFY(doc->moveStories({ sc }, step, r3, -1));
        QVERIFY(doc->deliverRelease(r1, d(2026, 1, 20), { sa }, {}, {}).isValid());
        QVERIFY(doc->deliverRelease(r2, d(2026, 2, 1), { sb }, {}, {}).isValid());
        QVERIFY(doc->deliverRelease(r3, d(2026, 2, 8), { sc }, {}, {}).isValid());

        const FeedbackResponses data = feedbackResponses(*doc, d(2026, 3, 5));
        QCOMPARE(data.feedback.size(), 5);
        QList<int> days;
        QList<bool> open;
        for (const FeedbackResponse &r : data.feedback) {
            days.append(r.days);
            open.append(r.isOpen());
        }
        QCOMPARE(days, (QList<int> { 10, 20, 5, 23, 4 }));
        QCOMPARE(open, (QList<bool> { false, false, false, true, true }));
        const FeedbackResponse &a = data.feedback.at(0);
        QCOMPARE(a.feedback, fa);
        QCOMPARE(a.story, sa);
        QCOMPARE(a.given, d(2026, 1, 10));
        QCOMPARE(a.delivered, d(2026, 1, 20));
        QCOMPARE(a.storyLabel, doc->storyKey(sa) + u" Pay by invoice"_s);
        QCOMPARE(data.feedback.at(3).story, sd); // made, not delivered
        QVERIFY(!data.feedback.at(4).story.isValid()); // no story yet
        QCOMPARE(data.medianPerMonth,
                 (QList<DatedValue> { { d(2026, 1, 1), 15.0, {} }, { d(2026, 2, 1), 5.0, {} } }));
        QCOMPARE(data.medianDays, 10.0);
        QCOMPARE(data.openCount, 2);

        // The chart: answered and open feedback as two kinds of marker, the title with the median.
        QString empty;
        ChartRequest request;
        QVERIFY(ChartFactory::parseName(*doc, u"feedback"_s, &request, &empty));
        QCOMPARE(request.kind, ChartKind::FeedbackResponse);
        std::unique_ptr<QChart> chart(ChartFactory::create(*doc, request, &empty));
        QVERIFY2(chart, qPrintable(empty));
        // (Plural forms come from the English translation, which the test does not load.)
        QVERIFY2(chart->title().startsWith(u"Time to respond to feedback (median 10 day"_s)
                     && chart->title().endsWith(u", 2 still open"_s),
                 qPrintable(chart->title()));
        QList<int> points;
        for (QAbstractSeries *series : chart->series()) {
            if (auto *scatter = qobject_cast<QScatterSeries *>(series))
                points.append(int(scatter->count()));
        }
        QCOMPARE(points, (QList<int> { 3, 2 }));

        // Deleting the feedback keeps the story and drops the link; undo brings it back.
        QVERIFY(doc->deleteFeedback(fd));
        QVERIFY(doc->story(sd).id.isValid());
        QVERIFY(!doc->story(sd).feedbackId.isValid());
        QVERIFY(doc->undo());
        QCOMPARE(doc->story(sd).feedbackId, fd);
        // The link is in the file: the plan opened again shows it.
        doc.reset();
        doc = Document::open(path, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->story(sa).feedbackId, fa);
        doc.reset();

        // The command line draws it.
        const QString png = dir.filePath(u"feedback.png"_s);
        const Test::ProcessRun run = Test::runProgram(QStringLiteral(VALUEMAP_EXECUTABLE),
            { u"export"_s, u"chart"_s, u"feedback"_s, path, u"-o"_s, png }, Test::Display::Headless);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QImage(png).size(), QSize(2400, 1500));
    }

    // A pipeline's version names the increment; a measurement after it shows its effect.
    void recordedIncrementsAreLabelledByVersion()
    {
        RecordRequest inc;
        inc.kind = RecordKind::Increment;
        inc.eventId = u"deploy-9"_s;
        inc.release = u"R3"_s;
        inc.version = u"3.1.0"_s;
        inc.date = u"2026-03-02"_s;
        const QList<StoryId> stories = m_doc->stories(m_doc->steps(m_doc->activities().first()).first());
        inc.stories = { m_doc->storyKey(stories.last()) }; // "Three", which serves the goal
        QCOMPARE(m_doc->record(inc).status, RecordResult::Created);
        RecordRequest m;
        m.kind = RecordKind::Measurement;
        m.eventId = u"metrics-9"_s;
        m.goal = u"conversion"_s;
        m.value = u"6.5"_s;
        m.date = u"2026-03-09"_s;
        QCOMPARE(m_doc->record(m).status, RecordResult::Created);
        const IncrementEffect last = valuePerIncrement(*m_doc).first().increments.last();
        QCOMPARE(last.label, u"3.1.0"_s);
        QCOMPARE(last.before, 7.0);
        QCOMPARE(last.change, -0.5);
        QVERIFY(m_doc->undo());
        QVERIFY(m_doc->undo());
    }
};

QTEST_MAIN(TestLearningLoop)
#include "tst_learningloop.moc"
