#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace Valuemap {

class Document;

// The outline on paper: one table of the map's stories (activity, step, story, estimate,
// value, status, release) in backbone order, its header repeated on every page, rows never
// split across pages. Steps and activities without stories get a row of their own.
class OutlineRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::OutlineRenderer)

public:
    explicit OutlineRenderer(const Document &document);

    // Draws the table on as many pages as it needs (the device's layout gives paper and
    // margins); returns the number of pages.
    int print(QPagedPaintDevice &device) const;
    int rowCount() const { return int(m_rows.size()); }

private:
    QString m_title;
    QList<QStringList> m_rows;
};

} // namespace Valuemap
