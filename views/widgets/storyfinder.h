#pragma once

#include "domain/ids.h"

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QLineEdit;
class QWidget;

namespace Valuemap {

class Document;

// Edit ▸ Find Next and Find Previous (F3, Shift+F3) for a screen with a search field: selects
// and shows the next story, in the screen's reading order, whose key, title or description
// holds the field's text, wrapping at the end with a word in the status bar.
class StoryFinder final : public QObject
{
    Q_OBJECT

public:
    struct Hooks
    {
        std::function<QList<StoryId>()> order; // the stories the screen shows, in reading order
        std::function<StoryId()> current; // invalid: start before the first
        std::function<void(StoryId)> select; // select and scroll to it
        // Whether a story of the order matches the text; unset: matches(). (The map's search
        // field already picks the cards it highlights: F3 visits those.)
        std::function<bool(StoryId, const QString &)> matches;
    };
    // Adds the two actions to `screen` (in its shortcut context), where the window's Edit menu
    // finds them by their standard keys.
    StoryFinder(Document *document, QLineEdit *field, QWidget *screen, Hooks hooks);

    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }
    // The story found (invalid when none), and the status bar's message.
    StoryId find(bool backward);

    // "BT-42" (or its start) for the key, or the words in the title or description.
    static bool matches(const Document &document, StoryId story, const QString &text);

private:
    void showStatus(const QString &message) const;

    Document *m_document = nullptr;
    QLineEdit *m_field = nullptr;
    QWidget *m_screen = nullptr;
    Hooks m_hooks;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
};

} // namespace Valuemap
