// The window's menus (issue 18): File, Edit, View, Plan, Workshop, Settings and Help as on KDE,
// GNOME and in Qt Creator, with standard keys and icons from the desktop's theme. The commands
// themselves live with the screens (Plan), in shell/routedactions (Edit and View commands of
// the tab in front), shell/printactions and export/importexportmenus.
#include "mainwindow.h"
#include "server/historypanel.h"

#include "export/importexportmenus.h"
#include "help/helpactions.h"
#include "shell/icons.h"
#include "shell/plantemplates.h"
#include "shell/preferences.h"
#include "shell/printactions.h"
#include "shell/routedactions.h"
#include "shell/settingsdialog.h"
#include "charts/chartsscreen.h"
#include "goals/goalsscreen.h"
#include "goals/incrementsview.h"
#include "outline/outlineview.h"
#include "releases/releaseboard.h"
#include "storage/document.h"
#include "storymap/storymapscreen.h"
#include "vision/visionview.h"
#include "widgets/theme.h"
#include "workshop/votepanel.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDockWidget>
#include <QStandardPaths>
#include <QInputDialog>
#include <QFileInfo>
#include <QFileDialog>
#include <QDir>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>
#include <QWhatsThis>

using namespace Qt::StringLiterals;

namespace Valuemap {

void MainWindow::createActions()
{
    createFileMenu();
    createEditMenu();
    m_planMenu = menuBar()->addMenu(tr("&Plan"));
    createWorkshopMenu();
    // View goes before Plan; it shows the vote panel the Workshop menu creates.
    createViewMenu();
    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QAction *configureAction = settings->addAction(themedIcon(u"configure"_s), tr("&Configure Valuemap…"), this,
                                             [this] { configure(); });
    configureAction->setShortcut(QKeySequence::Preferences);
    configureAction->setMenuRole(QAction::PreferencesRole);
    createHelpMenu();
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    QAction *newPlan = file->addAction(themedIcon(u"document-new"_s), tr("&New Plan…"), this,
                                       &MainWindow::newPlanDialog);
    newPlan->setShortcut(QKeySequence::New);
    file->addAction(themedIcon(u"document-new"_s), tr("New from &Template…"), this,
                    &MainWindow::newFromTemplateDialog);
    QAction *open = file->addAction(themedIcon(u"document-open"_s), tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    // The vision's own exports are in this menu: built with it, so build it before the menu shows.
    connect(file, &QMenu::aboutToShow, this, [this] { vision(); });
    m_recentMenu = file->addMenu(themedIcon(u"document-open-recent"_s), tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    QAction *sample = file->addAction(tr("Open the &Sample Plan"), this, [this] { openSample(); });
    createServerActions(file, file->insertSeparator(sample));
    file->addSeparator();
    m_saveCopy = file->addAction(themedIcon(u"document-save-as"_s), tr("Save a &Copy As…"), this,
                                 &MainWindow::saveCopyDialog);
    m_saveCopy->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    m_importExport = new ImportExportMenus(
            this, [this] { return m_document.get(); }, [this](const QString &path) { return openFile(path); }, this);
    m_importExport->importMenu()->setIcon(themedIcon(u"document-import"_s));
    m_importExport->exportMenu()->setIcon(themedIcon(u"document-export"_s));
    file->addMenu(m_importExport->importMenu());
    file->addMenu(m_importExport->exportMenu());
    m_fileScreenActions = file->addSeparator(); // the screens' own exports go before this
    m_printActions = new PrintActions(
            this, [this] { return m_document.get(); }, [this] { return printKind(); }, this);
    file->addAction(m_printActions->printAction());
    file->addAction(m_printActions->previewAction());
    file->addSeparator();
    m_close = file->addAction(themedIcon(u"window-close"_s), tr("&Close"), this, &MainWindow::closePlan);
    m_close->setShortcut(QKeySequence::Close);
    QAction *quit = file->addAction(themedIcon(u"application-exit"_s), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(u"editMenu"_s);
    m_undo = edit->addAction(themedIcon(u"edit-undo"_s), tr("&Undo"), this, [this] {
        if (m_document)
            m_document->undo();
    });
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = edit->addAction(themedIcon(u"edit-redo"_s), tr("&Redo"), this, [this] {
        if (m_document)
            m_document->redo();
    });
    m_redo->setShortcuts({ QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y) });
    m_routed = new RoutedActions(this, [this] { return currentScreen(); }, this);
    edit->addSeparator();
    for (const auto role : { RoutedActions::Cut, RoutedActions::Copy, RoutedActions::Paste, RoutedActions::Delete })
        edit->addAction(m_routed->action(role));
    edit->addSeparator();
    edit->addAction(m_routed->action(RoutedActions::SelectAll));
    edit->addSeparator();
    edit->addAction(m_routed->action(RoutedActions::Find));
    edit->addAction(m_routed->action(RoutedActions::FindNext));
    edit->addAction(m_routed->action(RoutedActions::FindPrevious));
    connect(edit, &QMenu::aboutToShow, m_routed, &RoutedActions::update);
}

void MainWindow::createViewMenu()
{
    m_viewMenu = new QMenu(tr("&View"), this);
    m_viewMenu->setObjectName(u"viewMenu"_s);
    menuBar()->insertMenu(m_planMenu->menuAction(), m_viewMenu);
    m_screenGroup = new QActionGroup(this);
    const QStringList screens = { tr("&Vision"), tr("Story &Map"), tr("&Releases"), tr("&Goals"),
                                  tr("&Increments"), tr("C&harts"), tr("&Outline") };
    for (int i = 0; i < screens.size(); ++i) {
        QAction *action = m_viewMenu->addAction(screens[i], this, [this, i] {
            if (m_tabs)
                m_tabs->setCurrentIndex(i);
        });
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        m_screenGroup->addAction(action);
    }
    m_viewMenu->addSeparator();
    for (const auto role : { RoutedActions::ZoomIn, RoutedActions::ZoomOut, RoutedActions::ResetZoom,
                             RoutedActions::ZoomToFit })
        m_viewMenu->addAction(m_routed->action(role));
    m_viewMenu->addSeparator();
    m_panelsMenu = m_viewMenu->addMenu(tr("&Panels"));
    m_fullScreen = m_viewMenu->addAction(themedIcon(u"view-fullscreen"_s), tr("F&ull Screen"), this, [this] {
        setWindowState(windowState() ^ Qt::WindowFullScreen);
    });
    m_fullScreen->setCheckable(true);
    QList<QKeySequence> fullScreenKeys = QKeySequence::keyBindings(QKeySequence::FullScreen);
    if (!fullScreenKeys.contains(QKeySequence(Qt::Key_F11)))
        fullScreenKeys.append(QKeySequence(Qt::Key_F11));
    m_fullScreen->setShortcuts(fullScreenKeys);
    m_viewMenu->addMenu(Theme::instance()->createMenu(m_viewMenu));
    connect(m_viewMenu, &QMenu::aboutToShow, this, &MainWindow::updateViewMenu);
    updateViewMenu();
}

void MainWindow::updateViewMenu()
{
    const QList<QAction *> screens = m_screenGroup->actions();
    for (int i = 0; i < screens.size(); ++i) {
        screens[i]->setEnabled(m_tabs != nullptr);
        screens[i]->setChecked(m_tabs && m_tabs->currentIndex() == i);
    }
    m_routed->update();
    m_fullScreen->setChecked(isFullScreen());
    m_panelsMenu->clear();
    if (QWidget *map = builtScreen(Screen::Map)) {
        for (QDockWidget *dock : map->findChildren<QDockWidget *>())
            m_panelsMenu->addAction(dock->toggleViewAction());
    } else if (m_tabs) {
        // The map's own panel before the map is built (it starts shown): choosing it builds the
        // map and does what the panel's own toggle does.
        QAction *details = m_panelsMenu->addAction(tr("Story &Details Panel"));
        details->setCheckable(true);
        details->setChecked(true);
        connect(details, &QAction::triggered, this, [this](bool shown) {
            if (auto *dock = storyMap()->findChild<QDockWidget *>(u"storyDetailsDock"_s))
                dock->setVisible(shown);
        });
    }
    m_panelsMenu->addAction(m_votePanel->toggleViewAction());
    m_panelsMenu->addAction(m_history->toggleViewAction());
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    m_helpActions = new HelpActions(
            this, [this] { return currentScreen(); }, this);
    // The help window's shortcut sheet lists every screen's keys: build the screens not yet shown
    // when it is made (not for the handbook's other pages).
    m_helpActions->setBeforeShortcutSheet([this] {
        for (int i = 0; i < ScreenCount; ++i)
            tabScreen(Screen(i));
    });
    m_helpActions->handbookAction()->setIcon(themedIcon(u"help-contents"_s));
    m_helpActions->shortcutsAction()->setIcon(themedIcon(u"input-keyboard"_s));
    help->addAction(m_helpActions->handbookAction());
    QAction *whatsThis = QWhatsThis::createAction(help);
    whatsThis->setIcon(themedIcon(u"help-whatsthis"_s));
    help->addAction(whatsThis);
    help->addAction(m_helpActions->shortcutsAction());
    help->addSeparator();
    help->addAction(themedIcon(u"help-about"_s), tr("&About Valuemap"), this, [this] {
        QMessageBox::about(this, tr("About Valuemap"),
                           tr("<h3>Valuemap %1</h3><p>Plan value delivery, not just delivery: the "
                              "vision, the story map, release slices and the customer goals they "
                              "serve, in one file.</p><p>Every change is saved as you make it.</p>")
                                   .arg(QCoreApplication::applicationVersion()));
    })->setMenuRole(QAction::AboutRole);
    help->addAction(m_helpActions->aboutQtAction());
}

// The Plan menu offers the commands of the screen in front that Edit and View do not.
void MainWindow::fillPlanMenu()
{
    m_planMenu->clear();
    QList<QAction *> actions;
    const std::optional<Screen> front = currentScreenKind();
    switch (front.value_or(Screen::Vision)) {
    case Screen::Vision:
        if (front)
            actions = vision()->planActions();
        break;
    case Screen::Map:
        actions = storyMap()->planActions();
        break;
    case Screen::Releases:
        actions = releaseBoard()->editActions();
        break;
    case Screen::Goals:
        actions = goalsScreen()->editActions();
        break;
    case Screen::Increments:
        actions = incrementsView()->editActions();
        break;
    case Screen::Charts:
        actions = chartsScreen()->editActions();
        break;
    case Screen::Outline:
        actions = outline()->editActions();
        break;
    }
    for (QAction *action : std::as_const(actions)) {
        const bool elsewhere = RoutedActions::isRouted(action) || qobject_cast<QDockWidget *>(action->parent())
                || action->shortcuts().contains(QKeySequence(Qt::Key_F11));
        if (elsewhere)
            continue;
        // No separator at the top or twice in a row.
        if (action->isSeparator() && (m_planMenu->isEmpty() || m_planMenu->actions().constLast()->isSeparator()))
            continue;
        m_planMenu->addAction(action);
    }
    m_routed->update();
}

std::optional<ScreenPrint::Kind> MainWindow::printKind() const
{
    const std::optional<Screen> front = currentScreenKind();
    if (!front)
        return std::nullopt;
    switch (*front) {
    case Screen::Vision:
        return ScreenPrint::Kind::Vision;
    case Screen::Map:
        return ScreenPrint::Kind::Map;
    case Screen::Releases:
    case Screen::Increments:
        return ScreenPrint::Kind::ReleasePlan;
    case Screen::Outline:
        return ScreenPrint::Kind::Outline;
    case Screen::Goals:
    case Screen::Charts:
        break;
    }
    return ScreenPrint::Kind::Charts;
}

SettingsDialog *MainWindow::configure()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::newFromTemplateDialog()
{
    const QList<PlanTemplates::Info> templates = PlanTemplates::all();
    QStringList names;
    for (const PlanTemplates::Info &info : templates)
        names.append(tr("%1 — %2").arg(info.name, info.description));
    bool chosen = false;
    const QString name = QInputDialog::getItem(this, tr("New from Template"), tr("Start the new plan from:"),
                                               names, 1, false, &chosen);
    const qsizetype index = names.indexOf(name);
    if (!chosen || index < 0)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("New Plan"),
                                                QDir(folder).filePath(tr("Untitled plan.valuemap")),
                                                QCoreApplication::translate("Valuemap::MainWindow", "Valuemap plans (*.valuemap)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".valuemap"_s, Qt::CaseInsensitive))
        path += u".valuemap"_s;
    createFromTemplate(int(templates[index].kind), PlanTemplates::defaultLanguage(), path);
}

bool MainWindow::createFromTemplate(int kind, const QString &language, const QString &path)
{
    if (m_document && QFileInfo(path).absoluteFilePath() == m_document->filePath())
        setDocument(nullptr);
    QString error;
    // The file dialog has asked before replacing an existing file.
    if (!PlanTemplates::create(PlanTemplates::Kind(kind), language, path, &error)) {
        showMessage(tr("Cannot create plan"), error);
        return false;
    }
    return openFile(path);
}

} // namespace Valuemap
