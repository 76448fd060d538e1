// The Goals and Increments screens, offscreen: editing a goal's fields with undo, adding a
// measurement, linking a story, feedback added later and turned into a story.
#include "charts/chartpanel.h"
#include "charts/chartsscreen.h"
#include "goals/goaleditor.h"
#include "goals/goalsscreen.h"
#include "goals/incrementsview.h"
#include "goals/measurementstable.h"
#include "storage/document.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Valuemap;

class TestGoalsScreen : public QObject
{
    Q_OBJECT

    std::unique_ptr<Document> openSample(const QTemporaryDir &dir)
    {
        QString error;
        auto doc = Document::open(Test::makeSamplePlan(dir), &error);
        if (!doc)
            qWarning("%s", qPrintable(error));
        return doc;
    }

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    void editGoalFieldsWithUndo()
    {
        QTemporaryDir dir;
        auto doc = openSample(dir);
        QVERIFY(doc);
        GoalsScreen screen(doc.get());
        screen.resize(1400, 900);
        screen.show();
        QCOMPARE(screen.currentGoal(), GoalId(1));
        GoalEditor *editor = screen.editor();
        QCOMPARE(editor->nameEdit()->text(), u"Trial-to-subscriber conversion"_s);

        editor->nameEdit()->setFocus();
        editor->nameEdit()->setText(u"Visitors who subscribe"_s);
        QTest::keyClick(editor->nameEdit(), Qt::Key_Return);
        QCOMPARE(doc->goal(GoalId(1)).name, u"Visitors who subscribe"_s);
        QCOMPARE(screen.list()->currentIndex().data().toString(), u"Visitors who subscribe"_s);

        editor->targetEdit()->setText(u"12.5"_s);
        QTest::keyClick(editor->targetEdit(), Qt::Key_Return);
        QCOMPARE(doc->goal(GoalId(1)).target, std::optional<double>(12.5));

        // A bad number is refused with the document's message, and the field shows the target
        // again.
        editor->targetEdit()->setText(u"lots"_s);
        QTest::keyClick(editor->targetEdit(), Qt::Key_Return);
        QCOMPARE(doc->goal(GoalId(1)).target, std::optional<double>(12.5));
        QCOMPARE(editor->targetEdit()->text(), u"12.5"_s);

        QVERIFY(doc->undo());
        QCOMPARE(doc->goal(GoalId(1)).target, std::optional<double>(10));
        QCOMPARE(editor->targetEdit()->text(), u"10"_s);
        QVERIFY(doc->undo());
        QCOMPARE(doc->goal(GoalId(1)).name, u"Trial-to-subscriber conversion"_s);
        QCOMPARE(editor->nameEdit()->text(), u"Trial-to-subscriber conversion"_s);
    }

    void measurementsAndLinks()
    {
        QTemporaryDir dir;
        auto doc = openSample(dir);
        QVERIFY(doc);
        GoalsScreen screen(doc.get());
        screen.show();
        screen.selectGoal(GoalId(2));
        GoalEditor *editor = screen.editor();
        QTableWidget *table = editor->measurements()->table();
        QCOMPARE(table->rowCount(), 9);
        QCOMPARE(table->item(0, 0)->data(Qt::EditRole).toDate(), QDate(2026, 1, 15));
        QCOMPARE(table->item(8, 1)->text(), u"12.4"_s);

        const MeasurementId added = editor->measurements()->addMeasurement();
        QVERIFY(added.isValid());
        QCOMPARE(doc->measurement(added).date, QDate::currentDate());
        QCOMPARE(doc->measurement(added).value, 12.4); // the latest value carried over
        QCOMPARE(table->rowCount(), 10);
        // Typing a value into the table is an edit of the document.
        table->item(9, 1)->setText(u"11.9"_s);
        QCOMPARE(doc->measurement(added).value, 11.9);
        QVERIFY(doc->undo());
        QVERIFY(doc->undo());
        QCOMPARE(table->rowCount(), 9);

        // Goal 2 (churn) is served by 16 stories of the sample, 9 of them done.
        QCOMPARE(editor->storySummary(),
            u"16 story(ies) serve this goal, 9 done. Tick or untick to link:"_s);
        QCOMPARE(doc->goalStories(GoalId(2)).size(), 16);
        const qsizetype linked = doc->goalStories(GoalId(2)).size();
        QListWidget *stories = editor->storyList();
        QListWidgetItem *unlinked = stories->item(stories->count() - 1);
        QCOMPARE(unlinked->checkState(), Qt::Unchecked);
        unlinked->setCheckState(Qt::Checked);
        QCOMPARE(doc->goalStories(GoalId(2)).size(), linked + 1);
        QVERIFY(doc->undo());
        QCOMPARE(doc->goalStories(GoalId(2)).size(), linked);

        QListWidget *releases = editor->releaseList();
        QCOMPARE(releases->count(), 3);
        QCOMPARE(releases->item(1)->checkState(), Qt::Checked); // Release 2 targets churn
        releases->item(2)->setCheckState(Qt::Checked);
        QVERIFY(doc->releaseGoals(ReleaseId(3)).contains(GoalId(2)));
    }

    // Goal linking on a big plan (issue 17): a filter over the story list, and every story of
    // a release ticked at once, as one undo step.
    void goalLinkingFiltersAndTakesAWholeRelease()
    {
        QTemporaryDir dir;
        auto doc = openSample(dir);
        QVERIFY(doc);
        GoalsScreen screen(doc.get());
        screen.resize(1366, 768);
        screen.show();
        GoalEditor *editor = screen.editor();
        editor->setGoal(GoalId(1));
        QListWidget *stories = editor->storyList();
        auto shown = [stories] {
            QStringList texts;
            for (int row = 0; row < stories->count(); ++row) {
                if (!stories->item(row)->isHidden())
                    texts.append(stories->item(row)->text());
            }
            return texts;
        };
        const int all = stories->count();
        QCOMPARE(shown().size(), all);
        editor->storyFilter()->setText(u"PAUSE"_s);
        const QStringList paused = shown();
        QVERIFY2(!paused.isEmpty() && paused.size() < all, qPrintable(paused.join(u" | "_s)));
        for (const QString &text : paused)
            QVERIFY2(text.contains(u"pause"_s, Qt::CaseInsensitive), qPrintable(text));
        // By key: exactly that story.
        const QList<StoryId> inThird = doc->storiesInRelease(ReleaseId(3));
        const QList<StoryId> served = doc->goalStories(GoalId(1));
        const auto unserved
                = std::find_if(inThird.cbegin(), inThird.cend(), [&served](StoryId id) { return !served.contains(id); });
        QVERIFY(unserved != inThird.cend());
        const StoryId story = *unserved;
        editor->storyFilter()->setText(doc->storyKey(story).toLower());
        QCOMPARE(shown(), QStringList({ doc->story(story).title
                                                + (doc->story(story).status == StoryStatus::Done ? u" ✓ done"_s : QString()) }));
        // The filter stays while the list is rebuilt by an edit.
        QVERIFY(doc->linkStoryGoal(story, GoalId(1), true));
        QCOMPARE(shown().size(), 1);
        QVERIFY(doc->undo());
        editor->storyFilter()->clear();
        QCOMPARE(shown().size(), all);

        // Select the Stories of Release… ▸ the third release.
        const QList<StoryId> release = doc->storiesInRelease(ReleaseId(3));
        const QList<StoryId> before = doc->goalStories(GoalId(1));
        QVERIFY(std::any_of(release.cbegin(), release.cend(), [&before](StoryId id) { return !before.contains(id); }));
        QMenu *menu = editor->selectReleaseButton()->menu();
        emit menu->aboutToShow();
        // With VALUEMAP_GOAL_PICTURES set, the screen with the menu open goes there to be looked at.
        if (const QString folder = qEnvironmentVariable("VALUEMAP_GOAL_PICTURES"); !folder.isEmpty()) {
            editor->storyFilter()->setText(u"pay"_s);
            menu->popup(editor->selectReleaseButton()->mapToGlobal(QPoint(0, editor->selectReleaseButton()->height())));
            QVERIFY(QTest::qWaitForWindowExposed(menu));
            screen.grab().save(folder + u"/goal-linking.png"_s);
            menu->grab().save(folder + u"/goal-linking-menu.png"_s);
            menu->hide();
            editor->storyFilter()->clear();
        }
        QAction *third = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text().startsWith(doc->release(ReleaseId(3)).name))
                third = action;
        }
        QVERIFY(third);
        QVERIFY2(third->text().endsWith(u"(%1 story(ies))"_s.arg(release.size())), qPrintable(third->text()));
        const int steps = doc->undoStack()->index();
        third->trigger();
        for (StoryId id : release)
            QVERIFY(doc->goalStories(GoalId(1)).contains(id));
        for (int row = 0; row < stories->count(); ++row) {
            const auto id = StoryId(stories->item(row)->data(Qt::UserRole).toLongLong());
            if (release.contains(id))
                QCOMPARE(stories->item(row)->checkState(), Qt::Checked);
        }
        QCOMPARE(doc->undoStack()->index(), steps + 1);
        QVERIFY(doc->undo());
        QCOMPARE(doc->goalStories(GoalId(1)).size(), before.size());
        for (StoryId id : release)
            QCOMPARE(doc->goalStories(GoalId(1)).contains(id), before.contains(id));
    }

    void aHiddenEditorCatchesUpWhenShown()
    {
        QTemporaryDir dir;
        auto doc = openSample(dir);
        QVERIFY(doc);
        GoalsScreen screen(doc.get());
        screen.show();
        screen.hide();
        QVERIFY(doc->linkStoryGoal(StoryId(4), GoalId(1), true));
        screen.show();
        QCOMPARE(screen.editor()->storySummary(),
            u"16 story(ies) serve this goal, 9 done. Tick or untick to link:"_s);
    }

    void csvImportShowsAPreview()
    {
        QTemporaryDir dir;
        auto doc = openSample(dir);
        QVERIFY(doc);
        GoalsScreen screen(doc.get());
        screen.show();
        MeasurementsTable *table = screen.editor()->measurements();
        const qsizetype before = doc->measurements(GoalId(1)).size();
        auto write = [&dir](const QString &name, const QByteArray &bytes) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly))
                return QString();
            file.write(bytes);
            return file.fileName();
        };
        // A bad row: the preview lists it, Import is disabled, nothing is added.
        const QString bad = write(u"bad.csv"_s, "date,value\n2026-07-31,8.1\n31.07.2026,8.4\n");
        QString shownErrors;
        bool importEnabled = true;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            if (!qEnvironmentVariableIsEmpty("VALUEMAP_SHOTS"))
                dialog->grab().save(qEnvironmentVariable("VALUEMAP_SHOTS") + u"/import-bad.png"_s);
            shownErrors = dialog->findChild<QPlainTextEdit *>(u"importErrors"_s)->toPlainText();
            for (QPushButton *b : dialog->findChildren<QPushButton *>())
                if (b->text() == u"&Import"_s)
                    importEnabled = b->isEnabled();
            dialog->reject();
        });
        QVERIFY(!table->importCsv(bad));
        QCOMPARE(shownErrors, u"line 3: “31.07.2026” is not a date (use YYYY-MM-DD)"_s);
        QVERIFY(!importEnabled);
        QCOMPARE(doc->measurements(GoalId(1)).size(), before);

        // Good rows: the preview shows them; Import adds them as one undo step.
        const QString good = write(u"good.csv"_s,
            "\xEF\xBB\xBF"
            "Datum;Wert;Notiz\n2026-07-31;8,1;Juli\n2026-08-31;8,4;\n");
        int previewRows = 0;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            if (!qEnvironmentVariableIsEmpty("VALUEMAP_SHOTS"))
                dialog->grab().save(qEnvironmentVariable("VALUEMAP_SHOTS") + u"/import-good.png"_s);
            previewRows = dialog->findChild<QTableWidget *>()->rowCount();
            dialog->accept();
        });
        QVERIFY(table->importCsv(good));
        QCOMPARE(previewRows, 2);
        QCOMPARE(doc->measurements(GoalId(1)).size(), before + 2);
        QCOMPARE(table->table()->rowCount(), int(before + 2));
        QVERIFY(doc->undo());
        QCOMPARE(doc->measurements(GoalId(1)).size(), before);
    }

    void exportFromTheChartsTab()
    {
        QTemporaryDir dir;
        auto doc = openSample(dir);
        QVERIFY(doc);
        ChartsScreen screen(doc.get());
        screen.show();
        QVERIFY(screen.showChart(u"leadtime"_s));
        QSignalSpy messages(&screen, &ChartsScreen::message);
        screen.exportChart(dir.filePath(u"lead.pdf"_s));
        screen.exportChart(dir.filePath(u"lead.png"_s));
        QCOMPARE(messages.count(), 0);
        QVERIFY(QFileInfo(dir.filePath(u"lead.pdf"_s)).size() > 5000);
        QCOMPARE(QImage(dir.filePath(u"lead.png"_s)).size(), QSize(2400, 1500));
        screen.exportChart(dir.filePath(u"missing/lead.png"_s));
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.at(0).at(1).toString().contains(u"Choose a folder you can write to"_s));
    }

    void feedbackBecomesAStory()
    {
        QTemporaryDir dir;
        auto doc = openSample(dir);
        QVERIFY(doc);
        IncrementsView view(doc.get());
        view.show();
        view.selectFeedback(FeedbackId(2));
        QCOMPARE(view.currentIncrement(), IncrementId(1));
        const int steps = doc->undoStack()->count();
        const StoryId story = view.makeStoryFromFeedback();
        QVERIFY(story.isValid());
        const Story s = doc->story(story);
        QCOMPARE(s.title, u"Great beans, but I had no idea which of the six to pick"_s);
        QVERIFY(!s.releaseId.isValid());
        QCOMPARE(s.stepId, doc->story(StoryId(1)).stepId);
        QVERIFY(s.description.contains(u"A bit of guidance would help a lot."_s));
        QCOMPARE(doc->storyGoals(story), QList<GoalId> { GoalId(1) });
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(doc->undoStack()->undoText(), u"Make a Story from Feedback"_s);
        QVERIFY(doc->undo());
        QVERIFY(doc->story(story).title.isEmpty());

        // Feedback added later to the selected increment shows up under it.
        const FeedbackId added = view.addFeedback(QDate(2026, 4, 20), u"Delivery was fast."_s, 4);
        QVERIFY(added.isValid());
        QCOMPARE(doc->incrementFeedback(IncrementId(1)).size(), 4);
        QCOMPARE(view.currentFeedback(), added);
        QCOMPARE(view.tree()->currentItem()->text(3), u"Delivery was fast."_s);
    }

    void chartsFollowTheDocument()
    {
        QTemporaryDir dir;
        auto doc = openSample(dir);
        QVERIFY(doc);
        ChartsScreen screen(doc.get());
        screen.resize(1200, 800);
        screen.show();
        QVERIFY(screen.showChart(u"goal:2"_s));
        QCOMPARE(screen.panel()->chartView()->chart()->title(),
            u"Churn in the first 3 months: Early churn rate"_s);
        // A goal without measurements: the panel says so, and a new measurement draws the chart.
        const GoalId goal = doc->addGoal(u"Retention"_s);
        QVERIFY(screen.showChart(u"goal:3"_s));
        QVERIFY(screen.panel()->emptyMessage().contains(u"“Retention” has no measurements yet"_s));
        QAction *png = screen.editActions().constFirst();
        QCOMPARE(png->text(), u"Export Chart as &PNG…"_s);
        QVERIFY(!png->isEnabled());
        if (!qEnvironmentVariableIsEmpty("VALUEMAP_SHOTS"))
            screen.grab().save(qEnvironmentVariable("VALUEMAP_SHOTS") + u"/charts-empty.png"_s);
        QVERIFY(doc->addMeasurement(goal, QDate(2026, 5, 1), 3).isValid());
        QTRY_VERIFY(screen.panel()->emptyMessage().isEmpty());
        QVERIFY(png->isEnabled());
        QCOMPARE(screen.panel()->chartView()->chart()->title(), u"Retention"_s);
        // Renaming the goal renames it in the chooser.
        QVERIFY(doc->setGoalField(goal, GoalField::Name, u"Loyalty"_s));
        QTRY_COMPARE(
            screen.findChild<QComboBox *>(u"chartChooser"_s)->currentText(), u"Goal: Loyalty"_s);
    }
};

QTEST_MAIN(TestGoalsScreen)
#include "tst_goalsscreen.moc"
