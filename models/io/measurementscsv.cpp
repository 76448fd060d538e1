#include "io/measurementscsv.h"

#include "domain/text.h"
#include "io/csv.h"
#include "io/plandata.h"
#include "storage/document.h"
#include "storage/rowcheck.h"

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
    // The one CSV reader every import uses (RFC 4180, UTF-8 with or without BOM, the
    // separator found from the first line).
    Csv::Table table;
    QString error;
    if (!Csv::read(data, &table, &error)) {
        result.errors.append(error);
        return result;
    }
    result.separator = table.separator;
    QList<Csv::Record> &records = table.records;
    records.removeIf([](const Csv::Record &r) {
        return r.fields.size() == 1 && r.fields.constFirst().trimmed().isEmpty();
    });
    for (qsizetype r = 0; r < records.size(); ++r) {
        const Csv::Record &record = records.at(r);
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
        m.note = cleanedText(trimmedSpaces(record.fields.value(2)), false);
        // Checked against what a plan may hold (range, length, date) before any row is added.
        if (const QString problem = measurementProblem(m); !problem.isEmpty()) {
            bad(problem);
            continue;
        }
        result.rows.append(m);
        result.lines.append(record.line);
    }
    if (result.rows.isEmpty() && result.errors.isEmpty())
        result.errors.append(
            MeasurementsCsvText::tr("The file holds no measurements. Each line "
                                    "needs a date and a value, e.g. 2026-03-31,4.2"));
    return result;
}

QString measurementProblem(const Measurement &measurement)
{
    Row row = emptyRow(Table::Measurement, 1);
    row[MeasurementCol::GoalId] = QVariant::fromValue<qint64>(1);
    row[MeasurementCol::Date] = isoDate(measurement.date);
    row[MeasurementCol::Value] = measurement.value;
    row[MeasurementCol::Note] = measurement.note;
    const auto problem = rowProblem(Table::Measurement, row);
    return problem ? problem->message : QString();
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
