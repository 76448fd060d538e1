#pragma once

#include <QWidget>

#include <functional>

class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace Valuemap {

// The handbook in a window of its own: contents on the left, a search field above them that
// keeps only the pages containing every word typed, the page on the right. The keyboard
// shortcut sheet is one more page, given as HTML by whoever knows the actions, and made only
// when it is shown or searched (making it can cost: the window builds its screens for it).
class HelpWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget *parent = nullptr);

    // A page of Handbook::pages(), or "shortcuts".
    void showPage(const QString &id);
    QString currentPage() const { return m_current; }
    void setShortcutsPage(const QString &html);
    // Makes the sheet afresh each time it is shown or searched.
    void setShortcutsSource(std::function<QString()> source);

    QTextBrowser *browser() const { return m_browser; }
    QListWidget *contents() const { return m_contents; }
    QLineEdit *searchField() const { return m_search; }

private:
    void search(const QString &text);
    void selectInContents(const QString &id);

    QLineEdit *m_search = nullptr;
    QListWidget *m_contents = nullptr;
    QTextBrowser *m_browser = nullptr;
    QString shortcutsHtml();

    QString m_current;
    std::function<QString()> m_shortcuts;
    QString m_shortcutsHtml; // as last made, for searches while the window stays open
    bool m_shortcutsMade = false;
};

} // namespace Valuemap
