#pragma once

#include "domain/ids.h"
#include "storage/changeset.h"

#include <QColor>
#include <QObject>
#include <QSet>

class QPainter;
class QRectF;

namespace Valuemap {

class Document;

// Which dot vote the scenes of a document show (at most one at a time). It lives as a child of
// the document, so every scene of the plan — map, vision board, a presentation — shows the same
// vote, and it goes with the document. It tells which cards and notes to repaint when the shown
// vote or its dots change.
class VoteOverlay final : public QObject
{
    Q_OBJECT

public:
    // The document's overlay, made on first use.
    static VoteOverlay *of(Document *document);
    // The document's overlay if one was made, else nullptr: for reads that must not create it.
    static const VoteOverlay *find(const Document &document);

    VoteId shownVote() const { return m_shown; }
    void setShownVote(VoteId vote);

signals:
    // The stories and notes whose dots look different now.
    void dotsChanged(const QSet<qint64> &stories, const QSet<qint64> &notes);

private:
    explicit VoteOverlay(Document *document);
    void onChanged(const ChangeSet &changes);
    void collectDotsOf(VoteId vote, QSet<qint64> *stories, QSet<qint64> *notes) const;

    Document *m_document = nullptr;
    VoteId m_shown;
};

namespace VoteDots {

// A participant's colour by their place in the vote: strong, distinct, readable on a projector.
QColor participantColor(int rank);
// The colours of the shown vote's dots on a story or note, grouped by participant; empty when no
// vote is shown. Cheap: a lookup in the store's index of dots by story or note.
QList<QColor> onStory(const Document &document, StoryId story);
QList<QColor> onNote(const Document &document, VisionNoteId note);
// Draws the dots in a row along band, from its left: their count in a dark dot first (when
// more than one), then one dot per vote in its participant's colour, as many as fit. They grow
// when zoomed out (lod: the painter's level of detail) so that they stay readable, up to one and
// a half times the band's height.
void paint(QPainter *painter, const QRectF &band, const QList<QColor> &dots, qreal lod);

} // namespace VoteDots

} // namespace Valuemap
