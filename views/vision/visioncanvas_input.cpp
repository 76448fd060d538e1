// VisionCanvas: the mouse, the keyboard and the context menu on the board (the layout, zoom and
// selection are in visioncanvas.cpp, the edits in visioncanvas_edits.cpp).
#include "vision/visioncanvas.h"

#include "storage/document.h"
#include "vision/visionareaitem.h"
#include "vision/visionnoteitem.h"
#include "vision/visiontext.h"

#include <QContextMenuEvent>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QMenu>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace Valuemap {

// ---- events ----------------------------------------------------------------------------------

void VisionCanvas::mousePressEvent(QMouseEvent *event)
{
    m_pressed = nullptr;
    if (event->button() == Qt::LeftButton) {
        const QPointF scenePos = mapToScene(event->position().toPoint());
        auto *note = qgraphicsitem_cast<VisionNoteItem *>(itemAt(event->position().toPoint()));
        if (note) {
            m_pressed = note;
            m_pressedPos = note->pos();
            m_currentArea = note->area();
        } else {
            bool found = false;
            const VisionArea area = areaAt(scenePos, &found);
            if (found)
                m_currentArea = area;
            if (addPersonaRect().contains(scenePos)) {
                addPersona();
                event->accept();
                return;
            }
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void VisionCanvas::mouseMoveEvent(QMouseEvent *event)
{
    QGraphicsView::mouseMoveEvent(event);
    if (m_pressed && (m_pressed->pos() - m_pressedPos).manhattanLength() >= 4) {
        for (QGraphicsItem *item : m_scene->selectedItems())
            item->setZValue(5); // dragged notes float above the others
        showDropMarker(mapToScene(event->position().toPoint()));
    }
}

void VisionCanvas::showDropMarker(const QPointF &scenePos)
{
    bool found = false;
    const VisionArea area = areaAt(scenePos, &found);
    QList<VisionNoteId> moved = selectedNotes();
    if (!found || moved.isEmpty()) {
        m_dropMarker->hide();
        return;
    }
    QList<VisionNoteId> rest = m_document->visionNotes(area);
    for (VisionNoteId id : moved)
        rest.removeAll(id);
    const int index = dropIndex(area, scenePos, moved);
    // A bar above the note the dropped ones will go before, or below the last one.
    QRectF bar;
    if (index < rest.size()) {
        const QRectF r = noteRect(rest[index]);
        bar = QRectF(r.left(), r.top() - NoteGap / 2 - 2, r.width(), 4);
    } else if (!rest.isEmpty()) {
        const QRectF r = noteRect(rest.last());
        bar = QRectF(r.left(), r.bottom() + NoteGap / 2 - 2, r.width(), 4);
    } else {
        const QRectF a = areaRect(area);
        bar = QRectF(a.left() + VisionAreaItem::padding(), a.top() + m_areas[int(area)]->notesTop(),
            noteWidth(area), 4);
    }
    m_dropMarker->setRect(bar);
    m_dropMarker->show();
}

void VisionCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (m_dropMarker)
        m_dropMarker->hide();
    VisionNoteItem *pressed = m_pressed;
    m_pressed = nullptr;
    if (!pressed || event->button() != Qt::LeftButton)
        return;
    if ((pressed->pos() - m_pressedPos).manhattanLength() < 4) {
        pressed->setPos(m_pressedPos);
        return;
    }
    QList<VisionNoteId> ids = selectedNotes();
    if (!ids.contains(pressed->id()))
        ids = { pressed->id() };
    bool found = false;
    const QPointF scenePos = mapToScene(event->position().toPoint());
    const VisionArea area = areaAt(scenePos, &found);
    if (!found || m_document->isReadOnly()) {
        rebuild(); // dropped outside the board: back where they were
        return;
    }
    const int index = dropIndex(area, scenePos, ids);
    QList<VisionNoteId> after = m_document->visionNotes(area);
    for (VisionNoteId id : ids)
        after.removeAll(id);
    after = after.mid(0, index) + ids + after.mid(index);
    if (after == m_document->visionNotes(area) || !m_document->moveVisionNotes(ids, area, index))
        rebuild();
}

void VisionCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (auto *note
            = qgraphicsitem_cast<VisionNoteItem *>(itemAt(event->position().toPoint()))) {
            editNote(note->id());
            return;
        }
        bool found = false;
        const VisionArea area = areaAt(mapToScene(event->position().toPoint()), &found);
        if (found) {
            addNote(area);
            return;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void VisionCanvas::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const QList<VisionNoteId> selected = selectedNotes();
    switch (event->key()) {
    case Qt::Key_Insert:
        addNoteAfterSelection();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_F2:
        if (selected.size() == 1)
            editNote(selected.first());
        else if (selected.isEmpty())
            addNote(m_currentArea);
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        deleteSelected();
        return;
    case Qt::Key_Up:
    case Qt::Key_Left:
        ctrl ? moveSelected(-1) : selectNeighbour(-1);
        return;
    case Qt::Key_Down:
    case Qt::Key_Right:
        ctrl ? moveSelected(1) : selectNeighbour(1);
        return;
    case Qt::Key_Escape:
        m_scene->clearSelection();
        return;
    default:
        break;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectNotes(allNotesInOrder());
        return;
    }
    if (event->matches(QKeySequence::ZoomIn) || (ctrl && event->key() == Qt::Key_Equal)) {
        zoomIn();
        return;
    }
    if (event->matches(QKeySequence::ZoomOut)) {
        zoomOut();
        return;
    }
    if (ctrl && event->key() == Qt::Key_0) {
        zoomToFit();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

QMenu *VisionCanvas::colourMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Colour"), parent);
    for (const auto &[name, color] : palette()) {
        QPixmap swatch(16, 16);
        swatch.fill(VisionNoteItem::fillColor(color));
        menu->addAction(QIcon(swatch), name, this, [this, c = color] { recolorSelected(c); });
    }
    return menu;
}

void VisionCanvas::contextMenuEvent(QContextMenuEvent *event)
{
    const QPointF scenePos = mapToScene(event->pos());
    QMenu menu(this);
    const bool readOnly = m_document->isReadOnly();
    if (auto *note = qgraphicsitem_cast<VisionNoteItem *>(itemAt(event->pos()))) {
        if (!note->isSelected())
            selectNotes({ note->id() });
        const VisionNoteId id = note->id();
        menu.addAction(tr("&Edit"), this, [this, id] { editNote(id); })->setEnabled(!readOnly);
        menu.addMenu(colourMenu(&menu))->setEnabled(!readOnly);
        QMenu *moveTo = menu.addMenu(tr("&Move To"));
        moveTo->setEnabled(!readOnly);
        const VisionText::Language language = VisionText::languageOf(m_document->product());
        for (VisionArea area : VisionText::areas()) {
            moveTo->addAction(VisionText::areaTitle(area, language), this,
                [this, area] { moveSelectedTo(area); });
        }
        menu.addSeparator();
        menu.addAction(tr("&Delete"), this, &VisionCanvas::deleteSelected)->setEnabled(!readOnly);
    } else {
        bool found = false;
        const VisionArea area = areaAt(scenePos, &found);
        if (!found)
            return;
        menu.addAction(tr("&Add Note Here"), this, [this, area] { addNote(area); })
            ->setEnabled(!readOnly);
        if (area == VisionArea::TargetGroup)
            menu.addAction(tr("Add &Persona"), this, &VisionCanvas::addPersona)
                ->setEnabled(!readOnly);
    }
    menu.exec(event->globalPos());
}

} // namespace Valuemap
