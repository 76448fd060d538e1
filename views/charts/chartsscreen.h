#pragma once

#include "charts/chartfactory.h"

#include <QWidget>

class QAction;
class QComboBox;
class QToolButton;

namespace Valuemap {

class ChartPanel;
class Document;

// The Charts tab: pick a chart (each goal's metric, burn-up, cadence, lead time, value per
// goal), switch between story count and story points, export the chart to PNG or PDF.
class ChartsScreen final : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsScreen(Document *document, QWidget *parent = nullptr);

    ChartPanel *panel() const { return m_panel; }
    ChartRequest request() const;
    // Shows a chart by its command-line name (goal, goal:2, burnup, ...); false if unknown.
    bool showChart(const QString &name, QString *error = nullptr);
    void exportChart(const QString &path);
    // Export PNG… and Export PDF…, for the Plan menu.
    QList<QAction *> editActions() const;

signals:
    void message(const QString &title, const QString &text);

private:
    void fillCharts();
    void apply();
    void exportDialog(const QString &suffix);

    Document *m_document = nullptr;
    QComboBox *m_charts = nullptr;
    QComboBox *m_unit = nullptr;
    QAction *m_png = nullptr;
    QAction *m_pdf = nullptr;
    ChartPanel *m_panel = nullptr;
};

} // namespace Valuemap
