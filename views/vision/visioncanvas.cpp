#include "vision/visioncanvas.h"
#include "widgets/itemaccessibility.h"

#include "widgets/theme.h"

#include "storage/document.h"
#include "vision/visionareaitem.h"
#include "vision/visionnoteeditor.h"
#include "vision/visionnoteitem.h"
#include "vision/visiontext.h"
#include "workshop/votedots.h"

#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {
constexpr qreal BoardWidth = 1600;
constexpr qreal Gap = 18;
constexpr int TopFeaturesMost = 5;
} // namespace

VisionCanvas::~VisionCanvas()
{
    ItemAccessibility::unfollow(this);
}

VisionCanvas::VisionCanvas(Document *document, QWidget *parent)
    : QGraphicsView(parent)
    , m_document(document)
{
    setObjectName(u"visionCanvas"_s);
    setAccessibleName(tr("Vision board"));
    m_scene = new QGraphicsScene(this);
    setScene(m_scene);
    ItemAccessibility::follow(this, [this](const QGraphicsItem *item) { return describe(item); });
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setViewportUpdateMode(FullViewportUpdate);
    setTransformationAnchor(AnchorUnderMouse);
    setBackgroundBrush(Theme::colors().boardCanvas);
    connect(Theme::instance(), &Theme::changed, this, [this] {
        setBackgroundBrush(Theme::colors().boardCanvas);
        rebuild(); // the notes and areas paint in the new colours
    });
    setFocusPolicy(Qt::StrongFocus);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_font = QFont(u"DejaVu Sans"_s);
    m_font.setStyleHint(QFont::SansSerif);
    m_font.setPixelSize(15);
    // Only what the board shows: stories and releases change often and are not on it.
    connect(m_document, &Document::changed, this, [this](const ChangeSet &changes) {
        for (const RowOp &op : changes) {
            if (op.table == Table::VisionNote || op.table == Table::Persona
                || op.table == Table::Product) {
                rebuild();
                return;
            }
        }
    });
    connect(VoteOverlay::of(m_document), &VoteOverlay::dotsChanged, this,
            [this](const QSet<qint64> &, const QSet<qint64> &notes) {
                bool resized = false;
                for (qint64 id : notes) {
                    if (VisionNoteItem *item = m_notes.value(VisionNoteId(id)))
                        resized = item->setVoteDots(VoteDots::onNote(*m_document, VisionNoteId(id))) || resized;
                }
                if (resized)
                    rebuild(); // a note grew or shrank by its band of dots
            });
    rebuild();
}

QList<std::pair<QString, QColor>> VisionCanvas::palette()
{
    const QList<QColor> colors = Theme::noteColors();
    return {
        { tr("Yellow"), colors[0] },
        { tr("Orange"), colors[1] },
        { tr("Pink"), colors[2] },
        { tr("Blue"), colors[3] },
        { tr("Green"), colors[4] },
        { tr("Purple"), colors[5] },
        { tr("White"), colors[6] },
    };
}

qreal VisionCanvas::noteWidth(VisionArea area) const
{
    return area == VisionArea::Vision ? 520 : 230;
}

void VisionCanvas::rebuild()
{
    m_rebuilding = true;
    const QList<VisionNoteId> selected = selectedNotes();
    m_pressed = nullptr;
    m_notes.clear();
    m_scene->clear();
    for (auto &area : m_areas)
        area = nullptr;
    m_dropMarker = m_scene->addRect(QRectF(), Qt::NoPen, Theme::colors().accent);
    m_dropMarker->setZValue(10);
    m_dropMarker->hide();

    const Product product = m_document->product();
    const VisionText::Language language = VisionText::languageOf(product);
    QList<Persona> personas;
    for (PersonaId id : m_document->personas())
        personas.append(m_document->persona(id));

    const qreal gridWidth = (BoardWidth - 2 * Gap) / 3;
    qreal needed[VisionAreaCount] = {};
    QList<std::pair<VisionNoteItem *, QPointF>> placed[VisionAreaCount];
    for (VisionArea area : VisionText::areas()) {
        const int a = int(area);
        const QList<VisionNoteId> ids = m_document->visionNotes(area);
        VisionAreaItem::Content content;
        content.title = VisionText::areaTitle(area, language);
        content.hint = VisionText::areaHint(area, language);
        content.empty = ids.isEmpty();
        if (area == VisionArea::TopFeatures && ids.size() > TopFeaturesMost)
            content.warning
                = tr("%n notes: the template asks for three to five", "", int(ids.size()));
        if (area == VisionArea::TargetGroup) {
            content.personas = personas;
            // An invitation to edit: not on a presentation slide, not in a read-only plan.
            if (!m_presentation && !m_document->isReadOnly())
                content.addPersonaText = tr("+ Persona");
        }
        const qreal width = area == VisionArea::Vision ? BoardWidth : gridWidth;
        auto *areaItem = new VisionAreaItem(area, content, m_font, width);
        m_areas[a] = areaItem;
        m_scene->addItem(areaItem);

        const qreal pad = VisionAreaItem::padding();
        const qreal inner = width - 2 * pad;
        const int columns = std::max(1, int((inner + NoteGap) / (noteWidth(area) + NoteGap)));
        const qreal w = (inner - (columns - 1) * NoteGap) / columns;
        QList<qreal> bottoms(columns, areaItem->notesTop());
        // Notes in rank order, each into the shortest column: the same flow as on paper.
        for (VisionNoteId id : ids) {
            auto *item = new VisionNoteItem(m_document->visionNote(id), w, m_font);
            item->setFlag(QGraphicsItem::ItemIsMovable, !m_document->isReadOnly());
            item->setVoteDots(VoteDots::onNote(*m_document, id));
            const int c = int(std::min_element(bottoms.begin(), bottoms.end()) - bottoms.begin());
            placed[a].append({ item, QPointF(pad + c * (w + NoteGap), bottoms[c]) });
            bottoms[c] += item->height() + NoteGap;
            m_notes.insert(id, item);
            m_scene->addItem(item);
        }
        const int c = int(std::min_element(bottoms.begin(), bottoms.end()) - bottoms.begin());
        m_nextSlot[a] = QRectF(pad + c * (w + NoteGap), bottoms[c], w, 70);
        needed[a] = *std::max_element(bottoms.begin(), bottoms.end()) + 70 + pad;
    }

    // The Vision across the top, the six areas in two rows of three below it.
    static const VisionArea grid[6]
        = { VisionArea::TargetGroup, VisionArea::Needs, VisionArea::TopFeatures,
              VisionArea::BusinessModel, VisionArea::Competition, VisionArea::Differentiation };
    const qreal visionHeight = std::max<qreal>(190, needed[0]);
    m_areas[0]->setPos(0, 0);
    m_areas[0]->setHeight(visionHeight);
    qreal y = visionHeight + Gap;
    for (int row = 0; row < 2; ++row) {
        qreal rowHeight = 300;
        for (int col = 0; col < 3; ++col)
            rowHeight = std::max(rowHeight, needed[int(grid[row * 3 + col])]);
        for (int col = 0; col < 3; ++col) {
            VisionAreaItem *item = m_areas[int(grid[row * 3 + col])];
            item->setPos(col * (gridWidth + Gap), y);
            item->setHeight(rowHeight);
        }
        y += rowHeight + Gap;
    }
    for (int a = 0; a < VisionAreaCount; ++a) {
        for (const auto &[item, pos] : placed[a])
            item->setPos(m_areas[a]->pos() + pos);
        m_nextSlot[a].translate(m_areas[a]->pos());
    }
    m_scene->setSceneRect(QRectF(-Gap, -Gap, BoardWidth + 2 * Gap, y + Gap));
    selectNotes(selected);
    m_rebuilding = false;
    updateTransform();
    if (m_editor)
        placeEditor();
}

void VisionCanvas::updateTransform()
{
    // Fit the board's width to the window, so it scales with the window (and a projector).
    const qreal available = std::max(100, viewport()->width() - 2);
    qreal fit = available / m_scene->sceneRect().width();
    if (m_fitWhole) // on a projector: the whole board, its height too
        fit = std::min(fit, std::max(100, viewport()->height() - 2) / m_scene->sceneRect().height());
    // Keep the top of the board in view when it was (resizing would otherwise drift).
    const bool atTop = verticalScrollBar()->value() == verticalScrollBar()->minimum();
    setTransform(QTransform::fromScale(fit * m_zoom, fit * m_zoom));
    if (atTop)
        verticalScrollBar()->setValue(verticalScrollBar()->minimum());
    if (m_editor)
        placeEditor();
}

void VisionCanvas::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    updateTransform();
}

void VisionCanvas::zoomIn()
{
    m_zoom = std::min(4.0, m_zoom * 1.25);
    updateTransform();
}

void VisionCanvas::zoomOut()
{
    m_zoom = std::max(0.3, m_zoom / 1.25);
    updateTransform();
}

void VisionCanvas::setFitWhole(bool whole)
{
    m_fitWhole = whole;
    updateTransform();
}

void VisionCanvas::zoomToFit()
{
    m_zoom = 1.0;
    updateTransform();
}

void VisionCanvas::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        event->angleDelta().y() > 0 ? zoomIn() : zoomOut();
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

// ---- selection -------------------------------------------------------------------------------

QList<VisionNoteId> VisionCanvas::allNotesInOrder() const
{
    QList<VisionNoteId> all;
    for (VisionArea area : VisionText::areas())
        all += m_document->visionNotes(area);
    return all;
}

QList<VisionNoteId> VisionCanvas::selectedNotes() const
{
    QList<VisionNoteId> ids;
    for (VisionNoteId id : allNotesInOrder()) {
        if (VisionNoteItem *item = m_notes.value(id); item && item->isSelected())
            ids.append(id);
    }
    return ids;
}

void VisionCanvas::selectNotes(const QList<VisionNoteId> &ids)
{
    m_scene->clearSelection();
    for (VisionNoteId id : ids) {
        if (VisionNoteItem *item = m_notes.value(id))
            item->setSelected(true);
    }
    if (!ids.isEmpty()) {
        if (VisionNoteItem *item = m_notes.value(ids.constLast())) {
            m_currentArea = item->area();
            if (!m_rebuilding)
                ensureVisible(item);
        }
    }
}

void VisionCanvas::selectNeighbour(int delta)
{
    const QList<VisionNoteId> all = allNotesInOrder();
    if (all.isEmpty())
        return;
    const QList<VisionNoteId> selected = selectedNotes();
    int at = selected.isEmpty()
        ? (delta > 0 ? -1 : int(all.size()))
        : int(all.indexOf(delta > 0 ? selected.constLast() : selected.constFirst()));
    at = std::clamp(at + delta, 0, int(all.size()) - 1);
    selectNotes({ all[at] });
}

QRectF VisionCanvas::noteRect(VisionNoteId id) const
{
    const VisionNoteItem *item = m_notes.value(id);
    return item ? QRectF(item->pos(), QSizeF(item->width(), item->height())) : QRectF();
}

QRectF VisionCanvas::areaRect(VisionArea area) const
{
    const VisionAreaItem *item = m_areas[int(area)];
    return item ? item->sceneBoundingRect() : QRectF();
}

QRectF VisionCanvas::addPersonaRect() const
{
    const VisionAreaItem *item = m_areas[int(VisionArea::TargetGroup)];
    return item ? item->addPersonaRect().translated(item->pos()) : QRectF();
}

VisionArea VisionCanvas::areaAt(const QPointF &scenePos, bool *found) const
{
    for (VisionArea area : VisionText::areas()) {
        if (areaRect(area).contains(scenePos)) {
            if (found)
                *found = true;
            return area;
        }
    }
    if (found)
        *found = false;
    return VisionArea::Vision;
}

} // namespace Valuemap
