// The window on a small laptop screen: from 1,000×650 logical pixels upward, in English and
// German, with every dock shown, the window fits, and the toolbars and filter bars of every tab
// wrap or overflow rather than overlap or cut their buttons.
#include "../app/mainwindow.h"
#include "io/sampleplan.h"
#include "storymap/storymapscreen.h"
#include "testsupport.h"
#include "widgets/elidedlabel.h"
#include "workshop/presentationwindow.h"
#include "workshop/votepanel.h"

#include <QApplication>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

// The bars of a screen: its toolbars and the rows of filters and buttons named "...Bar".
QList<QWidget *> barsOf(QWidget *screen)
{
    QList<QWidget *> bars;
    for (QWidget *w : screen->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        if (qobject_cast<QToolBar *>(w) || w->objectName().endsWith("Bar"_L1) || w->objectName().endsWith("Header"_L1))
            bars.append(w);
    }
    return bars;
}

QString describe(const QWidget *w)
{
    QString text = w->property("text").toString();
    if (text.isEmpty())
        text = w->accessibleName();
    return u"%1 \"%2\" (%3) at %4,%5 %6×%7"_s.arg(QString::fromLatin1(w->metaObject()->className()), text,
                                                   w->objectName())
            .arg(w->x())
            .arg(w->y())
            .arg(w->width())
            .arg(w->height());
}

// Every visible child of `bar` (and of the rows inside it) lies inside its parent and overlaps no
// visible sibling. Returns what is wrong, empty when all is well.
QStringList layoutProblems(QWidget *bar)
{
    QStringList problems;
    QList<QWidget *> children;
    for (QObject *o : bar->children()) {
        auto *w = qobject_cast<QWidget *>(o);
        if (w && w->isVisible() && !w->isWindow())
            children.append(w);
    }
    for (int i = 0; i < children.size(); ++i) {
        const QRect g = children[i]->geometry();
        if (!bar->rect().contains(g))
            problems.append(u"%1 lies outside %2"_s.arg(describe(children[i]), describe(bar)));
        for (int j = i + 1; j < children.size(); ++j) {
            if (g.intersects(children[j]->geometry()))
                problems.append(u"%1 overlaps %2"_s.arg(describe(children[i]), describe(children[j])));
        }
        problems += layoutProblems(children[i]);
    }
    return problems;
}

// As app/main.cpp does: the language's locale and the translations built into the app, until
// it goes out of scope.
struct InLanguage
{
    explicit InLanguage(const QString &language)
    {
        const QLocale locale(language);
        QLocale::setDefault(locale);
        loaded = translator.load(locale, u"valuemap"_s, u"_"_s, u":/i18n"_s);
        QCoreApplication::installTranslator(&translator);
    }
    ~InLanguage()
    {
        QCoreApplication::removeTranslator(&translator);
        Test::useFixedLocale();
    }
    Q_DISABLE_COPY_MOVE(InLanguage)

    QTranslator translator;
    bool loaded = false;
};

// The window shown, with the sample plan open in it.
bool showSample(MainWindow &window)
{
    window.show();
    return QTest::qWaitForWindowExposed(&window) && window.openSample();
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::startCleanSettings();
        QFile::remove(SamplePlan::userCopyPath());
    }

    void fitsASmallLaptopScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("en") << u"en"_s;
        QTest::addRow("de") << u"de"_s;
    }

    void fitsASmallLaptopScreen()
    {
        QFETCH(QString, language);
        const InLanguage inLanguage(language);
        QVERIFY(inLanguage.loaded);

        MainWindow window;
        QVERIFY(showSample(window));
        // Every dock at once: the story details and the vote panel.
        window.votePanel()->show();
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            dock->show();
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QVERIFY(window.showScreen(u"map"_s));
        QVERIFY(window.storyMap()->findChild<QDockWidget *>()->isVisible());
        QApplication::processEvents();

        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(minimum.width() <= 1000, qPrintable(u"minimum width %1"_s.arg(minimum.width())));
        QVERIFY2(minimum.height() <= 650, qPrintable(u"minimum height %1"_s.arg(minimum.height())));

        window.resize(1000, 650);
        int checked = 0;
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            QApplication::processEvents();
            QCOMPARE(window.size(), QSize(1000, 650));
            QWidget *screen = tabs->widget(t);
            const QList<QWidget *> bars = barsOf(screen);
            checked += int(bars.size());
            for (QWidget *bar : bars) {
                const QStringList problems = layoutProblems(bar);
                QVERIFY2(problems.isEmpty(),
                         qPrintable(tabs->tabText(t) + u": "_s + problems.join(u"; "_s)));
            }
        }
        // The map's toolbar and filter bar, the board's toolbar, the vision's header, the goals'
        // and the charts' bars, the outline's toolbar at least.
        QVERIFY2(checked >= 7, qPrintable(QString::number(checked)));
    }

    // The vision's header at the window's first size on a laptop (1,280 wide on a 1,366
    // screen), on a wide window and wrapped on a narrow one: the product's name and its
    // owner's are whole (the owner's was cut to "Lena Hoffmann, Product Ow" at 1,280, while the
    // version and key fields left gaps beside their labels).
    void theVisionHeaderShowsWholeNames_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("width");
        for (const QString &language : { u"en"_s, u"de"_s }) {
            for (int width : { 1000, 1280, 1900 })
                QTest::addRow("%s at %d", qPrintable(language), width) << language << width;
        }
    }

    void theVisionHeaderShowsWholeNames()
    {
        QFETCH(QString, language);
        QFETCH(int, width);
        const InLanguage inLanguage(language);
        QVERIFY(inLanguage.loaded);
        MainWindow window;
        QVERIFY(showSample(window));
        QVERIFY(window.showScreen(u"vision"_s));
        window.resize(width, 700);
        QApplication::processEvents();
        int checked = 0;
        for (const char *name : { "productName", "productOwner", "productVersion", "storyKeyPrefix" }) {
            auto *edit = window.findChild<QLineEdit *>(QLatin1StringView(name));
            QVERIFY2(edit && edit->isVisible(), name);
            QVERIFY2(!edit->text().isEmpty(), name);
            // The text and the field's frame and margins.
            const int frame = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit);
            const int needed = edit->fontMetrics().horizontalAdvance(edit->text()) + 2 * frame + 4;
            QVERIFY2(edit->width() >= needed,
                     qPrintable(u"%1 “%2”: %3 pixels wide, needs %4"_s.arg(QLatin1StringView(name), edit->text())
                                        .arg(edit->width()).arg(needed)));
            // Beside its label, with no gap between them.
            const auto *label = qobject_cast<QLabel *>(edit->parentWidget()->layout()->itemAt(0)->widget());
            QVERIFY2(label && label->buddy() == edit, name);
            const int gap = edit->x() - label->geometry().right();
            QVERIFY2(gap <= 2 * edit->parentWidget()->layout()->spacing() + 1,
                     qPrintable(u"%1: %2 pixels after its label"_s.arg(QLatin1StringView(name)).arg(gap)));
            ++checked;
        }
        QCOMPARE(checked, 4);
    }

    // Presentation mode on the smallest projector in use (1,024×768) and below: no page asks
    // for more than 1,000×650, a page title too long for the footer ends in "…" instead of
    // widening the window past the screen (it did, to 1,460 pixels, on a German chart page),
    // and a chart shows as many dates as fit whole.
    void presentationFitsASmallProjector_data() { fitsASmallLaptopScreen_data(); }
    void presentationFitsASmallProjector()
    {
        QFETCH(QString, language);
        const InLanguage inLanguage(language);
        QVERIFY(inLanguage.loaded);
        MainWindow window;
        QVERIFY(window.openSample());
        PresentationWindow *presentation = window.present(0);
        QVERIFY(presentation);
        presentation->resize(1000, 650);
        QApplication::processEvents();
        bool shortened = false;
        for (int page = 0; page < presentation->pages().size(); ++page) {
            presentation->showPage(page);
            QApplication::processEvents();
            const QSize minimum = presentation->minimumSizeHint().expandedTo(presentation->minimumSize());
            const QString where = u"page %1 (%2)"_s.arg(page + 1).arg(presentation->pages().at(page).title);
            QVERIFY2(minimum.width() <= 1000, qPrintable(where + u": minimum width %1"_s.arg(minimum.width())));
            QVERIFY2(minimum.height() <= 650, qPrintable(where + u": minimum height %1"_s.arg(minimum.height())));
            const auto *footer = presentation->findChild<ElidedLabel *>(u"presentationFooter"_s);
            QVERIFY(footer);
            QVERIFY(footer->isVisible() && presentation->rect().contains(footer->geometry().translated(footer->parentWidget()->pos())));
            // A chart's title, axis labels (dates, numbers) and legend whole, not cut to
            // "03.01.2…" or "Zielwert: 10 % bis…".
            if (const auto *view = presentation->findChild<QChartView *>(); view && view->isVisible()) {
                for (const QGraphicsItem *item : view->scene()->items()) {
                    const auto *label = dynamic_cast<const QGraphicsTextItem *>(item);
                    const QString text = label && label->isVisible() ? label->toPlainText() : QString();
                    QVERIFY2(!text.endsWith("..."_L1) && !text.endsWith(u"…"_s), qPrintable(where + u": "_s + text));
                }
            }
            if (footer->shownText() != footer->text()) {
                shortened = true;
                QVERIFY2(footer->shownText().endsWith(u"…"_s), qPrintable(footer->shownText()));
                QCOMPARE(footer->toolTip(), footer->text());
            }
        }
        // The German chart titles are longer than the room the footer has at 1,000 pixels.
        if (language == "de"_L1)
            QVERIFY(shortened);
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
