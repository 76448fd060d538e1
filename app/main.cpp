#include "cli.h"
#include "mainwindow.h"
#include "workshop/presentationwindow.h"

#include "charts/chartsscreen.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// A command line the window cannot honour: the message on standard error, and exit code 2
// (usage) for main() to return.
int refuse(const QString &message)
{
    std::fputs(qPrintable(message + u'\n'), stderr);
    return 2;
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(u"Valuemap"_s);
    QCoreApplication::setApplicationName(u"Valuemap"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(VALUEMAP_VERSION));
}

// The interface language: --lang wins, then the saved preference, then the system locale.
void installTranslations(QCoreApplication &app, const QStringList &arguments)
{
    QString language;
    const qsizetype at = arguments.indexOf(u"--lang"_s);
    if (at >= 0 && at + 1 < arguments.size())
        language = arguments.at(at + 1);
    if (language.isEmpty())
        language = QSettings().value(u"language"_s).toString();
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // English is the fallback: it also carries the English plural forms.
    auto *own = new QTranslator(&app);
    if (own->load(locale, u"valuemap"_s, u"_"_s, u":/i18n"_s)
        || own->load(u"valuemap_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
}

// Quits once the window it watches has painted its first frame (--quit-after-first-frame).
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
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // Command-line modes run without a window, and so without a display.
    if (Valuemap::Cli::isCommandLineMode(arguments)) {
        // Exports render text, the vision board or the map: they need a GUI application,
        // offscreen so that no display is needed.
        if (Valuemap::Cli::needsGui(arguments)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            setApplicationNames();
            installTranslations(app, arguments);
            return Valuemap::Cli::run(app.arguments());
        }
        QCoreApplication app(argc, argv);
        setApplicationNames();
        installTranslations(app, arguments);
        return Valuemap::Cli::run(app.arguments());
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(u"Valuemap"_s);
    QApplication::setDesktopFileName(u"io.github.valuemap.Valuemap"_s);
    installTranslations(app, arguments);

    QCommandLineParser parser;
    parser.setApplicationDescription(Valuemap::Cli::usage());
    const QCommandLineOption langOption(u"lang"_s, QCoreApplication::translate("main", "Interface language (de or en)."),
                                        u"language"_s);
    const QCommandLineOption themeOption(u"theme"_s,
            QCoreApplication::translate("main", "Colours for this run: system, light or dark (View ▸ Theme keeps a choice)."),
            u"theme"_s);
    const QCommandLineOption serverOption(
            u"server"_s, QCoreApplication::translate("main", "Open a plan on this team server (with --plan): service=NAME or postgresql://…"), u"conn"_s);
    const QCommandLineOption planOption(u"plan"_s, QCoreApplication::translate("main", "The plan on the server to open."), u"name"_s);
    const QCommandLineOption sampleOption(u"sample"_s, QCoreApplication::translate("main", "Open your copy of the sample plan."));
    const QCommandLineOption screenshotOption(
            u"screenshot"_s, QCoreApplication::translate("main", "Save a picture of the window to FILE and quit."), u"file"_s);
    const QCommandLineOption screenOption(
            u"screen"_s, QCoreApplication::translate("main", "Show this screen first (vision, map, releases, goals, increments, charts, outline, vote)."), u"name"_s);
    const QCommandLineOption fitOption(u"fit"_s, QCoreApplication::translate("main", "Zoom the story map to fit the window."));
    const QCommandLineOption zoomOption(
            u"zoom"_s, QCoreApplication::translate("main", "Zoom the story map to this percentage (3 to 400)."), u"percent"_s);
    const QCommandLineOption chartOption(
            u"chart"_s, QCoreApplication::translate("main", "On the Charts screen, show this chart (goal, goal:N, burnup, cadence, leadtime, value, frequency, increments, feedback)."), u"name"_s);
    const QCommandLineOption presentOption(
            u"present"_s, QCoreApplication::translate("main", "Start presentation mode at page N (1 is the vision; beyond the last page, the last)."), u"page"_s);
    // For the cold-start benchmark (tests/bench): quit as soon as the window's first frame is painted.
    QCommandLineOption firstFrameOption(u"quit-after-first-frame"_s, QCoreApplication::translate("main", "Quit once the window is painted."));
    firstFrameOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ langOption, themeOption, serverOption, planOption, sampleOption, screenshotOption, screenOption, fitOption, zoomOption, chartOption, presentOption,
                        firstFrameOption });
    parser.addPositionalArgument(u"file"_s, QCoreApplication::translate("main", "The plan to open."));
    if (!parser.parse(app.arguments())) {
        return refuse(parser.errorText() + u"\n\n"_s + Valuemap::Cli::usage());
    }

    // The saved theme, or --theme for this run only; before any window, so every screen starts in it.
    Valuemap::Theme::Choice theme = Valuemap::Theme::savedChoice();
    if (parser.isSet(themeOption) && !Valuemap::Theme::parse(parser.value(themeOption), &theme)) {
        return refuse(QCoreApplication::translate("main", "Unknown theme “%1”: use system, light or dark.")
                          .arg(parser.value(themeOption)));
    }
    Valuemap::Theme::instance()->setChoice(theme);

    if (parser.isSet(serverOption) != parser.isSet(planOption))
        return refuse(QCoreApplication::translate("main", "A server plan needs both --server CONN and --plan NAME."));
    if (parser.isSet(screenOption) && !Valuemap::MainWindow::screenNames().contains(parser.value(screenOption)))
        return refuse(QCoreApplication::translate("main", "Unknown screen “%1”: use one of %2.")
                          .arg(parser.value(screenOption), Valuemap::MainWindow::screenNames().join(u", "_s)));
    double zoomPercent = 0;
    if (parser.isSet(zoomOption)) {
        bool number = false;
        zoomPercent = QLocale::c().toDouble(parser.value(zoomOption).remove(u'%'), &number);
        if (!number || !(zoomPercent >= 3 && zoomPercent <= 400))
            return refuse(QCoreApplication::translate("main", "--zoom takes a percentage from 3 to 400, not “%1”.")
                              .arg(parser.value(zoomOption)));
    }
    int presentPage = 0;
    if (parser.isSet(presentOption)) {
        bool number = false;
        presentPage = parser.value(presentOption).toInt(&number);
        if (!number || presentPage < 1)
            return refuse(QCoreApplication::translate("main", "--present takes a page number from 1 (the vision), not “%1”.")
                              .arg(parser.value(presentOption)));
    }
    Valuemap::MainWindow window;
    QuitAfterPaint quitAfterPaint;
    if (parser.isSet(firstFrameOption))
        window.installEventFilter(&quitAfterPaint);
    window.show();
    if (parser.isSet(serverOption))
        window.openServerPlan(parser.value(serverOption), parser.value(planOption));
    else if (parser.isSet(sampleOption))
        window.openSample();
    else if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());

    if (parser.isSet(screenOption))
        window.showScreen(parser.value(screenOption));
    if (parser.isSet(chartOption) && window.chartsScreen()) {
        window.showScreen(u"charts"_s);
        QString error;
        if (!window.chartsScreen()->showChart(parser.value(chartOption), &error))
            return refuse(error);
    }
    if (parser.isSet(fitOption))
        QTimer::singleShot(300, &window, [&window] { window.zoomMapToFit(); });
    if (zoomPercent > 0)
        QTimer::singleShot(300, &window, [&window, zoomPercent] { window.zoomMap(zoomPercent / 100); });

    // A page beyond the last shows the last: how many pages a release plan or slice takes
    // depends on the size of the screen the presentation gets.
    if (presentPage > 0)
        window.present(presentPage - 1);

    if (parser.isSet(screenshotOption)) {
        const QString target = parser.value(screenshotOption);
        QTimer::singleShot(800, &window, [&window, target] {
            QWidget *shown = window.presentation() ? static_cast<QWidget *>(window.presentation()) : &window;
            const bool saved = shown->grab().save(target);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
