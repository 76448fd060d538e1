// The performance suite of issue 9 (not a test: it prints figures and asserts nothing).
//   bench_storymap [--runs R] [--plans DIR] [--app VALUEMAP] [--empty-app BENCH_EMPTYAPP] [stories...]
//       the table in Markdown: median / worst of R runs (default 7) for each size (default
//       1000 10000 100000), with the baselines and the ratios to them
//   bench_storymap --rss PLAN        open PLAN, show the map, print the peak RSS in KiB
//   bench_storymap --callgrind PLAN  each hot path once, between callgrind client requests
//                                    (run under valgrind --tool=callgrind --collect-atstart=no)
#include "benchbaselines.h"
#include "benchplan.h"
#include "benchtable.h"

#include "export/mapexport.h"
#include "export/visionexport.h"
#include "io/planjson.h"
#include "storage/document.h"
#include "storymap/storycarditem.h"
#include "storymap/storymapscene.h"
#include "storymap/storymapscreen.h"
#include "storymap/storymapstyle.h"
#include "storymap/storymapview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextStream>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_TOGGLE_COLLECT
#define CALLGRIND_DUMP_STATS_AT(name)
#endif

#include <functional>

using namespace Qt::StringLiterals;
using namespace Valuemap;
using namespace Valuemap::Bench;

namespace {

constexpr QSize Viewport(1600, 1000);

// Counts the paint events of a widget: "repainted" means one more arrived.
class PaintCounter final : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) : QObject(widget) { widget->installEventFilter(this); }
    int count = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        count += event->type() == QEvent::Paint ? 1 : 0;
        return false;
    }
};

// Delivers the posted events (the scene's change, the view's update) until the viewport has
// painted: what the user sees after an edit.
void waitForRepaint(PaintCounter *counter)
{
    const int before = counter->count;
    for (int i = 0; i < 100 && counter->count == before; ++i)
        QCoreApplication::processEvents();
}

struct Map
{
    std::unique_ptr<Document> doc;
    std::unique_ptr<StoryMapScreen> screen;
};

// Opens the plan and paints the story map's first full frame.
Map openMap(const QString &path)
{
    Map map;
    QString error;
    map.doc = Document::open(path, &error);
    if (!map.doc)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(error));
    map.screen = std::make_unique<StoryMapScreen>(map.doc.get());
    map.screen->resize(Viewport);
    map.screen->show();
    map.screen->view()->showTopLeft();
    map.screen->view()->viewport()->grab();
    return map;
}

QString copyOf(const QString &plan, const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(plan, path))
        qFatal("cannot copy %s", qPrintable(plan));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

// The cards the view shows now, as plain data for the raw QPainter baseline: from the plan,
// since the map builds card items only close up (far out its cells paint the cards).
QList<RawCard> visibleCards(StoryMapView *view)
{
    QList<RawCard> cards;
    const QRectF shown = view->mapToScene(view->viewport()->rect()).boundingRect();
    StoryMapScene *scene = view->mapScene();
    for (ReleaseId release : scene->laneOrder()) {
        if (scene->isLaneCollapsed(release))
            continue;
        for (StepId step : scene->columnSteps()) {
            for (StoryId id : scene->cellStories(step, release)) {
                const QRectF rect = scene->storyRect(id);
                if (!rect.intersects(shown))
                    continue;
                const QString title = scene->document()->story(id).title;
                cards.append({ rect, StoryMapStyle::defaultCardColor(),
                               { title.left(34), title.mid(34, 34), title.mid(68, 34) }, u"5  MS  frontend"_s });
            }
        }
    }
    return cards;
}

// The peak resident memory of this process (VmHWM: unlike getrusage's maximum, it starts
// afresh at exec, so a child does not inherit the figure of the process that forked it).
qint64 peakRssKiB()
{
    QFile status(u"/proc/self/status"_s);
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

int printRss(const QString &plan)
{
    QTemporaryDir dir;
    const Map map = openMap(copyOf(plan, dir, u"rss.valuemap"_s));
    QTextStream(stdout) << peakRssKiB() << '\n';
    return 0;
}

// One run of every hot path, each between client requests, so that callgrind counts its
// instructions alone. Without valgrind the requests do nothing.
int callgrindRun(const QString &plan)
{
    QTemporaryDir dir;
    const QString path = copyOf(plan, dir, u"callgrind.valuemap"_s);
    // Once before counting, as the timed runs do: the font database, glyph caches and the
    // like are set up once per process, not per plan.
    openMap(path);
    CALLGRIND_TOGGLE_COLLECT;
    Map map = openMap(path);
    CALLGRIND_TOGGLE_COLLECT;
    CALLGRIND_DUMP_STATS_AT("open and first frame");
    StoryMapView *view = map.screen->view();
    auto *counter = new PaintCounter(view->viewport());
    const QList<StoryId> cell = map.doc->stories(map.doc->steps(map.doc->activities().first()).first());
    const Story moved = map.doc->story(cell.at(1));
    const QList<ReleaseId> releases = map.doc->releases();
    waitForRepaint(counter);

    CALLGRIND_TOGGLE_COLLECT;
    map.doc->setStoryField(cell.first(), StoryField::Title, u"Retitled under callgrind"_s);
    waitForRepaint(counter);
    CALLGRIND_TOGGLE_COLLECT;
    CALLGRIND_DUMP_STATS_AT("retitle, durable and repainted");

    CALLGRIND_TOGGLE_COLLECT;
    map.doc->moveStories({ moved.id }, moved.stepId, releases.at((releases.indexOf(moved.releaseId) + 1) % releases.size()), moved.rank);
    waitForRepaint(counter);
    CALLGRIND_TOGGLE_COLLECT;
    CALLGRIND_DUMP_STATS_AT("move to another lane, durable and repainted");

    CALLGRIND_TOGGLE_COLLECT;
    view->viewport()->grab();
    CALLGRIND_TOGGLE_COLLECT;
    CALLGRIND_DUMP_STATS_AT("frame at 100 %");

    view->zoomToFit();
    view->viewport()->grab();
    CALLGRIND_TOGGLE_COLLECT;
    view->viewport()->grab();
    CALLGRIND_TOGGLE_COLLECT;
    CALLGRIND_DUMP_STATS_AT("frame zoomed to fit");

    CALLGRIND_TOGGLE_COLLECT;
    QString error;
    VisionExport::writePdf(*map.doc, dir.filePath(u"vision.pdf"_s), QPageSize::A4, &error);
    CALLGRIND_TOGGLE_COLLECT;
    CALLGRIND_DUMP_STATS_AT("vision PDF");

    CALLGRIND_TOGGLE_COLLECT;
    QFile json(dir.filePath(u"plan.json"_s));
    json.open(QIODevice::WriteOnly);
    json.write(PlanJson::write(map.doc->store()));
    json.close();
    CALLGRIND_TOGGLE_COLLECT;
    CALLGRIND_DUMP_STATS_AT("JSON of the whole plan");
    return 0;
}

// Runs a program to its first frame and back, `runs` times: the wall-clock milliseconds.
Figure startUp(const QString &program, const QStringList &arguments, int runs)
{
    return measure(runs, [&] {
        QProcess p;
        p.start(program, arguments);
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    });
}

qint64 childRss(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    p.waitForFinished(120000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed().toLongLong();
}

void benchSize(Results &table, int column, int n, int runs, const QString &plans)
{
    QString error;
    const QString plan = benchPlanFile(plans, n, &error);
    if (plan.isEmpty())
        qFatal("cannot generate a plan of %d stories: %s", n, qPrintable(error));
    QTemporaryDir dir;
    // 1. Open → first frame, against a raw scan of the same rows.
    const QString path = copyOf(plan, dir, u"bench.valuemap"_s);
    const int openRuns = n > 20000 ? std::max(3, runs / 2) : runs;
    const int many = n > 20000 ? runs : runs * 3; // edits and frames: fewer on the largest plans
    table.set(Line::Open, column, measureValue(openRuns, [&] {
        QElapsedTimer timer;
        timer.start();
        const Map map = openMap(path);
        return timer.nsecsElapsed() / 1e6; // closing is not part of it
    }));
    table.set(Line::OpenBase, column, measureValue(openRuns, [&] { return rawSqliteScanMs(path); }));

    Map map = openMap(path);
    StoryMapView *view = map.screen->view();
    auto *counter = new PaintCounter(view->viewport());
    waitForRepaint(counter);
    Document *doc = map.doc.get();

    // 2. One edit until durable (the call returns after the commit's sync) and repainted. The
    // sync of the disk is probed between the edits, so that both see the same disk traffic.
    const QList<StoryId> cell = doc->stories(doc->steps(doc->activities().first()).first());
    auto timed = [](const std::function<void()> &work) {
        QElapsedTimer timer;
        timer.start();
        work();
        return timer.nsecsElapsed() / 1e6;
    };
    QList<double> retitles, moves, syncs;
    for (int i = 0; i < many; ++i) {
        retitles.append(timed([&] {
            doc->setStoryField(cell.first(), StoryField::Title, u"Retitled story number %1"_s.arg(i));
            waitForRepaint(counter);
        }));
        syncs.append(fsyncMs(dir.path()));
        moves.append(timed([&] {
            const Story s = doc->story(cell.at(1));
            const QList<ReleaseId> releases = doc->releases();
            const ReleaseId next = releases.at((releases.indexOf(s.releaseId) + 1) % releases.size());
            doc->moveStories({ s.id }, s.stepId, next, s.rank);
            waitForRepaint(counter);
        }));
        syncs.append(fsyncMs(dir.path()));
    }
    table.set(Line::Retitle, column, summarize(retitles));
    table.set(Line::Move, column, summarize(moves));
    table.set(Line::EditBase, column, summarize(syncs));

    // 3. Full viewport frames, against a bare QPainter drawing the same visible cards. Both
    // paint into an image kept between frames, as a window paints into its backing store:
    // grab() made a fresh pixmap per frame, whose allocation and first touch of 6 MB the
    // app does not pay per frame and the baseline never paid (≈ 0.5 ms, a third of a frame
    // at fit).
    QImage image(view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QImage frame(view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    const auto paintFrame = [&] { view->viewport()->render(&frame); };
    auto baseline = [&] {
        const QList<RawCard> cards = visibleCards(view);
        return measureValue(many, [&] { return rawCardPaintMs(image, view->viewportTransform(), cards); });
    };
    paintFrame();
    table.set(Line::Frame, column, measure(many, paintFrame));
    table.set(Line::FrameBase, column, baseline());
    table.set(Line::Scroll, column, measure(many, [&] {
        QScrollBar *bar = view->verticalScrollBar();
        bar->setValue(bar->value() + 120 > bar->maximum() ? 0 : bar->value() + 120);
        paintFrame();
    }));
    view->zoomToFit();
    paintFrame();
    table.set(Line::Fit, column, measure(runs, paintFrame));
    table.set(Line::FitBase, column, baseline());

    // 4. Exports.
    table.set(Line::VisionPdf, column, measure(runs, [&] {
        VisionExport::writePdf(*doc, dir.filePath(u"vision.pdf"_s), QPageSize::A4, &error);
    }));
    if (n <= 10000) {
        MapExport::PdfOptions options;
        options.tiled = true;
        table.set(Line::MapPdf, column, measure(std::min(runs, 3), [&] {
            MapExport::writePdf(*doc, dir.filePath(u"map.pdf"_s), options, &error);
        }));
    }
    table.set(Line::Json, column, measure(runs, [&] {
        QFile json(dir.filePath(u"plan.json"_s));
        json.open(QIODevice::WriteOnly);
        json.write(PlanJson::write(doc->store()));
    }));

    // 5. Peak memory of a process that opened the plan and shows the map.
    table.setValue(Line::Rss, column, childRss(QCoreApplication::applicationFilePath(), { u"--rss"_s, plan }) / 1024.0);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    auto option = [&args](const QString &name, const QString &fallback = {}) {
        const qsizetype at = args.indexOf(name);
        if (at < 0 || at + 1 >= args.size())
            return fallback;
        const QString value = args.at(at + 1);
        args.remove(at, 2);
        return value;
    };
    if (const QString plan = option(u"--rss"_s); !plan.isEmpty())
        return printRss(plan);
    if (const QString plan = option(u"--callgrind"_s); !plan.isEmpty())
        return callgrindRun(plan);
    if (const QString n = option(u"--generate"_s); !n.isEmpty()) { // for callgrind.sh
        QString error;
        const QString path = benchPlanFile(option(u"--plans"_s, u"bench-plans"_s), n.toInt(), &error);
        QTextStream(stdout) << (path.isEmpty() ? error : path) << '\n';
        return path.isEmpty() ? 1 : 0;
    }
    const int runs = std::max(1, option(u"--runs"_s, u"7"_s).toInt());
    const QString plans = option(u"--plans"_s, QDir::temp().filePath(u"valuemap-bench-plans"_s));
    const QString valuemap = option(u"--app"_s);
    const QString emptyApp = option(u"--empty-app"_s);
    QList<int> sizes;
    for (const QString &a : std::as_const(args))
        sizes.append(a.toInt());
    if (sizes.isEmpty())
        sizes = { 1000, 10000, 100000 };

    Results table(sizes);
    for (int i = 0; i < sizes.size(); ++i) {
        QTextStream(stderr) << "measuring " << sizes[i] << " stories…\n";
        benchSize(table, i, sizes[i], runs, plans);
    }
    Figure start, emptyStart;
    if (!valuemap.isEmpty())
        start = startUp(valuemap, { u"--quit-after-first-frame"_s }, runs * 2);
    if (!emptyApp.isEmpty())
        emptyStart = startUp(emptyApp, {}, runs * 2);
    table.setEmptyAppRss(emptyApp.isEmpty() ? 0 : childRss(emptyApp, { u"--rss"_s }) / 1024.0);
    QTextStream out(stdout);
    table.print(out, runs, start, emptyStart);
    return 0;
}
