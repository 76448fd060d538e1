// The checksum kept beside every row of a plan (schema 2): its format stays that of its
// definition, and it finds what SQLite's own checks cannot (a row changed, added or removed by
// another program, one flipped byte), listed in the order of the rows; every edit, undo and
// redo keeps it right.
#include "planfactory.h"
#include "storage/document.h"
#include "storage/rowcheck.h"
#include "storage/schema.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

using Test::readBytes;
using Test::runSql;
using Test::writeBytes;

// The row checksum as the file format defines it (schema 2): 64-bit FNV-1a, byte by byte, over
// the table number, then per value a tag (0 null, 1 integer, 2 real, 3 text) and the value: 8
// little-endian bytes for numbers (-0 as 0), the length and the UTF-16LE units for text.
qint64 checksumByDefinition(Table table, const Row &row)
{
    quint64 h = 14695981039346656037ULL;
    const auto mix = [&h](const QByteArray &bytes) {
        for (const char b : bytes) {
            h ^= quint8(b);
            h *= 1099511628211ULL;
        }
    };
    const auto littleEndian = [](quint64 x) {
        QByteArray bytes;
        for (int i = 0; i < 8; ++i)
            bytes.append(char((x >> (8 * i)) & 0xff));
        return bytes;
    };
    mix(QByteArray(1, char(int(table))));
    for (const QVariant &v : row) {
        if (v.isNull()) {
            mix(QByteArray(1, '\0'));
        } else if (v.typeId() == QMetaType::LongLong) {
            mix(QByteArray(1, '\1') + littleEndian(quint64(v.toLongLong())));
        } else if (v.typeId() == QMetaType::Double) {
            const double x = v.toDouble() == 0 ? 0.0 : v.toDouble();
            quint64 bits;
            std::memcpy(&bits, &x, sizeof bits);
            mix(QByteArray(1, '\2') + littleEndian(bits));
        } else {
            const QString text = v.toString();
            QByteArray units;
            for (const QChar c : text)
                units.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
            mix(QByteArray(1, '\3') + littleEndian(quint64(text.size())) + units);
        }
    }
    qint64 result;
    std::memcpy(&result, &h, sizeof result);
    return result;
}

} // namespace

class TestChecksums : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    // The checksums kept in every plan are the file format: however they are computed, they
    // stay those of the definition, so plans written before open alike and vice versa.
    void checksumsKeepTheirFormat_data()
    {
        QTest::addColumn<int>("table");
        QTest::addColumn<QVariantList>("row");
        const auto n = [](qint64 v) { return QVariant::fromValue<qint64>(v); };
        const auto text = [](const char16_t *t) { return QVariant(QString::fromUtf16(t)); };
        QTest::addRow("ascii") << int(Table::Tag) << QVariantList { n(5), text(u"Checkout"), text(u"#aabbcc") };
        QTest::addRow("empty and short") << int(Table::Tag) << QVariantList { n(6), text(u""), text(u"#a") };
        for (int length = 1; length <= 9; ++length)
            QTest::addRow("length %d", length) << int(Table::Tag)
                                               << QVariantList { n(length), QVariant(QString(length, u'q')), text(u"") };
        QTest::addRow("latin-1") << int(Table::Tag) << QVariantList { n(7), text(u"Zürich Größe àé"), text(u"") };
        QTest::addRow("beyond latin-1 mid-word") << int(Table::Tag) << QVariantList { n(8), text(u"ab€cdefgh€"), text(u"") };
        QTest::addRow("surrogate pair") << int(Table::Tag) << QVariantList { n(9), text(u"ok 😀 fine 中文"), text(u"") };
        QTest::addRow("line breaks") << int(Table::Activity) << QVariantList { n(1), text(u"a\nb\tc"), n(0), text(u""), text(u"") };
        QTest::addRow("numbers and null") << int(Table::Measurement)
                                          << QVariantList { n(3), n(1), text(u"2026-01-02"), QVariant(-0.0), QVariant() };
        QTest::addRow("negative and real") << int(Table::Measurement)
                                           << QVariantList { n(4), n(-7), text(u"2026-01-02"), QVariant(1234.5678), text(u"note") };
        QTest::addRow("not normal: int for text") << int(Table::Tag) << QVariantList { QVariant(int(5)), QVariant(42), text(u"") };
    }
    void checksumsKeepTheirFormat()
    {
        QFETCH(int, table);
        QFETCH(QVariantList, row);
        Row normal;
        for (int c = 0; c < row.size(); ++c)
            normal.append(normalizedValue(tableSpec(Table(table)).columns.value(c).type, row.at(c)));
        QCOMPARE(rowChecksum(Table(table), row), checksumByDefinition(Table(table), normal));
    }
    void checksumOfAKnownRow()
    {
        // Worked out apart from Valuemap's code, from the definition above.
        const Row row { QVariant::fromValue<qint64>(5), QVariant(QString::fromUtf16(u"Zürich €😀 ok")), QVariant(u"#aabbcc"_s) };
        QCOMPARE(rowChecksum(Table::Tag, row), Q_INT64_C(5685179597203566698));
        QCOMPARE(rowChecksum(Table::Tag, { QVariant::fromValue<qint64>(6), QVariant(u""_s), QVariant(u"#a"_s) }),
                 Q_INT64_C(-2385204967330180895));
    }

    // Many bad rows of every kind, across the batches opening checks apart: the problems come
    // in the order of the rows (tables in plan order, rows by id), twenty of each kind listed.
    void problemsKeepTheirOrder()
    {
        QTemporaryDir dir;
        const QString path = Test::makeGeneratedPlan(dir, 3000);
        runSql(path, { u"UPDATE story SET title = title || '!' WHERE id % 97 = 0"_s,
                       u"UPDATE story SET estimate = 'lots' WHERE id IN (3, 1500)"_s,
                       u"PRAGMA ignore_check_constraints = 1"_s,
                       u"UPDATE story SET status = 9 WHERE id IN (1024, 2999)"_s,
                       u"INSERT INTO tag (id, name, color) VALUES (40, 'sneaky', '')"_s,
                       u"DELETE FROM story_tag WHERE id IN (SELECT id FROM story_tag ORDER BY id LIMIT 3)"_s });
        QStringList expected;
        int changed = 0;
        for (int id = 1; id <= 3000; ++id) {
            if (id == 3 || id == 1500)
                expected.append(u"story %1: the story estimate holds a value of the wrong kind"_s.arg(id));
            else if (id == 1024 || id == 2999)
                expected.append(u"story %1: the story status must be one of 0 to 3, not 9"_s.arg(id));
            else if (id % 97 == 0 && ++changed <= 20)
                expected.append(u"story %1 has been changed outside Valuemap or is damaged (its checksum does not match)"_s.arg(id));
        }
        expected.append(u"… and 11 more row(s) whose checksum does not match"_s); // 10 stories, 1 tag
        expected.append(u"3 row(s) have been removed outside Valuemap (their checksums remain)"_s);
        for (int run = 0; run < 3; ++run) {
            QString error;
            auto doc = Document::open(path, &error, run == 2 ? OpenMode::ReadOnly : OpenMode::ReadWrite);
            QVERIFY2(doc, qPrintable(error));
            QVERIFY(doc->isReadOnly());
            QStringList problems = doc->fileProblems();
            // SQLite's own check sees the status beyond its CHECK rule, first and once, where it
            // reads CHECK rules at all: on a connection that may write.
            const QString rules = u"a story breaks one of the rules of a plan"_s;
            if (run < 2)
                QCOMPARE(problems.value(0), rules);
            problems.removeAll(rules);
            QCOMPARE(problems, expected);
            QCOMPARE(doc->unsoundRows().size(), 4 + 30 + 1);
            QCOMPARE(doc->unsoundRows().first(), (QPair<Table, qint64>(Table::Story, 3)));
            QCOMPARE(doc->unsoundRows().last(), (QPair<Table, qint64>(Table::Tag, 40)));
        }
    }

    // One flipped byte inside a row's text: SQLite sees a valid record; the checksum does not.
    void flippedByteIsFound()
    {
        QTemporaryDir dir;
        const QString path = Test::makeGeneratedPlan(dir, 60);
        QByteArray bytes = readBytes(path);
        const qsizetype at = bytes.indexOf("thing number 41");
        QVERIFY(at > 0);
        bytes[at + 13] = '7'; // "41" → "47"
        writeBytes(path, bytes);
        QString error;
        auto doc = Document::open(path, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(doc->isReadOnly());
        QVERIFY2(doc->fileProblems().join(u' ').contains(u"story 41 has been changed outside Valuemap or is damaged"_s),
                 qPrintable(doc->fileProblems().join(u' ')));
        QCOMPARE(doc->unsoundRows(), (QList<QPair<Table, qint64>> { { Table::Story, 41 } }));
    }

    // Every acknowledged edit keeps the checksums right: undo, redo and reopen find no problem.
    void editsKeepTheChecksums()
    {
        QTemporaryDir dir;
        const QString path = Test::makeGeneratedPlan(dir, 120);
        {
            QString error;
            auto doc = Document::open(path, &error);
            QVERIFY(doc && !doc->isReadOnly());
            const StepId step = doc->steps(doc->activities().first()).first();
            const StoryId added = doc->addStory(step, {}, u"New card"_s);
            QVERIFY(doc->setStoryField(added, StoryField::Estimate, 5));
            QVERIFY(doc->setStoryField(added, StoryField::Title, u"Renamed"_s));
            QVERIFY(doc->moveStories({ added }, step, ReleaseId(2), 0));
            QVERIFY(doc->deleteStories({ StoryId(9) }));
            QVERIFY(doc->undo());
            QVERIFY(doc->undo());
            QVERIFY(doc->redo());
        }
        QString error;
        auto again = Document::open(path, &error);
        QVERIFY2(again, qPrintable(error));
        QVERIFY2(again->fileProblems().isEmpty(), qPrintable(again->fileProblems().join(u'\n')));
        QVERIFY(!again->isReadOnly());
    }
};

QTEST_GUILESS_MAIN(TestChecksums)
#include "tst_checksums.moc"
