#include "mainwindow.h"
#include "help/helpactions.h"

#include "export/importexportmenus.h"

#include "charts/chartsscreen.h"
#include "goals/goalsscreen.h"
#include "goals/incrementsview.h"
#include "io/sampleplan.h"
#include "outline/outlineview.h"
#include "releases/releaseboard.h"
#include "storage/document.h"
#include "vision/visionview.h"
#include "workshop/capturebar.h"
#include "workshop/presentationwindow.h"
#include "workshop/timebox.h"
#include "workshop/timerwidget.h"
#include "storymap/storymapscreen.h"
#include "storymap/storymapview.h"
#include "vision/visioncanvas.h"
#include "workshop/votepanel.h"
#include "widgets/theme.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QScreen>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {
constexpr int MaxRecentFiles = 10;
const QString fileFilter()
{
    return QCoreApplication::translate("Valuemap::MainWindow", "Valuemap plans (*.valuemap)");
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowIcon(QIcon(u":/valuemap/icons/valuemap.svg"_s));
    m_stack = new QStackedWidget(this);
    m_welcome = createWelcomePage();
    m_stack->addWidget(m_welcome);
    setCentralWidget(m_stack);
    createActions();
    statusBar()->showMessage(tr("Open a plan or start a new one."));

    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1280, 800);
    // Never larger than the screen it opens on (a laptop, or a window saved on a bigger screen).
    if (const QScreen *where = screen())
        resize(size().boundedTo(where->availableGeometry().size()));
    restoreState(settings.value(u"window/state"_s).toByteArray());
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Screens hold the document's models: remove them before the document goes.
    delete m_presentation;
    delete m_planPage;
    m_planPage = nullptr;
}

QWidget *MainWindow::createWelcomePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    auto *title = new QLabel(tr("<h1>Valuemap</h1><p>Plan value delivery: a vision everyone agrees "
                                "on, a story map, thin releases that are each a working product, and "
                                "the customer goals they move.</p>"),
                             page);
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    layout->addWidget(title);
    const std::initializer_list<std::pair<QString, void (MainWindow::*)()>> buttons = {
        { tr("New Plan…"), &MainWindow::newPlanDialog },
        { tr("Open Plan…"), &MainWindow::openDialog },
    };
    for (const auto &[text, slot] : buttons) {
        auto *button = new QPushButton(text, page);
        button->setMinimumWidth(260);
        connect(button, &QPushButton::clicked, this, slot);
        layout->addWidget(button, 0, Qt::AlignHCenter);
    }
    auto *sample = new QPushButton(tr("Open the Sample Plan"), page);
    sample->setMinimumWidth(260);
    connect(sample, &QPushButton::clicked, this, [this] { openSample(); });
    layout->addWidget(sample, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return page;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newPlan = file->addAction(tr("&New Plan…"), this, &MainWindow::newPlanDialog);
    newPlan->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addAction(tr("Open the &Sample Plan"), this, [this] { openSample(); });
    file->addSeparator();
    m_saveCopy = file->addAction(tr("Save a &Copy As…"), this, &MainWindow::saveCopyDialog);
    m_saveCopy->setShortcut(QKeySequence::SaveAs);
    m_close = file->addAction(tr("&Close"), this, &MainWindow::closePlan);
    m_close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    m_importExport = new ImportExportMenus(
            this, [this] { return m_document.get(); }, [this](const QString &path) { return openFile(path); }, this);
    file->addMenu(m_importExport->importMenu());
    file->addMenu(m_importExport->exportMenu());
    m_fileScreenActions = file->addSeparator(); // the screens' exports and printing go between
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"), this, [this] {
        if (m_document)
            m_document->undo();
    });
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = edit->addAction(tr("&Redo"), this, [this] {
        if (m_document)
            m_document->redo();
    });
    m_redo->setShortcuts({ QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y) });

    m_planMenu = menuBar()->addMenu(tr("&Plan"));
    createWorkshopMenu();
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addMenu(Theme::instance()->createMenu(view));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_helpActions = new HelpActions(
            this, [this]() -> QWidget * { return m_planPage ? m_tabs->currentWidget() : nullptr; }, this);
    help->addActions({ m_helpActions->handbookAction(), m_helpActions->shortcutsAction() });
    help->addSeparator();
    help->addAction(tr("&About Valuemap"), this, [this] {
        QMessageBox::about(this, tr("About Valuemap"),
                           tr("<h3>Valuemap %1</h3><p>Plan value delivery, not just delivery: the "
                              "vision, the story map, release slices and the customer goals they "
                              "serve, in one file.</p><p>Every change is saved as you make it.</p>")
                                   .arg(QCoreApplication::applicationVersion()));
    });
    help->addAction(m_helpActions->aboutQtAction());
}

// Workshops with clients in the room: presenting, fast capture, a timebox and dot voting.
void MainWindow::createWorkshopMenu()
{
    m_timebox = new Timebox(this);
    m_workshopMenu = menuBar()->addMenu(tr("&Workshop"));
    QAction *present = m_workshopMenu->addAction(tr("&Present"), this, [this] { this->present(); });
    present->setShortcut(QKeySequence(Qt::Key_F5));
    present->setStatusTip(tr("Show the plan full screen for the room: vision, map slice by slice, "
                             "release plan, goal charts"));
    QAction *capture = m_workshopMenu->addAction(tr("Fast &Capture"), this, &MainWindow::startCapture);
    capture->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    capture->setStatusTip(tr("Type cards one after another into the selected cell or vision area"));
    QAction *timer = m_workshopMenu->addAction(tr("&Timebox Timer"), this, &MainWindow::showTimer);
    timer->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    timer->setStatusTip(tr("A countdown for an exercise, with a gentle signal at the end"));
    m_workshopMenu->addSeparator();
    m_votePanel = new VotePanel(this);
    addDockWidget(Qt::RightDockWidgetArea, m_votePanel);
    m_votePanel->hide();
    connect(m_votePanel, &VotePanel::screenWanted, this, [this](const QString &name) { showScreen(name); });
    QAction *start = m_workshopMenu->addAction(tr("Start Dot &Vote…"), this, [this] { m_votePanel->openStartDialog(); });
    start->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    QAction *panel = m_votePanel->toggleViewAction();
    panel->setText(tr("Vote &Panel"));
    panel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_workshopMenu->addAction(panel);
}

PresentationWindow *MainWindow::present(int page)
{
    if (!m_document)
        return nullptr;
    if (!m_presentation) {
        m_presentation = new PresentationWindow(m_document.get(), m_timebox, this);
        // Where the room looks: another screen than this window's, when there is one.
        QScreen *target = screen();
        for (QScreen *s : QGuiApplication::screens()) {
            if (s != screen()) {
                target = s;
                break;
            }
        }
        m_presentation->setGeometry(target->geometry());
        m_presentation->showFullScreen();
    }
    if (page < 0) {
        // Start with what is on screen now.
        const QList<PresentationWindow::Page> pages = m_presentation->pages();
        PresentationWindow::PageKind kind = PresentationWindow::PageKind::Vision;
        if (m_tabs->currentWidget() == m_storyMap)
            kind = PresentationWindow::PageKind::Map;
        else if (m_tabs->currentWidget() == m_board)
            kind = PresentationWindow::PageKind::ReleasePlan;
        else if (m_tabs->currentWidget() == m_charts || m_tabs->currentWidget() == m_goals)
            kind = PresentationWindow::PageKind::Chart;
        page = 0;
        for (int i = 0; i < pages.size(); ++i) {
            if (pages[i].kind == kind) {
                page = i;
                break;
            }
        }
    }
    m_presentation->showPage(page);
    m_presentation->activateWindow();
    return m_presentation;
}

void MainWindow::startCapture()
{
    if (!m_document)
        return;
    if (m_presentation && m_presentation->isVisible()) {
        m_presentation->showCapture();
        return;
    }
    if (m_tabs->currentWidget() == m_vision) {
        m_vision->captureBar()->activate();
        return;
    }
    m_tabs->setCurrentWidget(m_storyMap);
    m_storyMap->captureBar()->activate();
}

void MainWindow::showTimer()
{
    if (!m_timerWindow) {
        auto *window = new QWidget(this, Qt::Tool | Qt::WindowStaysOnTopHint);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setWindowTitle(tr("Timebox"));
        auto *layout = new QVBoxLayout(window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(new TimerWidget(m_timebox, window));
        m_timerWindow = window;
    }
    m_timerWindow->show();
    m_timerWindow->raise();
}

void MainWindow::showMessage(const QString &title, const QString &text)
{
    // Window-modal and non-blocking: the message stays until read, and nothing waits on it.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(u"valuemapMessage"_s);
    box->open();
}

void MainWindow::setDocument(std::unique_ptr<Document> document)
{
    if (m_planPage) {
        m_stack->removeWidget(m_planPage);
        delete m_planPage;
        m_planPage = nullptr;
        m_tabs = nullptr; // it went with the page: showScreen() and the vote panel test for it
        m_outline = nullptr;
        m_vision = nullptr;
        m_storyMap = nullptr;
        m_board = nullptr;
        m_goals = nullptr;
        m_increments = nullptr;
        m_charts = nullptr;
    }
    m_planMenu->clear();
    if (m_presentation)
        delete m_presentation; // it shows the plan that goes now
    m_votePanel->setDocument(nullptr);
    m_document = std::move(document);
    if (m_document) {
        m_planPage = new QWidget(m_stack);
        auto *layout = new QVBoxLayout(m_planPage);
        layout->setContentsMargins(0, 0, 0, 0);
        m_readOnlyBanner = new QLabel(m_planPage);
        m_readOnlyBanner->setWordWrap(true);
        m_readOnlyBanner->setObjectName(u"readOnlyBanner"_s);
        Theme::followStyleSheet(m_readOnlyBanner, [](const ThemeColors &t) {
            return u"QLabel { background: %1; color: %2; padding: 8px; border-bottom: 1px solid %3; }"_s
                .arg(t.bannerPaper.name(), t.bannerText.name(), t.bannerLine.name());
        });
        m_readOnlyBanner->setText(tr("Read-only: %1").arg(m_document->readOnlyReason()));
        m_readOnlyBanner->setVisible(m_document->isReadOnly());
        layout->addWidget(m_readOnlyBanner);
        m_tabs = new QTabWidget(m_planPage);
        m_tabs->setDocumentMode(true);
        m_vision = new VisionView(m_document.get(), m_tabs);
        m_tabs->addTab(m_vision, tr("Vision"));
        menuBar()->actions().constFirst()->menu()->insertActions(m_fileScreenActions, m_vision->fileActions());
        m_storyMap = new StoryMapScreen(m_document.get(), m_tabs);
        m_tabs->addTab(m_storyMap, tr("Story Map"));
        m_board = new ReleaseBoard(m_document.get(), m_tabs);
        m_tabs->addTab(m_board, tr("Releases"));
        m_goals = new GoalsScreen(m_document.get(), m_tabs);
        m_tabs->addTab(m_goals, tr("Goals"));
        m_increments = new IncrementsView(m_document.get(), m_tabs);
        m_tabs->addTab(m_increments, tr("Increments"));
        m_charts = new ChartsScreen(m_document.get(), m_tabs);
        m_tabs->addTab(m_charts, tr("Charts"));
        connect(m_goals, &GoalsScreen::message, this, &MainWindow::showMessage);
        connect(m_charts, &ChartsScreen::message, this, &MainWindow::showMessage);
        m_outline = new OutlineView(m_document.get(), m_tabs);
        m_tabs->addTab(m_outline, tr("Outline"));
        layout->addWidget(m_tabs, 1);
        m_votePanel->setDocument(m_document.get());
        m_votePanel->addCastingView(m_storyMap->view());
        m_votePanel->addCastingView(m_vision->canvas());
        m_stack->addWidget(m_planPage);
        m_stack->setCurrentWidget(m_planPage);
        // The Plan menu offers the commands of the screen in front.
        auto fillPlanMenu = [this] {
            m_planMenu->clear();
            if (m_tabs->currentWidget() == m_vision)
                m_planMenu->addActions(m_vision->planActions());
            else if (m_tabs->currentWidget() == m_storyMap)
                m_planMenu->addActions(m_storyMap->planActions());
            else if (m_tabs->currentWidget() == m_outline)
                m_planMenu->addActions(m_outline->editActions());
            else if (m_tabs->currentWidget() == m_board)
                m_planMenu->addActions(m_board->editActions());
            else if (m_tabs->currentWidget() == m_goals)
                m_planMenu->addActions(m_goals->editActions());
            else if (m_tabs->currentWidget() == m_increments)
                m_planMenu->addActions(m_increments->editActions());
            else if (m_tabs->currentWidget() == m_charts)
                m_planMenu->addActions(m_charts->editActions());
        };
        connect(m_tabs, &QTabWidget::currentChanged, m_planPage, fillPlanMenu);
        fillPlanMenu();

        QUndoStack *stack = m_document->undoStack();
        auto syncUndo = [this, stack] {
            m_undo->setEnabled(stack->canUndo() && !m_document->isReadOnly());
            m_redo->setEnabled(stack->canRedo() && !m_document->isReadOnly());
            m_undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
            m_redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
        };
        connect(stack, &QUndoStack::indexChanged, m_planPage, syncUndo);
        connect(stack, &QUndoStack::cleanChanged, m_planPage, syncUndo);
        syncUndo();
        connect(m_document.get(), &Document::errorOccurred, m_planPage,
                [this](const QString &message) { showMessage(tr("Valuemap"), message); });
        connect(m_document.get(), &Document::changed, m_planPage, [this] {
            statusBar()->showMessage(tr("All changes saved"), 3000);
            updateTitle();
        });
        statusBar()->showMessage(m_document->isReadOnly() ? tr("Opened for viewing only")
                                                          : tr("Every change is saved as you make it"));
    } else {
        m_stack->setCurrentWidget(m_welcome);
        m_undo->setEnabled(false);
        m_redo->setEnabled(false);
        m_undo->setText(tr("&Undo"));
        m_redo->setText(tr("&Redo"));
    }
    m_planMenu->setEnabled(m_document != nullptr);
    m_workshopMenu->setEnabled(m_document != nullptr);
    m_saveCopy->setEnabled(m_document != nullptr);
    m_close->setEnabled(m_document != nullptr);
    m_importExport->updateEnabled();
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Valuemap"));
        setWindowFilePath({});
        return;
    }
    setWindowFilePath(m_document->filePath());
    QString title = tr("%1 — Valuemap").arg(m_document->displayName());
    if (m_document->isReadOnly())
        title = tr("%1 [read-only]").arg(title);
    setWindowTitle(title);
}

bool MainWindow::openFile(const QString &path)
{
    if (m_document && QFileInfo(path).absoluteFilePath() == m_document->filePath())
        return true;
    QString error;
    // Let go of the current plan first, so reopening the same file is not refused as locked.
    setDocument(nullptr);
    auto doc = Document::open(path, &error);
    if (!doc) {
        showMessage(tr("Cannot open plan"), error);
        return false;
    }
    rememberRecent(doc->filePath());
    const QStringList notices = doc->openNotices();
    setDocument(std::move(doc));
    if (!notices.isEmpty())
        showMessage(tr("Plan opened with a warning"), notices.join(u"\n\n"_s));
    return true;
}

bool MainWindow::openSample()
{
    const QString path = SamplePlan::userCopyPath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QString error;
        if (!SamplePlan::create(path, &error)) {
            showMessage(tr("Cannot open the sample plan"), error);
            return false;
        }
    }
    return openFile(path);
}

bool MainWindow::createPlan(const QString &path, bool replaceExisting)
{
    if (m_document && QFileInfo(path).absoluteFilePath() == m_document->filePath())
        setDocument(nullptr);
    QString error;
    auto doc = Document::create(path, &error, replaceExisting);
    if (!doc) {
        showMessage(tr("Cannot create plan"), error);
        return false;
    }
    rememberRecent(doc->filePath());
    setDocument(std::move(doc));
    return true;
}

bool MainWindow::saveCopyTo(const QString &path)
{
    if (!m_document)
        return false;
    QString error;
    if (!m_document->saveCopyAs(path, &error)) {
        showMessage(tr("Cannot save a copy"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved a copy as %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::closePlan()
{
    setDocument(nullptr);
    statusBar()->showMessage(tr("Open a plan or start a new one."));
}

bool MainWindow::showScreen(const QString &name)
{
    if (!m_tabs)
        return false;
    QWidget *screen = nullptr;
    if (name == "vision"_L1)
        screen = m_vision;
    else if (name == "map"_L1)
        screen = m_storyMap;
    else if (name == "outline"_L1)
        screen = m_outline;
    else if (name == "releases"_L1)
        screen = m_board;
    else if (name == "goals"_L1)
        screen = m_goals;
    else if (name == "increments"_L1)
        screen = m_increments;
    else if (name == "charts"_L1)
        screen = m_charts;
    else if (name == "vote"_L1) {
        // The vote panel beside the screen its current vote is cast on.
        m_votePanel->show();
        const VoteId vote = m_votePanel->currentVote();
        screen = vote.isValid() && m_document->vote(vote).subject == VoteSubject::VisionNotes
                ? static_cast<QWidget *>(m_vision)
                : m_storyMap;
    }
    if (!screen)
        return false;
    m_tabs->setCurrentWidget(screen);
    return true;
}

void MainWindow::zoomMapToFit()
{
    if (m_storyMap)
        m_storyMap->view()->zoomToFit();
}

void MainWindow::newPlanDialog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("New Plan"),
                                                QDir(folder).filePath(tr("Untitled plan.valuemap")),
                                                fileFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".valuemap"_s, Qt::CaseInsensitive))
        path += u".valuemap"_s;
    // The dialog has asked before replacing an existing file.
    createPlan(path, true);
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Plan"), {}, fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveCopyDialog()
{
    if (!m_document)
        return;
    const QFileInfo current(m_document->filePath());
    QString path = QFileDialog::getSaveFileName(
            this, tr("Save a Copy As"),
            current.dir().filePath(tr("%1 (copy).valuemap").arg(current.completeBaseName())), fileFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".valuemap"_s, Qt::CaseInsensitive))
        path += u".valuemap"_s;
    saveCopyTo(path);
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(u"recentFiles"_s).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentFiles)
        recent.removeLast();
    settings.setValue(u"recentFiles"_s, recent);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(u"recentFiles"_s).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                                  [this, path] { openFile(path); });
        action->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent plans"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear the List"), this,
                            [] { QSettings().remove(u"recentFiles"_s); });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    // Nothing to save: every change is already on disk. Closing the document leaves one file.
    setDocument(nullptr);
    event->accept();
}

} // namespace Valuemap
