// `valuemap export chart`: every chart of the sample plan as PNG and PDF without a window, and
// clear errors (with exit codes) for an unknown chart, a bad plan, a missing chart's data and an
// output that cannot be written — which then leave no file behind.
#include "storage/document.h"
#include "testsupport.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

using Run = Test::ProcessRun;

Run run(const QString &program, const QStringList &arguments, bool headless = true)
{
    return Test::runProgram(program, arguments, headless ? Test::Display::Headless : Test::Display::Inherit);
}

Run valuemap(const QStringList &arguments)
{
    return run(QStringLiteral(VALUEMAP_EXECUTABLE), arguments);
}

} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_sample;

private slots:
    void initTestCase()
    {
        Test::useFixedLocale();
        m_sample = Test::makeSamplePlan(m_dir);
    }

    void everyChart_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("title");
        QTest::addRow("goal") << u"goal"_s << u"Trial-to-subscriber conversion: Conversion rate"_s;
        QTest::addRow("goal:2") << u"goal:2"_s
                                << u"Churn in the first 3 months: Early churn rate"_s;
        QTest::addRow("burnup") << u"burnup"_s << u"Burn-up: delivered stories against scope"_s;
        QTest::addRow("cadence") << u"cadence"_s << u"Delivery cadence"_s;
        QTest::addRow("leadtime") << u"leadtime"_s << u"Lead time from story to delivery"_s;
        QTest::addRow("value") << u"value"_s << u"Value delivered per goal"_s;
        QTest::addRow("feedback") << u"feedback"_s << u"Time to respond to feedback"_s;
    }

    void everyChart()
    {
        QFETCH(QString, name);
        QFETCH(QString, title);
        const QString png = m_dir.filePath(name + u".png"_s).replace(u':', u'-');
        Run r = valuemap({ u"export"_s, u"chart"_s, name, m_sample, u"-o"_s, png });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QImage image(png);
        QCOMPARE(image.size(), QSize(2400, 1500));
        QVERIFY(QFileInfo(png).size() > 40000); // a drawn chart, not a blank page

        const QString pdf = m_dir.filePath(name + u".pdf"_s).replace(u':', u'-');
        r = valuemap({ u"export"_s, u"chart"_s, name, m_sample, u"-o"_s, pdf });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(pdf).size() > 5000);
        if (QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
            QSKIP("pdfinfo (poppler-utils) is not installed");
        const Run info = run(u"pdfinfo"_s, { pdf }, false);
        QVERIFY(info.out.contains(QRegularExpression(u"Pages:\\s+1\\n"_s)));
        QVERIFY2(info.out.contains(u"landscape"_s) || info.out.contains(u"841.89 x 595.276"_s)
                || info.out.contains(u"842 x 595"_s),
            qPrintable(info.out));
        const Run text = run(u"pdftotext"_s, { pdf, u"-"_s }, false);
        // Selectable text (ligatures such as "ﬁ" spelled out).
        const QString words = text.out.simplified().replace(QChar(0xFB01), u"fi"_s);
        QVERIFY2(words.contains(title), qPrintable(text.out));
    }

    void estimateUnit()
    {
        const QString png = m_dir.filePath(u"points.png"_s);
        const Run r = valuemap({ u"export"_s, u"chart"_s, u"burnup"_s, m_sample, u"--unit"_s,
            u"estimate"_s, u"-o"_s, png });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"story points"_s));
        QVERIFY(QFile::exists(png));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString out = m_dir.filePath(u"never.png"_s);
        QTest::addRow("unknown chart") << QStringList { u"pie"_s, m_sample, u"-o"_s,
            out } << 2 << u"There is no chart “pie”. The charts are: goal, goal:N, burnup"_s;
        QTest::addRow("goal out of range") << QStringList { u"goal:7"_s, m_sample, u"-o"_s, out }
                                           << 2 << u"use goal:1 to goal:2"_s;
        QTest::addRow("no output") << QStringList { u"burnup"_s, m_sample } << 2
                                   << u"name a chart, a plan and an output file"_s;
        QTest::addRow("missing plan")
            << QStringList { u"burnup"_s, m_dir.filePath(u"nope.valuemap"_s), u"-o"_s, out } << 2
            << u"nope.valuemap"_s;
        QTest::addRow("wrong suffix")
            << QStringList { u"burnup"_s, m_sample, u"-o"_s, m_dir.filePath(u"x.jpg"_s) } << 2
            << u"name a file ending in .png or .pdf"_s;
        QTest::addRow("unwritable") << QStringList { u"burnup"_s, m_sample, u"-o"_s,
            m_dir.filePath(u"no/such/dir/x.png"_s) }
                                    << 2 << u"Choose a folder you can write to"_s;
        QTest::addRow("bad unit") << QStringList { u"burnup"_s, m_sample, u"--unit"_s, u"hours"_s,
            u"-o"_s, out } << 2 << u"--unit is “stories” or “estimate”, not “hours”"_s;
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QByteArray before = Test::fileHash(m_sample);
        const Run r = valuemap(QStringList { u"export"_s, u"chart"_s } + arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(u"never.png"_s)));
        QCOMPARE(Test::fileHash(m_sample), before); // read-only: the plan is untouched
    }

    void emptyPlanSaysWhatIsMissing()
    {
        QString error;
        const QString path = m_dir.filePath(u"empty.valuemap"_s);
        Document::create(path, &error).reset();
        const QString out = m_dir.filePath(u"empty.png"_s);
        const Run r = valuemap({ u"export"_s, u"chart"_s, u"cadence"_s, path, u"-o"_s, out });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"No increment has been delivered yet"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    void replacesAnExistingFileOnlyWhenDone()
    {
        const QString out = m_dir.filePath(u"existing.png"_s);
        QFile file(out);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old");
        file.close();
        Run r = valuemap({ u"export"_s, u"chart"_s, u"pie"_s, m_sample, u"-o"_s, out });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(QFileInfo(out).size(), 3); // a failed export leaves the old file as it was
        r = valuemap({ u"export"_s, u"chart"_s, u"value"_s, m_sample, u"-o"_s, out });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!QImage(out).isNull());
        QCOMPARE(QDir(m_dir.path()).entryList({ u"*.png.*"_s, u"*.tmp"_s }), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestChartExport)
#include "tst_chartexport.moc"
