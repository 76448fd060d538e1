// The slice check kept up to date change by change (SliceChecker, what the story map's lanes
// show) against the check of the whole plan (checkSlices, what the release board and the
// release plan PDF show): after every edit, undo and redo of a long random sequence, every
// slice's totals and verdicts are the same, the estimate to the last bit. And the exact sum
// under it: the same total in any order, a number taken out leaving no trace.
#include "storage/document.h"
#include "storage/exactsum.h"
#include "storage/slicecheck.h"
#include "storage/slicechecker.h"
#include "planfactory.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <bit>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

quint64 bitsOf(double value)
{
    return std::bit_cast<quint64>(value);
}

// Estimates whose plain sums depend on their order (0.1 + 0.2 + 0.3 is not 0.3 + 0.2 + 0.1).
const QList<QVariant> Estimates { 0.1, 0.2, 0.3, 1.0 / 3.0, 2.5, 8.0, 1e-9, 12345.678, QVariant() };

void compareChecks(const QList<SliceCheck> &kept, const QList<SliceCheck> &fresh)
{
    QCOMPARE(kept.size(), fresh.size());
    for (qsizetype i = 0; i < kept.size(); ++i) {
        const SliceCheck &k = kept[i];
        const SliceCheck &f = fresh[i];
        QCOMPARE(k.release.value, f.release.value);
        QCOMPARE(k.stories, f.stories);
        QCOMPARE(k.doneStories, f.doneStories);
        QCOMPARE(bitsOf(k.estimate), bitsOf(f.estimate)); // exactly, not within a tolerance
        QCOMPARE(k.unestimatedStories, f.unestimatedStories);
        QCOMPARE(k.businessValue, f.businessValue);
        QCOMPARE(k.missingActivities, f.missingActivities);
        QCOMPARE(k.inheritedActivities, f.inheritedActivities);
        QCOMPARE(k.outcomeMissing, f.outcomeMissing);
        QCOMPARE(k.goalMissing, f.goalMissing);
        QCOMPARE(k.capacity, f.capacity);
        QCOMPARE(k.overCapacity, f.overCapacity);
    }
}

template<typename T>
T pick(QRandomGenerator &random, const QList<T> &from)
{
    return from.at(qsizetype(random.bounded(quint32(from.size()))));
}

// One random edit of the kinds a user makes on the map and the board; false if there was
// nothing to do it on (or the document refused it, which changes nothing).
QString randomEdit(Document &doc, QRandomGenerator &random)
{
    const QList<StoryId> stories = Test::allStories(doc);
    const QList<StepId> steps = Test::allSteps(doc);
    QList<ReleaseId> lanes = doc.releases();
    lanes.append(ReleaseId());
    const quint32 kind = random.bounded(16u);
    if (stories.isEmpty() || steps.isEmpty())
        return doc.addActivity(u"Activity"_s).isValid() ? u"add activity"_s : QString();
    const StoryId story = pick(random, stories);
    switch (kind) {
    case 0:
    case 1: {
        const StepId step = random.bounded(2u) ? doc.story(story).stepId : pick(random, steps);
        const int index = int(random.bounded(quint32(doc.stories(step).size() + 1)));
        doc.moveStories({ story }, step, pick(random, lanes), index);
        return u"move a story"_s;
    }
    case 2:
        doc.setStoryField(story, StoryField::Estimate, pick(random, Estimates));
        return u"estimate"_s;
    case 3:
        doc.setStoryField(story, StoryField::Status, int(random.bounded(quint32(StoryStatusCount))));
        return u"status"_s;
    case 4:
        doc.setStoryField(story, StoryField::BusinessValue,
                          random.bounded(4u) ? QVariant(int(random.bounded(100u))) : QVariant());
        return u"business value"_s;
    case 5:
        doc.deleteStories({ story, pick(random, stories) });
        return u"delete stories"_s;
    case 6: {
        const StoryId added = doc.addStory(pick(random, steps), pick(random, lanes), u"New"_s);
        if (added.isValid() && random.bounded(2u))
            doc.setStoryField(added, StoryField::Estimate, pick(random, Estimates));
        return u"add a story"_s;
    }
    case 7:
    case 8:
        doc.undo();
        return u"undo"_s;
    case 9:
        doc.redo();
        return u"redo"_s;
    case 10:
        if (doc.releases().size() > 1)
            doc.moveRelease(pick(random, doc.releases()), int(random.bounded(quint32(doc.releases().size()))));
        return u"reorder slices"_s;
    case 11:
        if (!doc.releases().isEmpty()) {
            const ReleaseId r = pick(random, doc.releases());
            const bool delivered = doc.release(r).status == ReleaseStatus::Delivered;
            doc.setReleaseField(r, ReleaseField::Status,
                                int(delivered ? ReleaseStatus::Planned : ReleaseStatus::Delivered));
            if (random.bounded(2u))
                doc.setReleaseField(r, ReleaseField::Capacity, pick(random, Estimates));
        }
        return u"deliver or capacity"_s;
    case 12:
        if (random.bounded(2u) || doc.activities().size() < 2) {
            const ActivityId a = doc.addActivity(u"Activity"_s, 0);
            if (a.isValid() && random.bounded(2u))
                doc.addStep(a, u"Step"_s);
        } else {
            doc.deleteActivity(pick(random, doc.activities()));
        }
        return u"add or remove an activity"_s;
    case 13:
        if (random.bounded(2u))
            doc.moveStep(pick(random, steps), pick(random, doc.activities()), 0);
        else if (steps.size() > 1)
            doc.deleteStep(pick(random, steps));
        return u"move or remove a step"_s;
    case 14:
        if (random.bounded(2u) || doc.releases().size() < 2)
            doc.addRelease(u"Slice"_s, int(random.bounded(quint32(doc.releases().size() + 1))));
        else
            doc.deleteRelease(pick(random, doc.releases()));
        return u"add or remove a slice"_s;
    default: {
        doc.beginCompound(u"Drag"_s); // a drag of several cards: one change per card, one step
        for (int i = 0; i < 3; ++i)
            doc.moveStories({ pick(random, stories) }, pick(random, steps), pick(random, lanes), 0);
        doc.endCompound();
        return u"drag several cards"_s;
    }
    }
}

} // namespace

class TestSliceChecker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    void exactSum_data()
    {
        QTest::addColumn<QList<double>>("numbers");
        QTest::addColumn<double>("sum");
        QTest::addRow("nothing") << QList<double> {} << 0.0;
        QTest::addRow("whole numbers") << QList<double> { 3, 5, 8, 13 } << 29.0;
        QTest::addRow("halves") << QList<double> { 0.5, 1.5, 2.5 } << 4.5;
        QTest::addRow("tenths, rounded once") << QList<double> { 0.1, 0.2 } << 0.1 + 0.2;
        QTest::addRow("a small number beside a large one")
            << QList<double> { 1e16, 1.0, 1.0 } << 1.0000000000000002e16;
        QTest::addRow("cancelling") << QList<double> { 1e300, 0.25, -1e300 } << 0.25;
        QTest::addRow("negative") << QList<double> { -2.5, 1.0 } << -1.5;
        QTest::addRow("subnormal") << QList<double> { 5e-324, 5e-324 } << 1e-323;
        QTest::addRow("largest") << QList<double> { 1.7976931348623157e308 } << 1.7976931348623157e308;
        QTest::addRow("beyond the largest") << QList<double> { 1.7976931348623157e308, 1.7976931348623157e308 }
                                            << std::numeric_limits<double>::infinity();
        QTest::addRow("infinity") << QList<double> { 1.0, std::numeric_limits<double>::infinity() }
                                  << std::numeric_limits<double>::infinity();
    }

    void exactSum()
    {
        QFETCH(QList<double>, numbers);
        QFETCH(double, sum);
        QList<double> order = numbers;
        std::sort(order.begin(), order.end());
        do {
            ExactSum total;
            for (double n : order)
                total.add(n);
            QCOMPARE(bitsOf(total.value()), bitsOf(sum));
            total.add(0.7);
            total.subtract(0.7); // taken out again: no trace
            QCOMPARE(bitsOf(total.value()), bitsOf(sum));
        } while (std::next_permutation(order.begin(), order.end()));
    }

    void exactSumDoesNotDependOnTheOrder()
    {
        // 0.1 + 0.2 + 0.3 and 0.3 + 0.2 + 0.1 differ when summed plainly.
        QVERIFY(0.1 + 0.2 + 0.3 != 0.3 + 0.2 + 0.1);
        ExactSum up, down;
        for (double n : { 0.1, 0.2, 0.3 })
            up.add(n);
        for (double n : { 0.3, 0.2, 0.1 })
            down.add(n);
        QCOMPARE(bitsOf(up.value()), bitsOf(down.value()));
        QCOMPARE(up.value(), 0.6);
    }

    void keptChecksEqualAFreshCheck_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : { 1u, 17u, 2026u })
            QTest::addRow("seed %u", seed) << seed;
    }

    void keptChecksEqualAFreshCheck()
    {
        QFETCH(quint32, seed);
        QTemporaryDir dir;
        QString error;
        auto doc = Document::open(Test::makeSamplePlan(dir), &error);
        QVERIFY2(doc, qPrintable(error));
        SliceChecker checker(*doc);
        connect(doc.get(), &Document::changed, this, [&checker](const ChangeSet &changes) { checker.apply(changes); });
        compareChecks(checker.checks(), checkSlices(*doc));

        QRandomGenerator random(seed);
        int edits = 0;
        for (int i = 0; i < 250; ++i) {
            const int before = doc->undoStack()->index();
            const QString edit = randomEdit(*doc, random);
            edits += doc->undoStack()->index() != before ? 1 : 0;
            compareChecks(checker.checks(), checkSlices(*doc));
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(u"after edit %1 (%2)"_s.arg(i).arg(edit)));
        }
        QVERIFY2(edits > 100, "the random edits changed the plan"); // not a sequence of refusals
        // Undo everything: back at the plan as it was opened.
        while (doc->undoStack()->canUndo())
            QVERIFY(doc->undo());
        compareChecks(checker.checks(), checkSlices(*doc));
        compareChecks(checker.checks(), SliceChecker(*doc).checks());
    }
};

QTEST_GUILESS_MAIN(TestSliceChecker)
#include "tst_slicechecker.moc"
