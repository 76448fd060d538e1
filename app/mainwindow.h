#pragma once

#include <QMainWindow>
#include <QPointer>

#include "export/screenprint.h"
#include "workshop/presentationwindow.h"

#include <array>
#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace Valuemap {

class Document;
class HelpActions;
class HistoryPanel;
class ImportExportMenus;
class OutlineView;
class PrintActions;
class RoutedActions;
class SettingsDialog;
class WelcomePage;
class VisionView;
class ChartsScreen;
class GoalsScreen;
class IncrementsView;
class ReleaseBoard;
class StoryMapScreen;
class Timebox;
class TimerWidget;
class VotePanel;

// The shell: menus, the open document, recent files and window state. The screens are
// composed into its tabs, each built when first shown or asked for; it holds no editing logic
// of its own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Each returns false after showing a message that says why.
    bool openFile(const QString &path);
    // A plan on a team server (mainwindow_server.cpp); asks for a password the server wants.
    bool openServerPlan(const QString &conn, const QString &plan);
    bool openSample();
    bool createPlan(const QString &path, bool replaceExisting);
    // A new plan at path from a template (shell/plantemplates.h) in "en" or "de", opened.
    bool createFromTemplate(int kind, const QString &language, const QString &path);
    bool saveCopyTo(const QString &path);
    void closePlan();
    // The tabs, in this order. A screen is built the first time its tab is shown or it is asked
    // for (mainwindow_screens.cpp), so opening a plan builds only the screen in front.
    enum class Screen { Vision, Map, Releases, Goals, Increments, Charts, Outline };
    static constexpr int ScreenCount = int(Screen::Outline) + 1;
    // Brings a screen to the front by name ("map", "outline"); false for an unknown name.
    bool showScreen(const QString &name);
    // The names showScreen() knows, "vote" (the vote panel) included.
    static QStringList screenNames();
    void zoomMapToFit();
    void zoomMap(qreal zoom); // 1.0 is 100 %
    // Workshop mode: presentation full screen (on a second screen when there is one), starting
    // at `page` or at the page of the screen in front; fast capture on the screen in front; the
    // timebox timer in a small window of its own.
    PresentationWindow *present(int page = -1);
    PresentationWindow *presentation() const { return m_presentation; }
    void startCapture();
    void showTimer();
    Timebox *timebox() const { return m_timebox; }

    Document *document() const { return m_document.get(); }
    // Each screen, built now if it was not yet; nullptr without a plan.
    QWidget *tabScreen(Screen which);
    OutlineView *outline();
    VisionView *vision();
    StoryMapScreen *storyMap();
    ReleaseBoard *releaseBoard();
    GoalsScreen *goalsScreen();
    IncrementsView *incrementsView();
    ChartsScreen *chartsScreen();
    VotePanel *votePanel() const { return m_votePanel; }
    HistoryPanel *historyPanel() const { return m_history; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    RoutedActions *routedActions() const { return m_routed; }
    PrintActions *printActions() const { return m_printActions; }
    WelcomePage *welcomePage() const { return m_welcome; }
    // Settings ▸ Configure Valuemap…: the dialog, open and window-modal.
    SettingsDialog *configure();
    // What Print… prints for the tab in front; none without a plan.
    std::optional<ScreenPrint::Kind> printKind() const;
    QWidget *currentScreen() const;
    // Which tab is in front; nullopt without a plan.
    std::optional<Screen> currentScreenKind() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions(); // mainwindow_menus.cpp
    void createServerActions(QMenu *file, QAction *before); // mainwindow_server.cpp
    void connectServerDocument();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void updateViewMenu();
    void createHelpMenu();
    void fillPlanMenu();
    void createWorkshopMenu();
    void setDocument(std::unique_ptr<Document> document);
    void createTabs(); // mainwindow_screens.cpp
    QWidget *buildScreen(Screen which);
    // The screen if it has been built, else nullptr; builds nothing.
    QWidget *builtScreen(Screen which) const;
    void updateTitle();
    void rememberRecent(const QString &path);
    void fillRecentMenu();
    void showMessage(const QString &title, const QString &text);
    void newPlanDialog();
    void openDialog();
    void saveCopyDialog();
    void newFromTemplateDialog();

    std::unique_ptr<Document> m_document;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    QWidget *m_planPage = nullptr;
    QLabel *m_readOnlyBanner = nullptr;
    QTabWidget *m_tabs = nullptr;
    HelpActions *m_helpActions = nullptr;
    // The screens built so far, by Screen; each sits in its tab's page (m_tabs->widget(i)).
    std::array<QWidget *, ScreenCount> m_screens {};
    QAction *m_fileScreenActions = nullptr; // the screens' File actions go before this
    QMenu *m_recentMenu = nullptr;
    QMenu *m_planMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QActionGroup *m_screenGroup = nullptr;
    QAction *m_fullScreen = nullptr;
    RoutedActions *m_routed = nullptr;
    PrintActions *m_printActions = nullptr;
    QAction *m_saveCopy = nullptr;
    QAction *m_close = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_startVote = nullptr; // Workshop ▸ Start Dot Vote: off while the plan takes no edits
    ImportExportMenus *m_importExport = nullptr;
    QMenu *m_workshopMenu = nullptr;
    Timebox *m_timebox = nullptr;
    QPointer<PresentationWindow> m_presentation;
    QPointer<QWidget> m_timerWindow;
    VotePanel *m_votePanel = nullptr;
    HistoryPanel *m_history = nullptr;
    QAction *m_shareOnServer = nullptr;
    QLabel *m_liveState = nullptr;
};

} // namespace Valuemap
