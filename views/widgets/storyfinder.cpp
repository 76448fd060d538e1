#include "widgets/storyfinder.h"

#include "storage/document.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>
#include <QStatusTipEvent>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Valuemap {

StoryFinder::StoryFinder(Document *document, QLineEdit *field, QWidget *screen, Hooks hooks)
    : QObject(screen)
    , m_document(document)
    , m_field(field)
    , m_screen(screen)
    , m_hooks(std::move(hooks))
{
    auto make = [this](const QString &text, QKeySequence::StandardKey key, const QString &tip,
                    bool backward) {
        auto *action = new QAction(text, m_screen);
        action->setShortcuts(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tip);
        connect(action, &QAction::triggered, this, [this, backward] { find(backward); });
        m_screen->addAction(action);
        return action;
    };
    m_next = make(tr("Find &Next"), QKeySequence::FindNext,
        tr("Select the next story that matches the search"), false);
    m_previous = make(tr("Find Pre&vious"), QKeySequence::FindPrevious,
        tr("Select the previous story that matches the search"), true);
    // As in a browser's find bar: Enter in the field goes on to the next one.
    connect(m_field, &QLineEdit::returnPressed, this, [this] { find(false); });
}

bool StoryFinder::matches(const Document &document, StoryId story, const QString &text)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return false;
    const Story s = document.story(story);
    if (s.title.contains(needle, Qt::CaseInsensitive)
        || s.description.contains(needle, Qt::CaseInsensitive))
        return true;
    if (document.storyKey(story).startsWith(needle, Qt::CaseInsensitive))
        return true;
    return needle.startsWith(u'#') && document.storyByKey(needle) == story;
}

StoryId StoryFinder::find(bool backward)
{
    const QString text = m_field->text().trimmed();
    if (text.isEmpty()) {
        // Nothing to look for yet: go where it is typed.
        m_field->setFocus(Qt::ShortcutFocusReason);
        showStatus(tr("Type what to find in the search field, then press Find Next again"));
        return {};
    }
    const QList<StoryId> order = m_hooks.order();
    const qsizetype count = order.size();
    const qsizetype at = order.indexOf(m_hooks.current());
    // From the current story on; without one, from the start (or the end, going back).
    const qsizetype start = at >= 0 ? at : (backward ? count : -1);
    const int step = backward ? -1 : 1;
    for (qsizetype n = 1; n <= count; ++n) {
        const qsizetype raw = start + step * n;
        const qsizetype i = ((raw % count) + count) % count;
        if (m_hooks.matches ? !m_hooks.matches(order[i], text)
                            : !matches(*m_document, order[i], text))
            continue;
        const bool wrapped = backward ? raw < 0 : raw >= count;
        m_hooks.select(order[i]);
        showStatus(wrapped
                ? (backward ? tr("Search wrapped to the bottom") : tr("Search wrapped to the top"))
                : tr("Found %1 “%2”")
                      .arg(m_document->storyKey(order[i]), m_document->story(order[i]).title));
        return order[i];
    }
    showStatus(tr("No story matches “%1”").arg(text));
    return {};
}

void StoryFinder::showStatus(const QString &message) const
{
    // The window's status bar takes a status tip event; the screen has no bar of its own.
    QStatusTipEvent tip(message);
    QCoreApplication::sendEvent(m_screen->window(), &tip);
}

} // namespace Valuemap
