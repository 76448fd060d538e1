#pragma once

#include "domain/ids.h"
#include "storage/changeset.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Valuemap {

class Document;

// The delivered increments, newest first: date, release, what shipped, the note, and the
// customer feedback on each. Feedback can be added later, edited in place (text, score) and
// turned into a new story ("Make a Story from This Feedback").
class IncrementsView final : public QWidget
{
    Q_OBJECT

public:
    explicit IncrementsView(Document *document, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    void selectFeedback(FeedbackId feedback);
    FeedbackId currentFeedback() const;
    IncrementId currentIncrement() const;
    // Adds feedback to the current increment without a dialog (the dialog's work, testable).
    FeedbackId addFeedback(const QDate &date, const QString &text, std::optional<int> score);
    StoryId makeStoryFromFeedback();
    // Add Feedback…, Make a Story from This Feedback, Delete Feedback: for the Plan menu.
    QList<QAction *> editActions() const { return m_actions; }

private:
    void refresh();
    void onChanged(const ChangeSet &changes);
    void itemEdited(QTreeWidgetItem *item, int column);
    void addFeedbackDialog();
    void updateButtons();

    Document *m_document = nullptr;
    bool m_refreshing = false;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_addFeedback = nullptr;
    QPushButton *m_makeStory = nullptr;
    QPushButton *m_deleteFeedback = nullptr;
    QLabel *m_status = nullptr;
    QList<QAction *> m_actions;
};

} // namespace Valuemap
