#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Valuemap {

// The plans opened last, newest first (QSettings "recentFiles"), with the product name each had
// when it was last open (cached in "recentNames", so listing them opens no file) and the date
// its file last changed.
class RecentPlans final
{
public:
    struct Entry
    {
        QString path;
        QString productName; // empty when not known
        QDateTime lastChanged; // invalid when the file is gone
        bool exists = false;
    };

    static QList<Entry> entries(); // at most Preferences::recentCount()
    static void remember(const QString &path, const QString &productName);
    static void clear();
};

} // namespace Valuemap
