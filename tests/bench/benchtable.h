#pragma once

#include <QList>
#include <QString>

#include <functional>

class QTextStream;

namespace Valuemap::Bench {

struct Figure
{
    double median = -1;
    double worst = -1;
    bool isValid() const { return median >= 0; }
};

// The median and worst of `runs` runs of work, in milliseconds of wall-clock time.
Figure measure(int runs, const std::function<void()> &work);
// The same of figures that work measures itself (to leave set-up or tear-down out).
Figure measureValue(int runs, const std::function<double()> &work);
// The median and worst of figures taken elsewhere.
Figure summarize(QList<double> ms);

// The rows of the printed table; a baseline row follows the figures it is the floor of.
enum class Line {
    Open, OpenBase,
    Retitle, Move, EditBase,
    Frame, FrameBase, Scroll, Fit, FitBase,
    VisionPdf, MapPdf, Json,
    Rss,
    Count
};

// The results of a run, printed as Markdown tables: figures by plan size, baselines, ratios.
class Results
{
public:
    explicit Results(QList<int> sizes);
    void set(Line row, int column, const Figure &figure);
    void setValue(Line row, int column, double value) { set(row, column, { value, value }); }
    void setEmptyAppRss(double mb) { m_emptyAppRss = mb; }
    void print(QTextStream &out, int runs, const Figure &start, const Figure &emptyStart) const;

private:
    Figure at(Line row, int column) const;
    QString ratio(Line row, Line base, int column) const;

    QList<int> m_sizes;
    QList<QList<Figure>> m_figures; // [row][column]
    double m_emptyAppRss = 0;
};

} // namespace Valuemap::Bench
