// Nothing acknowledged is lost: a process killed with SIGKILL in the middle of edits, a full
// disk, and a plan its user may not write. The edits run in a process of their own with the
// real Document (the test-only valuemap_script), which acknowledges each committed edit on its
// standard output.
#include "storage/document.h"
#include "storage/plancheck.h"
#include "storage/rowcheck.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

struct Edit
{
    enum Kind { Add, Describe, Delete } kind;
    qint64 story = 0; // Describe, Delete
    QString text; // Add: title, Describe: description
};

QString commandFor(const Edit &e)
{
    switch (e.kind) {
    case Edit::Add:
        return u"add "_s + e.text;
    case Edit::Describe:
        return u"describe %1 %2"_s.arg(e.story).arg(e.text);
    case Edit::Delete:
        return u"delete %1"_s.arg(e.story);
    }
    return {};
}

bool hasStoryTitled(const Document &doc, const QString &title)
{
    for (qint64 id : doc.store().group(Table::Story, -1, 0)) {
        if (doc.store().value(Table::Story, id, StoryCol::Title).toString() == title)
            return true;
    }
    return false;
}

// The test's script runner run by the unprivileged user nobody on plan, fed `commands`.
struct NobodyRun
{
    QString skip; // why it cannot be run here (then nothing else is set)
    bool finished = false;
    QString out;
};
NobodyRun scriptAsNobody(const QString &plan, const QByteArray &commands)
{
    NobodyRun run;
    // The build tree may be out of the unprivileged user's reach (a clone in /root).
    const QTemporaryDir bin(u"/tmp/valuemap-bin-XXXXXX"_s);
    const QString program = Test::copyForOtherUsers(QStringLiteral(VALUEMAP_SCRIPT), bin);
    if (program.isEmpty()) {
        run.skip = u"cannot copy the script runner to where an unprivileged user can run it"_s;
        return run;
    }
    QProcess process;
    process.start(u"runuser"_s, { u"-u"_s, u"nobody"_s, u"--"_s, program, plan });
    if (!process.waitForStarted())
        return run;
    process.write(commands);
    process.closeWriteChannel();
    run.finished = process.waitForFinished(30000);
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    if (run.finished && run.out.isEmpty())
        run.skip = u"the unprivileged user cannot run the test binary here: "_s
            + QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    void killedMidEditLosesNothingAcknowledged_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 10; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    // Ten trials per seed, a hundred across the suite.
    void killedMidEditLosesNothingAcknowledged()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        for (int trial = 0; trial < 10; ++trial) {
            QTemporaryDir dir;
            const QString path = Test::makeSamplePlan(dir);
            // A script of distinct edits: new stories, descriptions of distinct sample stories,
            // deletions of others.
            QList<Edit> edits;
            QList<qint64> untouched;
            for (qint64 id = 1; id <= 60; ++id)
                untouched.append(id);
            for (int i = 0; i < 30; ++i) {
                const int kind = rng.bounded(3);
                const QString token = u"s%1-t%2-e%3"_s.arg(seed).arg(trial).arg(i);
                if (kind == 0) {
                    edits.append({ Edit::Add, 0, u"Story "_s + token });
                } else {
                    const qint64 story = untouched.takeAt(rng.bounded(int(untouched.size())));
                    edits.append(kind == 1 ? Edit{ Edit::Describe, story, u"Described "_s + token }
                                           : Edit{ Edit::Delete, story, {} });
                }
            }
            QProcess process;
            process.start(QStringLiteral(VALUEMAP_SCRIPT), { path });
            QVERIFY(process.waitForStarted());
            QString script;
            for (const Edit &e : std::as_const(edits))
                script += commandFor(e) + u'\n';
            process.write(script.toUtf8());
            // Kill after a random number of acknowledgements (sometimes before the first).
            const int killAfter = rng.bounded(31);
            int acknowledged = 0;
            QByteArray pending;
            while (acknowledged < killAfter && process.state() == QProcess::Running) {
                if (!process.canReadLine() && !process.waitForReadyRead(10000))
                    break;
                while (process.canReadLine()) {
                    const QByteArray line = process.readLine();
                    if (line.startsWith("ack "))
                        ++acknowledged;
                    QVERIFY2(!line.startsWith("error"), line.constData());
                    if (acknowledged == killAfter)
                        break;
                }
            }
            ::kill(pid_t(process.processId()), SIGKILL);
            QVERIFY(process.waitForFinished(10000));

            QString error;
            auto doc = Document::open(path, &error);
            QVERIFY2(doc, qPrintable(error));
            const QStringList problems = planProblems(*doc);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            for (int i = 0; i < acknowledged; ++i) {
                const Edit &e = edits[i];
                switch (e.kind) {
                case Edit::Add:
                    QVERIFY2(hasStoryTitled(*doc, e.text), qPrintable(u"lost: "_s + commandFor(e)));
                    break;
                case Edit::Describe:
                    QCOMPARE(doc->story(StoryId(e.story)).description, e.text);
                    break;
                case Edit::Delete:
                    QVERIFY2(!doc->store().contains(Table::Story, e.story), qPrintable(u"lost: "_s + commandFor(e)));
                    break;
                }
            }
        }
    }

    void aFullDiskGetsAMessageAndTheLastGoodStateStays()
    {
        if (QStandardPaths::findExecutable(u"unshare"_s).isEmpty())
            QSKIP("unshare(1) is not installed");
        QTemporaryDir dir;
        const QString sample = Test::makeSamplePlan(dir);
        const QString mount = dir.filePath(u"tiny"_s);
        QDir().mkpath(mount);
        const QString big = QString(20000, u'x');
        QString script;
        for (int i = 1; i <= 12; ++i)
            script += u"describe %1 %2 %3\n"_s.arg(i).arg(i).arg(big);
        script += u"remove-file "_s + mount + u"/filler\n"_s;
        script += u"describe 40 written after space was freed\nquit\n"_s;
        QFile scriptFile(dir.filePath(u"script.txt"_s));
        QVERIFY(scriptFile.open(QIODevice::WriteOnly));
        scriptFile.write(script.toUtf8());
        scriptFile.close();
        // A 600 KiB file system holding the plan and a filler that leaves ~100 KiB.
        const QString shell = uR"(set -e
mount -t tmpfs -o size=600k none "$1"
cp "$2" "$1/plan.valuemap"
dd if=/dev/zero of="$1/filler" bs=1k count=340 2>/dev/null
"$3" "$1/plan.valuemap" < "$4" > "$5/log.txt" || true
cp "$1"/plan.valuemap* "$5/"
)"_s;
        QProcess process;
        process.start(u"unshare"_s, { u"-rm"_s, u"sh"_s, u"-c"_s, shell, u"sh"_s, mount, sample,
                                      QStringLiteral(VALUEMAP_SCRIPT), scriptFile.fileName(), dir.path() });
        QVERIFY(process.waitForFinished(60000));
        if (process.exitCode() != 0)
            QSKIP(qPrintable(u"cannot mount a small file system here: "_s + QString::fromUtf8(process.readAllStandardError())));
        QFile logFile(dir.filePath(u"log.txt"_s));
        QVERIFY(logFile.open(QIODevice::ReadOnly));
        const QStringList log = QString::fromUtf8(logFile.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QStringList acked;
        int failures = 0;
        QString message;
        for (const QString &line : log) {
            if (line.startsWith(u"ack "_s))
                acked.append(line.section(u' ', 2, 2));
            if (line.startsWith(u"error "_s)) {
                ++failures;
                message = line;
            }
        }
        QVERIFY2(failures > 0, "the disk never filled up");
        QVERIFY2(message.contains(u"Could not save the change"_s) && message.contains(u"disk"_s)
                         && message.contains(u"Free disk space"_s),
                 qPrintable(message));
        QVERIFY2(log.contains(u"removed"_s), qPrintable(log.join(u'\n')));
        QCOMPARE(log.last().section(u' ', 0, 0), u"ack"_s); // the retry after freeing space worked
        QCOMPARE(acked.last(), u"40"_s);

        QString error;
        auto doc = Document::open(dir.filePath(u"plan.valuemap"_s), &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(planProblems(*doc).isEmpty());
        for (const QString &id : std::as_const(acked)) {
            if (id != u"40"_s)
                QCOMPARE(doc->story(StoryId(id.toLongLong())).description, u"%1 %2"_s.arg(id, big));
        }
        QCOMPARE(doc->story(StoryId(40)).description, u"written after space was freed"_s);
        // The edits that failed left their stories as they were.
        for (int i = 1; i <= 12; ++i) {
            if (!acked.contains(QString::number(i)))
                QVERIFY(doc->story(StoryId(i)).description != u"%1 %2"_s.arg(i).arg(big));
        }
    }

    // Closed cleanly, and copied while it was open (its header in WAL mode, no -wal beside
    // it): the second was refused as "not a plan this version of Valuemap can trust", because
    // SQLite could not make the -shm it wanted in the folder.
    void aPlanItsUserMayNotWriteOpensReadOnlyAndStaysUntouched_data()
    {
        QTest::addColumn<bool>("walMode");
        QTest::addRow("closed cleanly") << false;
        QTest::addRow("copied while open") << true;
    }

    void aPlanItsUserMayNotWriteOpensReadOnlyAndStaysUntouched()
    {
        QFETCH(bool, walMode);
        if (::geteuid() != 0 || QStandardPaths::findExecutable(u"runuser"_s).isEmpty())
            QSKIP("needs root and runuser(1) to act as an unprivileged user");
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                  | QFile::ReadOther | QFile::ExeOther);
        const QString path = Test::makeSamplePlan(dir);
        if (walMode)
            Test::runSql(path, { u"PRAGMA journal_mode = WAL"_s });
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        const QByteArray hash = Test::fileHash(path);
        const NobodyRun run = scriptAsNobody(path, "add Not allowed\nquit\n");
        if (!run.skip.isEmpty())
            QSKIP(qPrintable(run.skip));
        QVERIFY2(run.finished, "the script runner did not start or end");
        const QString &out = run.out;
        QVERIFY2(out.startsWith(u"readonly "_s) && out.contains(u"read-only"_s), qPrintable(out));
        QVERIFY2(out.contains(u"error This plan cannot be changed"_s), qPrintable(out));
        QCOMPARE(Test::fileHash(path), hash);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList { QFileInfo(path).fileName() });
    }

    // In a shared folder (sticky, like /tmp) a foreign -wal that belongs to someone else can
    // be neither renamed nor removed by the plan's owner. It was "set aside" by a link to a
    // new name while it stayed beside the plan, and SQLite then applied it: another
    // database's rows in the plan. Now the open is refused, and the plan stays as it was.
    void aSideFileThatCannotBeMovedKeepsThePlanAsItWas()
    {
        const passwd *nobody = ::getpwnam("nobody");
        if (::geteuid() != 0 || !nobody || QStandardPaths::findExecutable(u"runuser"_s).isEmpty())
            QSKIP("needs root and runuser(1) to act as an unprivileged user");
        const QTemporaryDir shared(u"/tmp/valuemap-shared-XXXXXX"_s);
        QVERIFY(::chmod(QFile::encodeName(shared.path()).constData(), 01777) == 0);
        QTemporaryDir source;
        const QString path = shared.path() + u"/plan.valuemap"_s;
        QVERIFY(QFile::copy(Test::makeSamplePlan(source), path));
        QVERIFY(::chown(QFile::encodeName(path).constData(), nobody->pw_uid, nobody->pw_gid) == 0);
        // Root's file, writable by all, as a careless tool might leave one.
        const QString wal = path + u"-wal"_s;
        const QByteArray foreign = Test::foreignLog();
        Test::writeBytes(wal, foreign);
        QVERIFY(::chmod(QFile::encodeName(wal).constData(), 0666) == 0);
        const QByteArray hash = Test::fileHash(path);
        const NobodyRun run = scriptAsNobody(path, "add Not allowed\nquit\n");
        if (!run.skip.isEmpty())
            QSKIP(qPrintable(run.skip));
        QVERIFY2(run.finished, "the script runner did not start or end");
        const QString &out = run.out;
        QVERIFY2(out.startsWith(u"error "_s) && out.contains(u"could not move it away"_s), qPrintable(out));
        QCOMPARE(Test::fileHash(path), hash);
        QCOMPARE(Test::readBytes(wal), foreign);
        QCOMPARE(QDir(shared.path()).entryList(QDir::Files | QDir::Hidden),
                 (QStringList { u"plan.valuemap"_s, u"plan.valuemap-wal"_s }));
    }

    void hostileTextExportsToPdf()
    {
        // Quotes, SQL, RTL marks, emoji with joiners, combining marks, 100,000 characters, and
        // text with NUL and a lone surrogate (cleaned on the way in) — on the map and the vision.
        QTemporaryDir dir;
        const QString path = Test::makeSamplePlan(dir);
        const QStringList texts = {
            u"Robert'); DROP TABLE story;-- \"quoted\""_s,
            u"\u202Bשלום\u202C and العربية"_s,
            u"Family 👨‍👩‍👧‍👦 and ☕️"_s,
            u"e\u0301 a\u0308 Zu\u0308rich"_s,
            QString(100000, u'w'),
            u"nul\0and"_s + QChar(0xD800) + u"surrogate"_s,
        };
        {
            QString error;
            auto doc = Document::open(path, &error);
            QVERIFY2(doc, qPrintable(error));
            const StepId step = doc->steps(doc->activities().first()).first();
            for (const QString &text : texts) {
                // A title is one line of at most MaxLineLength characters (a longer one would
                // make the plan fail its checks, and an export of it is refused).
                QVERIFY(doc->addStory(step, {}, text.left(MaxLineLength)).isValid());
                QVERIFY(doc->addVisionNote(VisionArea::Needs, text).isValid());
            }
        }
        for (const QStringList &command : { QStringList{ u"vision"_s }, QStringList{ u"map-pdf"_s },
                                            QStringList{ u"map-pdf"_s, u"--tiled"_s } }) {
            const QString out = dir.filePath(command.join(u'-') + u".pdf"_s);
            QProcess process;
            process.start(QStringLiteral(VALUEMAP_EXECUTABLE),
                          QStringList{ u"export"_s, command.first(), path, u"-o"_s, out } + command.mid(1));
            QVERIFY(process.waitForFinished(120000));
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            const QString messages = QString::fromUtf8(process.readAllStandardError());
            QVERIFY2(process.exitCode() == 0, qPrintable(messages));
            if (command.first() == "vision"_L1) // the 100,000 characters do not fit a page: said so
                QVERIFY2(messages.contains(u"shortened"_s), qPrintable(messages));
            QFile pdf(out);
            QVERIFY(pdf.open(QIODevice::ReadOnly));
            QVERIFY(pdf.read(5) == "%PDF-");
        }
    }

    void exportsRefuseADeviceAndLeaveItAlone_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addRow("json") << QStringList{ u"export"_s, u"json"_s };
        QTest::addRow("vision") << QStringList{ u"export"_s, u"vision"_s };
        QTest::addRow("map-png") << QStringList{ u"export"_s, u"map-png"_s };
        QTest::addRow("chart") << QStringList{ u"export"_s, u"chart"_s, u"burnup"_s };
    }

    // /dev/full as an export target: the writer must not rename a file over the device (as root
    // that would replace it), and must say what is wrong.
    void exportsRefuseADeviceAndLeaveItAlone()
    {
        QFETCH(QStringList, command);
        if (::geteuid() != 0 || QStandardPaths::findExecutable(u"mknod"_s).isEmpty())
            QSKIP("needs root and mknod(1) to make a copy of /dev/full");
        QTemporaryDir dir;
        const QString plan = Test::makeSamplePlan(dir);
        const QString device = dir.filePath(u"full.png"_s); // a name every exporter accepts
        QCOMPARE(QProcess::execute(u"mknod"_s, { device, u"c"_s, u"1"_s, u"7"_s }), 0);
        QProcess process;
        process.start(QStringLiteral(VALUEMAP_EXECUTABLE), command + QStringList{ plan, u"-o"_s, device });
        QVERIFY(process.waitForFinished(60000));
        QVERIFY(process.exitCode() != 0);
        const QString message = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(message.contains(u"not a regular file"_s), qPrintable(message));
        QVERIFY(QFileInfo(device).exists() && !QFileInfo(device).isFile()); // still the device
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
