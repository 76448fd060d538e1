// A plan file from someone else is data, never code: hostile plan files made the way an attacker
// would (triggers, views, wrong types, flipped bytes, foreign side files, pipes) are refused or
// opened read-only with a clear message, never run, never merged, and left byte-identical.
#include "planfactory.h"
#include "storage/document.h"
#include "storage/rowcheck.h"
#include "storage/schema.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

void runSql(const QString &path, const QStringList &statements)
{
    const QString name = u"hostile-"_s + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// Words that betray an SQL error shown to a user.
bool soundsLikeSql(const QString &message)
{
    for (const char *word : { "SQL", "sqlite", "syntax", "no such", "UNIQUE", "constraint", "malformed" }) {
        if (message.contains(QLatin1StringView(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

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

QStringList folderEntries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    // Code in the file: refused at open, nothing of it runs, the file is unchanged.
    void planCarryingCodeIsRefused_data()
    {
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<QString>("expected");
        QTest::addRow("trigger on update") << QStringList { u"CREATE TRIGGER evil AFTER UPDATE ON story BEGIN "
                                                            "UPDATE story SET description = 'pwned'; DELETE FROM story_tag; END"_s }
                                           << u"trigger"_s;
        QTest::addRow("trigger on insert") << QStringList { u"CREATE TRIGGER t2 BEFORE INSERT ON activity BEGIN SELECT 1; END"_s }
                                           << u"trigger"_s;
        QTest::addRow("view") << QStringList { u"CREATE VIEW spy AS SELECT name, sql FROM sqlite_schema"_s } << u"view"_s;
        QTest::addRow("recursive view") << QStringList { u"CREATE VIEW loop AS WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT x FROM r"_s }
                                        << u"view"_s;
        QTest::addRow("view named like a table") << QStringList { u"ALTER TABLE tag RENAME TO tag_old"_s,
                                                                  u"CREATE VIEW tag AS SELECT * FROM tag_old"_s }
                                                 << u"tag"_s;
        QTest::addRow("extra table") << QStringList { u"CREATE TABLE payload (x TEXT)"_s } << u"payload"_s;
        QTest::addRow("extra index") << QStringList { u"CREATE INDEX spy_index ON story(title)"_s } << u"spy_index"_s;
        QTest::addRow("column without its rule") << QStringList { u"ALTER TABLE story ADD COLUMN extra TEXT"_s } << u"story"_s;
    }
    void planCarryingCodeIsRefused()
    {
        QFETCH(QStringList, sql);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = Test::makeGeneratedPlan(dir, 60);
        runSql(path, sql);
        const QByteArray before = readBytes(path);
        const QStringList entries = folderEntries(dir.path());
        for (OpenMode mode : { OpenMode::ReadWrite, OpenMode::ReadOnly }) {
            QString error;
            auto doc = Document::open(path, &error, mode);
            QVERIFY(!doc);
            QVERIFY2(error.contains(expected), qPrintable(error));
            QVERIFY2(error.contains(u"not a plan this version of Valuemap can trust"_s), qPrintable(error));
            QVERIFY2(!soundsLikeSql(error), qPrintable(error));
        }
        QCOMPARE(readBytes(path), before);
        QCOMPARE(folderEntries(dir.path()), entries);
    }

    // Values the editor would never write, and rows changed behind Valuemap's back: the plan
    // opens for viewing only, with the problem named in the user's words.
    void planWithBadRowsOpensReadOnly_data()
    {
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<QString>("expected");
        QTest::addRow("text in a number column") << QStringList { u"UPDATE story SET estimate = 'lots' WHERE id = 3"_s }
                                                 << u"story 3: the story estimate holds a value of the wrong kind"_s;
        QTest::addRow("status out of range") << QStringList { u"UPDATE story SET status = 2 WHERE id = 4"_s,
                                                              u"PRAGMA ignore_check_constraints = 1"_s,
                                                              u"UPDATE story SET status = 9 WHERE id = 4"_s }
                                             << u"story 4: the story status must be one of 0 to 3, not 9"_s;
        QTest::addRow("negative estimate") << QStringList { u"UPDATE story SET estimate = -5 WHERE id = 5"_s }
                                           << u"story 5: the story estimate must be a number from 0"_s;
        QTest::addRow("infinite capacity") << QStringList { u"UPDATE \"release\" SET capacity = 1e999 WHERE id = 1"_s }
                                           << u"release 1: the release capacity must be a number"_s;
        QTest::addRow("bad date") << QStringList { u"UPDATE \"release\" SET target_date = '31.02.2026' WHERE id = 2"_s }
                                  << u"release 2: the release target date “31.02.2026” is not a date"_s;
        QTest::addRow("control character") << QStringList { u"UPDATE activity SET title = 'a' || char(1) || 'b' WHERE id = 1"_s }
                                           << u"activity 1: the activity title holds control characters"_s;
        QTest::addRow("mark first") << QStringList { u"UPDATE activity SET title = char(65279) || title WHERE id = 1"_s }
                                    << u"activity 1: the activity title begins with an invisible byte order mark"_s;
        QTest::addRow("huge vote") << QStringList { u"UPDATE vote SET state = 77 WHERE id = 1"_s }
                                   << u"dot vote 1: the dot vote state must be one of 0 to 1, not 77"_s;
        QTest::addRow("edited outside") << QStringList { u"UPDATE story SET title = 'Changed by a script' WHERE id = 6"_s }
                                        << u"story 6 has been changed outside Valuemap"_s;
        QTest::addRow("row added outside") << QStringList { u"INSERT INTO tag (id, name, color) VALUES (40, 'sneaky', '')"_s }
                                           << u"tag 40 has been changed outside Valuemap"_s;
        QTest::addRow("row removed outside") << QStringList { u"DELETE FROM feedback WHERE id = 1"_s }
                                             << u"1 row(s) have been removed outside Valuemap"_s;
        QTest::addRow("dangling reference") << QStringList { u"PRAGMA foreign_keys = OFF"_s, u"DELETE FROM step WHERE id = 1"_s }
                                            << u"refers to a step that does not exist"_s;
    }
    void planWithBadRowsOpensReadOnly()
    {
        QFETCH(QStringList, sql);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = Test::makeGeneratedPlan(dir, 60);
        runSql(path, sql);
        const QByteArray before = readBytes(path);
        QString error;
        auto doc = Document::open(path, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(doc->isReadOnly());
        QVERIFY2(doc->readOnlyReason().contains(u"open for viewing only"_s), qPrintable(doc->readOnlyReason()));
        QVERIFY2(doc->readOnlyReason().contains(u"--salvage"_s), qPrintable(doc->readOnlyReason()));
        const QString problems = doc->fileProblems().join(u'\n');
        QVERIFY2(problems.contains(expected), qPrintable(problems));
        QVERIFY2(!soundsLikeSql(problems), qPrintable(problems));
        // No edit, so no undo can fail half-way.
        QVERIFY(!doc->deleteStories({ StoryId(10) }));
        QVERIFY(doc->lastError().contains(u"cannot be changed"_s));
        doc.reset();
        QCOMPARE(readBytes(path), before);
    }

    // A damaged index page: SQLite's own check finds it, and the plan is not opened for editing.
    // Opening reads the rows, not the index: the check that finds it runs beside the reading
    // (or after it, for a plan in WAL mode), and what it finds leads the reason.
    void damagedIndexOpensReadOnly_data()
    {
        QTest::addColumn<bool>("walMode");
        QTest::addColumn<bool>("viewing");
        QTest::addRow("for editing") << false << false;
        QTest::addRow("for viewing") << false << true;
        QTest::addRow("in WAL mode") << true << false;
    }
    void damagedIndexOpensReadOnly()
    {
        QFETCH(bool, walMode);
        QFETCH(bool, viewing);
        QTemporaryDir dir;
        const QString path = Test::makeGeneratedPlan(dir, 400);
        if (walMode)
            runSql(path, { u"PRAGMA journal_mode = WAL"_s });
        int rootPage = 0;
        int pageSize = 0;
        {
            const QString name = u"probe"_s;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(u"SELECT rootpage FROM sqlite_schema WHERE name = 'story_by_step'"_s) && q.next());
                rootPage = q.value(0).toInt();
                QVERIFY(q.exec(u"PRAGMA page_size"_s) && q.next());
                pageSize = q.value(0).toInt();
            }
            QSqlDatabase::removeDatabase(name);
        }
        QByteArray bytes = readBytes(path);
        const qsizetype offset = qsizetype(rootPage - 1) * pageSize;
        for (int i = 8; i < 64; ++i)
            bytes[offset + i] = char(0x5a);
        writeBytes(path, bytes);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        QString error;
        auto doc = Document::open(path, &error, viewing ? OpenMode::ReadOnly : OpenMode::ReadWrite);
        if (!doc) {
            QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));
            return;
        }
        QVERIFY(doc->isReadOnly());
        QVERIFY2(doc->readOnlyReason().contains(u"damaged"_s), qPrintable(doc->readOnlyReason()));
        QVERIFY2(doc->fileProblems().join(u' ').contains(u"damaged"_s), qPrintable(doc->fileProblems().join(u' ')));
        doc.reset();
        QCOMPARE(readBytes(path), bytes);
    }

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

    // The side files of another plan are never applied: set aside when the plan is opened for
    // editing, ignored when it is only read; the plan's own content stays as it was.
    void foreignSideFilesAreSetAside_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<bool>("readOnly");
        QTest::addRow("-wal, editing") << u"-wal"_s << false;
        QTest::addRow("-wal, reading") << u"-wal"_s << true;
        QTest::addRow("-journal, editing") << u"-journal"_s << false;
        QTest::addRow("-journal, reading") << u"-journal"_s << true;
    }
    void foreignSideFilesAreSetAside()
    {
        QFETCH(QString, suffix);
        QFETCH(bool, readOnly);
        QTemporaryDir dir;
        const QString plan = Test::makeGeneratedPlan(dir, 60, u"plan.valuemap"_s);
        const QString other = Test::makeGeneratedPlan(dir, 300, u"other.valuemap"_s);
        const QString expected = Test::dumpClosedFile(plan);
        // A side file of the other plan: its log while it is open with edits not yet folded in,
        // or a rollback journal.
        QByteArray side;
        if (suffix == "-wal"_L1) {
            QString error;
            auto doc = Document::open(other, &error);
            QVERIFY(doc);
            for (int i = 0; i < 20; ++i)
                QVERIFY(doc->addStory(doc->steps(doc->activities().first()).first(), {}, u"Foreign %1"_s.arg(i)).isValid());
            side = readBytes(other + u"-wal"_s);
            QVERIFY(side.size() > 1000);
        } else {
            side = QByteArray(512, '\0');
            side.replace(0, 8, QByteArray("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8));
            side += readBytes(other).left(8192);
        }
        writeBytes(plan + suffix, side);
        const QByteArray before = readBytes(plan);
        QString error;
        auto doc = Document::open(plan, &error, readOnly ? OpenMode::ReadOnly : OpenMode::ReadWrite);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(doc->fileProblems().isEmpty());
        QCOMPARE(doc->isReadOnly(), readOnly);
        const QString notices = doc->openNotices().join(u' ');
        QVERIFY2(notices.contains(QFileInfo(plan + suffix).fileName()) && notices.contains(u"not applied"_s), qPrintable(notices));
        for (StoryId s : doc->stories(doc->steps(doc->activities().first()).first()))
            QVERIFY(!doc->story(s).title.startsWith(u"Foreign"_s));
        doc.reset();
        if (readOnly) {
            QCOMPARE(readBytes(plan), before);
            QCOMPARE(readBytes(plan + suffix), side); // left alone
            // (Any other SQLite program would apply it: move it away before looking.)
            QVERIFY(QFile::remove(plan + suffix));
            QCOMPARE(Test::dumpClosedFile(plan), expected);
        } else {
            QCOMPARE(Test::dumpClosedFile(plan), expected);
            QVERIFY(!QFileInfo::exists(plan + suffix));
            const QStringList aside = QDir(dir.path()).entryList({ u"plan.valuemap"_s + suffix + u".set-aside-*"_s }, QDir::Files | QDir::Hidden);
            QCOMPARE(aside.size(), 1);
            QCOMPARE(readBytes(dir.filePath(aside.first())), side);
        }
    }

    // The plan's own log (a crash while it was open) is applied: no acknowledged edit is lost.
    void ownLogIsApplied()
    {
        QTemporaryDir dir;
        const QString plan = Test::makeGeneratedPlan(dir, 60, u"plan.valuemap"_s);
        const QString crashed = dir.filePath(u"crashed.valuemap"_s);
        {
            QString error;
            auto doc = Document::open(plan, &error);
            QVERIFY(doc);
            QVERIFY(doc->setStoryField(StoryId(7), StoryField::Title, u"Acknowledged before the crash"_s));
            // What a power cut leaves: the file and its log as they are while the plan is open.
            QVERIFY(QFile::copy(plan, crashed));
            QVERIFY(QFile::copy(plan + u"-wal"_s, crashed + u"-wal"_s));
        }
        for (OpenMode mode : { OpenMode::ReadOnly, OpenMode::ReadWrite }) {
            QString error;
            auto doc = Document::open(crashed, &error, mode);
            QVERIFY2(doc, qPrintable(error));
            QVERIFY2(doc->openNotices().isEmpty(), qPrintable(doc->openNotices().join(u' ')));
            QVERIFY(doc->fileProblems().isEmpty());
            QCOMPARE(doc->story(StoryId(7)).title, u"Acknowledged before the crash"_s);
        }
    }

    // Pipes and devices are refused at once (reading a FIFO would wait forever).
    void pipesAreRefused_data()
    {
        QTest::addColumn<QString>("fifo");
        QTest::addRow("plan") << QString();
        QTest::addRow("-wal") << u"-wal"_s;
        QTest::addRow("-journal") << u"-journal"_s;
    }
    void pipesAreRefused()
    {
        QFETCH(QString, fifo);
        QTemporaryDir dir;
        QString plan = dir.filePath(u"pipe.valuemap"_s);
        if (!fifo.isEmpty())
            plan = Test::makeGeneratedPlan(dir, 20, u"pipe.valuemap"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(plan + fifo).constData(), 0600), 0);
        QString error;
        auto doc = Document::open(plan, &error);
        QVERIFY(!doc);
        QVERIFY2(error.contains(u"not a regular file"_s), qPrintable(error));
        QFileInfo info(plan + fifo);
        QVERIFY(!info.isFile() && info.exists());
    }

    // An edit is checked by the same rules as an opened plan: what would make the plan fail its
    // checks next time is refused now, with a message, and nothing is written.
    void editsAreCheckedBeforeTheyAreWritten()
    {
        QTemporaryDir dir;
        const QString path = Test::makeGeneratedPlan(dir, 30);
        QString error;
        auto doc = Document::open(path, &error);
        QVERIFY(doc && !doc->isReadOnly());
        const QString before = doc->databaseDump();
        QVERIFY(!doc->setStoryField(StoryId(3), StoryField::Title, QString(1000001, u'x')));
        QVERIFY2(doc->lastError().contains(u"the story title is 1,000,001 characters long; at most 1,000,000 are allowed"_s),
                 qPrintable(doc->lastError()));
        QCOMPARE(doc->databaseDump(), before);
        QVERIFY(doc->setStoryField(StoryId(3), StoryField::Title, QString(100000, u'x')));
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

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
