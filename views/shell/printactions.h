#pragma once

#include "export/screenprint.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace Valuemap {

class Document;

// File ▸ Print… and Print Preview…: what the tab in front shows, through ScreenPrint. The
// window says which kind of page its tab in front prints (none without a plan).
class PrintActions final : public QObject
{
    Q_OBJECT

public:
    using KindOf = std::function<std::optional<ScreenPrint::Kind>()>;
    PrintActions(QWidget *window, std::function<Document *()> document, KindOf kindInFront,
        QObject *parent = nullptr);

    QAction *printAction() const { return m_print; }
    QAction *previewAction() const { return m_preview; }
    void updateEnabled();

private:
    // For the map: fit on one page or a poster? False when the user cancelled.
    bool chooseOptions(ScreenPrint::Kind kind, ScreenPrint::Options *options);
    void print(bool preview);

    QWidget *m_window = nullptr;
    std::function<Document *()> m_document;
    KindOf m_kind;
    QAction *m_print = nullptr;
    QAction *m_preview = nullptr;
};

} // namespace Valuemap
