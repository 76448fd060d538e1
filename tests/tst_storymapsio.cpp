// storymaps.io JSON (v1): import of a map written in its format (slices, hidden spacer steps,
// statuses, points, tags, legend, notes), export read back, the real samples, malformed files.
#include "testsupport.h"

#include "io/storymapsio.h"
#include "storage/document.h"

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

std::unique_ptr<Document> importAsNew(
    const QTemporaryDir &dir, const QByteArray &json, const QString &name, PlanData *data = nullptr)
{
    return Test::importAsNew(dir, json, name, &StorymapsIo::read, data);
}

// The map as text: activity / step / release / title [status, points, tags, persona].
QStringList shape(const Document &doc)
{
    QStringList lines;
    for (ActivityId a : doc.activities()) {
        for (StepId s : doc.steps(a)) {
            for (StoryId id : doc.stories(s)) {
                const Story st = doc.story(id);
                lines << u"%1 / %2 / %3 / %4 [%5, %6, %7, %8]"_s.arg(doc.activity(a).title,
                    doc.step(s).title,
                    st.releaseId.isValid() ? doc.release(st.releaseId).name : u"-"_s, st.title,
                    QString::number(int(st.status)),
                    st.estimate ? QString::number(*st.estimate) : u"-"_s,
                    doc.storyTags(id).join(u'+'),
                    st.personaId.isValid() ? doc.persona(st.personaId).name : u"-"_s);
            }
        }
    }
    return lines;
}

} // namespace

class TestStorymapsIo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    void importsFixture()
    {
        QTemporaryDir dir;
        PlanData data;
        const auto doc = importAsNew(dir,
            Test::readBytes(QStringLiteral(VALUEMAP_FIXTURES) + u"/storymaps-garden.json"_s),
            u"garden.valuemap"_s, &data);
        QVERIFY(doc);
        QCOMPARE(doc->product().name, u"Community Garden"_s);
        QCOMPARE(doc->activities().size(), 2);
        const ActivityId grow = doc->activities()[0];
        QCOMPARE(doc->activity(grow).title, u"Grow Vegetables"_s);
        QCOMPARE(doc->activity(grow).color, QColor(u"#93c5fd"_s));
        // The hidden spacer step is layout only: it is left out, and reported.
        QCOMPARE(doc->steps(grow).size(), 2);
        QCOMPARE(doc->steps(doc->activities()[1]).size(), 2);
        QCOMPARE(doc->releases().size(), 2);
        QCOMPARE(doc->release(doc->releases()[1]).name, u"Later"_s);
        QCOMPARE(doc->personas().size(), 2);
        const QStringList expected = {
            u"Grow Vegetables / Book a Plot / MVP / See free plots on a map [2, 3, frontend+maps, Gardener]"_s,
            u"Grow Vegetables / Book a Plot / MVP / Pay the plot fee [1, 5, payments, Gardener]"_s,
            u"Grow Vegetables / Book a Plot / MVP / Which plot sizes do we offer? [0, -, Questions, Gardener]"_s,
            u"Grow Vegetables / Plant / MVP / Planting calendar [0, 2, , Gardener]"_s,
            u"Grow Vegetables / Plant / Later / Reminders to water [0, 1.5, mobile, Gardener]"_s,
            u"Grow Vegetables / Plant / Later / Frost warning [0, -, Edge cases, Gardener]"_s,
            u"Run the Garden / Plan the Season / MVP / Season overview [3, 8, backend, Organiser]"_s,
            u"Run the Garden / Share Tools / Later / Tool lending log [0, 3, , Organiser]"_s,
        };
        QCOMPARE(shape(*doc), expected);
        const Story pay = doc->story(doc->stories(doc->steps(grow)[0])[1]);
        QCOMPARE(pay.description, u"Card or SEPA\n\nhttps://example.org/fees"_s);
        const Story question = doc->story(doc->stories(doc->steps(grow)[0])[2]);
        QCOMPARE(question.color, QColor(u"#bef264"_s));
        // What has no equivalent is reported.
        const QString notes = data.notes.join(u'\n');
        QVERIFY2(notes.contains(u"hidden spacer"_s), qPrintable(notes));
        QVERIFY2(notes.contains(u"rating"_s), qPrintable(notes));
        QVERIFY2(notes.contains(u"notes"_s), qPrintable(notes));
        QVERIFY2(notes.contains(u"link"_s), qPrintable(notes));
        QVERIFY2(notes.contains(u"Questions"_s), qPrintable(notes));
    }

    void exportReadsBack()
    {
        QTemporaryDir dir;
        const auto doc = importAsNew(dir,
            Test::readBytes(QStringLiteral(VALUEMAP_FIXTURES) + u"/storymaps-garden.json"_s),
            u"garden.valuemap"_s);
        QVERIFY(doc);
        QStringList notes;
        const QByteArray json = StorymapsIo::write(*doc, &notes);
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value(u"app"_s).toString(), u"storymap"_s);
        QCOMPARE(root.value(u"v"_s).toInt(), 1);
        const int steps = int(root.value(u"steps"_s).toArray().size());
        QCOMPARE(steps, 4);
        QCOMPARE(root.value(u"activities"_s).toArray().size(), steps);
        QCOMPARE(root.value(u"users"_s).toArray().size(), steps);
        for (const QJsonValue &slice : root.value(u"slices"_s).toArray())
            QCOMPARE(slice.toObject().value(u"stories"_s).toArray().size(), steps);
        QCOMPARE(root.value(u"legend"_s).toArray().size(), 2);
        const auto back = importAsNew(dir, json, u"back.valuemap"_s);
        QVERIFY(back);
        QCOMPARE(shape(*back), shape(*doc));
        QCOMPARE(back->story(back->stories(back->steps(back->activities()[0])[0])[2]).color,
            QColor(u"#bef264"_s));
    }

    void realSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("stories");
        QTest::addColumn<int>("steps");
        QTest::addRow("mobile-banking") << u"mobile-banking.json"_s << 65 << 16;
        QTest::addRow("application-logging") << u"application-logging.json"_s << 45 << 7;
        QTest::addRow("recipe-app") << u"recipe-app.json"_s << 43 << 7;
        QTest::addRow("donation-form") << u"donation-form.json"_s << 42 << 6;
        QTest::addRow("brochure-site") << u"brochure-site.json"_s << 36 << 5;
    }

    void realSamples()
    {
        QFETCH(QString, file);
        QFETCH(int, stories);
        QFETCH(int, steps);
        const QDir samples(QStringLiteral(VALUEMAP_STORYMAPS_SAMPLES));
        if (!samples.exists(file))
            QSKIP("The storymaps.io samples (../shared/samples/storymaps.io) are not here.");
        QTemporaryDir dir;
        PlanData data;
        const auto doc
            = importAsNew(dir, Test::readBytes(samples.filePath(file)), u"sample.valuemap"_s, &data);
        QVERIFY(doc);
        QCOMPARE(doc->store().count(Table::Story), stories);
        // Hidden spacer steps are left out; every other step is there.
        QVERIFY(doc->store().count(Table::Step) <= steps);
        QCOMPARE(doc->releases().size(), 3);
        QVERIFY(doc->fileProblems().isEmpty());
        // Exported and read back, it is the same map.
        const auto back = importAsNew(dir, StorymapsIo::write(*doc), u"back.valuemap"_s);
        QVERIFY(back);
        QCOMPARE(shape(*back), shape(*doc));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::addRow("not json") << QByteArray("{\n\"app\": \"storymap\",\n\"steps\": [\n}")
                                  << u"line 4"_s;
        QTest::addRow("other app") << QByteArray(R"({"app": "kanban", "steps": [], "slices": []})")
                                   << u"not a storymaps.io map"_s;
        QTest::addRow("no slices")
            << QByteArray(R"({"app": "storymap", "v": 1, "steps": []})") << u"“slices”"_s;
        QTest::addRow("version 2")
            << QByteArray(R"({"app": "storymap", "v": 2, "steps": [], "slices": []})")
            << u"version 2"_s;
        QTest::addRow("bad points") << QByteArray(
            R"({"app": "storymap", "v": 1, "steps": [{"name": "S"}], "slices": [{"name": "A", "stories": [[{"name": "x", "points": "many"}]]}]})")
                                    << u"slices[0].stories[0][0].points"_s;
        QTest::addRow("card not object") << QByteArray(
            R"({"app": "storymap", "v": 1, "steps": [{"name": "S"}], "slices": [{"name": "A", "stories": [["x"]]}]})")
                                         << u"slices[0].stories[0][0]"_s;
        QTest::addRow("slice without stories") << QByteArray(
            R"({"app": "storymap", "steps": [{"name": "S"}], "slices": [{"name": "A"}]})")
                                               << u"slices[0].stories"_s;
        // Issue 14: values a plan may not hold, named by the card and the field.
        QTest::addRow("negative points") << QByteArray(
            R"({"app": "storymap", "v": 1, "steps": [{"name": "S"}], "slices": [{"name": "A", "stories": [[{"name": "Dig", "points": -3}]]}]})")
                                         << u"The card “Dig” (slices[0].stories[0][0]): the story estimate must be a number from 0 to 1,000,000,000,000."_s;
        QTest::addRow("points NaN") << QByteArray(
            R"({"app": "storymap", "v": 1, "steps": [{"name": "S"}], "slices": [{"name": "A", "stories": [[{"name": "Dig", "points": "NaN"}]]}]})")
                                    << u"The card “Dig” (slices[0].stories[0][0]): the story estimate must be"_s;
        QTest::addRow("version as text") << QByteArray(
            R"({"app": "storymap", "v": "1", "steps": [], "slices": []})")
                                         << u"Field “v” must be a number"_s;
        QTest::addRow("duplicate key") << QByteArray(
            "{\"app\": \"storymap\", \"steps\": [],\n \"slices\": [],\n \"slices\": []}")
                                       << u"Line 3: the key “slices” appears a second time in the same object (first on line 2)."_s;
    }

    // Colours that are not #rrggbb (a lone surrogate and a quote, a word) are left out with a
    // note; #rgb is widened; SQL-looking text is only text.
    void oddButFineValuesAreKept()
    {
        const QByteArray json = "{\"app\": \"storymap\", \"v\": 1, \"name\": \"\\ud800'); DROP TABLE story;--\", \"steps\": [{\"name\": \"S\"}], \"slices\": [{\"name\": \"A\", \"stories\": [[{\"name\": \"\\udc00\\\"; DELETE FROM tag\", \"color\": \"\\ud800'#fff\"}, {\"name\": \"B\", \"color\": \"#ABC\"}]]}]}";
        PlanData data;
        QString error;
        QVERIFY2(StorymapsIo::read(json, &data, &error), qPrintable(error));
        QCOMPARE(data.productName, u"'); DROP TABLE story;--"_s);
        QStringList titles;
        QStringList colours;
        for (const PlanRow &r : std::as_const(data.rows)) {
            if (r.table == Table::Story) {
                titles.append(r.row[StoryCol::Title].toString());
                colours.append(r.row[StoryCol::Color].toString());
            }
        }
        QCOMPARE(titles, (QStringList { u"\"; DELETE FROM tag"_s, u"B"_s }));
        QCOMPARE(colours, (QStringList { QString(), u"#aabbcc"_s }));
        QVERIFY(data.notes.contains(u"1 colour(s) that are not of the form #rrggbb were left out."_s));
    }

    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        PlanData data;
        QString error;
        QVERIFY(!StorymapsIo::read(json, &data, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(data.rows.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStorymapsIo)
#include "tst_storymapsio.moc"
