#include "shortcutsheet.h"

#include <QAction>
#include <QCoreApplication>
#include <QHash>
#include <QKeySequence>
#include <QMenu>
#include <QStackedWidget>
#include <QTabWidget>
#include <QWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Valuemap::ShortcutSheet {

namespace {

class ShortcutSheet
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::ShortcutSheet)
};

// "&Open…" as a reader sees it in a list: "Open…".
QString plainText(QString text)
{
    text.replace("&&"_L1, "\x01"_L1);
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

// The tab (screen) that owns the action, else the menu that shows it. *screen: whether it is
// a screen's own action.
QString groupOf(const QAction *action, bool *screen)
{
    *screen = false;
    for (QObject *owner = action->parent(); owner; owner = owner->parent()) {
        const auto *page = qobject_cast<QWidget *>(owner);
        // A tab's page sits in the tab widget's internal stack.
        if (page && page->parentWidget() && qobject_cast<QStackedWidget *>(page->parentWidget())) {
            if (const auto *tabs = qobject_cast<QTabWidget *>(page->parentWidget()->parentWidget())) {
                *screen = true;
                return plainText(tabs->tabText(tabs->indexOf(page)));
            }
        }
    }
    for (QObject *object : action->associatedObjects()) {
        if (const auto *menu = qobject_cast<QMenu *>(object); menu && !menu->title().isEmpty())
            return plainText(menu->title());
    }
    return ShortcutSheet::tr("Other");
}

} // namespace

QList<Row> rows(const QWidget *window)
{
    struct Candidate
    {
        Row row;
        QStringList keys;
        QStringList later; // keys it has only where no screen uses them
        bool screen = false;
        qsizetype index = -1; // its row in the result
    };
    QList<Candidate> candidates;
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty() || action->isSeparator()
            || !action->isVisible())
            continue;
        Candidate c;
        c.row.group = groupOf(action, &c.screen);
        c.row.action = plainText(action->text());
        for (const QKeySequence &key : action->shortcuts()) {
            const QString text = key.toString(QKeySequence::NativeText);
            if (!text.isEmpty() && !c.keys.contains(text) && !c.later.contains(text))
                // The Edit and View commands routed to the screen in front (a widget shortcut on
                // a menu) own their first key; where a screen uses another of their keys for
                // something else (Ctrl+Ins: Add Activity, not Copy), the screen's command is what
                // the key does.
                (action->shortcutContext() == Qt::WidgetShortcut && !c.screen && !c.keys.isEmpty() ? c.later : c.keys)
                        .append(text);
        }
        candidates.append(c);
    }
    // A key has one owner: the window's menus first (Edit ▸ Copy is what Ctrl+C does on every
    // screen, by way of the screen's own Copy), then the screens in the order of the tabs.
    std::stable_partition(candidates.begin(), candidates.end(), [](const Candidate &c) { return !c.screen; });
    QList<Row> result;
    QHash<QString, qsizetype> owner; // key → row
    // The screens that use a screen row's key, and their command for it: Ins adds a note on
    // the vision board, a story on the map and in the outline, a goal on Goals.
    QHash<qsizetype, QList<std::pair<QString, QString>>> uses;
    for (Candidate &c : candidates) {
        QStringList free;
        for (const QString &key : std::as_const(c.keys)) {
            const auto it = owner.constFind(key);
            if (it == owner.cend())
                free.append(key);
            else if (c.screen && uses.contains(*it)) // a menu's key is the menu's command anywhere
                uses[*it].append({ c.row.group, c.row.action });
        }
        if (free.isEmpty())
            continue;
        c.row.keys = free.join(u", "_s);
        c.index = result.size();
        if (c.screen)
            uses[c.index].append({ c.row.group, c.row.action });
        for (const QString &key : std::as_const(free))
            owner.insert(key, c.index);
        result.append(c.row);
    }
    for (const Candidate &c : std::as_const(candidates)) {
        for (const QString &key : c.later) {
            if (c.index >= 0 && !owner.contains(key)) {
                result[c.index].keys += u", "_s + key;
                owner.insert(key, c.index);
            }
        }
    }
    // A key of several screens is one row that says what it does on each.
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        QStringList commands; // in the order met, each with its screens
        QHash<QString, QStringList> screens;
        for (const auto &[group, action] : it.value()) {
            if (!screens.contains(action))
                commands.append(action);
            if (!screens[action].contains(group))
                screens[action].append(group);
        }
        if (commands.size() == 1 && screens.value(commands.first()).size() == 1)
            continue;
        QStringList parts;
        for (const QString &action : std::as_const(commands))
            parts.append(ShortcutSheet::tr("%1 (%2)").arg(action, screens.value(action).join(u", "_s)));
        result[it.key()].group = ShortcutSheet::tr("On Several Screens");
        result[it.key()].action = parts.join(u"; "_s);
    }
    std::stable_sort(result.begin(), result.end(), [](const Row &a, const Row &b) {
        return a.group != b.group ? a.group.localeAwareCompare(b.group) < 0
                                  : a.action.localeAwareCompare(b.action) < 0;
    });
    return result;
}

QString html(const QList<Row> &rows)
{
    QString page = u"<h1>"_s + ShortcutSheet::tr("Keyboard Shortcuts").toHtmlEscaped() + u"</h1>"_s;
    QString group;
    for (const Row &row : rows) {
        if (row.group != group) {
            if (!group.isEmpty())
                page += u"</table>"_s;
            group = row.group;
            page += u"<h2>"_s + group.toHtmlEscaped() + u"</h2><table cellpadding='3'>"_s;
        }
        page += u"<tr><td width='60%'>"_s + row.action.toHtmlEscaped() + u"</td><td><b>"_s
                + row.keys.toHtmlEscaped() + u"</b></td></tr>"_s;
    }
    if (!group.isEmpty())
        page += u"</table>"_s;
    return page;
}

} // namespace Valuemap::ShortcutSheet
