#include "widgets/theme.h"

#include "widgets/themestyle.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QEvent>
#include <QHash>
#include <QPointer>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

QColor rgb(QRgb value) { return QColor::fromRgb(value); }
QColor rgba(QRgb value, int alpha)
{
    QColor c = QColor::fromRgb(value);
    c.setAlpha(alpha);
    return c;
}

ThemeColors makeLight()
{
    ThemeColors t;
    t.dark = false;
    t.page = rgb(0xffffff);
    t.canvas = rgb(0xfbfcfd);
    t.canvasShaded = rgb(0xf3f5f8);
    t.boardCanvas = rgb(0xeef0f4);
    t.panel = rgb(0xffffff);
    t.panelAlt = rgb(0xf6f7f9);
    t.panelHighlight = rgb(0xe1ecfa);
    t.line = rgb(0xc9d1db);
    t.ink = rgb(0x1d232b);
    t.muted = rgb(0x575f6b);
    t.accent = rgb(0x267dd9);
    t.accentText = rgb(0x1f5a8c);
    t.warning = rgb(0xb42318);
    t.warningFill = rgb(0xfdeeec);
    t.caution = rgb(0x8a5700);
    t.success = rgb(0x256b2a);
    t.hint = rgb(0xa33e00);
    t.track = rgb(0xe3e6ea);
    t.progress = rgb(0x2e9e5b);

    t.cardPaper = rgb(0xfff4b8);
    t.cardText = rgb(0x1d232b);
    t.cardShadow = rgba(0x000000, 28);
    t.activity = rgb(0x1f4e79);
    t.step = rgb(0xd6e6f5);
    t.chip = rgb(0x1d232b);
    t.chipText = rgb(0xffffff);
    t.personaChip = rgb(0xe3e6ea);
    t.statusTodo = rgb(0xa0a7b1);
    t.statusInProgress = rgb(0x267dd9);
    t.statusDone = rgb(0x2e9e5b);
    t.statusBlocked = rgb(0xd93b2b);
    t.columnHeader = rgb(0x2f3e4e);
    t.columnHeaderText = rgb(0xffffff);
    t.editorPaper = rgb(0xfffdf0);

    t.chartMetric = rgb(0x2b6cb0);
    t.chartTarget = rgb(0x2f855a);
    t.chartBaseline = rgb(0x718096);
    t.chartIncrement = rgb(0xdd6b20);
    t.chartPlanned = rgb(0xb8c7db);
    t.chartRelease = rgb(0x805ad5);
    t.chartText = rgb(0x2d3748);
    t.chartBackground = rgb(0xffffff);

    t.slide = rgb(0xffffff);
    t.slideText = rgb(0x10141a);
    t.slideMuted = rgb(0x3c4450);
    t.slideButton = rgb(0xeeeeee);
    t.slideHighlight = rgb(0x0b57d0);
    t.slideHighlightText = rgb(0xffffff);
    t.slideCell = rgb(0xf4f6f9);
    t.slideCellDone = rgb(0xeef7f0);
    t.slideGood = rgb(0x176b3a);
    t.slideBad = rgb(0xa81c12);
    t.slideAccent = rgb(0x1f4e79);
    t.blank = rgb(0x000000);

    t.errorText = rgb(0xb42318);
    t.bannerPaper = rgb(0xfff3cd);
    t.bannerText = rgb(0x5c4400);
    t.bannerLine = rgb(0xe0c36a);
    t.timerGlow = rgb(0xffc857);
    return t;
}

ThemeColors makeDark()
{
    ThemeColors t;
    t.dark = true;
    t.page = rgb(0x1b1f24);
    t.canvas = rgb(0x1b1f24);
    t.canvasShaded = rgb(0x22272e);
    t.boardCanvas = rgb(0x16191d);
    t.panel = rgb(0x2a3038);
    t.panelAlt = rgb(0x23292f);
    t.panelHighlight = rgb(0x1f3a5c);
    t.line = rgb(0x46505c);
    t.ink = rgb(0xe8ebef);
    t.muted = rgb(0xaab2bd);
    t.accent = rgb(0x5a9cf0);
    t.accentText = rgb(0x8cbcf5);
    t.warning = rgb(0xff8a7a);
    t.warningFill = rgb(0x45221f);
    t.caution = rgb(0xf0b44c);
    t.success = rgb(0x6fd39a);
    t.hint = rgb(0xffa564);
    t.track = rgb(0x3a424c);
    t.progress = rgb(0x3fb56e);

    t.cardPaper = rgb(0x4d4528);
    t.cardText = rgb(0xf5f1e0);
    t.cardShadow = rgba(0x000000, 90);
    t.activity = rgb(0x2b5d8c);
    t.step = rgb(0x2c3e52);
    t.chip = rgb(0xe8ebef);
    t.chipText = rgb(0x1b1f24);
    t.personaChip = rgb(0x3a424c);
    t.statusTodo = rgb(0x7d8590);
    t.statusInProgress = rgb(0x5a9cf0);
    t.statusDone = rgb(0x3fb56e);
    t.statusBlocked = rgb(0xff6b5b);
    t.columnHeader = rgb(0x33475c);
    t.columnHeaderText = rgb(0xffffff);
    t.editorPaper = rgb(0x2a2f36);

    t.chartMetric = rgb(0x6aa8ee);
    t.chartTarget = rgb(0x58c98b);
    t.chartBaseline = rgb(0x9aa7b8);
    t.chartIncrement = rgb(0xf59e5b);
    t.chartPlanned = rgb(0x52647a);
    t.chartRelease = rgb(0xb39af2);
    t.chartText = rgb(0xe8ebef);
    t.chartBackground = rgb(0x1e2227);

    t.slide = rgb(0x121417);
    t.slideText = rgb(0xf2f4f7);
    t.slideMuted = rgb(0xb8c0cc);
    t.slideButton = rgb(0x2a2f36);
    t.slideHighlight = rgb(0x5a9cf0);
    t.slideHighlightText = rgb(0x0b0d10);
    t.slideCell = rgb(0x1f242b);
    t.slideCellDone = rgb(0x1c3326);
    t.slideGood = rgb(0x6fdc9c);
    t.slideBad = rgb(0xff8a7a);
    t.slideAccent = rgb(0x8cbcf5);
    t.blank = rgb(0x000000);

    t.errorText = rgb(0xff8a7a);
    t.bannerPaper = rgb(0x3d3417);
    t.bannerText = rgb(0xf5dc8a);
    t.bannerLine = rgb(0x7a6420);
    t.timerGlow = rgb(0x8a6414);
    return t;
}

const ThemeColors *current = nullptr; // the screen's set
int paperDepth = 0;

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

} // namespace

Theme::Theme(QObject *parent) : QObject(parent)
{
    current = &light();
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return; // no widgets, no palette: the light set
    m_systemPalette = QApplication::palette();
    if (QApplication::style())
        m_systemStyle = ThemeStyle::nameOf(QApplication::style());
    m_dark = m_systemPalette.color(QPalette::Window).lightnessF() < 0.5;
    current = m_dark ? &dark() : &light();
    qApp->installEventFilter(this);
}

Theme *Theme::instance()
{
    static QPointer<Theme> theme;
    if (!theme)
        theme = new Theme(QCoreApplication::instance());
    return theme;
}

const ThemeColors &Theme::light()
{
    static const ThemeColors set = makeLight();
    return set;
}

const ThemeColors &Theme::dark()
{
    static const ThemeColors set = makeDark();
    return set;
}

const ThemeColors &Theme::colors()
{
    if (paperDepth > 0)
        return paper();
    if (!current)
        instance(); // decides from the palette
    return current ? *current : light();
}

void Theme::setChoice(Choice choice)
{
    m_choice = choice;
    update();
}

void Theme::update()
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return;
    const bool systemDark = m_systemPalette.color(QPalette::Window).lightnessF() < 0.5;
    const bool dark = m_choice == Dark || (m_choice == System && systemDark);
    // Widgets follow the canvases: the system's own palette where it already matches, else
    // Fusion with a palette of the chosen kind.
    m_applying = true;
    if (dark != systemDark) {
        QApplication::setStyle(ThemeStyle::create(u"Fusion"_s));
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        m_paletteSet = true;
    } else if (m_paletteSet) {
        if (!m_systemStyle.isEmpty() && ThemeStyle::nameOf(QApplication::style()) != m_systemStyle)
            QApplication::setStyle(ThemeStyle::create(m_systemStyle));
        QApplication::setPalette(m_systemPalette);
        m_paletteSet = false;
    }
    // Fusion (also the platform's choice where it has none of its own) with visible box
    // frames. Here, where a choice is applied, not wherever the theme is first asked for (that
    // may be in the middle of painting with the style it replaces).
    if (QApplication::style() && !dynamic_cast<ThemeStyle *>(QApplication::style())
        && ThemeStyle::nameOf(QApplication::style()).compare("fusion"_L1, Qt::CaseInsensitive) == 0)
        QApplication::setStyle(ThemeStyle::create(u"Fusion"_s));
    m_applying = false;
    const bool changedSet = dark != m_dark;
    m_dark = dark;
    current = dark ? &Theme::dark() : &light();
    if (changedSet)
        emit changed();
}

QMenu *Theme::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Theme"), parent);
    menu->setObjectName(u"themeMenu"_s);
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    const std::pair<Choice, QString> entries[] = {
        { System, tr("&System") },
        { Light, tr("&Light") },
        { Dark, tr("&Dark") },
    };
    for (const auto &entry : entries) {
        const Choice choice = entry.first; // a plain variable: clang 14 cannot capture bindings
        QAction *action = menu->addAction(entry.second);
        action->setObjectName(u"theme_"_s + name(choice));
        action->setCheckable(true);
        action->setChecked(choice == m_choice);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice] {
            setChoice(choice);
            saveChoice(choice);
        });
    }
    // A choice made elsewhere (the command line, another window) shows here too.
    connect(menu, &QMenu::aboutToShow, menu, [this, menu] {
        for (QAction *action : menu->actions())
            action->setChecked(action->objectName() == u"theme_"_s + name(m_choice));
    });
    return menu;
}

bool Theme::eventFilter(QObject *watched, QEvent *event)
{
    // The desktop switched between light and dark: follow it when the user left it to System.
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange && !m_applying
        && !m_paletteSet) {
        m_systemPalette = QApplication::palette();
        update();
    }
    return QObject::eventFilter(watched, event);
}

QString Theme::name(Choice choice)
{
    switch (choice) {
    case Light:
        return u"light"_s;
    case Dark:
        return u"dark"_s;
    case System:
        break;
    }
    return u"system"_s;
}

bool Theme::parse(const QString &text, Choice *choice)
{
    for (Choice c : { System, Light, Dark }) {
        if (text.compare(name(c), Qt::CaseInsensitive) == 0) {
            *choice = c;
            return true;
        }
    }
    return false;
}

Theme::Choice Theme::savedChoice()
{
    Choice choice = System;
    parse(QSettings().value(u"theme"_s).toString(), &choice);
    return choice;
}

void Theme::saveChoice(Choice choice)
{
    QSettings().setValue(u"theme"_s, name(choice));
}

double Theme::luminance(const QColor &color)
{
    const QColor c = color.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double Theme::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Theme::textOn(const QColor &background)
{
    // Painters ask for every coloured card in every frame; a plan has a handful of colours.
    static QHash<QRgb, QColor> chosen;
    const QRgb key = background.rgba();
    if (const auto it = chosen.constFind(key); it != chosen.constEnd())
        return *it;
    const QColor ink = light().ink; // softer than black, where it reads as well
    const QColor white = rgb(0xffffff);
    const QColor black = rgb(0x000000);
    const QColor dark = contrast(ink, background) >= 4.5 ? ink : black;
    const QColor text = contrast(dark, background) >= contrast(white, background) ? dark : white;
    if (chosen.size() > 256)
        chosen.clear();
    chosen.insert(key, text);
    return text;
}

QPalette Theme::darkPalette()
{
    QPalette p;
    const QColor window = rgb(0x2b2f35);
    const QColor base = rgb(0x1e2227);
    const QColor text = rgb(0xe8ebef);
    const QColor disabled = rgb(0x8a919b);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, rgb(0x262a30));
    p.setColor(QPalette::ToolTipBase, rgb(0x33383f));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, rgb(0x353a41));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, rgb(0xff8a7a));
    p.setColor(QPalette::Light, rgb(0x454b53));
    p.setColor(QPalette::Midlight, rgb(0x3b4047));
    p.setColor(QPalette::Mid, rgb(0x24272c));
    p.setColor(QPalette::Dark, rgb(0x1a1d21));
    p.setColor(QPalette::Shadow, rgb(0x0d0f11));
    p.setColor(QPalette::Highlight, rgb(0x2f6fd6));
    p.setColor(QPalette::HighlightedText, rgb(0xffffff));
    p.setColor(QPalette::Link, rgb(0x8cbcf5));
    p.setColor(QPalette::LinkVisited, rgb(0xb39af2));
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QColor Theme::voterColor(int rank)
{
    // Strong colours that stay apart on yellow cards and on a washed-out projector.
    static const QRgb colors[] = { 0xd62728, 0x1f5fd1, 0x2ca02c, 0xff7f0e, 0x943cc3, 0x17a5b8,
        0xe33ba7, 0x8c563b, 0x0b2e6f, 0x6b8e23, 0x800020, 0x3d3d3d };
    constexpr int count = int(std::size(colors));
    return rgb(colors[((rank % count) + count) % count]);
}

QList<QColor> Theme::noteColors()
{
    return { QColor(), rgb(0xf6c9a8), rgb(0xf7c6d9), rgb(0xb9d7f0), rgb(0xcfe8c4), rgb(0xddd0f0),
        rgb(0xffffff) };
}

QStringList Theme::cardColors()
{
    return { QString(), u"#fff4b8"_s, u"#ffd8a8"_s, u"#ffc9de"_s, u"#e5d4ff"_s, u"#cfe3ff"_s,
        u"#c8f0d2"_s, u"#e3e6ea"_s };
}

QList<Theme::TextPair> Theme::textPairs(const ThemeColors &t)
{
    return {
        { u"ink on canvas"_s, t.ink, t.canvas },
        { u"ink on shaded lane"_s, t.ink, t.canvasShaded },
        { u"ink on panel"_s, t.ink, t.panel },
        { u"ink on other panel"_s, t.ink, t.panelAlt },
        { u"ink on highlighted panel"_s, t.ink, t.panelHighlight },
        { u"muted on canvas"_s, t.muted, t.canvas },
        { u"muted on shaded lane"_s, t.muted, t.canvasShaded },
        { u"muted on board"_s, t.muted, t.boardCanvas },
        { u"muted on panel"_s, t.muted, t.panel },
        { u"muted on other panel"_s, t.muted, t.panelAlt },
        { u"muted on highlighted panel"_s, t.muted, t.panelHighlight },
        { u"accent text on panel"_s, t.accentText, t.panel },
        { u"accent text on highlighted panel"_s, t.accentText, t.panelHighlight },
        { u"warning on panel"_s, t.warning, t.panel },
        { u"warning on other panel"_s, t.warning, t.panelAlt },
        { u"warning on missing cell"_s, t.warning, t.warningFill },
        { u"caution on panel"_s, t.caution, t.panel },
        { u"success on panel"_s, t.success, t.panel },
        { u"hint on panel"_s, t.hint, t.panelAlt },
        { u"hint on highlighted panel"_s, t.hint, t.panelHighlight },
        { u"card text on card paper"_s, t.cardText, t.cardPaper },
        { u"text on activity"_s, textOn(t.activity), t.activity },
        { u"text on step"_s, textOn(t.step), t.step },
        { u"chip text on chip"_s, t.chipText, t.chip },
        { u"ink on persona chip"_s, textOn(t.personaChip), t.personaChip },
        { u"column header text"_s, t.columnHeaderText, t.columnHeader },
        { u"ink on editor"_s, t.ink, t.editorPaper },
        { u"chart text on planned bar"_s, t.chartText, t.chartPlanned },
        { u"text on delivered bar"_s, textOn(t.chartTarget), t.chartTarget },
        { u"slide text"_s, t.slideText, t.slide },
        { u"slide muted"_s, t.slideMuted, t.slide },
        { u"slide muted on cell"_s, t.slideMuted, t.slideCell },
        { u"slide text on cell"_s, t.slideText, t.slideCell },
        { u"slide text on done cell"_s, t.slideText, t.slideCellDone },
        { u"slide good"_s, t.slideGood, t.slide },
        { u"slide bad"_s, t.slideBad, t.slide },
        { u"slide accent"_s, t.slideAccent, t.slide },
        { u"slide muted on done cell"_s, t.slideMuted, t.slideCellDone },
        { u"slide good on done cell"_s, t.slideGood, t.slideCellDone },
        { u"slide good on cell"_s, t.slideGood, t.slideCell },
        { u"slide bad on cell"_s, t.slideBad, t.slideCell },
        { u"slide bad on done cell"_s, t.slideBad, t.slideCellDone },
        { u"slide accent on cell"_s, t.slideAccent, t.slideCell },
        { u"slide accent on done cell"_s, t.slideAccent, t.slideCellDone },
        { u"slide button"_s, t.slideText, t.slideButton },
        { u"slide highlight"_s, t.slideHighlightText, t.slideHighlight },
        { u"banner"_s, t.bannerText, t.bannerPaper },
        { u"error on window"_s, t.errorText,
            t.dark ? darkPalette().color(QPalette::Window) : rgb(0xefefef) },
    };
}

void Theme::followStyleSheet(QWidget *widget, std::function<QString(const ThemeColors &)> sheet)
{
    widget->setStyleSheet(sheet(colors()));
    connect(instance(), &Theme::changed, widget,
        [widget, sheet = std::move(sheet)] { widget->setStyleSheet(sheet(colors())); });
}

void Theme::markAsError(QWidget *label)
{
    followStyleSheet(
        label, [](const ThemeColors &t) { return u"color: %1;"_s.arg(t.errorText.name()); });
}

Theme::PaperScope::PaperScope() { ++paperDepth; }

Theme::PaperScope::~PaperScope() { --paperDepth; }

} // namespace Valuemap
