#pragma once

#include <QColor>
#include <QWidget>

#include <functional>

class QMenu;
#include <QList>
#include <QObject>
#include <QPalette>
#include <QString>
#include <QStringList>

namespace Valuemap {

// Every colour the canvases, the release board, the charts, the slides, the outline and the
// paper renderers paint with. One light and one dark set (theme.cpp); nothing else in views/
// names a colour. Text roles are paired with their backgrounds in Theme::textPairs(), where a
// test holds each pair to WCAG's 4.5:1.
struct ThemeColors
{
    bool dark = false;

    // Canvases and the surfaces on them (lane headers, board slots, vision areas).
    QColor page; // a sheet of paper, an exported picture
    QColor canvas; // the story map behind its lanes
    QColor canvasShaded; // every other lane of the map
    QColor boardCanvas; // behind the release board and the vision board
    QColor panel; // lane headers, slice rows, the vision board's areas
    QColor panelAlt; // the unplanned slice, the vision areas other than the vision
    QColor panelHighlight; // a selected lane header, the vision area, a drop target
    QColor line; // lane separators, borders of slots and areas
    QColor ink; // text on canvases and panels
    QColor muted; // secondary text on canvases and panels
    QColor accent; // selection, the current slice, focus
    QColor accentText; // titles in the accent colour (vision areas)
    QColor warning; // red: not a working product, over capacity, errors on a canvas
    QColor warningFill; // behind a missing activity of a slice
    QColor caution; // amber text: check this
    QColor success; // green text and marks: done, a working product
    QColor hint; // the vision board's orange hints
    QColor track; // the empty part of a progress bar
    QColor progress; // the done part of a progress bar

    // Cards and notes.
    QColor cardPaper; // a card or note without a colour of its own
    QColor cardText; // text on cardPaper (on a user's colour: Theme::textOn)
    QColor cardShadow;
    QColor activity; // backbone activities without a colour of their own
    QColor step; // backbone steps without a colour of their own
    QColor chip; // the estimate chip on a card
    QColor chipText;
    QColor personaChip; // a persona without a colour of its own
    QColor statusTodo, statusInProgress, statusDone, statusBlocked;
    QColor columnHeader; // the release board's activity headers
    QColor columnHeaderText;
    QColor editorPaper; // inline note and title editors

    // Charts (Qt Charts' light or dark theme underneath, these series on top).
    QColor chartMetric, chartTarget, chartBaseline, chartIncrement, chartPlanned, chartRelease;
    QColor chartText; // labels on the planned bars
    QColor chartBackground; // behind the plot, for marker outlines

    // Presentation slides.
    QColor slide, slideText, slideMuted, slideButton, slideHighlight, slideHighlightText;
    QColor slideCell, slideCellDone, slideGood, slideBad, slideAccent;
    QColor blank; // the blanked projector

    // Widgets that sit on the application palette.
    QColor errorText;
    QColor bannerPaper, bannerText, bannerLine;
    QColor timerGlow;
};

class Theme final : public QObject
{
    Q_OBJECT
public:
    enum Choice { System, Light, Dark };

    static Theme *instance();

    // The set to paint with now: the screen's, or the light one inside a PaperScope.
    static const ThemeColors &colors();
    static const ThemeColors &light();
    static const ThemeColors &dark();
    // Paper, PDF, print and exported pictures always use the light set.
    static const ThemeColors &paper() { return light(); }

    Choice choice() const { return m_choice; }
    // Sets the application's palette to match and emits changed() when the screen set changes.
    void setChoice(Choice choice);
    bool isDark() const { return m_dark; }

    // View ▸ Theme: System, Light, Dark (checkable, exclusive); a choice is kept in the settings.
    QMenu *createMenu(QWidget *parent);

    static QString name(Choice choice);
    static bool parse(const QString &text, Choice *choice);
    static Choice savedChoice(); // QSettings key "theme": system, light or dark
    static void saveChoice(Choice choice);

    static double luminance(const QColor &color); // WCAG relative luminance
    static double contrast(const QColor &a, const QColor &b); // WCAG contrast ratio, 1 to 21
    // Black or white text, whichever reads better on a colour a user chose.
    static QColor textOn(const QColor &background);
    static QPalette darkPalette();
    // Colours that name things rather than style them: a voter's dots, the note and card
    // colours a user can pick (stored in the plan). The same in both sets.
    static QColor voterColor(int rank);
    // Yellow (none stored), orange, pink, blue, green, purple, white.
    static QList<QColor> noteColors();
    // Default (none stored), yellow, orange, pink, purple, blue, green, grey: "#rrggbb".
    static QStringList cardColors();

    // Sets a widget's style sheet from the current set, and again after every switch.
    static void followStyleSheet(QWidget *widget, std::function<QString(const ThemeColors &)> sheet);
    // An error message's label: the theme's error colour, following switches.
    static void markAsError(QWidget *label);

    struct TextPair
    {
        QString name;
        QColor text;
        QColor background;
    };
    static QList<TextPair> textPairs(const ThemeColors &set);

    // While one lives, colors() is the paper set: exports render the screen's items in it.
    class PaperScope
    {
    public:
        PaperScope();
        ~PaperScope();
        PaperScope(const PaperScope &) = delete;
        PaperScope &operator=(const PaperScope &) = delete;
    };

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit Theme(QObject *parent);
    void update();

    Choice m_choice = System;
    bool m_dark = false;
    bool m_applying = false;
    bool m_paletteSet = false;
    QPalette m_systemPalette;
    QString m_systemStyle;
};

// A role by name, usable where a QColor is: painters keep their short names (Ink, Accent) and
// get the colour of the set being painted in. Paper roles always give the light set.
struct ThemeRole
{
    QColor ThemeColors::*member;
    bool paper = false;

    QColor color() const { return (paper ? Theme::paper() : Theme::colors()).*member; }
    operator QColor() const { return color(); }
    QColor lighter(int factor = 150) const { return color().lighter(factor); }
    QColor darker(int factor = 200) const { return color().darker(factor); }
};

} // namespace Valuemap
