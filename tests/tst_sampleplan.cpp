// The bundled sample plan reads like a real product and exercises every part of the plan.
#include "io/sampleplan.h"
#include "storage/document.h"
#include "storage/plancheck.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Valuemap;

class TestSamplePlan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    void holdsAWholePlan()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::open(Test::makeSamplePlan(dir), &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY2(planProblems(*doc).isEmpty(), qPrintable(planProblems(*doc).join(u'\n')));
        const Product p = doc->product();
        QVERIFY(!p.name.isEmpty() && !p.owner.isEmpty() && !p.version.isEmpty());
        QVERIFY(p.visionDate.isValid());
        for (int area = 0; area < VisionAreaCount; ++area)
            QVERIFY2(!doc->visionNotes(static_cast<VisionArea>(area)).isEmpty(), "a vision area is empty");
        QCOMPARE(doc->personas().size(), 3);
        QVERIFY(doc->activities().size() >= 5);
        QVERIFY(doc->store().count(Table::Step) >= 15);
        QVERIFY(doc->store().count(Table::Story) >= 60);
        QCOMPARE(doc->releases().size(), 3);
        QCOMPARE(doc->goals().size(), 2);
        for (GoalId g : doc->goals())
            QVERIFY(doc->measurements(g).size() >= 3);
        QCOMPARE(doc->increments().size(), 1);
        const IncrementId inc = doc->increments().first();
        QVERIFY(!doc->incrementStories(inc).isEmpty());
        QVERIFY(!doc->incrementFeedback(inc).isEmpty());
        QCOMPARE(doc->release(doc->increment(inc).releaseId).status, ReleaseStatus::Delivered);
    }

    void theBundledOriginalIsNeverTheFileThatIsEdited()
    {
        QTemporaryDir dir;
        const QByteArray original = SamplePlan::json();
        QVERIFY(original.size() > 10000);
        const QString path = Test::makeSamplePlan(dir, u"first.valuemap"_s);
        QString error;
        {
            auto doc = Document::open(path, &error);
            QVERIFY(doc->deleteActivity(doc->activities().first()));
        }
        QCOMPARE(SamplePlan::json(), original);
        auto fresh = Document::open(Test::makeSamplePlan(dir, u"second.valuemap"_s), &error);
        QCOMPARE(fresh->activities().size(), 6);
        QVERIFY(!SamplePlan::create(path, &error)); // never over an existing file
        QVERIFY(error.contains(u"already exists"_s));
    }
};

QTEST_GUILESS_MAIN(TestSamplePlan)
#include "tst_sampleplan.moc"
