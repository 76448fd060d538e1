// The release slicing board on the sample plan: slices with their checks, drags of several
// stories as one undo step, split/merge/deliver through the board, the details panel, and
// agreement with the story map's model after edits on either side.
#include "itemmodels/storymapmodel.h"
#include "releases/boarditems.h"
#include "releases/boardscene.h"
#include "releases/deliverdialog.h"
#include "releases/releaseboard.h"
#include "releases/slicedetailspanel.h"
#include "storage/document.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGraphicsView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QTemporaryDir>
#include <QDateEdit>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

constexpr ReleaseId Mvp(1);
constexpr ReleaseId Habit(2);
constexpr ReleaseId Delight(3);

QList<qint64> sorted(const QList<StoryId> &ids)
{
    QList<qint64> out;
    for (StoryId id : ids)
        out.append(id.value);
    std::sort(out.begin(), out.end());
    return out;
}

// Where each story sits on the board, by lane name, and where the story map's model says it is.
QStringList boardPlacement(const ReleaseBoard &board, const Document &doc)
{
    QStringList out;
    for (ReleaseId lane : board.scene()->lanes()) {
        for (StoryId s : board.scene()->cardsInLane(lane))
            out.append(doc.story(s).title + u" → "_s + board.scene()->lane(lane)->info().name);
    }
    out.sort();
    return out;
}

QStringList modelPlacement(const StoryMapModel &model)
{
    QStringList out;
    for (int a = 0; a < model.rowCount(); ++a) {
        const QModelIndex activity = model.index(a, 0);
        for (int s = 0; s < model.rowCount(activity); ++s) {
            const QModelIndex step = model.index(s, 0, activity);
            for (int st = 0; st < model.rowCount(step); ++st)
                out.append(model.index(st, 0, step).data().toString() + u" → "_s
                    + model.index(st, StoryMapModel::ReleaseColumn, step).data().toString());
        }
    }
    out.sort();
    return out;
}

void sendMouse(QWidget *viewport, QEvent::Type type, QPoint pos, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, viewport->mapToGlobal(pos),
        type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(viewport, &event);
}

} // namespace

class TestReleaseBoard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<ReleaseBoard> m_board;

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    void init()
    {
        QString error;
        QFile::remove(m_dir.filePath(u"sample.valuemap"_s));
        m_doc = Document::open(Test::makeSamplePlan(m_dir), &error);
        QVERIFY2(m_doc, qPrintable(error));
        m_board = std::make_unique<ReleaseBoard>(m_doc.get());
        m_board->resize(1500, 950);
        m_board->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_board.get()));
    }

    void cleanup()
    {
        m_board.reset();
        m_doc.reset();
    }

    void showsTheSampleSlicesWithTheirChecks()
    {
        ReleaseBoardScene *scene = m_board->scene();
        QCOMPARE(scene->lanes(), QList<ReleaseId>({ Mvp, Habit, Delight, ReleaseId() }));
        for (ReleaseId lane : scene->lanes())
            QCOMPARE(sorted(scene->cardsInLane(lane)), sorted(m_doc->storiesInRelease(lane)));
        QCOMPARE(m_board->currentRelease(), Habit); // the first slice not yet delivered

        const LaneInfo mvp = scene->lane(Mvp)->info();
        QCOMPARE(mvp.problems,
            QStringList { u"Not a working product: no story for “Manage subscription”."_s });
        QVERIFY(mvp.notWorkingProduct);
        QVERIFY2(mvp.status.startsWith(u"Delivered 3/28/2026"_s), qPrintable(mvp.status));
        const QString totals = QString(mvp.totals).replace(QChar(0x00A0), u' ');
        QVERIFY2(totals.startsWith(u"11 stor"_s),
            qPrintable(totals)); // the plural comes with translations
        QVERIFY2(totals.endsWith(u"  ·  31 pts  ·  value 815  ·  11 done"_s), qPrintable(totals));

        const LaneInfo delight = scene->lane(Delight)->info();
        QCOMPARE(delight.name, u"Release 3 – Delight"_s);
        QCOMPARE(delight.problems,
            QStringList { u"No customer goal: link the goal this slice should move."_s });
        QCOMPARE(delight.inheritedColumns, QList<int> { 1 }); // "Sign up": only the MVP's
        QVERIFY(!delight.notWorkingProduct);

        // Without the delivered MVP beneath it, Release 3 is flagged as no working product.
        QVERIFY(m_doc->setReleaseField(Mvp, ReleaseField::Status, int(ReleaseStatus::InProgress)));
        const LaneInfo alone = scene->lane(Delight)->info();
        QVERIFY(alone.notWorkingProduct);
        QCOMPARE(alone.missingColumns, QList<int> { 1 });
        QCOMPARE(alone.problems.first(), u"Not a working product: no story for “Sign up”."_s);
        QVERIFY(m_doc->undo());
        QVERIFY(!scene->lane(Delight)->info().notWorkingProduct);
    }

    void dragOfSeveralStoriesIsOneUndoStep()
    {
        ReleaseBoardScene *scene = m_board->scene();
        const QList<StoryId> moving { StoryId(4), StoryId(8),
            StoryId(14) }; // unplanned, three steps
        scene->selectStories(moving);
        QCOMPARE(scene->selectedStories(), moving);
        const QString before = m_doc->databaseDump();
        const int steps = m_doc->undoStack()->count();

        QGraphicsView *view = m_board->view();
        view->ensureVisible(scene->card(StoryId(4)));
        const QPoint from
            = view->mapFromScene(scene->card(StoryId(4))->sceneBoundingRect().center());
        sendMouse(view->viewport(), QEvent::MouseButtonPress, from, Qt::LeftButton);
        view->ensureVisible(
            scene->lane(Delight)->sceneBoundingRect().adjusted(0, 0, 0, -400), 0, 0);
        const QPointF target
            = scene->lane(Delight)->sceneBoundingRect().topLeft() + QPointF(600, 30);
        const QPoint to = view->mapFromScene(target);
        sendMouse(view->viewport(), QEvent::MouseMove, (from + to) / 2, Qt::LeftButton);
        sendMouse(view->viewport(), QEvent::MouseMove, to, Qt::LeftButton);
        QVERIFY(scene->lane(Delight)->info().release == Delight);
        sendMouse(view->viewport(), QEvent::MouseButtonRelease, to, Qt::NoButton);

        for (StoryId id : moving)
            QCOMPARE(m_doc->story(id).releaseId, Delight);
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        // (The English plural "Stories" comes with the translations, which this test does not
        // load.)
        const QString undoText = m_doc->undoStack()->undoText();
        QVERIFY2(undoText.startsWith(u"Move 3 Stor"_s)
                && undoText.endsWith(u" to Release 3 – Delight"_s),
            qPrintable(undoText));
        for (StoryId id : moving)
            QVERIFY(scene->cardsInLane(Delight).contains(id));
        QVERIFY(m_doc->undo());
        QCOMPARE(m_doc->databaseDump(), before);
        for (StoryId id : moving)
            QVERIFY(scene->cardsInLane(ReleaseId()).contains(id));
    }

    void movedStoriesKeepTheirStepInSliceOrder()
    {
        // Step "Browse the shop": 1 (MVP), 2 (Habit), 3 (Delight), 4 (unplanned).
        QVERIFY(m_board->moveStoriesToRelease({ StoryId(4), StoryId(1) }, Habit));
        QCOMPARE(m_doc->stories(StepId(1)),
            QList<StoryId>({ StoryId(2), StoryId(1), StoryId(4), StoryId(3) }));
        QCOMPARE(m_doc->story(StoryId(1)).stepId, StepId(1));
        QVERIFY(m_board->moveStoriesToRelease({ StoryId(2), StoryId(5) }, ReleaseId()));
        QCOMPARE(m_doc->stories(StepId(1)).last(), StoryId(2));
        QCOMPARE(m_doc->story(StoryId(5)).releaseId, ReleaseId());
        QVERIFY(m_doc->undoStack()->undoText().endsWith(u" to Unplanned"_s));
    }

    void boardAndStoryMapAgreeAfterEditsOnEitherSide()
    {
        StoryMapModel model(m_doc.get());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(boardPlacement(*m_board, *m_doc), modelPlacement(model));

        // On the board: a drag, a split, a merge, a rename in the panel.
        QVERIFY(m_board->moveStoriesToRelease({ StoryId(17), StoryId(20) }, Delight));
        QCOMPARE(boardPlacement(*m_board, *m_doc), modelPlacement(model));
        m_board->setCurrentRelease(Habit);
        m_board->scene()->selectStories({ StoryId(59), StoryId(63) });
        const ReleaseId part = m_board->splitSelected();
        QVERIFY(part.isValid());
        QCOMPARE(sorted(m_board->scene()->cardsInLane(part)), QList<qint64>({ 59, 63 }));
        QCOMPARE(boardPlacement(*m_board, *m_doc), modelPlacement(model));
        m_board->detailsPanel()->nameEdit()->setText(u"Release 2b – Keep them"_s);
        m_board->detailsPanel()->commit(m_board->detailsPanel()->nameEdit());
        QCOMPARE(m_doc->release(part).name, u"Release 2b – Keep them"_s);
        QCOMPARE(boardPlacement(*m_board, *m_doc), modelPlacement(model));
        QVERIFY(m_board->mergeIntoPrevious());
        QCOMPARE(m_board->scene()->lanes().size(), 4);
        QCOMPARE(boardPlacement(*m_board, *m_doc), modelPlacement(model));

        // In the story map: a story's release changed there shows on the board.
        const QModelIndex pause
            = model.indexOf(StoryMapModel::StoryLevel, 57, StoryMapModel::ReleaseColumn);
        QVERIFY(model.setData(pause, Mvp.value));
        QVERIFY(m_board->scene()->cardsInLane(Mvp).contains(StoryId(57)));
        QCOMPARE(boardPlacement(*m_board, *m_doc), modelPlacement(model));

        // And undo of everything brings both back to the sample.
        while (m_doc->undoStack()->canUndo())
            QVERIFY(m_doc->undo());
        QCOMPARE(m_board->scene()->lanes(), QList<ReleaseId>({ Mvp, Habit, Delight, ReleaseId() }));
        QCOMPARE(boardPlacement(*m_board, *m_doc), modelPlacement(model));
    }

    void deliverDialogRecordsTheIncrement()
    {
        m_board->setCurrentRelease(Habit);
        QPointer<DeliverDialog> dialog = m_board->deliverCurrent();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QList<StoryId> done;
        for (StoryId s : m_doc->storiesInRelease(Habit)) {
            if (m_doc->story(s).status == StoryStatus::Done)
                done.append(s);
        }
        QCOMPARE(sorted(dialog->shipped()), sorted(done)); // the done ones by default

        // Nothing ticked: refused in the dialog, which stays open.
        dialog->setShipped({});
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY2(
            dialog->errorText().contains(u"at least one story"_s), qPrintable(dialog->errorText()));
        QCOMPARE(m_doc->increments().size(), 1);

        dialog->setShipped(done + QList<StoryId> { StoryId(59) });
        dialog->setDate(QDate(2026, 7, 2));
        // The delivery date reads as every other date of the app (not 2026-07-02).
        QCOMPARE(dialog->findChild<QDateEdit *>()->text(), u"7/2/2026"_s);
        dialog->setNote(u"Habit features live."_s);
        dialog->setFeedback(u"Swapping a bag is so easy."_s, 4);
        const int steps = m_doc->undoStack()->count();
        dialog->accept();
        QTRY_VERIFY(!dialog); // closed and deleted
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        QCOMPARE(m_doc->increments().size(), 2);
        const IncrementId inc = m_doc->increments().last();
        QCOMPARE(m_doc->increment(inc).date, QDate(2026, 7, 2));
        QCOMPARE(
            sorted(m_doc->incrementStories(inc)), sorted(done + QList<StoryId> { StoryId(59) }));
        QCOMPARE(m_doc->story(StoryId(59)).status, StoryStatus::Done);
        QCOMPARE(m_doc->release(Habit).status, ReleaseStatus::Delivered);
        const LaneInfo lane = m_board->scene()->lane(Habit)->info();
        QCOMPARE(lane.status, u"Delivered 7/2/2026"_s);
        QVERIFY(lane.collapsible);
        QVERIFY(m_board->detailsPanel()->isVisible());

        // A delivered slice collapses to its header and date.
        m_board->scene()->setCollapsed(Habit, true);
        QVERIFY(m_board->scene()->cardsInLane(Habit).isEmpty());
        QCOMPARE(m_board->scene()->lane(Habit)->boundingRect().height(),
            BoardMetrics::CollapsedHeight + 4);
        m_board->scene()->setCollapsed(Habit, false);

        QVERIFY(m_doc->undo());
        QCOMPARE(m_doc->release(Habit).status, ReleaseStatus::InProgress);
        QCOMPARE(m_board->scene()->lane(Habit)->info().status, u"In progress"_s);
        QCOMPARE(m_doc->increments().size(), 1);
    }

    void detailsPanelEditsTheSlice()
    {
        m_board->setCurrentRelease(Delight);
        SliceDetailsPanel *panel = m_board->detailsPanel();
        QCOMPARE(panel->release(), Delight);
        QCOMPARE(panel->nameEdit()->text(), u"Release 3 – Delight"_s);
        QVERIFY(panel->checkLabel()->text().contains(u"No customer goal"_s));

        // The target date is a date picker with a four-digit year and a "no date" state.
        QDateEdit *date = panel->targetDateEdit();
        QCOMPARE(date->date(), QDate(2026, 9, 30));
        QCOMPARE(date->text(), u"9/30/2026"_s);
        date->setDate(QDate(2026, 10, 15));
        panel->commit(date);
        QCOMPARE(m_doc->release(Delight).targetDate, QDate(2026, 10, 15));
        date->setDate(date->minimumDate());
        QCOMPARE(date->text(), u"No date"_s);
        panel->commit(date);
        QVERIFY(!m_doc->release(Delight).targetDate.isValid());
        QVERIFY(m_doc->undo());
        QCOMPARE(date->date(), QDate(2026, 10, 15));

        panel->capacityEdit()->setText(u"50"_s);
        panel->commit(panel->capacityEdit());
        QCOMPARE(m_doc->release(Delight).capacity, std::optional<double>(50));
        QVERIFY(m_board->scene()->lane(Delight)->info().overCapacity); // 78 estimated

        panel->statusBox()->setCurrentIndex(int(ReleaseStatus::InProgress));
        emit panel->statusBox()->activated(int(ReleaseStatus::InProgress));
        QCOMPARE(m_doc->release(Delight).status, ReleaseStatus::InProgress);

        QListWidgetItem *goal = panel->goalList()->item(0);
        goal->setCheckState(Qt::Checked);
        QCOMPARE(m_doc->releaseGoals(Delight), QList<GoalId> { GoalId(1) });
        QVERIFY(!m_board->scene()->lane(Delight)->info().problems.join(u' ').contains(
            u"No customer goal"_s));
        QVERIFY(m_doc->undo());
        QVERIFY(m_board->scene()->lane(Delight)->info().problems.join(u' ').contains(
            u"No customer goal"_s));
        QCOMPARE(panel->goalList()->item(0)->checkState(), Qt::Unchecked);
    }

    void doubleClickOnASliceHeaderEditsIt()
    {
        QGraphicsView *view = m_board->view();
        const QRectF header = m_board->scene()->lane(Delight)->sceneBoundingRect();
        view->ensureVisible(header.left(), header.top(), 100, 40);
        const QPoint at = view->mapFromScene(header.topLeft() + QPointF(60, 20));
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_board->currentRelease(), Delight);
        QCOMPARE(m_board->detailsPanel()->release(), Delight);
        QCOMPARE(m_board->detailsPanel()->nameEdit()->selectedText(), u"Release 3 – Delight"_s);
    }

    void reorderAddAndDeleteSlices()
    {
        m_board->setCurrentRelease(Delight);
        QVERIFY(m_board->moveCurrent(-1));
        QCOMPARE(m_board->scene()->lanes(), QList<ReleaseId>({ Mvp, Delight, Habit, ReleaseId() }));
        const ReleaseId added = m_board->addSlice();
        QCOMPARE(m_board->scene()->lanes(),
            QList<ReleaseId>({ Mvp, Delight, added, Habit, ReleaseId() }));
        QCOMPARE(m_board->currentRelease(), added);
        // An empty slice delivers nothing: said so. The delivered MVP covers every activity
        // but "Manage subscription", the sixth column.
        QCOMPARE(m_board->scene()->lane(added)->info().missingColumns, QList<int> { 5 });
        QVERIFY(
            m_board->scene()->lane(added)->info().problems.first().startsWith(u"Empty slice"_s));
        QVERIFY(m_board->deleteCurrent());
        QCOMPARE(m_board->scene()->lanes(), QList<ReleaseId>({ Mvp, Delight, Habit, ReleaseId() }));
        QCOMPARE(m_board->currentRelease(), ReleaseId());
    }

    void unplannedFilter()
    {
        m_board->unplannedFilter()->setText(u"gift"_s);
        const QList<StoryId> shown = m_board->scene()->cardsInLane(ReleaseId());
        QCOMPARE(shown, QList<StoryId> { StoryId(43) });
        QCOMPARE(sorted(m_board->scene()->cardsInLane(Delight)),
            sorted(m_doc->storiesInRelease(Delight)));
        m_board->unplannedFilter()->clear();
        QCOMPARE(m_board->scene()->cardsInLane(ReleaseId()).size(),
            m_doc->storiesInRelease(ReleaseId()).size());
    }

    void picture()
    {
        // For people: VALUEMAP_SCREENSHOTS=DIR saves what the board looks like.
        const QString dir = qEnvironmentVariable("VALUEMAP_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set VALUEMAP_SCREENSHOTS to a folder to save pictures of the board");
        m_board->resize(1600, 1000);
        m_board->scene()->selectStories({ StoryId(22), StoryId(27) }); // Release 3: its panel shows
        QVERIFY(m_board->grab().save(QDir(dir).filePath(u"release-board.png"_s)));
        m_board->setCurrentRelease(Habit);
        DeliverDialog *dialog = m_board->deliverCurrent();
        QVERIFY(dialog->grab().save(QDir(dir).filePath(u"deliver-dialog.png"_s)));
        dialog->reject();
        QVERIFY(m_doc->setReleaseField(Mvp, ReleaseField::Status, int(ReleaseStatus::InProgress)));
        QVERIFY(m_board->grab().save(QDir(dir).filePath(u"release-board-flagged.png"_s)));
        QVERIFY(m_doc->undo());
        m_board->scene()->setCollapsed(Mvp, true);
        QVERIFY(m_board->grab().save(QDir(dir).filePath(u"release-board-collapsed.png"_s)));
    }
};

QTEST_MAIN(TestReleaseBoard)
#include "tst_releaseboard.moc"
