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
class QToolButton;

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
    // Goal linking on a big plan: the field that filters the story list by key or title, and
    // the button whose menu ticks every story of a release.
    QLineEdit *storyFilter() const { return m_storyFilter; }
    QToolButton *selectReleaseButton() const { return m_selectRelease; }
    // Links every story of the release (invalid: the unplanned ones) to the goal, as one undo
    // step; returns how many were newly linked.
    int linkStoriesOfRelease(ReleaseId release);

signals:
    void message(const QString &title, const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void refreshLinks();
    void followWritable(); // the fields editable or read-only, as the plan is
    void onChanged(const ChangeSet &changes);
    void commit(QWidget *editor);
    void linkToggled(QListWidgetItem *item);
    void filterStories();
    void fillReleaseMenu();

    Document *m_document = nullptr;
    GoalId m_goal;
    bool m_refreshing = false;
    bool m_linking = false; // linking a release's stories: one refresh at the end
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
    QLineEdit *m_storyFilter = nullptr;
    QToolButton *m_selectRelease = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace Valuemap
