#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace Valuemap {

// The Edit and View commands every screen shares (Copy, Select All, Find, zoom …), routed to
// the tab in front. Each screen keeps its own action for the command (with the key, in the
// screen's shortcut context, as its toolbar shows it); these window actions find it by its
// standard key and trigger it. Their own keys are shown in the menu only: the screen's action
// takes the key press, so a key never has two owners (Qt would call it ambiguous and do
// nothing). In a text field, Cut, Copy, Paste and Select All go to the field.
class RoutedActions final : public QObject
{
    Q_OBJECT

public:
    enum Role {
        Cut,
        Copy,
        Paste,
        Delete,
        SelectAll,
        Find,
        FindNext,
        FindPrevious,
        ZoomIn,
        ZoomOut,
        ResetZoom,
        ZoomToFit,
        RoleCount
    };

    // currentScreen: the tab in front, or nullptr without a plan.
    RoutedActions(QWidget *window, std::function<QWidget *()> currentScreen, QObject *parent = nullptr);

    QAction *action(Role role) const { return m_actions[role]; }
    static QList<QKeySequence> keys(Role role);
    // The screen's own action a role triggers on the tab in front, or nullptr.
    QAction *target(Role role) const;
    // Whether a screen's action is one of these commands (the Plan menu leaves it out).
    static bool isRouted(const QAction *screenAction);
    // Enables each command when the tab in front (or the text field with the focus) has it.
    void update();
    void trigger(Role role);

private:
    QWidget *textField() const;

    QWidget *m_window = nullptr;
    std::function<QWidget *()> m_currentScreen;
    QAction *m_actions[RoleCount] = {};
};

} // namespace Valuemap
