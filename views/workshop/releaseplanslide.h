#pragma once

#include <QColor>
#include <QFont>
#include <QWidget>

#include <optional>

namespace Valuemap {

class Document;

// The release plan as one slide for the room: a column per slice in delivery order with its name,
// status and date, the outcome it wants, its goals, its totals and — in words and colour —
// whether it is a working product, then every story of the slice. Type scales with the screen,
// so it reads from the back row; when the stories do not fit, the type gets smaller, and when
// they still do not fit, the slide goes on over further parts (the presentation pages them).
class ReleasePlanSlide final : public QWidget
{
    Q_OBJECT

public:
    explicit ReleasePlanSlide(Document *document, QWidget *parent = nullptr);

    // The text of each column, top to bottom (for tests and accessibility).
    QStringList columnTexts() const;

    // One line as painted: its text, where, in which column's box, and whether it was cut
    // (then it ends in "…").
    struct PaintedLine
    {
        QString text;
        QRectF rect;
        int column = 0;
        bool cut = false;
        bool story = false;
        QFont font;
        QColor color;
    };
    struct Part
    {
        QList<QRectF> boxes; // a column's box
        QList<PaintedLine> lines;
    };
    // The parts the slide needs at `size` (at least one); the one painted is part().
    QList<Part> layoutParts(const QSizeF &size) const;
    int partCount(const QSizeF &size) const { return int(layoutParts(size).size()); }
    int part() const { return m_part; }
    void setPart(int part);

signals:
    // Its size changed: it may need more or fewer parts.
    void resized();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

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
    QList<Part> layoutAll(const QList<Column> &cols, const QSizeF &size) const;
    bool layoutInto(const QList<Column> &cols, const QSizeF &size, qreal shrink, bool paged,
                    QList<Part> *parts) const;

    Document *m_document = nullptr;
    int m_part = 0;
    struct Cache
    {
        QList<Column> columns;
        QSizeF size;
        QList<Part> parts;
    };
    mutable std::optional<Cache> m_cache;
};

} // namespace Valuemap
