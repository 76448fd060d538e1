#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Valuemap::Test {

// One input an attacker (or an unlucky spreadsheet) might hand to an importer, and what the
// import must make of it.
struct HostileInput
{
    QString name; // the file is hostile-<name>.<ext>
    QString format; // as `valuemap import` names it: json, storymaps, csv; or "measurements"
    QByteArray bytes;
    bool accepted = false; // fine but odd: imported, every text kept exactly
    QStringList mustSay = {}; // refused: words the message must hold (the field, line, rule)
    QStringList keeps = {}; // accepted: texts the imported plan must hold exactly
    bool kept = true; // small enough to keep beside the fuzz seeds

    QString fileName() const;
    QString fuzzer() const; // the fuzz target whose regressions folder holds it
};

// Every hostile input, generated: Valuemap JSON, storymaps.io JSON, stories CSV, measurements.
QList<HostileInput> hostileInputs();

// The SQL fragment every text field of the "SQL everywhere" inputs holds.
QString sqlFragment();
// The markup every text field of the "markup everywhere" input holds.
QString markupFragment();

} // namespace Valuemap::Test
