#pragma once

#include "domain/ids.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QString>

#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;
class QTextLayout;

namespace Valuemap {

class Document;
struct SliceCheck;

// The release plan for the client handout: per slice its name, status and dates, whether it is a
// working product (and which activities it leaves empty), its outcome, customer goals, totals,
// the check's other findings, its stories by activity and what was delivered of it. The text
// flows over as many pages as it needs, line by line, so no text is ever cut off or runs off a
// page; very long texts are shortened on paper, visibly (PaperText::bounded).
class ReleasePlanRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::ReleasePlanRenderer)

public:
    // A text longer than this is shortened on paper (the plan keeps it whole).
    static constexpr int PaperTextLength = 1200;

    explicit ReleasePlanRenderer(const Document &document);
    ~ReleasePlanRenderer();

    // Lays the plan out on pages whose body is `body` (device pixels of device); returns the
    // number of pages (at least one).
    int paginate(const QPaintDevice *device, const QSizeF &body);
    int pageCount() const { return int(m_pages.size()); }
    // Draws page `page` (0-based) of the last paginate() with the body's top-left at topLeft.
    void paintPage(QPainter *painter, int page, const QPointF &topLeft) const;

    int shortenedTexts() const { return m_shortened; }
    // Every text of the plan that goes on paper, for the missing-character check.
    QString allText() const;

private:
    enum class Style { Heading, Meta, Verdict, Body, Row, Note };
    struct Paragraph
    {
        Style style = Style::Body;
        QString text;
        int boldPrefix = 0; // the first characters in bold ("Outcome:")
        QString label; // a left column (an activity), on the first line
        QColor color;
        int slice = -1; // which slice's bar it belongs to
        std::unique_ptr<QTextLayout> layout;
    };
    struct Placed
    {
        int paragraph = 0;
        int line = 0;
        QPointF at;
    };
    struct Bar
    {
        int slice = 0;
        qreal top = 0;
        qreal bottom = 0;
    };
    struct Page
    {
        QList<Placed> lines;
        QList<Bar> bars;
    };

    void add(Style style, const QString &text, const QColor &color, int slice,
        int boldPrefix = 0, const QString &label = {});
    void addSlice(const Document &document, ReleaseId release, const SliceCheck &check, int slice);

    std::vector<Paragraph> m_paragraphs;
    QList<QColor> m_sliceColors; // the bar beside each slice: working product or not
    std::vector<Page> m_pages;
    qreal m_labelWidth = 0;
    int m_shortened = 0;
};

} // namespace Valuemap
