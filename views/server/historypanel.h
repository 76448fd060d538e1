#pragma once

#include "domain/ids.h"

#include <QDockWidget>
#include <QPointer>
#include <QTimer>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace Valuemap {

class Document;

// View ▸ Panels ▸ History: who changed what when on a plan on a team server, newest first, for
// the whole plan or for the story selected on the map. Read from the server's change log, which
// no one can rewrite; refreshed as changes arrive. A file plan has no shared history: the panel
// says so (its own steps are under Edit ▸ Undo).
class HistoryPanel final : public QDockWidget
{
    Q_OBJECT

public:
    // How many entries the panel shows at most.
    static constexpr int Limit = 500;

    explicit HistoryPanel(QWidget *parent = nullptr);

    void setDocument(Document *document);
    // The story the "Selected story" scope shows (the map's current story).
    void setCurrentStory(StoryId story);
    // Reads the log again now (otherwise soon after each change, while the panel is shown).
    void refresh();

    QTreeWidget *list() const { return m_list; }
    QComboBox *scope() const { return m_scope; }

private:
    void scheduleRefresh();

    QPointer<Document> m_document;
    StoryId m_story;
    QComboBox *m_scope = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_list = nullptr;
    QTimer m_pending;
};

} // namespace Valuemap
