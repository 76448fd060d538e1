#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Valuemap {

// RFC 4180 comma-separated values, as spreadsheets write them: UTF-8 with or without a BOM,
// fields in double quotes may hold separators, quotes ("") and line breaks; a semicolon as the
// separator is recognised (German-locale spreadsheets use it). Shared by every CSV format.
class Csv final
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::Csv)

public:
    struct Record
    {
        QStringList fields;
        int line = 0; // where the record starts, 1-based
    };
    struct Table
    {
        QList<Record> records; // the header first
        QChar separator = u',';
    };

    // Reads the whole text; the separator is the one of ',' ';' or tab that the first line
    // uses most outside quotes. Empty lines are skipped. On malformed input sets *error to a
    // message that names the line.
    static bool read(const QByteArray &bytes, Table *table, QString *error);
    // Writes records with CRLF line ends, quoting only fields that need it.
    static QByteArray write(
        const QList<QStringList> &records, QChar separator = u',', bool byteOrderMark = false);
    static QString field(const QString &text, QChar separator);

    // A text cell for export, neutralised as OWASP recommends against formula injection: text
    // that starts with = + - @ a tab or a carriage return (after any leading single quotes)
    // gets a leading single quote, so a spreadsheet shows it instead of running it. Numbers we
    // format ourselves are not text cells and are written as they are.
    static QString textCell(const QString &text);
    // The text of an imported cell written by textCell(): one leading quote taken back off
    // where the rest would have been neutralised; any other text is returned unchanged.
    static QString fromTextCell(const QString &text);
};

} // namespace Valuemap
