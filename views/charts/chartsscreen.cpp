#include "charts/chartsscreen.h"
#include "widgets/flowlayout.h"

#include "charts/chartexport.h"
#include "charts/chartpanel.h"
#include "storage/document.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {
constexpr int KindRole = Qt::UserRole;
constexpr int GoalRole = Qt::UserRole + 1;
} // namespace

ChartsScreen::ChartsScreen(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    auto *chartLabel = new QLabel(tr("&Chart:"), this);
    m_charts = new QComboBox(this);
    m_charts->setObjectName(u"chartChooser"_s);
    m_charts->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    chartLabel->setBuddy(m_charts);
    auto *unitLabel = new QLabel(tr("&Measure scope in:"), this);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(u"scopeUnit"_s);
    m_unit->addItem(tr("Stories"), int(ScopeUnit::Stories));
    m_unit->addItem(tr("Story points (estimate)"), int(ScopeUnit::Estimate));
    unitLabel->setBuddy(m_unit);
    m_png = new QAction(tr("Export Chart as &PNG…"), this);
    m_pdf = new QAction(tr("Export Chart as P&DF…"), this);
    auto *png = new QToolButton(this);
    png->setDefaultAction(m_png);
    png->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *pdf = new QToolButton(this);
    pdf->setDefaultAction(m_pdf);
    pdf->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // A flow: on a narrow window the choices and exports wrap instead of widening the window.
    auto *barWidget = new QWidget(this);
    barWidget->setObjectName(u"chartsBar"_s);
    auto *bar = new FlowLayout(barWidget);
    bar->setContentsMargins(0, 0, 0, 0);
    m_charts->setMaximumWidth(fontMetrics().averageCharWidth() * 48);
    bar->addWidget(flowGroup(barWidget, { chartLabel, m_charts }));
    bar->addWidget(flowGroup(barWidget, { unitLabel, m_unit }));
    bar->addWidget(flowGroup(barWidget, { png, pdf }));
    layout->addWidget(barWidget);
    m_panel = new ChartPanel(document, this);
    layout->addWidget(m_panel, 1);
    // Nothing to export while the panel says which data are missing.
    connect(m_panel, &ChartPanel::refreshed, this, [this] {
        const bool drawn = m_panel->emptyMessage().isEmpty();
        m_png->setEnabled(drawn);
        m_pdf->setEnabled(drawn);
    });

    fillCharts();
    connect(m_charts, &QComboBox::currentIndexChanged, this, &ChartsScreen::apply);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ChartsScreen::apply);
    connect(m_png, &QAction::triggered, this, [this] { exportDialog(u"png"_s); });
    connect(m_pdf, &QAction::triggered, this, [this] { exportDialog(u"pdf"_s); });
    connect(m_document, &Document::changed, this, [this](const ChangeSet &changes) {
        for (const RowOp &op : changes) {
            if (op.table == Table::Goal) {
                fillCharts();
                return;
            }
        }
    });
    apply();
}

QList<QAction *> ChartsScreen::editActions() const
{
    return { m_png, m_pdf };
}

void ChartsScreen::fillCharts()
{
    const ChartRequest current = request();
    const QSignalBlocker blocker(m_charts);
    m_charts->clear();
    for (GoalId goal : m_document->goals()) {
        m_charts->addItem(tr("Goal: %1").arg(m_document->goal(goal).name), int(ChartKind::Goal));
        m_charts->setItemData(m_charts->count() - 1, goal.value, GoalRole);
    }
    if (m_document->goals().isEmpty())
        m_charts->addItem(tr("Goal metric over time"), int(ChartKind::Goal));
    m_charts->addItem(tr("Burn-up"), int(ChartKind::BurnUp));
    m_charts->addItem(tr("Delivery cadence"), int(ChartKind::Cadence));
    m_charts->addItem(tr("Lead time"), int(ChartKind::LeadTime));
    m_charts->addItem(tr("Value delivered per goal"), int(ChartKind::ValuePerGoal));
    m_charts->addItem(tr("Deployment frequency"), int(ChartKind::DeliveryFrequency));
    m_charts->addItem(tr("Value per increment"), int(ChartKind::ValuePerIncrement));
    m_charts->addItem(tr("Time to respond to feedback"), int(ChartKind::FeedbackResponse));
    int index = 0;
    for (int i = 0; i < m_charts->count(); ++i) {
        if (m_charts->itemData(i, KindRole).toInt() == int(current.kind)
            && m_charts->itemData(i, GoalRole).toLongLong() == current.goal.value)
            index = i;
    }
    m_charts->setCurrentIndex(index);
    if (m_panel && !(request() == m_panel->request()))
        apply();
}

ChartRequest ChartsScreen::request() const
{
    ChartRequest r;
    if (m_charts->currentIndex() >= 0) {
        r.kind = ChartKind(m_charts->currentData(KindRole).toInt());
        r.goal = GoalId(m_charts->currentData(GoalRole).toLongLong());
    }
    r.unit = ScopeUnit(m_unit->currentData().toInt());
    return r;
}

void ChartsScreen::apply()
{
    const ChartRequest r = request();
    const bool scoped = r.kind == ChartKind::BurnUp || r.kind == ChartKind::ValuePerGoal;
    m_unit->setEnabled(scoped);
    m_panel->setRequest(r);
}

bool ChartsScreen::showChart(const QString &name, QString *error)
{
    ChartRequest wanted;
    QString parseError;
    if (!ChartFactory::parseName(*m_document, name, &wanted, &parseError)) {
        if (error)
            *error = parseError;
        return false;
    }
    for (int i = 0; i < m_charts->count(); ++i) {
        if (m_charts->itemData(i, KindRole).toInt() == int(wanted.kind)
            && m_charts->itemData(i, GoalRole).toLongLong() == wanted.goal.value) {
            m_charts->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void ChartsScreen::exportDialog(const QString &suffix)
{
    const QString base = QFileInfo(m_document->filePath()).completeBaseName();
    const QString filter
        = suffix == "png"_L1 ? tr("PNG images (*.png)") : tr("PDF documents (*.pdf)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"),
        QDir::home().filePath(base + u" – "_s + m_charts->currentText() + u'.' + suffix), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    exportChart(path);
}

void ChartsScreen::exportChart(const QString &path)
{
    QString error;
    if (!ChartExport::save(*m_document, request(), path, &error))
        emit message(tr("Export Chart"), error);
}

} // namespace Valuemap
