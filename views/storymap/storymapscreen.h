#pragma once

#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Valuemap {

class CaptureBar;
class MapOverview;
class Document;
class StoryDetailsPanel;
class StoryMapScene;
class StoryMapView;
class StoryFinder;

// The story map screen: the canvas, a search and filter bar, a toolbar and the story details
// dock. (A QMainWindow inside the tab, so the details panel is a real, movable dock.)
class StoryMapScreen final : public QMainWindow
{
    Q_OBJECT

public:
    explicit StoryMapScreen(Document *document, QWidget *parent = nullptr);

    StoryMapView *view() const { return m_view; }
    StoryMapScene *scene() const { return m_scene; }
    StoryDetailsPanel *detailsPanel() const { return m_details; }
    QList<QAction *> planActions() const { return m_actions; }
    QLineEdit *searchField() const { return m_search; }
    CaptureBar *captureBar() const { return m_capture; }
    StoryFinder *finder() const { return m_finder; }
    MapOverview *overview() const { return m_overview; }
    void applyFilter();

private:
    void createActions();
    void createFilterBar();
    void refillFilterChoices();
    void updateCount();
    QAction *addAction(const QString &text, const QKeySequence &shortcut, const QString &tip);

    Document *m_document = nullptr;
    StoryMapScene *m_scene = nullptr;
    StoryMapView *m_view = nullptr;
    StoryDetailsPanel *m_details = nullptr;
    QList<QAction *> m_actions;
    QLineEdit *m_search = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_persona = nullptr;
    QComboBox *m_goal = nullptr;
    QComboBox *m_release = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_zoomLabel = nullptr;
    CaptureBar *m_capture = nullptr;
    StoryFinder *m_finder = nullptr;
    MapOverview *m_overview = nullptr;
};

} // namespace Valuemap
