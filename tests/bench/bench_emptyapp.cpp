// The baseline of cold start (issue 9): an empty Qt widgets app that shows a main window and
// quits once its first frame is painted, as `valuemap --quit-after-first-frame` does.
//   bench_emptyapp          start, paint, quit
//   bench_emptyapp --rss    the same, then print the peak RSS in KiB
#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QMenuBar>
#include <QTextStream>
#include <QTimer>


using namespace Qt::StringLiterals;

namespace {

class QuitAfterPaint final : public QObject
{
public:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return false;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(u"&File"_s);
    window.resize(1280, 800);
    QuitAfterPaint quitter;
    window.installEventFilter(&quitter);
    window.show();
    const int code = app.exec();
    if (app.arguments().contains(u"--rss"_s)) { // peak resident memory in KiB, as bench_storymap
        QFile status(u"/proc/self/status"_s);
        status.open(QIODevice::ReadOnly);
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                QTextStream(stdout) << line.mid(6).trimmed().split(' ').first() << '\n';
        }
    }
    return code;
}
