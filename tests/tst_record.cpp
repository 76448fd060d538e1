// `valuemap record increment|measurement|feedback` through the real binary: what a pipeline
// writes appears in the plan (and its JSON export), a re-run changes nothing, a reused event id
// with other content is refused, a bad value names its argument and leaves the file's bytes as
// they were, --dry-run writes nothing, and a plan held open by another process is busy (exit 3).
#include "storage/document.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

const QString ReleaseName = u"MVP – First cup"_s;
const QString GoalName = u"Trial-to-subscriber conversion"_s;

Test::ProcessRun record(const QStringList &arguments)
{
    return Test::runProgram(QStringLiteral(VALUEMAP_EXECUTABLE), QStringList { u"record"_s } + arguments,
                            Test::Display::Headless);
}

QByteArray bytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The plan as `valuemap export json` writes it.
QJsonObject exported(const QTemporaryDir &dir, const QString &plan)
{
    const QString out = dir.filePath(u"export.json"_s);
    QFile::remove(out);
    const Test::ProcessRun run = Test::runProgram(QStringLiteral(VALUEMAP_EXECUTABLE),
        { u"export"_s, u"json"_s, plan, u"-o"_s, out }, Test::Display::Headless);
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    return QJsonDocument::fromJson(bytes(out)).object();
}

QJsonArray rows(const QJsonObject &plan, const char *table)
{
    return plan.value(u"tables"_s).toObject().value(QLatin1StringView(table)).toArray();
}

// The keys of the sample's first stories, as the plan gives them.
QStringList firstKeys(const QString &plan, int n)
{
    QString error;
    const auto doc = Document::open(plan, &error, OpenMode::ReadOnly);
    QStringList keys;
    for (ActivityId a : doc->activities()) {
        for (StepId s : doc->steps(a)) {
            for (StoryId st : doc->stories(s)) {
                if (keys.size() < n)
                    keys.append(doc->storyKey(st));
            }
        }
    }
    return keys;
}

QStringList incrementArgs(const QString &plan, const QString &eventId, const QString &version)
{
    return { u"increment"_s, plan, u"--release"_s, ReleaseName, u"--version"_s, version,
             u"--commit"_s, u"4f2a9c1"_s, u"--environment"_s, u"production"_s,
             u"--date"_s, u"2026-03-02"_s, u"--event-id"_s, eventId };
}

} // namespace

class TestRecord : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    void anIncrementIsStoredWithItsStoriesDone()
    {
        QTemporaryDir dir;
        const QString plan = Test::makeSamplePlan(dir);
        const QStringList keys = firstKeys(plan, 2);
        QVERIFY(keys.size() == 2 && keys.first().startsWith(u"BTCS-"_s));
        const int before = int(rows(exported(dir, plan), "increment").size());
        const Test::ProcessRun run = record(incrementArgs(plan, u"job-1"_s, u"2.3.0"_s)
                                            + QStringList { u"--stories"_s, keys.join(u',').toLower(), u"--json"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject answer = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(answer.value(u"status"_s).toString(), u"created"_s);
        QCOMPARE(answer.value(u"stored"_s).toObject().value(u"version"_s).toString(), u"2.3.0"_s);
        QCOMPARE(answer.value(u"stored"_s).toObject().value(u"stories"_s).toArray().size(), 2);

        const QJsonObject json = exported(dir, plan);
        const QJsonArray increments = rows(json, "increment");
        QCOMPARE(increments.size(), before + 1);
        QJsonObject made;
        for (const QJsonValue &v : increments) {
            if (v.toObject().value(u"version"_s).toString() == "2.3.0"_L1)
                made = v.toObject();
        }
        QCOMPARE(made.value(u"commit_sha"_s).toString(), u"4f2a9c1"_s);
        QCOMPARE(made.value(u"environment"_s).toString(), u"production"_s);
        QCOMPARE(made.value(u"date"_s).toString(), u"2026-03-02"_s);
        QCOMPARE(rows(json, "record_event").size(), 1);
        QCOMPARE(rows(json, "record_event").first().toObject().value(u"event_id"_s).toString(), u"job-1"_s);
        // What shipped is done.
        QString error;
        const auto doc = Document::open(plan, &error, OpenMode::ReadOnly);
        for (const QString &key : keys)
            QCOMPARE(doc->story(doc->storyByKey(key)).status, StoryStatus::Done);
    }

    void aRerunChangesNothingAndOtherContentIsRefused()
    {
        QTemporaryDir dir;
        const QString plan = Test::makeSamplePlan(dir);
        QCOMPARE(record(incrementArgs(plan, u"job-7"_s, u"2.4.0"_s)).exitCode, 0);
        const QByteArray after = bytes(plan);
        const int increments = int(rows(exported(dir, plan), "increment").size());
        QCOMPARE(bytes(plan), after); // exporting reads only

        // The same call again (a re-run pipeline): exit 0, said so, nothing written.
        Test::ProcessRun again = record(incrementArgs(plan, u"job-7"_s, u"2.4.0"_s) + QStringList { u"--json"_s });
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).object().value(u"status"_s).toString(),
                 u"already recorded"_s);
        again = record(incrementArgs(plan, u"job-7"_s, u"2.4.0"_s));
        QVERIFY(again.out.contains(u"Already recorded"_s));
        QCOMPARE(bytes(plan), after);
        QCOMPARE(int(rows(exported(dir, plan), "increment").size()), increments);

        // The same id for something else: refused, the id named, nothing written.
        const Test::ProcessRun conflict = record(incrementArgs(plan, u"job-7"_s, u"2.4.1"_s));
        QCOMPARE(conflict.exitCode, 1);
        QVERIFY2(conflict.err.contains(u"--event-id"_s) && conflict.err.contains(u"job-7"_s), qPrintable(conflict.err));
        QCOMPARE(bytes(plan), after);
    }

    void measurementsAndFeedbackAreStored()
    {
        QTemporaryDir dir;
        const QString plan = Test::makeSamplePlan(dir);
        QCOMPARE(record(incrementArgs(plan, u"deploy-1"_s, u"3.0.0"_s)).exitCode, 0);
        Test::ProcessRun run = record({ u"measurement"_s, plan, u"--goal"_s, GoalName.toUpper(), u"--value"_s,
                                        u"12.5"_s, u"--date"_s, u"2026-03-09"_s, u"--note"_s,
                                        u"from the metrics job"_s, u"--event-id"_s, u"metrics-2026-03-09"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString key = firstKeys(plan, 1).first();
        run = record({ u"feedback"_s, plan, u"--increment"_s, u"3.0.0"_s, u"--text"_s,
                       u"Checkout is quick now"_s, u"--score"_s, u"5"_s, u"--event-id"_s, u"ticket-1"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = record({ u"feedback"_s, plan, u"--story"_s, key, u"--text"_s, u"Wants oat milk"_s,
                       u"--event-id"_s, u"ticket-2"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const QJsonObject json = exported(dir, plan);
        bool measured = false;
        for (const QJsonValue &v : rows(json, "measurement")) {
            const QJsonObject m = v.toObject();
            measured = measured || (m.value(u"value"_s).toDouble() == 12.5 && m.value(u"date"_s).toString() == "2026-03-09"_L1
                                    && m.value(u"note"_s).toString() == "from the metrics job"_L1);
        }
        QVERIFY(measured);
        int onIncrement = 0, onStory = 0;
        for (const QJsonValue &v : rows(json, "feedback")) {
            const QJsonObject f = v.toObject();
            onIncrement += f.value(u"text"_s).toString() == "Checkout is quick now"_L1 && f.value(u"score"_s).toInt() == 5
                && !f.value(u"increment_id"_s).isNull();
            onStory += f.value(u"text"_s).toString() == "Wants oat milk"_L1 && !f.value(u"story_id"_s).isNull();
        }
        QCOMPARE(onIncrement, 1);
        QCOMPARE(onStory, 1);
        QCOMPARE(rows(json, "record_event").size(), 4);
    }

    void aBadValueNamesItsArgumentAndWritesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments"); // PLAN stands for the plan
        QTest::addColumn<QString>("argument");
        const QString plan = u"PLAN"_s;
        QTest::addRow("unknown release") << QStringList { u"increment"_s, plan, u"--release"_s, u"Release 9"_s, u"--event-id"_s, u"e"_s } << u"--release"_s;
        QTest::addRow("bad date") << QStringList { u"increment"_s, plan, u"--release"_s, ReleaseName, u"--date"_s, u"2026-02-30"_s, u"--event-id"_s, u"e"_s } << u"--date"_s;
        QTest::addRow("unknown story key") << QStringList { u"increment"_s, plan, u"--release"_s, ReleaseName, u"--stories"_s, u"BTCS-1,BTCS-999"_s, u"--event-id"_s, u"e"_s } << u"--stories"_s;
        QTest::addRow("other prefix") << QStringList { u"increment"_s, plan, u"--release"_s, ReleaseName, u"--stories"_s, u"XY-1"_s, u"--event-id"_s, u"e"_s } << u"--stories"_s;
        QTest::addRow("short year") << QStringList { u"measurement"_s, plan, u"--goal"_s, GoalName, u"--value"_s, u"1"_s, u"--date"_s, u"26-03-02"_s, u"--event-id"_s, u"e"_s } << u"--date"_s;
        QTest::addRow("unknown goal") << QStringList { u"measurement"_s, plan, u"--goal"_s, u"Happiness"_s, u"--value"_s, u"1"_s, u"--event-id"_s, u"e"_s } << u"--goal"_s;
        QTest::addRow("value no number") << QStringList { u"measurement"_s, plan, u"--goal"_s, GoalName, u"--value"_s, u"12,5"_s, u"--event-id"_s, u"e"_s } << u"--value"_s;
        QTest::addRow("value infinite") << QStringList { u"measurement"_s, plan, u"--goal"_s, GoalName, u"--value"_s, u"inf"_s, u"--event-id"_s, u"e"_s } << u"--value"_s;
        QTest::addRow("value too large") << QStringList { u"measurement"_s, plan, u"--goal"_s, GoalName, u"--value"_s, u"1e308"_s, u"--event-id"_s, u"e"_s } << u"--value: 1e308 is beyond what a plan keeps: a value lies between -1000000000000 and 1000000000000"_s;
        QTest::addRow("tab in event id") << QStringList { u"measurement"_s, plan, u"--goal"_s, GoalName, u"--value"_s, u"1"_s, u"--event-id"_s, u"job\t7"_s } << u"--event-id"_s;
        QTest::addRow("unknown increment") << QStringList { u"feedback"_s, plan, u"--increment"_s, u"9.9.9"_s, u"--text"_s, u"x"_s, u"--event-id"_s, u"e"_s } << u"--increment"_s;
        QTest::addRow("unknown story") << QStringList { u"feedback"_s, plan, u"--story"_s, u"BTCS-999"_s, u"--text"_s, u"x"_s, u"--event-id"_s, u"e"_s } << u"--story"_s;
        QTest::addRow("score 6") << QStringList { u"feedback"_s, plan, u"--story"_s, u"BTCS-1"_s, u"--text"_s, u"x"_s, u"--score"_s, u"6"_s, u"--event-id"_s, u"e"_s } << u"--score"_s;
        QTest::addRow("empty text") << QStringList { u"feedback"_s, plan, u"--story"_s, u"BTCS-1"_s, u"--text"_s, u"  "_s, u"--event-id"_s, u"e"_s } << u"--text"_s;
        QTest::addRow("empty event id") << QStringList { u"feedback"_s, plan, u"--story"_s, u"BTCS-1"_s, u"--text"_s, u"x"_s, u"--event-id"_s, u" "_s } << u"--event-id"_s;
    }

    void aBadValueNamesItsArgumentAndWritesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, argument);
        QTemporaryDir dir;
        const QString plan = Test::makeSamplePlan(dir);
        arguments.replace(1, plan);
        const QByteArray before = bytes(plan);
        const Test::ProcessRun run = record(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(argument), qPrintable(run.err));
        QVERIFY2(!run.err.contains(u"SQL"_s, Qt::CaseInsensitive), qPrintable(run.err));
        QCOMPARE(bytes(plan), before);
        QVERIFY(!QFile::exists(plan + u"-wal"_s));
    }

    void wrongUsageExitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::addRow("no kind") << QStringList {} << QString();
        QTest::addRow("unknown kind") << QStringList { u"deploy"_s, u"PLAN"_s } << QString();
        QTest::addRow("no event id") << QStringList { u"increment"_s, u"PLAN"_s, u"--release"_s, ReleaseName } << QString();
        QTest::addRow("no release") << QStringList { u"increment"_s, u"PLAN"_s, u"--event-id"_s, u"e"_s } << QString();
        QTest::addRow("both targets") << QStringList { u"feedback"_s, u"PLAN"_s, u"--story"_s, u"BTCS-1"_s, u"--increment"_s, u"1"_s, u"--text"_s, u"x"_s, u"--event-id"_s, u"e"_s } << QString();
        QTest::addRow("unknown option") << QStringList { u"measurement"_s, u"PLAN"_s, u"--goal"_s, GoalName, u"--value"_s, u"1"_s, u"--stories"_s, u"BTCS-1"_s, u"--event-id"_s, u"e"_s } << QString();
        QTest::addRow("bad wait") << QStringList { u"measurement"_s, u"PLAN"_s, u"--goal"_s, GoalName, u"--value"_s, u"1"_s, u"--wait"_s, u"soon"_s, u"--event-id"_s, u"e"_s } << QString();
        QTest::addRow("no such plan") << QStringList { u"measurement"_s, u"missing.valuemap"_s, u"--goal"_s, GoalName, u"--value"_s, u"1"_s, u"--event-id"_s, u"e"_s }
                                      << u"does not exist"_s;
        // Named for what they are (all three said "no plan file (it does not exist or is a
        // folder)", with no path to look at).
        QTest::addRow("a folder") << QStringList { u"measurement"_s, u"@FOLDER@"_s, u"--goal"_s, GoalName, u"--value"_s, u"1"_s, u"--event-id"_s, u"e"_s }
                                  << u"is a folder"_s;
        QTest::addRow("a device") << QStringList { u"measurement"_s, u"/dev/zero"_s, u"--goal"_s, GoalName, u"--value"_s, u"1"_s, u"--event-id"_s, u"e"_s }
                                  << u"“/dev/zero” is not a regular file"_s;
    }

    void wrongUsageExitsTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString plan = Test::makeSamplePlan(dir);
        arguments.replaceInStrings(u"PLAN"_s, plan);
        arguments.replaceInStrings(u"@FOLDER@"_s, dir.path());
        const QByteArray before = bytes(plan);
        const Test::ProcessRun run = record(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        QCOMPARE(bytes(plan), before);
    }

    void aDryRunWritesNothing()
    {
        QTemporaryDir dir;
        const QString plan = Test::makeSamplePlan(dir);
        const QByteArray before = bytes(plan);
        const Test::ProcessRun run = record(incrementArgs(plan, u"job-9"_s, u"9.0.0"_s)
                                            + QStringList { u"--dry-run"_s, u"--json"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject answer = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(answer.value(u"status"_s).toString(), u"dry run"_s);
        QCOMPARE(answer.value(u"stored"_s).toObject().value(u"version"_s).toString(), u"9.0.0"_s);
        QCOMPARE(bytes(plan), before);
        QCOMPARE(rows(exported(dir, plan), "record_event").size(), 0);
    }

    // A -wal beside a cleanly closed plan belongs to another database: the record sets it
    // aside, as opening the plan for editing does, and says so on standard error and in
    // --json (it said nothing; check and the window did). A dry run leaves it and says that.
    void aForeignSideFileSetAsideIsSaid_data()
    {
        QTest::addColumn<bool>("dryRun");
        QTest::addRow("record") << false;
        QTest::addRow("dry run") << true;
    }
    void aForeignSideFileSetAsideIsSaid()
    {
        QFETCH(bool, dryRun);
        QTemporaryDir dir;
        const QString plan = Test::makeSamplePlan(dir);
        const QByteArray foreign = Test::foreignLog();
        {
            QFile wal(plan + u"-wal"_s);
            QVERIFY(wal.open(QIODevice::WriteOnly));
            wal.write(foreign);
        }
        QStringList args { u"measurement"_s, plan, u"--goal"_s, GoalName, u"--value"_s, u"5"_s,
                           u"--event-id"_s, u"m-aside"_s, u"--json"_s };
        if (dryRun)
            args.append(u"--dry-run"_s);
        const Test::ProcessRun run = record(args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray notices = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"notices"_s).toArray();
        QCOMPARE(notices.size(), 1);
        const QString notice = notices.first().toString();
        QVERIFY2(notice.contains(u"sample.valuemap-wal"_s) && notice.contains(u"not applied"_s), qPrintable(notice));
        QVERIFY2(run.err.contains(u"valuemap record: warning: "_s + notice), qPrintable(run.err));
        const QStringList aside = QDir(dir.path()).entryList({ u"*.set-aside-*"_s }, QDir::Files);
        if (dryRun) {
            QVERIFY(aside.isEmpty());
            QCOMPARE(bytes(plan + u"-wal"_s), foreign);
        } else {
            QCOMPARE(aside.size(), 1);
            QVERIFY2(notice.contains(aside.first()), qPrintable(notice));
            QCOMPARE(bytes(dir.filePath(aside.first())), foreign);
        }
    }

    // A plan that fails its checks is refused as bad input, and a dry run says so too (it said
    // "would record"); an older plan is not brought up to date on the way (found by hostile
    // testing: its version went from 3 to 4 before the refusal).
    void aPlanWithProblemsIsRefusedAndLeftAsItWas_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<bool>("dryRun");
        QTest::addRow("current, edited outside") << QString() << false;
        QTest::addRow("current, edited outside, dry run") << QString() << true;
        QTest::addRow("older plan, a bad value") << u"plan-v3.valuemap"_s << false;
        QTest::addRow("older plan, a bad value, dry run") << u"plan-v3.valuemap"_s << true;
    }
    void aPlanWithProblemsIsRefusedAndLeftAsItWas()
    {
        QFETCH(QString, fixture);
        QFETCH(bool, dryRun);
        QTemporaryDir dir;
        QString plan = Test::makeSamplePlan(dir);
        if (!fixture.isEmpty()) {
            plan = dir.filePath(fixture);
            QVERIFY(QFile::copy(QStringLiteral(VALUEMAP_FIXTURES) + u'/' + fixture, plan));
            QFile::setPermissions(plan, QFile::ReadOwner | QFile::WriteOwner);
            Test::runSql(plan, { u"UPDATE story SET estimate = -5 WHERE id = 3"_s });
        } else {
            Test::runSql(plan, { u"UPDATE story SET title = 'Changed by a script' WHERE id = 3"_s });
        }
        const QByteArray before = bytes(plan);
        QStringList arguments = incrementArgs(plan, u"job-7"_s, u"7.0.0"_s);
        if (dryRun)
            arguments << u"--dry-run"_s;
        const Test::ProcessRun run = record(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"so it is open for viewing only"_s) && run.err.contains(u"valuemap check"_s),
                 qPrintable(run.err));
        QVERIFY(!run.out.contains(u"would record"_s));
        QCOMPARE(bytes(plan), before);
    }

    // Another process (as a desktop would) holds the plan open: after --wait, exit 3 naming it;
    // once it lets go, the same call records.
    void aPlanOpenElsewhereIsBusy()
    {
        QTemporaryDir dir;
        const QString plan = Test::makeSamplePlan(dir);
        QProcess holder;
        holder.start(QStringLiteral(VALUEMAP_PLANHOLDER), { plan });
        QVERIFY(holder.waitForReadyRead(60000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("open"));
        const QByteArray before = bytes(plan);
        const Test::ProcessRun busy = record(incrementArgs(plan, u"job-3"_s, u"3.1.0"_s)
                                             + QStringList { u"--wait"_s, u"0.5"_s });
        QCOMPARE(busy.exitCode, 3);
        QVERIFY2(busy.err.contains(u"process %1"_s.arg(holder.processId())), qPrintable(busy.err));
        QVERIFY2(busy.err.contains(u"valuemap_planh"_s), qPrintable(busy.err)); // its name, as /proc has it
        QVERIFY(busy.err.contains(u"--wait"_s));
        QCOMPARE(bytes(plan), before);

        holder.write("\n");
        QVERIFY(holder.waitForFinished(60000));
        QCOMPARE(holder.exitCode(), 0);
        const Test::ProcessRun run = record(incrementArgs(plan, u"job-3"_s, u"3.1.0"_s));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    // For someone who has the plan open, a record is one undo step that names its source.
    void aRecordIsOneUndoStepNamingItsSource()
    {
        QTemporaryDir dir;
        const QString plan = Test::makeSamplePlan(dir);
        QString error;
        const auto doc = Document::open(plan, &error);
        QVERIFY2(doc, qPrintable(error));
        const qsizetype increments = doc->increments().size();
        RecordRequest q;
        q.kind = RecordKind::Increment;
        q.eventId = u"pipeline-42"_s;
        q.source = u"GitLab CI"_s;
        q.release = ReleaseName;
        q.version = u"2.3.0"_s;
        q.stories = { doc->storyKey(doc->stories(doc->steps(doc->activities().first()).first()).first()) };
        const int steps = doc->undoStack()->count();
        const RecordResult r = doc->record(q);
        QCOMPARE(r.status, RecordResult::Created);
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(doc->undoStack()->undoText(), u"Record increment 2.3.0 from GitLab CI"_s);
        QCOMPARE(doc->increment(IncrementId(r.rowId)).version, u"2.3.0"_s);
        QVERIFY(doc->undo());
        QCOMPARE(doc->increments().size(), increments);
        QCOMPARE(doc->store().count(Table::RecordEvent), 0);
        // Undone, the event is not recorded: the pipeline's re-run records it again.
        QCOMPARE(doc->record(q).status, RecordResult::Created);
        QCOMPARE(doc->record(q).status, RecordResult::AlreadyRecorded);
        // A source with control and direction-changing characters: every member's status bar
        // shows the undo text, so it is one plain line ("Rename evil", not "Rename live").
        q.eventId = u"pipeline-43"_s;
        q.version = u"2.3.1"_s;
        q.source = u"CI\x1b]0;owned\x07 \u202eevil\nnext"_s;
        QCOMPARE(doc->record(q).status, RecordResult::Created);
        QCOMPARE(doc->undoStack()->undoText(), u"Record increment 2.3.1 from CI]0;owned evil next"_s);
    }
};

QTEST_GUILESS_MAIN(TestRecord)
#include "tst_record.moc"
