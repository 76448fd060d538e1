// Dot voting in the document: starting a vote, casting within each participant's dots, the
// ranked result, applying it as business value or order, the vote's life (end, reopen,
// discard) — each one undo step, kept in the file, and in step with deleted stories and notes.
#include "planfactory.h"
#include "testsupport.h"

#include "io/planjson.h"
#include "storage/document.h"
#include "storage/rowcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Valuemap;

class TestVoting : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    QString m_path;
    int m_plans = 0;

    QList<StoryId> mapStories() const
    {
        QList<StoryId> all;
        for (ActivityId a : m_doc->activities())
            for (StepId s : m_doc->steps(a))
                all += m_doc->stories(s);
        return all;
    }
    QList<VisionNoteId> allNotes() const
    {
        QList<VisionNoteId> all;
        for (int a = 0; a < VisionAreaCount; ++a)
            all += m_doc->visionNotes(static_cast<VisionArea>(a));
        return all;
    }
    VoteId startStoryVote(int dots = 3)
    {
        const VoteId vote = m_doc->startVote(
            u"Most valuable"_s, VoteSubject::Stories, dots, { u"Ana"_s, u"Ben"_s, u"Chloé"_s });
        if (!vote.isValid())
            qWarning("%s", qPrintable(m_doc->lastError()));
        return vote;
    }
    ParticipantId participant(VoteId vote, int index) const
    {
        return m_doc->voteParticipants(vote).value(index);
    }
    QList<std::pair<qint64, int>> results(VoteId vote) const
    {
        QList<std::pair<qint64, int>> out;
        for (const VoteResult &r : m_doc->voteResults(vote))
            out.append({ r.storyId.isValid() ? r.storyId.value : r.noteId.value, r.dots });
        return out;
    }

private slots:
    void initTestCase() { Test::useFixedLocale(); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = Test::makeSamplePlan(m_dir, u"vote-%1.valuemap"_s.arg(++m_plans));
        QString error;
        m_doc = Document::open(m_path, &error);
        QVERIFY2(m_doc, qPrintable(error));
    }

    void cleanup() { m_doc.reset(); }

    void startsAVoteWithNamedParticipants()
    {
        const int before = m_doc->undoStack()->count();
        const VoteId vote = startStoryVote(5);
        QVERIFY(vote.isValid());
        const Vote v = m_doc->vote(vote);
        QCOMPARE(v.title, u"Most valuable"_s);
        QCOMPARE(v.dotsPerParticipant, 5);
        QCOMPARE(v.subject, VoteSubject::Stories);
        QCOMPARE(v.state, VoteState::Open);
        QVERIFY(v.createdAt.isValid());
        QStringList names;
        for (ParticipantId p : m_doc->voteParticipants(vote)) {
            names.append(m_doc->voteParticipant(p).name);
            QCOMPARE(m_doc->dotsLeft(p), 5);
        }
        QCOMPARE(names, QStringList({ u"Ana"_s, u"Ben"_s, u"Chloé"_s }));
        QCOMPARE(m_doc->undoStack()->count(), before + 1);
        QCOMPARE(m_doc->undoStack()->undoText(), u"Start Dot Vote"_s);
        QVERIFY(m_doc->undo());
        QVERIFY(m_doc->votes().isEmpty());
        QVERIFY(m_doc->redo());
        QCOMPARE(m_doc->voteParticipants(vote).size(), 3);
    }

    void refusesABadSetUp_data()
    {
        QTest::addColumn<int>("dots");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("message");
        QTest::addRow("no participant") << 3 << QStringList() << u"at least one participant"_s;
        QTest::addRow("empty name") << 3 << QStringList({ u"Ana"_s, u"  "_s }) << u"needs a name"_s;
        QTest::addRow("same name twice")
            << 3 << QStringList({ u"Ana"_s, u"ana "_s }) << u"“ana” takes part already"_s;
        QTest::addRow("no dots") << 0 << QStringList({ u"Ana"_s }) << u"1 to 99 dots; 0"_s;
        QTest::addRow("too many dots")
            << 100 << QStringList({ u"Ana"_s }) << u"1 to 99 dots; 100"_s;
    }

    void refusesABadSetUp()
    {
        QFETCH(int, dots);
        QFETCH(QStringList, names);
        QFETCH(QString, message);
        const QString dumpBefore = m_doc->databaseDump();
        QVERIFY(!m_doc->startVote(u"Bad"_s, VoteSubject::Stories, dots, names).isValid());
        QVERIFY2(m_doc->lastError().contains(message), qPrintable(m_doc->lastError()));
        QCOMPARE(m_doc->databaseDump(), dumpBefore);
        QCOMPARE(Document::voteSetupProblem(dots, names), m_doc->lastError());
    }

    void castsWithinEachParticipantsDots()
    {
        const VoteId vote = startStoryVote(2);
        const ParticipantId ana = participant(vote, 0);
        const ParticipantId ben = participant(vote, 1);
        const QList<StoryId> stories = mapStories();
        QVERIFY(m_doc->castDot(ana, stories[0]).isValid());
        QVERIFY(m_doc->castDot(ana, stories[0]).isValid()); // two on the same card is allowed
        QCOMPARE(m_doc->dotsLeft(ana), 0);
        QCOMPARE(m_doc->undoStack()->undoText(), u"Cast Dot"_s);
        const QString dumpBefore = m_doc->databaseDump();
        QVERIFY(!m_doc->castDot(ana, stories[1]).isValid());
        QCOMPARE(m_doc->lastError(),
            u"Ana has placed all 2 dot(s). Take one back (−) to place it elsewhere."_s);
        QCOMPARE(m_doc->databaseDump(), dumpBefore);
        // Ben's dots are his own.
        QVERIFY(m_doc->castDot(ben, stories[1]).isValid());
        QCOMPARE(m_doc->dotsLeft(ben), 1);
        QCOMPARE(m_doc->storyDots(stories[0]).size(), 2);
        // Taking one back frees it.
        QVERIFY(m_doc->withdrawDot(ana, stories[0]));
        QCOMPARE(m_doc->undoStack()->undoText(), u"Take Back Dot"_s);
        QCOMPARE(m_doc->dotsLeft(ana), 1);
        QVERIFY(!m_doc->withdrawDot(ben, stories[0]));
        QCOMPARE(m_doc->lastError(), u"Ben has no dot on this story to take back."_s);
        // Each cast and each take-back is one undo step.
        QVERIFY(m_doc->undo()); // the take-back
        QCOMPARE(m_doc->dotsLeft(ana), 0);
        QCOMPARE(m_doc->storyDots(stories[0]).size(), 2);
        QVERIFY(m_doc->undo()); // Ben's dot
        QCOMPARE(m_doc->storyDots(stories[1]).size(), 0);
        QVERIFY(m_doc->undo()); // Ana's second dot
        QCOMPARE(m_doc->storyDots(stories[0]).size(), 1);
        QCOMPARE(m_doc->dotsLeft(ana), 1);
        QVERIFY(m_doc->redo());
        QVERIFY(m_doc->redo());
        QCOMPARE(m_doc->storyDots(stories[0]).size(), 2);
        QCOMPARE(m_doc->storyDots(stories[1]).size(), 1);
    }

    void refusesDotsOnTheWrongKindOfItem()
    {
        const VoteId stories = startStoryVote();
        QVERIFY(!m_doc->castDot(participant(stories, 0), allNotes().first()).isValid());
        QVERIFY(m_doc->lastError().contains(u"vote on stories"_s));
        const VoteId notes
            = m_doc->startVote(u"Vision"_s, VoteSubject::VisionNotes, 3, { u"Ana"_s });
        QVERIFY(!m_doc->castDot(participant(notes, 0), mapStories().first()).isValid());
        QVERIFY(m_doc->lastError().contains(u"vote on vision notes"_s));
        QVERIFY(!m_doc->castDot(participant(notes, 0), VisionNoteId(999999)).isValid());
        QCOMPARE(m_doc->lastError(), u"The note to vote for no longer exists."_s);
        QVERIFY(m_doc->castDot(participant(notes, 0), allNotes().first()).isValid());
        QCOMPARE(m_doc->noteDots(allNotes().first()).size(), 1);
    }

    void resultsRankByDotsTiesInMapOrder()
    {
        const VoteId vote = startStoryVote(3);
        const QList<StoryId> s = mapStories();
        const ParticipantId ana = participant(vote, 0);
        const ParticipantId ben = participant(vote, 1);
        const ParticipantId chloe = participant(vote, 2);
        // s[5]: 3 dots; s[7] and s[2]: 2 each (a tie, map order puts s[2] first); s[9]: 1.
        m_doc->castDot(ana, s[5]);
        m_doc->castDot(ben, s[5]);
        m_doc->castDot(chloe, s[5]);
        m_doc->castDot(ana, s[7]);
        m_doc->castDot(ben, s[7]);
        m_doc->castDot(ana, s[2]);
        m_doc->castDot(chloe, s[2]);
        m_doc->castDot(ben, s[9]);
        const QList<std::pair<qint64, int>> expected
            = { { s[5].value, 3 }, { s[2].value, 2 }, { s[7].value, 2 }, { s[9].value, 1 } };
        QCOMPARE(results(vote), expected);
    }

    void appliesTheResultAsBusinessValue()
    {
        const VoteId vote = startStoryVote(3);
        const QList<StoryId> s = mapStories();
        const std::optional<int> untouched = m_doc->story(s[1]).businessValue;
        const std::optional<int> original = m_doc->story(s[6]).businessValue;
        for (int p = 0; p < 3; ++p)
            m_doc->castDot(participant(vote, p), s[4]);
        m_doc->castDot(participant(vote, 0), s[6]);

        QVERIFY(m_doc->applyVoteAsBusinessValue(vote));
        QCOMPARE(m_doc->story(s[4]).businessValue, std::optional<int>(3));
        QCOMPARE(m_doc->story(s[6]).businessValue, std::optional<int>(1));
        QCOMPARE(m_doc->story(s[1]).businessValue, untouched); // no dots: keeps its value
        QCOMPARE(m_doc->undoStack()->undoText(), u"Apply Vote as Business Value"_s);

        // On a scale: the most-voted story gets the top of it.
        QVERIFY(m_doc->applyVoteAsBusinessValue(vote, 10));
        QCOMPARE(m_doc->story(s[4]).businessValue, std::optional<int>(10));
        QCOMPARE(m_doc->story(s[6]).businessValue, std::optional<int>(3));
        QVERIFY(m_doc->undo());
        QCOMPARE(m_doc->story(s[4]).businessValue, std::optional<int>(3));
        QVERIFY(m_doc->undo());
        QCOMPARE(m_doc->story(s[6]).businessValue, original);
        QVERIFY(m_doc->vote(vote).id.isValid());

        const VoteId empty
            = m_doc->startVote(u"Nothing yet"_s, VoteSubject::Stories, 3, { u"Ana"_s });
        QVERIFY(!m_doc->applyVoteAsBusinessValue(empty));
        QVERIFY(m_doc->lastError().contains(u"No story has a dot yet"_s));
    }

    void ordersEachStepByVotes()
    {
        // The step with the most stories: the voted ones go first, the rest keep their order.
        StepId step;
        for (ActivityId a : m_doc->activities())
            for (StepId st : m_doc->steps(a))
                if (!step.isValid() || m_doc->stories(st).size() > m_doc->stories(step).size())
                    step = st;
        const QList<StoryId> before = m_doc->stories(step);
        QVERIFY(before.size() >= 4);
        const VoteId vote = startStoryVote(3);
        m_doc->castDot(participant(vote, 0), before[3]);
        m_doc->castDot(participant(vote, 1), before[3]);
        m_doc->castDot(participant(vote, 2), before[2]);
        QVERIFY(m_doc->applyVoteAsOrder(vote));
        QCOMPARE(m_doc->undoStack()->undoText(), u"Order Stories by Votes"_s);
        QList<StoryId> expected = { before[3], before[2], before[0], before[1] };
        expected += before.mid(4);
        QCOMPARE(m_doc->stories(step), expected);
        QVERIFY(m_doc->undo());
        QCOMPARE(m_doc->stories(step), before);
        QVERIFY(m_doc->redo());
        QCOMPARE(m_doc->stories(step), expected);
    }

    void ordersVisionNotesByVotes()
    {
        const QList<VisionNoteId> before = m_doc->visionNotes(VisionArea::Needs);
        QVERIFY(before.size() >= 2);
        const VoteId vote = m_doc->startVote(u"Needs"_s, VoteSubject::VisionNotes, 2, { u"Ana"_s });
        m_doc->castDot(participant(vote, 0), before.last());
        QVERIFY(m_doc->applyVoteAsOrder(vote));
        QCOMPARE(m_doc->visionNotes(VisionArea::Needs).first(), before.last());
        QVERIFY(!m_doc->applyVoteAsBusinessValue(vote));
        QVERIFY(m_doc->lastError().contains(u"only stories have a business value"_s));
    }

    void endReopenAndDiscardAreUndoable()
    {
        const VoteId vote = startStoryVote(3);
        const StoryId story = mapStories().first();
        const ParticipantId ana = participant(vote, 0);
        m_doc->castDot(ana, story);
        QVERIFY(m_doc->endVote(vote));
        QCOMPARE(m_doc->vote(vote).state, VoteState::Ended);
        QCOMPARE(m_doc->undoStack()->undoText(), u"End Dot Vote"_s);
        QVERIFY(!m_doc->castDot(ana, story).isValid());
        QCOMPARE(m_doc->lastError(),
            u"The vote “Most valuable” has ended. Reopen it to change its dots."_s);
        QVERIFY(!m_doc->withdrawDot(ana, story));
        QVERIFY(m_doc->reopenVote(vote));
        QCOMPARE(m_doc->vote(vote).state, VoteState::Open);
        QVERIFY(m_doc->castDot(ana, story).isValid());
        QVERIFY(m_doc->undo()); // the dot
        QVERIFY(m_doc->undo()); // reopen
        QCOMPARE(m_doc->vote(vote).state, VoteState::Ended);

        const QString withVote = m_doc->databaseDump();
        QVERIFY(m_doc->discardVote(vote));
        QCOMPARE(m_doc->undoStack()->undoText(), u"Discard Dot Vote"_s);
        QVERIFY(m_doc->votes().isEmpty());
        QVERIFY(m_doc->storyDots(story).isEmpty());
        QVERIFY(m_doc->undo());
        QCOMPARE(m_doc->voteParticipants(vote).size(), 3);
        QCOMPARE(m_doc->storyDots(story).size(), 1);
        QCOMPARE(m_doc->databaseDump(), withVote);
    }

    void participantsCanBeAddedRenamedAndRemoved()
    {
        const VoteId vote = startStoryVote(2);
        const ParticipantId dora = m_doc->addVoteParticipant(vote, u"Dora"_s);
        QVERIFY(dora.isValid());
        QCOMPARE(m_doc->voteParticipant(dora).rank, 3);
        QVERIFY(!m_doc->addVoteParticipant(vote, u"BEN"_s).isValid());
        QVERIFY(m_doc->lastError().contains(u"takes part already"_s));
        QVERIFY(!m_doc->renameVoteParticipant(dora, u"Ana"_s));
        QVERIFY(m_doc->renameVoteParticipant(dora, u"Dora K."_s));
        QCOMPARE(m_doc->voteParticipant(dora).name, u"Dora K."_s);
        const StoryId story = mapStories().first();
        const ParticipantId ben = participant(vote, 1);
        m_doc->castDot(ben, story);
        QVERIFY(m_doc->removeVoteParticipant(ben));
        QCOMPARE(m_doc->undoStack()->undoText(), u"Remove Participant"_s);
        QVERIFY(m_doc->storyDots(story).isEmpty()); // Ben's dots went with him
        QCOMPARE(m_doc->voteParticipant(dora).rank, 2);
        QVERIFY(m_doc->undo());
        QCOMPARE(m_doc->storyDots(story).size(), 1);
        QCOMPARE(m_doc->voteParticipant(ben).rank, 1);

        const VoteId solo = m_doc->startVote(u"Solo"_s, VoteSubject::Stories, 1, { u"Ana"_s });
        QVERIFY(!m_doc->removeVoteParticipant(participant(solo, 0)));
        QVERIFY(m_doc->lastError().contains(u"last participant"_s));
    }

    void deletingAStoryOrNoteTakesItsDotsAndUndoBringsThemBack()
    {
        const VoteId vote = startStoryVote(3);
        const StoryId story = mapStories().at(3);
        m_doc->castDot(participant(vote, 0), story);
        m_doc->castDot(participant(vote, 1), story);
        QVERIFY(m_doc->deleteStories({ story }));
        QVERIFY(m_doc->voteDots(vote).isEmpty());
        QVERIFY(m_doc->fileProblems().isEmpty());
        QCOMPARE(m_doc->dotsLeft(participant(vote, 0)), 3);
        QVERIFY(m_doc->undo());
        QCOMPARE(m_doc->storyDots(story).size(), 2);
        QCOMPARE(results(vote), (QList<std::pair<qint64, int>> { { story.value, 2 } }));

        // A whole step too.
        const StepId step = m_doc->story(story).stepId;
        QVERIFY(m_doc->deleteStep(step));
        QVERIFY(m_doc->voteDots(vote).isEmpty());
        QVERIFY(m_doc->undo());
        QCOMPARE(m_doc->storyDots(story).size(), 2);

        const VisionNoteId note = allNotes().first();
        const VoteId notes
            = m_doc->startVote(u"Vision"_s, VoteSubject::VisionNotes, 3, { u"Ana"_s });
        m_doc->castDot(participant(notes, 0), note);
        QVERIFY(m_doc->deleteVisionNotes({ note }));
        QVERIFY(m_doc->noteDots(note).isEmpty());
        QVERIFY(m_doc->fileProblems().isEmpty());
        QVERIFY(m_doc->undo());
        QCOMPARE(m_doc->noteDots(note).size(), 1);
    }

    void theVoteIsInTheFileWhenReopened()
    {
        const VoteId vote = startStoryVote(4);
        const StoryId story = mapStories().at(1);
        m_doc->castDot(participant(vote, 2), story);
        m_doc->endVote(vote);
        m_doc.reset();
        QString error;
        m_doc = Document::open(m_path, &error);
        QVERIFY2(m_doc, qPrintable(error));
        QCOMPARE(m_doc->votes(), QList<VoteId> { vote });
        QCOMPARE(m_doc->vote(vote).state, VoteState::Ended);
        QCOMPARE(m_doc->vote(vote).dotsPerParticipant, 4);
        QCOMPARE(m_doc->voteParticipant(participant(vote, 2)).name, u"Chloé"_s);
        QCOMPARE(m_doc->dotsLeft(participant(vote, 2)), 3);
        QCOMPARE(results(vote), (QList<std::pair<qint64, int>> { { story.value, 1 } }));
    }

    void jsonKeepsVotesParticipantsAndDots()
    {
        const VoteId vote = startStoryVote(3);
        m_doc->castDot(participant(vote, 1), mapStories().at(2));
        const VoteId notes
            = m_doc->startVote(u"Vision"_s, VoteSubject::VisionNotes, 2, { u"Ana"_s });
        m_doc->castDot(participant(notes, 0), allNotes().at(1));
        const QByteArray json = PlanJson::write(m_doc->store());
        const QJsonObject tables
            = QJsonDocument::fromJson(json).object().value(u"tables"_s).toObject();
        QCOMPARE(tables.value(u"vote"_s).toArray().size(), 2);
        QCOMPARE(tables.value(u"vote_participant"_s).toArray().size(), 4);
        QCOMPARE(tables.value(u"vote_dot"_s).toArray().size(), 2);

        PlanData data;
        QString error;
        QVERIFY2(PlanJson::read(json, &data, &error), qPrintable(error));
        const QString copy = m_dir.filePath(u"json-copy.valuemap"_s);
        QVERIFY2(createPlanFile(copy, true, data, &error), qPrintable(error));
        const auto reopened = Document::open(copy, &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(reopened->databaseDump(), m_doc->databaseDump());
        QCOMPARE(reopened->voteResults(notes).size(), 1);
    }

    void jsonWithoutVotesStillImports()
    {
        // A file written before votes were in use: no vote tables at all.
        QJsonObject root = QJsonDocument::fromJson(PlanJson::write(m_doc->store())).object();
        QJsonObject tables = root.value(u"tables"_s).toObject();
        tables.remove(u"vote"_s);
        tables.remove(u"vote_participant"_s);
        tables.remove(u"vote_dot"_s);
        root.insert(u"tables"_s, tables);
        PlanData data;
        QString error;
        QVERIFY2(PlanJson::read(QJsonDocument(root).toJson(), &data, &error), qPrintable(error));
        QCOMPARE(data.count(Table::Vote), 0);
        QVERIFY(data.count(Table::Story) > 10);
    }

    void jsonRefusesADotOfAnotherVotesParticipant()
    {
        const VoteId a = startStoryVote(3);
        const VoteId b = m_doc->startVote(u"Other"_s, VoteSubject::Stories, 3, { u"Zoe"_s });
        m_doc->castDot(participant(a, 0), mapStories().at(0));
        QJsonObject root = QJsonDocument::fromJson(PlanJson::write(m_doc->store())).object();
        QJsonObject tables = root.value(u"tables"_s).toObject();
        QJsonArray dots = tables.value(u"vote_dot"_s).toArray();
        QJsonObject dot = dots[0].toObject();
        dot.insert(u"vote_id"_s, b.value);
        dots[0] = dot;
        tables.insert(u"vote_dot"_s, dots);
        root.insert(u"tables"_s, tables);
        PlanData data;
        QString error;
        QVERIFY(!PlanJson::read(QJsonDocument(root).toJson(), &data, &error));
        QVERIFY2(error.contains(u"tables.vote_dot"_s) && error.contains(u"participant"_s),
            qPrintable(error));
    }

    // A dot that does not fit its vote (here: a note in a vote on stories), written by another
    // program with a right checksum: check names it, exports are refused, and the salvage
    // leaves it out so that its JSON imports (it said "every row is sound", and the import
    // refused the JSON; found by hostile testing).
    void aDotThatDoesNotFitItsVoteIsFound()
    {
        QTemporaryDir dir;
        const QString plan = Test::makeGeneratedPlan(dir, 20);
        Test::runSql(plan, { u"UPDATE vote_dot SET story_id = NULL, note_id = 1 WHERE id = 1"_s });
        {
            QString error;
            const auto doc = Document::open(plan, &error, OpenMode::ReadOnly);
            QVERIFY2(doc, qPrintable(error));
            const Row *dot = doc->store().row(Table::VoteDot, 1);
            QVERIFY(dot);
            Test::runSql(plan, { u"UPDATE row_check SET sum = %1 WHERE tbl = %2 AND id = 1"_s
                                     .arg(rowChecksum(Table::VoteDot, *dot))
                                     .arg(int(Table::VoteDot)) });
        }
        Test::ProcessRun r = Test::valuemap({ u"check"_s, plan });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"vote dot 1: its dot vote 1 is on stories, so it needs a story and no note"_s), qPrintable(r.out));
        const QString json = dir.filePath(u"plan.json"_s);
        r = Test::valuemap({ u"export"_s, u"json"_s, plan, u"-o"_s, json });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(json));
        r = Test::valuemap({ u"export"_s, u"json"_s, plan, u"-o"_s, json, u"--salvage"_s });
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"vote dot 1: its dot vote 1 is on stories"_s), qPrintable(r.out + r.err));
        const QString rescued = dir.filePath(u"rescued.valuemap"_s);
        r = Test::valuemap({ u"import"_s, u"json"_s, json, u"-o"_s, rescued });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = Test::valuemap({ u"check"_s, rescued });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestVoting)
#include "tst_voting.moc"
