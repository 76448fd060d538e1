// valuemap_script FILE | valuemap_script --server CONN PLAN: a test-only program (never installed, not part of the valuemap binary)
// for the crash-safety and output tests. It opens the plan with the real Document and applies
// edits read line by line from standard input, printing "ack N ID" after each edit is committed
// (so a test that kills the process knows exactly which edits were acknowledged), or "error
// MESSAGE" when the document refused it. Until it reads "quit" (or the end of its input) it
// holds the plan open, as a window would. Commands:
//   add TEXT            add a story titled TEXT to the first step (Unplanned)
//   describe ID TEXT    set a story's description
//   retitle ID TEXT     rename a story
//   delete ID           delete a story
//   undo | redo
//   remove-file PATH    delete a file (the disk-full test frees space this way)
//   quit
#include "storage/document.h"

#include <QCoreApplication>

#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

using namespace Valuemap;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    const bool server = args.size() == 3 && args.first() == "--server"_L1;
    if (args.size() != 1 && !server) {
        out << "error usage: valuemap_script FILE | valuemap_script --server CONN PLAN\n";
        return 2;
    }
    QString error;
    // A server plan is read once: this program blocks on its input, as no window would.
    auto doc = server ? Document::openServer(args.at(1), args.at(2), &error, false)
                      : Document::open(args.first(), &error);
    if (!doc) {
        out << "error " << error << '\n';
        return 2;
    }
    out << (doc->isReadOnly() ? u"readonly "_s + doc->readOnlyReason() : u"ready"_s) << '\n';
    out.flush();
    QTextStream in(stdin);
    int acknowledged = 0;
    auto report = [&](bool ok, qint64 id) {
        if (ok)
            out << "ack " << ++acknowledged << ' ' << id << '\n';
        else
            out << "error " << doc->lastError() << '\n';
        out.flush();
    };
    QString line;
    while (in.readLineInto(&line)) {
        const QString command = line.section(u' ', 0, 0);
        const QString rest = line.section(u' ', 1);
        if (command == "quit"_L1)
            break;
        if (command == "add"_L1) {
            StepId step;
            if (!doc->activities().isEmpty() && !doc->steps(doc->activities().first()).isEmpty())
                step = doc->steps(doc->activities().first()).first();
            if (!step.isValid()) {
                out << "error the plan has no step to add to\n";
                out.flush();
                continue;
            }
            const StoryId id = doc->addStory(step, {}, rest);
            report(id.isValid(), id.value);
        } else if (command == "describe"_L1 || command == "retitle"_L1) {
            const StoryId id(rest.section(u' ', 0, 0).toLongLong());
            const QString text = rest.section(u' ', 1);
            const StoryField field = command == "describe"_L1 ? StoryField::Description : StoryField::Title;
            report(doc->setStoryField(id, field, text), id.value);
        } else if (command == "delete"_L1) {
            const StoryId id(rest.toLongLong());
            report(doc->deleteStories({ id }), id.value);
        } else if (command == "undo"_L1) {
            report(doc->undo(), 0);
        } else if (command == "redo"_L1) {
            report(doc->redo(), 0);
        } else if (command == "remove-file"_L1) {
            out << (QFile::remove(rest) ? "removed\n" : "error cannot remove\n");
            out.flush();
        } else {
            out << "error unknown command " << command << '\n';
            out.flush();
        }
    }
    return 0;
}
