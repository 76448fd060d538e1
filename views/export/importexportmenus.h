#pragma once

#include "io/plandata.h"

#include <QObject>

#include <functional>

class QMenu;
class QWidget;

namespace Valuemap {

class Document;

// File → Import ▸ and File → Export ▸: the menus, the preview of an import (what will be
// created, what has no equivalent), progress with Cancel for long exports. The window gives it
// the open document and a way to open a new plan; it keeps MainWindow a thin shell.
class ImportExportMenus final : public QObject
{
    Q_OBJECT

public:
    ImportExportMenus(QWidget *window, std::function<Document *()> currentDocument,
        std::function<bool(const QString &)> openPlan, QObject *parent = nullptr);

    QMenu *importMenu() const { return m_importMenu; }
    QMenu *exportMenu() const { return m_exportMenu; }
    void updateEnabled();

    enum class ImportFormat { Json, StoriesCsv, Storymaps };
    // Reads a file of the format; on failure shows what is wrong and returns false.
    bool importFile(ImportFormat format, const QString &path);

private:
    void chooseImport(ImportFormat format);
    void exportBytes(const QString &title, const QString &filter, const QString &suffix,
        const std::function<QByteArray(const Document &)> &bytes);
    void exportMap(int kind);
    void exportHandout();
    QString saveName(const QString &title, const QString &filter, const QString &suffix);
    void fail(const QString &title, const QString &message);

    QWidget *m_window = nullptr;
    std::function<Document *()> m_document;
    std::function<bool(const QString &)> m_openPlan;
    QMenu *m_importMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
};

} // namespace Valuemap
