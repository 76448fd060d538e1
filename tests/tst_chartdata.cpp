// The figures behind the charts (models/charts/chartdata.h), from a plan built through the
// Document API with known dates and values, and from the sample plan; plus the charts' empty
// states as the Charts screen words them.
#include "charts/chartdata.h"
#include "charts/chartexport.h"
#include "charts/chartfactory.h"
#include "charts/chartparts.h"
#include "storage/document.h"
#include "testsupport.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <QXYSeries>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

QList<DatedValue> points(const QList<std::pair<QDate, double>> &list)
{
    QList<DatedValue> out;
    for (const auto &[date, value] : list)
        out.append({ date, value, {} });
    return out;
}

QList<std::pair<QDate, double>> plain(const QList<DatedValue> &list)
{
    QList<std::pair<QDate, double>> out;
    for (const DatedValue &p : list)
        out.append({ p.date, p.value });
    return out;
}

} // namespace

class TestChartData : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    GoalId m_goal;
    GoalId m_quiet;
    ReleaseId m_r1;
    ReleaseId m_r2;
    StoryId m_s1, m_s2, m_s3, m_s4;
    QDate m_today;

private slots:
    void initTestCase()
    {
        Test::useFixedLocale();
        QString error;
        m_doc = Document::create(m_dir.filePath(u"plan.valuemap"_s), &error);
        QVERIFY2(m_doc, qPrintable(error));
        Document &doc = *m_doc;
        m_today = QDateTime::currentDateTimeUtc().date();
        const ActivityId a = doc.addActivity(u"Buy"_s);
        const StepId s = doc.addStep(a, u"Choose"_s);
        const StepId t = doc.addStep(a, u"Pay"_s);
        m_r1 = doc.addRelease(u"R1"_s);
        m_r2 = doc.addRelease(u"R2"_s);
        QVERIFY(doc.setReleaseField(m_r1, ReleaseField::TargetDate, d(2026, 3, 31)));
        QVERIFY(doc.setReleaseField(m_r2, ReleaseField::TargetDate, d(2026, 6, 30)));
        m_s1 = doc.addStory(s, m_r1, u"One"_s);
        m_s2 = doc.addStory(t, m_r1, u"Two"_s);
        m_s3 = doc.addStory(s, m_r2, u"Three"_s);
        m_s4 = doc.addStory(t, {}, u"Four"_s);
        QVERIFY(doc.setStoryField(m_s1, StoryField::Estimate, 3));
        QVERIFY(doc.setStoryField(m_s2, StoryField::Estimate, 5));
        QVERIFY(doc.setStoryField(m_s3, StoryField::Estimate, 2));

        m_goal = doc.addGoal(u"Conversion"_s);
        QVERIFY(doc.setGoalField(m_goal, GoalField::Metric, u"Rate"_s));
        QVERIFY(doc.setGoalField(m_goal, GoalField::Unit, u"%"_s));
        QVERIFY(doc.setGoalField(m_goal, GoalField::Baseline, 4));
        QVERIFY(doc.setGoalField(m_goal, GoalField::Target, 10));
        QVERIFY(doc.setGoalField(m_goal, GoalField::TargetDate, d(2026, 9, 30)));
        m_quiet = doc.addGoal(u"Quiet"_s);
        QVERIFY(doc.linkStoryGoal(m_s1, m_goal, true));
        QVERIFY(doc.linkStoryGoal(m_s3, m_goal, true));
        QVERIFY(doc.linkStoryGoal(m_s4, m_goal, true));
        QVERIFY(doc.linkStoryGoal(m_s2, m_quiet, true));
        QVERIFY(doc.linkReleaseGoal(m_r1, m_goal, true));
        // Out of date order on purpose: the series sorts by date.
        QVERIFY(doc.addMeasurement(m_goal, d(2026, 2, 1), 5.0, u"after R1"_s).isValid());
        QVERIFY(doc.addMeasurement(m_goal, d(2026, 1, 1), 4.0).isValid());
        QVERIFY(doc.addMeasurement(m_goal, d(2026, 3, 1), 7.0).isValid());
        // R1 serves the goal by its release link; R2 only through story 3.
        QVERIFY(doc.deliverRelease(m_r1, d(2026, 1, 16), { m_s1, m_s2 }, u"first"_s, {}).isValid());
        QVERIFY(doc.deliverRelease(m_r2, d(2026, 2, 5), { m_s3 }, u"second"_s, {}).isValid());
    }

    void goalSeriesPoints()
    {
        const GoalSeries g = goalSeries(*m_doc, m_goal);
        QCOMPARE(g.name, u"Conversion"_s);
        QCOMPARE(g.metric, u"Rate"_s);
        QCOMPARE(g.unit, u"%"_s);
        QCOMPARE(g.baseline, std::optional<double>(4.0));
        QCOMPARE(g.target, std::optional<double>(10.0));
        QCOMPARE(g.targetDate, d(2026, 9, 30));
        QCOMPARE(plain(g.measurements),
            plain(points(
                { { d(2026, 1, 1), 4.0 }, { d(2026, 2, 1), 5.0 }, { d(2026, 3, 1), 7.0 } })));
        QCOMPARE(g.measurements.at(1).label, u"after R1"_s);
        QCOMPARE(g.increments.size(), 2);
        // The metric on the day of each delivery, interpolated between the measurements.
        QCOMPARE(g.increments.at(0).date, d(2026, 1, 16));
        QCOMPARE(g.increments.at(0).value, 4.0 + 1.0 * 15 / 31);
        QCOMPARE(g.increments.at(0).label, u"R1"_s);
        QCOMPARE(g.increments.at(1).date, d(2026, 2, 5));
        QCOMPARE(g.increments.at(1).value, 5.0 + 2.0 * 4 / 28);
        QCOMPARE(g.increments.at(1).label, u"R2"_s);

        // The other goal: served by story 2 of R1, no measurements yet.
        const GoalSeries quiet = goalSeries(*m_doc, m_quiet);
        QVERIFY(quiet.measurements.isEmpty());
        QCOMPARE(quiet.increments.size(), 1);
        QCOMPARE(quiet.increments.at(0).date, d(2026, 1, 16));
    }

    void burnUpPoints()
    {
        const BurnUp stories = burnUp(*m_doc, ScopeUnit::Stories);
        QCOMPARE(plain(stories.delivered),
            plain(points({ { d(2026, 1, 16), 2 }, { d(2026, 2, 5), 3 } })));
        QCOMPARE(plain(stories.total), plain(points({ { m_today, 4 } })));
        QCOMPARE(stories.totalScope, 4.0);
        QCOMPARE(stories.deliveredScope, 3.0);
        QCOMPARE(plain(stories.releases),
            plain(points({ { d(2026, 3, 31), 4 }, { d(2026, 6, 30), 4 } })));
        QCOMPARE(stories.releases.at(1).label, u"R2"_s);

        const BurnUp estimate = burnUp(*m_doc, ScopeUnit::Estimate);
        QCOMPARE(plain(estimate.delivered),
            plain(points({ { d(2026, 1, 16), 8 }, { d(2026, 2, 5), 10 } })));
        QCOMPARE(plain(estimate.total), plain(points({ { m_today, 10 } })));
        QCOMPARE(estimate.totalScope, 10.0);
    }

    void cadencePoints()
    {
        const Cadence c = cadence(*m_doc);
        QCOMPARE(c.increments.size(), 2);
        QCOMPARE(c.increments.at(0).date, d(2026, 1, 16));
        QCOMPARE(c.increments.at(0).release, u"R1"_s);
        QCOMPARE(c.increments.at(0).stories, 2);
        QVERIFY(!c.increments.at(0).daysSincePrevious.has_value());
        QCOMPARE(c.increments.at(1).date, d(2026, 2, 5));
        QCOMPARE(c.increments.at(1).stories, 1);
        QCOMPARE(c.increments.at(1).daysSincePrevious, std::optional<int>(20));
        QCOMPARE(c.averageDays, std::optional<double>(20.0));
    }

    void cadenceChartWithTwoIncrements()
    {
        QString empty;
        std::unique_ptr<QChart> chart(
            ChartFactory::create(*m_doc, { ChartKind::Cadence, {}, ScopeUnit::Stories }, &empty));
        QVERIFY(chart);
        QCOMPARE(
            chart->title(), u"Delivery cadence: 2 increment(s), one every 20 days on average"_s);
        QLineSeries *gaps = nullptr;
        for (QAbstractSeries *s : chart->series())
            if (s->name() == u"Days since previous increment"_s)
                gaps = qobject_cast<QLineSeries *>(s);
        QVERIFY(gaps);
        QCOMPARE(gaps->count(), 1);
        QCOMPARE(gaps->at(0).y(), 20.0);
        if (!qEnvironmentVariableIsEmpty("VALUEMAP_SHOTS")) {
            QString error;
            QVERIFY(ChartExport::save(*m_doc, { ChartKind::Cadence, {}, ScopeUnit::Stories },
                qEnvironmentVariable("VALUEMAP_SHOTS") + u"/cadence-two.png"_s, &error));
        }
    }

    void valuePerGoalBars()
    {
        const QList<GoalValue> stories = valuePerGoal(*m_doc, ScopeUnit::Stories);
        QCOMPARE(stories.size(), 2);
        QCOMPARE(stories.at(0), (GoalValue { m_goal, u"Conversion"_s, 3, 2 }));
        QCOMPARE(stories.at(1), (GoalValue { m_quiet, u"Quiet"_s, 1, 1 }));
        const QList<GoalValue> points = valuePerGoal(*m_doc, ScopeUnit::Estimate);
        QCOMPARE(points.at(0), (GoalValue { m_goal, u"Conversion"_s, 5, 5 }));
        QCOMPARE(points.at(1), (GoalValue { m_quiet, u"Quiet"_s, 5, 5 }));
    }

    void seriesFollowEditsAndUndo()
    {
        const MeasurementId m = m_doc->addMeasurement(m_goal, d(2026, 4, 1), 8.5);
        QVERIFY(m.isValid());
        QCOMPARE(goalSeries(*m_doc, m_goal).measurements.constLast().value, 8.5);
        QVERIFY(m_doc->undo());
        QCOMPARE(goalSeries(*m_doc, m_goal).measurements.constLast().value, 7.0);
    }

    void sampleLeadTimes()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::open(Test::makeSamplePlan(dir), &error);
        QVERIFY2(doc, qPrintable(error));
        const LeadTimes lead = leadTimes(*doc);
        // Story 1 was done on 13 Feb but shipped with the MVP on 28 Mar: delivery is the ship day.
        const auto find = [&lead](qint64 id) {
            for (const LeadTime &l : lead.stories)
                if (l.story.value == id)
                    return l;
            return LeadTime {};
        };
        QCOMPARE(find(1),
            (LeadTime { StoryId(1), u"Browse all coffees on one page"_s, d(2026, 1, 6),
                d(2026, 3, 28), 81 }));
        // Story 2 was done on 24 Apr without an increment: its done day counts.
        QCOMPARE(find(2).delivered, d(2026, 4, 24));
        QCOMPARE(find(2).days, 92);
        // Not done: no lead time.
        QCOMPARE(find(3).story, StoryId());
        QCOMPARE(lead.stories.constFirst().delivered, d(2026, 3, 28));
        for (qsizetype i = 1; i < lead.stories.size(); ++i)
            QVERIFY(lead.stories.at(i - 1).delivered <= lead.stories.at(i).delivered);
        QVERIFY(lead.medianDays.has_value());

        // The sample's goals: the MVP's increment marks both goals (goal 2 through stories 44, 48).
        const GoalSeries conversion = goalSeries(*doc, GoalId(1));
        QCOMPARE(conversion.measurements.size(), 10);
        QCOMPARE(conversion.increments.size(), 1);
        QCOMPARE(conversion.increments.at(0).date, d(2026, 3, 28));
        QCOMPARE(conversion.increments.at(0).value, 4.3 + 1.1 * 13 / 16);
        QCOMPARE(conversion.increments.at(0).label, u"MVP – First cup"_s);
        const GoalSeries churn = goalSeries(*doc, GoalId(2));
        QCOMPARE(churn.increments.size(), 1);
        QCOMPARE(churn.increments.at(0).value, 17.9 - 1.1 * 13 / 16);
    }

    void emptyPlan()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(u"empty.valuemap"_s), &error);
        QVERIFY(doc);
        QVERIFY(!goalSeries(*doc, GoalId(1)).goal.isValid());
        QVERIFY(burnUp(*doc, ScopeUnit::Stories).total.isEmpty());
        QVERIFY(cadence(*doc).increments.isEmpty());
        QVERIFY(!cadence(*doc).averageDays.has_value());
        QVERIFY(leadTimes(*doc).stories.isEmpty());
        QVERIFY(valuePerGoal(*doc, ScopeUnit::Stories).isEmpty());

        // Each chart says which data are missing instead of drawing empty axes.
        const QList<std::pair<ChartKind, QString>> cases {
            { ChartKind::Goal, u"no customer goals"_s },
            { ChartKind::BurnUp, u"no stories"_s },
            { ChartKind::Cadence, u"No increment has been delivered"_s },
            { ChartKind::LeadTime, u"No story has been delivered"_s },
            { ChartKind::ValuePerGoal, u"no customer goals"_s },
        };
        for (const auto &[kind, text] : cases) {
            QString empty;
            QChart *chart = ChartFactory::create(*doc, { kind, {}, ScopeUnit::Stories }, &empty);
            QVERIFY(!chart);
            QVERIFY2(empty.contains(text), qPrintable(empty));
        }
        const GoalId goal = doc->addGoal(u"Retention"_s);
        QString empty;
        QVERIFY(!ChartFactory::create(*doc, { ChartKind::Goal, goal, ScopeUnit::Stories }, &empty));
        QVERIFY2(empty.contains(u"“Retention” has no measurements yet"_s), qPrintable(empty));
        QVERIFY(!ChartFactory::create(
            *doc, { ChartKind::ValuePerGoal, {}, ScopeUnit::Stories }, &empty));
        QVERIFY2(empty.contains(u"No story serves a goal yet"_s), qPrintable(empty));
    }

    void chartsCarryTheSeries()
    {
        QString empty;
        std::unique_ptr<QChart> chart(
            ChartFactory::create(*m_doc, { ChartKind::Goal, m_goal, ScopeUnit::Stories }, &empty));
        QVERIFY(chart);
        QCOMPARE(chart->title(), u"Conversion: Rate"_s);
        QLineSeries *metric = nullptr;
        for (QAbstractSeries *s : chart->series())
            if (s->name() == u"Rate"_s)
                metric = qobject_cast<QLineSeries *>(s);
        QVERIFY(metric);
        QCOMPARE(metric->count(), 3);
        QCOMPARE(metric->at(2).y(), 7.0);
        QCOMPARE(
            metric->property(ChartTipsProperty).toStringList().at(1), u"2/1/2026: 5 %\nafter R1"_s);
    }

    // Every point of every chart of the sample plan has a tooltip.
    // Numbers with the locale's grouping, never "1e+04"; dates with four-digit years.
    void numbersAndDatesFollowTheLocale_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("date");
        QTest::addRow("en") << u"en_US"_s << u"12,007"_s << u"2/1/2026"_s;
        QTest::addRow("de") << u"de_DE"_s << u"12.007"_s << u"01.02.2026"_s;
    }

    void numbersAndDatesFollowTheLocale()
    {
        QFETCH(QString, language);
        QFETCH(QString, scope);
        QFETCH(QString, date);
        QLocale::setDefault(QLocale(language));
        const auto restore = qScopeGuard([] { Test::useFixedLocale(); });
        QVERIFY(m_doc->setStoryField(m_s1, StoryField::Estimate, 12000)); // 12,007 in all
        const auto undo = qScopeGuard([this] { m_doc->undo(); });
        QCOMPARE(ChartParts::num(10000), QString(u"10"_s + scope.at(2) + u"000"_s)); // not 1e+04
        QCOMPARE(ChartParts::num(2.5), QLocale().toString(2.5));
        QCOMPARE(ChartParts::day(d(2026, 2, 1)), date);
        QString empty;
        std::unique_ptr<QChart> chart(
            ChartFactory::create(*m_doc, { ChartKind::BurnUp, {}, ScopeUnit::Estimate }, &empty));
        QVERIFY(chart);
        QStringList names;
        for (QAbstractSeries *s : chart->series())
            names.append(s->name());
        QVERIFY2(names.join(u'|').contains(u"(%1)"_s.arg(scope)), qPrintable(names.join(u'|')));
        QVERIFY2(!names.join(u'|').contains(u"e+"_s), qPrintable(names.join(u'|')));
    }

    void everyPointHasATooltip()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::open(Test::makeSamplePlan(dir), &error);
        QVERIFY(doc);
        const QList<ChartRequest> requests {
            { ChartKind::Goal, GoalId(1), ScopeUnit::Stories },
            { ChartKind::Goal, GoalId(2), ScopeUnit::Stories },
            { ChartKind::BurnUp, {}, ScopeUnit::Stories },
            { ChartKind::BurnUp, {}, ScopeUnit::Estimate },
            { ChartKind::Cadence, {}, ScopeUnit::Stories },
            { ChartKind::LeadTime, {}, ScopeUnit::Stories },
            { ChartKind::ValuePerGoal, {}, ScopeUnit::Estimate },
            { ChartKind::DeliveryFrequency, {}, ScopeUnit::Stories },
        };
        for (const ChartRequest &request : requests) {
            QString empty;
            std::unique_ptr<QChart> chart(ChartFactory::create(*doc, request, &empty));
            QVERIFY2(chart, qPrintable(empty));
            QVERIFY(!chart->title().isEmpty());
            QVERIFY(chart->legend()->isVisible());
            for (QAbstractAxis *axis : chart->axes()) {
                QVERIFY2(!axis->titleText().isEmpty()
                        || axis->type() == QAbstractAxis::AxisTypeBarCategory,
                    qPrintable(chart->title()));
                // An axis of whole counts labels only whole values: no tick between two
                // numbers that prints as one of them ("0, 1, 1, 2, 2").
                const auto *values = qobject_cast<QValueAxis *>(axis);
                if (!values || values->labelFormat() != u"%.0f"_s)
                    continue;
                const double step = (values->max() - values->min()) / (values->tickCount() - 1);
                for (int i = 0; i < values->tickCount(); ++i) {
                    const double tick = values->min() + i * step;
                    QVERIFY2(std::abs(tick - std::round(tick)) < 1e-9,
                             qPrintable(u"%1: %2 tick %3"_s.arg(chart->title(), axis->titleText()).arg(tick)));
                }
            }
            for (QAbstractSeries *series : chart->series()) {
                if (auto *xy = qobject_cast<QXYSeries *>(series)) {
                    QCOMPARE(xy->property(ChartTipsProperty).toStringList().size(), xy->count());
                } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
                    for (QBarSet *set : bars->barSets())
                        QCOMPARE(
                            set->property(ChartTipsProperty).toStringList().size(), set->count());
                }
            }
        }
    }
};

QTEST_MAIN(TestChartData)
#include "tst_chartdata.moc"
