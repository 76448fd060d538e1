// Issue 18: settings that persist into the next window, the welcome page's recent plans, and
// New from Template in English and German.
#include "../app/mainwindow.h"
#include "io/plandata.h"
#include "io/planjson.h"
#include "io/sampleplan.h"
#include "shell/plantemplates.h"
#include "shell/preferences.h"
#include "shell/recentplans.h"
#include "shell/settingsdialog.h"
#include "shell/welcomepage.h"
#include "storage/document.h"
#include "testsupport.h"
#include "widgets/theme.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSpinBox>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Valuemap;

class TestWelcome : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::startCleanSettings();
        QFile::remove(SamplePlan::userCopyPath());
    }

    void settingsPersistIntoTheNextWindow()
    {
        QSettings().clear();
        {
            MainWindow window;
            SettingsDialog *dialog = window.configure();
            QVERIFY(dialog->isVisible());
            dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(u"de"_s));
            dialog->themeBox()->setCurrentIndex(dialog->themeBox()->findData(int(Theme::Dark)));
            dialog->paperBox()->setCurrentIndex(dialog->paperBox()->findData(int(QPageSize::Letter)));
            dialog->authorField()->setText(u"Lena Hoffmann"_s);
            dialog->recentCountBox()->setValue(3);
            dialog->apply();
            dialog->close();
        }
        QCOMPARE(QSettings().value(u"language"_s).toString(), u"de"_s); // what app/main.cpp reads
        QCOMPARE(Theme::savedChoice(), Theme::Dark);
        MainWindow next;
        SettingsDialog *dialog = next.configure();
        QCOMPARE(dialog->languageBox()->currentData().toString(), u"de"_s);
        QCOMPARE(dialog->themeBox()->currentData().toInt(), int(Theme::Dark));
        QCOMPARE(dialog->paperBox()->currentData().toInt(), int(QPageSize::Letter));
        QCOMPARE(dialog->authorField()->text(), u"Lena Hoffmann"_s);
        QCOMPARE(dialog->recentCountBox()->value(), 3);
        QCOMPARE(Preferences::paperSize(), QPageSize::Letter);
        // System language removes the key: the locale decides again.
        dialog->languageBox()->setCurrentIndex(0);
        dialog->themeBox()->setCurrentIndex(dialog->themeBox()->findData(int(Theme::Light)));
        dialog->apply();
        QVERIFY(!QSettings().contains(u"language"_s));
        QSettings().clear();
        Theme::instance()->setChoice(Theme::Light);
    }

    void welcomePageListsRecentPlansWithNameAndDate()
    {
        QSettings().clear();
        QTemporaryDir dir;
        const QString path = Test::makeSamplePlan(dir);
        {
            MainWindow window;
            QVERIFY(window.openFile(path));
            window.closePlan();
            QListWidget *list = window.welcomePage()->recentList();
            QCOMPARE(list->count(), 1);
            const QString text = list->item(0)->text();
            QVERIFY2(text.startsWith(u"Bean There"_s), qPrintable(text));
            QVERIFY2(text.contains(u"changed"_s), qPrintable(text));
            // When, with the whole year (not "12/2/26"), as every date of the app.
            const QString year = QString::number(QFileInfo(path).lastModified().date().year());
            QVERIFY2(text.contains(u"/"_s + year + u' '), qPrintable(text));
            QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), path);
        }
        QCOMPARE(RecentPlans::entries().value(0).productName.left(10), u"Bean There"_s);
        // The count of the settings limits the list.
        Preferences::setRecentCount(1);
        RecentPlans::remember(dir.filePath(u"other.valuemap"_s), u"Other"_s);
        QCOMPARE(RecentPlans::entries().size(), 1);
        QSettings().clear();
    }

    void newFromTemplate_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("activity");
        QTest::addColumn<QString>("visionNoteStart");
        QTest::addColumn<QString>("sampleName");
        QTest::addColumn<QString>("sampleActivity");
        QTest::addColumn<QString>("sampleGoal");
        QTest::addRow("en") << u"en"_s << u"Activity 1"_s << u"What is your purpose"_s
                            << u"Bean There – Coffee Subscription"_s << u"Discover"_s << u"Trial-to-subscriber conversion"_s;
        QTest::addRow("de") << u"de"_s << u"Aktivität 1"_s << u"Warum entwickeln wir"_s << u"Bean There – Kaffee-Abo"_s
                            << u"Entdecken"_s << u"Umwandlung von Interessenten in Abonnenten"_s;
    }

    void newFromTemplate()
    {
        QFETCH(QString, language);
        QFETCH(QString, activity);
        QFETCH(QString, visionNoteStart);
        QFETCH(QString, sampleName);
        QFETCH(QString, sampleActivity);
        QFETCH(QString, sampleGoal);
        QTemporaryDir dir;
        MainWindow window;
        const QString kit = dir.filePath(u"kit.valuemap"_s);
        QVERIFY(window.createFromTemplate(int(PlanTemplates::Kind::WorkshopKit), language, kit));
        Document *doc = window.document();
        QVERIFY(doc);
        QCOMPARE(doc->filePath(), QFileInfo(kit).absoluteFilePath());
        QCOMPARE(doc->activities().size(), PlanTemplates::WorkshopActivities);
        QCOMPARE(doc->activity(doc->activities().first()).title, activity);
        QCOMPARE(doc->product().language, language);
        for (const VisionArea area : { VisionArea::Vision, VisionArea::TargetGroup, VisionArea::Differentiation })
            QCOMPARE(doc->visionNotes(area).size(), 1);
        QVERIFY(doc->visionNote(doc->visionNotes(VisionArea::Vision).first()).text.startsWith(visionNoteStart));
        QCOMPARE(doc->undoStack()->count(), 0); // a fresh plan, nothing to undo

        const QString blank = dir.filePath(u"blank.valuemap"_s);
        QVERIFY(window.createFromTemplate(int(PlanTemplates::Kind::Blank), language, blank));
        QVERIFY(window.document()->activities().isEmpty());
        QCOMPARE(window.document()->product().language, language);

        const QString sample = dir.filePath(u"sample.valuemap"_s);
        QVERIFY(window.createFromTemplate(int(PlanTemplates::Kind::Sample), language, sample));
        Document *plan = window.document();
        QCOMPARE(plan->product().name, sampleName);
        QCOMPARE(plan->product().language, language);
        QCOMPARE(plan->activity(plan->activities().first()).title, sampleActivity);
        QCOMPARE(plan->goal(plan->goals().first()).name, sampleGoal);
        // The whole plan, not a part of it: as many stories as the bundled sample, and in German
        // none of them keeps its English title or description.
        PlanData english;
        QString error;
        QVERIFY2(PlanJson::read(SamplePlan::json(), &english, &error), qPrintable(error));
        QStringList englishTexts;
        for (const PlanRow &row : std::as_const(english.rows)) {
            if (row.table == Table::Story)
                englishTexts << row.row.at(StoryCol::Title).toString() << row.row.at(StoryCol::Description).toString();
        }
        englishTexts.removeAll(QString());
        int stories = 0;
        for (ActivityId a : plan->activities()) {
            for (StepId step : plan->steps(a)) {
                for (StoryId id : plan->stories(step)) {
                    ++stories;
                    const Story story = plan->story(id);
                    QCOMPARE(englishTexts.contains(story.title), language == u"en"_s);
                    if (language == u"de"_s)
                        QVERIFY2(!englishTexts.contains(story.description) || story.description.isEmpty(),
                                 qPrintable(story.description));
                }
            }
        }
        QCOMPARE(stories, int(english.count(Table::Story)));
    }
};

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
