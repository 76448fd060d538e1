// The vision canvas as a user works it: notes added by double-click and type-and-Enter, edited
// in place, dragged (one or several) to another area, reordered, recoloured and deleted with
// the keyboard, personas added in Target group, zoom, and every change undone again.
#include "storage/document.h"
#include "testsupport.h"
#include "vision/visionareaitem.h"
#include "vision/visioncanvas.h"
#include "vision/visionnoteeditor.h"
#include "vision/visionnoteitem.h"
#include "vision/visionview.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Valuemap;

class TestVisionCanvas : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<VisionCanvas> m_canvas;

    QPoint viewPoint(const QPointF &scenePos) const { return m_canvas->mapFromScene(scenePos); }
    QPoint noteCenter(VisionNoteId id) const { return viewPoint(m_canvas->noteRect(id).center()); }
    QWidget *viewport() const { return m_canvas->viewport(); }
    // A point on the empty bottom of an area, below its notes.
    QPoint emptySpot(VisionArea area) const
    {
        const QRectF r = m_canvas->areaRect(area);
        return viewPoint(QPointF(r.center().x(), r.bottom() - 20));
    }
    QStringList texts(VisionArea area) const
    {
        QStringList list;
        for (VisionNoteId id : m_doc->visionNotes(area))
            list.append(m_doc->visionNote(id).text);
        return list;
    }
    void drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::mousePress(viewport(), Qt::LeftButton, modifiers, from);
        const QPoint step = (to - from) / 4;
        for (int i = 1; i <= 4; ++i)
            QTest::mouseMove(viewport(), from + step * i);
        QTest::mouseMove(viewport(), to);
        QTest::mouseRelease(viewport(), Qt::LeftButton, modifiers, to);
    }

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    void init()
    {
        QString error;
        m_doc = Document::open(
            Test::makeSamplePlan(m_dir,
                u"vision-%1.valuemap"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))),
            &error);
        QVERIFY2(m_doc, qPrintable(error));
        m_canvas = std::make_unique<VisionCanvas>(m_doc.get());
        m_canvas->resize(1400, 1000);
        m_canvas->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
        // Large enough that every area of the board is on screen.
        m_canvas->zoomToFit();
    }

    void cleanup()
    {
        m_canvas.reset();
        m_doc.reset();
    }

    void showsEveryNoteOfThePlan()
    {
        for (int a = 0; a < VisionAreaCount; ++a) {
            for (VisionNoteId id : m_doc->visionNotes(VisionArea(a))) {
                QVERIFY(m_canvas->noteItem(id));
                QVERIFY(m_canvas->areaRect(VisionArea(a)).contains(m_canvas->noteRect(id)));
            }
        }
    }

    void doubleClickTypeAndEnterAddsNotesOneAfterAnother()
    {
        const QStringList before = texts(VisionArea::Competition);
        QTest::mouseDClick(viewport(), Qt::LeftButton, {}, emptySpot(VisionArea::Competition));
        VisionNoteEditor *editor = m_canvas->editor();
        QVERIFY2(editor, "double-click on an area opens an editor for a new note");
        QTest::keyClicks(editor, u"Roastery apps with their own subscriptions"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(texts(VisionArea::Competition),
            before + QStringList { u"Roastery apps with their own subscriptions"_s });
        // Type, Enter, type the next.
        editor = m_canvas->editor();
        QVERIFY2(editor, "Enter opens the next new note");
        QTest::keyClicks(editor, u"Bakery "_s);
        editor->insertPlainText(u"cafés für 3 €"_s); // QTest types ASCII only
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(texts(VisionArea::Competition).size(), before.size() + 2);
        QCOMPARE(texts(VisionArea::Competition).last(), u"Bakery cafés für 3 €"_s);
        QTest::keyClick(m_canvas->editor(), Qt::Key_Escape);
        QVERIFY(!m_canvas->editor());
        QCOMPARE(texts(VisionArea::Competition).size(), before.size() + 2); // Escape adds nothing

        QVERIFY(m_doc->undo());
        QVERIFY(m_doc->undo());
        QCOMPARE(texts(VisionArea::Competition), before);
        QVERIFY(m_doc->redo());
        QCOMPARE(texts(VisionArea::Competition).size(), before.size() + 1);
    }

    void insertKeyAddsAfterTheSelectedNote()
    {
        const QList<VisionNoteId> ids = m_doc->visionNotes(VisionArea::Needs);
        m_canvas->setFocus();
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, noteCenter(ids.first()));
        QCOMPARE(m_canvas->selectedNotes(), QList<VisionNoteId> { ids.first() });
        QTest::keyClick(m_canvas.get(), Qt::Key_Insert);
        QVERIFY(m_canvas->editor());
        QTest::keyClicks(m_canvas->editor(), u"Second"_s);
        QTest::keyClick(m_canvas->editor(), Qt::Key_Return);
        QCOMPARE(texts(VisionArea::Needs).at(1), u"Second"_s);
        QTest::keyClicks(m_canvas->editor(), u"Third"_s);
        QTest::keyClick(m_canvas->editor(), Qt::Key_Return);
        QCOMPARE(texts(VisionArea::Needs).at(2), u"Third"_s);
        QTest::keyClick(m_canvas->editor(), Qt::Key_Escape);
    }

    void editsANoteInPlace()
    {
        const VisionNoteId id = m_doc->visionNotes(VisionArea::TopFeatures).first();
        const QString original = m_doc->visionNote(id).text;
        QTest::mouseDClick(viewport(), Qt::LeftButton, {}, noteCenter(id));
        VisionNoteEditor *editor = m_canvas->editor();
        QVERIFY2(editor, "double-click on a note opens it for editing");
        QCOMPARE(editor->toPlainText(), original);
        editor->selectAll();
        QTest::keyClicks(editor, u"Taste quiz"_s);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ShiftModifier); // a second line
        QTest::keyClicks(editor, u"three matches"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(m_doc->visionNote(id).text, u"Taste quiz\nthree matches"_s);
        QVERIFY(!m_canvas->editor()); // an edit does not open a new note
        QCOMPARE(m_doc->visionNotes(VisionArea::TopFeatures).size(), 4);
        QVERIFY(m_doc->undo());
        QCOMPARE(m_doc->visionNote(id).text, original);
    }

    void dragsANoteIntoAnotherArea()
    {
        const VisionNoteId id = m_doc->visionNotes(VisionArea::Competition).at(1);
        const QList<VisionNoteId> competition = m_doc->visionNotes(VisionArea::Competition);
        const QList<VisionNoteId> differentiation = m_doc->visionNotes(VisionArea::Differentiation);
        // Onto the upper half of the first Differentiation note: it goes before it.
        const QRectF target = m_canvas->noteRect(differentiation.first());
        drag(noteCenter(id), viewPoint(QPointF(target.center().x(), target.top() + 4)));
        QCOMPARE(m_doc->visionNote(id).area, VisionArea::Differentiation);
        QCOMPARE(m_doc->visionNotes(VisionArea::Differentiation).first(), id);
        QCOMPARE(m_doc->visionNotes(VisionArea::Competition).size(), competition.size() - 1);
        QVERIFY(m_canvas->areaRect(VisionArea::Differentiation).contains(m_canvas->noteRect(id)));

        QVERIFY(m_doc->undo());
        QCOMPARE(m_doc->visionNotes(VisionArea::Competition), competition);
        QCOMPARE(m_doc->visionNotes(VisionArea::Differentiation), differentiation);
        QVERIFY(m_canvas->areaRect(VisionArea::Competition).contains(m_canvas->noteRect(id)));
    }

    void dragsSeveralSelectedNotesAsOneUndoStep()
    {
        const QList<VisionNoteId> needs = m_doc->visionNotes(VisionArea::Needs);
        const QList<VisionNoteId> model = m_doc->visionNotes(VisionArea::BusinessModel);
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, noteCenter(needs.at(0)));
        QTest::mouseClick(viewport(), Qt::LeftButton, Qt::ControlModifier, noteCenter(needs.at(2)));
        QCOMPARE(m_canvas->selectedNotes(), (QList<VisionNoteId> { needs.at(0), needs.at(2) }));
        // Dropped on the empty bottom of Business model: both go to its end, in their order.
        drag(noteCenter(needs.at(2)), emptySpot(VisionArea::BusinessModel));
        QCOMPARE(m_doc->visionNotes(VisionArea::BusinessModel),
            (model + QList<VisionNoteId> { needs.at(0), needs.at(2) }));
        QCOMPARE(m_doc->visionNotes(VisionArea::Needs),
            (QList<VisionNoteId> { needs.at(1), needs.at(3) }));
        QVERIFY(m_doc->undo());
        QCOMPARE(m_doc->visionNotes(VisionArea::Needs), needs);
        QCOMPARE(m_doc->visionNotes(VisionArea::BusinessModel), model);
    }

    void dropOutsideTheBoardChangesNothing()
    {
        const VisionNoteId id = m_doc->visionNotes(VisionArea::Vision).first();
        const int undoCount = m_doc->undoStack()->count();
        const QPointF start = m_canvas->noteRect(id).center();
        drag(noteCenter(id),
            viewPoint(QPointF(start.x(), m_canvas->areaRect(VisionArea::Vision).top() - 10)));
        QCOMPARE(m_doc->visionNote(id).area, VisionArea::Vision);
        QCOMPARE(m_doc->undoStack()->count(), undoCount);
        QCOMPARE(m_canvas->noteRect(id).center(), start);
    }

    void reordersRecoloursAndDeletesWithTheKeyboard()
    {
        const QList<VisionNoteId> ids = m_doc->visionNotes(VisionArea::TargetGroup);
        m_canvas->setFocus();
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, noteCenter(ids.at(0)));
        QTest::keyClick(m_canvas.get(), Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(m_doc->visionNotes(VisionArea::TargetGroup).at(1), ids.at(0));
        QCOMPARE(m_canvas->selectedNotes(), QList<VisionNoteId> { ids.at(0) }); // selection kept

        m_canvas->recolorSelected(QColor(0xb9, 0xd7, 0xf0));
        QCOMPARE(m_doc->visionNote(ids.at(0)).color, QColor(0xb9, 0xd7, 0xf0));

        // Extend the selection with Ctrl+click, then delete both.
        QTest::mouseClick(viewport(), Qt::LeftButton, Qt::ControlModifier, noteCenter(ids.at(3)));
        QCOMPARE(m_canvas->selectedNotes().size(), 2);
        QTest::keyClick(m_canvas.get(), Qt::Key_Delete);
        QCOMPARE(m_doc->visionNotes(VisionArea::TargetGroup),
            (QList<VisionNoteId> { ids.at(1), ids.at(2) }));

        QVERIFY(m_doc->undo()); // delete
        QCOMPARE(m_doc->visionNotes(VisionArea::TargetGroup).size(), 4);
        QVERIFY(m_doc->undo()); // colour
        QVERIFY(!m_doc->visionNote(ids.at(0)).color.isValid());
        QVERIFY(m_doc->undo()); // move
        QCOMPARE(m_doc->visionNotes(VisionArea::TargetGroup), ids);
    }

    void rubberBandSelectsSeveralNotes()
    {
        const QList<VisionNoteId> ids = m_doc->visionNotes(VisionArea::Differentiation);
        const QRectF area = m_canvas->areaRect(VisionArea::Differentiation);
        drag(viewPoint(area.topLeft() + QPointF(4, 4)),
            viewPoint(area.bottomRight() - QPointF(4, 4)));
        QCOMPARE(m_canvas->selectedNotes(), ids);
        QCOMPARE(m_doc->visionNotes(VisionArea::Differentiation), ids); // selecting moves nothing
    }

    void addsAPersonaInTargetGroup()
    {
        const int before = int(m_doc->personas().size());
        QTest::mouseClick(
            viewport(), Qt::LeftButton, {}, viewPoint(m_canvas->addPersonaRect().center()));
        QVERIFY(m_canvas->editor());
        QTest::keyClicks(m_canvas->editor(), u"Office Olga"_s);
        QTest::keyClick(m_canvas->editor(), Qt::Key_Return);
        QCOMPARE(m_doc->personas().size(), before + 1);
        QCOMPARE(m_doc->persona(m_doc->personas().last()).name, u"Office Olga"_s);
        QVERIFY(m_doc->undo());
        QCOMPARE(m_doc->personas().size(), before);
    }

    void topFeaturesWarnsPastFiveAndEmptyAreasShowTheirQuestions()
    {
        QVERIFY(m_canvas->areaItem(VisionArea::TopFeatures)->content().warning.isEmpty());
        m_doc->addVisionNote(VisionArea::TopFeatures, u"Fifth"_s);
        QVERIFY(m_canvas->areaItem(VisionArea::TopFeatures)->content().warning.isEmpty());
        m_doc->addVisionNote(VisionArea::TopFeatures, u"Sixth"_s);
        QVERIFY(m_canvas->areaItem(VisionArea::TopFeatures)
                    ->content()
                    .warning.contains(u"three to five"_s));
        m_doc->deleteVisionNotes(m_doc->visionNotes(VisionArea::Competition));
        const VisionAreaItem *competition = m_canvas->areaItem(VisionArea::Competition);
        QVERIFY(competition->content().empty);
        QCOMPARE(competition->content().hint,
            u"Who are the main competitors? What do customers use today instead?"_s);
        // A German plan titles its areas in German, whatever the interface language.
        m_doc->setProductField(ProductField::Language, u"de"_s);
        QCOMPARE(
            m_canvas->areaItem(VisionArea::Differentiation)->content().title, u"Differenznutzen"_s);
        const QString keep = qEnvironmentVariable("VALUEMAP_TEST_KEEP");
        if (!keep.isEmpty())
            m_canvas->grab().save(keep + u"/canvas-warning.png"_s);
    }

    void theHeaderEditsTheProductAndTheViewExports()
    {
        m_canvas.reset();
        QVERIFY(m_doc->setProductField(ProductField::VisionDate, QDate())); // the field shows today
        VisionView view(m_doc.get());
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *name = view.findChild<QLineEdit *>(u"productName"_s);
        QCOMPARE(name->text(), u"Bean There – Coffee Subscription"_s);
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, u"Bean There Pro"_s);
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(m_doc->product().name, u"Bean There Pro"_s);
        // Passing through the date field writes nothing.
        const int steps = m_doc->undoStack()->count();
        view.findChild<QDateEdit *>(u"visionDate"_s)->setFocus();
        name->setFocus();
        QCOMPARE(m_doc->undoStack()->count(), steps);
        QVERIFY(!m_doc->product().visionDate.isValid());
        // The plan's language: German titles on the board.
        auto *language = view.findChild<QComboBox *>(u"planLanguage"_s);
        language->setCurrentIndex(1);
        emit language->activated(1);
        QCOMPARE(m_doc->product().language, u"de"_s);
        QCOMPARE(
            view.canvas()->areaItem(VisionArea::TargetGroup)->content().title, u"Zielgruppe"_s);
        QVERIFY(m_doc->undo());
        QVERIFY(m_doc->undo());
        QCOMPARE(m_doc->product().name, u"Bean There – Coffee Subscription"_s);

        const QString pdf = m_dir.filePath(u"view.pdf"_s);
        QVERIFY(view.exportPdf(pdf, false));
        QVERIFY(QFile(pdf).size() > 1000);
        const QString png = m_dir.filePath(u"view.png"_s);
        QVERIFY(view.exportPng(png));
        QVERIFY(!QImage(png).isNull());
        QCOMPARE(view.fileActions().size(), 2); // PDF and PNG; printing is File ▸ Print… (tst_printing)
    }

    void aReadOnlyPlanCannotBeChangedOnTheBoard()
    {
        m_canvas.reset();
        const QString path = m_doc->filePath();
        m_doc.reset();
        const QByteArray before = Test::fileHash(path);
        QString error;
        m_doc = Document::open(path, &error, OpenMode::ReadOnly);
        QVERIFY2(m_doc, qPrintable(error));
        m_canvas = std::make_unique<VisionCanvas>(m_doc.get());
        m_canvas->resize(1400, 1000);
        m_canvas->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
        const VisionNoteId id = m_doc->visionNotes(VisionArea::Needs).first();
        QTest::mouseDClick(viewport(), Qt::LeftButton, {}, noteCenter(id));
        QVERIFY(!m_canvas->editor());
        QTest::mouseDClick(viewport(), Qt::LeftButton, {}, emptySpot(VisionArea::Competition));
        QVERIFY(!m_canvas->editor());
        drag(noteCenter(id), emptySpot(VisionArea::Competition));
        QCOMPARE(m_doc->visionNote(id).area, VisionArea::Needs);
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, noteCenter(id));
        QTest::keyClick(m_canvas.get(), Qt::Key_Delete);
        QVERIFY(m_doc->visionNotes(VisionArea::Needs).contains(id));
        m_canvas.reset();
        m_doc.reset();
        QCOMPARE(Test::fileHash(path), before);
    }

    void zoomsAndScalesWithTheWindow()
    {
        const qreal fit = m_canvas->transform().m11();
        m_canvas->zoomIn();
        QVERIFY(m_canvas->transform().m11() > fit);
        m_canvas->zoomToFit();
        QCOMPARE(m_canvas->transform().m11(), fit);
        m_canvas->resize(m_canvas->width() * 2, m_canvas->height());
        QTRY_VERIFY(m_canvas->transform().m11() > fit * 1.5);
    }
};

QTEST_MAIN(TestVisionCanvas)
#include "tst_visioncanvas.moc"
