// Benchmark of the story map canvas (not a test: it prints figures and asserts nothing).
//   bench_storymap [stories...]      default: 1000 10000
// For each size it generates a plan (stories over ~N/50 steps and ~N/250 activities, 4 slices)
// and prints the median and worst of several runs of: opening the file until the map's first
// full frame is painted; one edit (retitle; move between lanes) until it is on disk and
// repainted; one full viewport frame at 100 %, while scrolling, and zoomed to fit.
#include "storage/document.h"
#include "storage/sqlstore.h"
#include "storymap/storymapscene.h"
#include "storymap/storymapscreen.h"
#include "storymap/storymapview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

QStringList generatePlan(int stories)
{
    const int steps = std::max(1, stories / 50);
    const int activities = std::max(1, stories / 250);
    QStringList sql;
    for (int a = 1; a <= activities; ++a)
        sql << u"INSERT INTO activity (id, title, rank) VALUES (%1, 'Activity %1 of the journey', %2)"_s.arg(a).arg(a - 1);
    // Steps in backbone order, each activity with its share; stories round-robin over the steps,
    // spread over the four slices and Unplanned by their rank, so every cell has cards.
    QList<int> perActivity(activities, 0);
    for (int s = 1; s <= steps; ++s) {
        const int activity = int(qint64(s - 1) * activities / steps);
        sql << u"INSERT INTO step (id, activity_id, title, rank) VALUES (%1, %2, 'Step %1 of the activity', %3)"_s
                        .arg(s).arg(activity + 1).arg(perActivity[activity]++);
    }
    for (int r = 1; r <= 4; ++r)
        sql << u"INSERT INTO \"release\" (id, name, outcome, status, rank) VALUES (%1, 'Release %1', 'Outcome of release %1', 0, %2)"_s.arg(r).arg(r - 1);
    for (int i = 1; i <= stories; ++i) {
        const int step = (i - 1) % steps + 1;
        const int rank = (i - 1) / steps;
        const int lane = rank * 5 / std::max(1, (stories + steps - 1) / steps);
        const QString release = lane >= 4 ? u"NULL"_s : QString::number(lane + 1);
        sql << u"INSERT INTO story (id, step_id, release_id, rank, title, description, estimate, business_value, status, created_at, updated_at) "
               "VALUES (%1, %2, %3, %4, 'As a subscriber I can do thing number %1 without calling support', "
               "'A realistic description of story %1, two sentences long. It explains why it matters.', %5, %6, %7, "
               "'2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z')"_s
                        .arg(i).arg(step).arg(release).arg(rank).arg(i % 8 + 1).arg(i % 100).arg(i % 3);
    }
    return sql;
}

struct Figure
{
    double median = 0;
    double worst = 0;
};

Figure measure(int runs, const std::function<void()> &work)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return { ms.at(ms.size() / 2), ms.last() };
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.append(QString::fromLocal8Bit(argv[i]).toInt());
    if (sizes.isEmpty())
        sizes = { 1000, 10000 };
    QTextStream out(stdout);
    out << "Story map benchmark (median / worst, milliseconds; viewport 1600x1000, offscreen raster)\n";
    out << QString(u"%1 %2 %3 %4 %5 %6 %7 %8\n"_s)
                    .arg(u"stories"_s, 8)
                    .arg(u"open+frame"_s, 16)
                    .arg(u"retitle"_s, 14)
                    .arg(u"move lane"_s, 14)
                    .arg(u"frame 100%"_s, 14)
                    .arg(u"scrolling"_s, 14)
                    .arg(u"frame fit"_s, 14)
                    .arg(u"items"_s, 7);
    for (int n : sizes) {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bench.valuemap"_s);
        QString error;
        if (!SqlStore::createFile(path, false, &error, generatePlan(n))) {
            out << "cannot generate: " << error << "\n";
            return 1;
        }
        auto fmt = [](const Figure &f) { return u"%1 / %2"_s.arg(f.median, 0, 'f', 1).arg(f.worst, 0, 'f', 1); };
        const Figure open = measure(5, [&] {
            auto doc = Document::open(path, &error);
            StoryMapScreen screen(doc.get());
            screen.resize(1600, 1000);
            screen.show();
            QCoreApplication::processEvents();
            screen.view()->showTopLeft();
            screen.view()->viewport()->grab();
        });
        auto doc = Document::open(path, &error);
        StoryMapScreen screen(doc.get());
        screen.resize(1600, 1000);
        screen.show();
        QCoreApplication::processEvents();
        StoryMapView *view = screen.view();
        view->showTopLeft();
        view->viewport()->grab();
        const QList<StoryId> visible = doc->stories(doc->steps(doc->activities().first()).first());
        int counter = 0;
        const Figure retitle = measure(30, [&] {
            doc->setStoryField(visible.first(), StoryField::Title, u"Retitled %1"_s.arg(++counter));
            view->viewport()->grab();
        });
        const Figure move = measure(30, [&] {
            const Story s = doc->story(visible.at(1));
            const QList<ReleaseId> releases = doc->releases();
            const ReleaseId next = releases.at((releases.indexOf(s.releaseId) + 1) % releases.size());
            doc->moveStories({ s.id }, s.stepId, next, s.rank);
            view->viewport()->grab();
        });
        const Figure frame = measure(30, [&] { view->viewport()->grab(); });
        if (qEnvironmentVariableIsSet("VALUEMAP_BENCH_SHOTS"))
            view->viewport()->grab().save(u"/tmp/bench-%1-100.png"_s.arg(n));
        const Figure scrolling = measure(30, [&] {
            QScrollBar *bar = view->verticalScrollBar();
            bar->setValue(bar->value() + 120 > bar->maximum() ? 0 : bar->value() + 120);
            view->viewport()->grab();
        });
        view->zoomToFit();
        if (qEnvironmentVariableIsSet("VALUEMAP_BENCH_SHOTS"))
            view->viewport()->grab().save(u"/tmp/bench-%1-fit.png"_s.arg(n));
        const Figure fit = measure(10, [&] { view->viewport()->grab(); });
        out << QString(u"%1 %2 %3 %4 %5 %6 %7 %8\n"_s)
                        .arg(n, 8)
                        .arg(fmt(open), 16)
                        .arg(fmt(retitle), 14)
                        .arg(fmt(move), 14)
                        .arg(fmt(frame), 14)
                        .arg(fmt(scrolling), 14)
                        .arg(fmt(fit), 14)
                        .arg(screen.scene()->items().size(), 7);
        out.flush();
    }
    return 0;
}
