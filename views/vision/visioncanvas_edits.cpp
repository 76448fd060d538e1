// VisionCanvas: the edits a user makes on the board (in-place editor, add, recolour, reorder,
// move, delete); each one is a Document edit. Layout and events are in visioncanvas.cpp.
#include "vision/visioncanvas.h"

#include "storage/document.h"
#include "vision/visionareaitem.h"
#include "vision/visionnoteitem.h"
#include "vision/visiontext.h"

#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace Valuemap {

// ---- editing ---------------------------------------------------------------------------------

void VisionCanvas::addNote(VisionArea area, int index)
{
    if (m_document->isReadOnly())
        return;
    m_currentArea = area;
    m_editArea = area;
    m_editIndex = index;
    openEditor(EditKind::NewNote, newNoteSlot(area, index), {});
}

void VisionCanvas::addNoteAfterSelection()
{
    const auto [area, index] = insertionPlace();
    addNote(area, index);
}

std::pair<VisionArea, int> VisionCanvas::insertionPlace() const
{
    const QList<VisionNoteId> selected = selectedNotes();
    if (selected.isEmpty())
        return { m_currentArea, -1 };
    const VisionNote last = m_document->visionNote(selected.constLast());
    return { last.area, last.rank + 1 };
}

QRectF VisionCanvas::newNoteSlot(VisionArea area, int index) const
{
    const QList<VisionNoteId> ids = m_document->visionNotes(area);
    if (index >= 0 && index < ids.size()) {
        // Over the note that will make room for the new one.
        const QRectF at = noteRect(ids[index]);
        return QRectF(at.topLeft(), QSizeF(at.width(), 70));
    }
    return m_nextSlot[int(area)];
}

void VisionCanvas::editNote(VisionNoteId id)
{
    if (m_document->isReadOnly() || !m_notes.contains(id))
        return;
    selectNotes({ id });
    m_editNote = id;
    openEditor(EditKind::Note, noteRect(id), m_document->visionNote(id).text);
}

void VisionCanvas::addPersona()
{
    if (m_document->isReadOnly())
        return;
    const QRectF chip = addPersonaRect();
    openEditor(EditKind::NewPersona,
        QRectF(chip.topLeft(), QSizeF(std::max<qreal>(chip.width(), 220), 40)), {});
}

void VisionCanvas::openEditor(EditKind kind, const QRectF &sceneRect, const QString &text)
{
    closeEditor();
    m_editKind = kind;
    m_editRect = sceneRect;
    auto *editor = new VisionNoteEditor(viewport());
    m_editor = editor;
    editor->setPlainText(text);
    editor->selectAll();
    connect(editor, &VisionNoteEditor::committed, this,
        [this, editor](const QString &value, bool next) {
            if (editor == m_editor)
                commitEditor(value, next);
        });
    connect(editor, &VisionNoteEditor::cancelled, this, [this, editor] {
        if (editor == m_editor) {
            closeEditor();
            setFocus();
        }
    });
    placeEditor();
    ensureVisible(sceneRect);
    placeEditor();
    editor->show();
    editor->setFocus();
}

void VisionCanvas::placeEditor()
{
    if (!m_editor)
        return;
    if (m_editKind == EditKind::Note && m_notes.contains(m_editNote))
        m_editRect = noteRect(m_editNote);
    const QRect rect = mapFromScene(m_editRect).boundingRect();
    QFont font = m_font;
    font.setPixelSize(std::max(8, int(std::lround(m_font.pixelSize() * transform().m11()))));
    m_editor->setFont(font);
    m_editor->setGeometry(rect.adjusted(0, 0, 0, std::max(0, 60 - rect.height())));
}

void VisionCanvas::closeEditor()
{
    if (!m_editor)
        return;
    VisionNoteEditor *editor = m_editor;
    m_editor = nullptr;
    m_editKind = EditKind::None;
    editor->hide();
    editor->deleteLater();
}

void VisionCanvas::commitEditor(const QString &text, bool next)
{
    const EditKind kind = m_editKind;
    const VisionNoteId note = m_editNote;
    const VisionArea area = m_editArea;
    const int index = m_editIndex;
    closeEditor();
    const QString trimmed = text.trimmed();
    setFocus();
    switch (kind) {
    case EditKind::Note:
        if (!trimmed.isEmpty() && m_notes.contains(note)
            && m_document->visionNote(note).text != trimmed)
            m_document->setVisionNoteText(note, trimmed);
        break;
    case EditKind::NewNote:
        if (!trimmed.isEmpty()) {
            const VisionNoteId id = m_document->addVisionNote(area, trimmed, index);
            if (id.isValid()) {
                selectNotes({ id });
                // Type, Enter, type the next: the capture of a workshop.
                if (next)
                    addNote(area, index < 0 ? -1 : index + 1);
            }
        }
        break;
    case EditKind::NewPersona:
        if (!trimmed.isEmpty())
            m_document->addPersona(trimmed);
        break;
    case EditKind::None:
        break;
    }
}

void VisionCanvas::deleteSelected()
{
    const QList<VisionNoteId> ids = selectedNotes();
    if (!ids.isEmpty() && !m_document->isReadOnly())
        m_document->deleteVisionNotes(ids);
}

void VisionCanvas::recolorSelected(const QColor &color)
{
    const QList<VisionNoteId> ids = selectedNotes();
    if (ids.isEmpty() || m_document->isReadOnly())
        return;
    m_document->beginCompound(tr("Recolour %n Note(s)", "", int(ids.size())));
    for (VisionNoteId id : ids)
        m_document->setVisionNoteColor(id, color);
    m_document->endCompound();
}

void VisionCanvas::moveSelected(int delta)
{
    const QList<VisionNoteId> ids = selectedNotes();
    if (ids.isEmpty() || m_document->isReadOnly())
        return;
    const VisionArea area = m_document->visionNote(ids.first()).area;
    QList<VisionNoteId> rest = m_document->visionNotes(area);
    const int first = int(rest.indexOf(ids.first()));
    for (VisionNoteId id : ids) {
        if (m_document->visionNote(id).area != area)
            return; // reordering is within one area; drag to move between areas
        rest.removeAll(id);
    }
    const int target = std::clamp(first + delta, 0, int(rest.size()));
    if (target != first)
        m_document->moveVisionNotes(ids, area, target);
}

void VisionCanvas::moveSelectedTo(VisionArea area)
{
    const QList<VisionNoteId> ids = selectedNotes();
    if (!ids.isEmpty() && !m_document->isReadOnly())
        m_document->moveVisionNotes(ids, area, -1);
}

int VisionCanvas::dropIndex(
    VisionArea area, const QPointF &scenePos, const QList<VisionNoteId> &moved) const
{
    QList<VisionNoteId> rest = m_document->visionNotes(area);
    for (VisionNoteId id : moved)
        rest.removeAll(id);
    // Before or after the nearest note that stays where it is.
    int best = -1;
    qreal bestDistance = 0;
    for (int i = 0; i < rest.size(); ++i) {
        const QRectF r = noteRect(rest[i]);
        const QPointF d = r.center() - scenePos;
        const qreal dx = std::max<qreal>(0, std::abs(d.x()) - r.width() / 2);
        const qreal dy = std::max<qreal>(0, std::abs(d.y()) - r.height() / 2);
        const qreal distance = dx * dx + dy * dy;
        if (best < 0 || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    if (best < 0)
        return 0;
    return scenePos.y() > noteRect(rest[best]).center().y() ? best + 1 : best;
}

QString VisionCanvas::captureTargetText() const
{
    return VisionText::areaTitle(insertionPlace().first, VisionText::languageOf(m_document->product()));
}

bool VisionCanvas::captureNote(const QString &text, QString *error)
{
    if (m_document->isReadOnly()) {
        *error = tr("This plan is open for viewing only.");
        return false;
    }
    const auto [area, index] = insertionPlace();
    const VisionNoteId id = m_document->addVisionNote(area, text, index);
    if (!id.isValid()) {
        *error = tr("The note could not be added (see the message).");
        return false;
    }
    m_currentArea = area;
    selectNotes({ id });
    return true;
}

void VisionCanvas::setPresentation(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    rebuild();
}

ItemAccessibility::Description VisionCanvas::describe(const QGraphicsItem *item) const
{
    // A note is told with the area it is in: "Note: … / In Needs & problems".
    auto areaTitle = [this](VisionArea area) {
        for (const QGraphicsItem *i : m_scene->items()) {
            if (i->type() == VisionAreaItem::Type && static_cast<const VisionAreaItem *>(i)->area() == area)
                return static_cast<const VisionAreaItem *>(i)->content().title;
        }
        return QString();
    };
    if (item && item->type() == VisionNoteItem::Type) {
        const VisionNote &note = static_cast<const VisionNoteItem *>(item)->note();
        return { tr("Note: %1").arg(note.text), tr("In %1").arg(areaTitle(note.area)) };
    }
    if (item && item->type() == VisionAreaItem::Type) {
        const VisionAreaItem::Content &content = static_cast<const VisionAreaItem *>(item)->content();
        return { tr("Area: %1").arg(content.title), content.empty ? content.hint : content.warning };
    }
    return {};
}

} // namespace Valuemap
