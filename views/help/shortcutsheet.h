#pragma once

#include <QList>
#include <QString>

class QAction;
class QWidget;

// The keyboard shortcut sheet, made from the window's actions at the moment it is shown, so it
// cannot drift from what the keys do.
namespace Valuemap::ShortcutSheet {

struct Row
{
    QString group; // the menu (or screen) the action belongs to
    QString action;
    QString keys; // in the platform's notation, several separated by ", "
};

// Every action of the window and its children that has a shortcut, by group and name.
QList<Row> rows(const QWidget *window);
// The rows as an HTML page for the help window.
QString html(const QList<Row> &rows);

} // namespace Valuemap::ShortcutSheet
