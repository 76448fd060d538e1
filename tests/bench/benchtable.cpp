#include "benchtable.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Valuemap::Bench {

namespace {

QString number(double v)
{
    if (v < 0)
        return u"—"_s;
    return QString::number(v, 'f', v < 1 ? 2 : v < 100 ? 1 : 0);
}

QString cell(const Figure &f)
{
    if (!f.isValid())
        return u"—"_s;
    if (f.worst == f.median)
        return number(f.median);
    return number(f.median) + u" / "_s + number(f.worst);
}

struct RowText
{
    Line row;
    const char *label;
    double target; // at 10,000 stories (the map PDF: at 1,000); 0: none
    Line base = Line::Count; // the baseline it is compared with
    double target100k = 0; // at 100,000 stories; 0: none
};

const RowText rows[] = {
    { Line::Open, "**1. Open → first frame of the map**", 150, Line::OpenBase, 1000 },
    { Line::OpenBase, "baseline: SQLite C API scan of the same rows", 0 },
    { Line::Retitle, "**2. Retitle a card, durable + repainted**", 10, Line::EditBase },
    { Line::Move, "**Move a card to another lane, durable + repainted**", 5, Line::EditBase },
    { Line::EditBase, "baseline: overwrite 4 KiB + fdatasync on this disk", 0 },
    { Line::Frame, "**3. Frame at 100 %**", 8, Line::FrameBase },
    { Line::Scroll, "**Frame while scrolling**", 8, Line::FrameBase },
    { Line::FrameBase, "baseline: bare QPainter, the same cards at 100 %", 0 },
    { Line::Fit, "**Frame zoomed to fit all**", 16, Line::FitBase },
    { Line::FitBase, "baseline: bare QPainter, the same cards at fit", 0 },
    { Line::VisionPdf, "**4. Vision statement PDF**", 50 },
    { Line::MapPdf, "**Map PDF, tiled poster (target at 1,000)**", 200 },
    { Line::Json, "**JSON of the whole plan**", 0 },
    { Line::Rss, "**5. Peak RSS with the map shown, MB**", 100, Line::Count, 300 },
};

} // namespace

Figure measure(int runs, const std::function<void()> &work)
{
    return measureValue(runs, [&work] {
        QElapsedTimer timer;
        timer.start();
        work();
        return timer.nsecsElapsed() / 1e6;
    });
}

Figure measureValue(int runs, const std::function<double()> &work)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i)
        ms.append(work());
    return summarize(ms);
}

Figure summarize(QList<double> ms)
{
    if (ms.isEmpty())
        return {};
    std::sort(ms.begin(), ms.end());
    return { ms.at(ms.size() / 2), ms.last() };
}

Results::Results(QList<int> sizes) : m_sizes(std::move(sizes))
{
    m_figures.resize(int(Line::Count));
    for (auto &row : m_figures)
        row.resize(m_sizes.size());
}

void Results::set(Line row, int column, const Figure &figure)
{
    m_figures[int(row)][column] = figure;
}

Figure Results::at(Line row, int column) const
{
    return m_figures[int(row)][column];
}

QString Results::ratio(Line row, Line base, int column) const
{
    const Figure f = at(row, column), b = at(base, column);
    if (!f.isValid() || !b.isValid() || b.median <= 0)
        return {};
    return QString::number(f.median / b.median, 'f', 1) + u"×"_s;
}

void Results::print(QTextStream &out, int runs, const Figure &start, const Figure &emptyStart) const
{
    out << "Median / worst milliseconds of " << runs << " runs or more (edits and frames: "
        << runs * 3 << ", above 20,000 stories " << runs
        << "); ×: the median's ratio to its baseline. Offscreen raster, viewport 1600×1000.\n\n";
    out << "| | target | at target size |";
    for (int n : m_sizes)
        out << ' ' << QLocale(QLocale::English).toString(n) << " stories |";
    out << "\n|---|---:|:---:|";
    for (qsizetype i = 0; i < m_sizes.size(); ++i)
        out << "---:|";
    out << '\n';
    for (const RowText &r : rows) {
        const bool baseline = r.target == 0 && r.row != Line::Json;
        const int targetSize = r.row == Line::MapPdf ? 1000 : 10000;
        const int targetColumn = int(m_sizes.indexOf(targetSize));
        QString verdict;
        if (r.target > 0 && targetColumn >= 0 && at(r.row, targetColumn).isValid()) {
            const bool met = at(r.row, targetColumn).median <= r.target;
            const QString x = r.base == Line::Count ? QString() : ratio(r.row, r.base, targetColumn);
            const bool within = x.isEmpty() || at(r.row, targetColumn).median <= 3 * at(r.base, targetColumn).median;
            verdict = (met ? u"✓"_s : u"✗ slow"_s) + (x.isEmpty() ? QString() : within ? u", ✓ ≤3×"_s : u", ✗ >3×"_s);
        }
        const int largeColumn = int(m_sizes.indexOf(100000));
        if (r.target100k > 0 && largeColumn >= 0 && at(r.row, largeColumn).isValid()) {
            const bool met = at(r.row, largeColumn).median <= r.target100k;
            verdict += (verdict.isEmpty() ? QString() : u"; "_s) + u"100k: "_s + (met ? u"✓"_s : u"✗"_s);
        }
        QString target = r.target > 0 ? u"≤ "_s + number(r.target) : QString();
        if (r.target100k > 0)
            target += u"; ≤ "_s + number(r.target100k) + u" at 100k"_s;
        out << "| " << (baseline ? "  " : "") << r.label << " | " << target << " | " << verdict << " |";
        for (int c = 0; c < m_sizes.size(); ++c) {
            QString text = cell(at(r.row, c));
            if (r.row == Line::Rss && at(r.row, c).isValid())
                text = number(at(r.row, c).median);
            if (r.base != Line::Count && !ratio(r.row, r.base, c).isEmpty())
                text += u" (" + ratio(r.row, r.base, c) + u')';
            out << ' ' << text << " |";
        }
        out << '\n';
    }
    if (m_emptyAppRss > 0)
        out << "|   baseline: an empty Qt widgets window, MB | | |" << QString(u" %1 |"_s.arg(number(m_emptyAppRss))).repeated(m_sizes.size()) << '\n';
    if (start.isValid()) {
        const bool met = start.median <= 250;
        const bool within = emptyStart.isValid() && start.median <= 3 * emptyStart.median;
        out << "\n| | target | met | process start → first frame → exit |\n|---|---:|:---:|---:|\n";
        out << "| **6. Cold start of the app to an empty window** | ≤ 250 | " << (met ? "✓" : "✗ slow")
            << (emptyStart.isValid() ? (within ? ", ✓ ≤3×" : ", ✗ >3×") : "") << " | " << cell(start);
        if (emptyStart.isValid())
            out << " (" << QString::number(start.median / emptyStart.median, 'f', 1) << "×)";
        out << " |\n";
        if (emptyStart.isValid())
            out << "|   baseline: an empty Qt widgets app | | | " << cell(emptyStart) << " |\n";
    }
    out.flush();
}

} // namespace Valuemap::Bench
