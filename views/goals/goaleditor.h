#pragma once

#include "domain/ids.h"
#include "storage/changeset.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;

namespace Valuemap {

class Document;
class MeasurementsTable;

// Edits one customer goal: its fields, its measurements, and which releases and stories serve
// it (with how many of those stories are done). Every change is one document edit.
class GoalEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit GoalEditor(Document *document, QWidget *parent = nullptr);

    void setGoal(GoalId goal);
    GoalId goal() const { return m_goal; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *targetEdit() const { return m_target; }
    MeasurementsTable *measurements() const { return m_measurements; }
    QListWidget *storyList() const { return m_stories; }
    QListWidget *releaseList() const { return m_releases; }
    QString storySummary() const;

signals:
    void message(const QString &title, const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void refreshLinks();
    void onChanged(const ChangeSet &changes);
    void commit(QWidget *editor);
    void linkToggled(QListWidgetItem *item);

    Document *m_document = nullptr;
    GoalId m_goal;
    bool m_refreshing = false;
    bool m_linksDirty = false; // the story list waits to be shown: a big plan's edits stay cheap
    QLabel *m_placeholder = nullptr;
    QWidget *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_metric = nullptr;
    QLineEdit *m_unit = nullptr;
    QLineEdit *m_baseline = nullptr;
    QLineEdit *m_target = nullptr;
    QDateEdit *m_targetDate = nullptr;
    QComboBox *m_direction = nullptr;
    MeasurementsTable *m_measurements = nullptr;
    QListWidget *m_releases = nullptr;
    QListWidget *m_stories = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace Valuemap
