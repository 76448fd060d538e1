// rowChecksum: the checksum kept beside every row (the file format of schema 2 on).
#include "storage/rowcheck.h"

#include "storage/changeset.h"
#include "storage/schema.h"

#include <cstring>

namespace Valuemap {

namespace {

constexpr quint64 FnvOffset = 14695981039346656037ULL;
constexpr quint64 FnvPrime = 1099511628211ULL;
// Two steps of FNV-1a over a zero byte are one multiplication by the square of the prime
// (mod 2^64): the high byte of most UTF-16 code units.
constexpr quint64 FnvPrimeSquared = FnvPrime * FnvPrime;

void mix(quint64 &h, const void *data, size_t size)
{
    const auto *bytes = static_cast<const unsigned char *>(data);
    for (size_t i = 0; i < size; ++i) {
        h ^= bytes[i];
        h *= FnvPrime;
    }
}

// The same as mix() over the code units' bytes as they lie in memory, in fewer steps.
void mixText(quint64 &h, const QChar *chars, qsizetype n)
{
    if constexpr (Q_BYTE_ORDER != Q_LITTLE_ENDIAN) {
        mix(h, chars, size_t(n) * sizeof(QChar));
        return;
    }
    qsizetype i = 0;
    for (; i + 4 <= n; i += 4) {
        // Four units below 0x100 at a time, the common case.
        quint64 w;
        std::memcpy(&w, chars + i, sizeof w);
        if ((w & 0xff00ff00ff00ff00ULL) != 0)
            break;
        h = (h ^ (w & 0xff)) * FnvPrimeSquared;
        h = (h ^ ((w >> 16) & 0xff)) * FnvPrimeSquared;
        h = (h ^ ((w >> 32) & 0xff)) * FnvPrimeSquared;
        h = (h ^ (w >> 48)) * FnvPrimeSquared;
    }
    for (; i < n; ++i) {
        const char16_t u = chars[i].unicode();
        if (u < 0x100) {
            h = (h ^ u) * FnvPrimeSquared;
        } else {
            h = (h ^ (u & 0xff)) * FnvPrime;
            h = (h ^ (u >> 8)) * FnvPrime;
        }
    }
}

// A type tag, then the value: 8 bytes for numbers, the length and UTF-16 for text. The value
// is in the plan's one representation of its column type (or any other, for a column beyond
// the table's).
void mixValue(quint64 &h, const QVariant &v)
{
    quint8 tag = 0;
    if (v.isNull()) {
        mix(h, &tag, 1);
        return;
    }
    switch (v.typeId()) {
    case QMetaType::LongLong: {
        tag = 1;
        const qint64 x = *static_cast<const qint64 *>(v.constData());
        mix(h, &tag, 1);
        mix(h, &x, sizeof x);
        break;
    }
    case QMetaType::Double: {
        tag = 2;
        // -0 and 0 are one value (SQLite stores both as 0): they hash alike.
        const double given = *static_cast<const double *>(v.constData());
        const double x = given == 0 ? 0.0 : given;
        mix(h, &tag, 1);
        mix(h, &x, sizeof x);
        break;
    }
    default: {
        tag = 3;
        QString converted;
        const QString &s = v.typeId() == QMetaType::QString ? *static_cast<const QString *>(v.constData())
                                                            : (converted = v.toString());
        const qint64 n = s.size();
        mix(h, &tag, 1);
        mix(h, &n, sizeof n);
        mixText(h, s.constData(), n);
        break;
    }
    }
}

} // namespace

qint64 rowChecksum(Table table, const Row &row)
{
    quint64 h = FnvOffset;
    const quint8 tableByte = quint8(table);
    mix(h, &tableByte, 1);
    const TableSpec &spec = tableSpec(table);
    for (int c = 0; c < row.size(); ++c) {
        // Hashed in the one representation the plan uses, whatever form the caller holds.
        // Rows read from the file are in that form already (the hot path of opening a plan).
        const QVariant &given = row.at(c);
        const bool normal = c >= spec.columns.size() || given.isNull()
            || given.typeId() == (spec.columns[c].type == ColumnType::Integer ? QMetaType::LongLong
                                  : spec.columns[c].type == ColumnType::Real  ? QMetaType::Double
                                                                              : QMetaType::QString);
        if (normal)
            mixValue(h, given);
        else
            mixValue(h, normalizedValue(spec.columns[c].type, given));
    }
    qint64 result;
    std::memcpy(&result, &h, sizeof result);
    return result;
}

} // namespace Valuemap
