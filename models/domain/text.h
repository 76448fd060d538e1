#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Valuemap {

// What every text a user types passes through before it is stored, so the file holds the same
// text that was shown: NUL and other control characters (but tab and newline) and unpaired
// UTF-16 surrogates are dropped, and so is the invisible U+FEFF (a byte order mark or zero-width
// no-break space: UTF-8 readers, Qt's PostgreSQL driver among them, drop it at the start of a
// text, so a title beginning with one would not read back as written); a single-line text
// (titles, names) has its line breaks turned into spaces. Nothing else is changed: quotes, emoji,
// RTL marks and long texts are kept exactly.
QString cleanedText(const QString &text, bool singleLine);

// A text someone else wrote, made safe to print on one line of a terminal, a status bar or a
// list: cleanedText's single line, tabs as spaces, and without the characters that change the
// direction of what follows (U+202A to U+202E, U+2066 to U+2069, U+200E, U+200F, U+061C),
// which could make "evil" read "live". For showing, not for storing.
QString inertLine(const QString &text);

// A file's path as a message shows it: native separators, and inert as inertLine makes a text
// (a file name someone else chose can hold escape sequences, line breaks and direction marks).
QString shownPath(const QString &path);

// The text without leading and trailing spaces (U+0020 only): imports trim what a spreadsheet
// pads, but keep tabs and other characters exactly as they are.
QString trimmedSpaces(const QString &text);

// UTF-8 bytes as text, exactly: QString::fromUtf8 drops a byte order mark at the start, which
// here is kept as the text's first character (a stored value, or a JSON string, holds no mark).
// Inline: opening a plan reads every text value through it.
QString utf8KeepingMark(const char *bytes, qsizetype size);
inline QString exactUtf8(const char *bytes, qsizetype size)
{
    if (size >= 3 && static_cast<unsigned char>(bytes[0]) == 0xEF
        && static_cast<unsigned char>(bytes[1]) == 0xBB && static_cast<unsigned char>(bytes[2]) == 0xBF)
        return utf8KeepingMark(bytes, size);
    return QString::fromUtf8(bytes, size);
}
// ISO 8601 forms stored in the file.
QString isoTimestamp(const QDateTime &when);
QString isoDate(const QDate &date);

} // namespace Valuemap
