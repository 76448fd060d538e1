// Themes: every text colour reads on its background in both sets (WCAG 4.5:1), switching the
// theme repaints the map and the board, exports stay light under the dark theme, the outline's
// totals stay readable, unticked boxes show, the command line's --theme gives a dark window, and no colour literal
// creeps back into views/ or app/ outside the theme.
#include "testsupport.h"

#include "charts/chartfactory.h"
#include "charts/chartpanel.h"
#include "export/mapexport.h"
#include "export/visionexport.h"
#include "outline/outlinedelegate.h"
#include "outline/outlineview.h"
#include "releases/boardscene.h"
#include "storage/document.h"
#include "storymap/storycarditem.h"
#include "storymap/storymapscene.h"
#include "storymap/storymapstyle.h"
#include "storymap/storymapview.h"
#include "widgets/theme.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QListWidget>
#include <QRadioButton>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QPainter>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Valuemap;

namespace {

// The mean lightness (0 to 1) of a picture, from a grid of samples.
double meanLightness(const QImage &image)
{
    double sum = 0;
    int n = 0;
    for (int y = 0; y < image.height(); y += std::max(1, image.height() / 60)) {
        for (int x = 0; x < image.width(); x += std::max(1, image.width() / 60)) {
            sum += image.pixelColor(x, y).lightnessF();
            ++n;
        }
    }
    return n ? sum / n : 0;
}

QImage renderScene(QGraphicsScene &scene, const QRectF &source)
{
    QImage image(source.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    return image;
}

// How far apart two colours are, channel by channel.
int distance(const QColor &a, const QColor &b)
{
    return std::max({ std::abs(a.red() - b.red()), std::abs(a.green() - b.green()),
        std::abs(a.blue() - b.blue()) });
}

// A copy of the sample plan in dir, open; nullptr (with the reason logged) when it cannot be.
std::unique_ptr<Document> openSample(const QTemporaryDir &dir)
{
    QString error;
    auto doc = Document::open(Test::makeSamplePlan(dir), &error);
    if (!doc)
        qWarning("%s", qPrintable(error));
    return doc;
}

QString sourceDir()
{
    return QString::fromUtf8(VALUEMAP_FIXTURES) + u"/../.."_s;
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::startCleanSettings(); // the theme's setting, not the user's
        // The app started below keeps its sample copy and settings here, not in the user's home.
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_s)));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u"config"_s)));
    }
    void cleanup() { Theme::instance()->setChoice(Theme::System); }

private:
    QTemporaryDir m_home;

private slots:

    void contrastFormula()
    {
        QCOMPARE(qRound(Theme::contrast(QColor(u"#000000"_s), QColor(u"#ffffff"_s))), 21);
        QCOMPARE(Theme::contrast(QColor(u"#777777"_s), QColor(u"#777777"_s)), 1.0);
        // WCAG's own example: #767676 on white is the lightest grey that passes, 4.54:1.
        QCOMPARE(qRound(Theme::contrast(QColor(u"#767676"_s), QColor(u"#ffffff"_s)) * 100), 454);
    }

    void textOnItsBackground_data()
    {
        QTest::addColumn<QColor>("text");
        QTest::addColumn<QColor>("background");
        for (const bool dark : { false, true }) {
            const ThemeColors &set = dark ? Theme::dark() : Theme::light();
            for (const Theme::TextPair &pair : Theme::textPairs(set)) {
                QTest::addRow("%s: %s", dark ? "dark" : "light", qPrintable(pair.name))
                    << pair.text << pair.background;
            }
        }
    }
    void textOnItsBackground()
    {
        QFETCH(QColor, text);
        QFETCH(QColor, background);
        const double ratio = Theme::contrast(text, background);
        QVERIFY2(ratio >= 4.5,
            qPrintable(u"%1 on %2: %3:1"_s.arg(text.name(), background.name()).arg(ratio, 0, 'f', 2)));
    }

    // A colour a user chose stays; the text on it is black or white, whichever reads.
    void textOnUserColours_data()
    {
        QTest::addColumn<QColor>("background");
        for (const QString &value : Theme::cardColors()) {
            if (!value.isEmpty())
                QTest::addRow("card %s", qPrintable(value)) << QColor::fromString(value);
        }
        for (const QColor &color : Theme::noteColors()) {
            if (color.isValid())
                QTest::addRow("note %s", qPrintable(color.name())) << color;
        }
        for (const char *other : { "#000000", "#1f4e79", "#d62728", "#808080", "#ffff00" })
            QTest::addRow("other %s", other) << QColor::fromString(QLatin1StringView(other));
    }
    void textOnUserColours()
    {
        QFETCH(QColor, background);
        QVERIFY(Theme::contrast(Theme::textOn(background), background) >= 4.5);
    }

    void choiceNamesAndSettings()
    {
        Theme::Choice choice = Theme::System;
        QVERIFY(Theme::parse(u"dark"_s, &choice));
        QCOMPARE(choice, Theme::Dark);
        QVERIFY(Theme::parse(u"Light"_s, &choice));
        QCOMPARE(choice, Theme::Light);
        QVERIFY(!Theme::parse(u"purple"_s, &choice));
        QCOMPARE(choice, Theme::Light);
        Theme::saveChoice(Theme::Dark);
        QCOMPARE(Theme::savedChoice(), Theme::Dark);
        Theme::saveChoice(Theme::System);
        QCOMPARE(Theme::savedChoice(), Theme::System);
    }

    // View ▸ Theme: exclusive choices; the one picked applies at once and is kept.
    void menuChoosesAndKeeps()
    {
        QWidget window;
        std::unique_ptr<QMenu> menu(Theme::instance()->createMenu(&window));
        QAction *dark = menu->findChild<QAction *>(u"theme_dark"_s);
        QAction *system = menu->findChild<QAction *>(u"theme_system"_s);
        QVERIFY(dark && system);
        QCOMPARE(menu->actions().size(), 3);
        QVERIFY(system->isChecked());
        dark->trigger();
        QVERIFY(dark->isChecked());
        QVERIFY(!system->isChecked());
        QCOMPARE(Theme::instance()->choice(), Theme::Dark);
        QVERIFY(Theme::colors().dark);
        QCOMPARE(QSettings().value(u"theme"_s).toString(), u"dark"_s);
        system->trigger();
        QCOMPARE(QSettings().value(u"theme"_s).toString(), u"system"_s);
        QVERIFY(!Theme::colors().dark);
    }

    // Left to System, the theme follows the desktop when its palette turns dark and back.
    void systemFollowsThePalette()
    {
        Theme::instance()->setChoice(Theme::System);
        const QPalette original = QApplication::palette();
        QVERIFY(!Theme::colors().dark);
        QSignalSpy changed(Theme::instance(), &Theme::changed);
        QApplication::setPalette(Theme::darkPalette());
        QCOMPARE(changed.count(), 1);
        QVERIFY(Theme::colors().dark);
        QApplication::setPalette(original);
        QCOMPARE(changed.count(), 2);
        QVERIFY(!Theme::colors().dark);
    }

    // The open map repaints in the new colours: its background, lanes and a plain card.
    void switchRepaintsTheMap()
    {
        QTemporaryDir dir;
        const auto doc = openSample(dir);
        QVERIFY(doc);
        Theme::instance()->setChoice(Theme::Light);
        StoryMapScene scene(doc.get());
        StoryMapView view(&scene);
        view.resize(900, 600);
        scene.buildAllCards(); // cards are items where a view shows them; this one is not shown
        StoryCardItem *plain = nullptr;
        for (QGraphicsItem *item : scene.items()) {
            auto *card = dynamic_cast<StoryCardItem *>(item);
            if (card && !doc->story(card->storyId()).color.isValid()) {
                plain = card;
                break;
            }
        }
        QVERIFY(plain);
        const QRectF source = scene.itemsBoundingRect();
        const QPointF probe = plain->mapToScene(
            QPointF(StoryMapStyle::CardWidth / 2, StoryMapStyle::CardHeight - 3)) - source.topLeft();

        const QImage light = renderScene(scene, source);
        QVERIFY(meanLightness(light) > 0.75);
        QVERIFY(distance(light.pixelColor(probe.toPoint()), Theme::light().cardPaper) < 12);

        QSignalSpy changed(Theme::instance(), &Theme::changed);
        Theme::instance()->setChoice(Theme::Dark);
        QCOMPARE(changed.count(), 1);
        QVERIFY(Theme::instance()->isDark());
        const QImage dark = renderScene(scene, source);
        QVERIFY2(meanLightness(dark) < 0.35, qPrintable(QString::number(meanLightness(dark))));
        QVERIFY(distance(dark.pixelColor(probe.toPoint()), Theme::dark().cardPaper) < 12);
        QCOMPARE(view.backgroundBrush().color(), Theme::dark().canvas);
        // Widgets follow: the application's palette is dark too.
        QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() < 0.3);

        Theme::instance()->setChoice(Theme::Light);
        QCOMPARE(changed.count(), 2);
        QVERIFY(meanLightness(renderScene(scene, source)) > 0.75);
        QCOMPARE(view.backgroundBrush().color(), Theme::light().canvas);
    }

    void switchRepaintsTheBoard()
    {
        QTemporaryDir dir;
        const auto doc = openSample(dir);
        QVERIFY(doc);
        Theme::instance()->setChoice(Theme::Light);
        ReleaseBoardScene scene(doc.get());
        scene.rebuild();
        QCOMPARE(scene.backgroundBrush().color(), Theme::light().boardCanvas);
        const QRectF source = scene.itemsBoundingRect();
        QVERIFY(meanLightness(renderScene(scene, source)) > 0.75);
        Theme::instance()->setChoice(Theme::Dark);
        QCOMPARE(scene.backgroundBrush().color(), Theme::dark().boardCanvas);
        QVERIFY(meanLightness(renderScene(scene, source)) < 0.35);
    }

    // An open chart is drawn anew in the new colours: Qt Charts' dark theme, the dark series.
    void switchRedrawsTheCharts()
    {
        QTemporaryDir dir;
        const auto doc = openSample(dir);
        QVERIFY(doc);
        Theme::instance()->setChoice(Theme::Light);
        ChartPanel panel(doc.get());
        panel.setRequest(ChartRequest {});
        panel.show();
        QCOMPARE(panel.chartView()->chart()->theme(), QChart::ChartThemeLight);
        Theme::instance()->setChoice(Theme::Dark);
        QTRY_COMPARE(panel.chartView()->chart()->theme(), QChart::ChartThemeDark);
        QStringList colours;
        for (QAbstractSeries *series : panel.chartView()->chart()->series()) {
            if (auto *line = qobject_cast<QLineSeries *>(series))
                colours.append(line->pen().color().name());
        }
        QVERIFY2(colours.contains(Theme::dark().chartTarget.name()), qPrintable(colours.join(u' ')));
    }

    // Paper and pictures are always light, whatever the screen shows.
    void exportsStayLight_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("map png") << u"map"_s;
        QTest::newRow("vision png") << u"vision"_s;
    }
    void exportsStayLight()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const auto doc = openSample(dir);
        QVERIFY(doc);
        Theme::instance()->setChoice(Theme::Dark);
        const QString path = dir.filePath(u"out.png"_s);
        QString error;
        const bool ok = kind == "map"_L1
            ? MapExport::writePng(*doc, path, 48, &error)
            : VisionExport::writePng(*doc, path, QPageSize::A4, 50, &error);
        QVERIFY2(ok, qPrintable(error));
        const QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY2(meanLightness(image) > 0.75, qPrintable(QString::number(meanLightness(image))));
        QCOMPARE(image.pixelColor(1, 1), Theme::light().page);
        // The screen is still dark afterwards.
        QVERIFY(Theme::colors().dark);
    }

    // The totals rows of activities and steps read on the list in both themes.
    void outlineTotalsReadable_data()
    {
        QTest::addColumn<int>("choice");
        QTest::newRow("light") << int(Theme::Light);
        QTest::newRow("dark") << int(Theme::Dark);
    }
    void outlineTotalsReadable()
    {
        QFETCH(int, choice);
        QTemporaryDir dir;
        const auto doc = openSample(dir);
        QVERIFY(doc);
        Theme::instance()->setChoice(Theme::Choice(choice));
        OutlineView outline(doc.get());
        QTreeView *tree = outline.tree();
        auto *delegate = qobject_cast<OutlineDelegate *>(tree->itemDelegate());
        QVERIFY(delegate);
        const QModelIndex activity = tree->model()->index(0, 0);
        QVERIFY(tree->model()->hasChildren(activity));
        int checked = 0;
        for (int column = 1; column < tree->model()->columnCount(); ++column) {
            const QModelIndex totals = activity.siblingAtColumn(column);
            if (totals.data().toString().isEmpty())
                continue;
            QStyleOptionViewItem option;
            option.initFrom(tree);
            delegate->initStyleOption(&option, totals);
            const QColor text = option.palette.color(QPalette::Text);
            for (auto role : { QPalette::Base, QPalette::AlternateBase }) {
                const QColor background = tree->palette().color(role);
                QVERIFY2(Theme::contrast(text, background) >= 4.5,
                    qPrintable(u"%1 on %2"_s.arg(text.name(), background.name())));
            }
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    // An unticked box in a list (a goal's stories and releases) and an unchosen radio button
    // can be seen: their frames stand out from what surrounds them by 3:1 at least (WCAG's
    // measure for the parts of a control). Qt 6.4's Fusion drew them as dark as the dark set's
    // background.
    void uncheckedBoxesShow_data()
    {
        QTest::addColumn<int>("choice");
        QTest::newRow("light") << int(Theme::Light);
        QTest::newRow("dark") << int(Theme::Dark);
    }
    void uncheckedBoxesShow()
    {
        QFETCH(int, choice);
        Theme::instance()->setChoice(Theme::Choice(choice));
        // The strongest contrast of any pixel of `area` in `picture` against `around`.
        const auto strongest = [](const QImage &picture, const QRect &area, const QColor &around) {
            double best = 1;
            for (int y = area.top(); y <= area.bottom(); ++y) {
                for (int x = area.left(); x <= area.right(); ++x)
                    best = std::max(best, Theme::contrast(picture.pixelColor(x, y), around));
            }
            return best;
        };
        QListWidget list;
        auto *item = new QListWidgetItem(u"Release 3 – Delight"_s, &list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        list.resize(240, 80);
        QStyleOptionViewItem option;
        option.initFrom(&list);
        option.rect = list.visualItemRect(item);
        option.features |= QStyleOptionViewItem::HasCheckIndicator;
        const QRect box = list.style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, &list);
        QVERIFY(!box.isEmpty());
        const QImage shown = list.viewport()->grab().toImage();
        const double boxContrast = strongest(shown, box, list.palette().color(QPalette::Base));
        QVERIFY2(boxContrast >= 3, qPrintable(u"the box's frame: %1:1"_s.arg(boxContrast)));

        QRadioButton radio(u"Kanban"_s);
        radio.resize(radio.sizeHint());
        QStyleOptionButton radioOption;
        radioOption.initFrom(&radio);
        const QRect circle = radio.style()->subElementRect(QStyle::SE_RadioButtonIndicator, &radioOption, &radio);
        const double circleContrast = strongest(radio.grab().toImage(), circle, radio.palette().color(QPalette::Window));
        QVERIFY2(circleContrast >= 3, qPrintable(u"the circle's frame: %1:1"_s.arg(circleContrast)));
    }

    // `valuemap --sample --screen map --theme dark --screenshot x.png` gives a dark picture.
    void commandLineDarkScreenshot()
    {
        QTemporaryDir dir;
        const QString shot = dir.filePath(u"map.png"_s);
        const Test::ProcessRun run = Test::runProgram(QString::fromUtf8(VALUEMAP_EXECUTABLE),
            { u"--sample"_s, u"--screen"_s, u"map"_s, u"--theme"_s, u"dark"_s, u"--screenshot"_s, shot });
        QCOMPARE(run.exitCode, 0);
        const QImage image(shot);
        QVERIFY(!image.isNull());
        QVERIFY2(meanLightness(image) < 0.35, qPrintable(QString::number(meanLightness(image))));
        const Test::ProcessRun bad = Test::runProgram(QString::fromUtf8(VALUEMAP_EXECUTABLE),
            { u"--theme"_s, u"purple"_s, u"--screenshot"_s, shot });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(u"purple"_s));
    }

    // One place defines colours: a literal anywhere else in views/ or app/ is a defect.
    void noColourLiteralsOutsideTheTheme()
    {
        const QRegularExpression literal(
            uR"(QColor\s*\w*\s*[({]\s*(0x|\d|"|u")|QColor::fromRgbF?\(\s*(0x|\d)|)"
            uR"(Qt::(white|black|red|green|blue|cyan|magenta|yellow|gray|darkGray|lightGray|)"
            uR"(darkRed|darkGreen|darkBlue)\b|#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|)"
            uR"(:\s*(black|white)\s*;|\brgba?\(\s*\d)"_s);
        QStringList found;
        int files = 0;
        for (const QString &folder : { u"views"_s, u"app"_s }) {
            QDirIterator it(sourceDir() + u'/' + folder, { u"*.cpp"_s, u"*.h"_s }, QDir::Files,
                QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path.contains(u"/widgets/theme."_s))
                    continue;
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                ++files;
                const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
                for (qsizetype i = 0; i < lines.size(); ++i) {
                    const QString code = lines[i].section(u"//"_s, 0, 0);
                    if (literal.match(code).hasMatch())
                        found.append(u"%1:%2: %3"_s.arg(path.section(u'/', -2), QString::number(i + 1),
                            lines[i].trimmed()));
                }
            }
        }
        QVERIFY(files > 50);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
