#include "goals/measurementstable.h"
#include "widgets/flowlayout.h"
#include "domain/dates.h"
#include "widgets/datedelegate.h"

#include "io/measurementscsv.h"
#include "storage/document.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

constexpr int IdRole = Qt::UserRole;
enum Column { DateColumn, ValueColumn, NoteColumn };

QString number(double v)
{
    return QLocale().toString(v, 'f', QLocale::FloatingPointShortest);
}

} // namespace

MeasurementsTable::MeasurementsTable(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(u"measurementsTable"_s);
    m_table->setHorizontalHeaderLabels({ tr("Date"), tr("Value"), tr("Note") });
    m_table->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setItemDelegateForColumn(DateColumn, new DateDelegate(m_table));
    layout->addWidget(m_table, 1);
    // A flow: the buttons wrap when the goal's editor is narrow.
    auto *bar = new QWidget(this);
    bar->setObjectName(u"measurementsBar"_s);
    auto *buttons = new FlowLayout(bar);
    buttons->setContentsMargins(0, 0, 0, 0);
    m_add = new QPushButton(tr("&Add Measurement"), bar);
    m_delete = new QPushButton(tr("Delete"), bar);
    m_import = new QPushButton(tr("&Import CSV…"), bar);
    m_import->setToolTip(tr("A CSV file with the columns date,value[,note]; dates as YYYY-MM-DD."));
    buttons->addWidget(m_add);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_import);
    layout->addWidget(bar);

    connect(m_add, &QPushButton::clicked, this, [this] { addMeasurement(); });
    connect(m_delete, &QPushButton::clicked, this, &MeasurementsTable::deleteSelected);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Measurements"),
            QDir::homePath(), tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            importCsv(path);
    });
    connect(m_table, &QTableWidget::itemChanged, this, &MeasurementsTable::itemEdited);
    connect(m_document, &Document::changed, this, &MeasurementsTable::onChanged);
    connect(m_document, &Document::writableChanged, this, &MeasurementsTable::refresh); // offline and back
}

void MeasurementsTable::setGoal(GoalId goal)
{
    m_goal = goal;
    refresh();
}

void MeasurementsTable::onChanged(const ChangeSet &changes)
{
    for (const RowOp &op : changes) {
        if (op.table == Table::Measurement || (op.table == Table::Goal && op.id == m_goal.value)) {
            refresh();
            return;
        }
    }
}

void MeasurementsTable::refresh()
{
    m_refreshing = true;
    const QSignalBlocker blocker(m_table);
    QList<Measurement> rows;
    for (MeasurementId id : m_document->measurements(m_goal))
        rows.append(m_document->measurement(id));
    std::stable_sort(rows.begin(), rows.end(),
        [](const Measurement &a, const Measurement &b) { return a.date < b.date; });
    m_table->setRowCount(int(rows.size()));
    const Qt::ItemFlags flags = m_document->isReadOnly()
        ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
        : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
    for (int r = 0; r < rows.size(); ++r) {
        const Measurement &m = rows.at(r);
        auto *date = new QTableWidgetItem;
        date->setData(Qt::EditRole, m.date);
        date->setData(IdRole, m.id.value);
        auto *value = new QTableWidgetItem(number(m.value));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *note = new QTableWidgetItem(m.note);
        for (QTableWidgetItem *item : { date, value, note })
            item->setFlags(flags);
        m_table->setItem(r, DateColumn, date);
        m_table->setItem(r, ValueColumn, value);
        m_table->setItem(r, NoteColumn, note);
    }
    m_table->resizeColumnToContents(DateColumn);
    const bool editable = !m_document->isReadOnly() && m_goal.isValid();
    m_add->setEnabled(editable);
    m_delete->setEnabled(editable);
    m_import->setEnabled(editable);
    m_refreshing = false;
}

void MeasurementsTable::itemEdited(QTableWidgetItem *item)
{
    if (m_refreshing)
        return;
    const MeasurementId id(m_table->item(item->row(), DateColumn)->data(IdRole).toLongLong());
    bool ok = true;
    switch (item->column()) {
    case DateColumn:
        ok = m_document->setMeasurementField(
            id, MeasurementField::Date, item->data(Qt::EditRole).toDate());
        break;
    case ValueColumn: {
        bool isNumber = false;
        const double v = QLocale().toDouble(item->text().trimmed(), &isNumber);
        ok = m_document->setMeasurementField(
            id, MeasurementField::Value, isNumber ? QVariant(v) : QVariant(item->text()));
        break;
    }
    case NoteColumn:
        ok = m_document->setMeasurementField(id, MeasurementField::Note, item->text());
        break;
    }
    if (!ok)
        refresh(); // the document said why; show the stored value again
}

MeasurementId MeasurementsTable::addMeasurement()
{
    if (!m_goal.isValid())
        return {};
    const QList<MeasurementId> existing = m_document->measurements(m_goal);
    double value = m_document->goal(m_goal).baseline.value_or(0.0);
    QDate latest;
    for (MeasurementId id : existing) {
        const Measurement m = m_document->measurement(id);
        if (!latest.isValid() || m.date >= latest) {
            latest = m.date;
            value = m.value;
        }
    }
    const MeasurementId id = m_document->addMeasurement(m_goal, QDate::currentDate(), value);
    if (!id.isValid())
        return {};
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, DateColumn)->data(IdRole).toLongLong() == id.value) {
            m_table->setCurrentCell(r, ValueColumn);
            m_table->editItem(m_table->item(r, ValueColumn));
        }
    }
    return id;
}

void MeasurementsTable::deleteSelected()
{
    QList<MeasurementId> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows(DateColumn))
        ids.append(MeasurementId(index.data(IdRole).toLongLong()));
    if (ids.isEmpty())
        return;
    m_document->beginCompound(tr("Delete %n Measurement(s)", nullptr, int(ids.size())));
    for (MeasurementId id : ids) {
        if (!m_document->deleteMeasurement(id))
            break;
    }
    m_document->endCompound();
}

bool MeasurementsTable::importCsv(const QString &path, bool preview)
{
    const QString fileName = QFileInfo(path).fileName();
    const MeasurementsCsv csv = readMeasurementsCsv(path);
    if (preview && !confirmImport(csv, fileName))
        return false;
    QString error;
    if (!importMeasurements(*m_document, m_goal, csv, fileName, &error)) {
        emit message(tr("Import Measurements"), error);
        return false;
    }
    return true;
}

bool MeasurementsTable::confirmImport(const MeasurementsCsv &csv, const QString &fileName)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Import Measurements from “%1”").arg(fileName));
    auto *layout = new QVBoxLayout(&dialog);
    auto *summary = new QLabel(&dialog);
    summary->setWordWrap(true);
    layout->addWidget(summary);
    auto *rows = new QTableWidget(int(csv.rows.size()), 4, &dialog);
    rows->setHorizontalHeaderLabels({ tr("Line"), tr("Date"), tr("Value"), tr("Note") });
    rows->verticalHeader()->hide();
    rows->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int r = 0; r < csv.rows.size(); ++r) {
        const Measurement &m = csv.rows.at(r);
        rows->setItem(r, 0, new QTableWidgetItem(QString::number(csv.lines.value(r))));
        rows->setItem(r, 1, new QTableWidgetItem(shortDate(m.date)));
        rows->setItem(r, 2, new QTableWidgetItem(number(m.value)));
        rows->setItem(r, 3, new QTableWidgetItem(m.note));
    }
    layout->addWidget(rows, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    if (csv.isValid()) {
        summary->setText(
            tr("%n measurement(s) will be added to “%1”.", nullptr, int(csv.rows.size()))
                .arg(m_document->goal(m_goal).name));
    } else {
        summary->setText(
            tr("Nothing can be imported until these lines are corrected in the file:"));
        auto *errors = new QPlainTextEdit(csv.errors.join(u'\n'), &dialog);
        errors->setReadOnly(true);
        errors->setObjectName(u"importErrors"_s);
        layout->insertWidget(1, errors);
        import->setEnabled(false);
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(620, 420);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace Valuemap
