// Schema versions: a stored plan of every past version opens, is migrated to the current
// version and passes the integrity checks; the migrations form an unbroken chain.
#include "storage/document.h"
#include "storage/plancheck.h"
#include "storage/schema.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Valuemap;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    void migrationsFormAnUnbrokenChain()
    {
        int expected = 1;
        for (const Migration &m : migrations()) {
            QCOMPARE(m.toVersion, expected++);
            QVERIFY(!m.statements.isEmpty());
        }
        QCOMPARE(expected - 1, CurrentSchemaVersion);
    }

    void everyPastVersionOpensAndIsSound_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v <= CurrentSchemaVersion; ++v)
            QTest::addRow("v%d", v) << v;
    }

    void everyPastVersionOpensAndIsSound()
    {
        QFETCH(int, version);
        const QString fixture = QStringLiteral(VALUEMAP_FIXTURES) + u"/plan-v%1.valuemap"_s.arg(version);
        QVERIFY2(QFile::exists(fixture), "every schema version needs a stored fixture file");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"plan.valuemap"_s);
        QVERIFY(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        {
            auto doc = Document::open(path, &error);
            QVERIFY2(doc, qPrintable(error));
            QCOMPARE(doc->openedSchemaVersion(), version);
            QVERIFY2(planProblems(*doc).isEmpty(), qPrintable(planProblems(*doc).join(u'\n')));
            QVERIFY(doc->store().count(Table::Story) > 0);
            // The migrated plan takes edits.
            QVERIFY(doc->addActivity(u"After migration"_s).isValid());
        }
        QVERIFY(Test::dumpClosedFile(path).contains(u"user_version=%1"_s.arg(CurrentSchemaVersion)));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
