// The window's tabs (issue 17): each tab starts as an empty page, and its screen is built the
// first time the tab is shown or the screen is asked for (tabScreen(), the named accessors). Opening
// a big plan so builds only the screen in front; a screen's ties to the window (its File actions,
// messages, dot voting on its canvas, the History panel following the current story) are made
// here when it is built. The pages go with the plan page, so dropping a plan frees every screen.
#include "mainwindow.h"

#include "charts/chartsscreen.h"
#include "goals/goalsscreen.h"
#include "goals/incrementsview.h"
#include "outline/outlineview.h"
#include "releases/releaseboard.h"
#include "server/historypanel.h"
#include "shell/printactions.h"
#include "storage/document.h"
#include "storymap/storymapscreen.h"
#include "storymap/storymapview.h"
#include "vision/visioncanvas.h"
#include "vision/visionview.h"
#include "workshop/votepanel.h"

#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

// The screens' names on the command line and in showScreen(), by MainWindow::Screen.
const std::array<QLatin1StringView, MainWindow::ScreenCount> knownScreens = {
    "vision"_L1, "map"_L1, "releases"_L1, "goals"_L1, "increments"_L1, "charts"_L1, "outline"_L1,
};

// Where the keyboard goes when a tab's screen is built while its page has the focus (as
// QStackedWidget does for a page that was there already): the first control that takes Tab.
void focusFirstControl(QWidget *page)
{
    if (page->window()->focusWidget() != page)
        return;
    for (QWidget *w = page->nextInFocusChain(); w != page; w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && w->isVisibleTo(page)
            && w->isEnabled() && page->isAncestorOf(w)) {
            w->setFocus();
            return;
        }
    }
}

} // namespace

void MainWindow::createTabs()
{
    const QStringList titles = { tr("Vision"), tr("Story Map"), tr("Releases"), tr("Goals"),
                                 tr("Increments"), tr("Charts"), tr("Outline") };
    for (const QString &title : titles) {
        auto *page = new QWidget(m_tabs);
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
        m_tabs->addTab(page, title);
    }
    // The tab in front is built now; another when it comes to the front (its page is shown
    // before this runs, so the focus can move into the new screen).
    tabScreen(Screen(m_tabs->currentIndex()));
    connect(m_tabs, &QTabWidget::currentChanged, m_planPage, [this](int index) {
        if (index < 0)
            return;
        const bool built = builtScreen(Screen(index)) != nullptr;
        tabScreen(Screen(index));
        if (!built)
            focusFirstControl(m_tabs->widget(index));
        fillPlanMenu();
        m_printActions->updateEnabled();
    });
}

QWidget *MainWindow::tabScreen(Screen which)
{
    if (!m_tabs)
        return nullptr;
    QWidget *&built = m_screens[size_t(which)];
    if (!built)
        built = buildScreen(which);
    return built;
}

QWidget *MainWindow::builtScreen(Screen which) const
{
    return m_tabs ? m_screens[size_t(which)] : nullptr;
}

// The factory: a screen of the open plan in its tab's page, tied to the window.
QWidget *MainWindow::buildScreen(Screen which)
{
    QWidget *page = m_tabs->widget(int(which));
    Document *doc = m_document.get();
    QWidget *built = nullptr;
    switch (which) {
    case Screen::Vision: {
        auto *vision = new VisionView(doc, page);
        menuBar()->actions().constFirst()->menu()->insertActions(m_fileScreenActions, vision->fileActions());
        m_votePanel->addCastingView(vision->canvas());
        built = vision;
        break;
    }
    case Screen::Map: {
        auto *map = new StoryMapScreen(doc, page);
        m_votePanel->addCastingView(map->view());
        if (doc->serverSession())
            connect(map->view(), &StoryMapView::currentStoryChanged, m_history, &HistoryPanel::setCurrentStory);
        built = map;
        break;
    }
    case Screen::Releases:
        built = new ReleaseBoard(doc, page);
        break;
    case Screen::Goals: {
        auto *goals = new GoalsScreen(doc, page);
        connect(goals, &GoalsScreen::message, this, &MainWindow::showMessage);
        built = goals;
        break;
    }
    case Screen::Increments:
        built = new IncrementsView(doc, page);
        break;
    case Screen::Charts: {
        auto *charts = new ChartsScreen(doc, page);
        connect(charts, &ChartsScreen::message, this, &MainWindow::showMessage);
        built = charts;
        break;
    }
    case Screen::Outline:
        built = new OutlineView(doc, page);
        break;
    }
    page->layout()->addWidget(built);
    built->show(); // at once, not when the layout gets round to it: the page may be on screen
    return built;
}

VisionView *MainWindow::vision()
{
    return static_cast<VisionView *>(tabScreen(Screen::Vision));
}

StoryMapScreen *MainWindow::storyMap()
{
    return static_cast<StoryMapScreen *>(tabScreen(Screen::Map));
}

ReleaseBoard *MainWindow::releaseBoard()
{
    return static_cast<ReleaseBoard *>(tabScreen(Screen::Releases));
}

GoalsScreen *MainWindow::goalsScreen()
{
    return static_cast<GoalsScreen *>(tabScreen(Screen::Goals));
}

IncrementsView *MainWindow::incrementsView()
{
    return static_cast<IncrementsView *>(tabScreen(Screen::Increments));
}

ChartsScreen *MainWindow::chartsScreen()
{
    return static_cast<ChartsScreen *>(tabScreen(Screen::Charts));
}

OutlineView *MainWindow::outline()
{
    return static_cast<OutlineView *>(tabScreen(Screen::Outline));
}

std::optional<MainWindow::Screen> MainWindow::currentScreenKind() const
{
    if (!m_tabs || m_tabs->currentIndex() < 0)
        return std::nullopt;
    return Screen(m_tabs->currentIndex());
}

QWidget *MainWindow::currentScreen() const
{
    const std::optional<Screen> front = currentScreenKind();
    return front ? builtScreen(*front) : nullptr;
}

QStringList MainWindow::screenNames()
{
    QStringList names;
    for (QLatin1StringView name : knownScreens)
        names.append(name);
    return names << u"vote"_s;
}

bool MainWindow::showScreen(const QString &name)
{
    if (!m_tabs)
        return false;
    if (name == "vote"_L1) {
        // The vote panel beside the screen its current vote is cast on.
        m_votePanel->show();
        const VoteId vote = m_votePanel->currentVote();
        const bool onVision = vote.isValid() && m_document->vote(vote).subject == VoteSubject::VisionNotes;
        m_tabs->setCurrentIndex(int(onVision ? Screen::Vision : Screen::Map));
        return true;
    }
    const auto *found = std::find(knownScreens.begin(), knownScreens.end(), name);
    if (found == knownScreens.end())
        return false;
    m_tabs->setCurrentIndex(int(found - knownScreens.begin()));
    return true;
}

void MainWindow::zoomMapToFit()
{
    if (StoryMapScreen *map = storyMap())
        map->view()->zoomToFit();
}

void MainWindow::zoomMap(qreal zoom)
{
    if (StoryMapScreen *map = storyMap())
        map->view()->setZoom(zoom);
}

} // namespace Valuemap
