// The command line: version, help, and `check` with its exit codes and messages.
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

namespace Test = Valuemap::Test;
using Test::valuemap;
using Run = Test::ProcessRun;

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Valuemap::Test::useFixedLocale(); }

    void printsItsVersionAndHelp()
    {
        const Run version = valuemap({ u"--version"_s });
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), u"Valuemap "_s + QStringLiteral(VALUEMAP_VERSION));
        const Run help = valuemap({ u"--help"_s });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"valuemap check FILE.valuemap"_s));
        QVERIFY(help.out.contains(u"Exit codes"_s));
    }

    void checkReportsWhatASoundPlanHolds()
    {
        QTemporaryDir dir;
        const QString path = Valuemap::Test::makeSamplePlan(dir);
        const QByteArray hash = Valuemap::Test::fileHash(path);
        const Run run = valuemap({ u"check"_s, path });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Product: Bean There"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"Stories: 66 ("_s));
        QVERIFY(run.out.contains(u"Activities: 6, steps: 18"_s));
        QVERIFY(run.out.contains(u"Result: the plan is sound."_s));
        QCOMPARE(Valuemap::Test::fileHash(path), hash);
    }

    void checkSpeaksGerman()
    {
        QTemporaryDir dir;
        const QString path = Valuemap::Test::makeSamplePlan(dir);
        const Run run = valuemap({ u"--lang"_s, u"de"_s, u"check"_s, path });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Ergebnis: Der Plan ist in Ordnung."_s), qPrintable(run.out));
    }

    void checkRefusesBadInputWithExitCode2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::addRow("no file") << QStringList{ u"check"_s } << u"name exactly one plan file"_s;
        QTest::addRow("missing file") << QStringList{ u"check"_s, u"/nonexistent/plan.valuemap"_s } << u"does not exist"_s;
        QTest::addRow("not a plan") << QStringList{ u"check"_s, QStringLiteral(VALUEMAP_EXECUTABLE) }
                                    << u"is not a Valuemap plan"_s;
        QTest::addRow("unknown command") << QStringList{ u"frobnicate"_s } << u"unknown command"_s;
    }

    void checkRefusesBadInputWithExitCode2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const Run run = valuemap(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
    }

    // The window's own options name what they got wrong instead of quietly showing another
    // screen or chart (a --screenshot of it would be a picture of the wrong thing).
    void windowOptionsThatNameNothingAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::addRow("screen") << QStringList { u"--screen"_s, u"board"_s }
                                << u"Unknown screen “board”: use one of vision, map, releases"_s;
        QTest::addRow("chart") << QStringList { u"--chart"_s, u"pie"_s } << u"There is no chart “pie”"_s;
        QTest::addRow("goal") << QStringList { u"--chart"_s, u"goal:9"_s }
                              << u"“goal:9” names no goal: the plan has 2 goals"_s;
        QTest::addRow("page word") << QStringList { u"--present"_s, u"last"_s }
                                   << u"--present takes a page number from 1 (the vision), not “last”"_s;
        QTest::addRow("page 0") << QStringList { u"--present"_s, u"0"_s } << u"not “0”"_s;
    }
    void windowOptionsThatNameNothingAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString shot = dir.filePath(u"shot.png"_s);
        const Run run = Test::runProgram(QStringLiteral(VALUEMAP_EXECUTABLE),
            QStringList { u"--sample"_s, u"--lang"_s, u"en"_s } + arguments + QStringList { u"--screenshot"_s, shot });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        QVERIFY(!QFile::exists(shot));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
