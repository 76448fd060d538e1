#include "storage/editvalues.h"

#include "domain/text.h"

#include <QColor>
#include <QDate>
#include <QLocale>

#include <cmath>

namespace Valuemap::EditValues {

QVariant text(const QVariant &value, bool singleLine)
{
    return QVariant::fromValue(cleanedText(value.toString(), singleLine));
}

QVariant date(const QVariant &value)
{
    QDate d = value.typeId() == QMetaType::QDate ? value.toDate()
                                                 : QDate::fromString(value.toString(), Qt::ISODate);
    return d.isValid() ? QVariant::fromValue(isoDate(d)) : QVariant();
}

QVariant color(const QVariant &value)
{
    const QColor c = value.typeId() == QMetaType::QColor ? value.value<QColor>()
                                                         : QColor::fromString(value.toString());
    return QVariant::fromValue(c.isValid() ? c.name(QColor::HexRgb) : QString());
}

std::optional<QVariant> number(const QVariant &value, double minimum, bool integral)
{
    if (value.isNull() || !value.isValid())
        return QVariant();
    double d = 0.0;
    bool ok = false;
    if (value.typeId() == QMetaType::QString) {
        const QString s = value.toString().trimmed();
        if (s.isEmpty())
            return QVariant();
        d = s.toDouble(&ok);
        if (!ok)
            d = QLocale().toDouble(s, &ok);
    } else {
        d = value.toDouble(&ok);
    }
    if (!ok || !std::isfinite(d) || d < minimum || std::abs(d) > 1e12)
        return std::nullopt;
    if (integral) {
        if (d != std::floor(d))
            return std::nullopt;
        return QVariant::fromValue<qint64>(qint64(d));
    }
    return QVariant::fromValue<double>(d);
}

std::optional<QVariant> choice(const QVariant &value, int count)
{
    bool ok = false;
    const int v = value.toInt(&ok);
    if (!ok || v < 0 || v >= count)
        return std::nullopt;
    return QVariant::fromValue<qint64>(v);
}

QVariant optionalId(qint64 id)
{
    return id ? QVariant::fromValue<qint64>(id) : QVariant();
}

} // namespace Valuemap::EditValues
