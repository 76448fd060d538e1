#pragma once

#include <QList>
#include <QString>
#include <QUrl>

class QWidget;

// The handbook: Markdown pages compiled into the program (resources/handbook).
namespace Valuemap::Handbook {

struct Page
{
    QString id; // the file name without .md, e.g. "map"
    QString title;
};

// Every page, in the order of the contents.
QList<Page> pages();
// The interface's language ("de", "en" …), whose pages the handbook shows.
QString language();
// qrc URL of a page in the interface's language (it may not exist: see resolved()).
QUrl url(const QString &id);
// Where a handbook URL's page really is: the page in its language, else the English one, so a
// page not yet translated shows in English (and its links lead back to translated pages).
QUrl resolved(const QUrl &url);
// The page's Markdown, in the interface's language or English (empty for an unknown id).
QString text(const QString &id);
// The page about a screen of the window (the widget of a tab), "index" for anything else.
QString pageForScreen(const QWidget *screen);

} // namespace Valuemap::Handbook
