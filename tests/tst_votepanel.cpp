// The dot vote panel driven as in a workshop: clicks and keys on the story map and the vision
// board place and take back dots, the panel shows who has how many left and the result, and
// the dots are painted on the cards in the participants' colours.
#include "storage/document.h"
#include "storymap/storycarditem.h"
#include "storymap/storymapscene.h"
#include "storymap/storymapscreen.h"
#include "storymap/storymapview.h"
#include "testsupport.h"
#include "vision/visioncanvas.h"
#include "workshop/startvotedialog.h"
#include "workshop/votedots.h"
#include "workshop/votepanel.h"

#include <QImage>
#include <QListWidget>
#include <QMainWindow>
#include <QPainter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Valuemap;

class TestVotePanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<StoryMapScreen> m_screen;
    std::unique_ptr<QMainWindow> m_host; // the panel docks in a window, as in the app
    VotePanel *m_panel = nullptr;
    int m_plans = 0;

    StoryMapView *view() const { return m_screen->view(); }
    StoryMapScene *scene() const { return m_screen->scene(); }
    QPoint at(QGraphicsItem *item) const
    {
        return view()->mapFromScene(item->sceneBoundingRect().center());
    }
    QList<StoryId> stories() const
    {
        QList<StoryId> all;
        for (ActivityId a : m_doc->activities())
            for (StepId s : m_doc->steps(a))
                all += m_doc->stories(s);
        return all;
    }
    // How many pixels of a colour the card shows, as the scene paints it.
    int pixelsOf(StoryCardItem *card, const QColor &color) const
    {
        const QRectF r = card->sceneBoundingRect();
        QImage image(r.size().toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        scene()->render(&painter, QRectF(QPointF(), r.size()), r);
        painter.end();
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                n += QColor(image.pixel(x, y)) == color ? 1 : 0;
        return n;
    }
    VoteId startVote(VoteSubject subject = VoteSubject::Stories, int dots = 2)
    {
        const VoteId vote = m_doc->startVote(u"Workshop"_s, subject, dots, { u"Ana"_s, u"Ben"_s });
        m_panel->setCurrentVote(vote);
        return vote;
    }

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    void init()
    {
        QString error;
        m_doc = Document::open(
            Test::makeSamplePlan(m_dir, u"panel-%1.valuemap"_s.arg(++m_plans)), &error);
        QVERIFY2(m_doc, qPrintable(error));
        m_screen = std::make_unique<StoryMapScreen>(m_doc.get());
        m_screen->resize(1500, 950);
        m_screen->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
        view()->resetZoom();
        m_host = std::make_unique<QMainWindow>();
        m_panel = new VotePanel(m_host.get());
        m_host->addDockWidget(Qt::RightDockWidgetArea, m_panel);
        m_panel->setDocument(m_doc.get());
        m_panel->addCastingView(view());
        m_host->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
    }

    void cleanup()
    {
        m_host.reset();
        m_screen.reset();
        m_doc.reset();
    }

    void clickPlacesDotsShiftClickTakesThemBack()
    {
        const VoteId vote = startVote();
        QVERIFY(m_panel->isVoting());
        const ParticipantId ana = m_doc->voteParticipants(vote).at(0);
        QCOMPARE(m_panel->currentParticipant(), ana);
        StoryCardItem *card = scene()->card(stories().at(1));
        view()->centerOn(card);
        const QColor red = VoteDots::participantColor(0);
        QCOMPARE(pixelsOf(card, red), 0);

        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, at(card));
        QCOMPARE(m_doc->storyDots(card->storyId()).size(), 1);
        QCOMPARE(m_doc->dotsLeft(ana), 1);
        QVERIFY(!card->isSelected()); // a click while voting votes, it does not select
        QVERIFY2(pixelsOf(card, red) > 100, "Ana's dot is not painted on the card");
        QCOMPARE(m_panel->resultsList()->topLevelItemCount(), 1);
        QCOMPARE(m_panel->resultsList()->topLevelItem(0)->text(0), u"1"_s);
        QCOMPARE(
            m_panel->resultsList()->topLevelItem(0)->text(1), m_doc->story(card->storyId()).title);
        QVERIFY(m_panel->participantsList()->item(0)->text().contains(u"1 left"_s));

        QTest::mouseClick(view()->viewport(), Qt::LeftButton, Qt::ShiftModifier, at(card));
        QVERIFY(m_doc->storyDots(card->storyId()).isEmpty());
        QCOMPARE(pixelsOf(card, red), 0);
        // Each dot was one undo step, and undo repaints the card.
        QVERIFY(m_doc->undo());
        QCOMPARE(m_doc->storyDots(card->storyId()).size(), 1);
        QVERIFY(pixelsOf(card, red) > 100);
    }

    void theLastDotHandsOverToTheNextParticipantAndTheLimitIsSaid()
    {
        const VoteId vote = startVote(VoteSubject::Stories, 1);
        const ParticipantId ana = m_doc->voteParticipants(vote).at(0);
        const ParticipantId ben = m_doc->voteParticipants(vote).at(1);
        StoryCardItem *card = scene()->card(stories().at(0));
        view()->centerOn(card);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, at(card));
        QCOMPARE(m_panel->currentParticipant(), ben);
        QVERIFY2(m_panel->statusText().contains(u"Next: Ben"_s), qPrintable(m_panel->statusText()));
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, at(card));
        QCOMPARE(m_doc->storyDots(card->storyId()).size(), 2);
        // Ben is done too: one more click is refused with a message in the panel, not a dialog.
        const int steps = m_doc->undoStack()->count();
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, at(card));
        QCOMPARE(m_doc->undoStack()->count(), steps);
        QVERIFY2(m_panel->statusText().contains(u"placed all 1 dot"_s),
            qPrintable(m_panel->statusText()));
        QCOMPARE(pixelsOf(card, VoteDots::participantColor(1)) > 100, true);
        QCOMPARE(m_doc->dotsLeft(ana), 0);
    }

    void keysCastOnTheSelectedCardAndChooseTheParticipant()
    {
        const VoteId vote = startVote(VoteSubject::Stories, 3);
        const ParticipantId ben = m_doc->voteParticipants(vote).at(1);
        StoryCardItem *card = scene()->card(stories().at(2));
        card->setSelected(true);
        view()->setFocus();
        QTest::keyClick(view()->viewport(), Qt::Key_2);
        QCOMPARE(m_panel->currentParticipant(), ben);
        QTest::keyClick(view()->viewport(), Qt::Key_Plus);
        QTest::keyClick(view()->viewport(), Qt::Key_Space);
        QCOMPARE(m_doc->dotsCast(ben), 2);
        QCOMPARE(m_doc->voteDot(m_doc->storyDots(card->storyId()).first()).participantId, ben);
        QTest::keyClick(view()->viewport(), Qt::Key_Minus);
        QCOMPARE(m_doc->dotsCast(ben), 1);
        QCOMPARE(m_panel->participantsList()->currentRow(), 1);
    }

    void anEndedVoteOrAHiddenPanelLeavesClicksToTheMap()
    {
        const VoteId vote = startVote();
        StoryCardItem *card = scene()->card(stories().at(0));
        view()->centerOn(card);
        m_panel->findChild<QPushButton *>(u"endVote"_s)->click();
        QCOMPARE(m_doc->vote(vote).state, VoteState::Ended);
        QVERIFY(!m_panel->isVoting());
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, at(card));
        QVERIFY(m_doc->storyDots(card->storyId()).isEmpty());
        QVERIFY(card->isSelected()); // the map's own click
        m_panel->findChild<QPushButton *>(u"endVote"_s)->click(); // Reopen
        QVERIFY(m_panel->isVoting());
        m_doc->castDot(m_panel->currentParticipant(), card->storyId());
        QVERIFY(pixelsOf(card, VoteDots::participantColor(0)) > 100);
        // Closing the panel hides the dots: the map is back to normal.
        m_panel->hide();
        QCOMPARE(pixelsOf(card, VoteDots::participantColor(0)), 0);
        QVERIFY(!m_panel->isVoting());
    }

    void applyButtonsAndDiscard()
    {
        const VoteId vote = startVote(VoteSubject::Stories, 2);
        const StoryId story = stories().at(4);
        m_doc->castDot(m_doc->voteParticipants(vote).at(0), story);
        m_doc->castDot(m_doc->voteParticipants(vote).at(1), story);
        m_panel->applyAsBusinessValue(0);
        QCOMPARE(m_doc->story(story).businessValue, std::optional<int>(2));
        m_panel->findChild<QPushButton *>(u"applyOrder"_s)->click();
        QCOMPARE(m_doc->stories(m_doc->story(story).stepId).first(), story);
        m_panel->findChild<QPushButton *>(u"discardVote"_s)->click();
        QVERIFY(m_doc->votes().isEmpty());
        QVERIFY(!m_panel->currentVote().isValid());
        QVERIFY(m_doc->undo());
        QCOMPARE(m_panel->currentVote(), vote); // undo brings it back into the panel
        QCOMPARE(m_panel->resultsList()->topLevelItemCount(), 1);
    }

    void startDialogSaysWhatIsWrong()
    {
        StartVoteDialog *dialog = m_panel->openStartDialog();
        QVERIFY(dialog);
        dialog->setParticipants({ u"Ana"_s, u"ANA"_s });
        QVERIFY2(
            dialog->problem().contains(u"takes part already"_s), qPrintable(dialog->problem()));
        dialog->setParticipants({});
        QVERIFY(dialog->problem().contains(u"at least one participant"_s));
        QVERIFY(!dialog->start().isValid());
        QVERIFY(m_doc->votes().isEmpty());
        dialog->setParticipants({ u"Ana"_s, u""_s, u"Ben"_s });
        QVERIFY(dialog->problem().isEmpty());
        dialog->setDots(4);
        const VoteId vote = dialog->start();
        QVERIFY(vote.isValid());
        QCOMPARE(m_doc->vote(vote).dotsPerParticipant, 4);
        QCOMPARE(m_doc->voteParticipants(vote).size(), 2);
        dialog->close();
    }

    void votesOnVisionNotesByClick()
    {
        VisionCanvas canvas(m_doc.get());
        canvas.resize(1400, 1000);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        m_panel->addCastingView(&canvas);
        const VoteId vote = startVote(VoteSubject::VisionNotes, 3);
        const VisionNoteId note = m_doc->visionNotes(VisionArea::Needs).first();
        const qreal height = canvas.noteRect(note).height();
        QTest::mouseClick(canvas.viewport(), Qt::LeftButton, {},
            canvas.mapFromScene(canvas.noteRect(note).center()));
        QCOMPARE(m_doc->noteDots(note).size(), 1);
        QCOMPARE(VoteDots::onNote(*m_doc, note), QList<QColor> { VoteDots::participantColor(0) });
        // The note makes room for its dots below the text rather than covering it.
        QCOMPARE(canvas.noteRect(note).height(), height + 28);
        // Keys work on the selected note too, also after the board was laid out anew.
        canvas.selectNotes({ note });
        QTest::keyClick(canvas.viewport(), Qt::Key_Plus);
        QCOMPARE(m_doc->noteDots(note).size(), 2);
        QTest::keyClick(canvas.viewport(), Qt::Key_Minus);
        QTest::keyClick(canvas.viewport(), Qt::Key_Minus);
        QVERIFY(m_doc->noteDots(note).isEmpty());
        QCOMPARE(canvas.noteRect(note).height(), height);
        QTest::mouseClick(canvas.viewport(), Qt::LeftButton, {},
            canvas.mapFromScene(canvas.noteRect(note).center()));
        // A click on a story card in a vote on notes says where to vote instead.
        QTest::mouseClick(
            view()->viewport(), Qt::LeftButton, {}, at(scene()->card(stories().first())));
        QVERIFY(m_panel->statusText().contains(u"Vision tab"_s));
        QCOMPARE(m_doc->voteDots(vote).size(), 1);
    }
};

QTEST_MAIN(TestVotePanel)
#include "tst_votepanel.moc"
