#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace Valuemap {

// The locale's short date format with a four-digit year: "dd.MM.yyyy" in German, "M/d/yyyy" in
// US English. A plan spans years and is archived; "03.04.26" is ambiguous, "03.04.2026" is not.
QString dateFormat(const QLocale &locale = QLocale());
// A date as every screen shows it: the short format above; empty for an invalid date.
QString shortDate(const QDate &date, const QLocale &locale = QLocale());

} // namespace Valuemap
