#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Valuemap {

// What every text a user types passes through before it is stored, so the file holds the same
// text that was shown: NUL and other control characters (but tab and newline) and unpaired
// UTF-16 surrogates are dropped; a single-line text (titles, names) has its line breaks turned
// into spaces. Nothing else is changed: quotes, emoji, RTL marks and long texts are kept exactly.
QString cleanedText(const QString &text, bool singleLine);

// The text without leading and trailing spaces (U+0020 only): imports trim what a spreadsheet
// pads, but keep tabs and other characters exactly as they are.
QString trimmedSpaces(const QString &text);

// ISO 8601 forms stored in the file.
QString isoTimestamp(const QDateTime &when);
QString isoDate(const QDate &date);

} // namespace Valuemap
