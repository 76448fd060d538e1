#include "io/csv.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

QChar detectSeparator(const QString &text)
{
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++comma;
        else if (!quoted && c == u';')
            ++semicolon;
        else if (!quoted && c == u'\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return u';';
    if (tab > comma && tab > semicolon)
        return u'\t';
    return u',';
}

} // namespace

bool Csv::read(const QByteArray &bytes, Table *table, QString *error)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        *error = tr("The file is not UTF-8 text. Save it from your spreadsheet as “CSV UTF-8”.");
        return false;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    Table result;
    result.separator = detectSeparator(text);
    const QChar sep = result.separator;

    Record record;
    QString fieldText;
    int line = 1;
    record.line = 1;
    bool inQuotes = false;
    bool afterQuote = false; // a quoted field just closed: only a separator or line end may follow
    bool fieldStarted = false;
    int quoteLine = 0;
    const auto endField = [&] {
        record.fields.append(fieldText);
        fieldText.clear();
        afterQuote = false;
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        const bool empty = record.fields.size() == 1 && record.fields.first().isEmpty();
        if (!empty)
            result.records.append(record);
        record = Record();
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    fieldText += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                    continue; // keep line breaks inside fields as \n
                fieldText += (c == u'\r') ? QChar(u'\n') : c;
            }
            continue;
        }
        if (c == sep) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            endRecord();
            ++line;
            record.line = line;
        } else if (afterQuote) {
            *error = tr("Line %1: unexpected text after a closing quote. Inside a quoted field, "
                        "write a quote as two quotes (\"\").")
                         .arg(line);
            return false;
        } else if (c == u'"' && !fieldStarted && fieldText.isEmpty()) {
            inQuotes = true;
            quoteLine = line;
        } else {
            fieldText += c;
            fieldStarted = true;
        }
    }
    if (inQuotes) {
        *error = tr("Line %1: a quoted field is never closed (a \" is missing).").arg(quoteLine);
        return false;
    }
    if (!fieldText.isEmpty() || !record.fields.isEmpty() || afterQuote)
        endRecord();
    *table = std::move(result);
    return true;
}

QString Csv::field(const QString &text, QChar separator)
{
    const bool needsQuotes = text.contains(separator) || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r') || text.startsWith(u' ') || text.endsWith(u' ');
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

namespace {

// Whether the text, after any leading single quotes, starts like a formula.
bool formulaLike(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == u'\'')
        ++i;
    if (i >= text.size())
        return false;
    const QChar c = text[i];
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace

QString Csv::textCell(const QString &text)
{
    return formulaLike(text) ? u'\'' + text : text;
}

QString Csv::fromTextCell(const QString &text)
{
    return text.startsWith(u'\'') && formulaLike(QStringView(text).sliced(1)) ? text.sliced(1) : text;
}

QByteArray Csv::write(const QList<QStringList> &records, QChar separator, bool byteOrderMark)
{
    QString text;
    for (const QStringList &record : records) {
        QStringList fields;
        fields.reserve(record.size());
        for (const QString &f : record)
            fields.append(field(f, separator));
        text += fields.join(separator) + u"\r\n"_s;
    }
    QByteArray bytes = text.toUtf8();
    if (byteOrderMark)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

} // namespace Valuemap
