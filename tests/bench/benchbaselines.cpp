#include "benchbaselines.h"

#include "storage/schema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Valuemap::Bench {

double rawSqliteScanMs(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return -1;
    }
    qint64 checksum = 0;
    for (int t = 0; t < TableCount; ++t) {
        const TableSpec &spec = tableSpec(static_cast<Table>(t));
        QStringList names;
        for (const Column &col : spec.columns)
            names.append(u'"' + QString(col.name) + u'"');
        const QByteArray sql = u"SELECT %1 FROM \"%2\""_s.arg(names.join(u", "_s), QString(spec.name)).toUtf8();
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
            continue;
        const int n = int(spec.columns.size());
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            for (int i = 0; i < n; ++i) {
                switch (spec.columns[i].type) {
                case ColumnType::Integer:
                    checksum += sqlite3_column_int64(stmt, i);
                    break;
                case ColumnType::Real:
                    checksum += qint64(sqlite3_column_double(stmt, i));
                    break;
                case ColumnType::Text:
                    checksum += sqlite3_column_bytes(stmt, i) + (sqlite3_column_text(stmt, i) ? 1 : 0);
                    break;
                }
            }
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    const double ms = timer.nsecsElapsed() / 1e6;
    return checksum == 0 ? -1 : ms;
}

double fsyncMs(const QString &folder)
{
    // Overwrites a block of a file that already has its size, as SQLite overwrites its WAL, and
    // syncs the data: the least one durable commit costs on this disk.
    const QByteArray path = QFile::encodeName(QDir(folder).filePath(u"fsync-probe"_s));
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT, 0600);
    if (fd < 0)
        return -1;
    char block[4096];
    std::fill(std::begin(block), std::end(block), 'x');
    bool ok = ::pwrite(fd, block, sizeof block, 0) == ssize_t(sizeof block) && ::fsync(fd) == 0;
    QElapsedTimer timer;
    timer.start();
    ok = ok && ::pwrite(fd, block, sizeof block, 0) == ssize_t(sizeof block) && ::fdatasync(fd) == 0;
    const double ms = timer.nsecsElapsed() / 1e6;
    ::close(fd);
    return ok ? ms : -1;
}

double rawCardPaintMs(QImage &image, const QTransform &transform, const QList<RawCard> &cards)
{
    QElapsedTimer timer;
    timer.start();
    QPainter painter(&image);
    painter.fillRect(image.rect(), Qt::white);
    painter.setTransform(transform);
    const bool far = transform.m11() < 0.2;
    painter.setRenderHint(QPainter::Antialiasing, !far);
    QFont font;
    font.setPointSizeF(9.5);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    for (const RawCard &card : cards) {
        if (far) {
            painter.fillRect(card.rect, card.color);
            continue;
        }
        painter.setPen(QPen(card.color.darker(125), 1));
        painter.setBrush(card.color);
        painter.drawRoundedRect(card.rect, 4, 4);
        painter.setPen(Qt::black);
        qreal y = card.rect.top() + 6 + metrics.ascent();
        for (const QString &line : card.lines) {
            painter.drawText(QPointF(card.rect.left() + 12, y), line);
            y += metrics.lineSpacing();
        }
        painter.drawText(QPointF(card.rect.left() + 12, card.rect.bottom() - 8), card.chip);
    }
    painter.end();
    return timer.nsecsElapsed() / 1e6;
}

} // namespace Valuemap::Bench
