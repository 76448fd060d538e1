#include "workshop/votedots.h"

#include "widgets/theme.h"

#include "storage/document.h"

#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Valuemap {

VoteOverlay::VoteOverlay(Document *document)
    : QObject(document)
    , m_document(document)
{
    connect(document, &Document::changed, this, &VoteOverlay::onChanged);
}

VoteOverlay *VoteOverlay::of(Document *document)
{
    if (auto *overlay = document->findChild<VoteOverlay *>(QString(), Qt::FindDirectChildrenOnly))
        return overlay;
    return new VoteOverlay(document);
}

const VoteOverlay *VoteOverlay::find(const Document &document)
{
    return document.findChild<const VoteOverlay *>(QString(), Qt::FindDirectChildrenOnly);
}

void VoteOverlay::setShownVote(VoteId vote)
{
    if (vote == m_shown)
        return;
    QSet<qint64> stories;
    QSet<qint64> notes;
    collectDotsOf(m_shown, &stories, &notes);
    m_shown = vote;
    collectDotsOf(m_shown, &stories, &notes);
    if (!stories.isEmpty() || !notes.isEmpty())
        emit dotsChanged(stories, notes);
}

void VoteOverlay::collectDotsOf(VoteId vote, QSet<qint64> *stories, QSet<qint64> *notes) const
{
    if (!vote.isValid())
        return;
    const PlanStore &store = m_document->store();
    for (qint64 dot : store.children(Table::VoteDot, vote.value)) {
        if (const qint64 s = store.value(Table::VoteDot, dot, VoteDotCol::StoryId).toLongLong())
            stories->insert(s);
        if (const qint64 n = store.value(Table::VoteDot, dot, VoteDotCol::NoteId).toLongLong())
            notes->insert(n);
    }
}

void VoteOverlay::onChanged(const ChangeSet &changes)
{
    if (!m_shown.isValid())
        return;
    QSet<qint64> stories;
    QSet<qint64> notes;
    bool wholeVote = false;
    for (const RowOp &op : changes) {
        if (op.table == Table::VoteDot && op.kind != RowOp::Update) {
            if (op.row.at(VoteDotCol::VoteId).toLongLong() != m_shown.value)
                continue;
            if (const qint64 s = op.row.at(VoteDotCol::StoryId).toLongLong())
                stories.insert(s);
            if (const qint64 n = op.row.at(VoteDotCol::NoteId).toLongLong())
                notes.insert(n);
        } else if (op.table == Table::VoteParticipant) {
            wholeVote = true; // a participant's place, and so colour, may have changed
        } else if (op.table == Table::Vote && op.id == m_shown.value && op.kind == RowOp::Remove) {
            m_shown = VoteId(); // discarded: its dots went in this change too
        }
    }
    if (wholeVote)
        collectDotsOf(m_shown, &stories, &notes);
    if (!stories.isEmpty() || !notes.isEmpty())
        emit dotsChanged(stories, notes);
}

namespace VoteDots {

QColor participantColor(int rank)
{
    return Theme::voterColor(rank); // the same on screen and on paper
}

namespace {

QList<QColor> dotColors(const Document &document, int itemColumn, qint64 item)
{
    const VoteOverlay *overlay = VoteOverlay::find(document);
    if (!overlay || !overlay->shownVote().isValid() || item <= 0)
        return {};
    const PlanStore &store = document.store();
    const qint64 vote = overlay->shownVote().value;
    QList<int> ranks;
    for (qint64 dot : store.group(Table::VoteDot, itemColumn, item)) {
        if (store.value(Table::VoteDot, dot, VoteDotCol::VoteId).toLongLong() != vote)
            continue;
        const qint64 participant
            = store.value(Table::VoteDot, dot, VoteDotCol::ParticipantId).toLongLong();
        ranks.append(
            store.value(Table::VoteParticipant, participant, VoteParticipantCol::Rank).toInt());
    }
    std::sort(ranks.begin(), ranks.end());
    QList<QColor> colors;
    colors.reserve(ranks.size());
    for (int rank : ranks)
        colors.append(participantColor(rank));
    return colors;
}

} // namespace

QList<QColor> onStory(const Document &document, StoryId story)
{
    return dotColors(document, VoteDotCol::StoryId, story.value);
}

QList<QColor> onNote(const Document &document, VisionNoteId note)
{
    return dotColors(document, VoteDotCol::NoteId, note.value);
}

void paint(QPainter *painter, const QRectF &band, const QList<QColor> &dots, qreal lod)
{
    if (dots.isEmpty())
        return;
    // About 18 pixels across on screen at any zoom, within reason for the band.
    const qreal radius
        = std::clamp(9.0 / std::max(lod, 0.01), band.height() / 2, band.height() * 1.5);
    const qreal step = 2 * radius + 2;
    const qreal y = band.center().y();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPen ring(Theme::colors().panel, std::max(1.5, radius / 5));
    qreal x = band.left() + radius;
    if (dots.size() > 1) {
        // The count first, in a dark dot: read from the back of the room before any colour.
        painter->setPen(ring);
        painter->setBrush(Theme::colors().chip);
        painter->drawEllipse(QPointF(x, y), radius, radius);
        QFont font;
        font.setBold(true);
        font.setPixelSize(std::max(1, int(radius * (dots.size() > 9 ? 1.0 : 1.25))));
        painter->setFont(font);
        painter->setPen(Theme::colors().chipText);
        painter->drawText(QRectF(x - radius, y - radius, 2 * radius, 2 * radius), Qt::AlignCenter,
            QString::number(dots.size()));
        x += step;
    }
    // As many of the participants' dots as there is room for; the count says the rest.
    for (const QColor &color : dots) {
        if (x + radius > band.right() + 0.5)
            break;
        painter->setPen(ring);
        painter->setBrush(color);
        painter->drawEllipse(QPointF(x, y), radius, radius);
        x += step;
    }
    painter->restore();
}

} // namespace VoteDots

} // namespace Valuemap
