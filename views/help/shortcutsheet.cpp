#include "shortcutsheet.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>
#include <QMenu>
#include <QSet>
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

// The tab (screen) that owns the action, else the menu that shows it.
QString groupOf(const QAction *action)
{
    for (QObject *owner = action->parent(); owner; owner = owner->parent()) {
        const auto *page = qobject_cast<QWidget *>(owner);
        // A tab's page sits in the tab widget's internal stack.
        if (page && page->parentWidget() && qobject_cast<QStackedWidget *>(page->parentWidget())) {
            if (const auto *tabs = qobject_cast<QTabWidget *>(page->parentWidget()->parentWidget()))
                return plainText(tabs->tabText(tabs->indexOf(page)));
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
    QList<Row> result;
    QSet<QString> seen;
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty() || action->isSeparator()
            || !action->isVisible())
            continue;
        Row row { groupOf(action), plainText(action->text()),
                  QKeySequence::listToString(action->shortcuts(), QKeySequence::NativeText)
                          .replace(u"; "_s, u", "_s) };
        // The same action shown in two places (a menu and a toolbar) is one row.
        const QString key = row.group + u'\n' + row.action + u'\n' + row.keys;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        result.append(row);
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
