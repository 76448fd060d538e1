#include "mainwindow.h"
#include "help/helpactions.h"

#include "export/importexportmenus.h"
#include "shell/printactions.h"
#include "shell/recentplans.h"
#include "shell/routedactions.h"
#include "shell/welcomepage.h"

#include "io/sampleplan.h"
#include "storage/document.h"
#include "vision/visionview.h"
#include "workshop/capturebar.h"
#include "workshop/presentationwindow.h"
#include "workshop/timebox.h"
#include "workshop/timerwidget.h"
#include "storymap/storymapscreen.h"
#include "workshop/votepanel.h"
#include "widgets/theme.h"
#include "domain/text.h"

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
const QString fileFilter()
{
    return QCoreApplication::translate("Valuemap::MainWindow", "Valuemap plans (*.valuemap)");
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowIcon(QIcon(u":/valuemap/icons/valuemap.svg"_s));
    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(this);
    connect(m_welcome, &WelcomePage::newPlanWanted, this, &MainWindow::newPlanDialog);
    connect(m_welcome, &WelcomePage::templateWanted, this, &MainWindow::newFromTemplateDialog);
    connect(m_welcome, &WelcomePage::openWanted, this, &MainWindow::openDialog);
    connect(m_welcome, &WelcomePage::sampleWanted, this, [this] { openSample(); });
    connect(m_welcome, &WelcomePage::recentWanted, this, [this](const QString &path) { openFile(path); });
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
    QAction *start = m_startVote = m_workshopMenu->addAction(tr("Start Dot &Vote…"), this, [this] { m_votePanel->openStartDialog(); });
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
        const std::optional<Screen> front = currentScreenKind();
        if (front == Screen::Map)
            kind = PresentationWindow::PageKind::Map;
        else if (front == Screen::Releases)
            kind = PresentationWindow::PageKind::ReleasePlan;
        else if (front == Screen::Charts || front == Screen::Goals)
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
    if (currentScreenKind() == Screen::Vision) {
        vision()->captureBar()->activate();
        return;
    }
    m_tabs->setCurrentIndex(int(Screen::Map));
    storyMap()->captureBar()->activate();
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
        m_screens.fill(nullptr);
    }
    if (m_document && !m_document->filePath().isEmpty()) // the name it has now, for the welcome page
        rememberRecent(m_document->filePath());
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
        layout->addWidget(m_readOnlyBanner);
        m_tabs = new QTabWidget(m_planPage);
        m_tabs->setDocumentMode(true);
        layout->addWidget(m_tabs, 1);
        m_votePanel->setDocument(m_document.get());
        createTabs();
        m_stack->addWidget(m_planPage);
        m_stack->setCurrentWidget(m_planPage);
        fillPlanMenu();

        // Undo, Redo and the banner follow the stack and whether the plan takes edits (a server
        // plan that went offline does not, until it is back).
        QUndoStack *stack = m_document->undoStack();
        auto syncEditing = [this, stack] {
            m_readOnlyBanner->setText(tr("Read-only: %1").arg(m_document->readOnlyReason()));
            m_readOnlyBanner->setVisible(m_document->isReadOnly());
            m_undo->setEnabled(stack->canUndo() && !m_document->isReadOnly());
            m_redo->setEnabled(stack->canRedo() && !m_document->isReadOnly());
            m_startVote->setEnabled(!m_document->isReadOnly());
            m_undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
            m_redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
        };
        connect(stack, &QUndoStack::indexChanged, m_planPage, syncEditing);
        connect(stack, &QUndoStack::cleanChanged, m_planPage, syncEditing);
        connect(m_document.get(), &Document::writableChanged, m_planPage, [this, syncEditing] {
            syncEditing();
            updateTitle();
        });
        syncEditing();
        connect(m_document.get(), &Document::errorOccurred, m_planPage,
                [this](const QString &message) { showMessage(tr("Valuemap"), message); });
        connect(m_document.get(), &Document::changed, m_planPage, [this] {
            statusBar()->showMessage(tr("All changes saved"), 3000);
            updateTitle();
        });
        statusBar()->showMessage(m_document->isReadOnly() ? tr("Opened for viewing only")
                                                          : tr("Every change is saved as you make it"));
    } else {
        m_welcome->refresh();
        m_stack->setCurrentWidget(m_welcome);
        m_undo->setEnabled(false);
        m_redo->setEnabled(false);
        m_undo->setText(tr("&Undo"));
        m_redo->setText(tr("&Redo"));
    }
    connectServerDocument();
    m_planMenu->setEnabled(m_document != nullptr);
    m_workshopMenu->setEnabled(m_document != nullptr);
    m_saveCopy->setEnabled(m_document != nullptr);
    m_close->setEnabled(m_document != nullptr);
    m_importExport->updateEnabled();
    m_printActions->updateEnabled();
    if (!m_document)
        m_routed->update();
    updateViewMenu();
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
    QString title = m_document->serverSession()
        ? tr("%1 (on the server) — Valuemap").arg(m_document->displayName())
        : tr("%1 — Valuemap").arg(m_document->displayName());
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
    const QString opened = doc->filePath();
    const QStringList notices = doc->openNotices();
    setDocument(std::move(doc));
    rememberRecent(opened);
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
    const QString created = doc->filePath();
    setDocument(std::move(doc));
    rememberRecent(created);
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
    statusBar()->showMessage(tr("Saved a copy as %1").arg(shownPath(path)), 5000);
    return true;
}

void MainWindow::closePlan()
{
    setDocument(nullptr);
    statusBar()->showMessage(tr("Open a plan or start a new one."));
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
    RecentPlans::remember(path, m_document && m_document->filePath() == path ? m_document->product().name
                                                                              : QString());
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QList<RecentPlans::Entry> recent = RecentPlans::entries();
    for (const RecentPlans::Entry &entry : recent) {
        const QString path = entry.path;
        const QString text = entry.productName.isEmpty()
                ? shownPath(path)
                : tr("%1 (%2)").arg(entry.productName, shownPath(path));
        QAction *action = m_recentMenu->addAction(text, this, [this, path] { openFile(path); });
        action->setEnabled(entry.exists);
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent plans"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear the List"), this, [this] {
        RecentPlans::clear();
        m_welcome->refresh();
    });
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
