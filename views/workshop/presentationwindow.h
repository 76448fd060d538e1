#pragma once

#include "charts/chartfactory.h"
#include "domain/ids.h"

#include <QWidget>

class QChartView;
class QLabel;
class QStackedWidget;

namespace Valuemap {

class CaptureBar;
class Document;
class ElidedLabel;
class ReleasePlanSlide;
class StoryMapScene;
class StoryMapView;
class Timebox;
class TimerWidget;
class VisionCanvas;

// Presentation mode for workshops: the plan full screen on the projector, large type on white,
// no menus or docks. Pages: the vision, the story map (the whole map, then slice by slice: only
// the steps the slice has stories in, with their activities above, over as many pages as it
// takes to keep the cards readable), the release plan, then each goal's chart and the burn-up. Right/Down/
// Page Down/Space go on, Left/Up/Page Up/Backspace go back (what clickers send), Home/End jump,
// Esc or F5 leave. C opens the capture bar on the vision and map pages, T shows the timer, S starts
// or pauses it, B blanks the screen. Its own scenes follow the document, so edits made here (fast
// capture, votes) are ordinary edits: saved at once and undoable.
class PresentationWindow final : public QWidget
{
    Q_OBJECT

public:
    enum class PageKind { Vision, Map, Slice, ReleasePlan, Chart };
    struct Page
    {
        PageKind kind = PageKind::Vision;
        QString title;
        ReleaseId release; // Slice
        ChartRequest chart; // Chart
        int part = 0; // ReleasePlan, Slice: the part of a plan or slice too long for one page
        QList<StepId> steps = {}; // Slice: the steps on this page, in map order; none for an empty slice
        bool operator==(const Page &) const = default;
    };
    // The least zoom a slice's page is shown at: card titles read on a projector at 1920×1080.
    static constexpr qreal ReadableZoom = 0.6;

    PresentationWindow(Document *document, Timebox *timebox, QWidget *parent = nullptr);
    ~PresentationWindow() override;

    QList<Page> pages() const { return m_pages; }
    int currentPage() const { return m_current; }
    void showPage(int index);
    void next();
    void previous();
    void showCapture();
    void setTimerShown(bool shown);
    bool isTimerShown() const;
    void setBlanked(bool blanked);

    CaptureBar *captureBar() const;
    TimerWidget *timerWidget() const { return m_timer; }
    StoryMapView *mapView() const { return m_map; }
    VisionCanvas *visionCanvas() const { return m_vision; }
    ReleasePlanSlide *releasePlan() const { return m_plan; }
    QChartView *chartView() const { return m_chartView; }
    QString captionText() const;
    QString footerText() const;

signals:
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildPages();
    QList<Page> makePages() const;
    QList<QList<StepId>> slicePages(const QList<QList<StepId>> &activities) const;
    void goToPage(int index, bool refresh);
    static QFont pixelFont(const QFont &base, int pixels, bool bold = false);
    void keepPage(const Page &current);
    void syncPlanParts();
    QSize planSize() const;
    void onDocumentChanged();
    bool handleKey(int key, Qt::KeyboardModifiers modifiers);
    bool typingInProgress(const QObject *target = nullptr) const;
    void fitMap();
    void fitChartType();
    void placeOverlays();
    void updateCaption();

    Document *m_document = nullptr;
    Timebox *m_timebox = nullptr;
    QList<Page> m_pages;
    int m_current = 0;

    QLabel *m_caption = nullptr; // the slice's name, outcome and check, above the map
    QStackedWidget *m_stack = nullptr;
    VisionCanvas *m_vision = nullptr;
    StoryMapScene *m_mapScene = nullptr;
    StoryMapView *m_map = nullptr;
    ReleasePlanSlide *m_plan = nullptr;
    QWidget *m_chartPage = nullptr;
    QChartView *m_chartView = nullptr;
    QLabel *m_chartEmpty = nullptr;
    QLabel *m_sliceEmpty = nullptr; // a slice's page while it has no stories
    CaptureBar *m_mapCapture = nullptr;
    CaptureBar *m_visionCapture = nullptr;
    ElidedLabel *m_footer = nullptr;
    QLabel *m_pageNumber = nullptr;
    TimerWidget *m_timer = nullptr;
    QWidget *m_blank = nullptr;
};

} // namespace Valuemap
