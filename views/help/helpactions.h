#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QWidget;

namespace Valuemap {

class HelpWindow;

// The Help menu's own actions: the handbook (F1 opens the page of the screen in front), the
// keyboard shortcut sheet made from the window's actions, and About Qt.
class HelpActions final : public QObject
{
    Q_OBJECT

public:
    // currentScreen: the widget of the tab in front, or nullptr when no plan is open.
    HelpActions(QWidget *window, std::function<QWidget *()> currentScreen, QObject *parent = nullptr);

    QAction *handbookAction() const { return m_handbook; }
    QAction *shortcutsAction() const { return m_shortcuts; }
    QAction *aboutQtAction() const { return m_aboutQt; }
    // Runs before the shortcut sheet is made (the window builds the screens not yet shown, so
    // that their keys are listed); the handbook's other pages do not need it.
    void setBeforeShortcutSheet(std::function<void()> prepare) { m_beforeSheet = std::move(prepare); }

    void showHandbook();
    void showShortcuts();

private:
    void showPage(const QString &page);

    QWidget *m_window = nullptr;
    std::function<QWidget *()> m_currentScreen;
    std::function<void()> m_beforeSheet;
    QAction *m_handbook = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_aboutQt = nullptr;
    QPointer<HelpWindow> m_helpWindow;
};

} // namespace Valuemap
