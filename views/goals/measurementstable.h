#pragma once

#include "domain/ids.h"
#include "storage/changeset.h"

#include <QWidget>

class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace Valuemap {

class Document;
struct MeasurementsCsv;

// The measurements of one goal as a table to type into (date, value, note), with Add, Delete
// and a CSV import that shows a preview and imports all rows or none.
class MeasurementsTable final : public QWidget
{
    Q_OBJECT

public:
    explicit MeasurementsTable(Document *document, QWidget *parent = nullptr);

    void setGoal(GoalId goal);
    QTableWidget *table() const { return m_table; }
    // Adds a measurement for today (the latest value carried over) and starts editing it.
    MeasurementId addMeasurement();
    void deleteSelected();
    // Reads, previews (when `preview`), and imports a CSV file; false when nothing was imported.
    bool importCsv(const QString &path, bool preview = true);

signals:
    void message(const QString &title, const QString &text);

private:
    void refresh();
    void onChanged(const ChangeSet &changes);
    void itemEdited(QTableWidgetItem *item);
    bool confirmImport(const MeasurementsCsv &csv, const QString &fileName);

    Document *m_document = nullptr;
    GoalId m_goal;
    bool m_refreshing = false;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace Valuemap
