// bench_server --server CONN --second CONN --app VALUEMAP --plans DIR [--runs N] [STORIES]
// The team-server figures of issue 15, each beside its baseline, a bare single-row UPDATE round
// trip over the same socket: opening a STORIES-story server plan to the window's first frame, an
// edit committed on the server, and an edit visible on a second client from its commit. Prints
// a Markdown table. CONN is an editor's address; the plan is published anew for every run of
// this program (named after the time), with the second role as an editor.
#include "benchplan.h"
#include "benchtable.h"

#include "server/serverconnection.h"
#include "server/serverplans.h"
#include "server/serverschema.h"
#include "storage/document.h"
#include "storymap/storymapscreen.h"
#include "storymap/storymapview.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Valuemap;
using namespace Valuemap::Bench;

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const QString &message)
{
    err() << "bench_server: " << message << '\n';
    return 1;
}

// Wall-clock milliseconds of the program until it exits.
double runMs(const QString &program, const QStringList &arguments)
{
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    p.start(program, arguments);
    p.waitForFinished(120000);
    return double(timer.nsecsElapsed()) / 1e6;
}

// Opens (a server plan, or a file when conn is empty) and paints the story map's first full
// frame in process, as the file benchmark (bench_storymap) does: the milliseconds.
double openToFirstFrame(const QString &conn, const QString &plan)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    auto doc = conn.isEmpty() ? Document::open(plan, &error)
                              : Document::openServer(conn, plan, &error);
    if (!doc)
        qFatal("cannot open %s: %s", qPrintable(plan), qPrintable(error));
    StoryMapScreen screen(doc.get());
    screen.resize(1600, 1000);
    screen.show();
    screen.view()->showTopLeft();
    screen.view()->viewport()->grab();
    return double(timer.nsecsElapsed()) / 1e6;
}

StoryId someStory(const Document &doc)
{
    const QList<qint64> ids = doc.store().group(Table::Story, -1, 0);
    return ids.isEmpty() ? StoryId() : StoryId(ids.at(ids.size() / 2));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const auto option = [&args](const QString &name, const QString &fallback = {}) {
        const qsizetype at = args.indexOf(name);
        if (at < 0 || at + 1 >= args.size())
            return fallback;
        const QString value = args.at(at + 1);
        args.remove(at, 2);
        return value;
    };
    const QString first = option(u"--server"_s);
    const QString second = option(u"--second"_s);
    const QString valuemap = option(u"--app"_s);
    const QString plans = option(u"--plans"_s, u"bench-plans"_s);
    const int runs = std::max(5, option(u"--runs"_s, u"31"_s).toInt());
    const int stories = args.isEmpty() ? 10000 : args.first().toInt();
    if (first.isEmpty() || second.isEmpty() || valuemap.isEmpty())
        return fail(u"usage: bench_server --server CONN --second CONN --app VALUEMAP [--plans DIR] [--runs N] [STORIES]"_s);

    QString error;
    const QString path = benchPlanFile(plans, stories, &error);
    if (path.isEmpty())
        return fail(error);
    auto file = Document::open(path, &error, OpenMode::ReadOnly);
    auto c = file ? ServerConnection::open(first, &error) : nullptr;
    if (!c || !ServerSchema::check(*c, &error))
        return fail(error);
    const QString name = u"bench %1 %2"_s.arg(stories).arg(QDateTime::currentMSecsSinceEpoch());
    err() << "publishing " << stories << " stories as plan “" << name << "”…\n";
    const auto planId = ServerPlans::publish(*c, name, file->store(), &error);
    file.reset(); // the file is opened again below, in the window and in process
    const auto plan = planId ? ServerPlans::find(*c, name, &error) : std::nullopt;
    if (!plan)
        return fail(error);
    QString secondRole;
    {
        auto other = ServerConnection::open(second, &error);
        if (!other)
            return fail(error);
        secondRole = other->role();
    }
    if (!ServerPlans::setMember(*c, *plan, secondRole, u"editor"_s, &error))
        return fail(error);

    // The floor: one row updated and committed, over the same kind of socket.
    auto alice = Document::openServer(first, name, &error);
    auto bob = alice ? Document::openServer(second, name, &error) : nullptr;
    if (!alice || !bob)
        return fail(error);
    const StoryId story = someStory(*alice);
    int counter = 0;
    QSqlQuery bareUpdate(c->database());
    bareUpdate.prepare(u"UPDATE valuemap.story SET estimate = ? WHERE plan_id = ? AND id = ?"_s);
    const Figure update = measure(runs, [&] {
        bareUpdate.bindValue(0, ++counter % 13);
        bareUpdate.bindValue(1, plan->id);
        bareUpdate.bindValue(2, story.value);
        bareUpdate.exec();
    });
    // The bare updates bypass the log; the edits below touch only the title.
    QList<double> commits;
    QList<double> visible;
    for (int i = 0; i < runs; ++i) {
        const QString title = u"Bench title %1"_s.arg(i);
        double seenAt = -1;
        QElapsedTimer clock;
        const auto seen = QObject::connect(bob.get(), &Document::changed, &app, [&] {
            if (bob->story(story).title == title && seenAt < 0)
                seenAt = double(clock.nsecsElapsed()) / 1e6;
        });
        clock.start();
        if (!alice->setStoryField(story, StoryField::Title, title))
            return fail(alice->lastError());
        const double committed = double(clock.nsecsElapsed()) / 1e6;
        commits << committed;
        while (seenAt < 0 && clock.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        QObject::disconnect(seen);
        if (seenAt < 0)
            return fail(u"the second client did not see an edit within 10 s"_s);
        visible << seenAt - committed;
    }
    bob.reset();
    alice.reset();
    bareUpdate = QSqlQuery();

    // Opening in the window, to its first frame, against starting the window without a plan.
    const QList<QString> open = { u"--server"_s, first, u"--plan"_s, name,
                                  u"--quit-after-first-frame"_s };
    const Figure withPlan = measure(std::min(runs, 7), [&] { runMs(valuemap, open); });
    const Figure bare = measure(std::min(runs, 7),
                                [&] { runMs(valuemap, { u"--quit-after-first-frame"_s }); });
    const Figure opening { withPlan.median - bare.median, withPlan.worst - bare.median };
    const Figure withFile = measure(std::min(runs, 7), [&] {
        runMs(valuemap, { path, u"--quit-after-first-frame"_s });
    });
    const Figure fileOpening { withFile.median - bare.median, withFile.worst - bare.median };
    const int openRuns = std::min(runs, 7);
    const Figure mapOpening = measureValue(openRuns, [&] { return openToFirstFrame(first, name); });
    const Figure mapFileOpening = measureValue(openRuns, [&] { return openToFirstFrame({}, path); });

    QTextStream out(stdout);
    const auto row = [&out](const QString &what, const Figure &f, const QString &target) {
        out << "| " << what << " | " << QString::number(f.median, 'f', 2) << " | "
            << QString::number(f.worst, 'f', 2) << " | " << target << " |\n";
    };
    out << "\n| Team server, " << stories << " stories (ms) | median | worst | target |\n"
        << "| --- | ---: | ---: | --- |\n";
    row(u"open the server plan to the story map's first frame (in process, as bench_storymap)"_s,
        mapOpening, u"≤ 300"_s);
    row(u"(the same plan as a file, measured the same way)"_s, mapFileOpening, QString());
    row(u"open the server plan in the whole window to its first frame (beyond starting it)"_s,
        opening, QString());
    row(u"(the same plan as a file, measured the same way)"_s, fileOpening, QString());
    row(u"an edit committed on the server"_s, summarize(commits), u"≤ 10"_s);
    row(u"the edit visible on a second client, from its commit"_s, summarize(visible),
        u"≤ 100"_s);
    row(u"baseline: a bare single-row UPDATE round trip"_s, update, u"the floor"_s);
    row(u"(the window starting without a plan)"_s, bare, QString());
    out << "\n" << runs << " runs each (opening: " << std::min(runs, 7) << ").\n";
    return 0;
}
