#include "domain/text.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QStringDecoder>

namespace Valuemap {

QString cleanedText(const QString &text, bool singleLine)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 < n && text.at(i + 1).isLowSurrogate()) {
                out.append(c);
                out.append(text.at(++i));
            }
            continue;
        }
        if (c.isLowSurrogate())
            continue;
        const char16_t u = c.unicode();
        if (u == u'\r') {
            if (i + 1 < n && text.at(i + 1) == u'\n')
                continue; // CR LF: keep the LF
            out.append(singleLine ? u' ' : u'\n');
            continue;
        }
        if (u == u'\n' || u == 0x2028 || u == 0x2029) {
            out.append(singleLine ? QChar(u' ') : QChar(u'\n'));
            continue;
        }
        if (u == u'\t') {
            out.append(c);
            continue;
        }
        if (u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0xfeff)
            continue;
        out.append(c);
    }
    return out;
}

QString utf8KeepingMark(const char *bytes, qsizetype size)
{
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(QByteArrayView(bytes, size));
}

QString shownPath(const QString &path)
{
    return inertLine(QDir::toNativeSeparators(path));
}

QString inertLine(const QString &text)
{
    QString line = cleanedText(text, true);
    line.replace(u'\t', u' ');
    line.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e
            || u == 0x200f || u == 0x061c;
    });
    return line;
}

QString trimmedSpaces(const QString &text)
{
    qsizetype start = 0;
    qsizetype end = text.size();
    while (start < end && text.at(start) == u' ')
        ++start;
    while (end > start && text.at(end - 1) == u' ')
        --end;
    return start == 0 && end == text.size() ? text : text.sliced(start, end - start);
}

QString isoTimestamp(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace Valuemap
