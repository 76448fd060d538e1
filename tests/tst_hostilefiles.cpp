// A plan file from someone else is data, never code: hostile plan files made the way an attacker
// would (triggers, views, wrong types, flipped bytes, pipes) are refused or opened read-only
// with a clear message, never run, never merged, and left byte-identical. Side files beside a
// plan: tst_sidefiles.
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

#include <cstdio>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

using Test::sqlIn;

using Test::readBytes;
using Test::runSql;
using Test::writeBytes;

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
        // Triggers have a namespace of their own: one may bear a table's name, and listed
        // before that table it was hidden by it (found by hostile testing).
        QTest::addRow("trigger named like a table")
            << QStringList { u"CREATE TRIGGER tag AFTER UPDATE ON story BEGIN UPDATE story SET description = 'pwned'; END"_s,
                             u"PRAGMA writable_schema = ON"_s,
                             u"UPDATE sqlite_schema SET rowid = 1000 WHERE type = 'trigger'"_s,
                             u"UPDATE sqlite_schema SET rowid = 1001 WHERE name = 'tag' AND type = 'table'"_s,
                             u"UPDATE sqlite_schema SET rowid = 1002 WHERE name = 'sqlite_autoindex_tag_1'"_s }
            << u"it carries a trigger “tag”"_s;
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
            QVERIFY2(sqlIn(error).isEmpty(), qPrintable(error));
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
                                            << u": the step it belongs to or names does not exist"_s;
        // Longer than SQLite may read on Valuemap's connections: the plan was "damaged and
        // cannot be opened (string or blob too big)", in SQLite's words, and nothing could be
        // salvaged. Now the row is read column by column and the value named.
        QTest::addRow("title over 64 MB") << QStringList { u"UPDATE story SET title = printf('%.*c', 70000000, 'A') WHERE id = 7"_s }
                                          << u"story 7: the story title is longer than Valuemap reads (over 64 MB)"_s;
        QTest::addRow("blob over 64 MB") << QStringList { u"UPDATE story SET description = zeroblob(70000000) WHERE id = 8"_s }
                                         << u"story 8: the story description is longer than Valuemap reads (over 64 MB)"_s;
        QTest::addRow("checksum over 64 MB") << QStringList { u"UPDATE row_check SET sum = zeroblob(70000000) WHERE tbl = 6 AND id = 9"_s }
                                             << u"story 9 has been changed outside Valuemap"_s;
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
        QVERIFY2(sqlIn(problems).isEmpty(), qPrintable(problems));
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

    // What `check` prints of the plan itself reaches a terminal without its control characters:
    // an escape sequence in the product's name retitled the window and cleared the screen.
    void checkPrintsNoEscapeSequences()
    {
        QTemporaryDir dir;
        const QString plan = Test::makeGeneratedPlan(dir, 10);
        runSql(plan, { u"UPDATE product SET name = char(27) || ']0;PWNED' || char(7) || char(27) || '[2J' || char(27) || '[8mShop', "
                       "owner = 'Lena' || char(155) || '31m' WHERE id = 1"_s });
        const Test::ProcessRun r = Test::valuemap({ u"check"_s, plan });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"Product: ]0;PWNED[2J[8mShop"_s) && r.out.contains(u"Owner: Lena31m"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"holds control characters"_s), qPrintable(r.out));
        const QString printed = r.out + r.err;
        for (const QChar c : printed)
            QVERIFY2(c >= QChar(0x20) || c == u'\n', qPrintable(u"U+%1 in the output"_s.arg(c.unicode(), 4, 16, QChar(u'0'))));
    }

    // A file name someone else chose (a mailed attachment, a CI tag) and the arguments a
    // pipeline passes reach the terminal only as inert text: no escape sequence, line break or
    // direction override from them (check's "File:", export's "Wrote", error messages and
    // record's answer about an unknown goal printed them raw).
    void fileNamesAndArgumentsPrintNoEscapeSequences()
    {
        QTemporaryDir dir;
        const QString hostile = u"plan\x1b]0;PWNED\x07\x1b[2J\u202Eevil\nname"_s;
        const QString plan = dir.filePath(hostile + u".valuemap"_s);
        QVERIFY(QFile::copy(Test::makeGeneratedPlan(dir, 10), plan));
        const QList<QStringList> commands {
            { u"check"_s, plan },
            { u"export"_s, u"json"_s, plan, u"-o"_s, plan + u".json"_s },
            { u"check"_s, dir.filePath(u"missing\x1b[31mRED.valuemap"_s) },
            { u"record"_s, u"measurement"_s, plan, u"--goal"_s, u"no\x1b[2J\u202Esuch"_s, u"--value"_s, u"3"_s,
              u"--event-id"_s, u"e1"_s },
        };
        for (const QStringList &command : commands) {
            const Test::ProcessRun r = Test::valuemap(command);
            const QString printed = r.out + r.err;
            QVERIFY2(!printed.isEmpty(), qPrintable(command.first()));
            for (const QChar c : printed) {
                QVERIFY2((c >= QChar(0x20) || c == u'\n') && c != QChar(0x202E),
                         qPrintable(command.first() + u": U+%1 in the output"_s.arg(c.unicode(), 4, 16, QChar(u'0'))));
            }
            // What was named is still recognisable.
            QVERIFY2(printed.contains(u"PWNED"_s) || printed.contains(u"RED.valuemap"_s) || printed.contains(u"such"_s),
                     qPrintable(printed));
        }
    }

    // A plan whose name is not UTF-8 (a Latin-1 name from an old archive) was reported as not
    // existing; it is now said why it cannot be opened, and what to do.
    void aNameThatIsNotUtf8IsSaidSo()
    {
        QTemporaryDir dir;
        const QByteArray name = QFile::encodeName(dir.path()) + "/pl\xff\xfe" "an.valuemap";
        QVERIFY(QFile::copy(Test::makeGeneratedPlan(dir, 10), dir.filePath(u"plain.valuemap"_s)));
        QVERIFY(::rename(QFile::encodeName(dir.filePath(u"plain.valuemap"_s)).constData(), name.constData()) == 0);
        // The odd bytes can only be passed by a shell: QProcess takes arguments as text.
        const Test::ProcessRun r = Test::runProgram(u"bash"_s,
            { u"-c"_s, u"exec \"$0\" check \"$(printf '%s/pl\\377\\376an.valuemap' \"$1\")\""_s,
              QStringLiteral(VALUEMAP_EXECUTABLE), dir.path() }, Test::Display::Headless);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"its name is not valid UTF-8"_s) && r.err.contains(u"Rename the file"_s), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"does not exist"_s));
    }

    // An output named like a plan's side file is never written, not even with --force: over the
    // log of an open plan it lost every edit since the last checkpoint (found by hostile testing).
    void outputOntoAPlansSideFileIsRefused_data()
    {
        QTest::addColumn<QString>("side");
        QTest::addColumn<bool>("force");
        QTest::addRow("log of the open plan") << u"-wal"_s << false;
        QTest::addRow("log, --force") << u"-wal"_s << true;
        QTest::addRow("journal") << u"-journal"_s << true;
        QTest::addRow("shared memory") << u"-shm"_s << false;
    }
    void outputOntoAPlansSideFileIsRefused()
    {
        QFETCH(QString, side);
        QFETCH(bool, force);
        QTemporaryDir dir;
        const QString plan = Test::makeGeneratedPlan(dir, 30);
        const QString other = Test::makeGeneratedPlan(dir, 10, u"other.valuemap"_s);
        QString error;
        auto doc = Document::open(plan, &error);
        QVERIFY2(doc && !doc->isReadOnly(), qPrintable(error));
        QVERIFY(doc->setStoryField(StoryId(3), StoryField::Title, u"Kept through the export"_s));
        const QString target = plan + side;
        const bool existed = QFile::exists(target);
        const QByteArray before = existed ? readBytes(target) : QByteArray();
        QStringList arguments { u"export"_s, u"json"_s, other, u"-o"_s, target };
        if (force)
            arguments << u"--force"_s;
        const Test::ProcessRun r = Test::valuemap(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"where SQLite keeps the unsaved changes of"_s), qPrintable(r.err));
        QCOMPARE(QFile::exists(target), existed);
        if (existed)
            QCOMPARE(readBytes(target), before);
        doc.reset();
        doc = Document::open(plan, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->story(StoryId(3)).title, u"Kept through the export"_s);
    }

    // A rescue does not lose an activity, its steps and stories over one invisible character:
    // a text whose only fault is that it begins with U+FEFF is kept without it; a row with
    // another fault as well is still left out, with everything that refers to it.
    void salvageTakesOffALeadingMark_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("listed");
        QTest::addColumn<bool>("kept");
        QTest::addRow("activity title") << u"UPDATE activity SET title = char(65279) || 'Discover the shop' WHERE id = 1"_s
                                        << u"activity 1: the activity title began with an invisible byte order mark (U+FEFF), which was taken off"_s
                                        << true;
        QTest::addRow("two marks, tag") << u"UPDATE tag SET name = char(65279, 65279) || 'Discover the shop' WHERE id = 2"_s
                                        << u"tag 2: the tag name began with an invisible byte order mark"_s << true;
        QTest::addRow("mark and control") << u"UPDATE activity SET title = char(65279) || 'Discover the shop' || char(1) WHERE id = 1"_s
                                          << u"activity 1: its values or its checksum failed the checks"_s << false;
        QTest::addRow("title over 64 MB") << u"UPDATE activity SET title = printf('%.*c', 70000000, 'A') WHERE id = 1"_s
                                          << u"activity 1: its values or its checksum failed the checks"_s << false;
    }
    void salvageTakesOffALeadingMark()
    {
        QFETCH(QString, sql);
        QFETCH(QString, listed);
        QFETCH(bool, kept);
        QTemporaryDir dir;
        const QString plan = Test::makeGeneratedPlan(dir, 60);
        runSql(plan, { sql });
        const QByteArray before = readBytes(plan);
        const QString json = dir.filePath(u"rescued.json"_s);
        Test::ProcessRun r = Test::valuemap({ u"export"_s, u"json"_s, plan, u"-o"_s, json, u"--salvage"_s });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(listed), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"nothing was left out"_s) == kept, qPrintable(r.out));
        const QString rescued = dir.filePath(u"rescued.valuemap"_s);
        r = Test::valuemap({ u"import"_s, u"json"_s, json, u"-o"_s, rescued });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = Test::valuemap({ u"check"_s, rescued });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QString dump = Test::dumpClosedFile(rescued);
        QCOMPARE(dump.contains(u"Discover the shop"_s), kept);
        QVERIFY(!dump.contains(QChar(0xfeff)));
        QString error;
        auto original = Document::open(plan, &error);
        auto doc = Document::open(rescued, &error);
        QVERIFY2(original && doc, qPrintable(error));
        // Kept: every story is there; left out: the activity's stories went with it.
        QCOMPARE(doc->store().group(Table::Story, -1, 0).size() == original->store().group(Table::Story, -1, 0).size(), kept);
        original.reset();
        QCOMPARE(readBytes(plan), before);
    }
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
