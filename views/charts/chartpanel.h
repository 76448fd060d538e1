#pragma once

#include "charts/chartfactory.h"

#include <QWidget>

class QChartView;
class QLabel;
class QStackedWidget;
class QTimer;

namespace Valuemap {

class Document;

// One chart of the Charts screen: redrawn from the document whenever the plan changes (while
// visible; otherwise when shown next), with tooltips on points and a message instead of an
// empty plot when data are missing.
class ChartPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(Document *document, QWidget *parent = nullptr);

    void setRequest(const ChartRequest &request);
    ChartRequest request() const { return m_request; }
    // The empty-state text, empty while a chart is shown.
    QString emptyMessage() const { return m_emptyMessage; }
    QChartView *chartView() const { return m_view; }
    void refresh();

signals:
    // After every redraw; emptyMessage() tells whether a chart is shown.
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void connectTips();

    Document *m_document = nullptr;
    ChartRequest m_request;
    QStackedWidget *m_stack = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QTimer *m_refresh = nullptr;
    QString m_emptyMessage;
    bool m_dirty = true;
};

} // namespace Valuemap
