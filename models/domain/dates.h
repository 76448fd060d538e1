#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Valuemap {

// The locale's short date format with a four-digit year: "dd.MM.yyyy" in German, "M/d/yyyy" in
// US English. A plan spans years and is archived; "03.04.26" is ambiguous, "03.04.2026" is not.
QString dateFormat(const QLocale &locale = QLocale());
// A date as every screen shows it: the short format above; empty for an invalid date.
QString shortDate(const QDate &date, const QLocale &locale = QLocale());
// A moment as every screen shows it: that date and the locale's short time ("02.12.2026 15:59");
// empty for an invalid one.
QString shortDateTime(const QDateTime &moment, const QLocale &locale = QLocale());

} // namespace Valuemap
