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
// qrc URL of a page.
QUrl url(const QString &id);
// The page's Markdown (empty for an unknown id).
QString text(const QString &id);
// The page about a screen of the window (the widget of a tab), "index" for anything else.
QString pageForScreen(const QWidget *screen);

} // namespace Valuemap::Handbook
