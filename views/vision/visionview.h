#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace Valuemap {

class Document;
class VisionCanvas;
class CaptureBar;

// The Vision screen: the product's name, owner, version and date in a header, the board below,
// and the actions that put the vision statement on paper (PDF, print, preview, PNG).
class VisionView final : public QWidget
{
    Q_OBJECT

public:
    explicit VisionView(Document *document, QWidget *parent = nullptr);

    VisionCanvas *canvas() const { return m_canvas; }
    CaptureBar *captureBar() const { return m_capture; }
    // Export PDF and Export PNG: for the File menu (File ▸ Print… prints the tab in front).
    QList<QAction *> fileActions() const { return m_fileActions; }
    // Add, edit, reorder and delete notes, add a persona, zoom, full screen: for the Plan menu.
    QList<QAction *> planActions() const { return m_planActions; }

    // Each shows a message and returns false when the file could not be written.
    bool exportPdf(const QString &path, bool letter);
    bool exportPng(const QString &path);

private:
    void exportPdfDialog();
    void exportPngDialog();
    void refreshHeader();
    void showError(const QString &text);
    QString suggestedPath(const QString &suffix) const;

    Document *m_document = nullptr;
    VisionCanvas *m_canvas = nullptr;
    CaptureBar *m_capture = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_owner = nullptr;
    QLineEdit *m_version = nullptr;
    QLineEdit *m_keyPrefix = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_language = nullptr;
    QList<QAction *> m_fileActions;
    QList<QAction *> m_planActions;
    QList<QAction *> m_editActions; // those of them that change the plan
    bool m_refreshing = false;
    bool m_dateEdited = false;
};

} // namespace Valuemap
