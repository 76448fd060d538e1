#include "helpactions.h"
#include "handbook.h"
#include "helpwindow.h"
#include "shortcutsheet.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>

using namespace Qt::StringLiterals;

namespace Valuemap {

HelpActions::HelpActions(QWidget *window, std::function<QWidget *()> currentScreen, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_currentScreen(std::move(currentScreen))
{
    m_handbook = new QAction(QIcon::fromTheme(u"help-contents"_s), tr("Valuemap &Handbook"), window);
    m_handbook->setShortcut(QKeySequence::HelpContents);
    m_handbook->setStatusTip(tr("Open the handbook at the page of the screen in front"));
    connect(m_handbook, &QAction::triggered, this, &HelpActions::showHandbook);
    m_shortcuts = new QAction(QIcon::fromTheme(u"help-keyboard-shortcuts"_s), tr("&Keyboard Shortcuts"), window);
    m_shortcuts->setStatusTip(tr("List every keyboard shortcut of the window"));
    connect(m_shortcuts, &QAction::triggered, this, &HelpActions::showShortcuts);
    m_aboutQt = new QAction(tr("About &Qt"), window);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void HelpActions::showHandbook()
{
    showPage(Handbook::pageForScreen(m_currentScreen ? m_currentScreen() : nullptr));
}

void HelpActions::showShortcuts()
{
    showPage(u"shortcuts"_s);
}

void HelpActions::showPage(const QString &page)
{
    if (!m_helpWindow)
        m_helpWindow = new HelpWindow(m_window);
    // Made anew each time it is shown: the screens' actions change with the plan that is open.
    m_helpWindow->setShortcutsSource([this] {
        if (m_beforeSheet)
            m_beforeSheet();
        return ShortcutSheet::html(ShortcutSheet::rows(m_window));
    });
    m_helpWindow->showPage(page);
    m_helpWindow->show();
    m_helpWindow->raise();
    m_helpWindow->activateWindow();
}

} // namespace Valuemap
