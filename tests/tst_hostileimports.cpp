// Hostile inputs through the real binary: every generated case (hostileinputs.cpp) is imported
// with `valuemap import FORMAT IN -o OUT.valuemap`. A refused one exits 1 with a message that
// names the field or line and holds no SQL, creates nothing, leaves the input byte-identical and
// the folder as it was; an odd but fine one is imported with every text exactly as it was.
#include "hostileinputs.h"
#include "testsupport.h"

#include "io/measurementscsv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

using Test::valuemap;
using Test::sqlIn;

QString regressionsFolder()
{
    return QStringLiteral(VALUEMAP_FIXTURES) + u"/../fuzz/regressions"_s;
}

// Every string value anywhere in a JSON document.
void collectStrings(const QJsonValue &value, QStringList *out)
{
    if (value.isString()) {
        out->append(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectStrings(v, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectStrings(it.value(), out);
    }
}

void addRows(bool wantCommandLine)
{
    QTest::addColumn<Test::HostileInput>("input");
    for (const Test::HostileInput &input : Test::hostileInputs()) {
        if ((input.format != "measurements"_L1) == wantCommandLine)
            QTest::addRow("%s", qPrintable(input.format + u'/' + input.name)) << input;
    }
}

// The generated Valuemap JSON input of that name, imported through the command line into a
// plan in dir: its path, or empty when the import failed.
QString importedJson(const QTemporaryDir &dir, const QString &name)
{
    const QString in = dir.filePath(u"in.json"_s);
    const QString plan = dir.filePath(u"plan.valuemap"_s);
    for (const Test::HostileInput &input : Test::hostileInputs()) {
        if (input.format == "json"_L1 && input.name == name)
            Test::writeBytes(in, input.bytes);
    }
    return valuemap({ u"import"_s, u"json"_s, in, u"-o"_s, plan }).exitCode == 0 ? plan : QString();
}

} // namespace

Q_DECLARE_METATYPE(Test::HostileInput)

class TestHostileImports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    // The generated files are kept beside the fuzz seeds, so the fuzzers start from them too.
    // VALUEMAP_WRITE_HOSTILE=1 writes them anew after the generator changed.
    void keptFilesMatchTheGenerator()
    {
        const bool write = qEnvironmentVariableIntValue("VALUEMAP_WRITE_HOSTILE") == 1;
        int kept = 0;
        for (const Test::HostileInput &input : Test::hostileInputs()) {
            if (!input.kept)
                continue;
            const QString path = regressionsFolder() + u'/' + input.fuzzer() + u'/' + input.fileName();
            if (write)
                Test::writeBytes(path, input.bytes);
            QVERIFY2(QFile::exists(path), qPrintable(path + u" is missing; run with VALUEMAP_WRITE_HOSTILE=1"_s));
            QVERIFY2(Test::readBytes(path) == input.bytes, qPrintable(path + u" differs from the generator"_s));
            ++kept;
        }
        QVERIFY(kept > 60);
    }

    void importThroughTheCommandLine_data() { addRows(true); }
    void importThroughTheCommandLine()
    {
        QFETCH(Test::HostileInput, input);
        QTemporaryDir dir;
        const QString in = dir.filePath(u"in."_s + QFileInfo(input.fileName()).suffix());
        const QString out = dir.filePath(u"out.valuemap"_s);
        Test::writeBytes(in, input.bytes);
        const Test::ProcessRun r = valuemap({ u"import"_s, input.format, in, u"-o"_s, out });
        const QString said = r.err + r.out;
        QVERIFY2(sqlIn(said).isEmpty(), qPrintable(u"SQL in the message: "_s + said.left(500)));
        // What the file holds reaches the terminal inert: no escape sequence, no direction
        // override.
        for (const QChar c : said) {
            QVERIFY2((c >= QChar(0x20) || c == u'\n') && (c < QChar(0x202a) || c > QChar(0x202e)),
                     qPrintable(u"U+%1 in: %2"_s.arg(c.unicode(), 4, 16, QChar(u'0')).arg(said.left(500))));
        }
        QVERIFY2(Test::readBytes(in) == input.bytes, "the input file was changed");
        if (!input.accepted) {
            QVERIFY2(r.exitCode == 1, qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(said.left(500))));
            for (const QString &word : input.mustSay)
                QVERIFY2(r.err.contains(word), qPrintable(u"no “%1” in: %2"_s.arg(word, r.err.left(500))));
            QVERIFY2(r.err.size() < 2000, "the message repeats the input at length");
            QVERIFY(!QFile::exists(out));
            QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                QStringList { QFileInfo(in).fileName() });
            return;
        }
        QVERIFY2(r.exitCode == 0, qPrintable(said.left(800)));
        const QString json = dir.filePath(u"out.json"_s);
        const Test::ProcessRun e = valuemap({ u"export"_s, u"json"_s, out, u"-o"_s, json });
        QVERIFY2(e.exitCode == 0, qPrintable(e.err));
        QStringList texts;
        collectStrings(QJsonDocument::fromJson(Test::readBytes(json)).object(), &texts);
        for (const QString &keep : input.keeps)
            QVERIFY2(texts.contains(keep), qPrintable(u"the plan does not hold “%1” exactly"_s.arg(keep.left(80))));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            (QStringList { QFileInfo(in).fileName(), u"out.json"_s, u"out.valuemap"_s }));
    }

    void measurementsAreCheckedLineByLine_data() { addRows(false); }
    void measurementsAreCheckedLineByLine()
    {
        QFETCH(Test::HostileInput, input);
        const MeasurementsCsv csv = parseMeasurementsCsv(input.bytes);
        const QString errors = csv.errors.join(u'\n');
        QVERIFY2(sqlIn(errors).isEmpty(), qPrintable(errors));
        if (!input.accepted) {
            QVERIFY(!csv.isValid());
            for (const QString &word : input.mustSay)
                QVERIFY2(errors.contains(word), qPrintable(u"no “%1” in: %2"_s.arg(word, errors.left(500))));
            return;
        }
        QVERIFY2(csv.isValid(), qPrintable(errors));
        for (const QString &keep : input.keeps)
            QCOMPARE(csv.rows.constFirst().note, keep);
    }

    // Markup in every text of a plan stays text in the map's SVG: the file is XML, with no
    // element the plan's texts spelled out.
    void markupIsTextInTheMapSvg()
    {
        QTemporaryDir dir;
        const QString plan = importedJson(dir, u"markup-everywhere"_s);
        QVERIFY(!plan.isEmpty());
        const QString svg = dir.filePath(u"map.svg"_s);
        const Test::ProcessRun r = valuemap({ u"export"_s, u"map-svg"_s, plan, u"-o"_s, svg });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Test::XmlOutline xml = Test::xmlOutline(Test::readBytes(svg));
        QVERIFY2(xml.error.isEmpty(), qPrintable(xml.error));
        QVERIFY(!xml.elements.contains(u"script"_s));
        QCOMPARE(xml.elements.count(u"title"_s), 1);
        QVERIFY2(xml.title.endsWith(Test::markupFragment()), qPrintable(xml.title));
    }

    // The SQL-looking input keeps every row: nothing ran, nothing was dropped.
    void sqlTextIsOnlyText()
    {
        QTemporaryDir dir;
        const QString out = importedJson(dir, u"sql-everywhere"_s);
        QVERIFY(!out.isEmpty());
        const QString json = dir.filePath(u"out.json"_s);
        QCOMPARE(valuemap({ u"export"_s, u"json"_s, out, u"-o"_s, json }).exitCode, 0);
        const QJsonObject tables = QJsonDocument::fromJson(Test::readBytes(json)).object().value(u"tables"_s).toObject();
        QCOMPARE(tables.value(u"story"_s).toArray().size(), 2);
        QCOMPARE(tables.value(u"story"_s).toArray().at(0).toObject().value(u"title"_s).toString(), Test::sqlFragment());
        QCOMPARE(tables.value(u"tag"_s).toArray().size(), 1);
        QCOMPARE(tables.value(u"vote_dot"_s).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHostileImports)
#include "tst_hostileimports.moc"
