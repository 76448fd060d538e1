#include "shell/routedactions.h"

#include "shell/icons.h"

#include <QAbstractItemView>
#include <QAction>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

struct RoleInfo
{
    const char *text;
    const char *icon;
    const char *slot; // a text field's slot for the command, if it has one
};

const RoleInfo &info(RoutedActions::Role role)
{
    static const RoleInfo infos[RoutedActions::RoleCount] = {
        { QT_TRANSLATE_NOOP("Valuemap::RoutedActions", "Cu&t"), "edit-cut", "cut()" },
        { QT_TRANSLATE_NOOP("Valuemap::RoutedActions", "&Copy"), "edit-copy", "copy()" },
        { QT_TRANSLATE_NOOP("Valuemap::RoutedActions", "&Paste"), "edit-paste", "paste()" },
        { QT_TRANSLATE_NOOP("Valuemap::RoutedActions", "&Delete"), "edit-delete", nullptr },
        { QT_TRANSLATE_NOOP("Valuemap::RoutedActions", "Select &All"), "edit-select-all", "selectAll()" },
        { QT_TRANSLATE_NOOP("Valuemap::RoutedActions", "&Find…"), "edit-find", nullptr },
        { QT_TRANSLATE_NOOP("Valuemap::RoutedActions", "Find &Next"), "go-down-search", nullptr },
        { QT_TRANSLATE_NOOP("Valuemap::RoutedActions", "Find Pre&vious"), "go-up-search", nullptr },
        { QT_TRANSLATE_NOOP("Valuemap::RoutedActions", "Zoom &In"), "zoom-in", nullptr },
        { QT_TRANSLATE_NOOP("Valuemap::RoutedActions", "Zoom &Out"), "zoom-out", nullptr },
        { QT_TRANSLATE_NOOP("Valuemap::RoutedActions", "&Reset Zoom"), "zoom-original", nullptr },
        { QT_TRANSLATE_NOOP("Valuemap::RoutedActions", "Zoom to &Fit"), "zoom-fit-best", nullptr },
    };
    return infos[role];
}

// By the primary keys only: on X11 Copy also has Ctrl+Ins and Paste Shift+Ins, which the
// screens use for Add Activity and Add Step.
bool matches(const QAction *action, const QList<QKeySequence> &keys)
{
    return !action->isSeparator() && !keys.isEmpty() && !action->shortcut().isEmpty()
            && action->shortcut() == keys.first();
}

} // namespace

RoutedActions::RoutedActions(QWidget *window, std::function<QWidget *()> currentScreen, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_currentScreen(std::move(currentScreen))
{
    for (int i = 0; i < RoleCount; ++i) {
        const auto role = Role(i);
        auto *action = new QAction(themedIcon(QString::fromLatin1(info(role).icon)), tr(info(role).text), this);
        action->setObjectName(u"routed_%1"_s.arg(QString::fromLatin1(info(role).icon)));
        action->setShortcuts(keys(role));
        // Shown in the menu, pressed on the screen: see the class comment.
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, [this, role] { trigger(role); });
        m_actions[i] = action;
    }
}

QList<QKeySequence> RoutedActions::keys(Role role)
{
    switch (role) {
    case Cut:
        return QKeySequence::keyBindings(QKeySequence::Cut);
    case Copy:
        return QKeySequence::keyBindings(QKeySequence::Copy);
    case Paste:
        return QKeySequence::keyBindings(QKeySequence::Paste);
    case Delete:
        return QKeySequence::keyBindings(QKeySequence::Delete);
    case SelectAll:
        return QKeySequence::keyBindings(QKeySequence::SelectAll);
    case Find:
        return QKeySequence::keyBindings(QKeySequence::Find);
    case FindNext:
        return QKeySequence::keyBindings(QKeySequence::FindNext);
    case FindPrevious:
        return QKeySequence::keyBindings(QKeySequence::FindPrevious);
    case ZoomIn:
        return QKeySequence::keyBindings(QKeySequence::ZoomIn);
    case ZoomOut:
        return QKeySequence::keyBindings(QKeySequence::ZoomOut);
    case ResetZoom:
        return { QKeySequence(Qt::CTRL | Qt::Key_0) };
    case ZoomToFit:
        return { QKeySequence(Qt::CTRL | Qt::Key_9) };
    case RoleCount:
        break;
    }
    return {};
}

bool RoutedActions::isRouted(const QAction *screenAction)
{
    for (int i = 0; i < RoleCount; ++i) {
        if (matches(screenAction, keys(Role(i))))
            return true;
    }
    return false;
}

QAction *RoutedActions::target(Role role) const
{
    QWidget *screen = m_currentScreen ? m_currentScreen() : nullptr;
    if (!screen)
        return nullptr;
    QList<QWidget *> widgets { screen };
    widgets += screen->findChildren<QWidget *>();
    const QList<QKeySequence> wanted = keys(role);
    for (QWidget *widget : std::as_const(widgets)) {
        const QList<QAction *> actions = widget->actions();
        for (QAction *action : actions) {
            if (matches(action, wanted))
                return action;
        }
    }
    return nullptr;
}

QWidget *RoutedActions::textField() const
{
    QWidget *focus = m_window->focusWidget();
    if (qobject_cast<QLineEdit *>(focus) || qobject_cast<QTextEdit *>(focus)
        || qobject_cast<QPlainTextEdit *>(focus))
        return focus;
    return nullptr;
}

void RoutedActions::update()
{
    const bool text = textField() != nullptr;
    for (int i = 0; i < RoleCount; ++i) {
        const auto role = Role(i);
        QAction *screenAction = target(role);
        const bool viaField = text && info(role).slot;
        m_actions[i]->setEnabled(viaField || (screenAction && screenAction->isEnabled()));
    }
    // Select All also works on the list or tree with the focus (the outline, the goals).
    if (!m_actions[SelectAll]->isEnabled() && qobject_cast<QAbstractItemView *>(m_window->focusWidget()))
        m_actions[SelectAll]->setEnabled(true);
}

void RoutedActions::trigger(Role role)
{
    QWidget *focus = m_window->focusWidget();
    const char *slot = info(role).slot;
    const bool itemView = role == SelectAll && qobject_cast<QAbstractItemView *>(focus);
    if (slot && (textField() || (itemView && !target(role)))) {
        const QByteArray name = QByteArray(slot).chopped(2);
        QMetaObject::invokeMethod(focus, name.constData());
        return;
    }
    if (QAction *action = target(role); action && action->isEnabled())
        action->trigger();
}

} // namespace Valuemap
