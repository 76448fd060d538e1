// Outputs never clobber what they must not, through the real binary: no command writes over the
// plan it reads (by name, link or hard link), over a plan open in a running Valuemap, over a
// device, a pipe or a link that points nowhere; new files are placed without replacing one that
// appeared meanwhile; temporary files of a killed run are removed by the next one; every
// command shares one exit-code table. Each case asserts the exit code, the message (in the
// user's words, no SQL), every file in the folder byte-identical and no stray files.
#include "planfactory.h"
#include "testsupport.h"

#include "io/outputfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

using Test::valuemap;
using Test::sqlIn;
using Test::runSql;

using Run = Test::ProcessRun;

// Every entry of a folder with what it is: the hash of a regular file, the target of a link,
// the kind of anything else (a FIFO is never opened: that would block).
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> entries;
    const QStringList names = QDir(folder).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        const QString path = QDir(folder).filePath(name);
        struct stat st;
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            continue;
        if (S_ISLNK(st.st_mode))
            entries.insert(name, "link to " + QFile::encodeName(QFileInfo(path).symLinkTarget()));
        else if (S_ISREG(st.st_mode))
            entries.insert(name, Test::fileHash(path));
        else if (S_ISFIFO(st.st_mode))
            entries.insert(name, "fifo");
        else
            entries.insert(name, "other");
    }
    return entries;
}

QStringList strayFiles(const QString &folder)
{
    return QDir(folder).entryList(
        { u".vm-*"_s, u"*.tmp*"_s, u"*-journal"_s }, QDir::Files | QDir::Hidden | QDir::System);
}

// A second process holding a plan open, as a window would (the test-only script runner).
class Holder
{
public:
    bool start(const QString &plan)
    {
        m_process.start(QStringLiteral(VALUEMAP_SCRIPT), { plan });
        if (!m_process.waitForStarted() || !m_process.waitForReadyRead(60000))
            return false;
        return m_process.readLine().startsWith("ready");
    }
    ~Holder()
    {
        m_process.write("quit\n");
        m_process.closeWriteChannel();
        m_process.waitForFinished(30000);
    }

private:
    QProcess m_process;
};

} // namespace

class TestOutputs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    void refusedOutputs_data()
    {
        // How the output is prepared (relative to the plan "plan.valuemap" in the folder), the
        // command (PLAN and OUT replaced), the exit code and a part of the message.
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("expected");
        const QString plan = u"PLAN"_s;
        const QString out = u"OUT"_s;
        QTest::addRow("vision onto its plan")
            << u"plan"_s << QStringList { u"export"_s, u"vision"_s, plan, u"-o"_s, out }
            << u"is the file being read"_s;
        QTest::addRow("vision onto its plan --force")
            << u"plan"_s
            << QStringList { u"export"_s, u"vision"_s, plan, u"-o"_s, out, u"--force"_s }
            << u"is the file being read"_s;
        QTest::addRow("chart onto its plan")
            << u"plan"_s << QStringList { u"export"_s, u"chart"_s, u"burnup"_s, plan, u"-o"_s, out }
            << u"is the file being read"_s;
        QTest::addRow("json onto its plan")
            << u"plan"_s << QStringList { u"export"_s, u"json"_s, plan, u"-o"_s, out }
            << u"is the file being read"_s;
        QTest::addRow("vision onto a link to its plan")
            << u"link"_s << QStringList { u"export"_s, u"vision"_s, plan, u"-o"_s, out }
            << u"is the file being read"_s;
        QTest::addRow("map-png onto a hard link to its plan")
            << u"hardlink"_s
            << QStringList { u"export"_s, u"map-png"_s, plan, u"-o"_s, out, u"--force"_s }
            << u"is the file being read"_s;
        QTest::addRow("import onto its input")
            << u"plan"_s << QStringList { u"import"_s, u"json"_s, plan, u"-o"_s, out, u"--force"_s }
            << u"is the file being read"_s;
        QTest::addRow("csv onto another plan")
            << u"other"_s << QStringList { u"export"_s, u"csv"_s, plan, u"-o"_s, out }
            << u"is a Valuemap plan"_s;
        QTest::addRow("import onto an existing file")
            << u"file"_s << QStringList { u"import"_s, u"json"_s, u"JSON"_s, u"-o"_s, out }
            << u"already exists"_s;
        QTest::addRow("import onto a dangling link")
            << u"dangling"_s << QStringList { u"import"_s, u"json"_s, u"JSON"_s, u"-o"_s, out }
            << u"does not exist; Valuemap does not write through it"_s;
        QTest::addRow("export onto a dangling link")
            << u"dangling"_s << QStringList { u"export"_s, u"json"_s, plan, u"-o"_s, out }
            << u"does not exist; Valuemap does not write through it"_s;
        QTest::addRow("import --force onto a FIFO")
            << u"fifo"_s
            << QStringList { u"import"_s, u"json"_s, u"JSON"_s, u"-o"_s, out, u"--force"_s }
            << u"not a regular file"_s;
        QTest::addRow("export --force onto a FIFO")
            << u"fifo"_s
            << QStringList { u"export"_s, u"map-svg"_s, plan, u"-o"_s, out, u"--force"_s }
            << u"not a regular file"_s;
        QTest::addRow("chart onto a folder")
            << u"folder"_s
            << QStringList { u"export"_s, u"chart"_s, u"burnup"_s, plan, u"-o"_s, out }
            << u"is a folder"_s;
    }

    void refusedOutputs()
    {
        QFETCH(QString, setup);
        QFETCH(QStringList, command);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString plan = Test::makeSamplePlan(dir, u"plan.valuemap"_s);
        const QString json = dir.filePath(u"plan.json"_s);
        QCOMPARE(valuemap({ u"export"_s, u"json"_s, plan, u"-o"_s, json }).exitCode, 0);
        QString out = dir.filePath(u"out.pdf"_s);
        const QByteArray native = QFile::encodeName(out);
        if (setup == "plan"_L1) {
            out = plan;
        } else if (setup == "link"_L1) {
            QVERIFY(QFile::link(plan, out));
        } else if (setup == "hardlink"_L1) {
            QCOMPARE(::link(QFile::encodeName(plan).constData(), native.constData()), 0);
        } else if (setup == "other"_L1) {
            out = Test::makeSamplePlan(dir, u"other.valuemap"_s);
        } else if (setup == "file"_L1) {
            QFile file(out);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write("keep me") == 7);
        } else if (setup == "dangling"_L1) {
            QVERIFY(QFile::link(dir.filePath(u"nowhere.valuemap"_s), out));
        } else if (setup == "fifo"_L1) {
            QCOMPARE(::mkfifo(native.constData(), 0644), 0);
        } else if (setup == "folder"_L1) {
            QVERIFY(QDir().mkdir(out));
        }
        command.replaceInStrings(u"PLAN"_s, plan);
        command.replaceInStrings(u"JSON"_s, json);
        command.replaceInStrings(u"OUT"_s, out);
        const auto before = snapshot(dir.path());
        const Run r = valuemap(command);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"Nothing was written"_s) || r.err.contains(u"Choose"_s),
            qPrintable(r.err));
        QVERIFY2(sqlIn(r.err).isEmpty(), qPrintable(r.err));
        QCOMPARE(snapshot(dir.path()), before); // every file byte-identical, nothing new
        QVERIFY(!QFileInfo::exists(dir.filePath(u"nowhere.valuemap"_s)));
    }

    void aPlanOpenElsewhereIsNeverReplaced_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addRow("export json")
            << QStringList { u"export"_s, u"json"_s, u"OTHER"_s, u"-o"_s, u"OPEN"_s };
        QTest::addRow("export json --force")
            << QStringList { u"export"_s, u"json"_s, u"OTHER"_s, u"-o"_s, u"OPEN"_s, u"--force"_s };
        QTest::addRow("export vision --force") << QStringList { u"export"_s, u"vision"_s,
            u"OTHER"_s, u"-o"_s, u"OPEN"_s, u"--force"_s };
        QTest::addRow("import --force")
            << QStringList { u"import"_s, u"json"_s, u"JSON"_s, u"-o"_s, u"OPEN"_s, u"--force"_s };
    }

    void aPlanOpenElsewhereIsNeverReplaced()
    {
        QFETCH(QStringList, command);
        QTemporaryDir dir;
        const QString open = Test::makeSamplePlan(dir, u"open.valuemap"_s);
        const QString other = Test::makeSamplePlan(dir, u"other.valuemap"_s);
        const QString json = dir.filePath(u"other.json"_s);
        QCOMPARE(valuemap({ u"export"_s, u"json"_s, other, u"-o"_s, json }).exitCode, 0);
        Holder holder;
        QVERIFY(holder.start(open));
        const QByteArray hash = Test::fileHash(open);
        command.replaceInStrings(u"OTHER"_s, other);
        command.replaceInStrings(u"JSON"_s, json);
        command.replaceInStrings(u"OPEN"_s, open);
        const Run r = valuemap(command);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.err.contains(u"is open in another Valuemap window or program"_s), qPrintable(r.err));
        QVERIFY2(sqlIn(r.err).isEmpty(), qPrintable(r.err));
        QCOMPARE(Test::fileHash(open), hash);
        QCOMPARE(strayFiles(dir.path()), QStringList());
    }

    void aLongOutputNameWorks()
    {
        QTemporaryDir dir;
        const QString plan = Test::makeSamplePlan(dir);
        const QString json = dir.filePath(QString(249, u'j') + u".json"_s); // 254 bytes
        Run r = valuemap({ u"export"_s, u"json"_s, plan, u"-o"_s, json });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString copy = dir.filePath(QString(245, u'c') + u".valuemap"_s); // 254 bytes
        r = valuemap({ u"import"_s, u"json"_s, json, u"-o"_s, copy });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(Test::dumpClosedFile(copy), Test::dumpClosedFile(plan));
        // Longer than a name may be: the message is about the name, not the disk.
        r = valuemap({ u"export"_s, u"json"_s, plan, u"-o"_s, dir.filePath(QString(300, u'x')) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"255 bytes"_s) && !r.err.contains(u"disk"_s), qPrintable(r.err));
        QCOMPARE(strayFiles(dir.path()), QStringList());
    }

    void aKilledImportsTemporaryFileIsRemovedByTheNextRun()
    {
        QTemporaryDir dir;
        const QString plan = Test::makeGeneratedPlan(dir, 20000);
        const QString json = dir.filePath(u"big.json"_s);
        QCOMPARE(valuemap({ u"export"_s, u"json"_s, plan, u"-o"_s, json }).exitCode, 0);
        const QString out = dir.filePath(u"out"_s);
        QVERIFY(QDir().mkdir(out));
        const QString target = QDir(out).filePath(u"big.valuemap"_s);
        QProcess import;
        import.start(
            QStringLiteral(VALUEMAP_EXECUTABLE), { u"import"_s, u"json"_s, json, u"-o"_s, target });
        QVERIFY(import.waitForStarted());
        // Kill it once its temporary file is there (the import of 20,000 stories takes seconds).
        const bool seen = QTest::qWaitFor([&] { return !strayFiles(out).isEmpty(); }, 60000);
        ::kill(pid_t(import.processId()), SIGKILL);
        QVERIFY(import.waitForFinished(30000));
        if (!seen || QFileInfo::exists(target))
            QSKIP("the import finished before it could be killed");
        QVERIFY(!strayFiles(out).isEmpty());
        // The next run into the folder removes what the killed one left, and only that.
        const QString small = dir.filePath(u"small.json"_s);
        QCOMPARE(valuemap({ u"export"_s, u"json"_s, Test::makeSamplePlan(dir), u"-o"_s, small })
                     .exitCode,
            0);
        const Run r = valuemap(
            { u"import"_s, u"json"_s, small, u"-o"_s, QDir(out).filePath(u"small.valuemap"_s) });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(strayFiles(out), QStringList());
        QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList { u"small.valuemap"_s });
    }

    void twoImportsToOneNameMakeOneFile()
    {
        QTemporaryDir dir;
        const QString plan = Test::makeGeneratedPlan(dir, 3000);
        const QString json = dir.filePath(u"plan.json"_s);
        QCOMPARE(valuemap({ u"export"_s, u"json"_s, plan, u"-o"_s, json }).exitCode, 0);
        const QString out = dir.filePath(u"out"_s);
        QVERIFY(QDir().mkdir(out));
        const QString target = QDir(out).filePath(u"one.valuemap"_s);
        QProcess a;
        QProcess b;
        for (QProcess *p : { &a, &b })
            p->start(QStringLiteral(VALUEMAP_EXECUTABLE),
                { u"import"_s, u"json"_s, json, u"-o"_s, target });
        QVERIFY(a.waitForFinished(120000) && b.waitForFinished(120000));
        QList<int> codes { a.exitCode(), b.exitCode() };
        std::sort(codes.begin(), codes.end());
        QCOMPARE(codes, (QList<int> { 0, 2 }));
        const QString refusal = QString::fromUtf8((a.exitCode() ? a : b).readAllStandardError());
        QVERIFY2(refusal.contains(u"already exists"_s), qPrintable(refusal));
        QVERIFY2(sqlIn(refusal).isEmpty(), qPrintable(refusal));
        QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList { u"one.valuemap"_s });
        QCOMPARE(Test::dumpClosedFile(target), Test::dumpClosedFile(plan));
    }

    void numericOptionsAreChecked_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("option");
        for (const QString &v :
            { u"nan"_s, u"inf"_s, u"-inf"_s, u"0.1"_s, u"3"_s, u"abc"_s, u"1e400"_s })
            QTest::addRow("scale %s", qPrintable(v))
                << QStringList { u"map-pdf"_s, u"--tiled"_s, u"--scale"_s, v } << u"--scale"_s;
        for (const QString &v : { u"nan"_s, u"inf"_s, u"12.5"_s, u"1e9"_s, u"0"_s, u"-96"_s })
            QTest::addRow("dpi %s", qPrintable(v))
                << QStringList { u"map-png"_s, u"--dpi"_s, v } << u"--dpi"_s;
    }

    void numericOptionsAreChecked()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, option);
        QTemporaryDir dir;
        const QString plan = Test::makeSamplePlan(dir);
        const auto before = snapshot(dir.path());
        const QString out = dir.filePath(u"out"_s);
        const Run r = valuemap(
            QStringList { u"export"_s, options.first(), plan, u"-o"_s, out } + options.mid(1));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(option + u" must be"_s), qPrintable(r.err));
        QCOMPARE(snapshot(dir.path()), before);
    }

    void anUnreadablePlanIsExitCode2ForEveryCommand_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addRow("check") << QStringList { u"check"_s, u"PLAN"_s };
        for (const QString &format : { u"json"_s, u"csv"_s, u"storymaps"_s, u"jira"_s, u"map-pdf"_s,
                 u"map-png"_s, u"map-svg"_s, u"handout"_s, u"vision"_s })
            QTest::addRow("export %s", qPrintable(format))
                << QStringList { u"export"_s, format, u"PLAN"_s, u"-o"_s, u"OUT"_s };
        QTest::addRow("export chart") << QStringList { u"export"_s, u"chart"_s, u"burnup"_s,
            u"PLAN"_s, u"-o"_s, u"OUT.png"_s };
        QTest::addRow("import json")
            << QStringList { u"import"_s, u"json"_s, u"PLAN"_s, u"-o"_s, u"OUT"_s };
    }

    void anUnreadablePlanIsExitCode2ForEveryCommand()
    {
        QFETCH(QStringList, command);
        QTemporaryDir dir;
        for (const QString &plan : { dir.filePath(u"missing.valuemap"_s), dir.path() }) {
            const auto before = snapshot(dir.path());
            QStringList args = command;
            args.replaceInStrings(u"PLAN"_s, plan);
            args.replaceInStrings(u"OUT"_s, dir.filePath(u"out"_s));
            const Run r = valuemap(args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(!r.err.isEmpty() && sqlIn(r.err).isEmpty(), qPrintable(r.err));
            QCOMPARE(snapshot(dir.path()), before);
        }
    }

    void anExportOfAPlanWithProblemsFails_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &format : { u"json"_s, u"csv"_s, u"map-svg"_s, u"vision"_s })
            QTest::addRow("%s", qPrintable(format)) << format;
    }

    void anExportOfAPlanWithProblemsFails()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QString plan = Test::makeGeneratedPlan(dir, 60);
        runSql(plan, { u"PRAGMA foreign_keys = OFF"_s, u"DELETE FROM step WHERE id = 1"_s });
        const auto before = snapshot(dir.path());
        const Run r = valuemap({ u"export"_s, format, plan, u"-o"_s, dir.filePath(u"out"_s) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u": the step it belongs to or names does not exist"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"--salvage"_s), qPrintable(r.err));
        QVERIFY2(sqlIn(r.err).isEmpty(), qPrintable(r.err));
        QCOMPARE(snapshot(dir.path()), before);
    }

    void salvageRescuesTheSoundRows()
    {
        QTemporaryDir dir;
        const QString plan = Test::makeGeneratedPlan(dir, 60);
        runSql(plan, { u"PRAGMA foreign_keys = OFF"_s, u"DELETE FROM step WHERE id = 1"_s,
                       u"UPDATE story SET title = 'Changed by a script' WHERE id = 30"_s });
        const QByteArray hash = Test::fileHash(plan);
        Run r = valuemap({ u"check"_s, plan });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"--salvage"_s)
                && r.out.contains(u"valuemap import json rescued.json"_s),
            qPrintable(r.out));
        const QString json = dir.filePath(u"rescued.json"_s);
        r = valuemap({ u"export"_s, u"json"_s, plan, u"-o"_s, json, u"--salvage"_s });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"left out"_s) && r.out.contains(u"story 30"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"refers to step 1, which is missing"_s), qPrintable(r.out));
        const QString rescued = dir.filePath(u"rescued.valuemap"_s);
        r = valuemap({ u"import"_s, u"json"_s, json, u"-o"_s, rescued });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = valuemap({ u"check"_s, rescued });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QString dump = Test::dumpClosedFile(rescued);
        QVERIFY(!dump.contains(u"Changed by a script"_s));
        QCOMPARE(Test::fileHash(plan), hash);
        QCOMPARE(strayFiles(dir.path()), QStringList());
    }

    // The writer every export shares (the GUI's too): a name that was free when writing began
    // is never taken from a file that appeared meanwhile; a cancelled write leaves nothing.
    void aFileThatAppearsMeanwhileIsNeverReplaced()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"out.json"_s);
        {
            OutputFile file(target);
            QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
            QCOMPARE(file.write("export"), 6);
            {
                QFile other(target);
                QVERIFY(other.open(QIODevice::WriteOnly) && other.write("someone else's") == 14);
            }
            QVERIFY(!file.commit());
            QVERIFY2(
                file.errorString().contains(u"already exists"_s), qPrintable(file.errorString()));
        }
        QFile kept(target);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("someone else's"));
        QCOMPARE(strayFiles(dir.path()), QStringList());
        {
            OutputFile file(dir.filePath(u"cancelled.json"_s));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write("half"), 4);
            file.cancelWriting();
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList { u"out.json"_s });
        {
            OutputFile file(target); // an existing regular file: replaced when complete
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write("new"), 3);
            QVERIFY2(file.commit(), qPrintable(file.errorString()));
        }
        QCOMPARE(Test::fileHash(target),
            QCryptographicHash::hash("new", QCryptographicHash::Sha256).toHex());
    }

    void theScriptRunnerIsNotInTheShippedBinary()
    {
        QTemporaryDir dir;
        const QString victim = dir.filePath(u"victim.txt"_s);
        {
            QFile file(victim);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QProcess process;
        process.start(QStringLiteral(VALUEMAP_EXECUTABLE),
            { u"internal-script"_s, Test::makeSamplePlan(dir) });
        QVERIFY(process.waitForStarted());
        process.write(("remove-file " + QFile::encodeName(victim) + "\nquit\n"));
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(u"unknown command"_s));
        QVERIFY(QFile::exists(victim));
    }

    void theHelpHasOneExitCodeTable()
    {
        const Run r = valuemap({ u"--help"_s });
        QCOMPARE(r.exitCode, 0);
        for (const QString &line : { u"Exit codes (every command):"_s, u"  0  success"_s,
                 u"  1  bad input or a plan with problems"_s, u"  2  usage error"_s,
                 u"  3  busy"_s })
            QVERIFY2(r.out.contains(line), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestOutputs)
#include "tst_outputs.moc"
