#include "storage/plancheck.h"

#include "domain/text.h"
#include "io/plandata.h"
#include "storage/document.h"
#include "storage/rowcheck.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

class PlanCheck
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::PlanCheck)
};

} // namespace

QList<QPair<qint64, QString>> misplacedVoteDots(const PlanStore &store)
{
    QList<QPair<qint64, QString>> misplaced;
    for (qint64 dot : store.group(Table::VoteDot, -1, 0)) {
        const qint64 vote = store.value(Table::VoteDot, dot, VoteDotCol::VoteId).toLongLong();
        const qint64 participant = store.value(Table::VoteDot, dot, VoteDotCol::ParticipantId).toLongLong();
        const bool onNotes = store.value(Table::Vote, vote, VoteCol::Subject).toLongLong() == int(VoteSubject::VisionNotes);
        const bool story = !store.value(Table::VoteDot, dot, VoteDotCol::StoryId).isNull();
        const bool note = !store.value(Table::VoteDot, dot, VoteDotCol::NoteId).isNull();
        if (store.contains(Table::VoteParticipant, participant)
            && store.value(Table::VoteParticipant, participant, VoteParticipantCol::VoteId).toLongLong() != vote)
            misplaced.append({ dot, PlanCheck::tr("it was cast by a participant of another vote than "
                                                  "its own (dot vote %1)").arg(vote) });
        else if (onNotes && (story || !note))
            misplaced.append({ dot, PlanCheck::tr("its dot vote %1 is on vision notes, so it needs a "
                                                  "note and no story").arg(vote) });
        else if (!onNotes && (note || !story))
            misplaced.append({ dot, PlanCheck::tr("its dot vote %1 is on stories, so it needs a story "
                                                  "and no note").arg(vote) });
    }
    return misplaced;
}

QStringList planProblems(const Document &document)
{
    QStringList problems = document.fileProblems();
    const PlanStore &store = document.store();
    for (const auto &[dot, why] : misplacedVoteDots(store))
        problems.append(PlanCheck::tr("%1 %2: %3").arg(tableLabel(Table::VoteDot)).arg(dot).arg(why));
    for (int t = 0; t < TableCount; ++t) {
        const Table table = static_cast<Table>(t);
        const TableSpec &spec = tableSpec(table);
        if (rankColumn(table) < 0)
            continue;
        QSet<qint64> parents;
        for (qint64 id : store.group(table, -1, 0))
            parents.insert(spec.parentColumn < 0 ? 0 : store.value(table, id, spec.parentColumn).toLongLong());
        for (qint64 parent : parents) {
            const QList<qint64> ids = store.children(table, parent);
            for (int i = 0; i < ids.size(); ++i) {
                if (store.value(table, ids[i], spec.sortColumn).toLongLong() != i) {
                    const std::optional<Table> above = spec.parentColumn < 0
                        ? std::nullopt : referencedTable(table, spec.parentColumn);
                    problems.append(above
                        ? PlanCheck::tr("the %1 rows of %2 %3 are not numbered 0, 1, 2 … (gaps or repeats)")
                              .arg(tableLabel(table), tableLabel(*above))
                              .arg(parent)
                        : PlanCheck::tr("the %1 rows are not numbered 0, 1, 2 … (gaps or repeats)")
                              .arg(tableLabel(table)));
                    break;
                }
            }
        }
    }
    return problems;
}

QStringList planSummary(const Document &document)
{
    const Product p = document.product();
    const PlanStore &store = document.store();
    int done = 0;
    for (qint64 id : store.group(Table::Story, -1, 0))
        done += store.value(Table::Story, id, StoryCol::Status).toInt() == int(StoryStatus::Done) ? 1 : 0;
    int notes = int(store.count(Table::VisionNote));
    QStringList lines;
    // The plan's own words go to a terminal: without control characters, which a plan that
    // fails its checks may hold (an escape sequence could retitle the window or hide the
    // problems listed below).
    const auto shown = [](const QString &text) { return cleanedText(text, true); };
    lines << PlanCheck::tr("Product: %1").arg(p.name.isEmpty() ? PlanCheck::tr("(unnamed)") : shown(p.name));
    if (!p.owner.isEmpty())
        lines << PlanCheck::tr("Owner: %1").arg(shown(p.owner));
    if (!p.version.isEmpty())
        lines << PlanCheck::tr("Version: %1").arg(shown(p.version));
    lines << PlanCheck::tr("Vision notes: %1").arg(notes);
    lines << PlanCheck::tr("Personas: %1").arg(store.count(Table::Persona));
    lines << PlanCheck::tr("Activities: %1, steps: %2").arg(store.count(Table::Activity)).arg(store.count(Table::Step));
    lines << PlanCheck::tr("Stories: %1 (%2 done, %3 unplanned)")
                     .arg(store.count(Table::Story))
                     .arg(done)
                     .arg(document.storiesInRelease({}).size());
    lines << PlanCheck::tr("Releases: %1").arg(store.count(Table::Release));
    lines << PlanCheck::tr("Customer goals: %1, measurements: %2")
                     .arg(store.count(Table::Goal))
                     .arg(store.count(Table::Measurement));
    lines << PlanCheck::tr("Delivered increments: %1, feedback: %2")
                     .arg(store.count(Table::Increment))
                     .arg(store.count(Table::Feedback));
    return lines;
}

} // namespace Valuemap
