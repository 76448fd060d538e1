#include "io/measurementscsv.h"

#include "storage/document.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

class MeasurementsCsvText
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::MeasurementsCsv)
};

struct Record
{
    int line = 0;
    QStringList fields;
};

// Splits RFC 4180 text into records; quoted fields may hold separators, quotes ("") and
// line breaks. Blank lines are skipped.
QList<Record> splitRecords(const QString &text, QChar separator, QString *error)
{
    QList<Record> records;
    Record current;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    current.line = 1;
    auto endRecord = [&] {
        current.fields.append(field);
        field.clear();
        fieldStarted = false;
        const bool blank
            = current.fields.size() == 1 && current.fields.constFirst().trimmed().isEmpty();
        if (!blank)
            records.append(current);
        current = Record();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.trimmed().isEmpty()) {
            quoted = true;
            fieldStarted = true;
            field.clear();
        } else if (c == separator) {
            current.fields.append(field);
            field.clear();
        } else if (c == u'\r') {
            // \r\n or a lone \r ends the record like \n
            if (!(i + 1 < text.size() && text.at(i + 1) == u'\n')) {
                endRecord();
                current.line = ++line;
            }
        } else if (c == u'\n') {
            endRecord();
            current.line = ++line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        *error = MeasurementsCsvText::tr("line %1: a quoted field is not closed; add the missing "
                                         "quote (\")")
                     .arg(current.line);
        return {};
    }
    if (fieldStarted || !field.isEmpty() || !current.fields.isEmpty())
        endRecord();
    return records;
}

// A semicolon separates when the first line has semicolons but no comma outside quotes.
QChar detectSeparator(const QString &text)
{
    bool quoted = false;
    int commas = 0;
    int semicolons = 0;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
    }
    return semicolons > 0 && commas == 0 ? u';' : u',';
}

std::optional<double> parseNumber(QString text, QChar separator)
{
    text = text.trimmed();
    if (text.isEmpty())
        return {};
    if (separator == u';' && !text.contains(u'.'))
        text.replace(u',', u'.');
    bool ok = false;
    const double v = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(v))
        return {};
    return v;
}

} // namespace

MeasurementsCsv parseMeasurementsCsv(const QByteArray &data)
{
    MeasurementsCsv result;
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter)) {
        result.errors.append(MeasurementsCsvText::tr("The file is not UTF-8 text. Save it as "
                                                     "CSV UTF-8 and import it again."));
        return result;
    }
    result.separator = detectSeparator(text);
    QString error;
    const QList<Record> records = splitRecords(text, result.separator, &error);
    if (!error.isEmpty()) {
        result.errors.append(error);
        return result;
    }
    for (qsizetype r = 0; r < records.size(); ++r) {
        const Record &record = records.at(r);
        const QString first = record.fields.value(0).trimmed();
        const QDate date = QDate::fromString(first, Qt::ISODate);
        // A first line whose first field is not a date but a word is the header.
        if (r == 0 && !date.isValid() && !first.isEmpty() && !first.front().isDigit())
            continue;
        auto bad = [&](const QString &message) {
            result.errors.append(
                MeasurementsCsvText::tr("line %1: %2").arg(record.line).arg(message));
        };
        if (record.fields.size() < 2) {
            bad(MeasurementsCsvText::tr("needs a date and a value, e.g. 2026-03-31%1 4.2")
                    .arg(result.separator));
            continue;
        }
        if (record.fields.size() > 3) {
            bad(MeasurementsCsvText::tr("has %1 fields; expected date, value and an optional "
                                        "note (quote a note that contains “%2”)")
                    .arg(record.fields.size())
                    .arg(result.separator));
            continue;
        }
        if (!date.isValid()) {
            bad(first.isEmpty()
                    ? MeasurementsCsvText::tr("the date is missing (use YYYY-MM-DD)")
                    : MeasurementsCsvText::tr("“%1” is not a date (use YYYY-MM-DD)").arg(first));
            continue;
        }
        const auto value = parseNumber(record.fields.at(1), result.separator);
        if (!value) {
            const QString v = record.fields.at(1).trimmed();
            bad(v.isEmpty()
                    ? MeasurementsCsvText::tr("the value is missing")
                    : MeasurementsCsvText::tr("“%1” is not a number (use e.g. 4.2)").arg(v));
            continue;
        }
        Measurement m;
        m.date = date;
        m.value = *value;
        m.note = record.fields.value(2).trimmed();
        result.rows.append(m);
        result.lines.append(record.line);
    }
    if (result.rows.isEmpty() && result.errors.isEmpty())
        result.errors.append(
            MeasurementsCsvText::tr("The file holds no measurements. Each line "
                                    "needs a date and a value, e.g. 2026-03-31,4.2"));
    return result;
}

MeasurementsCsv readMeasurementsCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MeasurementsCsv result;
        result.errors.append(MeasurementsCsvText::tr("Cannot read “%1”: %2")
                                 .arg(QFileInfo(path).fileName(), file.errorString()));
        return result;
    }
    return parseMeasurementsCsv(file.readAll());
}

bool importMeasurements(Document &document, GoalId goal, const MeasurementsCsv &csv,
    const QString &fileName, QString *error)
{
    if (!csv.isValid()) {
        *error = MeasurementsCsvText::tr("Nothing was imported from “%1”; correct these lines "
                                         "and import it again:\n%2")
                     .arg(fileName, csv.errors.join(u'\n'));
        return false;
    }
    if (!document.addMeasurements(goal, csv.rows,
            MeasurementsCsvText::tr("Import %n Measurement(s)", nullptr, int(csv.rows.size())))) {
        *error = document.lastError();
        return false;
    }
    return true;
}

} // namespace Valuemap
