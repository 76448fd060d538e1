#pragma once

#include <QPageSize>
#include <QString>

namespace Valuemap {

// The user's preferences, kept in QSettings: one place that names the keys, so the settings
// dialog, app/main.cpp (which reads "language" before any window exists) and the exports agree.
// The theme's key belongs to Theme (widgets/theme.h).
class Preferences final
{
public:
    // "" (follow the system), "en" or "de"; applied at the next start.
    static QString language();
    static void setLanguage(const QString &code);

    // A4 or Letter; without a choice, Letter where the locale measures in inches, else A4.
    static QPageSize::PageSizeId paperSize();
    static void setPaperSize(QPageSize::PageSizeId page);
    static bool hasPaperSize();

    // The name history records as the author of a change.
    static QString author();
    static void setAuthor(const QString &name);

    // How many plans File ▸ Open Recent and the welcome page list (1 to 30).
    static int recentCount();
    static void setRecentCount(int count);
    static constexpr int DefaultRecentCount = 10;
    static constexpr int MaxRecentCount = 30;
};

} // namespace Valuemap
