#pragma once

#include <QList>
#include <QString>

// The one text of `valuemap --help`: the same entries make the man page (`valuemap --help-man`,
// run by the build), so the two cannot disagree.
namespace Valuemap::HelpText {

// One line of help: what to type, and what it does.
struct Entry
{
    QString synopsis;
    QString description;
};

// A block of detail (the import or export formats) that the man page shows as written.
struct Detail
{
    QString title;
    QString text;
};

// The commands, one line each.
QList<Entry> commands();
// The options of the window (and --lang, which commands honour too).
QList<Entry> options();
// The options that the commands share.
QList<Entry> commandOptions();
// What the exit codes mean.
QString exitCodes();
// What outputs never replace, and how a plan that fails its checks is rescued.
QString outputs();
// valuemap --help
QString usage();
// valuemap --help-man: the same text as a man page in roff, with the details as sections.
QString manPage(const QList<Detail> &details);

} // namespace Valuemap::HelpText
