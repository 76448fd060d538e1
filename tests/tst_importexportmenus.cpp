// File → Import / Export in the window: the preview says what will be created and what has no
// equivalent; Merge adds everything as one undo step; a malformed file is refused with a
// message naming the line and changes nothing; Import as New Plan opens the new plan.
#include "testsupport.h"

#include "export/importexportmenus.h"
#include "storage/document.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

// Presses the button whose text starts with `text` in the next modal dialog, and returns the
// dialog's label text through *seen.
void pressInNextDialog(const QString &text, QString *seen)
{
    QTimer::singleShot(50, qApp, [text, seen] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return pressInNextDialog(text, seen);
        for (QLabel *label : dialog->findChildren<QLabel *>())
            *seen += label->text();
        if (!qEnvironmentVariableIsEmpty("VALUEMAP_KEEP_EXPORTS"))
            dialog->grab().save(
                qEnvironmentVariable("VALUEMAP_KEEP_EXPORTS") + u"/import-preview.png"_s);
        for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
            if (button->text().remove(u'&').startsWith(text)) {
                button->click();
                return;
            }
        }
    });
}

} // namespace

class TestImportExportMenus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    void menusListEveryFormat()
    {
        QWidget window;
        ImportExportMenus menus(
            &window, [] { return nullptr; }, [](const QString &) { return true; });
        QStringList imports;
        for (QAction *a : menus.importMenu()->actions())
            imports << a->text().remove(u'&');
        QCOMPARE(imports,
            (QStringList { u"Valuemap JSON…"_s, u"Stories CSV…"_s, u"storymaps.io Map…"_s }));
        QStringList exports;
        for (QAction *a : menus.exportMenu()->actions())
            exports << a->text().remove(u'&');
        QVERIFY(exports.contains(u"Jira CSV, Epics from Activities…"_s));
        QVERIFY(exports.contains(u"Map as Poster PDF (Tiled)…"_s));
        QVERIFY(!menus.exportMenu()->isEnabled()); // nothing to export without a plan
    }

    void previewThenMergeIsOneUndoStep()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::open(Test::makeSamplePlan(dir), &error);
        QWidget window;
        ImportExportMenus menus(
            &window, [&doc] { return doc.get(); }, [](const QString &) { return true; });
        QVERIFY(menus.exportMenu()->isEnabled());
        const QString csv = dir.filePath(u"stories.csv"_s);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Activity;Step;Release;Title;Estimate;Mood\nNew activity;New step;;Imported "
                   "story;2,5;happy\n");
        file.close();
        const QString before = doc->databaseDump();
        const int steps = doc->undoStack()->count();
        QString seen;
        pressInNextDialog(u"Merge into"_s, &seen);
        QVERIFY(menus.importFile(ImportExportMenus::ImportFormat::StoriesCsv, csv));
        QVERIFY2(seen.contains(u"1 story"_s) || seen.contains(u"story(ies)"_s), qPrintable(seen));
        QVERIFY2(seen.contains(u"Mood"_s), qPrintable(seen)); // what has no equivalent is named
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(
            doc->story(doc->stories(doc->steps(doc->activities().last()).first()).first()).title,
            u"Imported story"_s);
        QVERIFY(doc->undo());
        QCOMPARE(doc->databaseDump(), before);
    }

    void malformedFileChangesNothing()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::open(Test::makeSamplePlan(dir), &error);
        QWidget window;
        ImportExportMenus menus(
            &window, [&doc] { return doc.get(); }, [](const QString &) { return true; });
        const QString csv = dir.filePath(u"bad.csv"_s);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Title,Estimate\nA,1\nB,\"unclosed\n");
        file.close();
        const QString before = doc->databaseDump();
        QVERIFY(!menus.importFile(ImportExportMenus::ImportFormat::StoriesCsv, csv));
        const auto boxes = window.findChildren<QMessageBox *>();
        QCOMPARE(boxes.size(), 1);
        QVERIFY2(boxes.first()->text().contains(u"Line 3"_s), qPrintable(boxes.first()->text()));
        QVERIFY(boxes.first()->text().contains(u"Nothing was imported"_s));
        QCOMPARE(doc->databaseDump(), before);
    }

    void cancelInPreviewChangesNothing()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::open(Test::makeSamplePlan(dir), &error);
        QWidget window;
        ImportExportMenus menus(
            &window, [&doc] { return doc.get(); }, [](const QString &) { return true; });
        const QString json = QStringLiteral(VALUEMAP_FIXTURES) + u"/storymaps-garden.json"_s;
        const QString before = doc->databaseDump();
        QString seen;
        pressInNextDialog(u"Cancel"_s, &seen);
        QVERIFY(!menus.importFile(ImportExportMenus::ImportFormat::Storymaps, json));
        QVERIFY2(seen.contains(u"hidden spacer"_s), qPrintable(seen));
        QCOMPARE(doc->databaseDump(), before);
    }
};

QTEST_MAIN(TestImportExportMenus)
#include "tst_importexportmenus.moc"
