// The files beside a plan: a -wal or -journal of another database is never applied (left alone
// when reading, set aside when editing, never over another file), the plan's own log is applied,
// a log far longer than the plan is not even tried, and reading a plan copied while it was open
// leaves its folder alone.
#include "planfactory.h"
#include "storage/document.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

using Test::readBytes;
using Test::runSql;
using Test::writeBytes;

} // namespace

class TestSideFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    // A plan copied while it was open (its header in WAL mode, no -wal beside it) is read
    // without a -wal or -shm appearing beside it: reading leaves the folder as it was.
    void readingAPlanCopiedWhileOpenLeavesItsFolderAlone()
    {
        QTemporaryDir dir;
        const QString path = Test::makeSamplePlan(dir);
        runSql(path, { u"PRAGMA journal_mode = WAL"_s });
        const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        QCOMPARE(before, QStringList { QFileInfo(path).fileName() });
        const QByteArray bytes = readBytes(path);
        QString error;
        auto doc = Document::open(path, &error, OpenMode::ReadOnly);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(doc->fileProblems().isEmpty());
        QVERIFY(!doc->activities().isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
        doc.reset();
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
        QCOMPARE(readBytes(path), bytes);
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

    // A -wal beside a plan in WAL mode, far longer than any log the plan could have written (a
    // file of holes claiming 2 GB): it was copied privately and read through before (minutes
    // for 30 GB). Now it is not applied: left alone when reading, set aside when editing.
    void aLogFarLongerThanThePlanIsNotTried_data()
    {
        QTest::addColumn<bool>("readOnly");
        QTest::addRow("reading") << true;
        QTest::addRow("editing") << false;
    }
    void aLogFarLongerThanThePlanIsNotTried()
    {
        QFETCH(bool, readOnly);
        QTemporaryDir dir;
        const QString plan = Test::makeSamplePlan(dir);
        runSql(plan, { u"PRAGMA journal_mode = WAL"_s });
        const QString wal = plan + u"-wal"_s;
        {
            QFile holes(wal);
            QVERIFY(holes.open(QIODevice::WriteOnly));
            QVERIFY(holes.resize(qint64(2) << 30));
        }
        const QByteArray before = readBytes(plan);
        QString error;
        auto doc = Document::open(plan, &error, readOnly ? OpenMode::ReadOnly : OpenMode::ReadWrite);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(doc->fileProblems().isEmpty());
        const QString notices = doc->openNotices().join(u' ');
        QVERIFY2(notices.contains(QFileInfo(wal).fileName()) && notices.contains(u"not applied"_s), qPrintable(notices));
        doc.reset();
        if (readOnly) {
            QCOMPARE(readBytes(plan), before);
            QCOMPARE(QFileInfo(wal).size(), qint64(2) << 30);
        } else {
            QVERIFY(!QFileInfo::exists(wal));
            const QStringList aside = QDir(dir.path()).entryList({ QFileInfo(wal).fileName() + u".set-aside-*"_s }, QDir::Files);
            QCOMPARE(aside.size(), 1);
            QCOMPARE(QFileInfo(dir.filePath(aside.first())).size(), qint64(2) << 30);
            // Closed in rollback-journal mode, though never edited: one self-contained file
            // (header bytes 18 and 19 are 1), not a plan still in WAL mode.
            const QByteArray header = readBytes(plan).left(20);
            QCOMPARE(int(header.at(18)), 1);
            QCOMPARE(int(header.at(19)), 1);
        }
    }

    // Setting a side file aside never replaces a file: one set aside earlier in the same
    // second (here: a file of that name for each of the next two minutes) is kept, and the new
    // one gets a numbered name.
    void settingAsideReplacesNoFile()
    {
        QTemporaryDir dir;
        const QString plan = Test::makeSamplePlan(dir);
        const QString wal = plan + u"-wal"_s;
        const QByteArray foreign = Test::foreignLog();
        writeBytes(wal, foreign);
        const QDateTime now = QDateTime::currentDateTime();
        QStringList earlier;
        for (int s = 0; s < 120; ++s) {
            earlier.append(wal + u".set-aside-"_s + now.addSecs(s).toString(u"yyyyMMdd-hhmmss"_s));
            writeBytes(earlier.constLast(), "kept from before");
        }
        QString error;
        auto doc = Document::open(plan, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(!doc->isReadOnly());
        doc.reset();
        QVERIFY(!QFileInfo::exists(wal));
        for (const QString &file : std::as_const(earlier))
            QCOMPARE(readBytes(file), QByteArray("kept from before"));
        const QStringList aside = QDir(dir.path()).entryList({ u"*.set-aside-*-2"_s }, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readBytes(dir.filePath(aside.first())), foreign);
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
};

QTEST_GUILESS_MAIN(TestSideFiles)
#include "tst_sidefiles.moc"
