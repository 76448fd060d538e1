#pragma once

#include "domain/entities.h"
#include "vision/visionnoteeditor.h"
#include "widgets/itemaccessibility.h"

#include <QGraphicsView>
#include <QHash>
#include <QPointer>

#include <utility>

class QGraphicsRectItem;
class QGraphicsScene;
class QMenu;

namespace Valuemap {

class Document;
class VisionAreaItem;
class VisionNoteItem;

// The vision board as a zoomable canvas of sticky notes in seven areas. Double-click (or Ins)
// adds a note, typing and Enter adds the next; double-click, F2 or Enter edits; drag moves
// notes (also several, also into another area); Ctrl+Up/Down reorders; Del deletes. Every
// change is a Document edit, so it is saved at once and can be undone.
class VisionCanvas final : public QGraphicsView
{
    Q_OBJECT

public:
    explicit VisionCanvas(Document *document, QWidget *parent = nullptr);
    ~VisionCanvas() override;

    // Opens an editor for a new note in area at index (-1: at the end).
    void addNote(VisionArea area, int index = -1);
    void addNoteAfterSelection();
    void editNote(VisionNoteId id);
    void addPersona();
    void deleteSelected();
    void recolorSelected(const QColor &color);
    void moveSelected(int delta);
    void moveSelectedTo(VisionArea area);

    // Fast capture: the area the next captured note goes to (after the selected note, else at the
    // end of the area last clicked), and adding it there; the new note becomes the selected one.
    QString captureTargetText() const;
    bool captureNote(const QString &text, QString *error);

    QList<VisionNoteId> selectedNotes() const;
    // What a screen reader is told of a note or an area (the view's accessible name and
    // description follow the selected note).
    ItemAccessibility::Description describe(const QGraphicsItem *item) const;
    void selectNotes(const QList<VisionNoteId> &ids);
    VisionNoteEditor *editor() const { return m_editor; }

    // Scene geometry, for tests and the drop logic.
    QRectF noteRect(VisionNoteId id) const;
    QRectF areaRect(VisionArea area) const;
    QRectF addPersonaRect() const;
    VisionNoteItem *noteItem(VisionNoteId id) const { return m_notes.value(id); }
    VisionAreaItem *areaItem(VisionArea area) const { return m_areas[int(area)]; }

    void zoomIn();
    void zoomOut();
    void zoomToFit();
    qreal zoom() const { return m_zoom; }
    // Fit the whole board (not only its width) into the window, as presentation mode does.
    void setFitWhole(bool whole);
    // On a presentation slide: no editing invitations such as the "+ Persona" chip.
    void setPresentation(bool on);

    // The colours offered for notes, with their names; the first is the default (stored empty).
    static QList<std::pair<QString, QColor>> palette();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    static constexpr qreal NoteGap = 12; // between notes, in scene units
    enum class EditKind { None, Note, NewNote, NewPersona };

    void rebuild();
    void updateTransform();
    void placeEditor();
    void openEditor(EditKind kind, const QRectF &sceneRect, const QString &text);
    void closeEditor();
    void commitEditor(const QString &text, bool next);
    VisionArea areaAt(const QPointF &scenePos, bool *found = nullptr) const;
    int dropIndex(VisionArea area, const QPointF &scenePos, const QList<VisionNoteId> &moved) const;
    QRectF newNoteSlot(VisionArea area, int index) const;
    QRectF m_nextSlot[VisionAreaCount];
    qreal noteWidth(VisionArea area) const;
    void selectNeighbour(int delta);
    void showDropMarker(const QPointF &scenePos);
    QList<VisionNoteId> allNotesInOrder() const;
    // Where Ins and capture add a note: after the last selected one, else at the end of the
    // area last clicked (-1).
    std::pair<VisionArea, int> insertionPlace() const;
    QMenu *colourMenu(QWidget *parent);

    Document *m_document = nullptr;
    QGraphicsScene *m_scene = nullptr;
    QHash<VisionNoteId, VisionNoteItem *> m_notes;
    VisionAreaItem *m_areas[VisionAreaCount] = {};
    QFont m_font;
    qreal m_zoom = 1.0;
    bool m_fitWhole = false;
    bool m_presentation = false;
    VisionArea m_currentArea = VisionArea::Vision;

    // Dragging: the note pressed and where the notes were before the drag.
    VisionNoteItem *m_pressed = nullptr;
    QPointF m_pressedPos;
    QGraphicsRectItem *m_dropMarker = nullptr; // where dropped notes will go

    QPointer<VisionNoteEditor> m_editor;
    EditKind m_editKind = EditKind::None;
    VisionNoteId m_editNote;
    VisionArea m_editArea = VisionArea::Vision;
    int m_editIndex = -1;
    QRectF m_editRect;
    bool m_rebuilding = false;
};

} // namespace Valuemap
