#pragma once

#include <QStringList>

namespace Valuemap::Cli {

// valuemap import FORMAT IN -o OUT.valuemap [--force]
int runImport(const QStringList &args);
// valuemap export FORMAT FILE.valuemap -o OUT [options]
int runExport(const QStringList &args);
// The export formats runExport() handles (json, csv, storymaps, jira, map-pdf, map-png, map-svg).
bool isFormatsExport(const QString &format);
// Whether the command renders pictures and so needs a (offscreen) GUI application.
bool formatsNeedGui(const QStringList &arguments);
// The help of `valuemap import --help` and `valuemap export --help` (also in the man page).
QString importHelp();
QString exportHelp();

} // namespace Valuemap::Cli
