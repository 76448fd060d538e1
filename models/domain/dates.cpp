#include "domain/dates.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Valuemap {

QString dateFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // Every run of y (outside quoted text, which short formats do not use) becomes yyyy.
    static const QRegularExpression years(u"y+"_s);
    format.replace(years, u"yyyy"_s);
    return format;
}

QString shortDate(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, dateFormat(locale)) : QString();
}

QString shortDateTime(const QDateTime &moment, const QLocale &locale)
{
    return moment.isValid()
        ? locale.toString(moment, dateFormat(locale) + u' ' + locale.timeFormat(QLocale::ShortFormat))
        : QString();
}

} // namespace Valuemap
