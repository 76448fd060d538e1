#pragma once

#include <QWidget>

namespace Valuemap {

class Document;

// The release plan as one slide for the room: a column per slice in delivery order with its name,
// status and date, the outcome it wants, its goals, its totals and — in words and colour —
// whether it is a working product. Type scales with the screen, so it reads from the back row.
class ReleasePlanSlide final : public QWidget
{
    Q_OBJECT

public:
    explicit ReleasePlanSlide(Document *document, QWidget *parent = nullptr);

    // The text of each column as painted, top to bottom (for tests and accessibility).
    QStringList columnTexts() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Column
    {
        QString name;
        QString status;
        QString outcome;
        QString goals;
        QString totals;
        QString verdict;
        bool working = true;
        bool delivered = false;
        QStringList warnings;
        QStringList stories; // "Activity: story, story", in backbone order
    };
    QList<Column> columns() const;

    Document *m_document = nullptr;
};

} // namespace Valuemap
